"""Check the two files of the `etoile` set on their own, without the build.

    python3 check_etoile.py [library.jsonl cases.jsonl]

Reads the files as JSON Lines and checks: field order, ids z001... in sequence, colours and
categories, unique labels and entries, the vintage and the measure read back from each label
by its till's habit, `also_ok` = the other vintages of the same wine (name, producer,
appellation, colour, format), the label's vintage on the entry for `yes`, the most recent
entry without one, the nearest for `almost` (a tie goes to the more recent), the format
against the label's measure, `units_per_sale` against the measure, and each till's habits
(S: ASCII capitals, 40 characters, BIN rows; T: vintage first, measure after a comma;
B: four `;` fields, family against the entry). Prints every error, exits 1 if any.
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
FORMATS = {75, 37.5, 150, 50, 70, 100, 33}

# measure words per till -> ("bottle", format) or ("pour", volume)
S_MEAS = {
    "FILLETTE": ("bottle", 37.5),
    "MAG": ("bottle", 150),
    "50CL": ("bottle", 50),
    "CORA10": ("pour", 10),
    "CORA15": ("pour", 15),
    "CP": ("pour", 12.5),
    "2CL": ("pour", 2),
    "4CL": ("pour", 4),
}
T_MEAS = {
    "1/2 bout.": ("bottle", 37.5),
    "Mag.": ("bottle", 150),
    "50cl": ("bottle", 50),
    "1L": ("bottle", 100),
    "33cl": ("bottle", 33),
    "Coravin 10cl": ("pour", 10),
    "Coravin 15cl": ("pour", 15),
    "verre": ("pour", 12.5),
    "coupe": ("pour", 12.5),
    "2cl": ("pour", 2),
    "4cl": ("pour", 4),
}
B_MEAS = {
    "75cl": ("bottle", 75),
    "37.5cl": ("bottle", 37.5),
    "150cl": ("bottle", 150),
    "50cl": ("bottle", 50),
    "100cl": ("bottle", 100),
    "33cl": ("bottle", 33),
    "cora 10": ("pour", 10),
    "cora 15": ("pour", 15),
    "verre": ("pour", 12.5),
    "coupe": ("pour", 12.5),
    "2cl": ("pour", 2),
    "4cl": ("pour", 4),
    "": (None, None),
}
B_FAMILIES = {
    "BULLES",
    "BLANCS",
    "ROUGES",
    "DOUX",
    "DIGESTIFS",
    "EAUX",
    "SOFTS",
    "COCKTAILS",
    "CAFES THES",
    "MIGNARDISES",
    "DIVERS",
}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def load(path, fields, what):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{what}:{n}", f"bad JSON ({e})")
                continue
            if list(obj) != fields:
                err(f"{what}:{n}", f"fields {list(obj)} != {fields}")
            rows.append(obj)
    return rows


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])


def is_ascii_upper(s):
    return s == s.upper() and s.isascii()


def parse_s(label):
    """-> (measure, vintage, bin) as the register printed them."""
    toks = label.split(" ")
    bin_no, meas, vint = None, ("bottle", None), None
    if toks[0] == "BIN":
        bin_no = int(toks[1]) if re.fullmatch(r"1[1-8]\d\d", toks[1]) else -1
        rest = toks[2:]
    elif toks[0] == "CHARIOT":
        rest = toks[1:]
        meas = (None, None)
    else:
        return (None, None), None, None
    if rest and rest[0] in S_MEAS:
        meas = S_MEAS[rest[0]]
    if re.fullmatch(r"\d\d", toks[-1]):
        yy = int(toks[-1])
        vint = 2000 + yy if yy <= 30 else 1900 + yy
    return meas, vint, bin_no


def parse_t(label):
    m = re.match(r"(\d{4}|NM) ", label)
    vint = int(m.group(1)) if m and m.group(1) != "NM" else None
    meas = ("bottle", None)
    if ", " in label:
        word = label.rsplit(", ", 1)[1]
        if word in T_MEAS:
            meas = T_MEAS[word]
    return meas, vint, m.group(1) if m else None


def parse_b(label):
    f = label.split(";")
    if len(f) != 4:
        return None
    fam, name, word, price = f
    m = re.search(r" mill\. (\d{4})$", name)
    return fam, name, B_MEAS.get(word, ("?", None)), int(m.group(1)) if m else None, price


def ordinary(entries, key_wo_format):
    """The format a pour of this wine comes from: 75 cl, or the only format."""
    fmts = sorted({e["format_cl"] for e in entries if wine_key(e)[:4] == key_wo_format})
    return 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)


def check_library(lib):
    seen = set()
    for n, e in enumerate(lib, 1):
        w = f"library {e.get('id')}"
        if e["id"] != f"z{n:03d}":
            err(w, f"id out of sequence (expected z{n:03d})")
        if e["colour"] not in COLOURS:
            err(w, f"colour {e['colour']!r}")
        if e["category"] not in CATEGORIES:
            err(w, f"category {e['category']!r}")
        if e["category"] in ("spiritueux", "soft") and e["colour"] is not None:
            err(w, "a spirit or soft has a colour")
        if e["category"] in ("vin", "champagne") and e["colour"] is None:
            err(w, "a wine without colour")
        if e["format_cl"] not in FORMATS:
            err(w, f"format {e['format_cl']}")
        if not (
            e["vintage"] is None or (isinstance(e["vintage"], int) and 1950 <= e["vintage"] <= 2030)
        ):
            err(w, f"vintage {e['vintage']!r}")
        k = (*wine_key(e), e["vintage"])
        if k in seen:
            err(w, "duplicate entry (same wine, format and vintage)")
        seen.add(k)
    for k in {wine_key(e) for e in lib}:
        vs = [e["vintage"] for e in lib if wine_key(e) == k]
        if None in vs and len(vs) > 1:
            err(f"library {k[0]}", "a non-vintage wine with several entries in one format")


def check_case(n, c, lib, by_id):
    w = f"case {n} {c['label']!r}"
    till, label, exp = c["connection"], c["label"], c["expect"]
    if till not in ("S", "T", "B"):
        err(w, f"connection {till!r}")
        return
    if exp not in ("yes", "almost", "none"):
        err(w, f"expect {exp!r}")
        return
    if not c["note"]:
        err(w, "empty note")
    # --- the till's habits, and what the label says ---
    fam = None
    if till == "S":
        if not is_ascii_upper(label) or len(label) > 40 or "'" in label or "-" in label:
            err(w, "S labels are ASCII capitals, no apostrophe or hyphen, 40 characters")
        meas, vint, bin_no = parse_s(label)
        if bin_no == -1:
            err(w, "bad bin number")
    elif till == "T":
        meas, vint, _head = parse_t(label)
        if re.search(r"\d+[,.]\d\d ?€?$", label):
            err(w, "T prints no price")
    else:
        p = parse_b(label)
        if p is None:
            err(w, "B labels have four ';' fields")
            return
        fam, name, meas, vint, price = p
        if fam not in B_FAMILIES:
            err(w, f"family {fam!r}")
        if meas[0] == "?":
            err(w, "unknown B measure")
        if not re.fullmatch(r"\d+\.\d\d", price):
            err(w, f"price {price!r}")
        if name != name.lower() or not name.isascii():
            err(w, "B names are lower-case ASCII")
    if c["vintage"] != vint:
        err(w, f"vintage {c['vintage']} but the label reads {vint}")
    if "cut off by the till" in c["note"] and (till != "S" or len(label) < 38):
        err(w, "a vintage cut off on a label that was not cut")
    # --- none ---
    if exp == "none":
        if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
            err(w, "a none case has beverage_id null, also_ok [] and units null")
        return
    e = by_id.get(c["beverage_id"])
    if e is None:
        err(w, f"unknown beverage_id {c['beverage_id']}")
        return
    same = [x for x in lib if wine_key(x) == wine_key(e)]
    others = sorted(x["id"] for x in same if x is not e)
    if sorted(c["also_ok"]) != others and not (exp == "yes" and c["vintage"] is not None):
        err(w, f"also_ok {c['also_ok']} != the other vintages {others}")
    vints = [x["vintage"] for x in same]
    if exp == "yes":
        if c["vintage"] is not None:
            if e["vintage"] != c["vintage"]:
                err(w, f"yes on vintage {e['vintage']}, label says {c['vintage']}")
            if c["also_ok"]:
                err(w, "a yes whose vintage is on the label has an empty also_ok")
        elif None not in vints and e["vintage"] != max(vints):
            err(w, f"no vintage on the label: the most recent is {max(vints)}")
    else:
        if c["vintage"] is None or c["vintage"] in vints or None in vints:
            err(w, "an almost needs a label vintage the wine does not hold")
        else:
            best = min(vints, key=lambda v: (abs(v - c["vintage"]), -v))
            if e["vintage"] != best:
                err(w, f"almost on {e['vintage']}, nearest is {best}")
    # --- format and units ---
    kind, vol = meas
    if kind is None and till == "S" and label.startswith("CHARIOT"):
        m = re.match(r"CHARIOT (\d)CL ", label)
        kind, vol = ("pour", int(m.group(1))) if m else (None, None)
    if kind == "bottle":
        fmt = vol if vol is not None else 75
        if e["format_cl"] != fmt:
            err(w, f"bottle of {fmt} cl answered with a {e['format_cl']} cl entry")
        if c["units_per_sale"] != 1:
            err(w, "a bottle sale is 1 unit")
    elif kind == "pour":
        fmt = ordinary(lib, wine_key(e)[:4])
        if e["format_cl"] != fmt:
            err(w, f"a pour comes from the ordinary bottle ({fmt} cl), not {e['format_cl']}")
        if c["units_per_sale"] != round(vol / e["format_cl"], 4):
            err(w, f"units {c['units_per_sale']} != {vol} / {e['format_cl']}")
    else:
        err(w, "a drink answer on a label without a measure")
    # --- the till says what kind of drink it is ---
    if till == "S":
        _, _, bin_no = parse_s(label)
        if e["category"] == "spiritueux" and not label.startswith("CHARIOT "):
            err(w, "digestifs are sold from the trolley (CHARIOT)")
        if e["category"] in ("vin", "champagne"):
            row = (bin_no or 0) // 100
            want = {37.5: 17, 150: 18}.get(e["format_cl"])
            if (want and row != want) or (not want and row in (17, 18)):
                err(w, f"bin row {row} does not fit a {e['format_cl']} cl bottle")
    if till == "B":
        want = (
            "BULLES"
            if e["colour"] == "effervescent"
            or e["category"] == "champagne"
            or (e["colour"] == "rosé")
            else {"blanc": "BLANCS", "rouge": "ROUGES", "liquoreux": "DOUX"}.get(e["colour"])
        )
        if e["category"] == "spiritueux":
            want = "DIGESTIFS"
        if e["category"] == "soft":
            want = ("SOFTS", "EAUX")
        if fam not in (want if isinstance(want, tuple) else (want,)):
            err(w, f"family {fam} does not fit the entry ({e['colour']}, {e['category']})")


def check_bins(cases, by_id):
    """One bin is one wine and format: every answer under a bin is the same wine."""
    seen = {}
    for c in cases:
        if (
            c["connection"] != "S"
            or not c["label"].startswith("BIN ")
            or c["beverage_id"] not in by_id
        ):
            continue
        b = c["label"].split()[1]
        k = wine_key(by_id[c["beverage_id"]])
        if seen.setdefault(b, k) != k:
            err(f"bin {b}", f"two wines under one bin: {seen[b]} and {k}")


def main():
    lib_path = sys.argv[1] if len(sys.argv) > 2 else os.path.join(HERE, "etoile_library.jsonl")
    case_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "etoile_cases.jsonl")
    lib = load(lib_path, LIB_FIELDS, "library")
    cases = load(case_path, CASE_FIELDS, "cases")
    by_id = {e["id"]: e for e in lib}
    check_library(lib)
    labels = [c["label"] for c in cases]
    for lab in {x for x in labels if labels.count(x) > 1}:
        err("cases", f"duplicate label {lab!r}")
    for n, c in enumerate(cases, 1):
        if list(c) == CASE_FIELDS:
            check_case(n, c, lib, by_id)
    check_bins(cases, by_id)
    n = len(cases)
    nn = sum(c["expect"] == "none" for c in cases)
    if not (120 <= len(lib) <= 160) or not (250 <= n <= 280) or not (0.35 <= nn / n <= 0.40):
        err("counts", f"library {len(lib)}, cases {n}, none {nn}")
    for e in errors:
        print(e)
    print(
        f"{len(errors)} error(s); library {len(lib)}, cases {n} "
        f"({nn} none, {100 * nn / max(n, 1):.1f} %)"
    )
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
