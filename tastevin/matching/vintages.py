"""Picks the vintage of a wine for a label: the label's, the nearest, or the most recent;
and whether a label's vintage tells a house's drinks apart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tastevin.matching.explain import Reason, reason
from tastevin.matching.scoring import FamilyScore
from tastevin.matching.types import Answer

NEAR_VINTAGE = 2  # a year this close to a held one may be its next (or last) vintage


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


def vintage_chooses(vintage: int | None, same: list[FamilyScore]) -> bool:
    """The label's vintage tells a house's drinks apart when one holds it and every other
    is held only in years far from it ("DOM PERIGNON 2012": the Vintage held in 2012, not
    the Œnothèque 1996). A year next to another drink's is no choice: "SANZAY 21" may be a
    new vintage of Les Poyeux (2018-2020) as well as La Paterne 2021."""
    if vintage is None:
        return False
    holding = [item for item in same if vintage in years(item)]
    if len(holding) != 1:
        return False
    return all(
        abs(vintage - year) > NEAR_VINTAGE
        for item in same
        if item is not holding[0]
        for year in years(item)
        if year is not None
    )


def years(item: FamilyScore) -> set[int | None]:
    return {year for rows in item.family.formats.values() for year, _ in rows}
