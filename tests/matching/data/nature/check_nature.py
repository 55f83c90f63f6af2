"""Checks nature_library.jsonl and nature_cases.jsonl on their own (no build import).

python3 check_nature.py [library.jsonl cases.jsonl]  -- prints problems, exit 1 if any.
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
R_FAM = {
    "RG": lambda e: e["colour"] == "rouge" and e["category"] == "vin",
    "BL": lambda e: e["colour"] in ("blanc", "liquoreux") and e["category"] == "vin",
    "OR": lambda e: e["colour"] == "blanc" and e["category"] == "vin",
    "RS": lambda e: e["colour"] == "rosé" and e["category"] == "vin",
    "BU": lambda e: (
        e["colour"] in ("effervescent", "rosé") and e["category"] in ("vin", "champagne")
    ),
    "CI": lambda e: e["category"] == "autre" and e["colour"] is None,
    "BI": lambda e: e["category"] == "bière",
    "AP": lambda e: e["category"] in ("autre", "spiritueux"),
    "SP": lambda e: e["category"] == "spiritueux",
    "SA": lambda e: e["category"] == "soft",
    "CU": None,
    "CA": None,
    "DV": None,
}
# measure words: pours (cl) and bottle formats (cl)
G_POUR = {
    "gl": 12.5,
    "gl10": 10,
    "coupe": 12.5,
    "car25": 25,
    "car50": 50,
    "dose": 4,
    "2cl": 2,
    "6cl": 6,
}
G_DRAUGHT = {"demi": 25, "pinte": 50}
G_FMT = {
    "mag": 150,
    "1/2": 37.5,
    "62cl": 62,
    "75cl": 75,
    "33cl": 33,
    "37,5cl": 37.5,
    "27,5cl": 27.5,
    "1l": 100,
    "50cl": 50,
    "70cl": 70,
}
R_POUR = {
    "VRE": 12.5,
    "VRE10": 10,
    "CP": 12.5,
    "CAR25": 25,
    "CAR50": 50,
    "DOSE": 4,
    "2CL": 2,
    "6CL": 6,
}
R_DRAUGHT = {"DEMI": 25, "PINTE": 50}
R_FMT = {
    "MAG": 150,
    "1/2": 37.5,
    "62CL": 62,
    "75CL": 75,
    "33CL": 33,
    "37.5CL": 37.5,
    "27.5CL": 27.5,
    "1L": 100,
    "50CL": 50,
    "70CL": 70,
}
K_FMT = {
    "150cl": 150,
    "75cl": 75,
    "62cl": 62,
    "37,5cl": 37.5,
    "100cl": 100,
    "33cl": 33,
    "27,5cl": 27.5,
    "70cl": 70,
    "50cl": 50,
}


def has_accent(s):
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFKD", s)) or "œ" in s


def parse(case):
    """(vintage, kind, value, problems) read from the label by its till's habits."""
    lab, conn, probs = case["label"], case["connection"], []
    kind, val, vint = "btl", None, None
    if conn == "G":
        if lab != lab.lower() or has_accent(lab):
            probs.append("G label not lower case without accents")
        m = re.fullmatch(r"(.+) @(\d+)\.(\d\d)", lab)
        if not m:
            probs.append("G label without its @price")
            return None, kind, val, probs
        words = m.group(1).split(" ")
        vm = [w for w in words if re.fullmatch(r"'\d\d", w)]
        vint = 2000 + int(vm[0][1:]) if vm else None
        last = words[-1]
        if last in G_POUR:
            kind, val = "pour", G_POUR[last]
        elif last in G_DRAUGHT:
            kind, val = "draught", G_DRAUGHT[last]
        elif last in G_FMT:
            kind, val = "btl", G_FMT[last]
    elif conn == "R":
        if len(lab) > 25:
            probs.append("R label longer than 25")
        if lab != lab.upper() or has_accent(lab) or "'" in lab:
            probs.append("R label not upper case ASCII without apostrophes")
        m = re.fullmatch(r"([A-Z]{2})#(.+)", lab)
        if not m or m.group(1) not in R_FAM:
            probs.append("R label without its family#")
            return None, kind, val, probs
        words = m.group(2).split(" ")
        if re.fullmatch(r"\d\d", words[-1]):
            vint = 2000 + int(words.pop())
        first, last = words[0], words[-1]
        if first in R_POUR:
            kind, val = "pour", R_POUR[first]
        elif first in R_FMT:
            kind, val = "btl", R_FMT[first]
        if last in R_POUR:
            kind, val = "pour", R_POUR[last]
        elif last in R_DRAUGHT:
            kind, val = "draught", R_DRAUGHT[last]
        elif last in R_FMT:
            kind, val = "btl", R_FMT[last]
    elif conn == "K":
        f = lab.split(" — ")
        if len(f) < 2:
            probs.append("K label without ' — ' fields")
            return None, kind, val, probs
        if f[-1] in K_FMT:
            val = K_FMT[f[-1]]
        elif f[-1] == "unité":
            kind = "item"
        else:
            probs.append("K label without its format field")
        if len(f) >= 3 and re.fullmatch(r"\d{4}", f[-2]):
            vint = int(f[-2])
        elif len(f) >= 3 and f[-2] == "NM":
            pass
    else:
        probs.append(f"unknown connection {conn!r}")
    return vint, kind, val, probs


def main(lib_path, cases_path):
    errs = []
    lib = []
    for n, line in enumerate(open(lib_path, encoding="utf-8"), 1):
        e = json.loads(line)
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (n, list(e)))
        if e["id"] != "n%03d" % n:
            errs.append("library line %d: id %s out of sequence" % (n, e["id"]))
        if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
            errs.append("library {}: colour/category".format(e["id"]))
        if not isinstance(e["format_cl"], (int, float)) or not (
            e["vintage"] is None or isinstance(e["vintage"], int)
        ):
            errs.append("library {}: format or vintage type".format(e["id"]))
        lib.append(e)
    byid = {e["id"]: e for e in lib}
    def same(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
    wines = {}
    for e in lib:
        wines.setdefault(same(e), []).append(e)
    for k, es in wines.items():
        if len({x["vintage"] for x in es}) != len(es):
            errs.append(f"library: duplicate vintage of {k}")
    if not 130 <= len(lib) <= 180:
        errs.append("library has %d drinks" % len(lib))

    seen = set()
    cases = [json.loads(l) for l in open(cases_path, encoding="utf-8")]
    for n, c in enumerate(cases, 1):
        where = "case %d %r" % (n, c.get("label"))
        if list(c) != CASE_FIELDS:
            errs.append(f"{where}: fields {list(c)}")
            continue
        if c["label"] in seen:
            errs.append(f"{where}: duplicate label")
        seen.add(c["label"])
        vint, kind, val, probs = parse(c)
        errs += [f"{where}: {p}" for p in probs]
        if vint != c["vintage"]:
            errs.append("{}: vintage {}, label says {}".format(where, c["vintage"], vint))
        if c["expect"] == "none":
            if (
                c["beverage_id"] is not None
                or c["also_ok"] != []
                or c["units_per_sale"] is not None
            ):
                errs.append(f"{where}: none with an answer")
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append("{}: expect {!r}".format(where, c["expect"]))
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(f"{where}: unknown beverage_id")
            continue
        sib = [x for x in wines[same(e)] if x["id"] != e["id"]]
        if any(a not in byid for a in c["also_ok"]):
            errs.append(f"{where}: unknown id in also_ok")
            continue
        # also_ok = the other vintages of the same wine in the same format
        want_also = (
            []
            if (c["expect"] == "yes" and c["vintage"] is not None)
            else sorted(x["id"] for x in sib)
        )
        if sorted(c["also_ok"]) != want_also:
            errs.append("{}: also_ok {}, expected {}".format(where, c["also_ok"], want_also))
        dated = sorted(x["vintage"] for x in wines[same(e)] if x["vintage"] is not None)
        if c["expect"] == "yes":
            if c["vintage"] is not None and e["vintage"] != c["vintage"]:
                errs.append("{}: yes but entry vintage {}".format(where, e["vintage"]))
            if c["vintage"] is None and dated and e["vintage"] != dated[-1]:
                errs.append(f"{where}: no vintage on the label but not the most recent")
        else:
            v = c["vintage"]
            if v is None or v in dated or not dated:
                errs.append(f"{where}: almost without a missing vintage")
            else:
                best = min(dated, key=lambda x: (abs(x - v), -x))
                if e["vintage"] != best:
                    errs.append(
                        "{}: almost points at {}, nearest is {}".format(where, e["vintage"], best)
                    )
        # formats and units
        fmt = e["format_cl"]
        others = {
            x["format_cl"]
            for x in lib
            if (x["name"], x["producer"], x["colour"]) == (e["name"], e["producer"], e["colour"])
        }
        if kind == "btl":
            if val is not None and fmt != val:
                errs.append(f"{where}: format word {val} but entry {fmt} cl")
            if val is None and fmt != 75 and len(others) != 1:
                errs.append(f"{where}: no format word but entry {fmt} cl")
            if c["units_per_sale"] != 1:
                errs.append("{}: bottle with units {}".format(where, c["units_per_sale"]))
        elif kind == "pour":
            if fmt in (150,) or (fmt != 75 and 75 in others) or fmt >= 1000:
                errs.append(f"{where}: pour from a {fmt} cl entry")
            if c["units_per_sale"] != round(val / fmt, 4):
                errs.append(
                    "{}: units {}, expected {}".format(where, c["units_per_sale"], round(val / fmt, 4))
                )
        elif kind == "draught":
            if fmt < 1000:
                errs.append(f"{where}: draught measure from a bottle")
            elif c["units_per_sale"] != round(val / fmt, 4):
                errs.append(
                    "{}: units {}, expected {}".format(where, c["units_per_sale"], round(val / fmt, 4))
                )
        else:
            errs.append(f"{where}: item answered as a drink")
        if c["connection"] == "R":
            fam = c["label"].split("#")[0]
            test = R_FAM.get(fam)
            if test is None or not test(e):
                errs.append(f"{where}: family {fam} does not fit the entry")
    from collections import Counter

    cnt = Counter(c["expect"] for c in cases)
    if not 230 <= len(cases) <= 280:
        errs.append("%d cases" % len(cases))
    for p in errs:
        print(p)
    print(
        "%d drinks, %d cases %s, by till %s: %s"
        % (
            len(lib),
            len(cases),
            dict(cnt),
            dict(Counter(c["connection"] for c in cases)),
            "%d problems" % len(errs) if errs else "OK",
        )
    )
    return 1 if errs else 0


if __name__ == "__main__":
    a = sys.argv[1:] or [
        os.path.join(HERE, "nature_library.jsonl"),
        os.path.join(HERE, "nature_cases.jsonl"),
    ]
    sys.exit(main(*a))
