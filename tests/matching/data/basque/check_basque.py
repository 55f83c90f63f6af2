"""Check basque_library.jsonl and basque_cases.jsonl alone (python3 check_basque.py).

Reads only the two files: JSON, fields, ids, also_ok = the same wine in the same format,
the vintage read back from the label, the nearest vintage for almost, the format and
units_per_sale against the measure on the label, and each till's habits.
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
L_CODES = ("VR:", "VB:", "VRS:", "VDX:", "EFF:", "JER:", "ARM:", "LIQ:", "BIE:", "SID:", "SOF:",
           "CAF:", "PTX:", "CUI:", "SRV:")
T_FAMS = ("Tintos", "Blancos", "Rosados", "Dulces", "Espumosos", "Generosos", "Armañac",
          "Licores", "Cervezas", "Sidra", "Refrescos", "Cafés", "Pintxos", "Cocina", "Varios")
PRICE = re.compile(r" \d{1,3},\d\d$")
# (pattern, volume poured or None for a bottle size, bottle format or None)
MEASURES = [
    (r"(^|[: ])VRE12 |copa 12cl|Verre 12cl", 12, None),
    (r"(^|[: ])VRE15 |copa 15cl|Verre 15cl", 15, None),
    (r"(^|[: ])PICH50 |jarra 50cl|Pichet 50cl", 50, None),
    (r"(^|[: ])PICH25 |jarra 25cl|Pichet 25cl", 25, None),
    (r"(^|[: ])VRE |\bcopa\b|^Verre ", 12.5, None),
    (r" DOSE\b|\bchupito\b|^Dose ", 4, None),
    (r" 2CL\b| 2cl\b", 2, None),
    (r" DEMI\b|^Demi |\bdemi\b(?!-)", 25, "keg"),
    (r" CANA\b|\bcaña\b|^Caña ", 20, "keg"),
    (r" PINTE\b|\bpinta\b|^Pinte ", 50, "keg"),
    (r"(^|[: ])MAG |\bmágnum\b|^Magnum ", None, 150),
    (r"(^|[: ])1/2 |media bot\.|^Demi-Btlle ", None, 37.5),
    (r" 33CL\b| 33cl\b|^33cl ", None, 33),
    (r" 50CL\b| 50cl\b|^50cl ", None, 50),
    (r" 1L\b|^1L ", None, 100),
]


def fail(msg: str) -> None:
    raise SystemExit(f"check_basque: {msg}")


def read(name: str) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            fail(f"{name}:{n}: {exc}")
    return rows


def label_vintage(case: dict[str, Any]) -> int | None:
    label, conn = case["label"], case["connection"]
    if conn == "L":
        m = re.search(r" (\d{2})$", label)
        if not m:
            return None
        yy = int(m.group(1))
        return yy + (1900 if yy > 30 else 2000)
    body = PRICE.sub("", label)
    if conn == "T":
        body = body.split(" > ", 1)[1]
        words = body.split(" ")[1:]
        for w in reversed(words):
            if re.fullmatch(r"'\d{2}", w):
                yy = int(w[1:])
                return yy + (1900 if yy > 30 else 2000)
            if re.fullmatch(r"19[5-9]\d|20[0-3]\d", w):
                return int(w)
        return None
    m = re.search(r" (19[5-9]\d|20[0-3]\d)$", body)
    return int(m.group(1)) if m else None


def measure(label: str) -> tuple[float | None, Any]:
    for pattern, pour, fmt in MEASURES:
        if re.search(pattern, label):
            return pour, fmt
    return None, None


def check_case(i: int, c: dict[str, Any], lib: dict[str, dict[str, Any]],
               wines: dict[tuple[Any, ...], list[dict[str, Any]]]) -> None:
    where = f"case {i + 1} {c['label']!r}"
    if list(c) != CASE_FIELDS:
        fail(f"{where}: fields {list(c)}")
    if c["connection"] not in {"L", "T", "R"}:
        fail(f"{where}: connection")
    lab = c["label"]
    if c["connection"] == "L" and (len(lab) > 21 or lab != lab.upper() or not lab.isascii()
                                   or not lab.startswith(L_CODES)):
        fail(f"{where}: not an L label")
    if c["connection"] == "T" and (not PRICE.search(lab) or lab.split(" > ")[0] not in T_FAMS):
        fail(f"{where}: not a T label")
    if c["connection"] == "R" and (not PRICE.search(lab) or len(PRICE.sub("", lab)) > 30):
        fail(f"{where}: not an R label")
    if c["vintage"] != label_vintage(c):
        fail(f"{where}: vintage {c['vintage']} but the label says {label_vintage(c)}")
    if c["expect"] == "none":
        if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
            fail(f"{where}: a none case names a drink")
        return
    if c["expect"] not in {"yes", "almost"}:
        fail(f"{where}: expect {c['expect']}")
    entry = lib.get(c["beverage_id"])
    if entry is None or any(a not in lib for a in c["also_ok"]):
        fail(f"{where}: unknown id")
        return
    key = tuple(entry[f] for f in ("name", "producer", "appellation", "colour", "format_cl"))
    same = wines[key]
    others = sorted(e["id"] for e in same if e["id"] != entry["id"])
    vs = [e["vintage"] for e in same]
    v = c["vintage"]
    if c["expect"] == "yes":
        if v is not None and (entry["vintage"] != v or c["also_ok"]):
            fail(f"{where}: yes with a vintage must be that entry, also_ok empty")
        if v is None and (sorted(c["also_ok"]) != others or entry["vintage"] != max(
                vs, key=lambda x: x or 0)):
            fail(f"{where}: yes without vintage must be the most recent, others in also_ok")
    else:
        if v is None or v in vs:
            fail(f"{where}: almost needs a label vintage the wine does not have")
        best = min(vs, key=lambda x: (abs(x - v), -x))
        if entry["vintage"] != best or sorted(c["also_ok"]) != others:
            fail(f"{where}: almost must be the nearest vintage {best}, others in also_ok")
    pour, fmt = measure(lab)
    formats = {e["format_cl"] for e in lib.values()
               if (e["name"], e["producer"], e["appellation"]) == key[:3]}
    small = sorted(f for f in formats if f < 2000)
    if fmt == "keg":
        if entry["format_cl"] < 2000:
            fail(f"{where}: a draught measure must point at a keg")
    elif fmt is not None:
        if entry["format_cl"] != fmt:
            fail(f"{where}: label format {fmt} but entry {entry['format_cl']}")
    elif entry["format_cl"] != (75 if 75 in small else small[0] if len(small) == 1 else -1):
        fail(f"{where}: a glass or bare label must point at the ordinary bottle")
    units = 1 if pour is None else round(pour / entry["format_cl"], 4)
    if c["units_per_sale"] != units:
        fail(f"{where}: units {c['units_per_sale']} but the label's measure gives {units}")


def main() -> None:
    library = read("basque_library.jsonl")
    cases = read("basque_cases.jsonl")
    lib: dict[str, dict[str, Any]] = {}
    wines: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for n, e in enumerate(library, 1):
        if list(e) != LIB_FIELDS or e["id"] != f"k{n:03d}":
            fail(f"library row {n}: fields or id")
        if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
            fail(f"library row {n}: colour or category")
        lib[e["id"]] = e
        key = tuple(e[f] for f in ("name", "producer", "appellation", "colour", "format_cl"))
        wines.setdefault(key, []).append(e)
    for key, same in wines.items():
        if len({e["vintage"] for e in same}) != len(same):
            fail(f"{key}: a vintage twice")
    labels = [c["label"] for c in cases]
    if len(set(labels)) != len(labels):
        fail("duplicate labels")
    for i, c in enumerate(cases):
        check_case(i, c, lib, wines)
    counts: dict[str, int] = {}
    for c in cases:
        counts[c["expect"]] = counts.get(c["expect"], 0) + 1
    print(f"check_basque: OK, {len(library)} drinks, {len(cases)} cases {counts}")


if __name__ == "__main__":
    sys.exit(main())
