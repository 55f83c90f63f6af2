"""Builds the held-out matching set (holdout_library.jsonl, holdout_cases.jsonl).

Written for this project from general knowledge of French wine and POS habits; see
README.md beside it. The spec is the source: the library in holdout_wines_east.py,
holdout_wines_centre.py, holdout_wines_south.py and holdout_drinks.py; each case
(holdout_cases_regions.py, holdout_cases_more.py, written as holdout_labels.py says) names
the wine it means (an alias) and what the label says (vintage, format, serving volume);
this script applies
the bench README's rules to fill in beverage_id, also_ok and units_per_sale, and checks
that every case is consistent with the library. Run: python build_holdout.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

import holdout_cases_more  # noqa: E402
import holdout_cases_regions  # noqa: E402
import render  # noqa: E402
from holdout_drinks import DRINKS, SECOND_PAGE  # noqa: E402
from holdout_labels import N, Y  # noqa: E402
from holdout_wines_centre import WINES_CENTRE  # noqa: E402
from holdout_wines_east import FR, WINES_EAST  # noqa: E402
from holdout_wines_south import WINES_SOUTH  # noqa: E402

WINES = {**WINES_EAST, **WINES_CENTRE, **WINES_SOUTH, **DRINKS, **SECOND_PAGE}
CASES = holdout_cases_regions.CASES + holdout_cases_more.CASES


def units(volume: float, fmt: float) -> float:
    return float(render.units(volume, fmt))


def ordinary(formats: set[float]) -> float:
    if 75 in formats:
        return 75
    regular = [size for size in formats if size != 37.5 and size < 150]
    return max(regular)


def build() -> None:
    library = []
    rows_of: dict[str, list[tuple[int | None, float, str]]] = {}
    number = 0
    for alias, (name, producer, appellation, region, colour, category, rows) in WINES.items():
        for vintage, fmt in rows:
            number += 1
            entry_id = f"h{number:03d}"
            library.append(
                {
                    "id": entry_id,
                    "name": name,
                    "producer": producer,
                    "appellation": appellation,
                    "region": region,
                    "country": FR,
                    "colour": colour,
                    "category": category,
                    "vintage": vintage,
                    "format_cl": int(fmt) if fmt == int(fmt) else fmt,
                }
            )
            rows_of.setdefault(alias, []).append((vintage, fmt, entry_id))
    labels = set()
    cases = []
    for label, expect, alias, vintage, fmt, cl in CASES:
        assert label not in labels, label
        labels.add(label)
        if expect == N:
            cases.append(
                {
                    "label": label,
                    "expect": N,
                    "beverage_id": None,
                    "also_ok": [],
                    "vintage": vintage,
                    "units_per_sale": None,
                    "note": "not in library",
                }
            )
            continue
        assert alias is not None
        rows = rows_of[alias]
        size = fmt if fmt is not None else ordinary({f for _, f, _ in rows})
        same = [(v, e) for v, f, e in rows if f == size]
        assert same, (label, size)
        dated = [(v, e) for v, e in same if v is not None]
        name = WINES[alias][0]
        if expect == Y and vintage is not None:
            hit = [e for v, e in same if v == vintage]
            assert hit, (label, vintage)
            first, also = hit[0], []
            note = f"{name} ({WINES[alias][1]}) {vintage}"
        elif expect == Y:
            if dated:
                first = max(dated)[1]
            else:
                assert len(same) == 1, label
                first = same[0][1]
            also = [e for _, e in same if e != first]
            note = f"{name} ({WINES[alias][1]}), no vintage on label"
        else:
            assert vintage is not None and dated and all(v != vintage for v, _ in dated), label
            first = min(dated, key=lambda item: (abs(item[0] - vintage), -item[0]))[1]
            also = [e for _, e in same if e != first]
            held = sorted(v for v, _ in dated)
            note = f"{name} ({WINES[alias][1]}): label vintage {vintage} not held, has {held}"
        share = units(cl, size) if cl is not None else 1
        cases.append(
            {
                "label": label,
                "expect": expect,
                "beverage_id": first,
                "also_ok": also,
                "vintage": vintage,
                "units_per_sale": share,
                "note": note,
            }
        )
    render.write_jsonl(HERE / "holdout_library.jsonl", library)
    render.write_jsonl(HERE / "holdout_cases.jsonl", cases)
    counts = render.kinds(cases)
    served = sum(c["expect"] != N and c["units_per_sale"] != 1 for c in cases)
    print(f"library={len(library)} cases={len(cases)} {counts} served={served}")


if __name__ == "__main__":
    build()
