"""Build corse_library.jsonl and corse_cases.jsonl (stdlib only, deterministic).

    python3 tests/matching/data/corse/build_corse.py

The library comes from corse_drinks.py; each case from a spec in corse_specs.py
(`till|key|measure|yy|text|reason`), rendered by its till (corse_tills.py). The expected
answer is computed from the rendered label with the bench README's rules: a vintage the
register's cut took off is no longer on the label, a format the library does not hold is
none, a pour refers to the ordinary bottle, a draught measure to the keg.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import corse_drinks
import corse_specs
from corse_tills import MEASURES, RENDER, TILLS

LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")
KEGS = (2000, 3000)
SPECIAL = (37.5, 150, *KEGS)


def build_library():
    drinks = corse_drinks.parse()
    rows, index, n = [], {}, 0
    for d in drinks:
        if d["key"] in index:
            raise ValueError("duplicate key " + d["key"])
        ents = []
        for fmt, vin in d["entries"]:
            n += 1
            bid = "m%03d" % n
            rows.append({"id": bid, "name": d["name"], "producer": d["producer"],
                         "appellation": d["appellation"], "region": d["region"],
                         "country": d["country"], "colour": d["colour"],
                         "category": d["category"], "vintage": vin, "format_cl": fmt})
            ents.append((bid, fmt, vin))
        d["ids"] = ents
        index[d["key"]] = d
    return rows, index


def ordinary(d):
    fmts = sorted({f for _, f, _ in d["ids"]})
    if 75 in fmts:
        return 75
    rest = [f for f in fmts if f not in SPECIAL]
    return rest[0] if len(rest) == 1 else None


def fmt_cl(x):
    return "%g" % x


def resolve(d, measure, vintage):
    """Return (expect, id, also_ok, units, why) for drink d as the label gives it."""
    kind, cl = MEASURES[measure]
    fmts = {f for _, f, _ in d["ids"]}
    if kind == "bottle":
        fmt = ordinary(d)
        if fmt is None:
            raise ValueError("%s: no single ordinary bottle, give a size" % d["key"])
        units = 1
    elif kind == "format":
        fmt, units = cl, 1
        if fmt not in fmts:
            return "none", None, [], None, "not held in %s cl" % fmt_cl(cl)
    elif kind == "pour":
        if d["category"] == "bière":
            raise ValueError("%s: a glass of beer" % d["key"])
        fmt = ordinary(d)
        if fmt is None:
            raise ValueError("%s: no ordinary bottle for a pour" % d["key"])
        units = round(cl / fmt, 4)
    elif kind == "draught":
        if d["category"] != "bière":
            raise ValueError("%s: draught measure on a non-beer" % d["key"])
        kegs = [f for f in fmts if f in KEGS]
        if not kegs:
            return "none", None, [], None, "not held on draught"
        fmt = kegs[0]
        units = round(cl / fmt, 4)
    else:
        raise ValueError("%s: a drink without measure" % d["key"])
    ents = sorted([(v, i) for i, f, v in d["ids"] if f == fmt],
                  key=lambda t: (t[0] is None, t[0] or 0))
    vins = [v for v, _ in ents]
    if None in vins:
        if vintage is not None:
            raise ValueError("%s: vintage on a non-vintage drink" % d["key"])
        return "yes", ents[0][1], [], units, ""
    if vintage is None:
        best = ents[-1]
        return "yes", best[1], [i for v, i in ents if i != best[1]], units, ""
    if vintage in vins:
        return "yes", ents[vins.index(vintage)][1], [], units, ""
    best = min(ents, key=lambda t: (abs(t[0] - vintage), -t[0]))
    why = "label vintage %d not held in %s cl, has %s" % (
        vintage, fmt_cl(fmt), vins)
    return "almost", best[1], [i for v, i in ents if i != best[1]], units, why


POUR_WORDS = {"GL": "glass", "GL15": "glass", "CP": "coupe", "P25": "pichet", "P50": "pichet",
              "DOSE": "dose", "2CL": "pour", "6CL": "pour", "DEMI": "demi", "PINTE": "pint"}


def measure_note(measure):
    kind, cl = MEASURES[measure]
    if kind in ("pour", "draught"):
        return ", %s %g cl" % (POUR_WORDS[measure], cl)
    return ""


def build_cases(index):
    cases, seen = [], set()
    for lineno, line in enumerate(corse_specs.lines(), 1):
        till, key, measure, yy, text, reason = line.split("|")
        if till not in TILLS or measure not in MEASURES:
            raise ValueError("bad spec line %d: %s" % (lineno, line))
        drink = None if key.startswith("-") else index[key]
        family = key[1:].upper() if drink is None else drink["family"]
        label, kept, _ = RENDER[till](family, measure, yy, text)
        if label in seen:
            raise ValueError("duplicate label %r" % label)
        seen.add(label)
        vintage = 2000 + int(yy) if (yy and kept) else None
        if drink is None:
            if not reason:
                raise ValueError("none spec without reason: " + line)
            case = ("none", None, [], None, reason)
        else:
            exp, bid, also, units, why = resolve(drink, measure, vintage)
            note = "%s (%s)%s" % (drink["name"], drink["producer"], measure_note(measure))
            if why:
                note += ": " + why
            if reason:
                note += "; " + reason
            if yy and not kept:
                note += " [20%s cut off by the till]" % yy
            case = (exp, bid, also, units, note)
        exp, bid, also, units, note = case
        cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                      "vintage": vintage, "units_per_sale": units, "note": note,
                      "connection": TILLS[till]})
    return cases


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, index = build_library()
    cases = build_cases(index)
    dump(os.path.join(HERE, "corse_library.jsonl"), lib)
    dump(os.path.join(HERE, "corse_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        k = (c["connection"], c["expect"])
        counts[k] = counts.get(k, 0) + 1
    print("library %d, cases %d" % (len(lib), len(cases)))
    for till in TILLS.values():
        print("  %-9s yes %3d  almost %3d  none %3d" % (
            till, counts.get((till, "yes"), 0), counts.get((till, "almost"), 0),
            counts.get((till, "none"), 0)))


if __name__ == "__main__":
    main()
