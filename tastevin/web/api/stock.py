"""The stock API (S-24 … S-28): deliveries, count sessions and their variance, stock value,
what to reorder, vintage roll-over. Tenant-scoped; owners and staff alike."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Query, Request

from tastevin.errors import BadInput
from tastevin.pos.links import link_history
from tastevin.pos.rollover import roll_over_to
from tastevin.stock.counts import (
    SessionSummary,
    close_session,
    count_lines,
    drinks_in_scope,
    get_session,
    list_sessions,
    open_session,
    record_line,
    summary_of,
)
from tastevin.stock.deliveries import (
    DeliveryView,
    LineIn,
    cancel_delivery,
    correct_delivery,
    create_delivery,
    delivery_view,
    list_deliveries,
)
from tastevin.stock.delivery_import import read_delivery_csv
from tastevin.stock.levels import stock_levels
from tastevin.stock.reorder import reorder_lines
from tastevin.stock.valuation import stock_value
from tastevin.stock.variance import variance
from tastevin.web.api.stock_schemas import (
    CountDetailOut,
    CountDrinkOut,
    CountIn,
    CountLineIn,
    CountLineOut,
    CountOut,
    DeliveryImportOut,
    DeliveryIn,
    DeliveryLineOut,
    DeliveryOut,
    ImportLineOut,
    LinkPeriodOut,
    ReorderLineOut,
    ReorderOut,
    RollOverIn,
    StockValueOut,
    VarianceLineOut,
    VarianceOut,
    VarianceTotalsOut,
    WarningOut,
)
from tastevin.web.context import API, Ctx
from tastevin.web.stock_text import warning_text

router = APIRouter(tags=["stock"])
ERRORS: dict[int | str, dict[str, str]] = {
    400: {"description": "Bad input (the message says which line and why)"},
    401: {"description": "Not signed in"},
    404: {"description": "Not found in this restaurant"},
}
MAX_CSV = 2 * 1024 * 1024


def delivery_out(view: DeliveryView) -> DeliveryOut:
    d = view.delivery
    return DeliveryOut(
        id=d.id,
        supplier=d.supplier,
        delivered_at=d.delivered_at,
        reference=d.reference,
        status=d.status,
        revision=d.revision,
        source=d.source,
        total_cost=view.total_cost,
        lines=[
            DeliveryLineOut(
                beverage_id=line.beverage_id,
                name=line.name,
                vintage=line.vintage,
                quantity=line.quantity,
                unit_cost=line.unit_cost,
            )
            for line in view.lines
        ],
    )


def _lines(body: DeliveryIn) -> list[LineIn]:
    return [LineIn(line.beverage_id, line.quantity, line.unit_cost) for line in body.lines]


@router.post(
    "/deliveries", status_code=201, summary="Record a supplier's delivery", responses=ERRORS
)
def new_delivery(body: DeliveryIn, ctx: Ctx = API) -> DeliveryOut:
    """Adds each line's bottles to the stock at the delivery's date (S-25)."""
    made = create_delivery(
        ctx.db,
        ctx.rid,
        body.supplier,
        body.delivered_at,
        _lines(body),
        reference=body.reference,
        user_id=ctx.user.id,
    )
    return delivery_out(delivery_view(ctx.db, ctx.rid, made.id))


@router.get("/deliveries", summary="Deliveries, newest first", responses=ERRORS)
def deliveries(ctx: Ctx = API) -> list[DeliveryOut]:
    return [delivery_out(view) for view in list_deliveries(ctx.db, ctx.rid)]


@router.get("/deliveries/{delivery_id}", summary="One delivery", responses=ERRORS)
def delivery(delivery_id: int, ctx: Ctx = API) -> DeliveryOut:
    return delivery_out(delivery_view(ctx.db, ctx.rid, delivery_id))


@router.put("/deliveries/{delivery_id}", summary="Correct a delivery", responses=ERRORS)
def correct(delivery_id: int, body: DeliveryIn, ctx: Ctx = API) -> DeliveryOut:
    """The earlier lines are reversed and the corrected ones added: nothing is deleted."""
    correct_delivery(
        ctx.db,
        ctx.rid,
        delivery_id,
        body.supplier,
        body.delivered_at,
        _lines(body),
        reference=body.reference,
        user_id=ctx.user.id,
    )
    return delivery_out(delivery_view(ctx.db, ctx.rid, delivery_id))


@router.post("/deliveries/{delivery_id}/cancel", summary="Cancel a delivery", responses=ERRORS)
def cancel(delivery_id: int, ctx: Ctx = API) -> DeliveryOut:
    cancel_delivery(ctx.db, ctx.rid, delivery_id, user_id=ctx.user.id)
    return delivery_out(delivery_view(ctx.db, ctx.rid, delivery_id))


@router.post(
    "/deliveries/import",
    summary="Read a supplier's delivery CSV (docs/deliveries.md)",
    responses=ERRORS,
)
async def import_delivery(
    request: Request,
    supplier: str = Query("", max_length=200),
    delivered_at: datetime | None = None,
    reference: str | None = Query(None, max_length=100),
    commit: bool = False,
    ctx: Ctx = API,
) -> DeliveryImportOut:
    """The body is the CSV file. Without ``commit`` the lines come back matched (or not)
    to drinks; with ``commit=true`` and every line matched, the delivery is recorded."""
    body = await request.body()
    if len(body) > MAX_CSV:
        raise BadInput("the file is larger than 2 MB")
    proposal = read_delivery_csv(ctx.db, ctx.rid, body)
    out = DeliveryImportOut(
        complete=proposal.complete,
        lines=[ImportLineOut.model_validate(line, from_attributes=True) for line in proposal.lines],
    )
    if commit:
        if not proposal.complete:
            rows = ", ".join(str(line.row) for line in proposal.lines if line.beverage_id is None)
            raise BadInput(f"lines not matched to a drink: {rows}")
        if delivered_at is None or delivered_at.tzinfo is None:
            raise BadInput("give delivered_at with its time zone")
        made = create_delivery(
            ctx.db,
            ctx.rid,
            supplier,
            delivered_at,
            proposal.confirmed(),
            reference=reference,
            source="csv",
            user_id=ctx.user.id,
        )
        out.delivery = delivery_out(delivery_view(ctx.db, ctx.rid, made.id))
    return out


@router.post("/counts", status_code=201, summary="Open a count session", responses=ERRORS)
def new_count(body: CountIn, ctx: Ctx = API) -> CountOut:
    made = open_session(
        ctx.db, ctx.rid, body.scope, body.value, blind=body.blind, user_id=ctx.user.id
    )
    return _count_out(ctx, made.id)


@router.get("/counts", summary="Count sessions, newest first", responses=ERRORS)
def counts(ctx: Ctx = API) -> list[CountOut]:
    return [count_out(summary) for summary in list_sessions(ctx.db, ctx.rid)]


@router.get("/counts/{count_id}", summary="A count session and its drinks", responses=ERRORS)
def count(count_id: int, ctx: Ctx = API) -> CountDetailOut:
    """The expected stock of each drink is left out in blind mode while the count is open."""
    made = get_session(ctx.db, ctx.rid, count_id)
    drinks = drinks_in_scope(ctx.db, ctx.rid, made)
    counted = {line.beverage_id: line.quantity for line in count_lines(ctx.db, ctx.rid, made.id)}
    hide = made.blind and made.status == "open"
    levels = {} if hide else stock_levels(ctx.db, ctx.rid, [d.id for d in drinks])
    summary = _count_out(ctx, made.id)
    return CountDetailOut(
        **summary.model_dump(),
        drinks=[
            CountDrinkOut(
                beverage_id=d.id,
                name=d.name,
                vintage=d.vintage,
                zone=d.zone,
                counted=counted.get(d.id),
                expected=None if hide else levels.get(d.id, 0),
            )
            for d in drinks
        ],
    )


@router.put("/counts/{count_id}/lines", summary="Count one drink", responses=ERRORS)
def count_line(count_id: int, body: CountLineIn, ctx: Ctx = API) -> CountLineOut:
    """Stamped with the time it is received: sales after it come off the counted stock."""
    line = record_line(
        ctx.db, ctx.rid, count_id, body.beverage_id, body.quantity, user_id=ctx.user.id
    )
    return CountLineOut(
        beverage_id=line.beverage_id, quantity=line.quantity, counted_at=line.counted_at
    )


@router.post(
    "/counts/{count_id}/close", summary="Close a count session: its variance", responses=ERRORS
)
def close(count_id: int, ctx: Ctx = API) -> VarianceOut:
    """Sets the stock of every counted drink; drinks not counted keep theirs (S-26)."""
    close_session(ctx.db, ctx.rid, count_id, user_id=ctx.user.id)
    return variance_out(ctx, count_id)


@router.get("/counts/{count_id}/variance", summary="A count's variance", responses=ERRORS)
def count_variance(count_id: int, ctx: Ctx = API) -> VarianceOut:
    """Expected vs counted per drink, in bottles, € at cost and € at selling price, sorted
    by the money at stake, with the warnings that say whether to trust it."""
    return variance_out(ctx, count_id)


def variance_out(ctx: Ctx, count_id: int) -> VarianceOut:
    result = variance(ctx.db, ctx.rid, count_id)
    return VarianceOut(
        id=result.count.id,
        status=result.count.status,
        lines=[
            VarianceLineOut(
                beverage_id=line.beverage_id,
                name=line.name,
                vintage=line.vintage,
                counted_at=line.counted_at,
                expected=line.expected,
                counted=line.counted,
                difference=line.difference,
                unit_cost=line.unit_cost,
                selling_price=line.selling_price,
                difference_cost=line.difference_cost,
                difference_retail=line.difference_retail,
            )
            for line in result.lines
        ],
        totals=VarianceTotalsOut(
            difference=result.total_difference,
            difference_cost=result.total_cost,
            difference_retail=result.total_retail,
        ),
        warnings=[
            WarningOut(code=w.code, message=warning_text(ctx.locale, ctx.fmt, w), params=w.params)
            for w in result.warnings
        ],
    )


@router.get("/stock/value", summary="Stock value at cost, now or at a date", responses=ERRORS)
def value(at: datetime | None = None, ctx: Ctx = API) -> StockValueOut:
    """Weighted average cost of deliveries and opening stocks, by category; ``at`` is an
    ISO-8601 instant (a date alone means midnight UTC)."""
    moment = None if at is None else (at if at.tzinfo else at.replace(tzinfo=UTC))
    result = stock_value(ctx.db, ctx.rid, moment)
    return StockValueOut(at=moment, total_cost=result.total_cost, by_category=result.by_category)


@router.get("/reorder", summary="Drinks under their par level, to order", responses=ERRORS)
def reorder(weeks: int | None = Query(None, ge=1, le=52), ctx: Ctx = API) -> ReorderOut:
    """``suggested`` = par − stock, or with ``weeks`` the last weeks' consumption − stock
    when that is more, in whole bottles."""
    return ReorderOut(
        weeks=weeks,
        lines=[
            ReorderLineOut.model_validate(line, from_attributes=True)
            for line in reorder_lines(ctx.db, ctx.rid, weeks=weeks)
        ],
    )


@router.post(
    "/links/{pos_product_id}/rollover",
    status_code=201,
    summary="Switch a POS product to another vintage from a date",
    responses=ERRORS,
)
def rollover(pos_product_id: int, body: RollOverIn, ctx: Ctx = API) -> list[LinkPeriodOut]:
    """Sales before ``start`` stay on the drink it was linked to; later ones go to the new
    one. Not an unlink: no sale is removed. Returns the link's history."""
    roll_over_to(
        ctx.db,
        ctx.rid,
        pos_product_id,
        beverage_id=body.beverage_id,
        vintage=body.vintage,
        start=body.start,
        opening_stock=body.opening_stock,
        unit_cost=body.unit_cost,
        user_id=ctx.user.id,
    )
    return _periods(ctx, pos_product_id)


@router.get(
    "/links/{pos_product_id}/history", summary="A POS product's link periods", responses=ERRORS
)
def periods(pos_product_id: int, ctx: Ctx = API) -> list[LinkPeriodOut]:
    return _periods(ctx, pos_product_id)


def _periods(ctx: Ctx, pos_product_id: int) -> list[LinkPeriodOut]:
    return [
        LinkPeriodOut.model_validate(row, from_attributes=True)
        for row in link_history(ctx.db, ctx.rid, pos_product_id)
    ]


def _count_out(ctx: Ctx, count_id: int) -> CountOut:
    return count_out(summary_of(ctx.db, ctx.rid, count_id))


def count_out(summary: SessionSummary) -> CountOut:
    """A count session as the API shows it, in the list and alone alike."""
    s = summary.session
    return CountOut(
        id=s.id,
        scope=s.scope,
        value=s.scope_value,
        blind=s.blind,
        status=s.status,
        opened_at=s.opened_at,
        closed_at=s.closed_at,
        counted=summary.lines,
        in_scope=summary.in_scope,
    )
