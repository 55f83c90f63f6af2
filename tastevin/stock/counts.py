"""Count sessions ("Inventaires", S-26). A session covers the whole cellar, a category or
a zone; each drink counted is stamped with the instant it was counted, so sales made while
the count goes on are netted out: the count sets the stock at that instant, later sales
still come off it. Closing turns every counted line into a count; drinks not counted keep
their stock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from tastevin.errors import BadInput
from tastevin.models import AuditEvent, Beverage, CountLine, CountSession
from tastevin.models.enums import CountSource
from tastevin.models.stock import COUNT_CLOSED, COUNT_OPEN
from tastevin.models.types import utcnow
from tastevin.repositories import BeverageRepository, CountLineRepository, CountSessionRepository
from tastevin.stock.service import record_count

SCOPES = ("all", "category", "zone")
OPEN = COUNT_OPEN
CLOSED = COUNT_CLOSED
MAX_BOTTLES = Decimal(100000)


@dataclass(frozen=True, slots=True)
class SessionSummary:
    session: CountSession
    lines: int
    in_scope: int


def open_session(
    session: Session,
    restaurant_id: int,
    scope: str = "all",
    value: str | None = None,
    *,
    blind: bool = False,
    user_id: int | None = None,
) -> CountSession:
    if scope not in SCOPES:
        raise BadInput("a count covers all drinks, a category or a zone")
    value = (value or "").strip() or None
    if scope != "all" and value is None:
        raise BadInput(f"name the {scope} to count")
    made = CountSession(
        restaurant_id=restaurant_id,
        scope=scope,
        scope_value=value if scope != "all" else None,
        blind=blind,
        status=OPEN,
        opened_at=utcnow(),
        opened_by_user_id=user_id,
    )
    session.add(made)
    session.flush()
    _audit(session, made, user_id, "count_opened")
    return made


def drinks_in_scope(session: Session, restaurant_id: int, count: CountSession) -> list[Beverage]:
    """The drinks to count, in walking order: zone, then name and vintage."""
    drinks = BeverageRepository(session, restaurant_id)
    in_scope = drinks.in_count_scope(count.scope, count.scope_value)
    return drinks.all(
        in_scope.order_by(Beverage.zone, Beverage.name, Beverage.vintage, Beverage.id)
    )


def record_line(
    session: Session,
    restaurant_id: int,
    count_id: int,
    beverage_id: int,
    quantity: Decimal,
    *,
    at: datetime | None = None,
    user_id: int | None = None,
) -> CountLine:
    """Counting a drink again replaces its figure and its instant."""
    count = _open(session, restaurant_id, count_id)
    beverage = BeverageRepository(session, restaurant_id).get(beverage_id)
    if not _in_scope(count, beverage):
        raise BadInput("this drink is not part of this count")
    if quantity < 0 or quantity > MAX_BOTTLES:
        raise BadInput("a counted stock is a number of bottles, 0 or more")
    if quantity != quantity.quantize(Decimal("0.0001")):
        raise BadInput("count bottles to the tenth (0.1 … 0.9 for an open bottle)")
    moment = at or utcnow()
    line = CountLineRepository(session, restaurant_id).line_of(count.id, beverage.id)
    if line is None:
        line = CountLine(
            restaurant_id=restaurant_id,
            count_session_id=count.id,
            beverage_id=beverage.id,
            quantity=quantity,
            counted_at=moment,
            by_user_id=user_id,
        )
        session.add(line)
    else:
        line.quantity = quantity
        line.counted_at = moment
        line.by_user_id = user_id
    session.flush()
    return line


def close_session(
    session: Session, restaurant_id: int, count_id: int, *, user_id: int | None = None
) -> CountSession:
    count = _open(session, restaurant_id, count_id)
    lines = count_lines(session, restaurant_id, count.id)
    if not lines:
        raise BadInput("nothing was counted: count at least one drink before closing")
    for line in lines:
        record_count(
            session,
            restaurant_id,
            line.beverage_id,
            line.quantity,
            at=line.counted_at,
            user_id=line.by_user_id or user_id,
            source=CountSource.SESSION,
            count_session_id=count.id,
        )
    count.status = CLOSED
    count.closed_at = utcnow()
    session.flush()
    _audit(session, count, user_id, "count_closed")
    return count


def count_lines(session: Session, restaurant_id: int, count_id: int) -> list[CountLine]:
    lines = CountLineRepository(session, restaurant_id)
    return lines.all(lines.of_session(count_id))


def get_session(session: Session, restaurant_id: int, count_id: int) -> CountSession:
    return CountSessionRepository(session, restaurant_id).get(count_id)


def list_sessions(
    session: Session, restaurant_id: int, *, limit: int = 100
) -> list[SessionSummary]:
    sessions = CountSessionRepository(session, restaurant_id).newest(limit)
    if not sessions:
        return []
    counted = CountLineRepository(session, restaurant_id).per_session([s.id for s in sessions])
    return [
        SessionSummary(s, counted.get(s.id, 0), _in_scope_count(session, restaurant_id, s))
        for s in sessions
    ]


def summary_of(session: Session, restaurant_id: int, count_id: int) -> SessionSummary:
    count = get_session(session, restaurant_id, count_id)
    lines = CountLineRepository(session, restaurant_id)
    return SessionSummary(
        count,
        lines.count(lines.of_session(count.id)),
        _in_scope_count(session, restaurant_id, count),
    )


def scope_choices(session: Session, restaurant_id: int) -> tuple[list[str], list[str]]:
    """The categories and zones the library uses, for the "new count" form."""
    drinks = BeverageRepository(session, restaurant_id)
    return drinks.values_in_use(Beverage.category), drinks.values_in_use(Beverage.zone)


def _in_scope_count(session: Session, restaurant_id: int, count: CountSession) -> int:
    drinks = BeverageRepository(session, restaurant_id)
    return drinks.count(drinks.in_count_scope(count.scope, count.scope_value))


def _in_scope(count: CountSession, beverage: Beverage) -> bool:
    if count.scope == "category":
        return beverage.category == count.scope_value
    if count.scope == "zone":
        return beverage.zone == count.scope_value
    return True


def _open(session: Session, restaurant_id: int, count_id: int) -> CountSession:
    count = CountSessionRepository(session, restaurant_id).get(count_id)
    if count.status != OPEN:
        raise BadInput("this count is closed")
    return count


def _audit(session: Session, count: CountSession, user_id: int | None, action: str) -> None:
    session.add(
        AuditEvent(
            restaurant_id=count.restaurant_id,
            user_id=user_id,
            action=action,
            subject_type="count_session",
            subject_id=count.id,
            details={"scope": count.scope, "value": count.scope_value, "blind": count.blind},
        )
    )
    session.flush()
