"""The one ingestion service: applies a canonical batch to the ledger, idempotently.

Callers own the transaction. Applying the same batch twice, or two workers applying it at
once, adds every sale line exactly once: the ledger's unique ``(connection_id,
idempotency_key)`` decides, never a read-then-write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from tastevin.connectors.base import (
    CanonicalBatch,
    Capabilities,
    Channel,
    SaleRecord,
    ticket_versions,
)
from tastevin.models import PosConnection, PosProduct, PosProductLabel, Restaurant, SaleLine
from tastevin.models.types import utcnow
from tastevin.sales import bulk, set_aside, tickets
from tastevin.sales.bulk import LedgerContext
from tastevin.sales.business_day import business_day
from tastevin.sales.price_policy import apply_pos_prices
from tastevin.sales.reconciliation import record_totals

_CHUNK = 500
"""Rows per IN (…) list: well under SQLite's bound-parameter limit."""


@dataclass(frozen=True, slots=True)
class ApplyResult:
    products_seen: int
    products_added: int
    lines_seen: int
    lines_added: int
    prices_changed: int
    set_aside: int = 0
    """Orders/lines set aside by the parser, and sales held back as dated in the future."""
    superseded: int = 0
    """Earlier lines replaced by a new version of their ticket."""


@dataclass(slots=True)
class _ProductState:
    label: str
    price: Decimal | None = None
    from_catalogue: bool = False
    sold: bool = False


def apply_batch(
    session: Session,
    connection: PosConnection,
    batch: CanonicalBatch,
    capabilities: Capabilities,
    *,
    import_id: int | None = None,
    received_at: datetime | None = None,
    request_day: date | None = None,
    replayed: bool = False,
    corrections_only: bool = False,
) -> ApplyResult:
    """``received_at``: when the data arrived; a sale dated after it is held back (set
    aside until the owner confirms it). ``request_day``: the business day the data was
    asked for, if any (where a set-aside order belongs). ``replayed``: the import set
    items aside before (what it no longer sets aside is resolved). ``corrections_only``: a
    page read again for late corrections; only tickets already in the ledger are taken from
    it (days never pulled, before the connection's first day, stay out)."""
    restaurant = session.get_one(Restaurant, connection.restaurant_id)
    now = utcnow()
    sales, held = set_aside.split_future(batch.sales, received_at)
    versions = ticket_versions(sales)
    plan = tickets.plan(session, connection.id, versions)
    aside_items = batch.set_aside
    if corrections_only:
        sales = [s for s in sales if s.ticket in plan.renewed]
        held = [s for s in held if s.ticket in plan.renewed or s.ticket in plan.known]
        versions = {t: v for t, v in versions.items() if t in plan.renewed}
        refs = tickets.plan(session, connection.id, {a.ref: "" for a in aside_items if a.ref})
        aside_items = tuple(a for a in aside_items if a.ref in refs.renewed)
    # A corrections page brings products only with the tickets it is allowed to change.
    states = _merge_products(batch if not corrections_only else _with(batch, sales + held))
    ids, added = _upsert_products(session, connection, states, now)
    if plan.known:
        sales = [s for s in sales if s.ticket is None or s.ticket not in plan.known]
    day_of = _day_of(restaurant)
    context = LedgerContext(
        connection.restaurant_id, connection.id, import_id, ids, day_of, versions, plan.renewed
    )
    lines_added = bulk.insert_ignore_sale_lines(session, sales, context) if sales else 0
    superseded = tickets.supersede(session, connection.id, versions, plan.renewed, import_id, now)
    prices_changed = 0
    if capabilities.updates_prices:
        prices = {ids[k]: s.price for k, s in states.items() if s.price is not None}
        prices_changed = apply_pos_prices(session, connection.restaurant_id, prices)
    aside = 0
    if import_id is not None and (aside_items or held or replayed):
        aside = set_aside.record(
            session,
            restaurant_id=connection.restaurant_id,
            connection_id=connection.id,
            import_id=import_id,
            items=aside_items,
            held=held,
            request_day=request_day,
            day_of=day_of,
            replayed=replayed,
        )
    if import_id is not None and capabilities.channel == Channel.FILE:
        # A file brings corrected rows again by hand: settle what they had set aside.
        set_aside.settle_by_key(session, connection.id, import_id, {s.key for s in sales})
    if batch.totals:
        record_totals(
            session,
            restaurant_id=connection.restaurant_id,
            connection_id=connection.id,
            import_id=import_id,
            totals=batch.totals,
            zone=ZoneInfo(restaurant.timezone),
            cutoff=restaurant.day_cutoff,
        )
    return ApplyResult(
        len(states), added, len(batch.sales), lines_added, prices_changed, aside, superseded
    )


def _with(batch: CanonicalBatch, sales: list[SaleRecord]) -> CanonicalBatch:
    return CanonicalBatch(batch.products, tuple(sales))


def _day_of(restaurant: Restaurant) -> Callable[[datetime], date]:
    zone = ZoneInfo(restaurant.timezone)
    cutoff = restaurant.day_cutoff
    days: dict[int, date] = {}  # lines of a night share minutes: work each one out once

    def day_of(moment: datetime) -> date:
        minute = int(moment.timestamp()) // 60
        found = days.get(minute)
        if found is None:
            found = days[minute] = business_day(moment, zone, cutoff)
        return found

    return day_of


def _merge_products(batch: CanonicalBatch) -> dict[str, _ProductState]:
    """One state per vendor product id: the catalogue's label and price win over a sold line's."""
    latest: dict[str, SaleRecord] = {}
    for sale in batch.sales:
        seen = latest.get(sale.vendor_product_id)
        if seen is None or sale.sold_at >= seen.sold_at:
            latest[sale.vendor_product_id] = sale
    # The latest sale's label wins; a product never goes without a label.
    states = {key: _ProductState(sale.label or key, sold=True) for key, sale in latest.items()}
    for record in batch.products:
        state = states.setdefault(record.vendor_product_id, _ProductState(record.label))
        state.label = record.label or state.label
        state.from_catalogue = state.from_catalogue or record.from_catalogue
        if record.price is not None:
            state.price = record.price
    return states


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True, slots=True)
class _Known:
    id: int
    label: str
    last_price: Decimal | None
    sold: bool
    from_catalogue: bool
    last_seen_at: datetime


_SEEN_PRECISION = timedelta(hours=1)
"""``last_seen_at`` is refreshed at most hourly: a night's hundred batches would otherwise
rewrite every product row a hundred times."""


_KNOWN = select(
    PosProduct.vendor_product_id,
    PosProduct.id,
    PosProduct.label,
    PosProduct.last_price,
    PosProduct.sold,
    PosProduct.from_catalogue,
    PosProduct.last_seen_at,
)
_WHOLE_CATALOGUE = 200
"""Above this many keys, reading the connection's whole product list (one parameter) costs
less than binding and planning long ``IN`` lists."""


def _existing(session: Session, connection_id: int, keys: Sequence[str]) -> dict[str, _Known]:
    of_connection = _KNOWN.where(PosProduct.connection_id == connection_id)
    if len(keys) > _WHOLE_CATALOGUE:
        wanted = set(keys)
        rows = session.connection().execute(of_connection)
        return {row[0]: _Known(*row[1:]) for row in rows if row[0] in wanted}
    found: dict[str, _Known] = {}
    for chunk in _chunks(keys):
        rows = session.connection().execute(
            of_connection.where(PosProduct.vendor_product_id.in_(chunk))
        )
        found.update({row[0]: _Known(*row[1:]) for row in rows})
    return found


_PRODUCTS: Table = PosProduct.__table__  # type: ignore[assignment]
_LABELS: Table = PosProductLabel.__table__  # type: ignore[assignment]


_PRODUCT_COLUMNS = bulk.columns_of(_PRODUCTS)
_LABEL_COLUMNS = bulk.columns_of(_LABELS)


def _ids(session: Session, connection_id: int, keys: Sequence[str]) -> dict[str, int]:
    of_connection = select(_PRODUCTS.c.vendor_product_id, _PRODUCTS.c.id).where(
        _PRODUCTS.c.connection_id == connection_id
    )
    if len(keys) > _WHOLE_CATALOGUE:
        wanted = set(keys)
        rows = session.connection().execute(of_connection)
        return {key: product_id for key, product_id in rows if key in wanted}
    found: dict[str, int] = {}
    for chunk in _chunks(keys):
        rows = session.connection().execute(
            of_connection.where(_PRODUCTS.c.vendor_product_id.in_(chunk))
        )
        found.update(dict(rows.all()))
    return found


def _insert_products(
    session: Session,
    connection: PosConnection,
    states: dict[str, _ProductState],
    keys: Sequence[str],
    now: datetime,
) -> dict[str, int]:
    """New products, with their ids. A product created meanwhile by a concurrent writer is
    skipped by the insert and found all the same by the select that follows."""
    if not keys:
        return {}
    row = bulk.row_writer(session, _PRODUCTS, _PRODUCT_COLUMNS)
    rows = [
        row(
            {
                "restaurant_id": connection.restaurant_id,
                "connection_id": connection.id,
                "vendor_product_id": k,
                "label": states[k].label,
                "last_price": states[k].price,
                "sold": states[k].sold,
                "from_catalogue": states[k].from_catalogue,
                "ignored": False,
                "first_seen_at": now,
                "last_seen_at": now,
            }
        )
        for k in keys
    ]
    bulk.insert_ignore(
        session, _PRODUCTS, _PRODUCT_COLUMNS, rows, ("connection_id", "vendor_product_id")
    )
    return _ids(session, connection.id, keys)


_UPDATED = ("label", "last_price", "sold", "from_catalogue", "last_seen_at", "id")


def _changes(known: _Known, state: _ProductState, now: datetime) -> dict[str, Any] | None:
    """The product's new values when anything changed (``last_seen_at`` at most hourly)."""
    values = {
        "label": state.label,
        "last_price": state.price if state.price is not None else known.last_price,
        "sold": known.sold or state.sold,
        "from_catalogue": known.from_catalogue or state.from_catalogue,
    }
    current = {
        "label": known.label,
        "last_price": known.last_price,
        "sold": known.sold,
        "from_catalogue": known.from_catalogue,
    }
    if values == current and now - known.last_seen_at < _SEEN_PRECISION:
        return None
    return {"id": known.id, **values}


def _upsert_products(
    session: Session, connection: PosConnection, states: dict[str, _ProductState], now: datetime
) -> tuple[dict[str, int], int]:
    keys = sorted(states)
    existing = _existing(session, connection.id, keys)
    missing = [k for k in keys if k not in existing]
    created = _insert_products(session, connection, states, missing, now)
    relabelled = {k for k, known in existing.items() if known.label != states[k].label}
    # Sorted by id so that concurrent writers lock rows in the same order (no deadlock).
    updates = [
        change
        for k, known in sorted(existing.items(), key=lambda item: item[1].id)
        if (change := _changes(known, states[k], now)) is not None
    ]
    updated = bulk.row_writer(session, _PRODUCTS, _UPDATED)
    bulk.update_by_id(
        session, _PRODUCTS, _UPDATED[:-1], [updated({**u, "last_seen_at": now}) for u in updates]
    )
    ids = {k: known.id for k, known in existing.items()} | created
    label = bulk.row_writer(session, _LABELS, _LABEL_COLUMNS)
    labels = [
        label({"pos_product_id": ids[k], "label": states[k].label, "first_seen_at": now})
        for k in keys
        if k not in existing or k in relabelled
    ]
    bulk.insert_ignore(session, _LABELS, _LABEL_COLUMNS, labels, ("pos_product_id", "label"))
    return ids, len(missing)


__all__ = ["ApplyResult", "SaleLine", "apply_batch"]
