"""Revenue per business day and per drink, as the POS charged it (S-16)."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter

from tastevin.sales.report import period, revenue_report
from tastevin.web.api.responses import BAD_INPUT, SIGNED_IN, of
from tastevin.web.api.schemas import DayRevenueOut, DrinkRevenueOut, RevenueOut
from tastevin.web.context import API, Ctx
from tastevin.web.pages.revenue import today_of

router = APIRouter(tags=["revenue"])


@router.get(
    "/revenue",
    summary="Revenue per day and per drink over a period",
    responses=of(SIGNED_IN, BAD_INPUT),
)
def revenue(start: date | None = None, end: date | None = None, ctx: Ctx = API) -> RevenueOut:
    first, last = period(start, end, today_of(ctx))
    report = revenue_report(ctx.db, ctx.rid, first, last)
    return RevenueOut(
        start=report.start,
        end=report.end,
        total=report.total,
        linked_total=report.linked_total,
        days=[DayRevenueOut(day=d, amount=a) for d, a in report.days],
        drinks=[DrinkRevenueOut.model_validate(d, from_attributes=True) for d in report.drinks],
    )
