"""Build the blind held-out set "Le Parvis" (Albi): albi_library.jsonl and albi_cases.jsonl.

Stdlib only, deterministic. Renders each keyed product with its till's habits, reads the
measure and vintage back from the RENDERED label, and applies the bench README's rules.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import albi_drinks
import albi_tills as T
from albi_cases_caisse import CASES as C_CAISSE
from albi_cases_export import CASES as C_EXPORT
from albi_cases_tablette import CASES as C_TABLETTE
from albi_rules import answer

FIELDS_L = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]


def fmt_num(f):
    return int(f) if float(f).is_integer() else f


def library():
    rows, index, drinks = [], {}, {}
    n = 0
    for d in albi_drinks.DRINKS:
        key, name, prod, app, reg, country, colour, cat, fm = d
        drinks[key] = d
        index[key] = {}
        for f in sorted(fm):
            for v in sorted(fm[f], key=lambda x: (x is not None, x)):
                n += 1
                i = "ab%03d" % n
                index[key][(f, v)] = i
                rows.append(dict(zip(FIELDS_L, [i, name, prod, app, reg, country, colour, cat, v, fmt_num(f)], strict=False)))
    return rows, index, drinks


def export_volume(drink, measure):
    kind, vol = T.MEASURES[measure]
    if vol is not None:
        return vol
    if drink is None or drink[7] in ("vin", "champagne"):
        return 75
    fm = list(drink[8])
    assert len(fm) == 1, drink
    return fm[0]


def build():
    lib, index, drinks = library()
    cases, seen = [], set()
    for conn, specs in (("caisse", C_CAISSE), ("tablette", C_TABLETTE), ("export", C_EXPORT)):
        for spec in specs:
            key, measure, vintage, text = spec[:4]
            drink = drinks.get(key)
            if conn == "caisse":
                label = T.render_caisse(measure, vintage, text)
                m_back, v_back = T.read_caisse(label)
                assert m_back == (measure or None), (label, m_back, measure)
            elif conn == "tablette":
                label = T.render_tablette(measure, vintage, text, T.price(key, measure, text))
                m_back, v_back = T.read_tablette(label)
                assert m_back == (measure or None), (label, m_back)
            else:
                vol = export_volume(drink, measure) if measure else None
                label = T.render_export(T.code(key, measure, text), vintage, text, vol)
                vol_back, v_back = T.read_export(label)
                assert vol_back == (round(vol, 1) if vol is not None else None), (label, vol_back, vol)
            assert label not in seen, label
            seen.add(label)
            assert v_back in (vintage, None), (label, v_back, vintage)
            cutoff = vintage is not None and v_back is None
            if key == "-":
                exp, bid, also, units, note = "none", None, [], None, spec[4]
            else:
                exp, bid, also, units, why = answer(drink, index[key], measure, v_back)
                base = "%s (%s)" % (drink[1], drink[2])
                note = base + (": " + why if why else "")
            if cutoff:
                note += " [%d cut off by the till]" % vintage
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": v_back, "units_per_sale": units, "note": note, "connection": conn})
    return lib, cases


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, cases = build()
    dump(os.path.join(HERE, "albi_library.jsonl"), lib)
    dump(os.path.join(HERE, "albi_cases.jsonl"), cases)
    print("library: %d drinks, cases: %d" % (len(lib), len(cases)))
    tot = {}
    for c in cases:
        tot.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        tot[c["connection"]][c["expect"]] += 1
    for conn, d in tot.items():
        print("%-9s yes %3d almost %3d none %3d total %3d" % (conn, d.get("yes", 0), d.get("almost", 0), d.get("none", 0), sum(d.values())))
    n = len(cases)
    for e in ("yes", "almost", "none"):
        k = sum(1 for c in cases if c["expect"] == e)
        print("%-6s %3d %.1f %%" % (e, k, 100 * k / n))
    print("cut off:", sum(1 for c in cases if "cut off" in c["note"]))


if __name__ == "__main__":
    main()
