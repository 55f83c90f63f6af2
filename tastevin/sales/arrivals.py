"""What a connection's status says, from what really arrived: the newest import received
(a replay is not an arrival), whether it could be read, and how many imports still wait
for a replay. Replaying one old failure neither turns the connection to "error" nor moves
its "last data"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.orm import Session

from tastevin.errors import Message
from tastevin.models import PosConnection, RawImport
from tastevin.models.enums import ConnectionStatus, ImportStatus
from tastevin.repositories import RawImportRepository


@dataclass(frozen=True, slots=True)
class Health:
    state: str
    """"needs_credentials", "error" (the newest arrival could not be read), "waiting"
    (nothing arrived yet) or "active"."""
    last_arrival: datetime | None
    failed: int
    error: str | None
    """The stored (English) reason."""
    message: Message | None = None
    """The same as data (``tastevin.errors.Message``), translated where shown; None for
    failures stored before messages were kept as data."""


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


def health_of(session: Session, connection: PosConnection) -> Health:
    rid = connection.restaurant_id
    newest = _newest(session, rid, connection.id)
    failed = _failed(session, rid, connection.id)
    arrival = newest.received_at if newest is not None else None
    if connection.status == ConnectionStatus.NEEDS_CREDENTIALS:
        return Health(
            "needs_credentials",
            arrival,
            failed,
            connection.last_error,
            connection.last_error_message,
        )
    if newest is not None and newest.status == ImportStatus.FAILED:
        return Health("error", arrival, failed, newest.error, newest.error_message)
    if newest is None:
        return Health("waiting", None, failed, None)
    return Health("active", arrival, failed, None)


def health_by_vendor(session: Session, connections: dict[str, PosConnection]) -> dict[str, Health]:
    return {vendor: health_of(session, c) for vendor, c in connections.items()}


__all__ = ["Health", "health_by_vendor", "health_of"]
