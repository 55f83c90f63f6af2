"""Stock at a past instant, and the theoretical stock a count session is compared with.

The same rule as ``levels`` (last count + movements − linked sales after it), cut at an
instant per drink: a uniform one for the stock value at a date, each counted line's own
time for a session's expected stock. Derived from the ledger and the current links, so it
stays retroactive: a link, an unlink or a late delivery changes it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.repositories import StockCountRepository


def stock_at(
    session: Session, restaurant_id: int, at: datetime, beverage_ids: Iterable[int] | None = None
) -> dict[int, Decimal]:
    """Stock per drink at ``at`` (a count at exactly ``at`` is included)."""
    return StockCountRepository(session, restaurant_id).levels_at(at, beverage_ids)


def expected_for_session(
    session: Session, restaurant_id: int, session_id: int
) -> dict[int, Decimal]:
    """Theoretical stock of each counted drink at the instant it was counted, from the
    counts before it (the session's own counts are not its own expectation)."""
    return StockCountRepository(session, restaurant_id).expected_for_session(session_id)
