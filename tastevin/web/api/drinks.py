"""Drinks: the library with stock and POS badges, one drink, counts, unlink (owners)."""

from __future__ import annotations

from fastapi import APIRouter, Query, Response

from tastevin.library.detail import drink_detail, stock_history
from tastevin.library.queries import DrinkFilter, list_drinks, pos_labels
from tastevin.library.schemas import BeverageFields, BeveragePatch, NewDrink
from tastevin.library.service import create_beverage, update_beverage
from tastevin.models import Beverage
from tastevin.pos.links import unlink
from tastevin.stock.levels import stock_of
from tastevin.stock.reorder import stock_status
from tastevin.stock.service import record_count
from tastevin.web.api.responses import BAD_INPUT, NOT_FOUND, OWNER, SIGNED_IN, WRITE, of
from tastevin.web.api.schemas import (
    CountIn,
    CountOut,
    DrinkDetailOut,
    DrinkOut,
    DrinkPageOut,
    LinkedProductOut,
    StockEventOut,
)
from tastevin.web.context import API, OWNER_API, Ctx, OwnerContext

router = APIRouter(tags=["drinks"])


def drink_out(ctx: Ctx, beverage: Beverage) -> DrinkOut:
    labels = pos_labels(ctx.db, ctx.rid, [beverage.id]).get(beverage.id, [])
    stock = stock_of(ctx.db, ctx.rid, beverage.id)
    return DrinkOut.model_validate(
        {
            **{name: getattr(beverage, name) for name in BeverageFields.model_fields},
            "id": beverage.id,
            "stock": stock,
            "stock_status": stock_status(stock, beverage.par_level),
            "pos_labels": labels,
        }
    )


@router.get("/drinks", summary="The drinks, with stock and filters", responses=SIGNED_IN)
def drinks(
    q: str = "",
    colour: str = "",
    linked: str = Query("", pattern="^(yes|no)?$"),
    page: int = Query(1, ge=1),
    per_page: int = Query(100, ge=1, le=500),
    ctx: Ctx = API,
) -> DrinkPageOut:
    wanted = DrinkFilter(q=q.strip(), colour=colour, linked=linked, page=page, per_page=per_page)
    result = list_drinks(ctx.db, ctx.rid, wanted)
    items = [
        DrinkOut.model_validate(
            {
                **{name: getattr(row.beverage, name) for name in BeverageFields.model_fields},
                "id": row.beverage.id,
                "stock": row.stock,
                "stock_status": stock_status(row.stock, row.beverage.par_level),
                "pos_labels": list(row.pos_labels),
            }
        )
        for row in result.rows
    ]
    return DrinkPageOut(total=result.total, page=result.page, pages=result.pages, items=items)


@router.post(
    "/drinks",
    status_code=201,
    summary="Add a drink (with its opening stock)",
    responses=of(WRITE, BAD_INPUT),
)
def create(body: NewDrink, ctx: Ctx = API) -> DrinkOut:
    """A new drink; ``opening_stock`` (with ``unit_cost``) is counted now (S-24)."""
    return drink_out(ctx, create_beverage(ctx.db, ctx.rid, body, user_id=ctx.user.id))


@router.get(
    "/drinks/{beverage_id}",
    summary="One drink: stock, links, sales",
    responses=of(SIGNED_IN, NOT_FOUND),
)
def drink(beverage_id: int, ctx: Ctx = API) -> DrinkDetailOut:
    detail = drink_detail(ctx.db, ctx.rid, beverage_id)
    return DrinkDetailOut(
        drink=drink_out(ctx, detail.beverage),
        links=[
            LinkedProductOut.model_validate(link, from_attributes=True) for link in detail.links
        ],
        history=[StockEventOut.model_validate(e, from_attributes=True) for e in detail.history],
    )


@router.patch(
    "/drinks/{beverage_id}",
    summary="Change a drink's fields",
    responses=of(WRITE, NOT_FOUND, BAD_INPUT),
)
def update(  # par_level, zone and every other field of a drink
    beverage_id: int, body: BeveragePatch, ctx: Ctx = API
) -> DrinkOut:
    return drink_out(ctx, update_beverage(ctx.db, ctx.rid, beverage_id, body, user_id=ctx.user.id))


@router.post(
    "/drinks/{beverage_id}/counts",
    status_code=201,
    summary="Record a stock count",
    responses=of(WRITE, NOT_FOUND, BAD_INPUT),
)
def count(beverage_id: int, body: CountIn, ctx: Ctx = API) -> CountOut:
    made = record_count(
        ctx.db, ctx.rid, beverage_id, body.quantity, user_id=ctx.user.id, note=body.note
    )
    return CountOut(
        id=made.id,
        beverage_id=made.beverage_id,
        quantity=made.quantity,
        counted_at=made.counted_at,
        stock=stock_of(ctx.db, ctx.rid, beverage_id),
    )


@router.get(
    "/drinks/{beverage_id}/stock-history",
    summary="A drink's counts, movements and sales days",
    responses=of(SIGNED_IN, NOT_FOUND),
)
def history(beverage_id: int, ctx: Ctx = API) -> list[StockEventOut]:
    drink_detail(ctx.db, ctx.rid, beverage_id)  # 404 for another restaurant's drink
    return [
        StockEventOut.model_validate(e, from_attributes=True)
        for e in stock_history(ctx.db, ctx.rid, beverage_id)
    ]


@router.delete(
    "/drinks/{beverage_id}/links/{pos_product_id}",
    status_code=204,
    summary="Unlink a POS product from the drink (owners)",
    responses=of(OWNER, NOT_FOUND),
)
def unlink_product(
    beverage_id: int, pos_product_id: int, ctx: OwnerContext = OWNER_API
) -> Response:
    """Owners only (S-13): the POS product's past and future sales leave this drink."""
    unlink(ctx.db, ctx.rid, pos_product_id, beverage_id=beverage_id, user_id=ctx.user.id)
    return Response(status_code=204)
