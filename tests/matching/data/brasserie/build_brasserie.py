"""Build the brasserie held-out set: `brasserie_library.jsonl` and `brasserie_cases.jsonl`.

Built blind (its author never read the matcher nor ran it). The staff's rows
(`brasserie_cases_src.py`, `brasserie_cases_bar.py`) are rendered by the tills
(`brasserie_tills.py`) with a fixed seed; the expected answer of each case is then computed
from what the rendered label still says, by the bench README's rules
(/work/shared/bench/README.md) and the interpretations in this folder's README.

    python3 tests/matching/data/brasserie/build_brasserie.py
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from brasserie_cases_bar import BAR_ROWS  # noqa: E402
from brasserie_cases_src import SPIRIT_ROWS, WINE_ROWS, Row  # noqa: E402
from brasserie_drinks import BY_KEY, formats, group_keys, library, ordinary  # noqa: E402
from brasserie_tills import render  # noqa: E402

SEED = 20261129

# Pours from the bottle a glass / pichet / pot / dose is poured from (its ordinary format).
POUR = {"vre": 12.5, "v15": 15, "p25": 25, "p50": 50, "pot": 46, "cp": 12.5,
        "dose": 4, "2cl": 2, "4cl": 4, "6cl": 6}
# Draught measures: poured from the keg.
DRAUGHT = {"demi": 25, "pinte": 50, "galopin": 12.5, "formidable": 100}
# Bottle sizes written on the label.
VOLUME = {"20cl": 20, "25cl": 25, "33cl": 33, "35cl": 35.5, "50cl": 50, "75cl": 75, "1l": 100,
          "70cl": 70}
WINE_CATEGORIES = ("vin", "champagne")

Index = dict[tuple[str, float], list[tuple[int | None, str]]]


def resolve(key: str, measure: str) -> tuple[float | None, float, str]:
    """(format of the entry the label means or None if not held, units per sale, why not held)."""
    fmts = formats(key)
    category = BY_KEY[key][8]
    if measure == "btl":
        if category in WINE_CATEGORIES:
            return (75, 1, "") if 75 in fmts else (None, 0, "no 75 cl bottle held")
        assert len(fmts) == 1, key
        return fmts[0], 1, ""
    if measure in ("half", "mag"):
        fmt = 37.5 if measure == "half" else 150
        what = "half bottle" if fmt == 37.5 else "magnum"
        return (fmt, 1, "") if fmt in fmts else (None, 0, f"no {what} held")
    if measure in POUR:
        if category == "bière":
            return None, 0, "not a beer measure"
        fmt = ordinary(key)
        return fmt, POUR[measure] / fmt, ""
    if measure in DRAUGHT:
        kegs = [f for f in fmts if f >= 1000]
        if not kegs:
            return None, 0, "not held on draught"
        return kegs[0], DRAUGHT[measure] / kegs[0], ""
    vol = VOLUME[measure]
    return (vol, 1, "") if vol in fmts else (None, 0, f"no {vol:g} cl bottle held")


def _nearest(vintage: int, held: list[tuple[int | None, str]]) -> tuple[int | None, str]:
    return min(held, key=lambda vb: (abs((vb[0] or 0) - vintage), -(vb[0] or 0)))


def _units(x: float) -> float | int:
    return 1 if x == 1 else round(x, 4)


def answer(row: Row, label_vintage: int | None, age_lost: bool, index: Index) -> dict[str, Any]:
    _till, _fam, core, measure, vintage, target, why = row
    out: dict[str, Any] = {"expect": "none", "beverage_id": None, "also_ok": [],
                           "vintage": label_vintage, "units_per_sale": None, "note": why}
    key = target
    cut_note = ""
    if vintage is not None and label_vintage is None:
        cut_note = f" [{vintage} cut off by the till]"
    if target and age_lost:
        group = target[1:] if target.startswith("@") else BY_KEY[target][1]
        age = core.split("{", 1)[1].rstrip("}")
        held = [k for k in group_keys(group) if resolve(k, measure)[0] is not None]
        if len(held) != 1:
            out["note"] = (f"'{age}' cut off by the till: bare brand, "
                           f"{len(held)} held in that measure")
            return out
        key = held[0]
        cut_note += f" ['{age}' cut off by the till: the brand's one drink in that measure]"
        if why:
            cut_note += f" (typed for a drink not held: {why})"
            why = ""
    if key is None or key.startswith("@"):
        out["note"] = (why or "not held") + cut_note
        return out
    fmt, units, not_held = resolve(key, measure)
    name, producer = BY_KEY[key][2], BY_KEY[key][3]
    if fmt is None:
        out["note"] = f"{name} ({producer}): {not_held}{cut_note}"
        return out
    if why:
        raise ValueError(f"row says not held but the library holds it: {row}")
    held = index[(key, fmt)]
    out["units_per_sale"] = _units(units)
    note = f"{name} ({producer})"
    if units != 1:
        note += f", {measure} of the {fmt:g} cl entry"
    if label_vintage is not None and all(v is None for v, _ in held):
        raise ValueError(f"vintage on a non-vintage drink: {row}")
    ids = [b for _, b in held]
    if label_vintage is None:
        out.update(expect="yes", beverage_id=ids[-1], also_ok=ids[:-1])
        if len(ids) > 1:
            note += ": no vintage on label, most recent proposed"
    elif any(v == label_vintage for v, _ in held):
        out.update(expect="yes", beverage_id=next(b for v, b in held if v == label_vintage))
    else:
        best = _nearest(label_vintage, held)[1]
        out.update(expect="almost", beverage_id=best, also_ok=[b for b in ids if b != best])
        note += f": label vintage {label_vintage} not in library, has {[v for v, _ in held]}"
    out["note"] = note + cut_note
    return out


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows, index = library()
    rng = random.Random(SEED)
    cases: list[dict[str, Any]] = []
    seen: set[str] = set()
    for row in WINE_ROWS + SPIRIT_ROWS + BAR_ROWS:
        till, fam, core, measure, vintage = row[:5]
        used, label, lost = render(till, fam, core, measure, vintage, rng)
        if label.lower() in seen:
            raise ValueError(f"duplicate label {label!r}")
        seen.add(label.lower())
        case = {"label": label}
        case.update(answer(row, None if "vintage" in lost else vintage, "age" in lost, index))
        case["connection"] = used
        cases.append(case)
    return rows, cases


def write() -> None:
    rows, cases = build()
    for name, data in (("brasserie_library.jsonl", rows), ("brasserie_cases.jsonl", cases)):
        with open(HERE / name, "w", encoding="utf-8", newline="\n") as f:
            for obj in data:
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write()
