""" "N boissons à synchroniser" (S-9) and the match dialog: Oui / Presque / Non (S-10)."""

from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tastevin.library.schemas import CATEGORIES, COLOURS, OPENING_FIELDS, BeverageFields, NewDrink
from tastevin.pos.sync import (
    PER_PAGE,
    answer_almost,
    answer_no,
    answer_yes,
    pending_count,
    pending_products,
    set_ignored,
)
from tastevin.web.context import PAGE, Ctx
from tastevin.web.forms import decimal_field, form_values, parse_model
from tastevin.web.match import match_view
from tastevin.web.render import flash, fragment, page

router = APIRouter()
FIELDS = list(BeverageFields.model_fields)


@router.get("/sync", response_class=HTMLResponse)
def to_synchronise(
    page_number: int = Query(1, alias="page"), show: str = "", ctx: Ctx = PAGE
) -> HTMLResponse:
    ignored = show == "ignored"
    number = max(page_number, 1)
    rows = pending_products(ctx.db, ctx.rid, page=number, ignored=ignored)
    total = pending_count(ctx.db, ctx.rid)
    return page(
        ctx,
        "sync/list.html",
        rows=rows,
        ignored=ignored,
        page_number=number,
        has_next=len(rows) == PER_PAGE,
        total=total,
    )


@router.get("/sync/{pos_product_id}/match", response_class=HTMLResponse)
def match_dialog(pos_product_id: int, ctx: Ctx = PAGE) -> HTMLResponse:
    view = match_view(ctx.db, ctx.rid, pos_product_id, ctx.locale)
    return fragment(
        ctx, "sync/_dialog.html", v=view, colours=COLOURS, categories=CATEGORIES, errors=[]
    )


@router.post("/sync/{pos_product_id}/yes")
def yes(
    pos_product_id: int,
    request: Request,
    beverage_id: int = Form(...),
    units_per_sale: str = Form("1"),
    ctx: Ctx = PAGE,
) -> RedirectResponse:
    units = decimal_field(units_per_sale)
    made = answer_yes(ctx.db, ctx.rid, pos_product_id, beverage_id, units, user_id=ctx.user.id)
    return _linked(request, ctx, made.beverage_id)


@router.post("/sync/{pos_product_id}/almost")
def almost(
    pos_product_id: int,
    request: Request,
    beverage_id: int = Form(...),
    vintage: int = Form(...),
    units_per_sale: str = Form("1"),
    opening_stock: str = Form(""),
    unit_cost: str = Form(""),
    ctx: Ctx = PAGE,
) -> RedirectResponse:
    units = decimal_field(units_per_sale)
    made = answer_almost(
        ctx.db,
        ctx.rid,
        pos_product_id,
        beverage_id,
        vintage,
        units,
        user_id=ctx.user.id,
        opening_stock=decimal_field(opening_stock) if opening_stock.strip() else None,
        unit_cost=decimal_field(unit_cost) if unit_cost.strip() else None,
    )
    return _linked(request, ctx, made.beverage_id)


@router.post("/sync/{pos_product_id}/no", response_model=None)
async def no(pos_product_id: int, request: Request, ctx: Ctx = PAGE) -> Response:
    values = await form_values(request, [*FIELDS, *OPENING_FIELDS, "units_per_sale"])
    units = decimal_field(values.pop("units_per_sale", None), default=Decimal(1))
    fields, errors = parse_model(NewDrink, values)
    if fields is None:
        view = match_view(ctx.db, ctx.rid, pos_product_id, ctx.locale)
        flash(request, ctx.gettext("Please check the highlighted fields."), "error")
        return page(
            ctx,
            "sync/match_page.html",
            422,
            v=view,
            colours=COLOURS,
            categories=CATEGORIES,
            errors=errors,
        )
    made = answer_no(ctx.db, ctx.rid, pos_product_id, fields, units, user_id=ctx.user.id)
    return _linked(request, ctx, made.beverage_id)


@router.post("/sync/{pos_product_id}/ignore", response_model=None)
def ignore(pos_product_id: int, request: Request, ctx: Ctx = PAGE) -> Response:
    set_ignored(ctx.db, ctx.rid, pos_product_id, True, user_id=ctx.user.id)
    return _row_gone(request, "/sync")


@router.post("/sync/{pos_product_id}/unignore", response_model=None)
def unignore(pos_product_id: int, request: Request, ctx: Ctx = PAGE) -> Response:
    set_ignored(ctx.db, ctx.rid, pos_product_id, False, user_id=ctx.user.id)
    return _row_gone(request, "/sync?show=ignored")


def _row_gone(request: Request, fallback: str) -> Response:
    # HTMX swaps the row out; without JavaScript the list simply reloads.
    if request.headers.get("hx-request") == "true":
        return HTMLResponse("")
    return RedirectResponse(fallback, status_code=303)


def _linked(request: Request, ctx: Ctx, beverage_id: int) -> RedirectResponse:
    flash(request, ctx.gettext("Linked. Its sales now count for this drink."))
    return RedirectResponse("/sync", status_code=303)
