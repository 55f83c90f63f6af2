"""Builds chinon_library.jsonl and chinon_cases.jsonl (stdlib only, deterministic).
python3 tests/matching/data/chinon/build_chinon.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import chinon_cases_comptoir
import chinon_cases_export
import chinon_cases_salle
import chinon_drinks
import chinon_rules
import chinon_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def build_library():
    drinks, library = {}, []
    for key, name, prod, app, region, colour, cat, formats in chinon_drinks.DRINKS:
        d = {"key": key, "name": name, "producer": prod, "colour": colour, "category": cat,
             "formats": formats, "entries": {}}
        assert key not in drinks, key
        drinks[key] = d
        for fcl in sorted(formats, key=lambda f: (f != 75, f)):
            for v in formats[fcl]:
                bid = f"cj{len(library) + 1:03d}"
                d["entries"][(fcl, v)] = bid
                library.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                                "region": region, "country": "France" if app else None,
                                "colour": colour, "category": cat, "vintage": v, "format_cl": fmt_num(fcl)})
    return drinks, library


def build_cases(drinks):
    cases, seen = [], set()
    for till, mod in (("comptoir", chinon_cases_comptoir), ("salle", chinon_cases_salle), ("export", chinon_cases_export)):
        for row in mod.CASES:
            key, meas, vint, text = row[:4]
            if key is None:
                reason = row[4]
                fam = row[5] if len(row) > 5 else "DV"
                drink = None
            else:
                drink = drinks[key]
                fam = row[4] if len(row) > 4 else T.family(drink, meas)
            label, cut = T.RENDER[till](text, meas, vint, fam)
            assert label not in seen, ("duplicate", label)
            seen.add(label)
            rmeas, rvint = T.READ[till](label)
            assert rmeas == meas, (label, meas, rmeas)
            assert rvint == (None if cut else vint), (label, vint, rvint)
            if drink is None:
                c = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [], "vintage": rvint,
                         "units_per_sale": None, "note": reason}
            else:
                kind, cl = T.MEASURES[meas][0], T.MEASURES[meas][1]
                exp, bid, also, units, why = chinon_rules.answer(drink, drink["entries"], kind, cl, rvint)
                note = f"{drink['name']} ({drink['producer']})"
                if why:
                    note += ": " + why
                if cut:
                    note += f" [{vint} cut off by the till]"
                c = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also, "vintage": rvint,
                         "units_per_sale": units, "note": note}
            c["connection"] = till
            cases.append({k: c[k] for k in CASE_FIELDS})
    return cases


def main():
    drinks, library = build_library()
    cases = build_cases(drinks)
    with open(os.path.join(HERE, "chinon_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in library:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "chinon_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        cnt = Counter((c["connection"], c["expect"]) for c in cases)
        tot = Counter(c["expect"] for c in cases)
        print(len(library), "drinks,", len(cases), "cases")
        for t in ("comptoir", "salle", "export"):
            print(t, [cnt[(t, e)] for e in ("yes", "almost", "none")])
        print({e: f"{tot[e]} ({100 * tot[e] / len(cases):.1f} %)" for e in ("yes", "almost", "none")})
        print("cut:", sum("cut off" in c["note"] for c in cases))


if __name__ == "__main__":
    main()
