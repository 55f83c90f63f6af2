"""Replaying a stored import from the pages and the API (owner-only)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tastevin.models import RawImport
from tastevin.sales.inbox import process_import
from tastevin.tenancy import get_owned


def replay(session: Session, restaurant_id: int, import_id: int) -> RawImport:
    raw = get_owned(session, RawImport, restaurant_id, import_id)
    process_import(session, raw.id)
    return raw
