"""Build the creperie held-out set: creperie_library.jsonl and creperie_cases.jsonl.

python3 build_creperie.py [-v]

Stdlib only and deterministic (no randomness: the H till's vintage style and the C prices
come from a CRC of the product text). Each case is rendered by its till, its measure and
vintage are read back from the rendered label, and the answer follows the bench README's
rules from what the label says.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import creperie_drinks as drinks
import creperie_tills as tills
from creperie_specs_c import C_SPECS
from creperie_specs_h import H_SPECS
from creperie_specs_w import W_SPECS

PREFIX = "e"
KEG_MIN = 1000
BOTTLE = {"b33": 33, "b75": 75, "b50": 50, "b25": 25, "b70": 70, "b100": 100,
          "half": 37.5, "mag": 150}
POUR = {"glass": 12.5, "coupe": 12.5, "p50": 50, "p25": 25, "bolee": 25, "demi": 25,
        "pinte": 50, "dose": 4, "c6": 6}
POUR_KINDS = {"glass": ("wine",), "coupe": ("bubbles",), "p50": ("wine", "cider"),
              "p25": ("wine", "cider"), "bolee": ("cider",), "demi": ("beer",),
              "pinte": ("beer",), "dose": ("spirit", "apero"), "c6": ("spirit", "apero")}
POUR_NAME = {"glass": "glass", "coupe": "coupe", "p50": "50 cl pichet",
             "p25": "25 cl pichet", "bolee": "bolée", "demi": "demi", "pinte": "pinte",
             "dose": "dose", "c6": "6 cl pour"}


def fmt_cl(value):
    return ("%g" % value)


def build_library():
    """Entries in product order; per product, formats as listed, vintages ascending."""
    library, entries = [], {}
    for product in drinks.PRODUCTS:
        key, name, producer, appellation, region, colour, category = product[:7]
        entries[key] = []
        for format_cl, vintages in product[8].items():
            for vintage in sorted(vintages, key=lambda v: -1 if v is None else v):
                ident = "%s%03d" % (PREFIX, len(library) + 1)
                library.append({"id": ident, "name": name, "producer": producer,
                                "appellation": appellation, "region": region,
                                "country": "France", "colour": colour,
                                "category": category, "vintage": vintage,
                                "format_cl": format_cl})
                entries[key].append((ident, format_cl, vintage))
    return library, entries


def source_format(product, held, measure):
    """The format a measure takes from: the bottle size, or the pour's source bottle."""
    kind = product[7]
    formats = sorted({f for _, f, _ in held})
    if measure == "btl":
        if kind in ("wine", "bubbles"):
            return 75, None
        bottles = [f for f in formats if f < KEG_MIN]
        assert len(bottles) == 1, (product[0], "btl needs one bottle size", bottles)
        return bottles[0], None
    if measure in BOTTLE:
        return BOTTLE[measure], None
    assert kind in POUR_KINDS[measure], (product[0], measure)
    kegs = [f for f in formats if f >= KEG_MIN]
    if measure in ("demi", "pinte"):
        return (kegs[0] if kegs else None), "no keg: %s only in bottle" % product[1]
    if kind == "cider":
        if kegs:
            return kegs[0], None
        return (75 if 75 in formats else None), "no keg nor 75 cl bottle to pour from"
    if kind in ("spirit", "apero"):
        bottles = [f for f in formats if f < KEG_MIN]
        assert len(bottles) == 1, product[0]
        return bottles[0], None
    if 75 in formats:
        return 75, None
    ordinary = [f for f in formats if f not in (37.5, 150)]
    if len(ordinary) == 1:
        return ordinary[0], None
    return None, "no ordinary bottle to pour from"


def answer(product, held, measure, vintage):
    """(expect, beverage_id, also_ok, units, note suffix) by the bench README's rules."""
    format_cl, why = source_format(product, held, measure)
    if format_cl is None:
        return "none", None, [], None, why
    same = [(i, v) for i, f, v in held if f == format_cl]
    if not same:
        have = ", ".join(sorted({fmt_cl(f) + " cl" for _, f, _ in held}))
        return "none", None, [], None, "%s cl not held (library has %s)" % (
            fmt_cl(format_cl), have)
    units = 1 if measure in BOTTLE or measure == "btl" else round(
        POUR[measure] / format_cl, 4)
    vintages = [v for _, v in same]
    if vintages == [None]:
        assert vintage is None, (product[0], "vintage on a non-vintage drink")
        return "yes", same[0][0], [], units, ""
    assert None not in vintages, product[0]
    if vintage in vintages:
        return "yes", {v: i for i, v in same}[vintage], [], units, ""
    if vintage is None:
        best = max(same, key=lambda p: p[1])
        others = [i for i, v in same if i != best[0]]
        return "yes", best[0], others, units, ""
    best = min(same, key=lambda p: (abs(p[1] - vintage), -p[1]))
    others = [i for i, v in same if i != best[0]]
    note = ": label vintage %d not in library, has %s" % (
        vintage, "[" + ", ".join(str(v) for v in sorted(vintages)) + "]")
    return "almost", best[0], others, units, note


def parse_spec(line):
    """held: key|measure|vintage|text ; none: -fam|measure|vintage|text|reason."""
    fields = line.split("|")
    if fields[0].startswith("-"):
        fam, measure, vintage, text, reason = fields
        return None, fam[1:], measure, int(vintage) if vintage else None, text, reason
    key, measure, vintage, text = fields
    return key, None, measure, int(vintage) if vintage else None, text, None


def make_case(till, line, products, entries):
    key, fam, measure, vintage, text, reason = parse_spec(line)
    product = products[key] if key else None
    if product:
        fam = drinks.family(product)
    if till == "H":
        label = tills.render_h(fam, measure, vintage, text)
        read_fam, read_measure, read_vintage = tills.parse_h(label)
        assert read_fam == fam, (label, fam)
    elif till == "C":
        label = tills.render_c(fam, measure, vintage, text, key or text)
        read_measure, read_vintage = tills.parse_c(label)
    else:
        assert measure not in POUR, (line, "no pours on the web shop")
        label = tills.render_w(fam, measure, vintage, text)
        read_measure, read_vintage = tills.parse_w(label)
        if not measure:
            measure = "btl"
    assert read_vintage in (vintage, None), (label, vintage, read_vintage)
    if product is None:
        return label, ("none", None, [], None), reason, read_vintage
    assert read_measure == measure, (label, measure, read_measure)
    expect, ident, also, units, suffix = answer(product, entries[key], measure,
                                                read_vintage)
    note = "%s (%s)" % (product[1], product[2])
    if measure in POUR and expect != "none":
        source = next(f for i, f, _ in entries[key] if i == ident)
        note += ", %s of the %s cl %s" % (POUR_NAME[measure], fmt_cl(source),
                                          "keg" if source >= KEG_MIN else "bottle")
    if expect == "none":
        note += ": " + suffix
    else:
        note += suffix
    if vintage and read_vintage is None:
        note += " [%d cut off by the till]" % vintage
    return label, (expect, ident, also, units), note, read_vintage


def build():
    library, entries = build_library()
    products = drinks.by_key()
    cases, seen, errors = [], set(), []
    for till, specs in (("H", H_SPECS), ("C", C_SPECS), ("W", W_SPECS)):
        for line in specs:
            try:
                label, (expect, ident, also, units), note, vintage = make_case(
                    till, line, products, entries)
            except (AssertionError, ValueError) as error:
                errors.append("%s %s: %s" % (till, line, error))
                continue
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            cases.append({"label": label, "expect": expect, "beverage_id": ident,
                          "also_ok": also, "vintage": vintage, "units_per_sale": units,
                          "note": note, "connection": till})
    if errors:
        raise SystemExit("\n".join(errors))
    return library, cases


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    library, cases = build()
    write(os.path.join(HERE, "creperie_library.jsonl"), library)
    write(os.path.join(HERE, "creperie_cases.jsonl"), cases)
    if "-v" in sys.argv:
        print("library", len(library), "cases", len(cases))
        for till in ("H", "C", "W", None):
            rows = [c for c in cases if till is None or c["connection"] == till]
            counts = [sum(1 for c in rows if c["expect"] == e)
                      for e in ("yes", "almost", "none")]
            pours = sum(1 for c in rows if c["expect"] != "none"
                        and c["units_per_sale"] != 1)
            print(till or "all", "yes %d almost %d none %d total %d pours %d" % (
                (*tuple(counts), len(rows), pours)))


if __name__ == "__main__":
    main()
