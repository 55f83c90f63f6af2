"""The rules of a push, whatever its transport: authenticate, store raw, and say what to
enqueue. Callers own the transaction and enqueue only after it commits."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tastevin.jobs import enqueue_processing
from tastevin.models import PosConnection
from tastevin.models.enums import Channel, ConnectionStatus
from tastevin.pos.connections import connection_for_token
from tastevin.sales.inbox import store_raw

log = logging.getLogger(__name__)

_MAX_RESTAURANT_ID = 2_000_000_000
"""Ids in the URL beyond the database's integer range are simply unknown (401)."""


@dataclass(frozen=True, slots=True)
class Received:
    import_id: int
    duplicate: bool


def restaurant_id_of(text: str) -> int | None:
    if not text.isascii() or not text.isdigit() or len(text) > 10:
        return None
    value = int(text)
    return value if 0 < value < _MAX_RESTAURANT_ID else None


def authenticated_connection(
    session: Session, restaurant_text: str, vendor: str, token: str | None
) -> PosConnection | None:
    """The connection the token opens on this restaurant's URL; None for every failure
    alike (no token, wrong token, another restaurant's token, unknown restaurant)."""
    restaurant_id = restaurant_id_of(restaurant_text)
    if token is None or restaurant_id is None:
        return None
    connection = connection_for_token(session, restaurant_id, vendor, token)
    if connection is None or connection.status == ConnectionStatus.DISABLED:
        return None
    return connection


def receive(
    session: Session,
    connection: PosConnection,
    body: bytes,
    *,
    channel: Channel,
    meta: dict[str, Any],
) -> Received:
    stored = store_raw(session, connection, body, channel=str(channel), meta=meta)
    return Received(stored.import_id, duplicate=not stored.created)


def enqueue_after_commit(received: Received) -> None:
    """A resent body is already queued or processed: only a new import is enqueued. A queue
    failure loses nothing: the import stays ``received`` and can be replayed."""
    if received.duplicate:
        return
    try:
        enqueue_processing(received.import_id)
    except Exception:
        log.exception("import %s stored but not enqueued; replay it", received.import_id)
