"""Check lille_library.jsonl and lille_cases.jsonl on their own (no build module imported).

python3 tests/matching/data/lille/check_lille.py   -> prints OK or the problems, exit 1.
"""

import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = [
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
CASE_FIELDS = [
    "label",
    "expect",
    "beverage_id",
    "also_ok",
    "vintage",
    "units_per_sale",
    "note",
    "connection",
]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
KEGS = (2000, 3000)
WIDTH_R = 25

DRAUGHT = {
    "GALOPIN": 12.5,
    "DEMI": 25,
    "SERIEUX": 50,
    "FORMIDABLE": 100,
    "galopin": 12.5,
    "demi": 25,
    "pinte": 50,
    "formidable": 100,
    "Galopin 12,5cl": 12.5,
    "Demi 25cl": 25,
    "Pinte 50cl": 50,
    "Sérieux 50cl": 50,
    "Formidable 1L": 100,
}
POUR = {
    "VRE": 12.5,
    "CP": 12.5,
    "CAR25": 25,
    "CAR50": 50,
    "2CL": 2,
    "4CL": 4,
    "verre": 12.5,
    "coupe": 12.5,
    "carafe 25": 25,
    "carafe 50": 50,
    "2cl": 2,
    "4cl": 4,
    "dose": 4,
    "Verre": 12.5,
    "Coupe": 12.5,
    "Carafe 25cl": 25,
    "Carafe 50cl": 50,
    "Shot 2cl": 2,
    "Shot 4cl": 4,
}
BOTTLE = {
    "BTL20": 20,
    "BTL25": 25,
    "BTL33": 33,
    "BTL37.5": 37.5,
    "BTL50": 50,
    "BTL70": 70,
    "BTL75": 75,
    "BTL1L": 100,
    "1/2": 37.5,
    "MAG": 150,
    "BTL": 75,
    "20": 20,
    "25": 25,
    "33": 33,
    "37,5": 37.5,
    "50": 50,
    "70": 70,
    "75": 75,
    "1l": 100,
    "demi-btl": 37.5,
    "magnum": 150,
    "btl": 75,
    "Bouteille 20cl": 20,
    "Bouteille 25cl": 25,
    "Bouteille 33cl": 33,
    "Bouteille 37,5cl": 37.5,
    "Bouteille 50cl": 50,
    "Bouteille 70cl": 70,
    "Bouteille 75cl": 75,
    "Bouteille 1L": 100,
    "Demi-bouteille 37,5cl": 37.5,
    "Magnum 150cl": 150,
    "Bouteille": 75,
}
K_CATS = {
    "PRESSIONS",
    "BOUTEILLES",
    "TRAPPISTES & ABBAYES",
    "GENIÈVRES",
    "DIGESTIFS",
    "VINS ROUGES",
    "VINS BLANCS",
    "VINS ROSÉS",
    "BULLES",
    "CIDRES",
    "SANS ALCOOL",
    "CAFÉS",
    "CUISINE",
    "DIVERS",
    "APÉROS & MÉLANGES",
}

problems = []


def bad(i, msg):
    problems.append("case %d: %s" % (i, msg))


def has_accent(s):
    return any(unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", s))


def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except ValueError as e:
                problems.append("%s line %d: bad JSON (%s)" % (name, n, e))
    return out


def measure_and_vintage(c):
    """Read (measure, vintage) back from the label by its till's habits."""
    lab, conn = c["label"], c["connection"]
    if conn == "R":
        toks = lab.split(" ")
        meas = toks[0] if (toks[0] in DRAUGHT or toks[0] in POUR or toks[0] in BOTTLE) else None
        v = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            v = 2000 + yy if yy <= 30 else 1900 + yy
        return meas, v
    if conn == "T":
        body = lab[3:]
        meas = None
        for m in sorted(list(DRAUGHT) + list(POUR) + list(BOTTLE), key=len, reverse=True):
            if m == m.lower() and (body.endswith(" " + m)):
                meas = m
                body = body[: -len(m) - 1]
                break
        v = None
        mm = re.search(r"(?:^| )((?:19|20)\d\d)$", body)
        if mm:
            v = int(mm.group(1))
        return meas, v
    # K
    prod = lab.split("/", 1)[1]
    meas = None
    if " - " in prod:
        prod, meas = prod.rsplit(" - ", 1)
    mm = re.search(r" ((?:19|20)\d\d)$", prod)
    return meas, (int(mm.group(1)) if mm else None)


def main():
    lib = load("lille_library.jsonl")
    cases = load("lille_cases.jsonl")
    by_id = {}
    for n, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            problems.append("library %d: fields %s" % (n, list(e)))
        if e.get("id") != "l%03d" % n:
            problems.append("library %d: id %s out of sequence" % (n, e.get("id")))
        if e.get("colour") not in COLOURS or e.get("category") not in CATEGORIES:
            problems.append("library %d: colour/category" % n)
        if not isinstance(e.get("format_cl"), (int, float)):
            problems.append("library %d: format_cl" % n)
        if e.get("vintage") is not None and not isinstance(e["vintage"], int):
            problems.append("library %d: vintage" % n)
        by_id[e["id"]] = e
    if not 130 <= len(lib) <= 180:
        problems.append("library size %d" % len(lib))

    def same_wine(a):
        return [
            e
            for e in lib
            if all(e[k] == a[k] for k in ("name", "producer", "appellation", "colour", "format_cl"))
        ]

    labels = set()
    for i, c in enumerate(cases, 1):
        if list(c) != CASE_FIELDS:
            bad(i, f"fields {list(c)}")
            continue
        if c["label"] in labels:
            bad(i, "duplicate label")
        labels.add(c["label"])
        conn, lab = c["connection"], c["label"]
        # till habits
        if conn == "R":
            if len(lab) > WIDTH_R or lab != lab.upper() or has_accent(lab) or "'" in lab:
                bad(i, f"R habits broken: {lab!r}")
        elif conn == "T":
            if not lab.startswith("1x ") or lab != lab.lower():
                bad(i, f"T habits broken: {lab!r}")
        elif conn == "K":
            if "/" not in lab or lab.split("/", 1)[0] not in K_CATS:
                bad(i, f"K habits broken: {lab!r}")
        else:
            bad(i, f"unknown connection {conn!r}")
        meas, v = measure_and_vintage(c)
        if v != c["vintage"]:
            bad(i, "vintage {} but label reads {}".format(c["vintage"], v))
        if c["expect"] == "none":
            if (
                c["beverage_id"] is not None
                or c["also_ok"] != []
                or c["units_per_sale"] is not None
            ):
                bad(i, "none with an answer")
            continue
        if c["expect"] not in ("yes", "almost"):
            bad(i, "expect {!r}".format(c["expect"]))
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            bad(i, "unknown beverage_id")
            continue
        wine = same_wine(e)
        vins = sorted(x["vintage"] for x in wine if x["vintage"] is not None)
        others = sorted(x["id"] for x in wine if x["id"] != e["id"])
        if c["expect"] == "yes":
            if v is not None:
                if e["vintage"] != v:
                    bad(i, "yes but entry vintage {} != label {}".format(e["vintage"], v))
                if c["also_ok"]:
                    bad(i, "yes with a vintage must have empty also_ok")
            else:
                if vins and e["vintage"] != max(vins):
                    bad(i, "no vintage on label but not the most recent")
                if sorted(c["also_ok"]) != others:
                    bad(i, "also_ok {} != other vintages {}".format(c["also_ok"], others))
        else:
            if v is None or v in vins:
                bad(i, "almost needs a label vintage not held")
            else:
                best = min(vins, key=lambda x: (abs(x - v), -x))
                if e["vintage"] != best:
                    bad(i, "almost not the nearest vintage ({}, want {})".format(e["vintage"], best))
            if sorted(c["also_ok"]) != others:
                bad(i, "also_ok {} != other vintages {}".format(c["also_ok"], others))
        for a in c["also_ok"]:
            if a not in by_id:
                bad(i, f"unknown also_ok {a}")
        # measure and units
        fmt = e["format_cl"]
        if meas in DRAUGHT:
            want = round(DRAUGHT[meas] / fmt, 4)
            if fmt not in KEGS:
                bad(i, "draught measure on a bottle entry")
        elif meas in POUR:
            want = round(POUR[meas] / fmt, 4)
            if fmt in KEGS or (fmt in (37.5, 150) and e["category"] in ("vin", "champagne")):
                bad(i, "pour from a keg, half or magnum")
        elif meas in BOTTLE:
            want = 1
            if BOTTLE[meas] != fmt:
                bad(i, f"label format {BOTTLE[meas]} but entry {fmt}")
        else:
            want = 1
            if fmt in KEGS:
                bad(i, "keg sold without a measure")
        if c["units_per_sale"] != want:
            bad(i, "units {}, label says {}".format(c["units_per_sale"], want))

    n = len(cases)
    if not 230 <= n <= 280:
        problems.append("case count %d" % n)
    if problems:
        print("\n".join(problems))
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    from collections import Counter

    print(
        "OK: %d drinks, %d cases" % (len(lib), n),
        dict(Counter(c["expect"] for c in cases)),
        dict(Counter(c["connection"] for c in cases)),
    )


if __name__ == "__main__":
    main()
