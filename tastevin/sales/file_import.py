"""``tastevin import FILE``: a file in the generic format, through the same inbox as every
channel. Row by row, like the POS connectors: a row that cannot be read is set aside with
its line and field, the others apply. A file that cannot be read at all (not UTF-8, a
required column missing, no readable row) is refused: stored, reported, nothing applied."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from tastevin.connectors.registry import file_vendor
from tastevin.db import transaction
from tastevin.models import PosConnection, RawImport
from tastevin.models.enums import Channel, ConnectionStatus
from tastevin.repositories import PosConnectionRepository
from tastevin.restaurants.service import get_restaurant
from tastevin.sales import set_aside
from tastevin.sales.inbox import process_import, store_raw


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    import_id: int
    lines_seen: int
    lines_added: int
    products_seen: int
    error: str | None
    set_aside: tuple[str, ...] = ()
    """Rows of this file set aside and still open, each said in English with its line."""


def generic_connection(session: Session, restaurant_id: int) -> PosConnection:
    vendor = str(file_vendor().vendor)
    connection = PosConnectionRepository(session, restaurant_id).for_vendor(vendor)
    if connection is None:
        connection = PosConnection(
            restaurant_id=restaurant_id,
            vendor=vendor,
            status=str(ConnectionStatus.ACTIVE),
        )
        session.add(connection)
        session.flush()
    return connection


def _read(path: Path, on_progress: Callable[[int], None] | None) -> bytes:
    chunks: list[bytes] = []
    done = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            chunks.append(chunk)
            done += len(chunk)
            if on_progress is not None:
                on_progress(done)
    return b"".join(chunks)


def import_file(
    path: Path, restaurant_id: int, on_progress: Callable[[int], None] | None = None
) -> ImportOutcome:
    body = _read(path, on_progress)
    with transaction() as session:
        get_restaurant(session, restaurant_id)
        connection = generic_connection(session, restaurant_id)
        stored = store_raw(
            session, connection, body, channel=Channel.FILE, meta={"file": path.name}
        )
        import_id = stored.import_id
    with transaction() as session:
        result = process_import(session, import_id)
        raw = session.get_one(RawImport, import_id)
        return ImportOutcome(
            import_id=import_id,
            lines_seen=raw.lines_seen,
            lines_added=result.lines_added if result else 0,
            products_seen=raw.products_seen,
            error=raw.error if result is None else None,
            set_aside=tuple(item.reason for item in set_aside.open_of_import(session, import_id)),
        )
