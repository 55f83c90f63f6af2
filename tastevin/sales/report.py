"""The revenue report: per business day and per drink, as the POS charged (S-16). The day
totals include unlinked products, so they equal the POS's own totals. Pages, the JSON API
and the exports all read this one report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.repositories.library import BeverageRepository
from tastevin.sales.revenue import revenue_by_day, totals_by_beverage

ZERO = Decimal("0.00")
MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class DrinkRevenue:
    beverage_id: int
    name: str
    vintage: int | None
    units: Decimal
    amount: Decimal


@dataclass(frozen=True, slots=True)
class RevenueReport:
    start: date
    end: date
    days: list[tuple[date, Decimal]]
    drinks: list[DrinkRevenue]
    total: Decimal
    linked_total: Decimal

    @property
    def peak(self) -> Decimal:
        return max((amount for _, amount in self.days), default=ZERO) or Decimal(1)


def period(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    end = end or today
    start = start or end - timedelta(days=13)
    if start > end:
        start, end = end, start
    return max(start, end - timedelta(days=MAX_DAYS - 1)), end


def revenue_report(session: Session, restaurant_id: int, start: date, end: date) -> RevenueReport:
    per_day = revenue_by_day(session, restaurant_id, start, end)
    days = [(start + timedelta(days=i), ZERO) for i in range((end - start).days + 1)]
    days = [(day, per_day.get(day, ZERO)) for day, _ in days]
    totals = totals_by_beverage(session, restaurant_id, start, end)
    units = {bid: total[0] for bid, total in totals.items()}
    amounts = {bid: total[1] for bid, total in totals.items()}
    names = BeverageRepository(session, restaurant_id).by_ids(list(units))
    drinks = sorted(
        (
            DrinkRevenue(
                bid, names[bid].name, names[bid].vintage, units[bid].normalize(), amounts[bid]
            )
            for bid in units
            if bid in names
        ),
        key=lambda d: (-d.amount, d.name),
    )
    return RevenueReport(
        start, end, days, drinks, sum(per_day.values(), ZERO), sum(amounts.values(), ZERO)
    )
