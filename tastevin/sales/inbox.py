"""Raw first, then parse. Every body, file and API page lands here byte for byte before
anything reads it; processing is a replayable step that records its outcome on the import.
"""

from __future__ import annotations

import hashlib
import logging
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, defer

from tastevin.connectors.base import CanonicalBatch, ParseContext
from tastevin.connectors.registry import get_spec
from tastevin.errors import N_, BadInput, Message, english, message
from tastevin.models import PosConnection, RawImport, Restaurant
from tastevin.models.enums import ConnectionStatus, ImportStatus
from tastevin.models.types import utcnow
from tastevin.observability.metrics import APPLY_SECONDS, LINES_APPLIED, PARSE_SECONDS, timed
from tastevin.sales.ingestion import ApplyResult, apply_batch

log = logging.getLogger(__name__)
UNREADABLE = N_("unreadable data (%(reason)s)")
NOT_APPLIED = N_("could not apply the data: %(detail)s")


@dataclass(frozen=True, slots=True)
class Stored:
    import_id: int
    created: bool
    """False when the very same bytes had already arrived on this connection."""
    status: str
    """The import's status: ``received`` when new (``processing`` when stored taken); for
    bytes seen before, how they fared."""


@dataclass(frozen=True, slots=True)
class Lease:
    """Who holds an import while applying it, and until when (``sales.processing``)."""

    owner: str
    until: datetime


def store_raw(
    session: Session,
    connection: PosConnection,
    body: bytes,
    *,
    channel: str,
    meta: dict[str, Any] | None = None,
    taken: Lease | None = None,
) -> Stored:
    """Keep the bytes exactly as received. The same bytes twice are stored once.

    ``taken``: the caller applies new bytes itself at once (a pull's page): they are stored
    already taken (``processing`` under that lease, its first attempt), so the sweeper
    never hands them to another worker while the caller applies them; if the caller dies,
    the lease runs out and the sweeper does. Bytes seen before are left as they are."""
    digest = hashlib.sha256(body).hexdigest()
    values = {
        "restaurant_id": connection.restaurant_id,
        "connection_id": connection.id,
        "vendor": connection.vendor,
        "channel": channel,
        "sha256": digest,
        "body": body,
        "meta": meta or {},
        "received_at": utcnow(),
        "times_received": 1,
        "status": str(ImportStatus.PROCESSING if taken else ImportStatus.RECEIVED),
        "attempts": 1 if taken else 0,
        "lease_owner": taken.owner if taken else None,
        "lease_until": taken.until if taken else None,
        "products_seen": 0,
        "lines_seen": 0,
        "lines_added": 0,
    }
    # Core execution: the ORM's bulk-insert machinery costs more than the insert itself here.
    new_id = session.connection().execute(_insert_ignore(session), values).scalar_one_or_none()
    if new_id is not None:
        return Stored(new_id, created=True, status=str(values["status"]))
    existing_id, status = (
        session.connection()
        .execute(
            update(RawImport.__table__)  # type: ignore[arg-type]
            .where(RawImport.connection_id == connection.id, RawImport.sha256 == digest)
            .values(times_received=RawImport.times_received + 1)
            .returning(RawImport.id, RawImport.status)
        )
        .one()
    )
    return Stored(existing_id, created=False, status=status)


_INSERTS = {
    name: dialect.insert(RawImport.__table__).on_conflict_do_nothing().returning(RawImport.id)
    for name, dialect in (("postgresql", postgresql), ("sqlite", sqlite))
}
"""Built once, so each arrival only binds its values (a webhook's hot path)."""


def _insert_ignore(session: Session) -> Any:
    return _INSERTS[session.get_bind().dialect.name]


@dataclass(frozen=True, slots=True)
class Parsed:
    """What reading an import's bytes gave: a batch, or the reason it cannot be read."""

    batch: CanonicalBatch | None
    error: str | None = None
    message: Message | None = None
    """``error`` as data, shown translated (``tastevin.errors.Message``)."""


def parse_raw(vendor: str, body: bytes, context: ParseContext) -> Parsed:
    """Pure: no database. Callers may parse before they take a write lock."""
    try:
        with timed(PARSE_SECONDS, vendor):
            return Parsed(get_spec(vendor).parse(body, context))
    except BadInput as error:
        return Parsed(None, error.message, error.as_message())
    except Exception as error:  # a parser bug must still end as a kept, reported import
        log.exception("parser for %s crashed", vendor)
        crash = message(UNREADABLE, reason=f"{type(error).__name__}: {error}")
        return Parsed(None, english(crash), crash)


def process_import(
    session: Session,
    import_id: int,
    parsed: Parsed | None = None,
    *,
    count_attempt: bool = True,
    alone: bool = False,
) -> ApplyResult | None:
    """Parse and apply one stored import. Bad input is recorded on the import and on the
    connection (returns None); the import can be replayed after a parser fix. ``parsed``:
    the same bytes already parsed by the caller (outside the transaction).
    ``count_attempt``: False when a claim (``sales.processing``) already counted it.
    ``alone``: the caller's transaction holds nothing but this (a pull's page, whose bytes
    were committed before): a failed apply rolls the whole transaction back and records
    the failure after, instead of a savepoint (two round trips for every page)."""
    # The body is read only when the caller has not parsed it already (a pull's page).
    options = [defer(RawImport.body)] if parsed is not None else []
    # The import, its connection and its restaurant in one statement (one round trip):
    # the later lookups of the connection and the restaurant find them in the session.
    raw, connection, restaurant = session.execute(
        select(RawImport, PosConnection, Restaurant)
        .join(PosConnection, PosConnection.id == RawImport.connection_id)
        .join(Restaurant, Restaurant.id == PosConnection.restaurant_id)
        .where(RawImport.id == import_id)
        .options(*options)
    ).one()
    attempt = 1 if count_attempt else 0  # written with the outcome: one UPDATE, not two
    if parsed is None:
        context = ParseContext(ZoneInfo(restaurant.timezone), dict(raw.meta))
        parsed = parse_raw(raw.vendor, raw.body, context)
    if parsed.batch is None:
        raw.attempts += attempt
        mark_failed(session, raw, parsed.error or "unreadable data", parsed.message)
        return None
    capabilities = get_spec(raw.vendor).capabilities
    try:
        # A savepoint (unless alone): whatever fails while the batch is applied leaves
        # nothing half written and still ends as a failed, kept import.
        with timed(APPLY_SECONDS, raw.vendor), nullcontext() if alone else session.begin_nested():
            result = apply_batch(
                session,
                connection,
                parsed.batch,
                capabilities,
                import_id=raw.id,
                received_at=raw.received_at,
                request_day=_request_day(raw.meta),
                replayed=bool(((raw.meta or {}).get("reading") or {}).get("set_aside")),
                corrections_only=bool((raw.meta or {}).get("changes")),
            )
    except (BadInput, ValueError, KeyError, TypeError) as error:
        log.exception("applying import %s failed", import_id)
        detail = error if isinstance(error, BadInput) else str(error)
        failure = message(NOT_APPLIED, detail=detail)
        if alone:
            session.rollback()  # the objects are read again as they were committed
        raw.attempts += attempt
        mark_failed(session, raw, english(failure), failure)
        return None
    LINES_APPLIED.labels(vendor=raw.vendor).inc(result.lines_added)
    _note_reading(raw, parsed.batch, result)
    raw.attempts += attempt
    raw.status = str(ImportStatus.APPLIED)
    raw.error = raw.error_message = None
    _release(raw)
    raw.products_seen = result.products_seen
    raw.lines_seen = result.lines_seen
    raw.lines_added += result.lines_added
    raw.applied_at = utcnow()
    connection.last_data_at = raw.applied_at
    if connection.status in (ConnectionStatus.PENDING, ConnectionStatus.ERROR):
        connection.status = str(ConnectionStatus.ACTIVE)
    session.flush()
    return result


def _request_day(meta: dict[str, Any] | None) -> date | None:
    value = (meta or {}).get("day")
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _note_reading(raw: RawImport, batch: CanonicalBatch, result: ApplyResult) -> None:
    """How the bytes were read, kept with the import: what the parser decided where the
    vendor is ambiguous (e.g. a money unit decided per order), and how much was set aside or
    superseded."""
    reading: dict[str, Any] = {"set_aside": result.set_aside, "superseded": result.superseded}
    if batch.decisions:
        reading["decisions"] = dict(batch.decisions)
    if batch.totals:
        reading["pos_totals"] = len(batch.totals)
    if reading != (raw.meta or {}).get("reading"):
        raw.meta = {**(raw.meta or {}), "reading": reading}


def _release(raw: RawImport) -> None:
    raw.lease_owner = raw.lease_until = raw.next_attempt_at = None


def mark_failed(session: Session, raw: RawImport, text: str, data: Message | None = None) -> None:
    """Final: the import is kept with its reason, shown on its connection, replayable.
    ``text`` is the English reason; ``data`` the same as a message, shown translated."""
    connection = session.get_one(PosConnection, raw.connection_id)
    raw.status = str(ImportStatus.FAILED)
    raw.error, raw.error_message = text, data
    _release(raw)
    connection.last_error, connection.last_error_message = text, data
    connection.last_error_at = utcnow()
    connection.status = str(ConnectionStatus.ERROR)
