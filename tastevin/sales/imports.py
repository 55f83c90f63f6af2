"""The imports service: what arrived, in which state, and the one way to replay (used by
the CLI, the pages and the JSON API alike).

Operators (the CLI) see every restaurant (``restaurant_id=None``); users only their own
restaurant's imports, through ``RawImportRepository``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session, defer

from tastevin.errors import BadInput, NotFound
from tastevin.jobs.tasks import enqueue_processing_after_commit
from tastevin.models import RawImport
from tastevin.models.enums import ImportStatus
from tastevin.repositories import Page, RawImportRepository
from tastevin.sales import set_aside
from tastevin.sales.inbox import process_import

STATES = (
    ImportStatus.RECEIVED,
    ImportStatus.PROCESSING,
    ImportStatus.APPLIED,
    ImportStatus.FAILED,
)
WAITING = (str(ImportStatus.RECEIVED), str(ImportStatus.PROCESSING))
"""Owed work not done yet: shown as "en attente" (waiting) with the failed ones."""
PROBLEMS = (*WAITING, str(ImportStatus.FAILED))


@dataclass(frozen=True, slots=True)
class ReplayOutcome:
    import_id: int
    status: str
    error: str | None
    lines_added: int
    raw: RawImport
    set_aside: tuple[str, ...] = ()
    """Rows of the import set aside and still open, each said in English with its line."""


def _imports(session: Session, restaurant_id: int | None) -> Select[RawImport]:
    base = (
        select(RawImport)
        if restaurant_id is None
        else RawImportRepository(session, restaurant_id).readable()
    )
    return base.options(defer(RawImport.body))


def _newest_first(statement: Select[RawImport]) -> Select[RawImport]:
    return statement.order_by(RawImport.received_at.desc(), RawImport.id.desc())


def replay_import(session: Session, import_id: int, restaurant_id: int | None) -> ReplayOutcome:
    """Parse and apply the import again, now, in the caller's transaction (idempotent: sale
    lines already in the ledger are not added twice). Another restaurant's import is
    ``NotFound``, as if it did not exist."""
    raw = (
        session.get(RawImport, import_id)
        if restaurant_id is None
        else RawImportRepository(session, restaurant_id).get(import_id)
    )
    if raw is None:
        raise NotFound(f"import {import_id} not found")
    result = process_import(session, raw.id)
    return ReplayOutcome(
        import_id=raw.id,
        status=raw.status,
        error=raw.error,
        lines_added=result.lines_added if result is not None else 0,
        raw=raw,
        set_aside=tuple(item.reason for item in set_aside.open_of_import(session, raw.id)),
    )


def retry_failed(
    session: Session, restaurant_id: int | None, connection_id: int | None = None
) -> list[int]:
    """Every failed import (of the restaurant, of one connection) is owed again: back to
    ``received`` with fresh attempts, its job sent after the commit. Returns their ids."""
    statement = _imports(session, restaurant_id).where(RawImport.status == str(ImportStatus.FAILED))
    if connection_id is not None:
        statement = statement.where(RawImport.connection_id == connection_id)
    ids = list(session.scalars(statement.with_only_columns(RawImport.id).order_by(RawImport.id)))
    if ids:
        session.execute(
            update(RawImport)
            .where(RawImport.id.in_(ids), RawImport.status == str(ImportStatus.FAILED))
            .values(status=str(ImportStatus.RECEIVED), attempts=0, next_attempt_at=None)
            .execution_options(synchronize_session=False)
        )
        for import_id in ids:
            enqueue_processing_after_commit(session, import_id)
    return ids


def list_imports(
    session: Session,
    restaurant_id: int | None = None,
    status: str | None = None,
    limit: int | None = None,
) -> Iterator[RawImport]:
    """Newest first, without their bodies; every one of them unless ``limit``."""
    statement = _imports(session, restaurant_id)
    if status is not None:
        if status not in {str(s) for s in STATES}:
            raise BadInput(f"unknown status {status!r}: one of {', '.join(STATES)}")
        statement = statement.where(RawImport.status == status)
    statement = _newest_first(statement)
    if limit is not None:
        statement = statement.limit(limit)
    yield from session.scalars(statement.execution_options(yield_per=500))


def imports_by_id(session: Session, import_ids: list[int]) -> list[RawImport]:
    """Operator view (every restaurant), in the order of ``import_ids``."""
    found = {
        raw.id: raw
        for raw in session.scalars(_imports(session, None).where(RawImport.id.in_(import_ids)))
    }
    return [found[i] for i in import_ids if i in found]


def counts_by_status(session: Session, restaurant_id: int, connection_id: int) -> dict[str, int]:
    """Every state, zeros included."""
    found = RawImportRepository(session, restaurant_id).per_status(connection_id)
    return {str(state): 0 for state in STATES} | found


@dataclass(frozen=True, slots=True)
class ImportPage:
    items: list[RawImport]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def problem_imports(
    session: Session, restaurant_id: int, connection_id: int, page: int = 1, per_page: int = 50
) -> ImportPage:
    """Every failed or still-waiting import of the connection, newest first, one page at a
    time: nothing drops out of view because newer imports arrived."""
    if page < 1 or not 1 <= per_page <= 500:
        raise BadInput("page starts at 1; per_page is between 1 and 500")
    repository = RawImportRepository(session, restaurant_id)
    found = repository.paginate(
        repository.of_connection(connection_id, *PROBLEMS),
        Page(limit=per_page, offset=(page - 1) * per_page),
    )
    return ImportPage(found.items, found.total, page, per_page)


def recent_imports(
    session: Session, restaurant_id: int, connection_id: int, limit: int = 50
) -> list[RawImport]:
    imports = RawImportRepository(session, restaurant_id)
    return imports.all(imports.of_connection(connection_id).limit(limit))


def import_row(raw: RawImport) -> dict[str, Any]:
    """The machine-readable line of ``tastevin imports list --json``."""
    return {
        "id": raw.id,
        "restaurant_id": raw.restaurant_id,
        "vendor": raw.vendor,
        "channel": raw.channel,
        "status": raw.status,
        "attempts": raw.attempts,
        "received_at": raw.received_at.isoformat(),
        "lines_added": raw.lines_added,
        "set_aside": int(((raw.meta or {}).get("reading") or {}).get("set_aside") or 0),
        "error": raw.error,
    }
