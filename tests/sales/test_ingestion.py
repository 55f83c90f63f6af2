from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tastevin.connectors.base import Capabilities, Channel, SaleKind
from tastevin.models import PosProduct, PosProductLabel, PriceChange, SaleLine
from tastevin.models.enums import Vendor
from tastevin.pos.links import link
from tastevin.sales.ingestion import apply_batch
from tastevin.stock.levels import stock_of
from tests import factories as f

PLAIN = Capabilities(Channel.PULL, sends_catalogue=True, updates_prices=False)
PRICING = Capabilities(Channel.PULL, sends_catalogue=True, updates_prices=True)
EVENING = datetime(2026, 11, 21, 20, 30, tzinfo=UTC)


def _lines(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(SaleLine)) or 0


def test_resent_batch_adds_nothing(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    batch = f.batch(f.sale("t1-1", "W1", EVENING), f.sale("t1-2", "W2", EVENING))

    first = apply_batch(session, conn, batch, PLAIN)
    second = apply_batch(session, conn, batch, PLAIN)

    assert (first.lines_added, second.lines_added) == (2, 0)
    assert _lines(session) == 2


def test_a_line_seen_twice_in_one_batch_counts_once(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    line = f.sale("t1-1", "W1", EVENING)

    result = apply_batch(session, conn, f.batch(line, line), PLAIN)

    assert result.lines_added == 1


def test_same_key_on_two_connections_are_two_lines(session: Session) -> None:
    rest = f.restaurant(session)
    a = f.connection(session, rest, Vendor.GENERIC)
    b = f.connection(session, rest, Vendor.POINTEX)
    batch = f.batch(f.sale("t1-1", "W1", EVENING))

    apply_batch(session, a, batch, PLAIN)
    apply_batch(session, b, batch, PLAIN)

    assert _lines(session) == 2


def test_changed_label_is_recorded_and_keeps_the_link(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    wine = f.beverage(session, rest)
    apply_batch(session, conn, f.batch(f.sale("1", "W1", EVENING, label="CHABLIS 1ER 19")), PLAIN)
    product = session.scalars(select(PosProduct)).one()
    link(session, rest.id, product.id, wine.id)

    apply_batch(
        session, conn, f.batch(f.sale("2", "W1", EVENING, label="CHABLIS FOURCHAUME 20")), PLAIN
    )

    session.refresh(product)
    labels = session.scalars(select(PosProductLabel.label).order_by(PosProductLabel.id)).all()
    assert product.label == "CHABLIS FOURCHAUME 20"
    assert labels == ["CHABLIS 1ER 19", "CHABLIS FOURCHAUME 20"]
    assert stock_of(session, rest.id, wine.id) == Decimal(-2)


def test_business_day_ends_at_cutoff_not_midnight(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    late = datetime(2026, 11, 22, 0, 30, tzinfo=UTC)  # 01:30 in Paris, before the 05:00 cut-off
    morning = datetime(2026, 11, 22, 4, 30, tzinfo=UTC)  # 05:30 in Paris

    apply_batch(session, conn, f.batch(f.sale("a", "W1", late), f.sale("b", "W1", morning)), PLAIN)

    days = dict(session.execute(select(SaleLine.idempotency_key, SaleLine.business_day)).all())
    assert days == {"a": date(2026, 11, 21), "b": date(2026, 11, 22)}


def test_only_price_updating_vendors_change_the_selling_price(session: Session) -> None:
    rest = f.restaurant(session)
    wine = f.beverage(session, rest, selling_price=Decimal("58.00"))
    conn = f.connection(session, rest, Vendor.BIZZON)
    apply_batch(session, conn, f.batch(f.product("W1", "CHABLIS FOURCH", "58.00")), PRICING)
    product = session.scalars(select(PosProduct)).one()
    link(session, rest.id, product.id, wine.id)

    apply_batch(session, conn, f.batch(f.product("W1", "CHABLIS FOURCH", "62.00")), PLAIN)
    assert wine.selling_price == Decimal("58.00")

    result = apply_batch(
        session, conn, f.batch(f.product("W1", "CHABLIS FOURCH", "62.00")), PRICING
    )
    session.refresh(wine)
    assert result.prices_changed == 1
    assert wine.selling_price == Decimal("62.00")
    change = session.scalars(select(PriceChange)).one()
    assert (change.old_price, change.new_price, change.source) == (
        Decimal("58.00"),
        Decimal("62.00"),
        "pos",
    )


def test_a_glass_price_never_becomes_the_bottle_price(session: Session) -> None:
    rest = f.restaurant(session)
    wine = f.beverage(session, rest, selling_price=Decimal("58.00"))
    conn = f.connection(session, rest, Vendor.BIZZON)
    apply_batch(session, conn, f.batch(f.product("G1", "VRE CHABLIS", "11.00")), PRICING)
    product = session.scalars(select(PosProduct)).one()
    link(session, rest.id, product.id, wine.id, units_per_sale=Decimal("0.1667"))

    apply_batch(session, conn, f.batch(f.product("G1", "VRE CHABLIS", "12.00")), PRICING)

    session.refresh(wine)
    assert wine.selling_price == Decimal("58.00")


def test_money_and_quantities_stay_exact_decimals(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    apply_batch(
        session,
        conn,
        f.batch(f.sale("1", "W1", EVENING, quantity="0.1667", amount="0.10", kind=SaleKind.SALE)),
        PLAIN,
    )
    line = session.scalars(select(SaleLine)).one()
    assert line.quantity == Decimal("0.1667")
    assert line.amount == Decimal("0.10")
    assert isinstance(line.amount, Decimal)


def test_a_known_products_new_price_and_flags_are_stored_exactly(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    apply_batch(session, conn, f.batch(f.product("W1", "CHABLIS", "58.00")), PLAIN)
    apply_batch(
        session,
        conn,
        f.batch(f.product("W1", "CHABLIS", "61.50"), f.sale("1", "W1", EVENING)),
        PLAIN,
    )
    product = session.scalars(select(PosProduct)).one()
    session.refresh(product)
    assert (product.last_price, product.sold, product.from_catalogue) == (
        Decimal("61.50"),
        True,
        True,
    )


def test_a_large_catalogue_is_recognised_on_the_next_night(session: Session) -> None:
    """Above a few hundred products the lookups read the connection's whole list."""
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    other = f.connection(session, rest, Vendor.POINTEX)
    apply_batch(session, other, f.batch(f.product("P0001", "NOT THIS ONE")), PLAIN)
    catalogue = [f.product(f"P{i:04d}", f"PRODUIT {i}") for i in range(300)]

    first = apply_batch(session, conn, f.batch(*catalogue), PLAIN)
    renamed = [f.product(r.vendor_product_id, r.label + " BIS") for r in catalogue]
    second = apply_batch(session, conn, f.batch(*renamed), PLAIN)

    assert (first.products_added, second.products_added) == (300, 0)
    labels = session.scalars(
        select(PosProduct.label).where(PosProduct.connection_id == conn.id)
    ).all()
    assert len(labels) == 300
    assert all(label.endswith(" BIS") for label in labels)
    assert session.scalar(select(func.count()).select_from(PosProductLabel)) == 601
