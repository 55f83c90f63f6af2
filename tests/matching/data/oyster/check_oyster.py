"""Checks library.jsonl and cases.jsonl: every line valid JSON with the expected fields,
every id exists, also_ok entries are the same wine in the same format, units_per_sale
agrees with the measure on the label, vintages agree with the label. Run: python check.py"""

import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIB_FIELDS = {
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
}
CASE_FIELDS = {
    "label",
    "expect",
    "beverage_id",
    "also_ok",
    "units_per_sale",
    "vintage",
    "connection",
    "note",
}

lib = {}
for n, line in enumerate(
    (HERE / "oyster_library.jsonl").read_text(encoding="utf-8").splitlines(), 1
):
    row = json.loads(line)
    assert set(row) == LIB_FIELDS, (n, row)
    assert row["id"] not in lib, row["id"]
    assert row["colour"] in ("rouge", "blanc", "rosé", "effervescent", "liquoreux", None)
    assert row["category"] in ("vin", "champagne", "spiritueux", "bière", "soft", "autre")
    lib[row["id"]] = row


def same_wine(a, b):
    return all(a[k] == b[k] for k in ("name", "producer", "appellation", "colour", "format_cl"))


errors = []
cases = []
for n, line in enumerate((HERE / "oyster_cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    c = json.loads(line)
    cases.append(c)
    assert set(c) == CASE_FIELDS, (n, c)
    lab = c["label"]
    if c["expect"] == "none":
        if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
            errors.append((n, "none with an answer"))
        continue
    assert c["expect"] in ("yes", "almost"), c
    e = lib.get(c["beverage_id"])
    if e is None:
        errors.append((n, "unknown id"))
        continue
    for other in c["also_ok"]:
        if other not in lib or not same_wine(lib[other], e) or other == e["id"]:
            errors.append((n, f"bad also_ok {other}"))
    # vintage on the label
    v = c["vintage"]
    if v is not None:
        two = f"{v % 100:02d}"
        if not re.search(rf"(?:^|[ '_]){two}(?:\b|$)|{v}", lab):
            errors.append((n, "vintage not on label"))
        if c["expect"] == "yes" and e["vintage"] != v:
            errors.append((n, "yes with another vintage"))
        if c["expect"] == "almost":
            held = {lib[x]["vintage"] for x in [e["id"], *c["also_ok"]]}
            if v in held:
                errors.append((n, "almost but vintage held"))
            near = min(held, key=lambda h: (abs(h - v), -h))
            if near != e["vintage"]:
                errors.append((n, "almost: not the nearest"))
    elif c["expect"] == "almost":
        errors.append((n, "almost without a vintage"))
    if c["expect"] == "yes" and v is None and c["also_ok"]:
        dated = [lib[x]["vintage"] for x in c["also_ok"]]
        if any(d is not None and d > (e["vintage"] or 0) for d in dated):
            errors.append((n, "not the most recent"))
    # measure on the label -> units
    low = lab.lower()
    fmt = e["format_cl"]
    u = c["units_per_sale"]
    served = None
    m = re.search(r"(?:verre|gl|vre)[ _](\d+)cl", low)
    if m:
        served = float(m.group(1))
    elif re.search(r"(?:^|[ :>_])(verre|gl|vre|coupe|cp)(?:[ _]|$)", low):
        served = 12.5
    elif re.search(r"carafe 50|car_50", low):
        served = 50
    elif re.search(r"pichet 25|pich_25", low) or re.search(r"bol[ée]e", low):
        served = 25
    elif re.search(r"pinte", low):
        served = 50
    elif e["category"] == "bière" and re.search(r"demi", low):
        served = 25
    elif (
        re.search(r"(?:^|[ :>_])(\d+)cl", low)
        and e["category"] in ("spiritueux", "autre")
        and fmt == 70
    ):
        served = float(re.search(r"(?:^|[ :>_])(\d+)cl", low).group(1))
    elif re.search(r"dose", low):
        served = 4
    if served is not None:
        ordinary = fmt
        if ordinary in (37.5, 150):
            errors.append((n, "a serving from a half or magnum"))
        exp = round(served / fmt + 1e-9, 4)
        if abs(exp - u) > 1e-4:
            errors.append((n, f"units {u} != {exp}"))
    else:
        if u != 1:
            errors.append((n, f"bottle with units {u}"))
        half = re.search(r"1/2|(?:^|[>_])demi(?:_|$)", low)
        mag = re.search(r"(?:^|[ :>_])mag(?:[ _]|$)", low)
        if (
            (half and fmt != 37.5)
            or (mag and fmt != 150)
            or (not half and not mag and fmt in (37.5, 150))
        ):
            errors.append((n, f"format {fmt} vs label"))
        m = re.search(r"(\d+)cl", low)
        if m and float(m.group(1)) != fmt:
            errors.append((n, f"label volume {m.group(1)} vs {fmt}"))

for e in errors:
    print("ERROR", e, cases[e[0] - 1]["label"])
kinds = Counter(c["expect"] for c in cases)
tills = Counter(c["connection"] for c in cases)
glass = sum(1 for c in cases if c["units_per_sale"] not in (None, 1.0))
print(
    f"library {len(lib)}; cases {len(cases)}; {dict(kinds)}; none share "
    f"{kinds['none'] / len(cases):.1%}; servings (not a bottle) {glass}; tills {dict(tills)}"
)
print(
    "labels duplicated:", sum(v - 1 for v in Counter(c["label"] for c in cases).values() if v > 1)
)
print("OK" if not errors else f"{len(errors)} errors")
