""" "N boissons à synchroniser" (S-9) and the match dialog: Oui / Presque / Non (S-10)."""

from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from tastevin.library.queries import search_library
from tastevin.library.schemas import CATEGORIES, COLOURS, OPENING_FIELDS, BeverageFields, NewDrink
from tastevin.pos.match import match_units, match_view
from tastevin.pos.safe import (
    SAFE_THRESHOLD,
    accept_safe,
    clamp_threshold,
    linked_products,
    safe_suggestions,
)
from tastevin.pos.sync import (
    PER_PAGE,
    PendingFilter,
    answer_almost,
    answer_no,
    answer_yes,
    connections,
    pending_count,
    pending_products,
    set_ignored,
    till_habits,
    undo_link,
)
from tastevin.web.context import PAGE, Ctx
from tastevin.web.explain import explainer
from tastevin.web.forms import decimal_field, form_values, parse_model
from tastevin.web.render import flash, fragment, page

router = APIRouter()
FIELDS = list(BeverageFields.model_fields)


@router.get("/sync", response_class=HTMLResponse)
def to_synchronise(
    page_number: int = Query(1, alias="page"),
    show: str = "",
    q: str = "",
    connection: str = "",
    ctx: Ctx = PAGE,
) -> HTMLResponse:
    ignored = show == "ignored"
    number = max(page_number, 1)
    wanted = PendingFilter(query=q.strip(), connection_id=_int_or_none(connection))
    rows = pending_products(ctx.db, ctx.rid, page=number, ignored=ignored, wanted=wanted)
    total = pending_count(ctx.db, ctx.rid)
    filtered = bool(wanted.query) or wanted.connection_id is not None
    listed = connections(ctx.db, ctx.rid)
    habits = None
    if wanted.connection_id in {c.id for c in listed}:
        habits = till_habits(ctx.db, ctx.rid, wanted.connection_id)
    return page(
        ctx,
        "sync/list.html",
        rows=rows,
        ignored=ignored,
        page_number=number,
        has_next=len(rows) == PER_PAGE,
        total=total,
        matching=pending_count(ctx.db, ctx.rid, wanted) if filtered and not ignored else None,
        wanted=wanted,
        connections=listed,
        threshold=round(SAFE_THRESHOLD * 100),
        habits=habits,
    )


@router.get("/sync/safe", response_class=HTMLResponse)
def safe_review(
    threshold: int = Query(round(SAFE_THRESHOLD * 100), ge=50, le=100),
    q: str = "",
    connection: str = "",
    ctx: Ctx = PAGE,
) -> HTMLResponse:
    """Every safe suggestion listed for review before anything is linked."""
    wanted = PendingFilter(query=q.strip(), connection_id=_int_or_none(connection))
    items = safe_suggestions(ctx.db, ctx.rid, clamp_threshold(threshold / 100), wanted)
    return page(ctx, "sync/safe.html", items=items, threshold=threshold, wanted=wanted)


@router.post("/sync/safe")
async def safe_accept(request: Request, ctx: Ctx = PAGE) -> RedirectResponse:
    form = await request.form()
    ids = [int(str(value)) for value in form.getlist("pos_product_id") if str(value).isdigit()]
    threshold = clamp_threshold(decimal_field(str(form.get("threshold") or "90")) / 100)
    made = accept_safe(ctx.db, ctx.rid, ids, threshold, user_id=ctx.user.id)
    linked = ",".join(str(link.pos_product_id) for link in made)
    return RedirectResponse(f"/sync/safe/done?ids={linked}", status_code=303)


@router.get("/sync/safe/done", response_class=HTMLResponse)
def safe_done(ids: str = "", ctx: Ctx = PAGE) -> HTMLResponse:
    """What was linked, each with its undo button."""
    wanted = [int(part) for part in ids.split(",") if part.isdigit()][:10000]
    return page(ctx, "sync/safe_done.html", items=linked_products(ctx.db, ctx.rid, wanted))


@router.post("/sync/{pos_product_id}/undo", response_model=None)
def undo(pos_product_id: int, request: Request, ctx: Ctx = PAGE) -> Response:
    product = undo_link(ctx.db, ctx.rid, pos_product_id, user_id=ctx.user.id)
    if request.headers.get("hx-request") == "true":
        return fragment(ctx, "sync/_undone_row.html", product=product)
    flash(request, ctx.gettext("Link undone: the product is to synchronise again."))
    return RedirectResponse("/sync", status_code=303)


@router.get("/sync/{pos_product_id}/search", response_class=HTMLResponse)
def search(pos_product_id: int, q: str = "", ctx: Ctx = PAGE) -> HTMLResponse:
    """The match dialog's search box: any drink of the library, accents ignored."""
    view_units = match_units(ctx.db, ctx.rid, pos_product_id)
    found = search_library(ctx.db, ctx.rid, q) if q.strip() else []
    return fragment(
        ctx,
        "sync/_search.html",
        found=found,
        q=q,
        product_id=pos_product_id,
        units=view_units,
    )


@router.get("/sync/{pos_product_id}/match", response_class=HTMLResponse)
def match_dialog(pos_product_id: int, ctx: Ctx = PAGE) -> HTMLResponse:
    view = match_view(ctx.db, ctx.rid, pos_product_id, explainer(ctx.locale))
    return fragment(
        ctx, "sync/_dialog.html", v=view, colours=COLOURS, categories=CATEGORIES, errors=[]
    )


@router.post("/sync/{pos_product_id}/yes")
async def yes(
    pos_product_id: int,
    request: Request,
    beverage_id: int = Form(...),
    units_per_sale: str = Form("1"),
    ctx: Ctx = PAGE,
) -> RedirectResponse:
    units = decimal_field(units_per_sale)
    form = await request.form()
    also = [int(str(value)) for value in form.getlist("also") if str(value).isdigit()]
    made = answer_yes(
        ctx.db, ctx.rid, pos_product_id, beverage_id, units, user_id=ctx.user.id, also=also
    )
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
        view = match_view(ctx.db, ctx.rid, pos_product_id, explainer(ctx.locale))
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
    product = set_ignored(ctx.db, ctx.rid, pos_product_id, True, user_id=ctx.user.id)
    if request.headers.get("hx-request") == "true":
        # the row says so, with its undo button, and the counters drop by one
        return fragment(
            ctx, "sync/_ignored_row.html", product=product, total=pending_count(ctx.db, ctx.rid)
        )
    return RedirectResponse("/sync", status_code=303)


@router.post("/sync/{pos_product_id}/unignore", response_model=None)
def unignore(pos_product_id: int, request: Request, back: str = "", ctx: Ctx = PAGE) -> Response:
    set_ignored(ctx.db, ctx.rid, pos_product_id, False, user_id=ctx.user.id)
    if back == "list" and request.headers.get("hx-request") == "true":
        # undone from the to-synchronise list itself: the row comes back as it was
        rows = pending_products(ctx.db, ctx.rid, wanted=PendingFilter(ids=(pos_product_id,)))
        return fragment(
            ctx, "sync/_restored_row.html", rows=rows, total=pending_count(ctx.db, ctx.rid)
        )
    return _row_gone(request, "/sync?show=ignored")


def _row_gone(request: Request, fallback: str) -> Response:
    # HTMX swaps the row out; without JavaScript the list simply reloads.
    if request.headers.get("hx-request") == "true":
        return HTMLResponse("")
    return RedirectResponse(fallback, status_code=303)


def _int_or_none(value: str) -> int | None:
    return int(value) if value.isdigit() else None


def _linked(request: Request, ctx: Ctx, beverage_id: int) -> RedirectResponse:
    flash(request, ctx.gettext("Linked. Its sales now count for this drink."))
    return RedirectResponse("/sync", status_code=303)
