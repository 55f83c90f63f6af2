"""Check porto_library.jsonl and porto_cases.jsonl on their own (python3, stdlib only).

Usage: python3 check_porto.py [folder]   (default: this script's folder)
Reads only the two files, never the build: every rule is re-derived from the label.
Exit status 1 and one line per error when something is wrong.
"""

import json
import os
import re
import sys

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
WIDTH_F = 24
FAMILIES = {
    "PT": ("liquoreux", "Porto"),
    "MA": ("liquoreux", "Madeira"),
    "MO": ("liquoreux", "Moscatel de Setúbal"),
    "RG": ("rouge", None),
    "BL": ("blanc", None),
    "RS": ("rosé", None),
    "EF": ("effervescent", None),
    "EV": (None, "spiritueux"),
    "LQ": (None, "spiritueux"),
    "BI": (None, "bière"),
    "SF": (None, "soft"),
    "CU": None,
    "CA": None,
    "CK": None,
    "DV": None,
}
G_POURS = {"copo": 12.5, "cálice": 6, "copinho": 4, "jarro": 50, "meio jarro": 25}
G_DRAUGHT = {"imperial": 20, "fino": 20, "caneca": 50}
F_POURS = {"VRE": 12.5, "6CL": 6, "4CL": 4, "PICH50": 50, "PICH25": 25}
F_DRAUGHT = {"PR20": 20, "PR50": 50}
C_POURS = {"glass", "shot", "carafe"}

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def load(path, fields, where):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for k, line in enumerate(fh, 1):
            try:
                row = json.loads(line)
            except ValueError as e:
                err("%s:%d" % (where, k), "invalid JSON (%s)" % e)
                continue
            if list(row) != fields:
                err("%s:%d" % (where, k), "fields %s, expected %s" % (list(row), fields))
            rows.append(row)
    return rows


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])


def age_of_name(name):
    m = re.search(r"\b(\d+) Anos\b", name)
    return int(m.group(1)) if m else None


def ean_ok(code):
    total = sum(int(d) * (1 if k % 2 == 0 else 3) for k, d in enumerate(code[:12]))
    return (10 - total % 10) % 10 == int(code[12])


def read_label(c):
    """(vintage, age, measure) from the label by its till's habit.
    measure = (kind, volume) with kind bottle / pour / draught, volume None for the
    ordinary 75 cl bottle; or None when the label carries no measure."""
    label, till = c["label"], c["connection"]
    words = label.split()
    if till == "G":
        years = [int(w) for w in words if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", w)]
        ages = re.findall(r"\b(\d+) anos\b", label)
        size = [w for w in words if re.fullmatch(r"\d+(cl|l)", w)]
        sz = None
        if size:
            sz = (
                float(size[0][:-1]) * 100
                if size[0].endswith("l") and not size[0].endswith("cl")
                else float(size[0][:-2])
            )
        if label.startswith("meia garrafa"):
            meas = ("bottle", 37.5)
        elif label.startswith("meio jarro"):
            meas = ("pour", 25)
        elif words[0] == "garrafa":
            meas = ("bottle", sz)
        elif words[0] == "magnum":
            meas = ("bottle", 150)
        elif words[0] == "mini":
            meas = ("bottle", 25)
        elif words[0] == "lata":
            meas = ("bottle", 33)
        elif words[0] in G_POURS:
            meas = ("pour", G_POURS[words[0]])
        elif words[0] in G_DRAUGHT:
            meas = ("draught", G_DRAUGHT[words[0]])
        else:
            meas = None
        if re.search(r"\d+[AY]\b", label):
            err(label, "G writes ages as 'N anos'")
        vint = years[0] if len(years) == 1 else None
        if len(years) > 1:
            err(label, "two vintages")
    elif till == "F":
        fam, rest = label.split("=", 1)
        toks = rest.split()
        vint = None
        if len(words) > 1 and re.fullmatch(r"\d\d", words[-1]):
            yy = int(words[-1])
            vint = (1900 if yy > 30 else 2000) + yy
        ages = re.findall(r"\b(\d+)A\b", rest)
        sizes = [t for t in toks[1:] if re.fullmatch(r"\d+CL|1L", t)]
        if toks and toks[0] in F_POURS:
            meas = ("pour", F_POURS[toks[0]])
        elif toks and toks[0] in F_DRAUGHT:
            meas = ("draught", F_DRAUGHT[toks[0]])
        elif toks and toks[0] == "1/2BTL":
            meas = ("bottle", 37.5)
        elif toks and toks[0] == "MAG":
            meas = ("bottle", 150)
        elif sizes:
            meas = ("bottle", 100.0 if sizes[0] == "1L" else float(sizes[0][:-2]))
        elif FAMILIES.get(fam):
            meas = ("bottle", None)
        else:
            meas = None
        if re.search(r"\b\d{4}\b", rest) or re.search(r"\d+ ANOS|\d+Y\b", rest):
            err(label, "F writes two-digit vintages and ages as 'NA'")
    else:
        body = words[1:]
        years = [int(w) for w in body if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", w)]
        vint = years[0] if len(years) == 1 else None
        ages = re.findall(r"\b(\d+)Y\b", label)
        meas = None
        if body and re.fullmatch(r"[\d.]+cl", body[-1]):
            vol = float(body[-1][:-2])
            prev = body[-2] if len(body) > 1 else ""
            if prev == "draught":
                meas = ("draught", vol)
            elif prev in C_POURS:
                meas = ("pour", vol)
            else:
                meas = ("bottle", vol)
        if re.search(r"\d+ [Aa]nos\b|\d+A\b", label):
            err(label, "C writes ages as 'NY'")
    return vint, [int(a) for a in ages], meas


def check_till_habits(c, meas):
    label, till = c["label"], c["connection"]
    if till == "G":
        if label != label.lower():
            err(label, "G is lower case")
        if "=" in label or re.match(r"\d{13} ", label):
            err(label, "not a G label")
        if c["expect"] != "none" and meas is None:
            err(label, "a G drink starts with its measure word")
    elif till == "F":
        m = re.fullmatch(r"([A-Z]{2})=(.+)", label)
        if not m or m.group(1) not in FAMILIES:
            err(label, "F labels start with a family code and '='")
        if not label.isascii() or label != label.upper():
            err(label, "F is ASCII capitals")
        if len(label) > WIDTH_F or label != label.strip():
            err(label, "F labels are cut at %d characters" % WIDTH_F)
    elif till == "C":
        m = re.match(r"(\d{13}) \S", label)
        if not m or not ean_ok(m.group(1)):
            err(label, "C labels start with a valid EAN-13")
        else:
            bottle = meas is not None and meas[0] == "bottle"
            if bottle != (m.group(1)[:3] in ("560", "544")):
                err(label, "bottles carry a 560/544 EAN, pours and others a 21 code")
            if not bottle and not m.group(1).startswith("21"):
                err(label, "in-store codes start with 21")
    else:
        err(label, "unknown connection %r" % till)


def main(folder):
    lib = load(os.path.join(folder, "porto_library.jsonl"), LIB_FIELDS, "library")
    cases = load(os.path.join(folder, "porto_cases.jsonl"), CASE_FIELDS, "cases")
    by_id = {}
    for k, e in enumerate(lib, 1):
        if e.get("id") != "t%03d" % k:
            err("library", "id %r out of sequence (t%03d expected)" % (e.get("id"), k))
        by_id[e["id"]] = e
        if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
            err(e["id"], "colour or category")
        if (e["colour"] is None) != (e["category"] in ("spiritueux", "bière", "soft")):
            err(e["id"], "colour only on wines")
        if not (e["vintage"] is None or isinstance(e["vintage"], int)):
            err(e["id"], "vintage")
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            err(e["id"], "format_cl")
    keys = [(wine_key(e), e["vintage"]) for e in lib]
    if len(set(keys)) != len(keys):
        err("library", "duplicate entries")
    if not 120 <= len(lib) <= 160:
        err("library", "%d drinks, 120-160 expected" % len(lib))
    labels = [c["label"] for c in cases]
    for x in sorted({x for x in labels if labels.count(x) > 1}):
        err(x, "duplicate label")
    for c in cases:
        label = c["label"]
        vint, ages, meas = read_label(c)
        check_till_habits(c, meas)
        if c["vintage"] != vint:
            err(label, "vintage %r, the label says %r" % (c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                err(label, "a none case has no id, no also_ok and no units")
            continue
        if c["expect"] not in ("yes", "almost"):
            err(label, "expect %r" % c["expect"])
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            err(label, "unknown beverage_id")
            continue
        same = sorted(
            (x for x in lib if wine_key(x) == wine_key(e)), key=lambda x: x["vintage"] or 0
        )
        others = sorted(x["id"] for x in same if x is not e)
        vints = [x["vintage"] for x in same]
        if c["expect"] == "yes" and vint is not None:
            if e["vintage"] != vint or c["also_ok"]:
                err(label, "yes with a vintage: that entry, no also_ok")
        elif c["expect"] == "yes":
            if e is not same[-1] or sorted(c["also_ok"]) != others:
                err(label, "yes without vintage: the most recent, the others in also_ok")
        else:
            if vint is None or vint in vints or None in vints:
                err(label, "almost needs a label vintage the wine does not have")
            else:
                best = min(same, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))
                if e is not best:
                    err(label, "almost: nearest vintage is %s" % best["id"])
            if sorted(c["also_ok"]) != others:
                err(label, "almost: also_ok must list the other vintages")
        if ages and age_of_name(e["name"]) not in ages:
            err(label, "age %s on the label, %r held" % (ages, e["name"]))
        # format and units
        wine = [
            x
            for x in lib
            if (x["name"], x["producer"], x["colour"]) == (e["name"], e["producer"], e["colour"])
        ]
        fmts = {x["format_cl"] for x in wine if x["format_cl"] < 2000}
        ordinary = 75 if 75 in fmts else (min(fmts) if len(fmts) == 1 else None)
        if meas is None:
            err(label, "a drink without a measure")
            continue
        kind, vol = meas
        if kind == "bottle":
            want = vol if vol is not None else 75
            if e["format_cl"] != want:
                err(label, "bottle of %s cl, entry is %s cl" % (want, e["format_cl"]))
            if c["units_per_sale"] != 1:
                err(label, "a bottle is 1 unit")
        elif kind == "pour":
            if e["format_cl"] != ordinary:
                err(label, "a pour comes from the ordinary bottle (%s cl)" % ordinary)
            if c["units_per_sale"] != round(vol / e["format_cl"], 4):
                err(
                    label,
                    "units %r, expected %r" % (c["units_per_sale"], round(vol / e["format_cl"], 4)),
                )
        else:
            if e["format_cl"] < 2000:
                err(label, "draught only from a keg")
            if c["units_per_sale"] != round(vol / e["format_cl"], 4):
                err(label, "draught units")
        if c["connection"] == "F":
            fam = FAMILIES.get(label.split("=", 1)[0])
            if fam and not (
                fam[0] in (None, e["colour"]) and fam[1] in (None, e["category"], e["appellation"])
            ):
                err(label, "family code does not fit %s" % e["id"])
    n = len(cases)
    nones = sum(c["expect"] == "none" for c in cases)
    if not 250 <= n <= 280:
        err("cases", "%d cases, 250-280 expected" % n)
    if not 0.35 <= nones / max(n, 1) <= 0.41:
        err("cases", "%.1f %% none" % (100.0 * nones / max(n, 1)))
    for e in errors:
        print(e)
    print(
        "%d drinks, %d cases (%d none): %s"
        % (len(lib), n, nones, "%d errors" % len(errors) if errors else "clean")
    )
    return 1 if errors else 0


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else here))
