"""Latency of the POS label matcher on every matching set, at 5,000 drinks: per label the
best of three cold runs (word cache cleared), habits learnt per connection, CPU time
(`time.thread_time`) beside wall time, since on a shared machine the wall clock measures
the other processes too (docs/matching.md, "Figures").

python benchmarks/matching_sets.py [--grow-to 5000] [--bench ../shared/bench]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from tastevin.matching import Matcher
from tastevin.matching.bench import load_cases, load_library
from tastevin.matching.grow import grow

DATA = Path(__file__).resolve().parents[1] / "tests" / "matching" / "data"
SETS = {
    "held-out 1": (DATA / "holdout_library.jsonl", DATA / "holdout_cases.jsonl"),
    "bar": (DATA / "bar" / "bar_library.jsonl", DATA / "bar" / "bar_cases.jsonl"),
    "bar re-typed": (DATA / "bar" / "bar_library.jsonl", DATA / "bar" / "bar2_cases.jsonl"),
    "pizzeria": (
        DATA / "pizzeria" / "pizzeria_library.jsonl",
        DATA / "pizzeria" / "pizzeria_cases.jsonl",
    ),
    # exports whose habits are read on every label (fields, codes first, notes): session 8
    **{
        name: (DATA / name / f"{name}_library.jsonl", DATA / name / f"{name}_cases.jsonl")
        for name in ("jura", "savoie", "guinguette", "montpellier", "cocktail")
    },
    # session 9: rows and forms sent as labels, Greek, mojibake, sizes first
    **{
        name: (DATA / name / f"{name}_library.jsonl", DATA / name / f"{name}_cases.jsonl")
        for name in ("lounge", "cognac", "taverne", "tapas", "bouillon", "bistrovin")
    },
    # session 10: ordinary tills (widths, glued producers, region families, draught beer)
    **{
        name: (DATA / name / f"{name}_library.jsonl", DATA / name / f"{name}_cases.jsonl")
        for name in ("golf", "arcachon", "metz", "toulon")
    },
}


def _p(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(library: Path, cases: Path, size: int, repeats: int = 3) -> str:
    rows = load_cases(cases)
    matcher = Matcher(grow(load_library(library), size))
    tills = {row.connection for row in rows}
    habits = {
        till: matcher.learn_habits([row.label for row in rows if row.connection == till])
        for till in tills
    }
    wall = [float("inf")] * len(rows)
    cpu = [float("inf")] * len(rows)
    for _ in range(repeats):
        for number, row in enumerate(rows):
            matcher.lookup.clear_cache()
            wall_start, cpu_start = time.perf_counter(), time.thread_time()
            matcher.suggest(row.label, habits=habits[row.connection])
            cpu_end, wall_end = time.thread_time(), time.perf_counter()
            wall[number] = min(wall[number], (wall_end - wall_start) * 1000)
            cpu[number] = min(cpu[number], (cpu_end - cpu_start) * 1000)
    return (
        f"labels={len(rows)} drinks={len(matcher.index.entries)} "
        f"cpu p50/p95/max={_p(cpu, 0.5):.2f}/{_p(cpu, 0.95):.2f}/{max(cpu):.2f} ms "
        f"wall p50/p95/max={_p(wall, 0.5):.2f}/{_p(wall, 0.95):.2f}/{max(wall):.2f} ms "
        f"load={os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--grow-to", type=int, default=5000)
    parser.add_argument("--bench", type=Path, default=Path("../shared/bench"))
    parser.add_argument("--sets", nargs="*", help="Only these sets (default: every one).")
    args = parser.parse_args()
    sets = dict(SETS)
    if (args.bench / "cases.jsonl").is_file():
        sets = {"development": (args.bench / "library.jsonl", args.bench / "cases.jsonl"), **sets}
    if args.sets:
        sets = {name: paths for name, paths in sets.items() if name in args.sets}
    for name, (library, cases) in sets.items():
        print(f"{name:13} {measure(library, cases, args.grow_to)}", flush=True)


if __name__ == "__main__":
    main()
