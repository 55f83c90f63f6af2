"""To synchronise (S-9) and answering the match dialog (S-10) as JSON."""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import APIRouter, Query

from tastevin.matching import Reason
from tastevin.models import Link
from tastevin.pos.sync import (
    answer_almost,
    answer_no,
    answer_yes,
    pending_count,
    pending_products,
    set_ignored,
)
from tastevin.web.api.schemas import (
    AlmostIn,
    CandidateOut,
    IgnoredOut,
    LinkOut,
    NoIn,
    PendingOut,
    PendingPageOut,
    ReasonOut,
    SuggestionOut,
    YesIn,
)
from tastevin.web.context import API, Ctx
from tastevin.web.match import match_view

router = APIRouter(tags=["synchronise"])


def _link_out(made: Link) -> LinkOut:
    return LinkOut(
        pos_product_id=made.pos_product_id,
        beverage_id=made.beverage_id,
        units_per_sale=made.units_per_sale,
        how=made.how,
        valid_from=made.valid_from,
        valid_until=made.valid_until,
    )


def _reasons_out(reasons: Iterable[Reason]) -> list[ReasonOut]:
    return [ReasonOut(code=item.code, params=dict(item.params)) for item in reasons]


@router.get("/sync")
def to_synchronise(
    page: int = Query(1, ge=1), ignored: bool = False, ctx: Ctx = API
) -> PendingPageOut:
    rows = pending_products(ctx.db, ctx.rid, page=page, ignored=ignored)
    return PendingPageOut(
        count=pending_count(ctx.db, ctx.rid),
        page=page,
        items=[PendingOut.model_validate(row, from_attributes=True) for row in rows],
    )


@router.get("/sync/{pos_product_id}/suggestions")
@router.get("/pos-products/{pos_product_id}/suggestions", summary="Suggestions for a POS product")
def suggestions(pos_product_id: int, ctx: Ctx = API) -> SuggestionOut:
    view = match_view(ctx.db, ctx.rid, pos_product_id, ctx.locale)
    return SuggestionOut(
        pos_product_id=view.product.id,
        label=view.product.label,
        answer=view.suggestion.answer,
        vintage=view.suggestion.vintage,
        units_per_sale=view.units_per_sale,
        explanation=view.explanation,
        reasons=_reasons_out(view.suggestion.reasons),
        candidates=[
            CandidateOut(
                beverage_id=p.beverage.id,
                name=p.beverage.name,
                vintage=p.beverage.vintage,
                confidence=p.candidate.confidence,
                answer=p.candidate.answer,
                units_per_sale=p.candidate.units_per_sale,
                explanation=p.explanation,
                reasons=_reasons_out(p.candidate.reasons),
            )
            for p in view.proposals
        ],
        known_vintages=view.vintages,
    )


@router.post("/sync/{pos_product_id}/yes", status_code=201)
def yes(pos_product_id: int, body: YesIn, ctx: Ctx = API) -> LinkOut:
    return _link_out(
        answer_yes(
            ctx.db,
            ctx.rid,
            pos_product_id,
            body.beverage_id,
            body.units_per_sale,
            user_id=ctx.user.id,
        )
    )


@router.post("/sync/{pos_product_id}/almost", status_code=201)
def almost(pos_product_id: int, body: AlmostIn, ctx: Ctx = API) -> LinkOut:
    return _link_out(
        answer_almost(
            ctx.db,
            ctx.rid,
            pos_product_id,
            body.beverage_id,
            body.vintage,
            body.units_per_sale,
            user_id=ctx.user.id,
            opening_stock=body.opening_stock,
            unit_cost=body.unit_cost,
            start=body.start,
        )
    )


@router.post("/sync/{pos_product_id}/no", status_code=201)
def no(pos_product_id: int, body: NoIn, ctx: Ctx = API) -> LinkOut:
    return _link_out(
        answer_no(
            ctx.db,
            ctx.rid,
            pos_product_id,
            body.beverage,
            body.units_per_sale,
            user_id=ctx.user.id,
        )
    )


@router.post("/sync/{pos_product_id}/ignore")
def ignore(pos_product_id: int, ctx: Ctx = API) -> IgnoredOut:
    product = set_ignored(ctx.db, ctx.rid, pos_product_id, True, user_id=ctx.user.id)
    return IgnoredOut(pos_product_id=product.id, ignored=product.ignored)


@router.post("/sync/{pos_product_id}/unignore")
def unignore(pos_product_id: int, ctx: Ctx = API) -> IgnoredOut:
    product = set_ignored(ctx.db, ctx.rid, pos_product_id, False, user_id=ctx.user.id)
    return IgnoredOut(pos_product_id=product.id, ignored=product.ignored)
