"""What reading an import sets aside, holds back or refuses (issue 10): a bad value or an
unreadable order sets that order aside on the push and the pull paths alike while the rest
applies, counted with its import; only a document that is no list page at all fails (kept);
a sale dated after its arrival is held until confirmed."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tastevin.connectors.base import PosProductRecord, SaleRecord
from tastevin.errors import BadInput
from tastevin.models import PosConnection, RawImport, SaleLine, SetAsideItem
from tastevin.models.enums import Channel, ImportStatus, Vendor
from tastevin.sales import set_aside
from tastevin.sales.imports import import_row
from tastevin.sales.inbox import process_import, store_raw
from tastevin.sales.reconciliation import reconcile
from tests import factories as f

PUBLISHED = Path(__file__).parents[1] / "connectors"
NOW = datetime(2026, 3, 11, 6, 30, tzinfo=UTC)


def _arrive(session: Session, connection: PosConnection, body: bytes, **meta: Any) -> RawImport:
    stored = store_raw(session, connection, body, channel=Channel.PULL, meta=meta)
    process_import(session, stored.import_id)
    return session.get_one(RawImport, stored.import_id)


def _lines(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(SaleLine)) or 0


@pytest.mark.parametrize(
    ("field", "value", "why"),
    [
        ("amount", Decimal("12.345"), "two decimals"),
        ("amount", Decimal("NaN"), "finite"),
        ("quantity", Decimal("1e9"), "out of range"),
        ("key", " ", "empty identifier"),
        ("sold_at", datetime(2026, 3, 10, 20, 0), "time zone"),
    ],
)
def test_the_records_refuse_a_bad_value_naming_line_and_field(
    field: str, value: Any, why: str
) -> None:
    values: dict[str, Any] = {
        "key": "k1",
        "vendor_product_id": "P1",
        "label": "Kir",
        "quantity": Decimal(1),
        "amount": Decimal("6.00"),
        "sold_at": datetime(2026, 3, 10, 20, 0, tzinfo=UTC),
        "line": 7,
    }
    values[field] = value
    with pytest.raises(BadInput) as raised:
        SaleRecord(**values)
    assert raised.value.line == 7
    assert why in raised.value.message
    with pytest.raises(BadInput):
        PosProductRecord("", "no id")


def _pi_document(number: str, total: str) -> dict[str, Any]:
    return {
        "external_document_number": number,
        "documentdate": "2026-03-10",
        "documenttime": "21:00:00",
        "items": [{"reference": "P1", "designation": "KIR", "quantity": 1, "total": total}],
    }


def test_a_bad_amount_sets_its_pushed_document_aside_and_the_rest_applies(
    session: Session,
) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest, Vendor.PI_ELYX)
    body = json.dumps(
        {"documents": [_pi_document("D1", "NaN"), _pi_document("D2", "6.00")]}
    ).encode()
    stored = store_raw(session, conn, body, channel=Channel.WEBHOOK)
    assert process_import(session, stored.import_id) is not None
    raw = session.get_one(RawImport, stored.import_id)
    assert raw.status == ImportStatus.APPLIED and raw.body == body
    assert _lines(session) == 1  # D2
    (item,) = set_aside.open_items(session, conn.id)
    assert item.ref == "D1" and item.line == 1 and "total" in item.reason
    assert item.business_day == date(2026, 3, 10)  # its own date, although the amount is bad
    assert import_row(raw)["set_aside"] == 1


def test_a_bad_amount_sets_its_pulled_invoice_aside_and_the_rest_applies(
    session: Session,
) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest, Vendor.BIZZON)
    document = json.loads((PUBLISHED / "bizzon/published/invoices_with_items.json").read_text())
    document["included"][3]["attributes"]["totalInclDiscount"] = "12.345"
    raw = _arrive(session, conn, json.dumps(document).encode(), endpoint="invoices")
    assert raw.status == ImportStatus.APPLIED
    assert _lines(session) == 3  # the first invoice's three items
    (item,) = set_aside.open_items(session, conn.id)
    assert item.line == 2 and "line 2: field amount" in item.reason and "12.345" in item.reason
    assert import_row(raw)["set_aside"] == 1


@pytest.mark.parametrize(
    ("vendor", "body"),
    [
        (Vendor.PI_ELYX, b'"just a string"'),
        (Vendor.BIZZON, b'{"data": {"id": "one invoice, not a list"}}'),
        (Vendor.JALIA, b'{"orders": []}'),
        (Vendor.POINTEX, b"not;a;journal\n"),
    ],
)
def test_a_document_that_is_no_list_page_fails_whole_and_is_kept(
    session: Session, vendor: Vendor, body: bytes
) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest, vendor)
    raw = _arrive(session, conn, body, endpoint="invoices" if vendor == Vendor.BIZZON else "")
    assert raw.status == ImportStatus.FAILED and raw.body == body and raw.error
    assert _lines(session) == 0


def test_an_undated_order_is_set_aside_counted_with_its_import_and_the_rest_applies(
    session: Session,
) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest, Vendor.JALIA)
    document = json.loads((PUBLISHED / "jalia/published/orders_v1.json").read_text())
    dated = json.loads(json.dumps(document["data"][0]))
    dated["id"], dated["openedAt"] = "dated", "2026-03-10T20:00:00+01:00"
    document["data"].append(dated)
    raw = _arrive(session, conn, json.dumps(document).encode(), endpoint="orders")
    assert raw.status == ImportStatus.APPLIED
    assert _lines(session) == 2  # the dated order's two items
    (item,) = set_aside.open_items(session, conn.id)
    assert item.import_id == raw.id and item.line == 1 and "no usable" in item.reason
    assert import_row(raw)["set_aside"] == 1
    # How the ambiguous money was read is kept with the import: the example is in euros.
    assert raw.meta["reading"]["decisions"]["money_unit"] == {"euros": 1}
    # A replay records it once.
    process_import(session, raw.id)
    assert session.scalar(select(func.count()).select_from(SetAsideItem)) == 1
    # Accepted by the owner: nothing is open any more.
    set_aside.resolve(session, rest.id, item.id, "accept")
    assert set_aside.open_items(session, conn.id) == []


def test_a_sale_dated_after_its_arrival_is_held_until_confirmed(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest, Vendor.BIZZON)
    document = json.loads((PUBLISHED / "bizzon/published/invoices_with_items.json").read_text())
    future = (datetime.now(UTC) + timedelta(hours=10)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    document["data"][1]["attributes"]["createdAt"] = future
    raw = _arrive(session, conn, json.dumps(document).encode(), endpoint="invoices")
    assert raw.status == ImportStatus.APPLIED
    assert _lines(session) == 3  # inv-101's three items; inv-102's is held
    (held,) = set_aside.open_items(session, conn.id)
    assert held.record is not None and held.reason == set_aside.FUTURE_REASON
    day = held.business_day
    assert isinstance(day, date)
    assert reconcile(session, conn.id, day).open_set_aside == 1
    set_aside.resolve(session, rest.id, held.id, "confirm")
    assert _lines(session) == 4
    assert set_aside.open_items(session, conn.id) == []
    other = f.connection(session, rest, Vendor.JALIA)
    document2 = json.loads((PUBLISHED / "jalia/published/orders_v1.json").read_text())
    _arrive(session, other, json.dumps(document2).encode(), endpoint="orders")
    (undated,) = set_aside.open_items(session, other.id)
    with pytest.raises(BadInput):
        set_aside.resolve(session, rest.id, undated.id, "confirm")  # not a held sale


def test_a_pointex_journal_total_line_reconciles_its_day(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest, Vendor.POINTEX)
    journal = (
        "N° ticket;Date;Heure;Code;Libellé;Qté;Montant TTC;Type\n"
        "T1;10/03/2026;20:10;KIR;Kir;2;12,00;VENTE\n"
        "T2;10/03/2026;21:30;CHA;Chablis;1;58,00;VENTE\n"
        ";10/03/2026;23:59;;;;82,50;TOTAL\n"
    ).encode()
    raw = _arrive(session, conn, journal, file_name="journal.csv")
    assert raw.status == ImportStatus.APPLIED
    result = reconcile(session, conn.id, date(2026, 3, 10))
    assert (result.pos_total, result.our_total) == (Decimal("82.50"), Decimal("70.00"))
    assert result.gap == Decimal("12.50") and not result.reconciled


def test_a_set_aside_row_replayed_after_a_parser_fix_is_resolved_and_counted_once(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tastevin.connectors.pointex import parser as pointex
    from tastevin.models.enums import SaleKind

    rest = f.restaurant(session)
    conn = f.connection(session, rest, Vendor.POINTEX)
    journal = (
        "N° ticket;Date;Heure;Code;Libellé;Qté;Montant TTC;Type\n"
        "T1;10/03/2026;20:10;KIR;Kir;2;12,00;VENTE\n"
        "T2;10/03/2026;21:30;CHA;Chablis;1;0,00;CADEAU\n"
    ).encode()
    raw = _arrive(session, conn, journal, file_name="journal.csv")
    assert raw.status == ImportStatus.APPLIED and _lines(session) == 1
    (item,) = set_aside.open_items(session, conn.id)
    assert item.line == 3 and "unknown line type" in item.reason
    assert item.business_day == date(2026, 3, 10)
    # Replayed before any fix: still set aside, once.
    assert set_aside.resolve(session, rest.id, item.id, "replay").resolved_at is None
    assert len(set_aside.open_items(session, conn.id)) == 1
    # The parser learns the word; the owner replays the item: it is read and resolved.
    monkeypatch.setitem(pointex.KINDS, "cadeau", SaleKind.COMP)
    resolved = set_aside.resolve(session, rest.id, item.id, "replay")
    assert resolved.resolution == "replayed" and set_aside.open_items(session, conn.id) == []
    assert _lines(session) == 2
    process_import(session, raw.id)
    assert _lines(session) == 2
