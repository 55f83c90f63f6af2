"""Accepting the matcher's safe suggestions in one action (issue 11).

A catalogue of 1,658 products is not synchronised one dialog at a time. Every product whose
suggestion is a "yes" shown at or above a threshold the owner sees and can raise is listed
for review first; the owner's accepted list is linked in one action, each link undoable,
and the result page shows what was linked. The suggestion is computed again when
accepting: a product whose suggestion is no longer safe is left to synchronise by hand."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.matching.matcher import CONFIDENT
from tastevin.models import Beverage, Link, PosProduct
from tastevin.pos.sync import PendingFilter, answer_yes, pending_ids, suggest
from tastevin.repositories import BeverageRepository, LinkRepository, PosProductRepository

SAFE_THRESHOLD = CONFIDENT
MIN_THRESHOLD = Decimal("0.5")


@dataclass(frozen=True, slots=True)
class SafeSuggestion:
    product: PosProduct
    beverage: Beverage
    confidence: float
    units_per_sale: Decimal


def clamp_threshold(value: float | Decimal | None) -> float:
    """The owner's threshold, never below 50 % (a coin toss is not a safe suggestion)."""
    if value is None:
        return SAFE_THRESHOLD
    return min(max(float(value), float(MIN_THRESHOLD)), 1.0)


def _safe(
    session: Session, restaurant_id: int, product: PosProduct, threshold: float
) -> tuple[str, float, Decimal] | None:
    found = suggest(session, restaurant_id, product.id, limit=1)
    if found.answer != "yes" or not found.candidates or found.units_per_sale is None:
        return None
    first = found.candidates[0]
    if first.confidence < threshold:
        return None
    return first.entry_id, first.confidence, found.units_per_sale


def safe_suggestions(
    session: Session,
    restaurant_id: int,
    threshold: float = SAFE_THRESHOLD,
    wanted: PendingFilter | None = None,
) -> list[SafeSuggestion]:
    """Products to synchronise whose suggestion is safe, most confident first."""
    products = PosProductRepository(session, restaurant_id).by_label(
        pending_ids(session, restaurant_id, wanted)
    )
    found: list[tuple[PosProduct, str, float, Decimal]] = []
    for product in products:
        safe = _safe(session, restaurant_id, product, threshold)
        if safe is not None:
            found.append((product, *safe))
    ids = [int(entry_id) for _, entry_id, _, _ in found]
    beverages = BeverageRepository(session, restaurant_id).by_ids(ids)
    out = [
        SafeSuggestion(product, beverages[int(entry_id)], confidence, units)
        for product, entry_id, confidence, units in found
        if int(entry_id) in beverages
    ]
    return sorted(out, key=lambda item: (-item.confidence, item.product.label))


def accept_safe(
    session: Session,
    restaurant_id: int,
    pos_product_ids: Sequence[int],
    threshold: float = SAFE_THRESHOLD,
    *,
    user_id: int | None = None,
) -> list[Link]:
    """Links each chosen product to its suggestion if that is still safe at the threshold;
    the others are left to synchronise by hand."""
    pending = set(pending_ids(session, restaurant_id, None))
    made = []
    for product_id in dict.fromkeys(pos_product_ids):
        if product_id not in pending:
            continue
        product = session.get_one(PosProduct, product_id)
        safe = _safe(session, restaurant_id, product, threshold)
        if safe is None:
            continue
        entry_id, _, units = safe
        made.append(
            answer_yes(session, restaurant_id, product_id, int(entry_id), units, user_id=user_id)
        )
    return made


@dataclass(frozen=True, slots=True)
class LinkedProduct:
    product: PosProduct
    beverage: Beverage
    units_per_sale: Decimal


def linked_products(
    session: Session, restaurant_id: int, pos_product_ids: Sequence[int]
) -> list[LinkedProduct]:
    """What the result page shows: those of the products still linked, with their drink."""
    if not pos_product_ids:
        return []
    rows = LinkRepository(session, restaurant_id).with_product_and_drink(list(pos_product_ids))
    return [LinkedProduct(product, beverage, units) for product, beverage, units in rows]
