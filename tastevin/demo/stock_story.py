"""The demo's stock story, so a newcomer sees every stock page filled: two deliveries after
the opening stock, and one closed count session with a realistic variance (most drinks
right, a few bottles missing — a glass poured and not rung up, a breakage — one found)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tastevin.models import Beverage, Restaurant
from tastevin.repositories import BeverageRepository, DeliveryRepository
from tastevin.stock.at import stock_at
from tastevin.stock.counts import close_session, open_session, record_line
from tastevin.stock.deliveries import LineIn, create_delivery

CENT = Decimal("0.01")
COUNTED = 40
SUPPLIERS = (
    ("Cave Dupont Vins", "BL-2026-0412", 5, "vin", 8),
    ("Champagnes Lallier Distribution", "FA-88231", 2, "champagne", 3),
)
# Count minus expected, as first inventories go: mostly right, some short, one over.
GAPS = (0,) * 28 + (-1,) * 7 + (-2,) * 3 + (-3, 1)


def stock_story(session: Session, rest: Restaurant, now: datetime) -> bool:
    """Created once: returns False when the demo already has deliveries."""
    has = session.scalar(
        select(func.count()).select_from(DeliveryRepository(session, rest.id).readable().subquery())
    )
    if has:
        return False
    rng = random.Random(rest.id + 12)
    drinks = list(
        session.scalars(
            BeverageRepository(session, rest.id).readable().order_by(Beverage.name, Beverage.id)
        )
    )
    for supplier, reference, days_ago, category, lines in SUPPLIERS:
        chosen = [b for b in drinks if b.category == category] or drinks
        picked = rng.sample(chosen, min(lines, len(chosen)))
        create_delivery(
            session,
            rest.id,
            supplier,
            now - timedelta(days=days_ago),
            [LineIn(b.id, Decimal(rng.choice((6, 6, 12))), _cost(rng, b)) for b in picked],
            reference=reference,
        )
    _closed_count(session, rest, now - timedelta(days=1), rng.sample(drinks, COUNTED), rng)
    return True


def _cost(rng: random.Random, beverage: Beverage) -> Decimal:
    base = beverage.purchase_price or Decimal(10)
    return (base * Decimal(rng.randint(95, 108)) / 100).quantize(CENT)


def _closed_count(
    session: Session,
    rest: Restaurant,
    at: datetime,
    drinks: list[Beverage],
    rng: random.Random,
) -> None:
    count = open_session(session, rest.id, "all")
    count.opened_at = at
    expected = stock_at(session, rest.id, at, [b.id for b in drinks])
    gaps = list(GAPS)
    rng.shuffle(gaps)
    for i, (beverage, gap) in enumerate(zip(drinks, gaps, strict=False)):
        theory = expected.get(beverage.id, Decimal(0))
        counted = max(theory + gap, Decimal(0))
        record_line(session, rest.id, count.id, beverage.id, counted, at=at + timedelta(minutes=i))
    close_session(session, rest.id, count.id)
