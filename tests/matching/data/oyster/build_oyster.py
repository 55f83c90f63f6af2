"""Builds the fourth held-out matching set: "Le Comptoir de la Houle", an oyster bar and
seafood restaurant on the port of Cancale (Brittany), with three tills (see README.md).

Written blind: by hands that never read the matcher nor its failures. The drinks
(oyster_wines.py, oyster_drinks.py), what the staff typed (a core per product, the drink it
means or None, a vintage, a measure: oyster_specs.py) and the three tills' habits
(oyster_tills.py); the habits are applied with a fixed seed (SEED), and the expected answers
are computed from the rendered label by the bench README's rules (../render.py; a vintage
that truncation cut off is no longer on the label). Run: python build_oyster.py
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import render  # noqa: E402
from oyster_drinks import DRINKS  # noqa: E402
from oyster_specs import SERVED, SPECS, Spec  # noqa: E402
from oyster_tills import WINE_FAMILIES, render_e, render_k, render_t  # noqa: E402
from render import NONE, Entries, answer, case, kinds, ordinary, units  # noqa: E402

SEED = 20261130


def library() -> tuple[list[dict[str, object]], Entries]:
    return render.library(
        (
            (key, render.fields(name, producer, app, region, country, colour, cat), held)
            for key, (name, producer, app, region, country, colour, cat, held) in DRINKS.items()
        ),
        "h",
    )


def expected(spec: Spec, shown: bool, entries: Entries) -> dict[str, object]:
    if spec.key is None:
        return NONE
    held = entries[spec.key]
    sizes = {x for _, x, _ in held}
    bottle = ordinary(sizes)
    m = spec.m
    if isinstance(m, tuple) and m[0] in ("glass", "carafe", "pichet", "dose"):
        size, share = bottle, units(m[1], bottle)
    elif isinstance(m, str) and m in SERVED:
        size, share = bottle, units(SERVED[m], bottle)
    else:
        share = Decimal(1)
        if m == "half":
            size = 37.5
        elif m == "mag":
            size = 150.0
        elif isinstance(m, tuple) and m[0] == "cl":
            size = float(m[1])
        else:
            size = bottle
            assert len([x for x in sizes if x not in (37.5, 150)]) == 1 or (
                spec.family in WINE_FAMILIES
            ), f"{spec.core}: bottle without a volume, several sizes"
    vintage = spec.vintage if shown else None
    assert vintage is None or any(v is not None for v, x, _ in held if x == size), spec
    return answer(held, size, vintage, share)


def build() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    rng = random.Random(SEED)
    rows, entries = library()
    cases = []
    for spec in SPECS:
        till = rng.choices("KTE", weights=[0.42, 0.36, 0.22])[0]
        rendered = None
        if till == "K":
            rendered = render_k(spec, rng)
        elif till == "E":
            rendered = render_e(spec, rng)
        if rendered is None:
            till = "T"
            rendered = render_t(spec, rng)
        label, shown = rendered
        note = f"{spec.core} ({spec.key or 'not held'}) {spec.why}".strip()
        if spec.vintage and not shown:
            note += f" [{spec.vintage} cut off by the till]"
        vintage = spec.vintage if shown else None
        cases.append(case(label, expected(spec, shown, entries), vintage, till, note))
    rng.shuffle(cases)
    return rows, cases


def main() -> None:
    rows, cases = build()
    render.write_jsonl(HERE / "oyster_library.jsonl", rows)
    render.write_jsonl(HERE / "oyster_cases.jsonl", cases)
    tills = {t: sum(c["connection"] == t for c in cases) for t in "KTE"}
    print(f"library={len(rows)} cases={len(cases)} {kinds(cases)} {tills}")


if __name__ == "__main__":
    main()
