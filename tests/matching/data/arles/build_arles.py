"""Build the blind held-out set of La Bodega du Forum (Arles): arles_library.jsonl and
arles_cases.jsonl. Stdlib only, deterministic. Run: python3 build_arles.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import arles_cases_feria
import arles_cases_resto
import arles_cases_zinc
import arles_drinks
import arles_rules
import arles_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def library():
    lib, by_key, cat = [], {}, {}
    for key, name, prod, app, reg, country, colour, category, formats in arles_drinks.DRINKS:
        cat[key] = category
        for fmt in sorted(formats):
            for v in formats[fmt]:
                e = {"id": "ae%03d" % (len(lib) + 1), "name": name, "producer": prod,
                     "appellation": app, "region": reg, "country": country, "colour": colour,
                     "category": category, "vintage": v, "format_cl": fmt}
                lib.append(e)
                by_key.setdefault(key, []).append(e)
    return lib, by_key, cat


def cases(by_key, cat):
    out, seen = [], set()
    for till, mod in (("zinc", arles_cases_zinc), ("feria", arles_cases_feria), ("resto", arles_cases_resto)):
        for spec in mod.CASES:
            key, measure, vintage, text = spec[:4]
            label = T.RENDER[till](text, measure, vintage)
            if label in seen:
                sys.exit("duplicate label: " + label)
            seen.add(label)
            # read the rendered label back
            if till == "zinc":
                m, v = T.read_zinc(label)
            elif till == "resto":
                m, v = T.read_resto(label)
            else:
                cup, v = T.read_feria(label)
                m = T.feria_measure(cup, cat.get(key) or ("bière" if measure and measure[0] == "draught" else None), measure)
            if m != measure:
                sys.exit("measure misread: %s %r %r" % (label, m, measure))
            cut = ""
            if v != vintage:
                if v is None and till == "zinc":
                    cut = " [%d cut off by the till]" % vintage
                else:
                    sys.exit("vintage misread: %s %r" % (label, v))
            if key == "-":
                rec = ("none", None, [], None, spec[4])
            else:
                ents = by_key[key]
                rec = arles_rules.answer(ents, cat[key], measure, v)
                e0 = ents[0]
                who = "%s (%s)" % (e0["name"], e0["producer"])
                rec = (*rec[:4], who + (": " + rec[4] if rec[4] else ""))
            expect, bid, also, units, note = rec
            out.append({"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                        "vintage": v, "units_per_sale": units, "note": note + cut,
                        "connection": till})
    return out


def main():
    lib, by_key, cat = library()
    cs = cases(by_key, cat)
    with open(os.path.join(HERE, "arles_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "arles_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in cs:
        tally[(c["connection"], c["expect"])] = tally.get((c["connection"], c["expect"]), 0) + 1
    print(len(lib), "drinks,", len(cs), "cases")
    for t in ("zinc", "feria", "resto"):
        print(t, [tally.get((t, a), 0) for a in ("yes", "almost", "none")])
    n = len(cs)
    print("all", ["%.1f%%" % (100 * sum(1 for c in cs if c["expect"] == a) / n) for a in ("yes", "almost", "none")])


if __name__ == "__main__":
    main()
