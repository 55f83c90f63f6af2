"""Revenue ("Chiffre d'affaires"): bars per business day, a table per drink, exports."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

from tastevin.web.chart import chart_for
from tastevin.web.context import PAGE, Ctx
from tastevin.web.render import page
from tastevin.web.reports import period, revenue_report, to_csv, to_xlsx

router = APIRouter()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def today_of(ctx: Ctx) -> date:
    return datetime.now(ZoneInfo(ctx.restaurant.timezone)).date()


@router.get("/revenue", response_class=HTMLResponse)
def revenue(start: date | None = None, end: date | None = None, ctx: Ctx = PAGE) -> HTMLResponse:
    first, last = period(start, end, today_of(ctx))
    report = revenue_report(ctx.db, ctx.rid, first, last)
    chart = chart_for(report.days, ctx.fmt.filters())
    return page(ctx, "revenue.html", report=report, chart=chart)


@router.get("/revenue.csv")
def revenue_csv(start: date | None = None, end: date | None = None, ctx: Ctx = PAGE) -> Response:
    first, last = period(start, end, today_of(ctx))
    body = to_csv(revenue_report(ctx.db, ctx.rid, first, last))
    return Response(
        body.encode("utf-8-sig"),  # the BOM lets Excel read accents right
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="revenue-{first}-{last}.csv"'},
    )


@router.get("/revenue.xlsx")
def revenue_xlsx(start: date | None = None, end: date | None = None, ctx: Ctx = PAGE) -> Response:
    first, last = period(start, end, today_of(ctx))
    return Response(
        to_xlsx(revenue_report(ctx.db, ctx.rid, first, last)),
        media_type=XLSX,
        headers={"Content-Disposition": f'attachment; filename="revenue-{first}-{last}.xlsx"'},
    )
