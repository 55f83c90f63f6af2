"""Robustness of the POS label matcher to till habits no set has: the held-out labels
re-typed with one more habit each (seeded), top-1 / false answers / calibration per set.
See docs/matching.md, "Robustness to other till habits".

python benchmarks/matching_variants.py [HABIT ...]   (default: every habit)
"""

from __future__ import annotations

import json
import random
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from tastevin.matching.bench import run

DATA = Path(__file__).resolve().parents[1] / "tests" / "matching" / "data"
SETS = [
    (DATA / "pizzeria" / "pizzeria_library.jsonl", DATA / "pizzeria" / "pizzeria_cases.jsonl"),
    (DATA / "bar" / "bar_library.jsonl", DATA / "bar" / "bar_cases.jsonl"),
    (DATA / "holdout_library.jsonl", DATA / "holdout_cases.jsonl"),
]
_YEAR = re.compile(r"\b(19|20)\d\d\b")


def _glue(label: str, rng: random.Random) -> str:
    words = label.split(" ")
    out = [words[0]]
    for word in words[1:]:
        if out[-1].isalpha() and word.isalpha() and rng.random() < 0.3:
            out[-1] += word
        else:
            out.append(word)
    return " ".join(out)


def _vintage_first(label: str, rng: random.Random) -> str:
    found = _YEAR.search(label)
    if found is None:
        return label
    return f"{found.group(0)} {(label[: found.start()] + label[found.end() :]).strip()}"


HABITS: dict[str, Callable[[str, random.Random], str]] = {
    "plu": lambda label, rng: f"{rng.randrange(100, 9999):04d} {label}",
    "plu-dash": lambda label, rng: f"{rng.randrange(1, 999)} - {label}",
    "suffix-code": lambda label, rng: f"{label} #{rng.randrange(10, 999)}",
    "bracket": lambda label, rng: f"[{rng.choice(['VIN', 'BAR', 'CAVE'])}] {label}",
    "price-first": lambda label, rng: f"{rng.randrange(3, 60)},{rng.choice(['00', '50'])} {label}",
    "qty": lambda label, rng: f"1x {label}",
    "underscore": lambda label, rng: label.replace(" ", "_"),
    "glue": _glue,
    "word5": lambda label, rng: " ".join(w[:5] if w.isalpha() else w for w in label.split()),
    "vintage-first": _vintage_first,
}


def main() -> None:
    wanted = sys.argv[1:] or list(HABITS)
    with tempfile.TemporaryDirectory() as folder:
        for name in wanted:
            for library, cases in SETS:
                rng = random.Random(7)
                rows = [json.loads(line) for line in cases.read_text("utf-8").splitlines()]
                for row in rows:
                    row["label"] = HABITS[name](row["label"], rng)
                typed = Path(folder) / f"{name}_{cases.name}"
                typed.write_text(
                    "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8"
                )
                result = run(library, typed, grow_to=0)
                print(
                    f"{name:13} {cases.parent.name}/{cases.name:24} top1={result.top1:.3f} "
                    f"false={result.false_answers}/{result.none_cases} "
                    f"confident={result.confident_right}/{result.confident}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
