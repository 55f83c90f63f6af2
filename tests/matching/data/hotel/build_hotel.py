"""Build hotel_library.jsonl and hotel_cases.jsonl (deterministic).

python3 tests/matching/data/hotel/build_hotel.py
The expected answers are computed from the RENDERED label by the bench README's rules.
"""

import json
import os
import random
import re
import unicodedata

import hotel_specs_e
import hotel_specs_r
from hotel_drinks import DRINKS

SEED = 20261208
HERE = os.path.dirname(os.path.abspath(__file__))
R_WIDTH = 32

# ---------------------------------------------------------------- library
LIB = []
ENTRIES = {}  # key -> {format: {vintage: entry}}
INFO = {}
for key, name, prod, app, reg, country, colour, cat, formats in DRINKS:
    INFO[key] = (name, prod, colour, cat)
    ENTRIES[key] = {}
    for fmt, vints in formats.items():
        ENTRIES[key][fmt] = {}
        for v in sorted(vints, key=lambda x: x or 0):
            e = {
                "id": "h%03d" % (len(LIB) + 1),
                "name": name,
                "producer": prod,
                "appellation": app,
                "region": reg,
                "country": country,
                "colour": colour,
                "category": cat,
                "vintage": v,
                "format_cl": fmt,
            }
            LIB.append(e)
            ENTRIES[key][fmt][v] = e

# ---------------------------------------------------------------- measures
# code -> (kind, value): kind "fmt" (a bottle of that size, units 1), "btl" (the
# ordinary bottle), "pour" (cl poured from the ordinary bottle), "keg" (cl from the keg)
MEAS = {
    "btl": ("btl", None),
    "half": ("fmt", 37.5),
    "mag": ("fmt", 150),
    "gl": ("pour", 12.5),
    "gl175": ("pour", 17.5),
    "car50": ("pour", 50),
    "shot": ("pour", 4),
    "dbl": ("pour", 8),
    "c2": ("pour", 2),
    "pint": ("keg", 50),
    "hpint": ("keg", 25),
    "b20": ("fmt", 20),
    "b25": ("fmt", 25),
    "b33": ("fmt", 33),
    "b355": ("fmt", 35.5),
    "b70": ("fmt", 70),
    "v80": ("fmt", 80),
    "v375": ("fmt", 37.5),
    "": (None, None),
}
E_WORD = {
    "btl": "Bottle",
    "half": "Half bottle",
    "mag": "Magnum",
    "gl": "Glass",
    "gl175": "Glass 175ml",
    "car50": "Carafe 50cl",
    "shot": "Shot",
    "dbl": "Double",
    "c2": "2cl",
    "pint": "Pint",
    "hpint": "Half pint",
    "b20": "Bottle 20cl",
    "b25": "Can 25cl",
    "b33": "Bottle 33cl",
    "b355": "Bottle 35.5cl",
    "b70": "Bottle 70cl",
    "v80": "Bottle 80cl",
    "v375": "Bottle 37.5cl",
}
R_PRE = {"half": "1/2 ", "mag": "MAG ", "gl": "VRE ", "car50": "CAR50 "}
R_POST = {
    "shot": " 4CL",
    "dbl": " 8CL",
    "c2": " 2CL",
    "b20": " 20CL",
    "b25": " 25CL",
    "b33": " 33CL",
    "b355": " 35.5CL",
    "b70": " 70CL",
    "v80": " 80CL",
    "v375": " 37.5CL",
}
FAMILY_DIGIT = {
    "chp": 1,
    "red": 2,
    "wht": 3,
    "rse": 3,
    "liq": 3,
    "spi": 4,
    "ckt": 4,
    "bee": 5,
    "sft": 6,
    "food": 7,
    "hot": 8,
    "srv": 9,
}


def family_of(key):
    _name, _prod, colour, cat = INFO[key]
    if cat == "champagne":
        return "chp"
    if cat == "vin":
        return {"rouge": "red", "blanc": "wht", "rosé": "rse", "liquoreux": "liq"}[colour]
    return {"spiritueux": "spi", "bière": "bee", "soft": "sft"}[cat]


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def price(rng, meas, fam):
    if fam in ("food",):
        p = rng.choice([24, 28, 32, 36, 42, 95, 140])
    elif fam in ("hot", "srv"):
        p = rng.choice([7, 8, 9, 12, 15])
    elif meas in ("shot", "c2"):
        p = (
            rng.choice([16, 18, 22, 26, 32, 45, 180])
            if meas == "c2"
            else rng.choice([16, 18, 19, 22, 26, 32])
        )
    elif meas == "dbl":
        p = rng.choice([30, 34, 40, 48])
    elif meas in ("gl", "gl175"):
        p = rng.choice([19, 22, 24, 26, 29, 34, 38, 55])
    elif meas in ("pint", "hpint", "b33", "b355", "b20", "b25"):
        p = rng.choice([7, 8, 9, 11, 12, 14])
    elif meas in ("v80", "v375"):
        p = rng.choice([8, 9, 12, 14])
    elif meas == "":
        p = rng.choice([18, 22, 24, 26])
    elif meas == "half":
        p = rng.choice([60, 85, 110, 150, 240])
    elif meas == "mag":
        p = rng.choice([290, 380, 520, 760, 1450])
    else:
        p = rng.choice([95, 120, 145, 180, 240, 320, 480, 690, 850, 1250])
    cents = rng.choice(["00", "00", "50"])
    return "%d.%s" % (p, cents)


# ---------------------------------------------------------------- tills
def render_e(rng, meas, vint, text):
    if rng.random() < 0.4:
        text = strip_accents(text)
    vpart = ""
    if vint == "NV":
        vpart = " NV"
    elif vint:
        vpart = " '%02d" % (vint % 100) if rng.random() < 0.25 else " %d" % vint
    return text + vpart, vint if isinstance(vint, int) else None


def render_r(meas, vint, text, code):
    body = text.upper()
    body = strip_accents(body).replace("'", "").replace("-", " ")
    full_name = R_PRE.get(meas, "") + body + R_POST.get(meas, "")
    label = "IRD-%d %s" % (code, full_name)
    if isinstance(vint, int):
        label += " (%d)" % vint
    if len(label) <= R_WIDTH:
        return label, vint if isinstance(vint, int) else None, False
    cut = label[:R_WIDTH]
    if label[R_WIDTH] != " ":  # the cut splits a token
        head, _, part = cut.rpartition(" ")
        if re.search(r"[\d(]", part) or len(part) < 4:
            cut = head
    cut = cut.rstrip()
    # the words that name the drink and the measure must survive
    kept = cut.split(" ")[1:]
    want = full_name.split(" ")
    if len(kept) < len(want):
        raise SystemExit(f"R cut loses a word: {label!r} -> {cut!r}")
    for i, w in enumerate(want):
        if kept[i] != w and not (
            i == len(want) - 1
            and w.startswith(kept[i])
            and len(kept[i]) >= 4
            and not re.search(r"\d", w)
        ):
            raise SystemExit(f"R cut spoils {w!r}: {label!r} -> {cut!r}")
    lv = None
    m = re.search(r"\((\d{4})\)$", cut)
    if m:
        lv = int(m.group(1))
    return cut, lv, True


# ---------------------------------------------------------------- answers
def answer(key, meas, lv):
    """(expect, beverage_id, also_ok, units, why) by the bench README's rules."""
    kind, val = MEAS[meas]
    forms = ENTRIES[key]
    units = 1
    if kind == "fmt":
        fmt = val
        if fmt not in forms:
            return "none", None, [], None, f"{val} cl not held"
    elif kind == "btl":
        if 75 in forms:
            fmt = 75
        else:
            cand = [f for f in forms if f < 2000]
            if len(cand) != 1:
                return "none", None, [], None, "no bottle held"
            fmt = cand[0]
            if fmt in (37.5, 150) and INFO[key][3] in ("vin", "champagne"):
                return "none", None, [], None, "no 75 cl bottle held"
    elif kind == "pour":
        if 75 in forms:
            fmt = 75
        else:
            cand = [f for f in forms if f < 2000 and f not in (37.5, 150)]
            if len(cand) != 1:
                return "none", None, [], None, "a glass never pours from a half or a magnum"
            fmt = cand[0]
        units = round(val / fmt, 4)
    elif kind == "keg":
        cand = [f for f in forms if f >= 2000]
        if not cand:
            return "none", None, [], None, "not held on draught"
        fmt = cand[0]
        units = round(val / fmt, 4)
    else:
        raise SystemExit("no measure for " + key)
    byv = forms[fmt]
    vints = sorted(byv, key=lambda x: x or 0)
    if vints == [None]:
        return "yes", byv[None]["id"], [], units, ""
    if lv is None:
        best = vints[-1]
        return "yes", byv[best]["id"], [byv[v]["id"] for v in vints if v != best], units, ""
    if lv in byv:
        return "yes", byv[lv]["id"], [], units, ""
    best = min(vints, key=lambda v: (abs(v - lv), -v))
    return (
        "almost",
        byv[best]["id"],
        [byv[v]["id"] for v in vints if v != best],
        units,
        "label vintage %d not in library, has %s" % (lv, vints),
    )


def parse(specs):
    out = []
    for line in specs.strip().splitlines():
        f = line.split("|")
        vint = f[2]
        vint = int(vint) if vint.isdigit() else (vint or None)
        out.append((f[0], f[1], vint, f[3], f[4] if len(f) > 4 else ""))
    return out


def main():
    rng = random.Random(SEED)
    cases = []
    codes = dict.fromkeys(range(1, 10), 100)
    for till, specs in (("E", hotel_specs_e.SPECS), ("R", hotel_specs_r.SPECS)):
        for key, meas, vint, text, reason in parse(specs):
            fam = key[1:] if key.startswith("-") else family_of(key)
            if till == "E":
                core, lv = render_e(rng, meas, vint, text)
                pr = price(rng, meas, fam)
                pr = ("€" + pr) if rng.random() < 0.65 else pr
                label = core + (" - " + E_WORD[meas] if meas else "") + " - " + pr
            else:
                d = FAMILY_DIGIT[fam]
                codes[d] += rng.randint(1, 6)
                label, lv, _cut = render_r(meas, vint, text, d * 1000 + codes[d])
            if key.startswith("-"):
                exp, bid, also, units, why = "none", None, [], None, ""
                note = reason
            else:
                exp, bid, also, units, why = answer(key, meas, lv)
                name, prod = INFO[key][:2]
                note = f"{name} ({prod})"
                if why:
                    note += ": " + why
                if isinstance(vint, int) and lv is None:
                    note += " [%d cut off by the till]" % vint
            cases.append(
                {
                    "label": label,
                    "expect": exp,
                    "beverage_id": bid,
                    "also_ok": also,
                    "vintage": lv,
                    "units_per_sale": units,
                    "note": note,
                    "connection": till,
                }
            )
    labels = [c["label"] for c in cases]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise SystemExit(f"duplicate labels: {sorted(dup)}")
    with open(os.path.join(HERE, "hotel_library.jsonl"), "w", encoding="utf-8") as fh:
        for e in LIB:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "hotel_cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter

    print(len(LIB), "drinks,", len(cases), "cases")
    print(Counter((c["connection"], c["expect"]) for c in cases))
    print(Counter(c["expect"] for c in cases))


if __name__ == "__main__":
    main()
