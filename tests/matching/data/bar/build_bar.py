"""Builds the second held-out matching set: "Le Comptoir des Pentes", a Lyon beer and
cocktail bar-brasserie with two tills (see README.md beside it).

Written before any tuning of the matcher for issue 11 and never tuned against: the drinks
(bar_drinks.py), the label cores (bar_specs.py) and the two tills' habits (bar_tills.py);
the tills' habits (family prefixes, truncation width, case, glued words, prices, vintage
spelling) are applied by seeded random choices so that no label was written to suit the
matcher. The expected answers follow the bench README's rules (../render.py) and are
computed from the rendered label (a vintage that truncation cut off is no longer on the
label). Run: python build_bar.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import render  # noqa: E402
from bar_drinks import DRINKS, C, V  # noqa: E402
from bar_specs import SPECS  # noqa: E402
from bar_tills import render_a, render_b, render_c, render_d  # noqa: E402
from render import Entries, Spec, case, expected, kinds  # noqa: E402

SEED = 20261129
SEED2 = 1129


def library() -> tuple[list[dict[str, object]], Entries]:
    return render.library(
        (
            (key, render.fields(name, producer, app, region, country, colour, cat), held)
            for key, (name, producer, app, region, colour, cat, held) in DRINKS.items()
            for country in ["France" if cat in (V, C) else None]
        ),
        "p",
    )


def _case(spec: Spec, label: str, shown: bool, till: str, entries: Entries) -> dict[str, object]:
    note = f"{spec.core} ({spec.key or 'not held'}) {spec.why}".strip()
    return case(label, expected(spec, shown, entries), spec.vintage if shown else None, till, note)


def build_second() -> list[dict[str, object]]:
    """The same products re-typed on two other tills (C, D) with another seed: a check of
    the habit learning on habits the first rendering does not have."""
    rng = random.Random(SEED2)
    _, entries = library()
    cases: list[dict[str, object]] = []
    for spec in SPECS:
        till = rng.choice("CD")
        rendered = (render_c if till == "C" else render_d)(spec, rng)
        if rendered is None:
            till = "D" if till == "C" else "C"
            rendered = (render_c if till == "C" else render_d)(spec, rng)
        if rendered is None:
            continue
        label, shown = rendered
        cases.append(_case(spec, label, shown, till, entries))
    rng.shuffle(cases)
    return cases


def build() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    rng = random.Random(SEED)
    rows, entries = library()
    cases: list[dict[str, object]] = []
    for spec in SPECS:
        till = rng.choice("AB")
        rendered = render_a(spec, rng) if till == "A" else None
        if rendered is None:
            till = "B"
            rendered = render_b(spec, rng)
        label, shown = rendered
        cases.append(_case(spec, label, shown, till, entries))
    rng.shuffle(cases)
    return rows, cases


def main() -> None:
    rows, cases = build()
    render.write_jsonl(HERE / "bar_library.jsonl", rows)
    render.write_jsonl(HERE / "bar_cases.jsonl", cases)
    print(f"library={len(rows)} cases={len(cases)} {kinds(cases)}")
    second = build_second()
    render.write_jsonl(HERE / "bar2_cases.jsonl", second)
    print(f"second rendering: cases={len(second)} {kinds(second)}")


if __name__ == "__main__":
    main()
