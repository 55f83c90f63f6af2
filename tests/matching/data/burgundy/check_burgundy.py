"""Check the BLIND set's files against the bench README's rules: python check_burgundy.py

Reads only `burgundy_library.jsonl` and `burgundy_cases.jsonl` (not the build script), so it
checks what a matcher will be measured on: valid JSON and fields, ids that exist, `also_ok`
= the other vintages of the same wine in the same format, the vintage printed on the label,
the nearest vintage for `almost`, the format and `units_per_sale` against the label's
measure, and each till's habits. Exits 1 and lists the problems, if any.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
R_PREFIX = re.compile(r"^(VR|VB|VRS|CHP|DIG|APE|BIE|EAU|SFT|CAF|CUI|DIV)-\S")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def label_vintage(label: str, till: str) -> int | None:
    words = label.split()
    if till == "R":
        last = words[-1]
        return 2000 + int(last) if re.fullmatch(r"\d\d", last) and len(words) > 1 else None
    for w in words[1:] if till == "B" else words:
        if m := re.fullmatch(r"'(\d\d)", w):
            y = int(m.group(1))
            return 2000 + y if y < 40 else 1900 + y
        if till == "T" and re.fullmatch(r"(19|20)\d\d", w):
            return int(w)
    return None


def label_measure(label: str, till: str, beer: bool) -> tuple[str, float | None]:
    """('glass', cl) for a pour, ('bottle', format or None) for a bottle."""
    if till == "R":
        label = label.split("-", 1)[1]  # the family code
    words = re.split(r"[ .]+", fold(label))
    if till == "B":
        words = words[1:]  # the PLU code
    if till == "T":
        words = words[:-1]  # the price
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        vol = re.fullmatch(r"(\d+)cl", nxt)
        if w in {"vre", "verre", "coravin", "carafe"}:
            return "glass", float(vol.group(1)) if vol else 12.5
        if w in {"cp", "coupe"}:
            return "glass", 12.5
        if w == "dose":
            return "glass", 4.0
        if w == "pinte":
            return "glass", 50.0
        if w == "demi":
            return ("glass", 25.0) if beer else ("bottle", 37.5)
        if w in {"1/2", "37,5cl"}:
            return "bottle", 37.5
        if w in {"mag", "magnum"}:
            return "bottle", 150.0
        if w == "clavelin":
            return "bottle", 62.0
        if w == "1l":
            return "bottle", 100.0
        if m := re.fullmatch(r"(\d+)cl", w):
            n = float(m.group(1))
            return ("glass", n) if n in (2, 4, 6) else ("bottle", n)
    return "bottle", None


def main() -> int:
    problems: list[str] = []
    lib: dict[str, dict[str, object]] = {}
    for n, line in enumerate((HERE / "burgundy_library.jsonl").read_text("utf-8").splitlines()):
        e = json.loads(line)
        if list(e) != LIB_FIELDS:
            problems.append(f"library line {n + 1}: fields {list(e)}")
        if e["id"] in lib:
            problems.append(f"duplicate id {e['id']}")
        if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
            problems.append(f"{e['id']}: colour/category {e['colour']}/{e['category']}")
        if not isinstance(e["format_cl"], int | float) or e["format_cl"] <= 0:
            problems.append(f"{e['id']}: format {e['format_cl']}")
        lib[e["id"]] = e

    def wine(e: dict[str, object]) -> tuple[object, ...]:
        return tuple(e[f] for f in ("name", "producer", "appellation", "colour", "format_cl"))

    seen: set[str] = set()
    for n, line in enumerate((HERE / "burgundy_cases.jsonl").read_text("utf-8").splitlines()):
        c = json.loads(line)
        where = f"case {n + 1} {c.get('label')!r}"
        bad = problems.append
        if list(c) != CASE_FIELDS:
            bad(f"{where}: fields {list(c)}")
            continue
        label, till, kind = c["label"], c["connection"], c["expect"]
        if label in seen:
            bad(f"{where}: duplicate label")
        seen.add(label)
        if till == "R" and (len(label) > 24 or not R_PREFIX.match(label)
                            or label != fold(label).upper() or "'" in label):
            bad(f"{where}: not an R label")
        if till == "B" and (len(label) > 22 or not re.match(r"^\d{3} \S", label)):
            bad(f"{where}: not a B label")
        if till == "T" and not re.search(r" \d+,\d\d$", label):
            bad(f"{where}: not a T label")
        if till not in {"R", "B", "T"}:
            bad(f"{where}: connection {till}")
        if label_vintage(label, till) != c["vintage"]:
            bad(f"{where}: vintage {c['vintage']} but label says {label_vintage(label, till)}")
        if kind == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                bad(f"{where}: a none case names a drink or units")
            continue
        if kind not in {"yes", "almost"} or c["beverage_id"] not in lib:
            bad(f"{where}: expect {kind} / id {c['beverage_id']}")
            continue
        e = lib[c["beverage_id"]]
        same = [x for x in lib.values() if wine(x) == wine(e)]
        others = sorted(str(x["id"]) for x in same if x["id"] != e["id"])
        held = {x["vintage"] for x in same}
        v = c["vintage"]
        if any(a not in lib or wine(lib[a]) != wine(e) for a in c["also_ok"]):
            bad(f"{where}: also_ok not the same wine in the same format")
        if kind == "yes" and v is not None and (e["vintage"] != v or c["also_ok"]):
            bad(f"{where}: yes with vintage {v} but entry {e['vintage']} / also_ok")
        if (kind == "almost" or v is None) and sorted(c["also_ok"]) != others:
            bad(f"{where}: also_ok {c['also_ok']} != the other vintages {others}")
        if kind == "yes" and v is None and e["vintage"] != max(held, key=lambda y: y or 0):
            bad(f"{where}: not the most recent vintage")
        if kind == "almost":
            best = min((y for y in held if y is not None),
                       key=lambda y: (abs(y - v), -y)) if v and None not in held else None
            if v is None or v in held or e["vintage"] != best:
                bad(f"{where}: almost but vintage {v}, entry {e['vintage']}, held {held}")
        what, vol = label_measure(label, till, e["category"] == "bière")
        fmt = float(e["format_cl"])  # type: ignore[arg-type]
        if what == "glass":
            if e["category"] in {"vin", "champagne"} and fmt in (37.5, 150):
                bad(f"{where}: a glass of a half bottle or magnum")
            want = round(vol / fmt, 4)  # type: ignore[operator]
        else:
            if vol is not None and vol != fmt:
                bad(f"{where}: label format {vol} but entry {fmt}")
            ordinary = any(
                wine(x)[:4] == wine(e)[:4] and x["format_cl"] == 75 for x in lib.values()
            )
            if vol is None and e["category"] in {"vin", "champagne"} and fmt != 75 and ordinary:
                bad(f"{where}: no format word but entry is {fmt} cl")
            want = 1
        if c["units_per_sale"] != want:
            bad(f"{where}: units {c['units_per_sale']} but the label's measure gives {want}")
    for p in problems:
        print(p)
    print(f"{len(lib)} drinks, {len(seen)} cases, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
