"""What one more till habit costs the matcher on every set we have: each connection's whole
catalogue re-typed with the habit (as one till writes every label the same way), its habits
learnt again, and the answers compared with those on the labels as built. Prints, per
habit, the right answers lost and gained and the none cases newly answered.
See docs/matching.md, "Robustness: every set re-typed".

python benchmarks/matching_perturbations.py [HABIT ...] [--sets NAME ...]
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tastevin.matching.bench import Case, _chosen, _right, learn_habits, load_cases, load_library
from tastevin.matching.matcher import Matcher
from tests.matching.sets import SETS


def _number(label: str, size: int) -> int:
    """A number the label always gets (a till's article number, a price): no randomness."""
    return int(hashlib.sha256(label.encode()).hexdigest()[:8], 16) % size


def _bare(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


HABITS: dict[str, Callable[[str], str]] = {
    "upper": str.upper,
    "lower": str.lower,
    "no-accents": _bare,
    "quoted": lambda label: f'"{label}"',  # an export quoting each label whole
    "starred": lambda label: f"*{label}",  # a till marking every line
    "quantity": lambda label: f"{_number(label, 3) + 1} x {label}",
    "plu": lambda label: f"{10000 + _number(label, 89999)} {label}",
    "plu-fields": lambda label: f"{10000 + _number(label, 89999)};{label};1",
    "family": lambda label: f"BOISSONS/{label}",
    "family-dash": lambda label: f"Bar - {label}",
    "mojibake": lambda label: label.encode("utf-8").decode("cp1252", errors="replace"),
    "price": lambda label: f"{label}  {_number(label, 40) + 3},{_number(label, 10)}0",
    "tab-count": lambda label: f"{label}\t{_number(label, 9) + 1}",
}


@dataclass(frozen=True)
class Outcome:
    habit: str
    right: int
    lost: int
    gained: int
    new_false: int


def _answers(matcher: Matcher, cases: Sequence[Case]) -> list[bool]:
    habits = learn_habits(matcher, cases)
    return [
        _right(case, _chosen(matcher.suggest(case.label, habits=habits[case.connection])))
        for case in cases
    ]


def _one(item: tuple[Path, Path, tuple[str, ...]]) -> list[Outcome]:
    library_path, cases_path, names = item
    matcher = Matcher(load_library(library_path))
    cases = load_cases(cases_path)
    before = _answers(matcher, cases)
    outcomes = []
    for name in names:
        typed = [replace(case, label=HABITS[name](case.label)) for case in cases]
        after = _answers(matcher, typed)
        pairs = list(zip(cases, before, after, strict=True))
        outcomes.append(
            Outcome(
                habit=name,
                right=sum(before),
                lost=sum(1 for _, was, now in pairs if was and not now),
                gained=sum(1 for _, was, now in pairs if now and not was),
                new_false=sum(
                    1 for case, was, now in pairs if was and not now and case.expect == "none"
                ),
            )
        )
    return outcomes


def main(argv: Sequence[str]) -> None:
    args = list(argv)
    wanted = set(args[args.index("--sets") + 1 :]) if "--sets" in args else set()
    args = args[: args.index("--sets")] if "--sets" in args else args
    names = tuple(args or HABITS)
    items = [
        (found.library, found.cases, names)
        for found in SETS
        if found.library is not None
        and found.cases is not None
        and (not wanted or found.name in wanted)
    ]
    with Pool() as pool:
        results = [outcome for outcomes in pool.map(_one, items) for outcome in outcomes]
    for name in names:
        mine = [outcome for outcome in results if outcome.habit == name]
        right = sum(outcome.right for outcome in mine)
        lost = sum(outcome.lost for outcome in mine)
        print(
            f"{name:12} right={right} lost={lost} ({100 * lost / max(right, 1):.2f} %) "
            f"gained={sum(o.gained for o in mine)} new_false={sum(o.new_false for o in mine)}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
