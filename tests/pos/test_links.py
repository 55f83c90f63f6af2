from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tastevin.connectors.registry import capabilities
from tastevin.errors import BadInput, Conflict, NotFound
from tastevin.models import AuditEvent, PosProduct, SaleLine
from tastevin.models.enums import SaleKind, Vendor
from tastevin.pos.links import link, unlink
from tastevin.sales.ingestion import apply_batch
from tastevin.sales.revenue import revenue_by_beverage
from tastevin.stock.levels import stock_of
from tastevin.stock.service import record_count
from tests import factories as f

AT = datetime(2026, 11, 21, 20, 0, tzinfo=UTC)
CAPS = capabilities(Vendor.GENERIC)


def _products(session: Session) -> dict[str, int]:
    return {p.vendor_product_id: p.id for p in session.scalars(select(PosProduct))}


@pytest.fixture
def two_products_one_wine(session: Session):
    """A bottle product (2 sold) and a glass product (6 sold) of the same wine."""
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    wine = f.beverage(session, rest)
    record_count(session, rest.id, wine.id, Decimal(24), at=datetime(2026, 11, 1, tzinfo=UTC))
    apply_batch(
        session,
        conn,
        f.batch(
            f.sale("b1", "BTL", AT, quantity="2", amount="116.00"),
            f.sale("g1", "VRE", AT, quantity="6", amount="66.00"),
        ),
        CAPS,
    )
    ids = _products(session)
    return rest, wine, ids["BTL"], ids["VRE"]


def test_linking_applies_past_sales_retroactively(session: Session, two_products_one_wine) -> None:
    rest, wine, bottle, _glass = two_products_one_wine
    assert stock_of(session, rest.id, wine.id) == Decimal(24)

    link(session, rest.id, bottle, wine.id)

    assert stock_of(session, rest.id, wine.id) == Decimal(22)


def test_unlinking_one_of_two_products_removes_only_its_sales(
    session: Session, two_products_one_wine
) -> None:
    rest, wine, bottle, glass = two_products_one_wine
    link(session, rest.id, bottle, wine.id)
    link(session, rest.id, glass, wine.id, units_per_sale=Decimal("0.1667"))
    assert stock_of(session, rest.id, wine.id) == Decimal(24) - 2 - Decimal("6") * Decimal("0.1667")

    unlink(session, rest.id, glass)

    assert stock_of(session, rest.id, wine.id) == Decimal(22)
    assert session.scalar(select(func.count()).select_from(SaleLine)) == 2  # nothing destroyed
    revenue = revenue_by_beverage(session, rest.id, AT.date(), AT.date())
    assert [r.amount for r in revenue] == [Decimal("116.00")]


def test_relink_restores_the_state_before_unlink(session: Session, two_products_one_wine) -> None:
    rest, wine, bottle, glass = two_products_one_wine
    link(session, rest.id, bottle, wine.id)
    link(session, rest.id, glass, wine.id, units_per_sale=Decimal("0.1667"))
    before = stock_of(session, rest.id, wine.id)

    unlink(session, rest.id, glass)
    link(session, rest.id, glass, wine.id, units_per_sale=Decimal("0.1667"))

    assert stock_of(session, rest.id, wine.id) == before


def test_link_and_unlink_are_audited(session: Session, two_products_one_wine) -> None:
    rest, wine, bottle, _ = two_products_one_wine
    link(session, rest.id, bottle, wine.id, user_id=None)
    unlink(session, rest.id, bottle)
    actions = session.scalars(
        select(AuditEvent.action).where(AuditEvent.subject_type == "pos_product")
    ).all()
    assert actions == ["link", "unlink"]


def test_a_product_links_to_one_beverage_only(session: Session, two_products_one_wine) -> None:
    rest, wine, bottle, _ = two_products_one_wine
    other = f.beverage(session, rest, name="Sancerre", vintage=2022)
    link(session, rest.id, bottle, wine.id)
    with pytest.raises(Conflict):
        link(session, rest.id, bottle, other.id)


def test_units_per_sale_must_be_positive(session: Session, two_products_one_wine) -> None:
    rest, wine, bottle, _ = two_products_one_wine
    with pytest.raises(BadInput):
        link(session, rest.id, bottle, wine.id, units_per_sale=Decimal(0))


def test_another_restaurants_rows_cannot_be_linked(session: Session, two_products_one_wine) -> None:
    rest, _wine, bottle, _ = two_products_one_wine
    intruder = f.restaurant(session, name="Chez Autre")
    their_wine = f.beverage(session, intruder)
    with pytest.raises(NotFound):
        link(session, intruder.id, bottle, their_wine.id)
    with pytest.raises(NotFound):
        link(session, rest.id, bottle, their_wine.id)
    with pytest.raises(NotFound):
        unlink(session, intruder.id, bottle)


def test_refund_gives_stock_back_void_changes_nothing_comp_and_loss_leave(
    session: Session,
) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest)
    wine = f.beverage(session, rest)
    apply_batch(
        session,
        conn,
        f.batch(
            f.sale("1", "BTL", AT, quantity="3", amount="174.00"),
            f.sale("2", "BTL", AT, quantity="-1", amount="-58.00", kind=SaleKind.REFUND),
            f.sale("3", "BTL", AT, quantity="5", amount="0.00", kind=SaleKind.VOID),
            f.sale("4", "BTL", AT, quantity="1", amount="0.00", kind=SaleKind.COMP),
            f.sale("5", "BTL", AT, quantity="1", amount="0.00", kind=SaleKind.LOSS),
        ),
        CAPS,
    )
    link(session, rest.id, _products(session)["BTL"], wine.id)

    assert stock_of(session, rest.id, wine.id) == Decimal(-4)
    [row] = revenue_by_beverage(session, rest.id, AT.date(), AT.date())
    assert (row.units, row.amount) == (Decimal(4), Decimal("116.00"))
