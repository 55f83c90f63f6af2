"""The to-synchronise list and the match dialog (S-9, S-10, S-11).

Lists the POS products not yet linked, asks the matcher for the library drink a label
names, and turns the user's answer (yes / almost / no) into a link plus a confirmed pair,
so the same label ranks that drink first next time."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Select
from sqlalchemy.orm import Session

from tastevin.errors import BadInput
from tastevin.library.schemas import BeverageFields
from tastevin.library.search import matching_ids, search_words
from tastevin.library.service import create_beverage, vintage_variant
from tastevin.matching import LibraryEntry, Matcher, Suggestion, label_key
from tastevin.matching.habits import Habits
from tastevin.models import AuditEvent, Link, MatchConfirmation, PosConnection, PosProduct
from tastevin.models.enums import LinkHow
from tastevin.pos.habits import connection_habits
from tastevin.pos.links import link, open_link, roll_over, unlink
from tastevin.repositories.library import BeverageRepository
from tastevin.repositories.pos import (
    MatchConfirmationRepository,
    PosConnectionRepository,
    PosProductRepository,
)

PER_PAGE = 100


@dataclass(frozen=True, slots=True)
class PendingFilter:
    """The to-synchronise list's search (accents and case ignored) and POS connection."""

    query: str = ""
    connection_id: int | None = None
    ids: tuple[int, ...] | None = None


@dataclass(frozen=True, slots=True)
class PendingProduct:
    id: int
    label: str
    vendor: str
    sold: bool
    """Sold at least once (tag icon) rather than only listed in the POS catalogue."""
    from_catalogue: bool
    revenue: Decimal
    """What its sales brought in: the revenue at stake until it is linked."""
    last_price: Decimal | None
    last_seen_at: datetime
    connection_id: int = 0


def _unlinked(session: Session, restaurant_id: int, *, ignored: bool) -> Select[PosProduct]:
    return PosProductRepository(session, restaurant_id).unlinked(ignored=ignored)


def _pending(
    session: Session, restaurant_id: int, ignored: bool, wanted: PendingFilter | None
) -> Select[PosProduct]:
    query = _unlinked(session, restaurant_id, ignored=ignored)
    if wanted is None:
        return query
    if wanted.connection_id is not None:
        query = query.where(PosProduct.connection_id == wanted.connection_id)
    if wanted.ids is not None:
        query = query.where(PosProduct.id.in_(wanted.ids))
    words = search_words(wanted.query)
    if words:
        rows = PosProductRepository(session, restaurant_id).labels(query)
        query = query.where(PosProduct.id.in_(matching_ids(words, rows)))
    return query


def pending_count(session: Session, restaurant_id: int, wanted: PendingFilter | None = None) -> int:
    query = _pending(session, restaurant_id, False, wanted)
    return PosProductRepository(session, restaurant_id).count(query)


def pending_ids(
    session: Session, restaurant_id: int, wanted: PendingFilter | None = None
) -> list[int]:
    """Ids of every product to synchronise (not linked, not ignored) that the filter keeps."""
    query = _pending(session, restaurant_id, False, wanted)
    return PosProductRepository(session, restaurant_id).ids(query)


def connections(session: Session, restaurant_id: int) -> list[PosConnection]:
    """The restaurant's POS connections, for the to-synchronise list's filter."""
    return PosConnectionRepository(session, restaurant_id).in_order()


def pending_products(
    session: Session,
    restaurant_id: int,
    *,
    page: int = 1,
    per_page: int = PER_PAGE,
    ignored: bool = False,
    wanted: PendingFilter | None = None,
) -> list[PendingProduct]:
    """Sold products before catalogue-only ones, then by revenue at stake, descending."""
    query = _pending(session, restaurant_id, ignored, wanted)
    rows = PosProductRepository(session, restaurant_id).by_revenue(
        query, per_page, (max(page, 1) - 1) * per_page
    )
    return [
        PendingProduct(pid, label, vendor, bool(sold), bool(cat), rev, price, seen, cid)
        for pid, label, vendor, sold, cat, rev, price, seen, cid in rows
    ]


# The matcher indexes a whole library: built once per restaurant and library version.
_MATCHERS: dict[int, tuple[tuple[object, ...], Matcher]] = {}
_LOCK = threading.Lock()


def _library_version(session: Session, restaurant_id: int) -> tuple[object, ...]:
    beverages = BeverageRepository(session, restaurant_id).version()
    confirmed = MatchConfirmationRepository(session, restaurant_id).version()
    return (*beverages, *confirmed)


def matcher_for(session: Session, restaurant_id: int) -> Matcher:
    version = _library_version(session, restaurant_id)
    with _LOCK:
        cached = _MATCHERS.get(restaurant_id)
        if cached is not None and cached[0] == version:
            return cached[1]
    library = BeverageRepository(session, restaurant_id)
    entries = [
        LibraryEntry(
            id=str(b.id),
            name=b.name,
            producer=b.producer,
            appellation=b.appellation,
            region=b.region,
            country=b.country,
            colour=b.colour,
            category=b.category,
            vintage=b.vintage,
            format_cl=b.format_cl,
        )
        for b in library.all(library.active())
    ]
    pairs = {
        key: str(beverage_id)
        for key, beverage_id in MatchConfirmationRepository(session, restaurant_id).pairs()
    }
    matcher = Matcher(entries, pairs)
    with _LOCK:
        _MATCHERS[restaurant_id] = (version, matcher)
    return matcher


def till_habits(session: Session, restaurant_id: int, connection_id: int) -> Habits:
    """What the matcher has learnt of one connection's labels (shown to the owner)."""
    matcher = matcher_for(session, restaurant_id)
    return connection_habits(session, restaurant_id, connection_id, matcher)


def get_pos_product(session: Session, restaurant_id: int, pos_product_id: int) -> PosProduct:
    return PosProductRepository(session, restaurant_id).get(pos_product_id)


def suggest(
    session: Session, restaurant_id: int, pos_product_id: int, limit: int = 3
) -> Suggestion:
    """The matcher's answer for one product, read with its connection's label habits."""
    product = get_pos_product(session, restaurant_id, pos_product_id)
    matcher = matcher_for(session, restaurant_id)
    habits = connection_habits(session, restaurant_id, product.connection_id, matcher)
    return matcher.suggest(product.label, limit, habits)


def same_label(session: Session, restaurant_id: int, pos_product_id: int) -> list[PosProduct]:
    """Unlinked products of the restaurant's other POS connections that carry the same
    label (same normalised key): linked at once with this one if the owner confirms."""
    product = get_pos_product(session, restaurant_id, pos_product_id)
    key = label_key(product.label)
    products = PosProductRepository(session, restaurant_id)
    others = products.all(
        products.unlinked(ignored=False)
        .where(PosProduct.connection_id != product.connection_id)
        .order_by(PosProduct.id)
    )
    return [other for other in others if label_key(other.label) == key]


def answer_yes(
    session: Session,
    restaurant_id: int,
    pos_product_id: int,
    beverage_id: int,
    units_per_sale: Decimal,
    *,
    user_id: int | None = None,
    also: Sequence[int] = (),
) -> Link:
    """Links the product; `also`: products of other connections with the same label that
    the owner chose to link to the same drink (see same_label)."""
    made = _link_and_confirm(
        session, restaurant_id, pos_product_id, beverage_id, units_per_sale, LinkHow.YES, user_id
    )
    twins = {other.id for other in same_label(session, restaurant_id, pos_product_id)}
    for other in also:
        if other not in twins:
            raise BadInput(f"POS product {other} does not carry the same label")
        _link_and_confirm(
            session, restaurant_id, other, beverage_id, units_per_sale, LinkHow.YES, user_id
        )
    return made


def undo_link(
    session: Session, restaurant_id: int, pos_product_id: int, *, user_id: int | None = None
) -> PosProduct:
    """Takes back a link made from the to-synchronise list: the product is to synchronise
    again, and the label no longer ranks that drink first as a confirmed pair."""
    removed = unlink(session, restaurant_id, pos_product_id, user_id=user_id)
    product = get_pos_product(session, restaurant_id, pos_product_id)
    confirmation = MatchConfirmationRepository(session, restaurant_id).for_label(
        label_key(product.label), removed.beverage_id
    )
    if confirmation is not None:
        session.delete(confirmation)
    session.flush()
    return product


def answer_almost(
    session: Session,
    restaurant_id: int,
    pos_product_id: int,
    beverage_id: int,
    vintage: int,
    units_per_sale: Decimal,
    *,
    user_id: int | None = None,
    opening_stock: Decimal | None = None,
    unit_cost: Decimal | None = None,
    start: datetime | None = None,
) -> Link:
    """Same wine, another vintage: link to that vintage, adding it to the library (with its
    opening stock) if new. A product already linked rolls over to it from ``start``
    (default now): its earlier sales stay on the vintage it was linked to."""
    variant = vintage_variant(
        session,
        restaurant_id,
        beverage_id,
        vintage,
        user_id=user_id,
        opening_stock=opening_stock,
        unit_cost=unit_cost,
    )
    if open_link(session, restaurant_id, pos_product_id) is not None:
        return roll_over(
            session,
            restaurant_id,
            pos_product_id,
            variant.id,
            start=start,
            units_per_sale=units_per_sale,
            user_id=user_id,
        )
    return _link_and_confirm(
        session, restaurant_id, pos_product_id, variant.id, units_per_sale, LinkHow.ALMOST, user_id
    )


def answer_no(
    session: Session,
    restaurant_id: int,
    pos_product_id: int,
    fields: BeverageFields,
    units_per_sale: Decimal,
    *,
    user_id: int | None = None,
) -> Link:
    """Not in the library: the drink entered by hand is created, then linked."""
    get_pos_product(session, restaurant_id, pos_product_id)
    beverage = create_beverage(session, restaurant_id, fields, user_id=user_id)
    return _link_and_confirm(
        session, restaurant_id, pos_product_id, beverage.id, units_per_sale, LinkHow.MANUAL, user_id
    )


def set_ignored(
    session: Session,
    restaurant_id: int,
    pos_product_id: int,
    ignored: bool,
    *,
    user_id: int | None = None,
) -> PosProduct:
    """Not a drink (food, a service): hidden from the list, and back again if a mistake."""
    product = get_pos_product(session, restaurant_id, pos_product_id)
    product.ignored = ignored
    session.add(
        AuditEvent(
            restaurant_id=restaurant_id,
            user_id=user_id,
            action="ignore" if ignored else "unignore",
            subject_type="pos_product",
            subject_id=product.id,
            details={"label": product.label},
        )
    )
    session.flush()
    return product


def _link_and_confirm(
    session: Session,
    restaurant_id: int,
    pos_product_id: int,
    beverage_id: int,
    units_per_sale: Decimal,
    how: LinkHow,
    user_id: int | None,
) -> Link:
    new = link(
        session,
        restaurant_id,
        pos_product_id,
        beverage_id,
        units_per_sale=units_per_sale,
        how=how,
        user_id=user_id,
    )
    product = session.get_one(PosProduct, pos_product_id)
    if product.ignored:
        product.ignored = False  # linked means it is a drink after all
    key = label_key(product.label)
    existing = MatchConfirmationRepository(session, restaurant_id).for_label(key)
    if existing is None:
        session.add(
            MatchConfirmation(restaurant_id=restaurant_id, label_key=key, beverage_id=beverage_id)
        )
    else:
        existing.beverage_id = beverage_id
    session.flush()
    return new


def pending_revenue(session: Session, restaurant_id: int) -> Decimal:
    """The revenue at stake over every product still to synchronise (not ignored)."""
    products = PosProductRepository(session, restaurant_id)
    return products.revenue_at_stake(products.unlinked(ignored=False))
