"""Long fuzzing run of the push parsers (Elyx, Monora, Pointex): at least 10,000 generated
bodies each, realistic ones mutated plus random bytes. Fails (exit 1) on the first input
that makes a parser raise anything but ``BadInput``.

    python benchmarks/fuzz_parsers.py [--examples 10000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, Phase, given, settings

from tests.ingress.test_fuzz_parsers import PARSERS, _outcome


def fuzz(vendor: str, examples: int) -> tuple[int, int, int]:
    parse, bodies = PARSERS[vendor]  # type: ignore[index]
    counts = {"read": 0, "refused": 0}

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(bodies)
    def check(body: bytes) -> None:
        outcome = _outcome(parse, body)
        counts["refused" if isinstance(outcome, str) else "read"] += 1
        assert not isinstance(outcome, str) or outcome

    check()
    return examples, counts["read"], counts["refused"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=10_000)
    args = parser.parse_args()
    total = 0
    for vendor in PARSERS:
        start = time.perf_counter()
        _, read, refused = fuzz(vendor, args.examples)
        total += read + refused
        print(
            f"{vendor}: {read + refused} inputs, {read} read, {refused} refused as BadInput, "
            f"no crash ({time.perf_counter() - start:.1f} s)"
        )
    print(f"inputs={total} crashes=0")


if __name__ == "__main__":
    main()
