"""Build the blind held-out set of "L'Écluse du Port" (Vannes): writes vannes_library.jsonl
and vannes_cases.jsonl beside this file, byte for byte the same on every run.

python3 build_vannes.py [-v]"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import vannes_cases_bar
import vannes_cases_salle
import vannes_cases_shop
import vannes_rules as rules
import vannes_tills as tills
from vannes_drinks import DRINKS

LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def library():
    rows, ids, seen = [], {}, set()
    for d in DRINKS:
        key, name, prod, app, region, country, colour, cat, fam, held = d
        if key in seen:
            raise SystemExit("duplicate key %s" % key)
        seen.add(key)
        for fmt in sorted(held):
            for v in sorted(held[fmt], key=lambda v: (v is None, v)):
                i = "vn%03d" % (len(rows) + 1)
                ids[(key, fmt, v)] = i
                rows.append(dict(zip(LIB_FIELDS, (i, name, prod, app, region, country, colour,
                                                  cat, v, fmt_num(fmt)), strict=False)))
    return rows, ids


def parse(spec):
    out = []
    for line in spec.strip().splitlines():
        f = line.split("|")
        if f[0] == "-":
            if len(f) != 6:
                raise SystemExit("bad none line %r" % line)
            out.append({"key": None, "measure": f[1], "vintage": int(f[2]) if f[2] else None,
                            "family": f[3], "text": f[4], "reason": f[5]})
        else:
            if len(f) != 4:
                raise SystemExit("bad line %r" % line)
            out.append({"key": f[0], "measure": f[1], "vintage": int(f[2]) if f[2] else None,
                            "family": None, "text": f[3], "reason": ""})
    return out


def render(conn, c, drink):
    if conn == "bar":
        label = tills.render_bar(c["text"], c["measure"], c["vintage"])
        back = tills.read_bar(label)
    elif conn == "salle":
        fam = c["family"]
        if drink is not None:
            fam = "PRESSION" if c["measure"] in ("demi", "pinte") else drink[8]
        label = tills.render_salle(fam, c["text"], c["measure"], c["vintage"])
        back = tills.read_salle(label)
    else:
        label = tills.render_shop(c["text"], c["measure"], c["vintage"])
        back = tills.read_shop(label)
    return label, back


def main(verbose=False):
    lib, ids = library()
    drinks = {d[0]: d for d in DRINKS}
    cases, labels = [], set()
    for conn, mod in (("bar", vannes_cases_bar), ("salle", vannes_cases_salle),
                      ("boutique", vannes_cases_shop)):
        for c in parse(mod.CASES):
            drink = drinks[c["key"]] if c["key"] else None
            label, (meas, vint) = render(conn, c, drink)
            if label in labels:
                raise SystemExit("duplicate label %r" % label)
            labels.add(label)
            if vint not in (c["vintage"], None):
                raise SystemExit("vintage misread on %r" % label)
            if drink is None:
                case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                            "vintage": vint, "units_per_sale": None, "note": c["reason"]}
            else:
                want = c["measure"] if not (conn == "boutique" and c["measure"] == "") else "btl"
                if meas != want:
                    raise SystemExit("measure misread on %r: %r" % (label, meas))
                exp, bid, also, units, why = rules.answer(drink, meas, vint, ids)
                note = "%s (%s)" % (drink[1], drink[2])
                if why:
                    note += ": " + why
                if c["vintage"] is not None and vint is None:
                    note += " [%d cut off by the till]" % c["vintage"]
                case = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                            "vintage": vint,
                            "units_per_sale": None if units is None else fmt_num(units),
                            "note": note}
            case["connection"] = conn
            cases.append(case)
    with open(os.path.join(HERE, "vannes_library.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in lib:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "vannes_cases.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in cases:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print("library %d, cases %d" % (len(lib), len(cases)))
    for conn in ("bar", "salle", "boutique"):
        print("%-9s yes %3d  almost %3d  none %3d" % (conn, counts.get((conn, "yes"), 0),
              counts.get((conn, "almost"), 0), counts.get((conn, "none"), 0)))
    n = len(cases)
    for e in ("yes", "almost", "none"):
        k = sum(1 for c in cases if c["expect"] == e)
        print("%-6s %3d  %.1f %%" % (e, k, 100.0 * k / n))
    print("cut vintages: %d" % sum(1 for c in cases if "cut off" in c["note"]))
    if verbose:
        for c in cases:
            print(c["connection"], c["expect"], c["beverage_id"], c["also_ok"], c["units_per_sale"], "|", c["label"], "|", c["note"])


if __name__ == "__main__":
    main("-v" in sys.argv)
