"""The rules of a push, whatever its transport: authenticate, store raw, and collect the
parse job on the session, which sends it only once the caller's transaction commits
(``tastevin.jobs.after_commit``)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tastevin.jobs import enqueue_processing_after_commit
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
    """Store the body; a new import's job leaves after the commit. A resent body is owed
    nothing more (a job or the sweeper already carries it)."""
    stored = store_raw(session, connection, body, channel=str(channel), meta=meta)
    if stored.created:
        enqueue_processing_after_commit(session, stored.import_id)
    return Received(stored.import_id, duplicate=not stored.created)
