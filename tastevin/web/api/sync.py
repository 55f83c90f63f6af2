"""To synchronise (S-9) and answering the match dialog (S-10) as JSON."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from fastapi import APIRouter, Query

from tastevin.bounds import MAX_ID
from tastevin.matching import Reason
from tastevin.models import Link
from tastevin.pos.match import match_view
from tastevin.pos.safe import SAFE_THRESHOLD, SafeSuggestion, accept_safe, safe_suggestions
from tastevin.pos.sync import (
    PendingFilter,
    answer_almost,
    answer_no,
    answer_yes,
    pending_count,
    pending_products,
    set_ignored,
    undo_link,
)
from tastevin.web.api.params import PageQuery, PathId
from tastevin.web.api.responses import BAD_INPUT, CONFLICT, NOT_FOUND, SIGNED_IN, WRITE, of
from tastevin.web.api.schemas import (
    AlmostIn,
    CandidateOut,
    IgnoredOut,
    LinkOut,
    NoIn,
    PendingOut,
    PendingPageOut,
    ReasonOut,
    SafeIn,
    SafeListOut,
    SafeOut,
    SuggestionOut,
    UndoneOut,
    YesIn,
)
from tastevin.web.context import API, Ctx
from tastevin.web.explain import explainer

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


@router.get("/sync", summary="Products to synchronise", responses=of(SIGNED_IN, BAD_INPUT))
def to_synchronise(
    page: PageQuery = 1,
    ignored: bool = False,
    q: str = Query("", max_length=200, description="Words of the label, accents ignored"),
    connection_id: Annotated[int, Query(ge=1, le=MAX_ID)] | None = None,
    ctx: Ctx = API,
) -> PendingPageOut:
    wanted = PendingFilter(query=q, connection_id=connection_id)
    rows = pending_products(ctx.db, ctx.rid, page=page, ignored=ignored, wanted=wanted)
    return PendingPageOut(
        count=pending_count(ctx.db, ctx.rid),
        matching=pending_count(ctx.db, ctx.rid, wanted),
        page=page,
        items=[PendingOut.model_validate(row, from_attributes=True) for row in rows],
    )


@router.get("/sync/safe", summary="Safe suggestions to accept in one action", responses=SIGNED_IN)
def safe_list(
    threshold: float = Query(SAFE_THRESHOLD, ge=0.5, le=1.0),
    q: str = Query("", max_length=200),
    connection_id: Annotated[int, Query(ge=1, le=MAX_ID)] | None = None,
    ctx: Ctx = API,
) -> SafeListOut:
    wanted = PendingFilter(query=q, connection_id=connection_id)
    items = safe_suggestions(ctx.db, ctx.rid, threshold, wanted)
    return SafeListOut(threshold=threshold, items=[_safe_out(item) for item in items])


@router.post(
    "/sync/safe",
    status_code=201,
    summary="Accept safe suggestions",
    responses=of(WRITE, {422: {"description": "Invalid threshold or ids"}}),
)
def safe_accept(body: SafeIn, ctx: Ctx = API) -> list[LinkOut]:
    made = accept_safe(ctx.db, ctx.rid, body.pos_product_ids, body.threshold, user_id=ctx.user.id)
    return [_link_out(link) for link in made]


@router.post(
    "/sync/{pos_product_id}/undo",
    summary="Undo a link made while synchronising",
    responses=of(WRITE, {404: {"description": "Unknown or unlinked product"}}),
)
def undo(pos_product_id: PathId, ctx: Ctx = API) -> UndoneOut:
    product = undo_link(ctx.db, ctx.rid, pos_product_id, user_id=ctx.user.id)
    return UndoneOut(pos_product_id=product.id, linked=False)


def _safe_out(item: SafeSuggestion) -> SafeOut:
    return SafeOut(
        pos_product_id=item.product.id,
        label=item.product.label,
        beverage_id=item.beverage.id,
        name=item.beverage.name,
        vintage=item.beverage.vintage,
        confidence=item.confidence,
        units_per_sale=item.units_per_sale,
    )


@router.get(
    "/sync/{pos_product_id}/suggestions",
    summary="The matcher's proposals for a POS product",
    responses=of(SIGNED_IN, NOT_FOUND),
)
@router.get(
    "/pos-products/{pos_product_id}/suggestions",
    summary="Suggestions for a POS product",
    responses=of(SIGNED_IN, NOT_FOUND),
)
def suggestions(pos_product_id: PathId, ctx: Ctx = API) -> SuggestionOut:
    view = match_view(ctx.db, ctx.rid, pos_product_id, explainer(ctx.locale))
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
        same_label=[other.id for other, _ in view.same_label],
    )


@router.post(
    "/sync/{pos_product_id}/yes",
    status_code=201,
    summary="Yes: link the POS product to the proposed drink",
    responses=of(WRITE, NOT_FOUND, BAD_INPUT, CONFLICT),
)
def yes(pos_product_id: PathId, body: YesIn, ctx: Ctx = API) -> LinkOut:
    return _link_out(
        answer_yes(
            ctx.db,
            ctx.rid,
            pos_product_id,
            body.beverage_id,
            body.units_per_sale,
            user_id=ctx.user.id,
            also=body.also,
        )
    )


@router.post(
    "/sync/{pos_product_id}/almost",
    status_code=201,
    summary="Almost: link to another vintage of the proposed drink",
    responses=of(WRITE, NOT_FOUND, BAD_INPUT, CONFLICT),
)
def almost(pos_product_id: PathId, body: AlmostIn, ctx: Ctx = API) -> LinkOut:
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


@router.post(
    "/sync/{pos_product_id}/no",
    status_code=201,
    summary="No: link to another drink or a new one",
    responses=of(WRITE, NOT_FOUND, BAD_INPUT, CONFLICT),
)
def no(pos_product_id: PathId, body: NoIn, ctx: Ctx = API) -> LinkOut:
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


@router.post(
    "/sync/{pos_product_id}/ignore",
    summary="Ignore: not a drink (hidden, reversibly)",
    responses=of(WRITE, NOT_FOUND),
)
def ignore(pos_product_id: PathId, ctx: Ctx = API) -> IgnoredOut:
    product = set_ignored(ctx.db, ctx.rid, pos_product_id, True, user_id=ctx.user.id)
    return IgnoredOut(pos_product_id=product.id, ignored=product.ignored)


@router.post(
    "/sync/{pos_product_id}/unignore",
    summary="Show an ignored POS product again",
    responses=of(WRITE, NOT_FOUND),
)
def unignore(pos_product_id: PathId, ctx: Ctx = API) -> IgnoredOut:
    product = set_ignored(ctx.db, ctx.rid, pos_product_id, False, user_id=ctx.user.id)
    return IgnoredOut(pos_product_id=product.id, ignored=product.ignored)
