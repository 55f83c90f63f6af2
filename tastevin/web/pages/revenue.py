"""Revenue ("Chiffre d'affaires"): bars per business day, a table per drink, exports."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

from tastevin.exports import CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE, to_csv, to_xlsx
from tastevin.sales.report import period, revenue_report
from tastevin.web.chart import chart_for
from tastevin.web.context import PAGE, Ctx
from tastevin.web.forms import parse_day
from tastevin.web.render import page
from tastevin.web.reports import revenue_tables

router = APIRouter()


def today_of(ctx: Ctx) -> date:
    return datetime.now(ZoneInfo(ctx.restaurant.timezone)).date()


def _period(ctx: Ctx, start: str, end: str) -> tuple[date, date]:
    """The days asked for, as a native date input sends them (ISO) or typed in the
    reader's language (20/11/2026)."""
    first = parse_day(start, ctx.locale) if start.strip() else None
    last = parse_day(end, ctx.locale) if end.strip() else None
    return period(first, last, today_of(ctx))


@router.get("/revenue", response_class=HTMLResponse)
def revenue(start: str = "", end: str = "", ctx: Ctx = PAGE) -> HTMLResponse:
    first, last = _period(ctx, start, end)
    report = revenue_report(ctx.db, ctx.rid, first, last)
    chart = chart_for(report.days, ctx.fmt.filters())
    return page(ctx, "revenue.html", report=report, chart=chart)


@router.get("/revenue.csv")
def revenue_csv(start: str = "", end: str = "", ctx: Ctx = PAGE) -> Response:
    first, last = _period(ctx, start, end)
    tables = revenue_tables(revenue_report(ctx.db, ctx.rid, first, last), ctx.gettext)
    return Response(
        to_csv(tables),
        media_type=CSV_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="revenue-{first}-{last}.csv"'},
    )


@router.get("/revenue.xlsx")
def revenue_xlsx(start: str = "", end: str = "", ctx: Ctx = PAGE) -> Response:
    first, last = _period(ctx, start, end)
    return Response(
        to_xlsx(revenue_tables(revenue_report(ctx.db, ctx.rid, first, last), ctx.gettext)),
        media_type=XLSX_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="revenue-{first}-{last}.xlsx"'},
    )
