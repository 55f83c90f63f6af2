"""Imports as a state machine, in the database (S-20): the row, not the queue, says what
work is owed.

::

    received ──claim──▶ processing (lease_owner, lease_until; attempts + 1)
        ▲                  │ applied: the batch is in the ledger        → applied
        │                  │ bad input: kept with its reason            → failed
        └── backoff ◀──────┤ any other error: next_attempt_at = now + base × 2^(n−1)
                           │     (after ``import_max_attempts`` attempts → failed)
                           └ the worker dies: the lease expires (or a restarted worker on
                             the same host sees its predecessor's pid gone) → claimable again

The claim is committed before any work, so an attempt that kills its worker still counts:
an import that crashes every worker it touches ends ``failed`` with its reason instead of
looping. Applying an import twice adds nothing (idempotent sale keys), so a lease taken over
from a slow but living worker costs time, never correctness.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.orm import Session

from tastevin.config import get_settings
from tastevin.connectors.base import ParseContext
from tastevin.db import transaction
from tastevin.errors import N_, english, message
from tastevin.locks import held_by_dead_process, worker_id
from tastevin.models import RawImport, Restaurant
from tastevin.models.enums import ImportStatus
from tastevin.models.types import utcnow
from tastevin.sales.inbox import mark_failed, parse_raw, process_import

log = logging.getLogger(__name__)

RECEIVED = str(ImportStatus.RECEIVED)
PROCESSING = str(ImportStatus.PROCESSING)
GAVE_UP = N_("gave up after %(attempts)s attempts: %(detail)s")


def claimable(now: datetime) -> ColumnElement[bool]:
    """Rows a worker may take now: owed and not held by a living lease."""
    return or_(
        and_(
            RawImport.status == RECEIVED,
            or_(RawImport.next_attempt_at.is_(None), RawImport.next_attempt_at <= now),
        ),
        and_(RawImport.status == PROCESSING, RawImport.lease_until < now),
    )


def claim(session: Session, import_id: int, owner: str, now: datetime, lease_s: float) -> bool:
    """Take the import for one attempt, atomically (one UPDATE … WHERE claimable): two
    workers handed the same job never both win."""
    return _take(session, import_id, claimable(now), owner, now, lease_s)


def _take(
    session: Session,
    import_id: int,
    takeable: ColumnElement[bool],
    owner: str,
    now: datetime,
    lease_s: float,
) -> bool:
    """One attempt under ``owner``'s lease, if the row is ``takeable`` (one statement)."""
    won = session.execute(
        update(RawImport)
        .where(RawImport.id == import_id, takeable)
        .values(
            status=PROCESSING,
            lease_owner=owner,
            lease_until=now + timedelta(seconds=lease_s),
            next_attempt_at=None,
            attempts=RawImport.attempts + 1,
        )
        .returning(RawImport.id)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    return won is not None


APPLIED = str(ImportStatus.APPLIED)


def take_over(
    session: Session,
    import_id: int,
    owner: str,
    now: datetime,
    lease_s: float,
    *,
    earlier: str | None = None,
) -> bool:
    """Take an import whose bytes the caller has again (a pull reading a page a second
    time) for one attempt, unless it is applied or a living lease holds it: unlike
    ``claim``, an import that failed or waits out a backoff is taken at once (the owner
    asked for it again). ``earlier``: a lease whose owner ends so is an earlier attempt of
    the caller's own work, over for sure (the caller's lock says so): taken too."""
    free = or_(RawImport.status != PROCESSING, RawImport.lease_until < now)
    if earlier is not None:
        free = or_(free, RawImport.lease_owner.endswith(earlier, autoescape=True))
    return _take(session, import_id, and_(RawImport.status != APPLIED, free), owner, now, lease_s)


def backoff(attempts: int, base_s: float) -> timedelta:
    return timedelta(seconds=base_s * 2 ** max(attempts - 1, 0))


def retry_later(
    session: Session, import_id: int, owner: str, error: str, now: datetime
) -> datetime | None:
    """An attempt failed for a reason other than the data (database down, a bug): back to
    ``received`` after a backoff, or ``failed`` once the attempts are spent. Returns when
    the next attempt may start (None: failed, or no longer ours)."""
    settings = get_settings()
    raw = session.get_one(RawImport, import_id)
    if raw.status != PROCESSING or raw.lease_owner != owner:
        return None  # another worker took it over meanwhile; its outcome stands
    if raw.attempts >= settings.import_max_attempts:
        reason = message(GAVE_UP, attempts=raw.attempts, detail=error)
        mark_failed(session, raw, english(reason), reason)
        return None
    raw.status = RECEIVED
    raw.error = error
    raw.lease_owner = raw.lease_until = None
    raw.next_attempt_at = now + backoff(raw.attempts, settings.import_retry_base_s)
    return raw.next_attempt_at


@dataclass(frozen=True, slots=True)
class _Work:
    vendor: str
    body: bytes
    context: ParseContext


def run_import(import_id: int, *, owner: str | None = None) -> str | None:
    """One attempt at an import, as a worker makes it: claim (committed), parse outside any
    transaction, apply (committed). Never raises for the import's own trouble. Returns the
    import's status afterwards, or None when it was not ours to do (done, held, not due)."""
    settings = get_settings()
    me = owner or worker_id()
    with transaction() as session:
        if not claim(session, import_id, me, utcnow(), settings.import_lease_s):
            return None
        work = _work_of(session, import_id)
    parsed = parse_raw(work.vendor, work.body, work.context)
    try:
        with transaction() as session:
            process_import(session, import_id, parsed, count_attempt=False)
            return session.get_one(RawImport, import_id).status
    except Exception as error:
        log.exception("import %s: attempt failed; it will be retried", import_id)
        with transaction() as session:
            retry_later(session, import_id, me, _describe(error), utcnow())
            return session.get_one(RawImport, import_id).status


def _work_of(session: Session, import_id: int) -> _Work:
    raw = session.get_one(RawImport, import_id)
    zone = session.scalar(select(Restaurant.timezone).where(Restaurant.id == raw.restaurant_id))
    return _Work(raw.vendor, raw.body, ParseContext(ZoneInfo(zone or "UTC"), dict(raw.meta)))


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:500]


SWEEP_BATCH = 5000


def reclaim_dead(session: Session, now: datetime) -> list[int]:
    """Imports held by a process of this host that is gone: their lease ends now (a worker
    restarted after ``kill -9`` takes its predecessor's imports back at once)."""
    held = session.execute(
        select(RawImport.id, RawImport.lease_owner).where(
            RawImport.status == PROCESSING, RawImport.lease_until >= now
        )
    ).all()
    dead = [i for i, owner in held if held_by_dead_process(owner)]
    if dead:
        session.execute(
            update(RawImport)
            .where(RawImport.id.in_(dead), RawImport.status == PROCESSING)
            .values(lease_until=now - timedelta(microseconds=1))
            .execution_options(synchronize_session=False)
        )
    return dead


def give_up_interrupted(session: Session, now: datetime) -> list[int]:
    """Imports whose every attempt died with its worker: ``failed``, with the reason, rather
    than handed to yet another worker to kill."""
    spent = get_settings().import_max_attempts
    rows = session.scalars(
        select(RawImport).where(
            RawImport.status == PROCESSING,
            RawImport.lease_until < now,
            RawImport.attempts >= spent,
        )
    ).all()
    for raw in rows:
        mark_failed(
            session,
            raw,
            f"interrupted {raw.attempts} times: the worker processing it stopped "
            "(killed, out of memory?)",
        )
    return [raw.id for raw in rows]


def owed_imports(session: Session, now: datetime, grace_s: float) -> list[int]:
    """Imports owed work that no job may be carrying: never started and older than the
    grace (their job was lost), due again after a backoff, or with an expired lease."""
    started_before = now - timedelta(seconds=grace_s)
    return list(
        session.scalars(
            select(RawImport.id)
            .where(
                or_(
                    and_(
                        RawImport.status == RECEIVED,
                        RawImport.next_attempt_at.is_(None),
                        RawImport.received_at <= started_before,
                    ),
                    and_(RawImport.status == RECEIVED, RawImport.next_attempt_at <= now),
                    and_(RawImport.status == PROCESSING, RawImport.lease_until < now),
                )
            )
            .order_by(RawImport.id)
            .limit(SWEEP_BATCH)
        )
    )
