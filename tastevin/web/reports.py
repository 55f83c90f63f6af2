"""The revenue page and its exports: per business day and per drink, as the POS charged
(S-16). The day totals include unlinked products, so they equal the POS's own totals."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from openpyxl import Workbook
from sqlalchemy.orm import Session

from tastevin.models import Beverage
from tastevin.sales.revenue import revenue_by_day, totals_by_beverage
from tastevin.tenancy import scoped

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
    names = (
        {
            b.id: b
            for b in session.scalars(
                scoped(Beverage, restaurant_id).where(Beverage.id.in_(list(units)))
            )
        }
        if units
        else {}
    )
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


def to_csv(report: RevenueReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["business_day", "revenue_eur"])
    for day, amount in report.days:
        writer.writerow([day.isoformat(), f"{amount:.2f}"])
    writer.writerow(["total", f"{report.total:.2f}"])
    writer.writerow([])
    writer.writerow(["beverage_id", "drink", "vintage", "bottles", "revenue_eur"])
    for drink in report.drinks:
        writer.writerow(
            [drink.beverage_id, drink.name, drink.vintage or "", drink.units, f"{drink.amount:.2f}"]
        )
    return out.getvalue()


def to_xlsx(report: RevenueReport) -> bytes:
    book = Workbook()
    days = book.active
    assert days is not None
    days.title = "Days"
    days.append(["Business day", "Revenue (EUR)"])
    for day, amount in report.days:
        days.append([day, amount])
    days.append(["Total", report.total])
    drinks = book.create_sheet("Drinks")
    drinks.append(["Drink", "Vintage", "Bottles", "Revenue (EUR)"])
    for drink in report.drinks:
        drinks.append([drink.name, drink.vintage, drink.units, drink.amount])
    for sheet in (days, drinks):
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, Decimal):
                    cell.number_format = "#,##0.00"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
