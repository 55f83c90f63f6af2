"""Build lille_library.jsonl and lille_cases.jsonl (deterministic).

python3 tests/matching/data/lille/build_lille.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lille_drinks as D
import lille_specs as S
import lille_tills as T

SEED = 20261129
PREFIX = "l"

DRAUGHT = {"galopin": 12.5, "demi": 25, "pinte": 50, "serieux": 50, "formidable": 100}
POUR = {"verre": 12.5, "coupe": 12.5, "carafe25": 25, "carafe50": 50, "2cl": 2, "4cl": 4, "dose": 4}
BOTTLE = {
    "b20": 20,
    "b25": 25,
    "b33": 33,
    "b37.5": 37.5,
    "b50": 50,
    "b70": 70,
    "b75": 75,
    "b100": 100,
    "half": 37.5,
    "mag": 150,
}


def library():
    ents = D.entries()
    for i, e in enumerate(ents, 1):
        e["id"] = "%s%03d" % (PREFIX, i)
    return ents


def fmt_txt(f):
    return (f"{f:g}").replace(".", ",")


def resolve(lib, key, meas, vintage):
    """Apply the bench README's rules. Returns (beverage_id, also_ok, units, expect, why)."""
    mine = [e for e in lib if e["key"] == key]
    prod = mine[0]
    name = "{} ({})".format(prod["name"], prod["producer"])
    bottles = sorted({e["format_cl"] for e in mine if e["format_cl"] not in D.KEGS})
    kegs = sorted({e["format_cl"] for e in mine if e["format_cl"] in D.KEGS})
    units = None
    if meas in DRAUGHT:
        if not kegs:
            return None, [], None, "none", name + ": not held on draught"
        fmt = kegs[0]
        units = round(DRAUGHT[meas] / fmt, 4)
    elif meas in BOTTLE:
        fmt = BOTTLE[meas]
        if fmt not in bottles:
            return None, [], None, "none", name + f": {fmt_txt(fmt)} cl not held"
        units = 1
    elif meas == "btl":
        fmt = 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)
        if fmt is None:
            return None, [], None, "none", name + ": no ordinary bottle"
        units = 1
    elif meas in POUR:
        if 75 in bottles:
            fmt = 75
        elif len([b for b in bottles if b not in (37.5, 150)]) == 1:
            fmt = next(b for b in bottles if b not in (37.5, 150))
        else:
            return None, [], None, "none", name + ": no bottle to pour from"
        units = round(POUR[meas] / fmt, 4)
    else:
        raise ValueError(f"measure {meas!r} for {key}")
    same = [e for e in mine if e["format_cl"] == fmt]
    vins = [e["vintage"] for e in same]
    if vins == [None]:
        return same[0]["id"], [], units, "yes", name
    by_v = {e["vintage"]: e["id"] for e in same}
    if vintage is None:
        top = max(vins)
        return by_v[top], [by_v[v] for v in sorted(vins) if v != top], units, "yes", name
    if vintage in by_v:
        return by_v[vintage], [], units, "yes", name
    best = min(vins, key=lambda v: (abs(v - vintage), -v))
    return (
        by_v[best],
        [by_v[v] for v in sorted(vins) if v != best],
        units,
        "almost",
        name + ": label vintage %d not in library, has %s" % (vintage, sorted(vins)),
    )


def parse(line, with_cat):
    parts = line.split("|")
    key, meas, vint = parts[0], parts[1], parts[2]
    vint = int(vint) if vint else None
    if with_cat:
        cat, text = parts[3], parts[4]
        reason = parts[5] if key == "-" else None
    else:
        cat, text = None, parts[3]
        reason = parts[4] if key == "-" else None
    return key, meas, vint, cat, text, reason


def lines(block):
    return [ln for ln in block.strip().splitlines() if ln.strip()]


def build():
    lib = library()
    rng = T.new_rng(SEED)
    cases = []
    seen = set()

    def add(conn, label, kept, key, meas, typed_v, reason):
        if label in seen:
            raise SystemExit(f"duplicate label {label!r}")
        seen.add(label)
        if key == "-":
            bid, also, units, expect, note = None, [], None, "none", reason
        else:
            bid, also, units, expect, note = resolve(lib, key, meas, kept)
            if typed_v and kept is None:
                note += " [%d cut off by the till]" % typed_v
        if expect == "none":
            bid, also, units = None, [], None
        cases.append(
            {
                "label": label,
                "expect": expect,
                "beverage_id": bid,
                "also_ok": also,
                "vintage": kept,
                "units_per_sale": units,
                "note": note,
                "connection": conn,
            }
        )

    for ln in lines(S.R):
        key, meas, vint, _, text, reason = parse(ln, False)
        r = T.render_r(text, meas, vint)
        if r is None:  # typed on the tablet instead
            label, kept = T.render_t(text, meas, vint, rng)
            add("T", label, kept, key, meas, vint, reason)
        else:
            add("R", r[0], r[1], key, meas, vint, reason)
    for ln in lines(S.T):
        key, meas, vint, _, text, reason = parse(ln, False)
        label, kept = T.render_t(text, meas, vint, rng)
        add("T", label, kept, key, meas, vint, reason)
    for ln in lines(S.K):
        key, meas, vint, cat, text, reason = parse(ln, True)
        label, kept = T.render_k(text, meas, vint, cat)
        add("K", label, kept, key, meas, vint, reason)

    fields = [
        "id",
        "name",
        "producer",
        "appellation",
        "region",
        "country",
        "colour",
        "category",
        "vintage",
        "format_cl",
    ]
    with open(os.path.join(HERE, "lille_library.jsonl"), "w", encoding="utf-8") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in fields}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "lille_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    return lib, cases


if __name__ == "__main__":
    lib, cases = build()
    from collections import Counter

    print(len(lib), "drinks,", len(cases), "cases")
    print(Counter(c["expect"] for c in cases))
    print(
        Counter(
            (c["connection"], c["expect"]) for c in sorted(cases, key=lambda c: c["connection"])
        )
    )
