"""Builds the third held-out matching set: "Pizzeria Da Nonna", a Marseille pizzeria with
an Italian list (see README.md beside it).

Written for issue 11 before the matcher was changed in this session and measured untouched
first: the drinks (pizzeria_drinks.py), what the staff typed (a core per product, the drink
it means or none: pizzeria_specs.py) and the two tills' habits (pizzeria_tills.py); the
habits are applied with a committed seed, and the expected answers are computed from the
rendered label by the bench README's rules (../render.py; a vintage that truncation cut off
is no longer on the label). Run: python build_pizzeria.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import render  # noqa: E402
from pizzeria_drinks import DRINKS, V  # noqa: E402
from pizzeria_specs import SPECS  # noqa: E402
from pizzeria_tills import render_p, render_q  # noqa: E402
from render import Entries, case, expected, kinds  # noqa: E402

SEED = 20261130


def library() -> tuple[list[dict[str, object]], Entries]:
    return render.library(
        (
            (key, render.fields(name, producer, app, region, country, colour, cat), held)
            for key, (name, producer, app, region, colour, cat, held) in DRINKS.items()
            for country in ["Italie" if cat == V else None]
        ),
        "z",
    )


def build() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    rng = random.Random(SEED)
    rows, entries = library()
    cases: list[dict[str, object]] = []
    for spec in SPECS:
        till = rng.choice("PQ")
        rendered = render_p(spec, rng) if till == "P" else None
        if rendered is None:
            till = "Q"
            rendered = render_q(spec, rng)
        label, shown = rendered
        note = f"{spec.core} ({spec.key or 'not held'}) {spec.why}".strip()
        cases.append(
            case(label, expected(spec, shown, entries), spec.vintage if shown else None, till, note)
        )
    rng.shuffle(cases)
    return rows, cases


def main() -> None:
    rows, cases = build()
    render.write_jsonl(HERE / "pizzeria_library.jsonl", rows)
    render.write_jsonl(HERE / "pizzeria_cases.jsonl", cases)
    tills = {t: sum(c["connection"] == t for c in cases) for t in "PQ"}
    print(f"library={len(rows)} cases={len(cases)} {kinds(cases)} {tills}")


if __name__ == "__main__":
    main()
