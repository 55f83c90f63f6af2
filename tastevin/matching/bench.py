"""Matching benchmark: top-1, answer kind and units accuracy, latency, and the baseline.

Reads the two bench formats (library.jsonl, cases.jsonl); never reads a case's note."""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from tastevin.matching.grow import grow
from tastevin.matching.habits import Habits
from tastevin.matching.matcher import CONFIDENT, Matcher
from tastevin.matching.types import LibraryEntry, Suggestion

BASELINE_NONE_BELOW = 60
LATENCY_REPEATS = 3
_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_LIBRARY = _ROOT.parent / "shared" / "bench" / "library.jsonl"
DEFAULT_CASES = _ROOT.parent / "shared" / "bench" / "cases.jsonl"


@dataclass(frozen=True)
class Case:
    label: str
    expect: str
    beverage_id: str | None
    also_ok: tuple[str, ...]
    units_per_sale: Decimal | None
    connection: str = ""


@dataclass(frozen=True)
class BenchResult:
    cases: int
    top1: float
    kind: float
    units: float
    baseline: float
    p50_ms: float
    p95_ms: float
    library_size: int
    grown_size: int
    failures: tuple[str, ...] = field(default=())
    none_cases: int = 0
    false_answers: int = 0  # none cases answered yes or almost
    confident: int = 0  # suggestions (yes or almost) shown at >= CONFIDENT
    confident_right: int = 0
    answers: tuple[dict[str, Any], ...] = field(default=())

    def last_line(self) -> str:
        return (
            f"top1={self.top1:.3f} kind={self.kind:.3f} units={self.units:.3f} "
            f"baseline={self.baseline:.3f} p95_ms={self.p95_ms:.3f}"
        )


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_library(path: Path) -> list[LibraryEntry]:
    return [
        LibraryEntry(
            id=row["id"],
            name=row["name"],
            producer=row.get("producer"),
            appellation=row.get("appellation"),
            region=row.get("region"),
            country=row.get("country"),
            colour=row.get("colour"),
            category=row.get("category"),
            vintage=row.get("vintage"),
            format_cl=Decimal(str(row["format_cl"])),
        )
        for row in _jsonl(path)
    ]


def load_cases(path: Path) -> list[Case]:
    return [
        Case(
            label=row["label"],
            expect=row["expect"],
            beverage_id=row.get("beverage_id"),
            also_ok=tuple(row.get("also_ok") or ()),
            units_per_sale=(
                None if row.get("units_per_sale") is None else Decimal(str(row["units_per_sale"]))
            ),
            connection=str(row.get("connection") or ""),
        )
        for row in _jsonl(path)
    ]


def _right(case: Case, chosen: str | None) -> bool:
    if case.expect == "none":
        return chosen is None
    return chosen is not None and (chosen == case.beverage_id or chosen in case.also_ok)


def _chosen(suggestion: Suggestion) -> str | None:
    if suggestion.answer == "none" or not suggestion.candidates:
        return None
    return suggestion.candidates[0].entry_id


def _same_units(expected: Decimal | None, got: Decimal | None) -> bool:
    if expected is None or got is None:
        return expected is got
    return abs(expected - got) < Decimal("0.00005")


def baseline_top1(library: Sequence[LibraryEntry], cases: Sequence[Case]) -> float:
    """The bench README's baseline, exactly: WRatio over name+producer+appellation+vintage."""
    choices = [f"{e.name} {e.producer} {e.appellation} {e.vintage or ''}" for e in library]
    right = 0
    for case in cases:
        best = process.extractOne(case.label, choices, scorer=fuzz.WRatio)
        if case.expect == "none":
            right += best is None or best[1] < BASELINE_NONE_BELOW
        else:
            right += best is not None and _right(case, library[best[2]].id)
    return right / len(cases)


def _latencies(
    library: Sequence[LibraryEntry],
    cases: Sequence[Case],
    size: int,
    repeats: int = LATENCY_REPEATS,
    habits: dict[str, Habits] | None = None,
) -> list[float]:
    """Per label, the best of `repeats` cold runs (word cache cleared before each): the
    matcher's own time, not the time other processes on a shared machine took from it."""
    matcher = Matcher(grow(library, size))
    timings = [float("inf")] * len(cases)
    for _ in range(max(repeats, 1)):
        for number, case in enumerate(cases):
            matcher.lookup.clear_cache()  # measure every label cold
            start = time.perf_counter()
            matcher.suggest(case.label, habits=(habits or {}).get(case.connection))
            timings[number] = min(timings[number], (time.perf_counter() - start) * 1000)
    return timings


def _percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def learn_habits(matcher: Matcher, cases: Sequence[Case]) -> dict[str, Habits]:
    """Each connection's habits from all its labels, as a POS sends its whole catalogue
    (cases without a connection are one connection)."""
    labels: dict[str, list[str]] = {}
    for case in cases:
        labels.setdefault(case.connection, []).append(case.label)
    return {name: matcher.learn_habits(texts) for name, texts in labels.items()}


def _answer_row(case: Case, suggestion: Suggestion) -> dict[str, Any]:
    first = suggestion.candidates[0] if suggestion.candidates else None
    units = suggestion.units_per_sale
    return {
        "label": case.label,
        "answer": suggestion.answer,
        "beverage_id": first.entry_id if first is not None else None,
        "units_per_sale": None if units is None else str(units),
        "confidence": first.confidence if first is not None else 0.0,
    }


def run(library_path: Path, cases_path: Path, grow_to: int = 5000) -> BenchResult:
    library, cases = load_library(library_path), load_cases(cases_path)
    matcher = Matcher(library)
    habits = learn_habits(matcher, cases)
    top1 = kind = same_units = false_answers = confident = confident_right = 0
    failures, answers = [], []
    for case in cases:
        suggestion = matcher.suggest(case.label, habits=habits[case.connection])
        answers.append(_answer_row(case, suggestion))
        chosen = _chosen(suggestion)
        ok = _right(case, chosen)
        top1 += ok
        kind += suggestion.answer == case.expect
        same_units += _same_units(case.units_per_sale, suggestion.units_per_sale)
        false_answers += case.expect == "none" and chosen is not None
        if chosen is not None and suggestion.candidates[0].confidence >= CONFIDENT:
            confident += 1
            confident_right += ok
        if not ok or suggestion.answer != case.expect:
            failures.append(
                f"{case.label!r}: expected {case.expect} {case.beverage_id}, got "
                f"{suggestion.answer} {chosen} ({suggestion.explanation})"
            )
    timings = _latencies(library, cases, max(grow_to, len(library)), habits=habits)
    count = len(cases)
    return BenchResult(
        cases=count,
        top1=top1 / count,
        kind=kind / count,
        units=same_units / count,
        baseline=baseline_top1(library, cases),
        p50_ms=statistics.median(timings),
        p95_ms=_percentile(timings, 0.95),
        library_size=len(library),
        grown_size=max(grow_to, len(library)),
        failures=tuple(failures),
        none_cases=sum(case.expect == "none" for case in cases),
        false_answers=false_answers,
        confident=confident,
        confident_right=confident_right,
        answers=tuple(answers),
    )


def main(argv: Sequence[str] | None = None) -> BenchResult:
    parser = argparse.ArgumentParser(description="Benchmark the POS label matcher.")
    parser.add_argument("--library", type=Path, default=DEFAULT_LIBRARY)
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--grow-to", type=int, default=5000)
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument(
        "--answers", type=Path, help="write one JSON answer a line, in the order of the cases"
    )
    args = parser.parse_args(argv)
    result = run(args.library, args.cases, args.grow_to)
    if args.answers is not None:
        with args.answers.open("w", encoding="utf-8") as handle:
            for row in result.answers:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.show_failures:
        for line in result.failures:
            print(line)
    print(f"cases={result.cases} library={result.library_size} latency_library={result.grown_size}")
    print(f"top-1 accuracy:        {result.top1:.3f}")
    print(f"answer-kind accuracy:  {result.kind:.3f}")
    print(f"units-per-sale acc.:   {result.units:.3f}")
    print(f"baseline top-1:        {result.baseline:.3f}")
    print(f"false answers:         {result.false_answers} of {result.none_cases} none cases")
    print(
        f"shown at >= {CONFIDENT:.0%}:       {result.confident_right} right of {result.confident}"
    )
    print(f"latency p50/p95 (ms):  {result.p50_ms:.3f} / {result.p95_ms:.3f}")
    print(result.last_line())
    return result


if __name__ == "__main__":
    main()
