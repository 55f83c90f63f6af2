"""Check the brasserie set against the bench README's rules, from the files alone.

Independent of the build: it reads the two JSONL files, parses each label's measure and
vintage itself, and checks every expected answer against the library.

    python3 tests/matching/data/brasserie/check_brasserie.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
WIDTH = {"C": 20, "S": 24}
# Pours (cl) from the ordinary bottle or the keg.
POURS = {"vre": 12.5, "verre": 12.5, "cp": 12.5, "coupe": 12.5, "pot": 46, "pich25": 25,
         "pch25": 25, "pich50": 50, "pch50": 50, "vre15": 15, "dose": 4, "2cl": 2, "4cl": 4,
         "6cl": 6,
         "galopin": 12.5, "formidable": 100, "pinte": 50}
BOTTLES = {"20cl": 20, "25cl": 25, "33cl": 33, "35,5cl": 35.5, "35.5cl": 35.5, "35.5": 35.5,
           "50cl": 50, "75cl": 75, "70cl": 70, "1l": 100}
WINE_FAMILIES = ("VRG-", "VBL-", "VRS-", "CHP-", "vins rouges |", "vins blancs |", "rosés |",
                 "champagnes |", "100 ", "110 ", "120 ", "130 ")
PRICE = re.compile(r"^\d+,\d\d$")

errors: list[str] = []


def err(case: dict[str, Any], msg: str) -> None:
    errors.append(f"{case.get('label')!r}: {msg}")


def tokens(label: str) -> list[str]:
    parts = label.split(" | ")
    if len(parts) > 1 and PRICE.match(parts[-1]):
        parts = parts[:-1]
    text = " ".join(parts[1:] if len(parts) > 1 else parts).lower()
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)
    toks = text.split()
    if len(parts) == 1 and toks:  # C "VRG-..." or S "100 ..."
        toks[0] = toks[0].split("-", 1)[1] if "-" in toks[0] else ""
        toks = [t for t in toks if t]
    return toks


def measure(toks: list[str], category: str) -> tuple[str, float]:
    """('pour', cl) or ('bottle', format_cl or 0 = the entry's only / ordinary bottle)."""
    for i, t in enumerate(toks):
        if t in ("verre", "pichet") and i + 1 < len(toks) and toks[i + 1].endswith("cl"):
            return "pour", float(toks[i + 1][:-2])
        if t == "15cl" and category in ("vin", "champagne"):
            return "pour", 15
        if t == "demi":
            return ("pour", 25) if category == "bière" else ("bottle", 37.5)
        if t in POURS:
            return "pour", POURS[t]
        if t in ("1/2", "37.5"):
            return "bottle", 37.5
        if t in ("mag", "magnum"):
            return "bottle", 150
        if t in BOTTLES:
            return "bottle", BOTTLES[t]
    return "bottle", 0


def label_vintages(case: dict[str, Any]) -> set[int]:
    label, conn = case["label"], case["connection"]
    if not label.startswith(WINE_FAMILIES):
        return set()
    found = {int(m) for m in re.findall(r"(?<![\d,])((?:19|20)\d\d)(?![\d,])", label)}
    found |= {2000 + int(m) for m in re.findall(r"'(\d\d)\b", label)}
    if conn == "C" and label[:3] in ("VRG", "VBL", "VRS", "CHP"):
        found |= {2000 + int(m) for m in re.findall(r" (\d\d)$", label)}
    return found


def _read(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (HERE / name).read_text("utf-8").splitlines()]


def check() -> None:
    lib_rows = _read("brasserie_library.jsonl")
    cases = _read("brasserie_cases.jsonl")
    lib = {r["id"]: r for r in lib_rows}
    if len(lib) != len(lib_rows):
        errors.append("duplicate library ids")
    for r in lib_rows:
        if list(r) != LIB_FIELDS or r["colour"] not in COLOURS or r["category"] not in CATEGORIES:
            errors.append(f"library row {r}")
        if r["category"] in ("vin", "champagne") and r["colour"] is None:
            errors.append(f"wine without colour {r['id']}")

    def wine(r: dict[str, Any]) -> tuple[Any, ...]:
        return (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])

    labels: set[str] = set()
    for c in cases:
        if list(c) != CASE_FIELDS:
            err(c, f"fields {list(c)}")
            continue
        if c["label"].lower() in labels:
            err(c, "duplicate label")
        labels.add(c["label"].lower())
        conn = c["connection"]
        if conn not in ("C", "T", "S"):
            err(c, "connection")
        if conn in WIDTH and len(c["label"]) > WIDTH[conn]:
            err(c, "longer than the till's width")
        if conn == "C" and (c["label"] != c["label"].upper() or not c["label"].isascii()):
            err(c, "till C prints upper case ASCII")
        on_label = label_vintages(c)
        if c["vintage"] is None and on_label:
            err(c, f"label shows vintage {on_label} but vintage is null")
        if c["vintage"] is not None and c["vintage"] not in on_label:
            err(c, f"vintage {c['vintage']} not on the label")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                err(c, "none case with an answer")
            continue
        if c["expect"] not in ("yes", "almost") or c["beverage_id"] not in lib:
            err(c, "expect / beverage_id")
            continue
        bev = lib[c["beverage_id"]]
        same = sorted((r for r in lib_rows if wine(r) == wine(bev)),
                      key=lambda r: r["vintage"] or 0)
        if (any(b not in lib or wine(lib[b]) != wine(bev) for b in c["also_ok"])
                or c["beverage_id"] in c["also_ok"]):
            err(c, "also_ok is not the same wine in the same format")
        v = c["vintage"]
        group = {r["id"] for r in same}
        if c["expect"] == "yes" and v is not None:
            if bev["vintage"] != v or c["also_ok"]:
                err(c, "yes with a vintage: must be that vintage, also_ok empty")
        elif c["expect"] == "yes":
            if bev["id"] != same[-1]["id"] or set(c["also_ok"]) != group - {bev["id"]}:
                err(c, "yes without vintage: most recent, others in also_ok")
        else:
            if v is None or any(r["vintage"] == v for r in same):
                err(c, "almost needs a label vintage that is not held")
            else:
                best = min(same, key=lambda r: (abs(r["vintage"] - v), -r["vintage"]))
                if best["id"] != bev["id"] or set(c["also_ok"]) != group - {bev["id"]}:
                    err(c, "almost: nearest vintage (tie: more recent), others in also_ok")
        kind, vol = measure(tokens(c["label"]), bev["category"])
        fmt = bev["format_cl"]
        if kind == "pour":
            ordinary = [r["format_cl"] for r in lib_rows
                        if (r["name"], r["producer"]) == (bev["name"], bev["producer"])]
            if bev["category"] == "bière":
                want_fmt = max(ordinary)
            else:
                want_fmt = 75 if 75 in ordinary else fmt
            if fmt != want_fmt:
                err(c, f"a pour must come from the ordinary bottle / keg, not {fmt}")
            if c["units_per_sale"] != round(vol / fmt, 4):
                err(c, f"units {c['units_per_sale']} != {vol}/{fmt}")
        else:
            if c["units_per_sale"] != 1:
                err(c, "a bottle is 1 unit")
            wanted = vol or (75 if bev["category"] in ("vin", "champagne") else fmt)
            if fmt != wanted:
                err(c, f"bottle format {fmt} != the label's {wanted}")


if __name__ == "__main__":
    check()
    for e in errors:
        print(e)
    print(f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)
