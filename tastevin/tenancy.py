"""Tenant scoping in one place: every tenant-owned read goes through these helpers."""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from tastevin.errors import NotFound
from tastevin.repositories.base import owned_by


class TenantOwned(Protocol):
    id: Any
    restaurant_id: Any


T = TypeVar("T")


def scoped(model: type[T], restaurant_id: int) -> Select[T]:
    """``SELECT model WHERE restaurant_id = …``: the start of every tenant query."""
    return select(model).where(owned_by(model, restaurant_id))


def get_owned(session: Session, model: type[T], restaurant_id: int, row_id: int) -> T:
    """The row if it belongs to the restaurant; otherwise NotFound, as if it did not exist."""
    row = session.get(model, row_id)
    if row is None or row.restaurant_id != restaurant_id:  # type: ignore[attr-defined]
        raise NotFound("%(what)s %(id)s not found", what=model.__name__, id=row_id)
    return row
