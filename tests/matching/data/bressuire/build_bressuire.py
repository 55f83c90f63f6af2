#!/usr/bin/env python3
"""Build the blind held-out set "bressuire" (Le Relais du Bocage, N149 near Bressuire).

Writes bressuire_library.jsonl and bressuire_cases.jsonl beside this file, byte-identical on
every run (stdlib only, no randomness). Each case is rendered with its till's habits, the
printed label is read back (measure, vintage), and the answer is computed from that.
  python3 build_bressuire.py        # write both files
  python3 build_bressuire.py -v     # also list the labels the till's cut changed
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bressuire_cases_comptoir
import bressuire_cases_tablette
import bressuire_cases_z
from bressuire_drinks import DRINKS
from bressuire_rules import NotHeld, answer, fmt_txt
from bressuire_tills import READ, RENDER, CutError, z_code_base

TILLS = [("comptoir", bressuire_cases_comptoir.CASES),
         ("tablette", bressuire_cases_tablette.CASES),
         ("z", bressuire_cases_z.CASES)]
PREFIX = "BRS"


def num(x):
    return int(x) if x == int(x) else x


def build_library():
    lib, by_key, seen_ident = [], {}, {}
    n = 0
    for key, name, prod, app, reg, country, colour, cat, fam, entries in DRINKS:
        ident = (name, prod, app, colour)
        if ident in seen_ident:
            raise SystemExit("two rows for one wine: %s / %s" % (key, seen_ident[ident]))
        seen_ident[ident] = key
        rows = []
        for vintage, fmt in entries:
            n += 1
            i = "%s%03d" % (PREFIX, n)
            lib.append({"id": i, "name": name, "producer": prod, "appellation": app,
                        "region": reg, "country": country, "colour": colour,
                        "category": cat, "vintage": vintage, "format_cl": num(fmt)})
            rows.append((i, vintage, fmt))
        by_key[key] = {"entries": rows, "name": name, "producer": prod, "cat": cat,
                       "fam": fam}
    return lib, by_key


def build_cases(by_key, verbose=False):
    out, labels, codes = [], set(), set()
    for till, cases in TILLS:
        for c in cases:
            key, measure, typed, text = c["key"], c["measure"], c["vintage"], c["text"]
            d = by_key.get(key) if key else None
            if key and d is None:
                raise SystemExit("unknown drink %r" % key)
            try:
                if till == "z":
                    fam = c["family"] or d["fam"]
                    code = z_code_base(fam, text, measure, typed)
                    while code in codes:
                        code = code - code % 100 + (code + 1) % 100
                    codes.add(code)
                    label, full = RENDER[till](text, measure, typed, fam, code)
                else:
                    label, full = RENDER[till](text, measure, typed)
            except CutError as e:
                raise SystemExit("%s: %s" % (till, e))
            if label in labels:
                raise SystemExit("duplicate label %r" % label)
            labels.add(label)
            m_back, v_back = READ[till](label)
            if m_back != measure and not (till == "comptoir" and measure is None and m_back == "btl"):
                raise SystemExit("%s %r: measure read back %r, typed %r" % (till, label, m_back, measure))
            if v_back != typed and v_back is not None:
                raise SystemExit("%s %r: vintage read back %r, typed %r" % (till, label, v_back, typed))
            cut_note = ""
            if typed is not None and v_back is None:
                cut_note = " [%d cut off by the till]" % typed
            if verbose and full not in label:
                print("%-9s %-40s <- %s" % (till, label, full))
            if d is None:
                if c["why"] is None:
                    raise SystemExit("none case without a reason: %r" % label)
                out.append(case(label, "none", None, [], v_back, None, c["why"], till))
                continue
            desc = "%s (%s)" % (d["name"], d["producer"])
            try:
                exp, bid, also, units, fmt = answer(d["entries"], d["cat"], measure, v_back)
            except NotHeld as e:
                out.append(case(label, "none", None, [], v_back, None, desc + ": " + str(e), till))
                continue
            vints = [v for _, v, f in d["entries"] if f == fmt]
            note = desc + ", " + fmt_txt(fmt)
            if exp == "almost":
                note += ": label vintage %d not in library, has %s" % (v_back, sorted(vints))
            elif v_back is None and len(vints) > 1:
                note += ": no vintage on the label, most recent of %s" % sorted(vints)
            note += cut_note
            out.append(case(label, exp, bid, also, v_back, units, note, till))
    return out


def case(label, expect, bid, also, vintage, units, note, till):
    return {"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
            "vintage": vintage, "units_per_sale": units, "note": note, "connection": till}


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    verbose = "-v" in sys.argv
    lib, by_key = build_library()
    cases = build_cases(by_key, verbose)
    dump(lib, os.path.join(HERE, "bressuire_library.jsonl"))
    dump(cases, os.path.join(HERE, "bressuire_cases.jsonl"))
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    tot = {k: sum(v[k] for v in counts.values()) for k in ("yes", "almost", "none")}
    n = len(cases)
    print("library %d drinks, %d cases" % (len(lib), n))
    for t, v in counts.items():
        print("  %-9s yes %3d  almost %3d  none %3d  total %3d" % (t, v["yes"], v["almost"], v["none"], sum(v.values())))
    print("  total     yes %3d (%.1f %%)  almost %3d (%.1f %%)  none %3d (%.1f %%)" % (
        tot["yes"], 100 * tot["yes"] / n, tot["almost"], 100 * tot["almost"] / n, tot["none"], 100 * tot["none"] / n))


if __name__ == "__main__":
    main()
