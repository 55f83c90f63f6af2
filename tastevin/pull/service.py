"""The pull service: one connection's catalogue and business days, fetched page by page,
each page stored raw (its own transaction) and then parsed and applied (another one).

Why process inline rather than enqueue a job per page: a day is complete only when every
page of it is applied, and the catch-up cursor (``last_complete_day``) must move only
then; applying in the pull job keeps that decision in one place, with no cross-job
bookkeeping. The raw pages are still committed before parsing, so any page can be
replayed (``tastevin imports replay``).

A re-run is cheap and adds nothing: a page whose bytes were already stored and applied is
not parsed again, and sale lines are idempotent anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from time import sleep
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import and_, case, null, or_, select, update

from tastevin.config import get_settings
from tastevin.connectors.base import ParseContext
from tastevin.connectors.http import ApiPage, RetryPolicy, VendorRefused
from tastevin.connectors.outbound import OutboundRefused
from tastevin.db import one_connection, transaction
from tastevin.errors import CredentialsNeedRenewing, Retryable, TastevinError
from tastevin.locks import worker_id
from tastevin.models import PosConnection, RawImport, Restaurant
from tastevin.models.enums import Channel, ConnectionStatus, ImportStatus
from tastevin.models.types import utcnow
from tastevin.pos.connections import credentials_of
from tastevin.pull.days import days_to_pull, last_closed_day
from tastevin.pull.prefetch import Prefetched
from tastevin.pull.sources import open_source
from tastevin.sales import set_aside
from tastevin.sales.business_day import day_bounds
from tastevin.sales.inbox import Lease, parse_raw, process_import, store_raw
from tastevin.sales.processing import take_over

log = logging.getLogger(__name__)
Lock = Callable[[int], AbstractContextManager[Any]]


@dataclass
class PullOutcome:
    connection_id: int
    days: list[date] = field(default_factory=list)
    """Days imported in full by this run."""
    pages: int = 0
    lines_seen: int = 0
    lines_added: int = 0
    error: str | None = None
    retryable: bool = False


@dataclass(frozen=True, slots=True)
class _Target:
    restaurant_id: int
    vendor: str
    credentials: dict[str, Any]
    zone: ZoneInfo
    cutoff: time
    last_complete: date | None
    last_data_at: datetime | None = None


class _PageFailed(Exception):
    """A page was stored but could not be read: the import says why; the run stops."""


def pull_connection(
    connection_id: int,
    *,
    day: date | None = None,
    until: date | None = None,
    now: datetime | None = None,
    lock: Lock | None = None,
    retry: RetryPolicy | None = None,
    transport: httpx.BaseTransport | None = None,
) -> PullOutcome:
    """Pull one connection: ``day`` alone, or every day since ``last_complete_day`` up to
    ``until`` (default: the last business day closed at ``now``). Never raises for vendor
    trouble: the outcome and the connection (status, last_error) say what went wrong."""
    outcome = PullOutcome(connection_id)
    # The lock too is taken and released on the pull's one connection.
    with one_connection(), (lock or (lambda _id: nullcontext()))(connection_id):
        target = _load(connection_id)
        moment = now or datetime.now(UTC)
        last = until or last_closed_day(moment, target.zone, target.cutoff)
        days = [day] if day else days_to_pull(target.last_complete, last)
        try:
            _run(connection_id, target, days, outcome, retry, transport, moment)
        except CredentialsNeedRenewing as error:
            _record_error(connection_id, error, ConnectionStatus.NEEDS_CREDENTIALS)
            outcome.error = error.message
        except (Retryable, VendorRefused, OutboundRefused) as error:
            _record_error(connection_id, error, ConnectionStatus.ERROR)
            outcome.error, outcome.retryable = error.message, isinstance(error, Retryable)
        except _PageFailed as error:
            outcome.error = str(error)
    return outcome


def _load(connection_id: int) -> _Target:
    with transaction(single_statement=True) as session:
        connection, restaurant = session.execute(
            select(PosConnection, Restaurant)
            .join(Restaurant, Restaurant.id == PosConnection.restaurant_id)
            .where(PosConnection.id == connection_id)
        ).one()
        return _Target(
            connection.restaurant_id,
            connection.vendor,
            credentials_of(connection),
            ZoneInfo(restaurant.timezone),
            restaurant.day_cutoff,
            connection.last_complete_day,
            connection.last_data_at,
        )


def _default_retry() -> RetryPolicy:
    settings = get_settings()
    return RetryPolicy(
        attempts=settings.pull_retry_attempts,
        base_delay_s=settings.pull_retry_base_delay_s,
        max_delay_s=settings.pull_retry_max_delay_s,
    )


def _run(
    connection_id: int,
    target: _Target,
    days: list[date],
    outcome: PullOutcome,
    retry: RetryPolicy | None,
    transport: httpx.BaseTransport | None,
    moment: datetime,
) -> None:
    source = open_source(
        target.vendor,
        target.credentials,
        timeout_s=get_settings().http_timeout_s,
        retry=retry or _default_retry(),
        transport=transport,
    )

    def pages() -> Iterator[tuple[date, ApiPage | None]]:
        """The catalogue, then each day's sales followed by its end marker (None)."""
        if days:
            yield from ((days[-1], page) for page in source.catalogue())
        for day in days:
            start, end = day_bounds(day, target.zone, target.cutoff)
            yield from ((day, page) for page in source.sales(day, start, end))
            yield day, None
        changes = getattr(source, "changes", None)
        if changes is not None and days and target.last_data_at is not None:
            first, _ = day_bounds(days[0], target.zone, target.cutoff)
            since, window = _changes_window(target.last_data_at, moment)
            if window < first:
                yield from ((days[-1], page) for page in changes(since, (window, first)))

    ahead = Prefetched(pages)
    try:
        for day, page in ahead:
            if page is None:
                _complete(connection_id, day)
                outcome.days.append(day)
            else:
                _import_page(connection_id, target, page, day, outcome)
    finally:
        ahead.close()
        source.close()


def _changes_window(last_data_at: datetime | None, now: datetime) -> tuple[datetime, datetime]:
    """(updated since, created since): what changed since the last pull (an hour's margin:
    versions make a second look harmless), within the recent days' window."""
    window = now - timedelta(days=get_settings().corrections_window_days)
    if last_data_at is None:
        return window, window
    since = last_data_at.replace(tzinfo=last_data_at.tzinfo or UTC) - timedelta(hours=1)
    return max(since, window), window


def _import_page(
    connection_id: int, target: _Target, page: ApiPage, day: date, outcome: PullOutcome
) -> None:
    meta = _meta(page, day)
    import_id, fresh = _store(connection_id, target, page, meta)
    outcome.pages += 1
    if not fresh:
        return
    # Parsed before the write transaction: on SQLite the write lock is shared by all
    # workers, and reading JSON does not need it.
    parsed = parse_raw(target.vendor, page.body, ParseContext(target.zone, meta))
    with transaction() as session:
        # the attempt was counted when the pull took the import
        result = process_import(session, import_id, parsed, count_attempt=False, alone=True)
        error = None if result else session.get_one(RawImport, import_id).error
    if result is None:
        raise _PageFailed(f"{page.endpoint} page {page.page} of {day}: {error}")
    outcome.lines_seen += result.lines_seen
    outcome.lines_added += result.lines_added


def _meta(page: ApiPage, day: date) -> dict[str, Any]:
    return {"endpoint": page.endpoint, **page.meta, "page": page.page, "day": day.isoformat()}


def _store(
    connection_id: int, target: _Target, page: ApiPage, meta: dict[str, Any]
) -> tuple[int, bool]:
    """Raw first, committed on its own, and taken by this pull (``processing`` under its
    lease) so that no sweeper hands the page to another worker while the pull applies it.
    Returns the import and whether this pull applies it: new bytes, or bytes whose earlier
    processing did not succeed (once a worker still applying them is done)."""
    # The connection's identity only (never added to the session): reading the row again
    # for every page was a round trip each.
    owner = PosConnection(
        id=connection_id, restaurant_id=target.restaurant_id, vendor=target.vendor
    )
    me, lease_s = _page_owner(connection_id), get_settings().import_lease_s
    with transaction(single_statement=True) as session:
        taken = Lease(me, utcnow() + timedelta(seconds=lease_s))
        stored = store_raw(session, owner, page.body, channel=Channel.PULL, meta=meta, taken=taken)
    if stored.created:
        return stored.import_id, True
    if stored.status == ImportStatus.APPLIED:
        return stored.import_id, False
    return stored.import_id, _take(stored.import_id, me, lease_s, connection_id)


def _page_owner(connection_id: int) -> str:
    """A pull's lease on its pages: this process, and whose pages (``take_over``)."""
    return f"{worker_id()}:{_PULL_OF}{connection_id}"


_PULL_OF = "pull-"
WAIT_STEP_S = 0.25


def _take(import_id: int, me: str, lease_s: float, connection_id: int) -> bool:
    """Bytes seen before and not applied: this pull takes them, unless a worker is applying
    them (the sweeper handed them on after an earlier pull of the connection died): then it
    waits until that worker is done (False: applied) or its lease runs out (taken). An
    earlier pull's lease is taken at once: this pull holds the connection's lock, so no
    other pull of it is alive."""
    earlier = f":{_PULL_OF}{connection_id}"
    while True:
        with transaction() as session:
            if take_over(session, import_id, me, utcnow(), lease_s, earlier=earlier):
                return True
            status = session.scalar(select(RawImport.status).where(RawImport.id == import_id))
        if status == ImportStatus.APPLIED:
            return False
        sleep(WAIT_STEP_S)


def _complete(connection_id: int, day: date) -> None:
    """Move the cursor only forward and only without a gap: an on-demand pull of an old
    day never hides the days between. A day with something set aside that the owner has
    not resolved or accepted yet is not complete: the cursor stays before it (the next pull
    asks for it again; pages already applied are not read twice)."""
    mended = PosConnection.status.in_([str(ConnectionStatus.PENDING), str(ConnectionStatus.ERROR)])
    last = PosConnection.last_complete_day
    moves = and_(
        ~set_aside.waiting_through(connection_id, day),
        or_(last.is_(None), last == day - timedelta(days=1)),
    )
    # One statement, decided by the database: no read of the row first.
    with transaction(single_statement=True) as session:
        session.execute(
            update(PosConnection)
            .where(PosConnection.id == connection_id)
            .values(
                last_complete_day=case((moves, day), else_=last),
                status=case((mended, str(ConnectionStatus.ACTIVE)), else_=PosConnection.status),
                last_error=case((mended, null()), else_=PosConnection.last_error),
                last_error_message=case((mended, null()), else_=PosConnection.last_error_message),
            )
            .execution_options(synchronize_session=False)
        )


def _record_error(connection_id: int, error: Exception, status: ConnectionStatus) -> None:
    message = error.message if isinstance(error, TastevinError) else str(error)
    log.warning("pull of connection %s failed: %s", connection_id, message)
    with transaction() as session:
        connection = session.get_one(PosConnection, connection_id)
        connection.status = str(status)
        connection.last_error = message
        connection.last_error_message = (
            error.as_message() if isinstance(error, TastevinError) else None
        )
        connection.last_error_at = utcnow()
