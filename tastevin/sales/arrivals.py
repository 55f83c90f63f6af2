"""What a connection's status says, from what really arrived: the newest import received
(a replay is not an arrival), whether it could be read, and what still waits for the owner.
Replaying one old failure neither turns the connection to "error" nor moves its "last data".

The rule, in order (the first that holds):

1. ``needs_credentials``: the vendor refused our key.
2. ``error``: the newest arrival could not be read.
3. ``waiting``: nothing arrived yet.
4. ``attention``: the connection works (its newest arrival was read, or waits to be), but
   something it received is still not counted: an import still failed, whatever its age,
   or a row or order set aside and not yet resolved. Shown as "Active — 2 imports en échec"
   with a link to them. Every failure counts, not only those since the last success: each
   import is another document (another night, another page), so a later success does not
   bring an older failure's sales in; only a replay that applies it, or the owner's
   decision on a set-aside row, clears it.
5. ``active``: nothing waits for the owner."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.orm import Session

from tastevin.errors import Message
from tastevin.models import PosConnection, RawImport, SetAsideItem
from tastevin.models.enums import ConnectionStatus, ImportStatus
from tastevin.repositories import RawImportRepository, SetAsideItemRepository


@dataclass(frozen=True, slots=True)
class Health:
    state: str
    """"needs_credentials", "error" (the newest arrival could not be read), "waiting"
    (nothing arrived yet), "attention" (active, but failed imports or set-aside rows wait
    for the owner) or "active" (the module's docstring gives the rule)."""
    last_arrival: datetime | None
    failed: int
    """Imports of the connection still failed, all time."""
    error: str | None
    """The stored (English) reason."""
    message: Message | None = None
    """The same as data (``tastevin.errors.Message``), translated where shown; None for
    failures stored before messages were kept as data."""
    set_aside: int = 0
    """Rows or orders set aside and not yet resolved (confirmed, accepted or read again)."""


def _newest(session: Session, restaurant_id: int, connection_id: int) -> RawImport | None:
    return session.scalar(
        RawImportRepository(session, restaurant_id)
        .readable()
        .where(RawImport.connection_id == connection_id)
        .order_by(RawImport.received_at.desc(), RawImport.id.desc())
        .limit(1)
    )


def _failed(session: Session, restaurant_id: int, connection_id: int) -> int:
    query = (
        RawImportRepository(session, restaurant_id)
        .readable()
        .where(
            RawImport.connection_id == connection_id,
            RawImport.status == str(ImportStatus.FAILED),
        )
        .with_only_columns(func.count())
    )
    return session.scalar(query) or 0


def _set_aside(session: Session, restaurant_id: int, connection_id: int) -> int:
    query = (
        SetAsideItemRepository(session, restaurant_id)
        .readable_columns(func.count())
        .where(SetAsideItem.connection_id == connection_id, SetAsideItem.resolved_at.is_(None))
    )
    return session.scalar(query) or 0


def health_of(session: Session, connection: PosConnection) -> Health:
    rid = connection.restaurant_id
    newest = _newest(session, rid, connection.id)
    failed = _failed(session, rid, connection.id)
    aside = _set_aside(session, rid, connection.id)
    arrival = newest.received_at if newest is not None else None
    if connection.status == ConnectionStatus.NEEDS_CREDENTIALS:
        return Health(
            "needs_credentials",
            arrival,
            failed,
            connection.last_error,
            connection.last_error_message,
            aside,
        )
    if newest is not None and newest.status == ImportStatus.FAILED:
        return Health("error", arrival, failed, newest.error, newest.error_message, aside)
    if newest is None:
        return Health("waiting", None, failed, None, set_aside=aside)
    state = "attention" if failed or aside else "active"
    return Health(state, arrival, failed, None, set_aside=aside)


def health_by_vendor(session: Session, connections: dict[str, PosConnection]) -> dict[str, Health]:
    return {vendor: health_of(session, c) for vendor, c in connections.items()}


__all__ = ["Health", "health_by_vendor", "health_of"]
