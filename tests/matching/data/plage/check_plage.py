"""Check plage_library.jsonl and plage_cases.jsonl alone (without the build).

python3 tests/matching/data/plage/check_plage.py   -> prints the problems, exit 1 if any
"""

import json
import os
import re
import sys

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
POURS = {
    "VRE": 12.5,
    "VRE15": 15,
    "CAR50": 50,
    "CP": 12.5,
    "DOSE": 4,
    "2CL": 2,
    "6CL": 6,
    "VERRE": 12.5,
    "VERRE 15CL": 15,
    "CARAFE 50CL": 50,
    "COUPE": 12.5,
    "verre": 12.5,
    "verre 15cl": 15,
    "carafe 50cl": 50,
    "coupe": 12.5,
    "dose": 4,
    "2cl": 2,
    "6cl": 6,
}
KEG = {"DEMI": 25, "PINTE": 50, "demi": 25, "pinte": 50}
BOTTLES = {
    "MAG": 150,
    "MAGNUM": 150,
    "magnum": 150,
    "JERO": 300,
    "JEROBOAM": 300,
    "jeroboam": 300,
    "MATHU": 600,
    "MATHUSALEM": 600,
    "mathusalem": 600,
    "1/2": 37.5,
    "37.5": 37.5,
    "37.5cl": 37.5,
    "20CL": 20,
    "25CL": 25,
    "33CL": 33,
    "50CL": 50,
    "70CL": 70,
    "1L": 100,
    "20cl": 20,
    "25cl": 25,
    "33cl": 33,
    "50cl": 50,
    "70cl": 70,
    "1l": 100,
}
H_WORDS = [
    "VRE15",
    "VRE",
    "CAR50",
    "CP",
    "DOSE",
    "2CL",
    "6CL",
    "DEMI",
    "PINTE",
    "MAG",
    "JERO",
    "MATHU",
    "1/2",
    "37.5",
    "BTL",
    "20CL",
    "25CL",
    "33CL",
    "50CL",
    "70CL",
    "1L",
]
R_WORDS = [
    "VERRE 15CL",
    "CARAFE 50CL",
    "VERRE",
    "COUPE",
    "DOSE",
    "2CL",
    "6CL",
    "DEMI",
    "PINTE",
    "MAGNUM",
    "JEROBOAM",
    "MATHUSALEM",
    "20CL",
    "25CL",
    "33CL",
    "50CL",
    "70CL",
    "1L",
]
T_WORDS = [
    "verre 15cl",
    "carafe 50cl",
    "verre",
    "coupe",
    "dose",
    "2cl",
    "6cl",
    "demi",
    "pinte",
    "magnum",
    "jeroboam",
    "mathusalem",
    "37.5cl",
    "20cl",
    "25cl",
    "33cl",
    "50cl",
    "70cl",
    "1l",
]


def parse(label, conn):
    """(measure word or None, vintage or None, problems) read back from the label."""
    probs = []
    if not label.isascii():
        probs.append(f"accents on a {conn} label")
    if conn == "H":
        if label != label.upper():
            probs.append("H label not upper case")
        m = re.fullmatch(r"(.+?)(?: \((\d\d)\))?", label)
        text, yy = m.group(1), m.group(2)
        if len(text) > 22:
            probs.append("H text over 22 characters")
        first = text.split(" ")[0]
        meas = first if first in H_WORDS else None
        vint = 2000 + int(yy) if yy else None
        return meas, vint, probs
    if conn == "R":
        m = re.fullmatch(r"(.+) #(\d{4})", label)
        if not m:
            return None, None, ["R label without its article code"]
        text = m.group(1)
        if label != label.upper():
            probs.append("R label not upper case")
        if len(text) > 24:
            probs.append("R text over 24 characters")
        meas = next((w for w in R_WORDS if text.startswith(w + " ")), None)
        y = re.search(r" (\d\d)$", text)
        vint = None
        if y:
            vint = int(y.group(1)) + (1900 if int(y.group(1)) >= 50 else 2000)
        return meas, vint, probs
    m = re.fullmatch(r"(.+) @ (\d+(?:\.\d)?)", label)
    if not m:
        return None, None, ["T label without its @ price"]
    text = m.group(1)
    if label != label.lower():
        probs.append("T label not lower case")
    meas = next((w for w in T_WORDS if text.endswith(" " + w)), None)
    years = [int(t) for t in text.split(" ")[1:] if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", t)]
    return meas, (years[-1] if years else None), probs


def main():
    probs = []
    lib = []
    with open(os.path.join(HERE, "plage_library.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            e = json.loads(line)
            if list(e) != LIB_FIELDS:
                probs.append("library line %d: fields %s" % (i, list(e)))
            if e["id"] != "p%03d" % i:
                probs.append("library line %d: id %s" % (i, e["id"]))
            if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
                probs.append("{}: colour or category".format(e["id"]))
            lib.append(e)
    byid = {e["id"]: e for e in lib}

    def group(e):
        return [
            x
            for x in lib
            if all(x[k] == e[k] for k in ("name", "producer", "appellation", "colour", "format_cl"))
        ]

    labels = set()
    n = 0
    with open(os.path.join(HERE, "plage_cases.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            n += 1
            c = json.loads(line)
            where = "case %d %r" % (i, c.get("label"))
            if list(c) != CASE_FIELDS:
                probs.append(where + ": fields")
                continue
            if c["label"] in labels:
                probs.append(where + ": duplicate label")
            labels.add(c["label"])
            if c["connection"] not in ("H", "T", "R"):
                probs.append(where + ": connection")
                continue
            meas, vint, p = parse(c["label"], c["connection"])
            probs += [where + ": " + x for x in p]
            if vint != c["vintage"]:
                probs.append(where + ": vintage {}, label says {}".format(c["vintage"], vint))
            if c["expect"] == "none":
                if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                    probs.append(where + ": none with an answer")
                continue
            if c["expect"] not in ("yes", "almost"):
                probs.append(where + ": expect")
                continue
            e = byid.get(c["beverage_id"])
            if e is None:
                probs.append(where + ": unknown id")
                continue
            g = group(e)
            others = sorted(x["id"] for x in g if x["id"] != e["id"])
            if c["expect"] == "yes" and vint is not None:
                others = []  # the label's vintage is held: no alternative
            if sorted(c["also_ok"]) != others:
                probs.append(where + ": also_ok {}, should be {}".format(c["also_ok"], others))
            vints = [x["vintage"] for x in g]
            if c["expect"] == "yes":
                if vint is not None and e["vintage"] is not None and e["vintage"] != vint:
                    probs.append(where + ": yes on another vintage")
                if vint is None and e["vintage"] != max(vints, key=lambda v: v or 0):
                    probs.append(where + ": not the most recent vintage")
            else:
                if vint is None or vint in vints:
                    probs.append(where + ": almost without a missing vintage")
                else:
                    best = min(vints, key=lambda v: (abs(v - vint), -v))
                    if e["vintage"] != best:
                        probs.append(where + f": almost not on the nearest vintage {best}")
            fmt = e["format_cl"]
            wine = e["category"] in ("vin", "champagne")
            if meas in KEG and not wine:
                want_fmt, units = "keg", KEG[meas] / fmt
                if fmt < 2000:
                    probs.append(where + ": draught measure on a bottle")
            elif meas in POURS:
                want_fmt, units = "pour", POURS[meas] / fmt
                if fmt == 37.5 or fmt >= 150:
                    probs.append(where + ": a pour from a half or a magnum")
            elif meas == "DEMI" and wine:
                want_fmt, units = 37.5, 1
            elif meas in BOTTLES:
                want_fmt, units = BOTTLES[meas], 1
            else:
                want_fmt, units = "bottle", 1
                if fmt == 37.5 or 150 <= fmt < 2000 or fmt >= 2000:
                    probs.append(where + f": a bottle label on format {fmt}")
            if isinstance(want_fmt, (int, float)) and want_fmt != fmt:
                probs.append(where + f": format {fmt}, label says {want_fmt}")
            if c["units_per_sale"] != round(units, 4):
                probs.append(
                    where + ": units {}, label says {}".format(c["units_per_sale"], round(units, 4))
                )
    for p in probs:
        print(p)
    print("%d drinks, %d cases, %d problems" % (len(lib), n, len(probs)))
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
