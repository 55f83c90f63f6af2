"""Check bordeaux_library.jsonl and bordeaux_cases.jsonl on their own (without the build):

python3 check_bordeaux.py   -> prints the problems found, exits 1 if any.

JSON shape and field order, ids, colours and categories, unique labels; the vintage read
back from the label (R: two digits at the end of a wine label, four on an armagnac; T:
'yy, or a year on a spirit; C: the four-digit year before the volume); the format from the
label (MAG / magnum / 150cl, 1/2 / 1/2 btl / 37,5cl, 50CL, 33CL, 1L, 70cl); also_ok = the other
vintages of the same wine (name, producer, appellation, colour, format), empty when the
label's vintage is held; yes = the label's vintage, or the most recent without one; almost = the nearest (a tie to the more recent);
units_per_sale against the measure on the label; each till's habits.
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
R_FAMS = {
    "RG",
    "BL",
    "RS",
    "LQ",
    "BU",
    "AP",
    "CO",
    "AR",
    "RH",
    "WH",
    "PR",
    "BB",
    "SF",
    "CA",
    "CU",
    "DV",
}
R_FAM_COLOUR = {
    "RG": {"rouge"},
    "BL": {"blanc"},
    "RS": {"rosé"},
    "LQ": {"liquoreux"},
    "BU": {"effervescent", "rosé"},
}
R_FAM_CAT = {
    "AP": "autre",
    "CO": "spiritueux",
    "AR": "spiritueux",
    "RH": "spiritueux",
    "WH": "spiritueux",
    "PR": "bière",
    "BB": "bière",
    "SF": "soft",
}
R_PRE = {
    "VRE": ("pour", 12.5),
    "VRE15": ("pour", 15),
    "CAR50": ("pour", 50),
    "CAR25": ("pour", 25),
    "CP": ("pour", 12.5),
    "1/2": ("fmt", 37.5),
    "MAG": ("fmt", 150),
    "50CL": ("fmt", 50),
}
R_POST = {
    "DOSE": ("pour", 4),
    "4CL": ("pour", 4),
    "2CL": ("pour", 2),
    "6CL": ("pour", 6),
    "DEMI": ("draught", 25),
    "PINTE": ("draught", 50),
    "33CL": ("fmt", 33),
    "50CL": ("fmt", 50),
    "20CL": ("fmt", 20),
    "25CL": ("fmt", 25),
    "1L": ("fmt", 100),
    "70CL": ("fmt", 70),
}
T_MEAS = [
    ("verre 15cl", ("pour", 15)),
    ("carafe 50cl", ("pour", 50)),
    ("carafe 25cl", ("pour", 25)),
    ("1/2 btl", ("fmt", 37.5)),
    ("magnum", ("fmt", 150)),
    ("verre", ("pour", 12.5)),
    ("coupe", ("pour", 12.5)),
    ("dose", ("pour", 4)),
    ("4cl", ("pour", 4)),
    ("2cl", ("pour", 2)),
    ("6cl", ("pour", 6)),
    ("demi", ("draught", 25)),
    ("pinte", ("draught", 50)),
    ("33cl", ("fmt", 33)),
    ("50cl", ("fmt", 50)),
    ("20cl", ("fmt", 20)),
    ("25cl", ("fmt", 25)),
    ("1l", ("fmt", 100)),
    ("70cl", ("fmt", 70)),
    ("btl", ("bottle", None)),
]


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def read_r(label):
    fam, body = label[:2], label[3:]
    toks = body.split(" ")
    measure = ("bottle", None)
    if toks and toks[0] in R_PRE:
        measure = R_PRE[toks[0]]
    vintage = None
    if fam == "AR":
        ys = [t for t in toks if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", t)]
        vintage = int(ys[-1]) if ys else None
    elif fam in R_FAM_COLOUR and len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        vintage = 2000 + int(toks[-1])
    if measure == ("bottle", None) and toks[-1] in R_POST:
        measure = R_POST[toks[-1]]
    return fam, measure, vintage


def read_t(label):
    body = label.rsplit(" ", 1)[0]
    vintage = None
    m = re.search(r"'(\d\d)\b", body)
    if m:
        vintage = 2000 + int(m.group(1))
    else:
        ys = re.findall(r"\b(19[5-9]\d|20[0-3]\d)\b", body)
        vintage = int(ys[-1]) if ys else None
    measure = ("bottle", None)
    for word, meas in T_MEAS:
        if body.endswith(" " + word):
            measure = meas
            break
    return measure, vintage


def read_c(label):
    m = re.search(r" (\d+(?:,5)?)cl$", label)
    fmt = float(m.group(1).replace(",", ".")) if m else None
    y = re.search(r" (19[5-9]\d|20[0-3]\d) \d+(?:,5)?cl$", label)
    return ("fmt", fmt), int(y.group(1)) if y else None


def main():
    errs = []
    lib = load("bordeaux_library.jsonl")
    cases = load("bordeaux_cases.jsonl")
    by_id = {}
    for i, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            errs.append(f"library fields {e!r}")
        if e["id"] != "b%03d" % i:
            errs.append("id out of sequence {}".format(e["id"]))
        if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
            errs.append(f"colour/category {e!r}")
        if (e["colour"] is None) != (e["category"] not in ("vin", "champagne")):
            errs.append(f"colour vs category {e!r}")
        if not (e["vintage"] is None or isinstance(e["vintage"], int)):
            errs.append(f"vintage {e!r}")
        by_id[e["id"]] = e
    same = {}
    for e in lib:
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        same.setdefault(k, []).append(e)
    keys = [
        (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        for e in lib
    ]
    if len(keys) != len(set(keys)):
        errs.append("duplicate library entries")

    def wine_of(e):
        return same[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])]

    def formats_of(e):
        return {
            x["format_cl"]
            for x in lib
            if (x["name"], x["producer"], x["appellation"], x["colour"])
            == (e["name"], e["producer"], e["appellation"], e["colour"])
        }

    labels = set()
    for c in cases:
        lab = c.get("label")
        where = "{} {!r}".format(c.get("connection"), lab)
        if list(c) != CASE_FIELDS:
            errs.append(f"{where}: fields {list(c)!r}")
            continue
        if lab in labels:
            errs.append(f"{where}: duplicate label")
        labels.add(lab)
        till = c["connection"]
        # till habits and what the label says
        if till == "R":
            if len(lab) > 22 or lab != lab.strip():
                errs.append(f"{where}: wider than 22 or padded")
            if not re.fullmatch(r"[A-Z]{2}\.[A-Z0-9 /]+", lab) or lab[:2] not in R_FAMS:
                errs.append(f"{where}: not R's style (upper ASCII, family code and a dot)")
            fam, measure, lv = read_r(lab)
        elif till == "T":
            if lab != lab.lower() or not re.search(r" \d{1,3},\d\d$", lab):
                errs.append(f"{where}: not T's style (lower case, price at the end)")
            fam = None
            measure, lv = read_t(lab)
        elif till == "C":
            if not re.fullmatch(r"[A-ZÉÈÊÀÂÔÎÛÇ' -]+ .+ \d+(,5)?cl", lab) or re.search(
                r"\d,\d\d$", lab
            ):
                errs.append(f"{where}: not C's style (shelf in capitals, volume last)")
            fam = None
            measure, lv = read_c(lab)
        else:
            errs.append(f"{where}: unknown connection")
            continue
        if c["vintage"] != lv:
            errs.append("{}: vintage {!r}, label says {!r}".format(where, c["vintage"], lv))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(f"{where}: none with an answer")
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append("{}: expect {!r}".format(where, c["expect"]))
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append(f"{where}: unknown id")
            continue
        if fam in R_FAM_COLOUR and e["colour"] not in R_FAM_COLOUR[fam]:
            errs.append("{}: family {} but colour {}".format(where, fam, e["colour"]))
        if fam in R_FAM_CAT and e["category"] != R_FAM_CAT[fam]:
            errs.append("{}: family {} but category {}".format(where, fam, e["category"]))
        wine = wine_of(e)
        others = sorted(x["id"] for x in wine if x["id"] != e["id"])
        if c["expect"] == "yes" and lv is not None:
            others = []  # the label's vintage is held: that entry only
        if sorted(c["also_ok"]) != others:
            errs.append("{}: also_ok {!r}, expected {!r}".format(where, c["also_ok"], others))
        vints = [x["vintage"] for x in wine]
        if c["expect"] == "yes":
            if lv is not None and e["vintage"] != lv:
                errs.append("{}: yes but entry vintage {!r}".format(where, e["vintage"]))
            if lv is None and None not in vints and e["vintage"] != max(vints):
                errs.append(f"{where}: no vintage on label but not the most recent")
        else:
            if lv is None or lv in vints:
                errs.append(f"{where}: almost without a missing label vintage")
            else:
                best = min(vints, key=lambda v: (abs(v - lv), -v))
                if e["vintage"] != best:
                    errs.append(
                        "{}: almost not the nearest ({!r}, want {!r})".format(where, e["vintage"], best)
                    )
        # format and units
        kind, vol = measure
        fmts = formats_of(e)
        fc = e["format_cl"]
        units = c["units_per_sale"]
        if kind == "draught":
            if fc < 1000 or abs(units - round(vol / fc, 4)) > 1e-9:
                errs.append(f"{where}: draught measure, entry {fc} cl, units {units!r}")
        elif kind == "pour":
            ordinary = (
                75
                if 75 in fmts
                else (
                    min(f for f in fmts if f < 1000)
                    if len([f for f in fmts if f < 1000]) == 1
                    else None
                )
            )
            if fc != ordinary:
                errs.append(
                    f"{where}: a pour must use the ordinary bottle ({ordinary!r}), got {fc}"
                )
            if abs(units - round(vol / fc, 4)) > 1e-9:
                errs.append(f"{where}: units {units!r}, want {round(vol / fc, 4)!r}")
        else:
            if units != 1:
                errs.append(f"{where}: a bottle sale with units {units!r}")
            if kind == "fmt" and fc != vol:
                errs.append(f"{where}: label format {vol}, entry {fc}")
            if kind == "bottle":
                bottles = [f for f in fmts if f < 1000]
                want = 75 if 75 in fmts else (bottles[0] if len(bottles) == 1 else None)
                if fc != want:
                    errs.append(f"{where}: no format on label, entry {fc} cl (want {want!r})")
    for e in errs:
        print(e)
    from collections import Counter

    print(
        "%d drinks, %d cases, %s, %d problems"
        % (
            len(lib),
            len(cases),
            dict(Counter((c["connection"], c["expect"]) for c in cases)),
            len(errs),
        )
    )
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
