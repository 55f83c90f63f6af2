#!/usr/bin/env python3
"""Build the blind held-out set "Les Planches" (Deauville): writes deauville_library.jsonl and
deauville_cases.jsonl beside this file, byte-identical on every run (stdlib only, no randomness)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import deauville_cases_bar
import deauville_cases_salle
import deauville_cases_web
import deauville_drinks as D
import deauville_rules as R
import deauville_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
KIND = {"Champagnes": "wine", "Bordeaux": "wine", "Bourgogne": "wine", "Loire": "wine",
        "Rosés": "wine", "Vins doux": "wine", "Vins du moment": "wine",
        "Cidres & Pommeaux": "wine", "Calvados": "spirit", "Spiritueux": "spirit",
        "Apéritifs": "spirit", "Bières pression": "other", "Bières bouteille": "other",
        "Softs & Eaux": "other"}


def library():
    lib, drinks = [], {}
    n = 0
    for (key, name, prod, app, reg, ctry, col, cat, fam, fmts) in D.DRINKS:
        d = {"key": key, "name": name, "producer": prod, "category": cat, "family": fam,
             "formats": {}}
        for fmt, vins in fmts.items():
            for v in sorted(vins, key=lambda x: x or 0):
                n += 1
                i = "dv%03d" % n
                lib.append(dict(zip(LIB_FIELDS, [i, name, prod, app, reg, ctry, col, cat, v, fmt], strict=False)))
                d["formats"].setdefault(fmt, []).append((v, i))
        drinks[key] = d
    return lib, drinks


def parse(block, salle):
    out = []
    for line in block.strip().splitlines():
        p = line.split("|")
        if p[0] == "-":
            if salle:
                out.append((None, p[1], int(p[2]) if p[2] else None, p[3], p[4], p[5]))
            else:
                out.append((None, p[1], int(p[2]) if p[2] else None, None, p[3], p[4]))
        else:
            out.append((p[0], p[1], int(p[2]) if p[2] else None, None, p[3], None))
    return out


def salle_family(d, measure):
    if d["category"] == "bière" and measure not in ("demi", "pinte"):
        return "Bières bouteille"
    return d["family"]


def build():
    lib, drinks = library()
    cases = []
    for conn, mod, salle in (("bar", deauville_cases_bar, False),
                             ("salle", deauville_cases_salle, True),
                             ("web", deauville_cases_web, False)):
        for key, meas, vint, fam, text, reason in parse(mod.CASES, salle):
            d = drinks[key] if key else None
            full = None
            if conn == "bar":
                label, full = T.render_bar(text, meas, vint)
                rm, rv = T.read_bar(label)
            elif conn == "salle":
                fam = fam or salle_family(d, meas)
                kind = KIND.get(fam, "food")
                label = T.render_salle(fam, text, meas, vint, kind)
                rm, rv = T.read_salle(label)
            else:
                if meas == "btl":
                    meas = "c75"  # the platform always prints the bottle's volume
                label, full = T.render_web(text, meas, vint, conn + text + meas,
                                           small=(d["category"] in ("soft", "bière")) if d else meas in ("c20", "c25", "c33"))
                if re.search(r"\(\d*…", label):
                    raise SystemExit("web cut leaves part of a vintage: " + label)
                rm, rv = T.read_web(label)
            if rm != meas:
                raise SystemExit(f"measure misread {meas!r} -> {rm!r}: {label}")
            cut = False
            if rv != vint:
                if full is not None and label != full and rv is None:
                    cut = True
                else:
                    raise SystemExit(f"vintage misread {vint!r} -> {rv!r}: {label}")
            res = ("none", None, [], None, reason) if d is None else R.resolve(d, rm, rv)
            expect, bid, also, units, why = res
            note = "{} ({})".format(d["name"], d["producer"]) if d else ""
            if (d and expect == "none") or (d and why):
                note += ": " + why
            elif not d:
                note = reason
            if cut:
                note += " [%d cut off by the till]" % vint
            cases.append(dict(zip(CASE_FIELDS, [label, expect, bid, also, rv, units, note, conn], strict=False)))
    labels = [c["label"] for c in cases]
    dup = {x for x in labels if labels.count(x) > 1}
    if dup:
        raise SystemExit(f"duplicate labels: {sorted(dup)}")
    return lib, cases


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, cases = build()
    dump(lib, os.path.join(HERE, "deauville_library.jsonl"))
    dump(cases, os.path.join(HERE, "deauville_cases.jsonl"))
    print("library", len(lib), "cases", len(cases))
    tot = {}
    for c in cases:
        tot[(c["connection"], c["expect"])] = tot.get((c["connection"], c["expect"]), 0) + 1
    for conn in ("bar", "salle", "web"):
        print(conn, [tot.get((conn, e), 0) for e in ("yes", "almost", "none")])
    for e in ("yes", "almost", "none"):
        k = sum(v for (cn, ee), v in tot.items() if ee == e)
        print(e, k, "%.1f %%" % (100.0 * k / len(cases)))
    if "-v" in sys.argv:
        for c in cases:
            print(c["connection"], c["expect"], c["beverage_id"], c["units_per_sale"], c["label"], "|", c["note"])


if __name__ == "__main__":
    main()
