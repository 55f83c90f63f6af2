"""Drinks ("Boissons"): the library list, a drink's page, add/edit, count, unlink."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tastevin.errors import BadInput
from tastevin.library.detail import drink_detail
from tastevin.library.queries import DrinkFilter, list_drinks
from tastevin.library.schemas import CATEGORIES, COLOURS, OPENING_FIELDS, BeverageFields, NewDrink
from tastevin.library.service import create_beverage, get_beverage, update_beverage
from tastevin.models import Beverage
from tastevin.pos.links import unlink
from tastevin.pos.rollover import roll_over_to
from tastevin.sales.business_day import day_bounds
from tastevin.stock.service import record_count
from tastevin.web.chart import chart_for
from tastevin.web.context import OWNER_PAGE, PAGE, Ctx, OwnerContext
from tastevin.web.forms import decimal_field, form_values, parse_day, parse_model
from tastevin.web.messages import translate_error
from tastevin.web.render import flash, fragment, page

router = APIRouter()
FIELDS = list(BeverageFields.model_fields)
TABS = ("details", "sales", "stock", "prices")
CHART_DAYS = 14


@router.get("/drinks", response_class=HTMLResponse)
def drinks(
    request: Request,
    q: str = "",
    colour: str = "",
    linked: str = "",
    page_number: int = Query(1, alias="page"),
    ctx: Ctx = PAGE,
) -> HTMLResponse:
    wanted = DrinkFilter(q=q.strip(), colour=colour, linked=linked, page=max(page_number, 1))
    result = list_drinks(ctx.db, ctx.rid, wanted)
    variables: dict[str, Any] = {"result": result, "wanted": wanted, "colours": COLOURS}
    if request.headers.get("hx-target") == "drink-table":
        return fragment(ctx, "drinks/_table.html", **variables)
    return page(ctx, "drinks/list.html", **variables)


@router.get("/drinks/new", response_class=HTMLResponse)
def new_drink(ctx: Ctx = PAGE) -> HTMLResponse:
    return _form(ctx, None, {}, [])


@router.post("/drinks", response_model=None)
async def create_drink(request: Request, ctx: Ctx = PAGE) -> Response:
    """A new drink with the stock on hand now and its unit cost (S-24)."""
    values = await form_values(request, [*FIELDS, *OPENING_FIELDS])
    fields, errors = parse_model(NewDrink, values)
    if fields is None:
        return _form(ctx, None, values, errors, 422)
    beverage = create_beverage(ctx.db, ctx.rid, fields, user_id=ctx.user.id)
    flash(request, ctx.gettext("Drink added."))
    return RedirectResponse(f"/drinks/{beverage.id}", status_code=303)


@router.get("/drinks/{beverage_id}", response_class=HTMLResponse)
def drink(beverage_id: int, tab: str = "details", ctx: Ctx = PAGE) -> HTMLResponse:
    return _drink_page(ctx, beverage_id, tab)


def _drink_page(
    ctx: Ctx,
    beverage_id: int,
    tab: str,
    status_code: int = 200,
    count_error: str | None = None,
    count_values: dict[str, str] | None = None,
) -> HTMLResponse:
    detail = drink_detail(ctx.db, ctx.rid, beverage_id)
    per_day: dict[date, Decimal] = {}
    for sale in detail.daily:
        per_day[sale.day] = per_day.get(sale.day, Decimal("0.00")) + sale.amount
    days = sorted(per_day.items())[-CHART_DAYS:]
    return page(
        ctx,
        "drinks/detail.html",
        status_code,
        d=detail,
        tab=tab if tab in TABS else "details",
        sources=[(link.label, link.vendor) for link in detail.links],
        chart=chart_for(days, ctx.fmt.filters()),
        count_error=count_error,
        count_values=count_values or {},
    )


@router.get("/drinks/{beverage_id}/edit", response_class=HTMLResponse)
def edit_drink(beverage_id: int, ctx: Ctx = PAGE) -> HTMLResponse:
    beverage = get_beverage(ctx.db, ctx.rid, beverage_id)
    values = {
        name: "" if getattr(beverage, name) is None else str(getattr(beverage, name))
        for name in FIELDS
    }
    return _form(ctx, beverage, values, [])


@router.post("/drinks/{beverage_id}", response_model=None)
async def save_drink(beverage_id: int, request: Request, ctx: Ctx = PAGE) -> Response:
    beverage = get_beverage(ctx.db, ctx.rid, beverage_id)
    values = await form_values(request, FIELDS)
    fields, errors = parse_model(BeverageFields, values)
    if fields is None:
        return _form(ctx, beverage, values, errors, 422)
    update_beverage(ctx.db, ctx.rid, beverage.id, fields, user_id=ctx.user.id)
    flash(request, ctx.gettext("Drink saved."))
    return RedirectResponse(f"/drinks/{beverage.id}", status_code=303)


@router.post("/drinks/{beverage_id}/count", response_model=None)
def count(
    beverage_id: int,
    request: Request,
    quantity: str = Form(...),
    note: str = Form(""),
    ctx: Ctx = PAGE,
) -> Response:
    try:
        record_count(
            ctx.db,
            ctx.rid,
            beverage_id,
            decimal_field(quantity),
            user_id=ctx.user.id,
            note=note.strip() or None,
        )
    except BadInput as error:
        # The form comes back with what was typed and why it was refused.
        typed = {"quantity": quantity, "note": note}
        message = translate_error(error, ctx.locale)
        return _drink_page(ctx, beverage_id, "stock", 422, message, typed)
    flash(request, ctx.gettext("Stock count recorded."))
    return RedirectResponse(f"/drinks/{beverage_id}?tab=stock", status_code=303)


@router.post("/drinks/{beverage_id}/unlink/{pos_product_id}")
def unlink_product(
    beverage_id: int, pos_product_id: int, request: Request, ctx: OwnerContext = OWNER_PAGE
) -> RedirectResponse:
    unlink(ctx.db, ctx.rid, pos_product_id, beverage_id=beverage_id, user_id=ctx.user.id)
    flash(request, ctx.gettext("The POS product was unlinked."))
    return RedirectResponse(f"/drinks/{beverage_id}?tab=sales", status_code=303)


@router.post("/drinks/{beverage_id}/rollover/{pos_product_id}")
def rollover(
    beverage_id: int,
    pos_product_id: int,
    request: Request,
    vintage: int = Form(...),
    day: str = Form(""),
    opening_stock: str = Form(""),
    unit_cost: str = Form(""),
    ctx: Ctx = PAGE,
) -> RedirectResponse:
    """Vintage roll-over: from the start of that business day (default now) the POS
    product's sales go to the new vintage; the earlier ones stay on this drink."""
    made = roll_over_to(
        ctx.db,
        ctx.rid,
        pos_product_id,
        vintage=vintage,
        start=_business_day_start(ctx, day) if day.strip() else None,
        opening_stock=decimal_field(opening_stock) if opening_stock.strip() else None,
        unit_cost=decimal_field(unit_cost) if unit_cost.strip() else None,
        user_id=ctx.user.id,
    )
    flash(request, ctx.gettext("From that date its sales go to the new vintage."))
    return RedirectResponse(f"/drinks/{made.beverage_id}?tab=sales", status_code=303)


def _business_day_start(ctx: Ctx, day: str) -> datetime:
    chosen = parse_day(day, ctx.locale)
    zone = ZoneInfo(ctx.restaurant.timezone)
    return day_bounds(chosen, zone, ctx.restaurant.day_cutoff)[0]


def _form(
    ctx: Ctx,
    beverage: Beverage | None,
    values: dict[str, str],
    errors: list[str],
    status_code: int = 200,
) -> HTMLResponse:
    if beverage is None and "format_cl" not in values:
        values = {**values, "format_cl": str(Decimal(75))}
    return page(
        ctx,
        "drinks/form.html",
        status_code,
        beverage=beverage,
        values=values,
        errors=errors,
        colours=COLOURS,
        categories=CATEGORIES,
    )
