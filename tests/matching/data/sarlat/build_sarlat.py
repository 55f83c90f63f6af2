"""Build the "sarlat" blind held-out set: sarlat_library.jsonl and sarlat_cases.jsonl.
Stdlib only, deterministic. python3 build_sarlat.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import sarlat_cases_bar as CB
import sarlat_cases_grp as CG
import sarlat_cases_tab as CT
import sarlat_drinks as D
import sarlat_rules as R
import sarlat_tills as T

FIELDS_L = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]


def build_library():
    lib, entries, n = [], {}, 0
    for d in D.DRINKS:
        key = d[0]
        for fmt, vints in d[9].items():
            for v in sorted(vints, key=lambda x: x or 0):
                n += 1
                bid = "sl%03d" % n
                entries[(key, fmt, v)] = bid
                lib.append(dict(zip(FIELDS_L, [bid, d[1], d[2], d[3], d[4], d[5], d[6], d[7], v, fmt], strict=False)))
    return lib, entries


def fmt_cl(x):
    return "%g" % x


def case(label, drink, entries, measure, vint, typed_vint, conn, reason=None):
    if drink is None:
        return {"label": label, "expect": "none", "beverage_id": None, "also_ok": [], "vintage": vint,
                "units_per_sale": None, "note": reason, "connection": conn}
    ent = {(f, v): i for (k, f, v), i in entries.items() if k == drink[0]}
    exp, bid, also, units, why = R.answer(drink, ent, measure, vint)
    if exp == "none":
        note = f"{drink[1]} ({drink[2]}): {why}"
    else:
        f = next(f for (f, v), i in ent.items() if i == bid)
        note = f"{drink[1]} ({drink[2]}), {fmt_cl(f)} cl"
        if why:
            note += ": " + why
    if typed_vint is not None and vint is None:
        note += f" [{typed_vint} cut off by the till]"
    return {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also, "vintage": vint,
            "units_per_sale": units, "note": note, "connection": conn}


def main():
    lib, entries = build_library()
    drinks = {d[0]: d for d in D.DRINKS}
    out = []
    for c in CB.CASES:
        key, meas, vint, text = c[:4]
        if key.startswith("-"):
            drink, fam, wl = None, key[1:], key[1:] in ("RG", "BL", "RS", "LQ", "CH", "AP")
        else:
            drink = drinks[key]
            fam, wl = drink[8], drink[7] in R.WINE_LIKE
        label = T.render_bar(fam, meas, vint, text, wl)
        m2, v2 = T.read_bar(label)
        assert m2 == meas or (meas == "-" and m2 == "BTL"), (label, meas, m2)
        out.append(case(label, drink, entries, meas, v2, vint, "BAR", c[4] if drink is None else None))
    for c in CT.CASES:
        lang, key, meas, vint, text = c[:5]
        drink = None if key == "-" else drinks[key]
        label = T.render_tab(lang, meas, vint, text)
        m2, v2 = T.read_tab(label)
        assert m2 == meas and v2 == vint, (label, meas, m2, vint, v2)
        out.append(case(label, drink, entries, meas, v2, vint, "TAB", c[5] if drink is None else None))
    for c in CG.CASES:
        key, meas, vint, text = c[:4]
        drink = None if key.startswith("-") else drinks[key]
        bottle = 75
        if drink is not None and meas == "BTL":
            f, _ = R.fmt_for(drink[7], drink[9], "BTL")
            bottle = f or 75
        unit = key[1:] if key.startswith("-") and len(key) > 1 else None
        label = T.render_grp(meas, vint, text, bottle, unit)
        m2, v2 = T.read_grp(label)
        assert v2 == vint, label
        out.append(case(label, drink, entries, m2, v2, vint, "GROUP", c[4] if drink is None else None))
    labels = [c["label"] for c in out]
    dup = {x for x in labels if labels.count(x) > 1}
    if dup:
        raise SystemExit(f"duplicate labels: {sorted(dup)}")
    with open(os.path.join(HERE, "sarlat_library.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for e in lib:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "sarlat_cases.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in out:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print(len(lib), "drinks,", len(out), "cases")
    for conn in ("BAR", "TAB", "GROUP"):
        print(conn, [counts.get((conn, e), 0) for e in ("yes", "almost", "none")])
    print("all", [sum(counts.get((k, e), 0) for k in ("BAR", "TAB", "GROUP")) for e in ("yes", "almost", "none")])


if __name__ == "__main__":
    main()
