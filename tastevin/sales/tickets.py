"""Late corrections: a ticket that comes back changed supersedes its earlier version.

A ticket (an invoice, an order, a document number) is identified by the vendor; its
version is a fingerprint of its lines' content (``connectors.base.ticket_versions``). When
a version never seen before arrives for a ticket already in the ledger, its lines are
written next to the earlier ones and the earlier ones are marked superseded: kept for the
record, never counted again. A version already seen — the same resend, or an old version
replayed after a newer one — adds nothing, so totals change exactly once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from tastevin.models import SaleLine

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class TicketPlan:
    renewed: frozenset[str]
    """Tickets whose incoming version is new while earlier lines exist: write and supersede."""
    known: frozenset[str]
    """Tickets whose incoming version is already in the ledger: nothing to write."""


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def plan(session: Session, connection_id: int, versions: Mapping[str, str]) -> TicketPlan:
    if not versions:
        return TicketPlan(frozenset(), frozenset())
    seen: dict[str, set[str | None]] = {}
    for chunk in _chunks(sorted(versions)):
        rows = session.execute(
            select(SaleLine.ticket, SaleLine.version)
            .where(SaleLine.connection_id == connection_id, SaleLine.ticket.in_(chunk))
            .distinct()
        )
        for ticket, version in rows:
            seen.setdefault(str(ticket), set()).add(version)
    known = frozenset(t for t, v in versions.items() if v in seen.get(t, ()))
    renewed = frozenset(t for t in versions if t in seen and t not in known)
    return TicketPlan(renewed, known)


def supersede(
    session: Session,
    connection_id: int,
    versions: Mapping[str, str],
    renewed: Iterable[str],
    import_id: int | None,
    now: datetime,
) -> int:
    """Mark the earlier lines of each renewed ticket superseded; returns how many."""
    count = 0
    for ticket in sorted(renewed):
        result = session.execute(
            update(SaleLine)
            .where(
                SaleLine.connection_id == connection_id,
                SaleLine.ticket == ticket,
                SaleLine.version != versions[ticket],
                SaleLine.superseded_at.is_(None),
            )
            .values(superseded_at=now, superseded_by=import_id)
            .execution_options(synchronize_session=False)
        )
        count += int(getattr(result, "rowcount", 0) or 0)
    return count


def counted() -> ColumnElement[bool]:
    """The ledger's lines that count (every sum of quantities or amounts filters on it)."""
    return SaleLine.superseded_at.is_(None)
