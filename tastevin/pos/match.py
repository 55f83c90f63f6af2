"""What the match dialog shows for one POS product (pages and API alike): the matcher's
candidates as library drinks, the vintages known for the best one, the units per sale and a
manual-entry draft. Explanations are rendered by the caller's ``explain`` (the web app's
renders the matcher's reasons in the user's language)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.library.service import beverages_by_id, vintages_of
from tastevin.matching import Candidate, Reason, Suggestion, parse_label
from tastevin.matching.formats import label_units
from tastevin.matching.types import BY_MEASURE
from tastevin.models import Beverage, PosProduct
from tastevin.pos.sync import connections, get_pos_product, same_label, suggest

Explain = Callable[[Iterable[Reason]], str]
"""Turns the matcher's reasons into one sentence (in the user's language)."""


@dataclass(frozen=True, slots=True)
class Proposal:
    beverage: Beverage
    candidate: Candidate
    explanation: str

    @property
    def percent(self) -> int:
        return round(self.candidate.confidence * 100)


@dataclass(frozen=True, slots=True)
class MatchView:
    product: PosProduct
    suggestion: Suggestion
    explanation: str
    proposals: list[Proposal]
    vintages: list[int]
    units_per_sale: Decimal
    draft: dict[str, str]
    same_label: list[tuple[PosProduct, str]] = field(default_factory=list)
    """Unlinked products of other connections with the same label (linked too if chosen)."""


def match_view(
    session: Session, restaurant_id: int, pos_product_id: int, explain: Explain
) -> MatchView:
    product = get_pos_product(session, restaurant_id, pos_product_id)
    suggestion = suggest(session, restaurant_id, product.id)
    found = beverages_by_id(
        session, restaurant_id, [int(c.entry_id) for c in suggestion.candidates]
    )
    proposals = [
        Proposal(found[int(c.entry_id)], c, explain(c.reasons))
        for c in suggestion.candidates
        if int(c.entry_id) in found and c.answer != "none"  # only credible drinks are offered
    ]
    vintages = vintages_of(session, restaurant_id, proposals[0].beverage.id) if proposals else []
    return MatchView(
        product,
        suggestion,
        explain(suggestion.reasons),
        proposals,
        vintages,
        _units(suggestion, product.label),
        _draft(product),
        _with_vendor(session, restaurant_id, same_label(session, restaurant_id, product.id)),
    )


def _with_vendor(
    session: Session, restaurant_id: int, products: list[PosProduct]
) -> list[tuple[PosProduct, str]]:
    if not products:
        return []
    vendors = {c.id: c.vendor for c in connections(session, restaurant_id)}
    return [(other, vendors.get(other.connection_id, "")) for other in products]


def match_units(session: Session, restaurant_id: int, pos_product_id: int) -> Decimal:
    """Bottles per sale for a drink picked by search: what the label says (a glass is
    12.5 cl of a 75 cl bottle), one bottle otherwise."""
    product = get_pos_product(session, restaurant_id, pos_product_id)
    return label_units(product.label)


def _units(suggestion: Suggestion, label: str) -> Decimal:
    """The matcher's share of a bottle when it knows (a glass is 12/75); else from the label."""
    if suggestion.units_per_sale is not None:
        return suggestion.units_per_sale
    first = suggestion.candidates[0].units_per_sale if suggestion.candidates else None
    if first is not None:
        return first
    return label_units(label)


def _draft(product: PosProduct) -> dict[str, str]:
    """The manual form, prefilled from what the POS label says."""
    parsed = parse_label(product.label)
    draft = {"name": product.label.strip(), "format_cl": "75"}
    if parsed.vintage:
        draft["vintage"] = str(parsed.vintage)
    if parsed.colour:
        draft["colour"] = parsed.colour
    if parsed.volume_cl and parsed.serving not in BY_MEASURE:
        draft["format_cl"] = str(parsed.volume_cl.normalize())
    if product.last_price is not None and parsed.serving not in BY_MEASURE:
        draft["selling_price"] = str(product.last_price)
    return draft
