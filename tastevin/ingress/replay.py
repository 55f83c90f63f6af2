"""Replaying a stored import after a parser fix, for one restaurant's own imports only.
The web layer exposes it behind authentication (``POST …/imports/{id}/replay``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from tastevin.models import RawImport
from tastevin.sales.inbox import process_import
from tastevin.tenancy import get_owned


@dataclass(frozen=True, slots=True)
class ReplayOutcome:
    import_id: int
    status: str
    error: str | None
    lines_added: int


def replay_import(session: Session, restaurant_id: int, import_id: int) -> ReplayOutcome:
    """Parse and apply the import again (idempotent). Another restaurant's import is
    ``NotFound``, as if it did not exist. The caller owns the transaction."""
    raw = get_owned(session, RawImport, restaurant_id, import_id)
    result = process_import(session, raw.id)
    return ReplayOutcome(
        import_id=raw.id,
        status=raw.status,
        error=raw.error,
        lines_added=result.lines_added if result is not None else 0,
    )
