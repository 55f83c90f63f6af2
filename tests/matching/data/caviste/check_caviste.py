"""Check caviste_library.jsonl and caviste_cases.jsonl by themselves (not through the build).

    python3 tests/matching/data/caviste/check_caviste.py

Reads each label as a till shows it (prefix, measure, vintage, price) and checks the answer
against the bench README's rules. Exits 1 and lists the problems when there are any.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
POUR = {"VRE": 12.5, "VRE12": 12, "CARAFE25": 25, "CARAFE50": 50, "CP": 12.5, "DOSE": 4,
        "2CL": 2, "4CL": 4, "DEMI": 25, "PINTE": 50, "VERRE": 12.5, "VERRE 12CL": 12,
        "VERRE 15CL": 15, "CARAFE 25CL": 25, "CARAFE 50CL": 50, "COUPE": 12.5, "VR": 12.5,
        "VR 12CL": 12, "PICHET 25": 25, "PICHET 50": 50}
BOTTLE = {"MAG": 150, "MAGNUM": 150, "1/2": 37.5, "DEMI-BOUTEILLE": 37.5, "33CL": 33,
          "50CL": 50, "1L": 100, "70CL": 70}
KEG = 1000


def parse(label, conn):
    """(name part, measure word or None, vintage or None) as the till wrote them."""
    text = label
    if conn == "M":
        text = re.sub(r"^[A-Z]{3}\*", "", text)
    elif conn == "T":
        text = re.sub(r"^\[[^\]]+\] ", "", text)
        text = re.sub(r" \(\d+,\d\d\)$", "", text)
    else:
        text = re.sub(r" \([a-z]+\)$", "", text)
    upper = text.upper()
    measure = None
    for word in sorted({**POUR, **BOTTLE}, key=len, reverse=True):
        if upper.startswith(word + " ") or upper.endswith(" " + word):
            measure = word
            upper = upper.replace(word, " ", 1)
            break
    vintage = None
    tokens = upper.split()
    last = text.split()[-1] if text.split() else ""  # a vintage ends an M or K label
    if conn == "M" and re.fullmatch(r"\d\d", last):
        vintage = 2000 + int(last)
    if conn == "K" and re.fullmatch(r"(19|20)\d\d", last):
        vintage = int(last)
    if conn == "T":
        for tok in tokens:
            if re.fullmatch(r"'\d\d", tok):
                vintage = 2000 + int(tok[1:])
            elif re.fullmatch(r"(19|20)\d\d", tok):
                vintage = int(tok)
    return text, measure, vintage


def same_wine(a, b):
    keys = ("name", "producer", "appellation", "colour", "format_cl")
    return all(a[k] == b[k] for k in keys)


def check_case(n, case, lib, problems):
    def bad(msg):
        problems.append(f"case {n} {case.get('label')!r}: {msg}")

    if list(case) != CASE_FIELDS:
        return bad(f"fields {list(case)}")
    conn, label = case["connection"], case["label"]
    if conn not in ("M", "T", "K"):
        return bad("connection")
    if conn == "M" and (len(label) > 23 or label != label.upper()
                        or re.search(r"[À-ÿ']", label)):
        return bad("till M: over 23 characters, lower case, accent or apostrophe")
    if conn == "K" and (label != label.lower() or len(re.sub(r" \([a-z]+\)$", "", label)) > 30
                        or re.search(r"[À-ÿ]", label)):
        return bad("till K: upper case, accent or name over 30 characters")
    if conn == "T" and not re.search(r" \(\d+,\d\d\)$", label):
        return bad("till T: no price")
    _, measure, vintage = parse(label, conn)
    if case["vintage"] != vintage:
        return bad(f"vintage {case['vintage']} but the label says {vintage}")
    if case["expect"] == "none":
        if case["beverage_id"] is not None or case["also_ok"] or case["units_per_sale"] is not None:
            bad("none with an id, also_ok or units")
        return None
    if case["expect"] not in ("yes", "almost"):
        return bad("expect")
    entry = lib.get(case["beverage_id"])
    if entry is None or any(a not in lib for a in case["also_ok"]):
        return bad("unknown id")
    group = [e for e in lib.values() if same_wine(e, entry)]
    others = sorted(e["id"] for e in group if e["id"] != entry["id"])
    held = [e["vintage"] for e in group]
    if sorted(case["also_ok"]) != (others if vintage is None or case["expect"] == "almost"
                                   else []):
        bad(f"also_ok {case['also_ok']} is not the other vintages {others}")
    if case["expect"] == "yes" and vintage is not None and entry["vintage"] != vintage:
        bad("yes with a vintage that is not the entry's")
    if case["expect"] == "yes" and vintage is None and None not in held \
            and entry["vintage"] != max(held):
        bad("yes without a vintage must be the most recent")
    if case["expect"] == "almost":
        if vintage is None or vintage in held:
            bad("almost without a vintage, or with a held one")
        elif entry["vintage"] != min(held, key=lambda v: (abs(v - vintage), -v)):
            bad("almost is not the nearest vintage")
    fmt = entry["format_cl"]
    units = case["units_per_sale"]
    if measure in POUR:
        if measure in ("DEMI", "PINTE") and fmt < KEG:
            bad("draught measure on a bottle")
        if fmt in (37.5, 150):
            bad("a pour refers to the ordinary bottle, not a half or magnum")
        if units != round(POUR[measure] / fmt, 4):
            bad(f"units {units} but {measure} of {fmt} cl")
    else:
        if units != 1:
            bad(f"units {units} for a bottle")
        want = BOTTLE.get(measure)
        if want is not None and fmt != want:
            bad(f"format {fmt} but the label says {measure}")
        if want is None and (fmt in (37.5, 150) or fmt >= KEG):
            bad(f"format {fmt} without a format word")
    return None


def main():
    problems, lib = [], {}
    for n, line in enumerate((HERE / "caviste_library.jsonl").read_text("utf-8").splitlines(), 1):
        row = json.loads(line)
        if list(row) != LIB_FIELDS or row["id"] != f"c{n:03d}":
            problems.append(f"library line {n}: fields or id")
        if row["colour"] not in COLOURS or row["category"] not in CATEGORIES:
            problems.append(f"library {row['id']}: colour or category")
        lib[row["id"]] = row
    keys = [tuple(r[k] for k in LIB_FIELDS[1:]) for r in lib.values()]
    if len(set(keys)) != len(keys):
        problems.append("library: two identical entries")
    cases = [json.loads(x) for x in (HERE / "caviste_cases.jsonl").read_text("utf-8").splitlines()]
    for n, case in enumerate(cases, 1):
        check_case(n, case, lib, problems)
    counts = {}
    for c in cases:
        counts[c["expect"]] = counts.get(c["expect"], 0) + 1
    print(f"{len(lib)} drinks, {len(cases)} cases {counts}: {len(problems)} problems")
    for p in problems:
        print(" ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
