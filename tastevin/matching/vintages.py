"""Picks the vintage of a wine for a label: the label's, the nearest, or the most recent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tastevin.matching.explain import Reason, reason
from tastevin.matching.types import Answer


@dataclass(frozen=True)
class VintageChoice:
    entry_id: str
    answer: Answer
    note: Reason | None


def choose_vintage(rows: Sequence[tuple[int | None, str]], vintage: int | None) -> VintageChoice:
    """rows: (vintage, entry id) of one wine in one format."""
    dated = [(year, entry) for year, entry in rows if year is not None]
    if not dated:
        return VintageChoice(rows[0][1], "yes", reason("non_vintage"))
    if vintage is None:
        year, entry = max(dated)
        return VintageChoice(entry, "yes", reason("vintage_not_on_label", library=year))
    for year, entry in dated:
        if year == vintage:
            return VintageChoice(entry, "yes", reason("vintage_equal", vintage=year))
    year, entry = min(dated, key=lambda item: (abs(item[0] - vintage), -item[0]))
    return VintageChoice(entry, "almost", reason("vintage_differs", label=vintage, library=year))
