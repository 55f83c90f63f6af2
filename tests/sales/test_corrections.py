"""Late corrections, cancellations and a resend with new amounts change the totals exactly
once: revenue and stock follow the latest version of a ticket, the earlier lines stay in
the ledger marked superseded, and replaying an old version brings nothing back. Run on the
suite's database (SQLite by default) and on PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from copy import deepcopy
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tastevin.db import make_engine, session_factory
from tastevin.models import PosConnection, PosProduct, SaleLine
from tastevin.models.enums import Channel, Vendor
from tastevin.pos.links import link
from tastevin.sales.inbox import process_import, store_raw
from tastevin.sales.reconciliation import reconcile
from tastevin.sales.revenue import revenue_by_day
from tastevin.stock.levels import stock_of
from tests import factories as f

PUBLISHED = Path(__file__).parents[1] / "connectors" / "bizzon" / "published"
DAY = date(2026, 3, 10)


def _invoices() -> dict[str, Any]:
    document: dict[str, Any] = json.loads((PUBLISHED / "invoices_with_items.json").read_text())
    return document


def _arrive(session: Session, connection: PosConnection, body: bytes, **meta: Any) -> int:
    stored = store_raw(session, connection, body, channel=Channel.PULL, meta=meta)
    assert process_import(session, stored.import_id) is not None
    return stored.import_id


def _revenue(session: Session, restaurant_id: int) -> Decimal:
    return revenue_by_day(session, restaurant_id, DAY, DAY).get(DAY, Decimal("0.00"))


def _superseded(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(SaleLine).where(SaleLine.superseded_at.is_not(None))
        )
        or 0
    )


def _mews_correction_and_cancellation(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest, Vendor.BIZZON)
    wine = f.beverage(session, rest)
    original = json.dumps(_invoices()).encode()
    first = _arrive(session, conn, original, endpoint="invoices", day=DAY.isoformat())
    chablis = session.scalars(
        select(PosProduct).where(PosProduct.vendor_product_id == "p-chablis")
    ).one()
    link(session, rest.id, chablis.id, wine.id)
    assert _revenue(session, rest.id) == Decimal("28.00")
    assert stock_of(session, rest.id, wine.id) == Decimal(-3)  # 2 sold + 1 comped

    # A late correction (found through updatedAt): 1 glass instead of 2.
    corrected = _invoices()
    item = corrected["included"][0]["attributes"]
    item.update(
        quantity="1.0", total="8.00", totalInclDiscount="8.00", updatedAt="2026-03-11T09:00:00Z"
    )
    corrected["data"][0]["attributes"]["total"] = "8.00"
    _arrive(session, conn, json.dumps(corrected).encode(), endpoint="invoices", changes=True)
    assert _revenue(session, rest.id) == Decimal("20.00")
    assert stock_of(session, rest.id, wine.id) == Decimal(-2)
    assert _superseded(session) == 3  # the earlier version's three lines, kept

    # The same correction again, and the original replayed: nothing changes.
    again = dict(corrected, meta={"resent": True})
    _arrive(session, conn, json.dumps(again).encode(), endpoint="invoices")
    assert process_import(session, first) is not None
    assert _revenue(session, rest.id) == Decimal("20.00")
    assert stock_of(session, rest.id, wine.id) == Decimal(-2)
    assert _superseded(session) == 3

    # A late cancellation: the invoice earns nothing and gives its stock back.
    cancelled = deepcopy(corrected)
    cancelled["data"][0]["attributes"]["cancelled"] = True
    _arrive(session, conn, json.dumps(cancelled).encode(), endpoint="invoices", changes=True)
    assert _revenue(session, rest.id) == Decimal("12.00")
    assert stock_of(session, rest.id, wine.id) == Decimal(0)
    lines = session.scalar(select(func.count()).select_from(SaleLine)) or 0
    assert lines == 3 + 3 + 3 + 1  # three versions of inv-101, one of inv-102: nothing deleted

    # The POS's own totals followed the same corrections: the day reconciles.
    result = reconcile(session, conn.id, DAY)
    assert (result.pos_total, result.our_total, result.reconciled) == (
        Decimal("12.00"),
        Decimal("12.00"),
        True,
    )


def _pi_document(amount: str) -> bytes:
    document = {
        "external_document_number": "260310-0042",
        "documentdate": "2026-03-10",
        "documenttime": "21:40:00",
        "typedoc": "invoice",
        "items": [
            {
                "itemid": 1,
                "reference": "PI00012",
                "designation": "CHABLIS 1ER CRU 75CL",
                "quantity": 1,
                "total": {"vat_include": amount},
            }
        ],
    }
    return json.dumps(document).encode()


def _pi_resend_with_new_amounts(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest, Vendor.PI_ELYX)
    _arrive(session, conn, _pi_document("58.00"))
    assert _revenue(session, rest.id) == Decimal("58.00")
    _arrive(session, conn, _pi_document("52.00"))  # same document number, new amount
    assert _revenue(session, rest.id) == Decimal("52.00")
    _arrive(session, conn, _pi_document("52.00") + b"\n")  # the same version resent
    assert _revenue(session, rest.id) == Decimal("52.00")
    assert _superseded(session) == 1


JALIA = Path(__file__).parents[1] / "connectors" / "jalia" / "published"


def _pragma_page(*orders: dict[str, Any]) -> bytes:
    return json.dumps({"data": list(orders)}).encode()


def _pragma_corrections_and_cancellations(session: Session) -> None:
    """Orders read again (the recent days): a corrected item and a cancelled order supersede
    their earlier versions once; an order never pulled before is left to its own day."""
    rest = f.restaurant(session)
    conn = f.connection(session, rest, Vendor.JALIA)
    example = json.loads((JALIA / "orders_v1.json").read_text())["data"][0]
    example["openedAt"] = "2026-03-10T20:00:00+01:00"
    first, second = deepcopy(example), deepcopy(example)
    second["id"] = "order-2"
    _arrive(session, conn, _pragma_page(first, second), endpoint="orders")
    assert _revenue(session, rest.id) == Decimal("60.00")  # 30.00 each (the comp earns 0)
    corrected, cancelled = deepcopy(first), deepcopy(second)
    corrected["items"][0].update(quantity=4, total=20)  # 4 Perrier for 20.00 instead of 30.00
    cancelled["isCanceled"] = True
    unseen = deepcopy(example)
    unseen["id"] = "never-pulled"
    page = _pragma_page(corrected, cancelled, unseen)
    _arrive(session, conn, page, endpoint="orders", changes=True)
    assert _revenue(session, rest.id) == Decimal("20.00")
    _arrive(session, conn, page + b"\n", endpoint="orders", changes=True)  # read again
    assert _revenue(session, rest.id) == Decimal("20.00")
    assert _superseded(session) == 4  # both orders' two earlier lines, kept
    tickets = set(session.scalars(select(SaleLine.ticket).where(SaleLine.connection_id == conn.id)))
    assert "never-pulled" not in tickets


def test_pragma_corrections_and_cancellations_count_once(session: Session) -> None:
    _pragma_corrections_and_cancellations(session)


def test_pragma_corrections_and_cancellations_count_once_on_postgresql(
    pg_session: Session,
) -> None:
    _pragma_corrections_and_cancellations(pg_session)


def test_mews_corrections_and_cancellations_count_once(session: Session) -> None:
    _mews_correction_and_cancellation(session)


def test_a_pi_document_resent_with_new_amounts_supersedes_the_first(session: Session) -> None:
    _pi_resend_with_new_amounts(session)


@pytest.fixture
def pg_session(pg_url: str) -> Iterator[Session]:
    engine = make_engine(pg_url)
    with session_factory(engine)() as session:
        yield session
        session.rollback()
    engine.dispose()


def test_mews_corrections_and_cancellations_count_once_on_postgresql(
    pg_session: Session,
) -> None:
    _mews_correction_and_cancellation(pg_session)


def test_a_pi_resend_with_new_amounts_counts_once_on_postgresql(pg_session: Session) -> None:
    _pi_resend_with_new_amounts(pg_session)
