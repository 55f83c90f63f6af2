"""Build the amiens blind set: python3 build_amiens.py (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import amiens_drinks as D
import amiens_rules as R
import amiens_tills as T
from amiens_cases_bureau import CASES as BUREAU
from amiens_cases_salle import CASES as SALLE
from amiens_cases_zinc import CASES as ZINC

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def fmt_cl(f):
    return int(f) if float(f).is_integer() else f


def main():
    rows, index = D.library()
    byid = {r["id"]: r for r in rows}
    cases, seen = [], set()
    for till, specs in (("ZINC", ZINC), ("SALLE", SALLE), ("BUREAU", BUREAU)):
        for spec in specs:
            key, measure, vintage, text = spec[:4]
            fam = spec[4] if len(spec) > 4 else None
            why = spec[5] if len(spec) > 5 else None
            if till == "ZINC":
                if key:
                    fam = T.zinc_family(key, measure, D.kind(key), D.colour(key))
                label = T.render_zinc(fam, measure, vintage, text)
            elif till == "SALLE":
                label = T.render_salle(measure, vintage, text)
            else:
                label = T.render_bureau(key, measure, vintage, text)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            lv = T.read_vintage(till, label)
            if lv not in (None, vintage):
                raise SystemExit("vintage misread %r" % label)
            if key is None:
                exp, bid, also, units = "none", None, [], None
                note = why or "no drink of the library (generic, house, another wine or variant, food)"
            else:
                exp, bid, also, units = R.answer(index[key], D.kind(key), measure, lv)
                r = byid[bid] if bid else None
                base = next(iter(index[key]))[2]
                nm = "%s (%s)" % (byid[base]["name"], byid[base]["producer"])
                if exp == "none":
                    note = nm + ": " + (why or "format or measure not held")
                else:
                    note = nm + ", %s cl" % fmt_cl(r["format_cl"])
                    if exp == "almost":
                        note += ": label vintage %s not held" % lv
                    if vintage and lv is None:
                        note += " [%s cut off by the till]" % vintage
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": lv, "units_per_sale": units, "note": note,
                          "connection": till})
    with open(os.path.join(HERE, "amiens_library.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            r = dict(r, format_cl=fmt_cl(r["format_cl"]))
            f.write(json.dumps({k: r[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "amiens_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print(len(rows), "drinks,", len(cases), "cases")
    for t in ("ZINC", "SALLE", "BUREAU"):
        print(t, [counts.get((t, e), 0) for e in ("yes", "almost", "none")])
    tot = len(cases)
    for e in ("yes", "almost", "none"):
        n = sum(1 for c in cases if c["expect"] == e)
        print(e, n, "%.1f %%" % (100.0 * n / tot))


if __name__ == "__main__":
    main()
