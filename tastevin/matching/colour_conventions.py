"""The colour a label leaves unsaid: the conventions that choose between a house's wines of
several colours (a rosé is said on a label; a wine whose own name says its colour is no
plainer reading), when such a choice is offered below the confident threshold, and when
one wine's colours named alike leave no choice at all."""

from __future__ import annotations

from functools import cache

from tastevin.matching.scoring import FamilyScore
from tastevin.matching.tables import tables
from tastevin.matching.types import ParsedLabel
from tastevin.matching.vintages import vintage_chooses


def colour_unsaid(parsed: ParsedLabel, pick: FamilyScore, scores: list[FamilyScore]) -> bool:
    """The label says no colour, and the wine chosen and a credible rival are told apart
    only by the colour their names carry ("CLOS DE CAPELUNE 2022": its Blanc or its Rosé;
    "LILLET DOSE"): a convention chose (a rosé is said), not the label, so the answer is
    offered below the confident threshold."""
    if parsed.colour is not None:
        return False
    words = _colour_words()
    if not pick.uncovered & words:
        return False
    return any(
        item is not pick
        and item.credible
        and item.explained == pick.explained
        and item.uncovered & words
        and item.uncovered != pick.uncovered
        for item in scores
    )


def unstated_rose(parsed: ParsedLabel, credible: list[FamilyScore]) -> list[FamilyScore]:
    """A rosé is always said on a label: without a colour, a producer's rosé gives way to
    that producer's other credible wine ("COUPE MOET IMPERIAL" is the white Brut Impérial)."""
    if parsed.colour is not None:
        return credible
    # (a wine whose own name says its colour, "Minuty Prestige Blanc", is no plainer
    # reading of "MINUTY PRESTIGE" than the house's Prestige rosé)
    others = {
        item.family.producer for item in credible if not item.family.rose and not _named(item)
    }
    # ...but a red is, when the house's other credible wines are its rosés ("P45 JABOULET":
    # Parallèle 45 Rouge, not the Rosé)
    others |= {
        item.family.producer
        for item in credible
        if item.family.colour == "rouge"
        and all(
            other.family.colour in ("rouge", "rose") or other.family.rose
            for other in credible
            if other.family.producer == item.family.producer
        )
    }
    return [item for item in credible if not (item.family.rose and item.family.producer in others)]


def _named(item: FamilyScore) -> bool:
    """The wine's own name says its colour, and the label does not ("Prestige Blanc")."""
    colour = item.family.colour
    spellings = tables().colour_spellings.get(colour or "", frozenset())
    return bool(colour and item.uncovered & (spellings | {colour}))


@cache
def _colour_words() -> frozenset[str]:
    spellings = tables().colour_spellings
    return frozenset(spellings).union(*spellings.values())


def colour_twins(parsed: ParsedLabel, served: list[FamilyScore]) -> int:
    """How many colours of the first wine, all named alike ("Château de Rochemorin", red
    and white), a label that says no colour could mean: the plainer reading does not
    choose between them, the label's vintage may."""
    if parsed.colour is not None or not served:
        return 1
    first = served[0].family
    twins = [
        item
        for item in served
        if (item.family.name, item.family.producer) == (first.name, first.producer)
    ]
    if parsed.vintage is not None and vintage_chooses(parsed.vintage, twins):
        return 1  # "2019 CHATEAUNEUF BEAURENARD": the colour held in 2019
    return len({item.family.colour for item in twins})
