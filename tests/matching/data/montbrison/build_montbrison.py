#!/usr/bin/env python3
"""Build the blind held-out set "montbrison": writes montbrison_library.jsonl and
montbrison_cases.jsonl beside this file, byte-identically on every run (stdlib only).

Each case is rendered with its till's habits; the measure and the vintage are then read
back from the RENDERED label and the bench README's rules give the answer."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import montbrison_cases_comptoir as CC
import montbrison_cases_export as CE
import montbrison_cases_tablette as CT
import montbrison_drinks as D
import montbrison_rules as R
import montbrison_tills as T

PREFIX = "MBR"
CASE_MODULES = (("comptoir", CC), ("tablette", CT), ("export", CE))


def build_library():
    drinks, lib = {}, []
    for key, name, prod, app, reg, country, col, cat, fmts in D.DRINKS:
        if key in drinks:
            raise SystemExit("duplicate drink key " + key)
        d = {"key": key, "name": name, "producer": prod, "category": cat, "colour": col,
             "formats": {}}
        for f, vints in fmts.items():
            ents = []
            for v in sorted(vints, key=lambda x: x or 0):
                bid = "%s%03d" % (PREFIX, len(lib) + 1)
                lib.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                            "region": reg, "country": country, "colour": col,
                            "category": cat, "vintage": v, "format_cl": f})
                ents.append((v, bid))
            d["formats"][f] = ents
        drinks[key] = d
    return drinks, lib


def parse(line):
    p = line.split("|")
    if p[0] == "-":
        if len(p) != 6:
            raise SystemExit("bad none line: " + line)
        return {"key": None, "meas": p[1], "vint": int(p[2]) if p[2] else None,
                "fam": p[3], "text": p[4], "reason": p[5]}
    if len(p) != 4:
        raise SystemExit("bad line: " + line)
    return {"key": p[0], "meas": p[1], "vint": int(p[2]) if p[2] else None, "fam": None,
            "text": p[3], "reason": None}


def build_cases(drinks):
    out, seen = [], set()
    for till, mod in CASE_MODULES:
        for line in mod.CASES.strip().splitlines():
            c = parse(line.strip())
            d = drinks.get(c["key"]) if c["key"] else None
            if c["key"] and d is None:
                raise SystemExit("unknown key " + c["key"])
            fam = c["fam"] if d is None else T.family(d, c["meas"])
            if till == "export" and fam not in T.EXP_FAMILIES:
                raise SystemExit("export family missing: " + line)
            label, lv, cut = T.render(till, c["meas"], c["vint"], c["text"], fam)
            meas, rv = T.read(till, label)
            if meas != c["meas"] or rv != lv:
                raise SystemExit("misread %r" % label)
            if c["vint"] and rv is None:
                # the cut took the vintage: gone whole, or 3 digits of the export's
                # 4-digit vintage ("202" is no vintage to anyone); never 1 or 2 digits
                tail = label.split(";")[2] if till == "export" else label
                last = tail.split()[-1]
                if last.isdigit() and len(last) <= 2:
                    raise SystemExit("cut leaves part of a vintage: %r" % label)
            if rv is not None and rv != c["vint"]:
                raise SystemExit("vintage misread %r" % label)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            cutnote = " [%d cut off by the till]" % c["vint"] if c["vint"] and rv is None else ""
            if d is None:
                rec = ("none", None, [], None, c["reason"])
            else:
                base = "%s (%s)" % (d["name"], d["producer"])
                f, u = R.resolve(d, meas, T.VOL[till].get(meas, 0))
                if f is None:
                    rec = ("none", None, [], None, base + ": " + u)
                else:
                    exp, bid, also, det = R.pick(d["formats"][f], rv)
                    note = base + (", %g cl" % f if f != 75 else "") + \
                        (": " + det if det else "")
                    rec = (exp, bid, also, u, note)
            exp, bid, also, u, note = rec
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": rv, "units_per_sale": u, "note": note + cutnote,
                        "connection": till})
    return out


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    drinks, lib = build_library()
    cases = build_cases(drinks)
    dump(lib, os.path.join(HERE, "montbrison_library.jsonl"))
    dump(cases, os.path.join(HERE, "montbrison_cases.jsonl"))
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    tot = Counter(c["expect"] for c in cases)
    print("library %d drinks, %d cases" % (len(lib), len(cases)))
    for t in T.TILLS:
        print("  %-9s yes %3d  almost %3d  none %3d  total %3d" % (
            t, cnt[(t, "yes")], cnt[(t, "almost")], cnt[(t, "none")],
            sum(cnt[(t, e)] for e in ("yes", "almost", "none"))))
    print("  all       " + "  ".join("%s %d (%.1f %%)" % (e, tot[e], 100.0 * tot[e] / len(cases))
                                     for e in ("yes", "almost", "none")))
    if "-v" in sys.argv:
        for c in cases:
            print("%-8s %-6s %-7s %-42s %s" % (c["connection"], c["expect"], c["beverage_id"],
                                               c["label"], c["note"]))


if __name__ == "__main__":
    main()
