"""The stock pages (S-24 … S-28): "Inventaires" (count sessions, counted on a phone, one
drink after another), "Écarts" (a session's variance, with CSV/XLSX exports), "Livraisons"
(deliveries, correction, cancellation, CSV import), the stock value and "À commander"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tastevin.errors import BadInput
from tastevin.library.queries import DrinkFilter, list_drinks
from tastevin.stock.counts import (
    close_session,
    count_lines,
    drinks_in_scope,
    get_session,
    list_sessions,
    open_session,
    record_line,
    scope_choices,
    summary_of,
)
from tastevin.stock.deliveries import (
    DeliveryLine,
    LineIn,
    cancel_delivery,
    correct_delivery,
    create_delivery,
    delivery_view,
    list_deliveries,
    suppliers,
)
from tastevin.stock.delivery_import import read_delivery_csv
from tastevin.stock.levels import stock_levels
from tastevin.stock.reorder import reorder_lines
from tastevin.stock.valuation import stock_value
from tastevin.stock.variance import variance
from tastevin.web.context import PAGE, Ctx
from tastevin.web.forms import decimal_field, parse_day
from tastevin.web.messages import sentence, translate_error
from tastevin.web.render import flash, page
from tastevin.web.stock_exports import variance_csv, variance_xlsx
from tastevin.web.stock_text import warning_text

router = APIRouter()
TENTHS = tuple(range(10))
MAX_CSV = 2 * 1024 * 1024


# --- count sessions ("Inventaires") -----------------------------------------------------


@router.get("/counts", response_class=HTMLResponse)
def counts(ctx: Ctx = PAGE) -> HTMLResponse:
    categories, zones = scope_choices(ctx.db, ctx.rid)
    return page(
        ctx,
        "stock/counts.html",
        sessions=list_sessions(ctx.db, ctx.rid),
        categories=categories,
        zones=zones,
    )


@router.post("/counts")
def new_count(
    scope: str = Form("all"),
    category: str = Form(""),
    zone: str = Form(""),
    blind: str = Form(""),
    ctx: Ctx = PAGE,
) -> RedirectResponse:
    value = category if scope == "category" else zone if scope == "zone" else None
    made = open_session(ctx.db, ctx.rid, scope, value, blind=bool(blind), user_id=ctx.user.id)
    return RedirectResponse(f"/counts/{made.id}", status_code=303)


@router.get("/counts/{count_id}", response_model=None)
def counting(
    count_id: int, drink: int | None = None, q: str = "", ctx: Ctx = PAGE
) -> HTMLResponse | RedirectResponse:
    """One drink at a time (the next not yet counted, or the one asked for), a search, and
    the list of the session's drinks with what was counted."""
    count = get_session(ctx.db, ctx.rid, count_id)
    if count.status != "open":
        return RedirectResponse(f"/counts/{count.id}/variance", status_code=303)
    drinks = drinks_in_scope(ctx.db, ctx.rid, count)
    counted = {line.beverage_id: line.quantity for line in count_lines(ctx.db, ctx.rid, count.id)}
    words = q.lower().split()
    found = [
        d
        for d in drinks
        if words
        and all(w in f"{d.name} {d.producer or ''} {d.vintage or ''}".lower() for w in words)
    ][:20]
    current = next((d for d in drinks if d.id == drink), None)
    if current is None:
        current = next((d for d in drinks if d.id not in counted), None)
    expected = (
        None
        if count.blind or current is None
        else stock_levels(ctx.db, ctx.rid, [current.id]).get(current.id, Decimal(0))
    )
    return page(
        ctx,
        "stock/counting.html",
        count=count,
        drinks=drinks,
        counted=counted,
        current=current,
        expected=expected,
        found=found,
        q=q,
        tenths=TENTHS,
        summary=summary_of(ctx.db, ctx.rid, count.id),
    )


@router.post("/counts/{count_id}/lines")
def count_drink(
    count_id: int,
    beverage_id: int = Form(...),
    bottles: str = Form("0"),
    tenths: int = Form(0, ge=0, le=9),
    ctx: Ctx = PAGE,
) -> RedirectResponse:
    """Full bottles plus the open bottle's tenths; then the next drink."""
    whole = decimal_field(bottles, default=Decimal(0))
    # A decimal typed straight in ("3,5") is taken as it is.
    integral = whole == whole.to_integral_value()
    quantity = whole + Decimal(tenths) / 10 if integral else whole
    record_line(ctx.db, ctx.rid, count_id, beverage_id, quantity, user_id=ctx.user.id)
    return RedirectResponse(f"/counts/{count_id}#count-form", status_code=303)


@router.post("/counts/{count_id}/close")
def close_count(count_id: int, request: Request, ctx: Ctx = PAGE) -> RedirectResponse:
    close_session(ctx.db, ctx.rid, count_id, user_id=ctx.user.id)
    flash(request, ctx.gettext("Count closed: the counted drinks' stock is set."))
    return RedirectResponse(f"/counts/{count_id}/variance", status_code=303)


@router.get("/counts/{count_id}/variance", response_class=HTMLResponse)
def variance_page(count_id: int, ctx: Ctx = PAGE) -> HTMLResponse:
    result = variance(ctx.db, ctx.rid, count_id)
    warnings = [warning_text(ctx.locale, ctx.fmt, w) for w in result.warnings]
    return page(ctx, "stock/variance.html", v=result, warnings=warnings)


@router.get("/counts/{count_id}/variance.csv")
def variance_as_csv(count_id: int, ctx: Ctx = PAGE) -> Response:
    body = variance_csv(variance(ctx.db, ctx.rid, count_id), ctx.gettext)
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="variance-{count_id}.csv"'},
    )


@router.get("/counts/{count_id}/variance.xlsx")
def variance_as_xlsx(count_id: int, ctx: Ctx = PAGE) -> Response:
    body = variance_xlsx(variance(ctx.db, ctx.rid, count_id), ctx.gettext)
    return Response(
        body,
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": f'attachment; filename="variance-{count_id}.xlsx"'},
    )


# --- deliveries ("Livraisons") -----------------------------------------------------------


@router.get("/deliveries", response_class=HTMLResponse)
def deliveries(ctx: Ctx = PAGE) -> HTMLResponse:
    return page(ctx, "stock/deliveries.html", deliveries=list_deliveries(ctx.db, ctx.rid))


@router.get("/deliveries/new", response_class=HTMLResponse)
def new_delivery(ctx: Ctx = PAGE) -> HTMLResponse:
    return _delivery_form(ctx, None, {}, [])


@router.post("/deliveries", response_model=None)
async def create(request: Request, ctx: Ctx = PAGE) -> Response:
    try:
        header, lines = await _delivery_values(request, ctx)
        with ctx.db.begin_nested():  # a refused delivery leaves nothing half written
            made = create_delivery(
                ctx.db,
                ctx.rid,
                header["supplier"],
                _at(ctx, header["day"]),
                lines,
                reference=header["reference"],
                source=header.get("source") or "manual",
                user_id=ctx.user.id,
            )
    except BadInput as error:
        return await _form_again(request, ctx, None, error)
    flash(request, ctx.gettext("Delivery recorded: its bottles are in stock at its date."))
    return RedirectResponse(f"/deliveries/{made.id}", status_code=303)


@router.get("/deliveries/import", response_class=HTMLResponse)
def import_form(ctx: Ctx = PAGE) -> HTMLResponse:
    return page(ctx, "stock/delivery_import.html", proposal=None, header={})


@router.post("/deliveries/import", response_class=HTMLResponse)
async def import_file(
    file: UploadFile = File(...),
    supplier: str = Form(""),
    day: str = Form(""),
    reference: str = Form(""),
    ctx: Ctx = PAGE,
) -> HTMLResponse:
    """Shows each line matched (or not) to a drink; the user confirms as a delivery."""
    body = await file.read(MAX_CSV + 1)
    if len(body) > MAX_CSV:
        raise BadInput("the file is larger than 2 MB")
    proposal = read_delivery_csv(ctx.db, ctx.rid, body)
    drinks = list_drinks(ctx.db, ctx.rid, DrinkFilter(per_page=500)).rows
    header = {"supplier": supplier, "day": day, "reference": reference}
    return page(ctx, "stock/delivery_import.html", proposal=proposal, header=header, drinks=drinks)


@router.get("/deliveries/{delivery_id}", response_class=HTMLResponse)
def delivery(delivery_id: int, ctx: Ctx = PAGE) -> HTMLResponse:
    return page(ctx, "stock/delivery.html", d=delivery_view(ctx.db, ctx.rid, delivery_id))


@router.get("/deliveries/{delivery_id}/edit", response_class=HTMLResponse)
def edit_delivery(delivery_id: int, ctx: Ctx = PAGE) -> HTMLResponse:
    view = delivery_view(ctx.db, ctx.rid, delivery_id)
    local = view.delivery.delivered_at.astimezone(ZoneInfo(ctx.restaurant.timezone))
    values = {
        "supplier": view.delivery.supplier,
        "day": local.date().isoformat(),
        "reference": view.delivery.reference or "",
    }
    return _delivery_form(ctx, view.delivery.id, values, view.lines)


@router.post("/deliveries/{delivery_id}", response_model=None)
async def correct(delivery_id: int, request: Request, ctx: Ctx = PAGE) -> Response:
    try:
        header, lines = await _delivery_values(request, ctx)
        with ctx.db.begin_nested():  # a refused correction leaves nothing half written
            correct_delivery(
                ctx.db,
                ctx.rid,
                delivery_id,
                header["supplier"],
                _at(ctx, header["day"]),
                lines,
                reference=header["reference"],
                user_id=ctx.user.id,
            )
    except BadInput as error:
        return await _form_again(request, ctx, delivery_id, error)
    flash(request, ctx.gettext("Delivery corrected: the earlier lines are reversed, not erased."))
    return RedirectResponse(f"/deliveries/{delivery_id}", status_code=303)


@router.post("/deliveries/{delivery_id}/cancel")
def cancel(delivery_id: int, request: Request, ctx: Ctx = PAGE) -> RedirectResponse:
    cancel_delivery(ctx.db, ctx.rid, delivery_id, user_id=ctx.user.id)
    flash(request, ctx.gettext("Delivery cancelled: its bottles left the stock."))
    return RedirectResponse(f"/deliveries/{delivery_id}", status_code=303)


async def _form_again(
    request: Request, ctx: Ctx, delivery_id: int | None, error: BadInput
) -> HTMLResponse:
    """The form as it was typed, with what is wrong said in the reader's language: a
    mistake never loses the lines already typed."""
    form = await request.form()
    values = {k: str(form.get(k) or "").strip() for k in ("supplier", "day", "reference")}
    typed = [
        (str(b).strip(), str(q).strip(), str(c).strip())
        for b, q, c in zip(
            form.getlist("beverage_id"),
            form.getlist("quantity"),
            form.getlist("unit_cost"),
            strict=False,
        )
        if str(b).strip() or str(q).strip()
    ]
    return _delivery_form(
        ctx,
        delivery_id,
        values,
        [],
        typed=typed,
        error=sentence(translate_error(error, ctx.locale)),
    )


def _delivery_form(
    ctx: Ctx,
    delivery_id: int | None,
    values: dict[str, str],
    lines: Sequence[DeliveryLine],
    *,
    typed: Sequence[tuple[str, str, str]] = (),
    error: str | None = None,
) -> HTMLResponse:
    drinks = list_drinks(ctx.db, ctx.rid, DrinkFilter(per_page=500)).rows
    if "day" not in values:
        values = {**values, "day": _today(ctx).isoformat()}
    return page(
        ctx,
        "stock/delivery_form.html",
        400 if error else 200,
        delivery_id=delivery_id,
        values=values,
        lines=lines,
        typed=typed,
        error=error,
        drinks=drinks,
        suppliers=suppliers(ctx.db, ctx.rid),
        blank=range(max(3, 5 - len(lines) - len(typed))),
    )


async def _delivery_values(request: Request, ctx: Ctx) -> tuple[dict[str, str], list[LineIn]]:
    form = await request.form()
    header = {k: str(form.get(k) or "").strip() for k in ("supplier", "day", "reference", "source")}
    ids = form.getlist("beverage_id")
    quantities = form.getlist("quantity")
    costs = form.getlist("unit_cost")
    lines = []
    for number, (bid, qty, cost) in enumerate(zip(ids, quantities, costs, strict=False), start=1):
        bid, qty, cost = str(bid).strip(), str(qty).strip(), str(cost).strip()
        if not bid and not qty:
            continue
        if not bid.isdigit():
            raise BadInput("choose the drink", line=number)
        unit_cost = decimal_field(cost) if cost else None
        lines.append(LineIn(int(bid), decimal_field(qty), unit_cost))
    return header, lines


def _today(ctx: Ctx) -> date:
    return datetime.now(ZoneInfo(ctx.restaurant.timezone)).date()


def _at(ctx: Ctx, day: str) -> datetime:
    """A delivery typed with its day arrives at noon, local time (before the evening's
    sales, after the morning's count)."""
    chosen = parse_day(day, ctx.locale)
    return datetime.combine(chosen, time(12), tzinfo=ZoneInfo(ctx.restaurant.timezone)).astimezone(
        UTC
    )


# --- stock value and reorder ---------------------------------------------------------------


@router.get("/stock/value", response_class=HTMLResponse)
def value(day: str = "", ctx: Ctx = PAGE) -> HTMLResponse:
    """Today, or at the end of a past day (the restaurant's midnight)."""
    at = None
    if day:
        chosen = parse_day(day, ctx.locale)
        zone = ZoneInfo(ctx.restaurant.timezone)
        at = datetime.combine(chosen, time(23, 59, 59), tzinfo=zone).astimezone(UTC)
    result = stock_value(ctx.db, ctx.rid, at)
    return page(ctx, "stock/value.html", result=result, day=day)


@router.get("/reorder", response_class=HTMLResponse)
def reorder(weeks: int | None = Query(None, ge=1, le=52), ctx: Ctx = PAGE) -> HTMLResponse:
    return page(
        ctx, "stock/reorder.html", lines=reorder_lines(ctx.db, ctx.rid, weeks=weeks), weeks=weeks
    )
