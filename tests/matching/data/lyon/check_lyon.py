"""Check lyon_library.jsonl and lyon_cases.jsonl on their own (no build, no matcher).

python3 check_lyon.py  -> prints the problems found, exit status 1 if any.
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
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
R_FAM = {
    "RG": {"rouge"},
    "BL": {"blanc", "liquoreux"},
    "RS": {"rosé"},
    "BU": {"effervescent", "rosé"},
    "AP": None,
    "DI": None,
    "BI": None,
    "SO": None,
    "CU": None,
    "CA": None,
    "DV": None,
}
WIDTH_R = 19
# measure words -> (kind, cl)
R_PRE = {
    "VRE": ("pour", 12.5),
    "VRE12": ("pour", 12),
    "VRE15": ("pour", 15),
    "CP": ("pour", 12.5),
    "POT": ("pour", 46),
    "FILL": ("pour", 23),
    "1/2": ("bottle", 37.5),
    "MAG": ("bottle", 150),
}
R_POST = {
    "DOSE": ("pour", 4),
    "2CL": ("pour", 2),
    "4CL": ("pour", 4),
    "6CL": ("pour", 6),
    "DEMI": ("draught", 25),
    "PINTE": ("draught", 50),
    "25CL": ("bottle", 25),
    "33CL": ("bottle", 33),
    "50CL": ("bottle", 50),
    "70CL": ("bottle", 70),
    "1L": ("bottle", 100),
}
T_MEAS = {
    "verre": ("pour", 12.5),
    "verre 12cl": ("pour", 12),
    "verre 15cl": ("pour", 15),
    "coupe": ("pour", 12.5),
    "pot": ("pour", 46),
    "fillette": ("pour", 23),
    "1/2 btl": ("bottle", 37.5),
    "mag": ("bottle", 150),
    "btl": ("bottle", None),
    "dose": ("pour", 4),
    "2cl": ("pour", 2),
    "4cl": ("pour", 4),
    "6cl": ("pour", 6),
    "demi": ("draught", 25),
    "pinte": ("draught", 50),
    "25cl": ("bottle", 25),
    "33cl": ("bottle", 33),
    "50cl": ("bottle", 50),
    "70cl": ("bottle", 70),
    "1l": ("bottle", 100),
}
W_MEAS = {
    "Verre": ("pour", 12.5),
    "Verre 12 cl": ("pour", 12),
    "Verre 15 cl": ("pour", 15),
    "Coupe 12,5 cl": ("pour", 12.5),
    "Pot Lyonnais 46 cl": ("pour", 46),
    "Fillette 23 cl": ("pour", 23),
    "Demi-Bouteille 37,5 cl": ("bottle", 37.5),
    "Magnum 150 cl": ("bottle", 150),
    "Clavelin 62 cl": ("bottle", 62),
    "Bouteille 75 cl": ("bottle", 75),
    "Dose 4 cl": ("pour", 4),
    "Dose 2 cl": ("pour", 2),
    "Dose 6 cl": ("pour", 6),
    "Demi 25 cl": ("draught", 25),
    "Pinte 50 cl": ("draught", 50),
    "Bouteille 25 cl": ("bottle", 25),
    "Bouteille 33 cl": ("bottle", 33),
    "Bouteille 50 cl": ("bottle", 50),
    "Bouteille 70 cl": ("bottle", 70),
    "Bouteille 1 L": ("bottle", 100),
}


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def read_label(c):
    """(vintage, measure (kind, cl) or None, family) read back from the label alone."""
    lab, conn = c["label"], c["connection"]
    if conn == "R":
        fam, _, rest = lab.partition(".")
        toks = rest.split()
        vint = None
        if toks and re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
            toks = toks[:-1]
        meas = None
        if toks and toks[0] in R_PRE:
            meas = R_PRE[toks[0]]
        elif toks and toks[-1] in R_POST:
            meas = R_POST[toks[-1]]
        return vint, meas, fam
    if conn == "T":
        m = re.search(r"'(\d\d)\b", lab)
        vint = 2000 + int(m.group(1)) if m else None
        body = re.sub(r" \d+,\d\d$", "", lab)
        meas = None
        for word in sorted(T_MEAS, key=len, reverse=True):
            if body.endswith(" " + word):
                meas = T_MEAS[word]
                break
        return vint, meas, None
    parts = lab.split(" – ")
    m = re.search(r"Millésime (\d{4})", lab)
    vint = int(m.group(1)) if m else None
    return vint, W_MEAS.get(parts[-1]), None


def main():
    errs = []
    lib = load("lyon_library.jsonl")
    cases = load("lyon_cases.jsonl")
    by_id = {}
    for i, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            errs.append(f"library fields {e}")
        if e["id"] != "y%03d" % i:
            errs.append("id out of sequence: {}".format(e["id"]))
        if e["colour"] not in COLOURS or e["category"] not in CATS:
            errs.append("colour/category {}".format(e["id"]))
        if e["vintage"] is not None and not (1900 < e["vintage"] < 2030):
            errs.append("vintage {}".format(e["id"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("format {}".format(e["id"]))
        by_id[e["id"]] = e
    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
    same = {}
    for e in lib:
        same.setdefault(wine(e), []).append(e)
    if len({(wine(e), e["vintage"]) for e in lib}) != len(lib):
        errs.append("duplicate library entry")
    if not 130 <= len(lib) <= 180:
        errs.append("library size %d" % len(lib))

    labels = set()
    for c in cases:
        lab = c["label"]
        where = "[{}] {}".format(c.get("connection"), lab)
        if list(c) != CASE_FIELDS:
            errs.append(f"case fields {where}")
            continue
        if lab in labels:
            errs.append(f"duplicate label {where}")
        labels.add(lab)
        conn = c["connection"]
        # till habits
        if conn == "R":
            if (
                len(lab) > WIDTH_R
                or lab != lab.upper()
                or not lab.isascii()
                or "'" in lab
                or "-" in lab
                or not re.match(r"^({})\.\S".format("|".join(R_FAM)), lab)
            ):
                errs.append(f"R habit {where}")
        elif conn == "T":
            if (
                not re.search(r" \d{1,3},\d\d$", lab)
                or lab[1:] != lab[1:].lower()
                or re.search(r"\b20\d\d\b", lab)
            ):
                errs.append(f"T habit {where}")
        elif conn == "W":
            parts = lab.split(" – ")
            if (
                len(parts) < 2
                or re.search(r"\d,\d\d$", lab)
                or re.search(r"'\d\d", lab)
                or any(not p[:1].isupper() and p[:1] not in "«" for p in parts)
            ):
                errs.append(f"W habit {where}")
        else:
            errs.append(f"connection {where}")
        vint, meas, fam = read_label(c)
        if c["vintage"] != vint:
            errs.append("vintage {}: case {}, label {}".format(where, c["vintage"], vint))
        exp = c["expect"]
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(f"none with an answer {where}")
            continue
        if exp not in ("yes", "almost"):
            errs.append(f"expect {where}")
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append(f"unknown id {where}")
            continue
        sibs = same[wine(e)]
        others = sorted(s["id"] for s in sibs if s is not e)
        held = [s["vintage"] for s in sibs]
        if any(i not in by_id for i in c["also_ok"]):
            errs.append(f"unknown also_ok {where}")
        if exp == "yes" and vint is not None:
            if e["vintage"] != vint or c["also_ok"]:
                errs.append(f"yes vintage {where}")
        elif exp == "yes":
            if e["vintage"] != max(held, key=lambda v: v or 0) or sorted(c["also_ok"]) != others:
                errs.append(f"yes without vintage: most recent, others in also_ok {where}")
        else:
            if vint is None or vint in held:
                errs.append(f"almost needs a vintage not held {where}")
            else:
                best = min(held, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best or sorted(c["also_ok"]) != others:
                    errs.append(f"almost: nearest vintage (tie: more recent) {where}")
        if fam and R_FAM.get(fam) and e["colour"] not in R_FAM[fam]:
            errs.append(f"family says another colour {where}")
        # format and units
        fmts = {
            s["format_cl"]
            for s in lib
            if (s["name"], s["producer"], s["appellation"], s["colour"]) == wine(e)[:4]
        }
        kind, cl = meas if meas else ("bottle", None)
        units = c["units_per_sale"]
        if kind == "bottle":
            want = cl
            if want is None and e["category"] in ("vin", "champagne"):
                want = 75 if 75 in fmts else (min(fmts) if len(fmts) == 1 else None)
            if (want is not None and e["format_cl"] != want) or units != 1:
                errs.append(f"bottle format/units {where}")
            if want is None and len([f for f in fmts if f < 1000]) > 1:
                errs.append(f"bottle size unclear {where}")
        elif kind == "pour":
            ordinary = 75 if 75 in fmts else (min(fmts) if len(fmts) == 1 else None)
            if e["format_cl"] != ordinary or units != round(cl / e["format_cl"], 4):
                errs.append(f"pour units {where}: {units}")
        else:
            if e["format_cl"] < 1000 or units != round(cl / e["format_cl"], 4):
                errs.append(f"draught units {where}")

    n = len(cases)
    def count(k, v):
        return sum(1 for c in cases if c[k] == v)
    if not 230 <= n <= 280:
        errs.append("case count %d" % n)
    for till in ("R", "T", "W"):
        if count("connection", till) < 40:
            errs.append(f"till {till} has too few cases")
    for e in errs:
        print(e)
    print(
        "%d drinks, %d cases: %d yes, %d almost, %d none; R %d, T %d, W %d; %d problems"
        % (
            len(lib),
            n,
            count("expect", "yes"),
            count("expect", "almost"),
            count("expect", "none"),
            count("connection", "R"),
            count("connection", "T"),
            count("connection", "W"),
            len(errs),
        )
    )
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
