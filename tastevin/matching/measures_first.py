"""A till that writes the sale's measure first, before one separator, on many labels
("DOSE:RICARD", "DEMI:KRO", "33CL:COCA", "P25:CDR", "VR-CHABLIS"): its short codes there
are measures too ("CP:MOET" a coupe, "V:LILLET" a glass), not families (issue 11,
session 17). A hyphenated head is a measure ("Demi-bouteille – ") or a place ("DEMI-PENSION
- ", half board)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from tastevin.matching.folding import fold
from tastevin.matching.measure_codes import glass_initial
from tastevin.matching.normalise import parse_label
from tastevin.matching.tables import tables

# a short head glued to its separator, the drink's name after it ("FL/25 MeteorPils" is
# a family, then the measure's size)
_MEASURE_HEAD = re.compile(r"^(1/2|[a-z0-9][a-z0-9,]{0,5}) ?([:>|=*;/-])(?=[a-z])")
MIN_MEASURE_HEADS = 3  # distinct measures written first before the separator...
MIN_MEASURE_SHARE = 0.2  # ...on this share of the labels at least
MIN_GLASS_LETTER = 2  # a glass's initial alone starts this many labels at least


def _measure_heads(texts: Sequence[str]) -> list[tuple[str, str]]:
    """Each label's head and separator, where it starts with a short head glued to a
    separator ("dose:", "33cl:", "v:")."""
    found = [_MEASURE_HEAD.match(fold(text).lstrip()) for text in texts]
    return [(match.group(1), match.group(2)) for match in found if match is not None]


def _a_measure(head: str) -> bool:
    parsed = parse_label(head)
    return parsed.serving is not None or parsed.volume_cl is not None


def measure_separators(texts: Sequence[str]) -> frozenset[str]:
    """The separators after which a till writes the sale's measure first ("DOSE:RICARD",
    "DEMI:KRO", "33CL:COCA", "P25:CDR"): several measures, on many labels."""
    heads: dict[str, set[str]] = {}
    labels: Counter[str] = Counter()
    for head, separator in _measure_heads(texts):
        if _a_measure(head):
            heads.setdefault(separator, set()).add(head)
            labels[separator] += 1
    return frozenset(
        separator
        for separator, seen in heads.items()
        if len(seen) >= MIN_MEASURE_HEADS and labels[separator] >= MIN_MEASURE_SHARE * len(texts)
    )


def glass_letters(texts: Sequence[str]) -> tuple[str, ...]:
    """A glass's initial written alone where the till writes its measures first ("V:LILLET"
    beside "DOSE:RICARD", "P25:CDR"): a glass of the default measure, as the initial glued
    to a size is a glass of that size ("V15")."""
    measured = measure_separators(texts)
    counts = Counter(head for head, separator in _measure_heads(texts) if separator in measured)
    return tuple(
        sorted(
            head
            for head, count in counts.items()
            if len(head) == 1 and count >= MIN_GLASS_LETTER and glass_initial(head)
        )
    )


def hyphen_measure(prefix: str) -> bool:
    """A hyphenated head that is a measure ("Demi-bouteille – "), not a place ("DEMI-PENSION
    - ", half board): written as one word, or its last part a measure word."""
    head = prefix.strip(" -–/:>|")
    serving = tables().serving
    last = head.replace(" ", "-").split("-")[-1]
    return head.replace("-", "").replace(" ", "") in serving or last in serving
