"""Connections: the POS channels, each with its setup, status, import history and replay.
What a channel needs is read from its vendor's ``SPEC``; nothing here names a vendor."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from tastevin.connectors.base import N_
from tastevin.connectors.forms import form_fields
from tastevin.jobs.after_commit import send_after_commit
from tastevin.jobs.pull_tasks import enqueue_pull
from tastevin.models import PosConnection
from tastevin.models.enums import ImportStatus
from tastevin.pos.connections import IssuedSecret, credentials_of, get_connection, security_events
from tastevin.pos.setup import (
    activate,
    channel,
    channel_view,
    channels,
    connections_by_vendor,
    file_channel,
    find_connection,
    rotate,
    save_credentials,
    shown_settings,
    with_page,
)
from tastevin.pos.sync import till_habits
from tastevin.pull.probe import ProbeResult, probe
from tastevin.sales import set_aside
from tastevin.sales.arrivals import Health, health_by_vendor, health_of
from tastevin.sales.imports import (
    counts_by_status,
    problem_imports,
    recent_imports,
    retry_failed,
)
from tastevin.sales.imports import replay_import as replay
from tastevin.sales.reconciliation import connection_reading
from tastevin.web.context import OWNER_PAGE, PAGE, Ctx, OwnerContext
from tastevin.web.forms import form_values
from tastevin.web.i18n import translations
from tastevin.web.import_summary import import_summary
from tastevin.web.messages import translate_stored
from tastevin.web.render import flash, page

router = APIRouter()
FETCH_QUEUED = N_(
    "Fetching was asked for: the sales arrive within a few minutes, then show in the history."
)


@router.get("/connections", response_class=HTMLResponse)
def connections(ctx: Ctx = PAGE) -> HTMLResponse:
    existing = connections_by_vendor(ctx.db, ctx.rid)
    health = health_by_vendor(ctx.db, existing)
    summaries = {v: _summary(ctx, c, health[v]) for v, c in existing.items()}
    return page(
        ctx,
        "connections/list.html",
        channels=channels(),
        file_spec=file_channel(),
        existing=existing,
        summaries=summaries,
        health=health,
        translate=lambda shown: translate_stored(shown, ctx.locale),
    )


@router.get("/connections/{vendor}", response_class=HTMLResponse)
def connection(vendor: str, ctx: Ctx = PAGE, p: int = Query(1, ge=1)) -> HTMLResponse:
    return _page(ctx, vendor, None, p)


@router.post("/connections/{vendor}", response_class=HTMLResponse)
async def create(vendor: str, request: Request, ctx: OwnerContext = OWNER_PAGE) -> HTMLResponse:
    spec = channel(vendor)
    values = await form_values(request, [f.name for f in form_fields(spec)])
    _connection, issued = activate(ctx.db, ctx.restaurant, spec, values, ctx.user.id)
    # The secret is in this response only: it is stored hashed and cannot be shown again.
    return _page(ctx, vendor, issued)


@router.post("/connections/{vendor}/rotate", response_class=HTMLResponse)
def rotate_secret(vendor: str, ctx: OwnerContext = OWNER_PAGE) -> HTMLResponse:
    issued = rotate(ctx.db, ctx.restaurant, channel(vendor), ctx.user.id)
    return _page(ctx, vendor, issued)


@router.post("/connections/{vendor}/credentials")
async def credentials(
    vendor: str, request: Request, ctx: OwnerContext = OWNER_PAGE
) -> RedirectResponse:
    spec = channel(vendor)
    values = await form_values(request, [f.name for f in form_fields(spec)])
    save_credentials(ctx.db, ctx.rid, spec, values, ctx.user.id)
    flash(request, ctx.gettext("Credentials saved."))
    return RedirectResponse(f"/connections/{vendor}", status_code=303)


@router.post("/connections/{vendor}/test", response_class=HTMLResponse)
def check_connection(vendor: str, ctx: OwnerContext = OWNER_PAGE) -> HTMLResponse:
    """ "Tester la connexion": one authenticated read with the saved credentials."""
    spec = channel(vendor)
    found = get_connection(ctx.db, ctx.rid, spec.vendor)
    title = ctx.gettext(spec.title)
    result = probe(spec.vendor, title, credentials_of(found))
    return _page(ctx, vendor, None, probe_result=result)


@router.post("/connections/{vendor}/fetch")
def fetch_now(vendor: str, request: Request, ctx: OwnerContext = OWNER_PAGE) -> RedirectResponse:
    """ "Récupérer maintenant": the night's pull, queued now (the worker runs it)."""
    found = get_connection(ctx.db, ctx.rid, channel(vendor).vendor)
    # Sent once this request's transaction has ended: the pull writes in its own.
    send_after_commit(ctx.db, ("fetch-now", found.id), _send_pulls, found.id)
    flash(request, ctx.gettext(FETCH_QUEUED))
    return RedirectResponse(f"/connections/{vendor}", status_code=303)


@router.post("/connections/{vendor}/imports/{import_id}/replay")
def replay_import(
    vendor: str, import_id: int, request: Request, ctx: OwnerContext = OWNER_PAGE
) -> RedirectResponse:
    outcome = replay(ctx.db, import_id, ctx.rid)
    ok = outcome.status == ImportStatus.APPLIED
    message = N_("Import replayed.") if ok else N_("The import failed again.")
    flash(request, ctx.gettext(message), "ok" if ok else "error")
    return RedirectResponse(f"/connections/{vendor}", status_code=303)


@router.post("/connections/{vendor}/set-aside/{item_id}/{how}")
def resolve_set_aside(
    vendor: str, item_id: int, how: str, request: Request, ctx: OwnerContext = OWNER_PAGE
) -> RedirectResponse:
    item = set_aside.resolve(ctx.db, ctx.rid, item_id, how)
    if how == "replay":
        done = item.resolved_at is not None
        message = N_("Read again: it is counted now.") if done else N_("Still set aside.")
        flash(request, ctx.gettext(message), "ok" if done else "error")
    else:
        message = N_("Sale confirmed and counted.") if how == "confirm" else N_("Accepted as is.")
        flash(request, ctx.gettext(message))
    return RedirectResponse(f"/connections/{vendor}", status_code=303)


@router.post("/connections/{vendor}/imports/retry-failed")
def retry_failed_imports(
    vendor: str, request: Request, ctx: OwnerContext = OWNER_PAGE
) -> RedirectResponse:
    found = get_connection(ctx.db, ctx.rid, with_page(vendor).vendor)
    count = len(retry_failed(ctx.db, ctx.rid, found.id))
    text = translations(ctx.locale).ngettext(
        "%(num)d failed import will be processed again.",
        "%(num)d failed imports will be processed again.",
        count,
    )
    flash(request, text % {"num": count})
    return RedirectResponse(f"/connections/{vendor}", status_code=303)


def _send_pulls(connection_ids: Sequence[int]) -> None:
    for connection_id in set(connection_ids):
        enqueue_pull(connection_id)


def _summary(ctx: Ctx, found: PosConnection, health: Health) -> str | None:
    counts = counts_by_status(ctx.db, ctx.rid, found.id)
    if health.state == "attention":  # the status itself says how many failed, with a link
        counts.pop(str(ImportStatus.FAILED), None)
    return import_summary(translations(ctx.locale), counts)


def _page(
    ctx: Ctx,
    vendor: str,
    issued: IssuedSecret | None,
    p: int = 1,
    probe_result: ProbeResult | None = None,
) -> HTMLResponse:
    spec = with_page(vendor)
    found = find_connection(ctx.db, ctx.rid, spec.vendor)
    probe_text = None
    if probe_result is not None:
        probe_text = ctx.gettext(probe_result.message, **probe_result.params)
    # Only the non-secret fields are shown back; secrets were shown once, when issued.
    visible = shown_settings(spec, found if ctx.is_owner else None, ctx.restaurant)
    health = health_of(ctx.db, found) if found is not None else None
    return page(
        ctx,
        "connections/detail.html",
        spec=spec,
        view=channel_view(spec, found, ctx.rid),
        fields=form_fields(spec),
        conn=found,
        issued=issued,
        visible=visible,
        history=recent_imports(ctx.db, ctx.rid, found.id) if found is not None else [],
        security=security_events(ctx.db, found) if found is not None else [],
        counts=counts_by_status(ctx.db, ctx.rid, found.id) if found is not None else {},
        problems=problem_imports(ctx.db, ctx.rid, found.id, p) if found is not None else None,
        summaries={found.vendor: _summary(ctx, found, health)} if found and health else {},
        health={found.vendor: health} if found is not None else {},
        probe=probe_result,
        probe_text=probe_text,
        translate=lambda shown: translate_stored(shown, ctx.locale),
        reading=connection_reading(ctx.db, found.id) if found is not None else None,
        habits=till_habits(ctx.db, ctx.rid, found.id) if found is not None else None,
    )
