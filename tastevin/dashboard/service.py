"""The home page's tiles, each from the service that owns its figures.

Why one object per tile: the page shows every tile even when it is empty (an empty tile
says what to do to fill it), and the JSON twin returns the same object."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from tastevin.dashboard.nights import Night, last_nights
from tastevin.models import Beverage, Restaurant
from tastevin.pos.sync import PendingProduct, pending_count, pending_products, pending_revenue
from tastevin.pull.days import last_closed_day
from tastevin.repositories.library import BeverageRepository
from tastevin.repositories.stock import CountSessionRepository
from tastevin.sales.revenue import revenue_by_day, totals_by_beverage
from tastevin.stock.counts import CLOSED, summary_of
from tastevin.stock.reorder import reorder_lines, stock_alerts

ZERO = Decimal("0.00")
TOP = 5
PENDING_SHOWN = 3
STOCK_SHOWN = 5
TOP_DAYS = 7
ALERTS = 500


@dataclass(frozen=True, slots=True)
class PendingTile:
    count: int
    revenue: Decimal
    first: list[PendingProduct]


@dataclass(frozen=True, slots=True)
class DrinkFigure:
    beverage_id: int
    name: str
    vintage: int | None
    quantity: Decimal
    amount: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class StockTile:
    negative: list[DrinkFigure]
    negative_count: int
    reorder: list[DrinkFigure] = field(default_factory=list)
    """Drinks under their par level with the quantity to order (from the stock area)."""
    reorder_known: bool = False
    """False while no par level exists: the tile then says how to set one."""


@dataclass(frozen=True, slots=True)
class RevenueTile:
    day: date
    amount: Decimal
    week_before: date
    week_before_amount: Decimal

    @property
    def change(self) -> Decimal | None:
        """Relative change against the same weekday a week earlier (None: nothing then)."""
        if self.week_before_amount == 0:
            return None
        return (self.amount - self.week_before_amount) / self.week_before_amount


@dataclass(frozen=True, slots=True)
class CountTile:
    """The count session in progress, else the last closed one (None: never counted)."""

    session_id: int | None = None
    open: bool = False
    when: datetime | None = None
    """Opened at (in progress) or closed at."""
    counted: int = 0
    in_scope: int = 0


@dataclass(frozen=True, slots=True)
class Home:
    business_day: date
    nights: list[Night]
    pending: PendingTile
    stock: StockTile
    revenue: RevenueTile
    top: list[DrinkFigure]
    top_since: date
    count: CountTile


def business_yesterday(restaurant: Restaurant, now: datetime) -> date:
    """The last business day that has closed: "yesterday" for the owner in the morning."""
    return last_closed_day(now, ZoneInfo(restaurant.timezone), restaurant.day_cutoff)


def pending_tile(session: Session, restaurant_id: int) -> PendingTile:
    return PendingTile(
        pending_count(session, restaurant_id),
        pending_revenue(session, restaurant_id),
        pending_products(session, restaurant_id, per_page=PENDING_SHOWN),
    )


def _drinks(session: Session, restaurant_id: int, ids: list[int]) -> dict[int, Beverage]:
    return BeverageRepository(session, restaurant_id).by_ids(ids)


def stock_tile(session: Session, restaurant_id: int) -> StockTile:
    """Negative stock (a count or a link is missing) and what to reorder (under par)."""
    negative = [a for a in stock_alerts(session, restaurant_id, limit=ALERTS) if a.negative]
    reorder = reorder_lines(session, restaurant_id)
    has_par = BeverageRepository(session, restaurant_id).any_par_level()
    return StockTile(
        [DrinkFigure(a.beverage_id, a.name, a.vintage, a.stock) for a in negative[:STOCK_SHOWN]],
        len(negative),
        [DrinkFigure(r.beverage_id, r.name, r.vintage, r.suggested) for r in reorder[:STOCK_SHOWN]],
        has_par,
    )


def count_tile(session: Session, restaurant_id: int) -> CountTile:
    """The count session in progress, else when the cellar was last counted."""
    sessions = CountSessionRepository(session, restaurant_id)
    found = sessions.latest(closed=False) or sessions.latest(closed=True)
    if found is None:
        return CountTile()
    summary = summary_of(session, restaurant_id, found.id)
    is_open = found.status != CLOSED
    when = found.opened_at if is_open else found.closed_at
    return CountTile(found.id, is_open, when, summary.lines, summary.in_scope)


def revenue_tile(session: Session, restaurant_id: int, day: date) -> RevenueTile:
    week_before = day - timedelta(days=7)
    per_day = revenue_by_day(session, restaurant_id, week_before, day)
    return RevenueTile(day, per_day.get(day, ZERO), week_before, per_day.get(week_before, ZERO))


def top_drinks(session: Session, restaurant_id: int, start: date, end: date) -> list[DrinkFigure]:
    totals = totals_by_beverage(session, restaurant_id, start, end)
    best = sorted(totals.items(), key=lambda item: (-item[1][1], -item[1][0]))[:TOP]
    names = _drinks(session, restaurant_id, [bid for bid, _ in best])
    return [
        DrinkFigure(bid, names[bid].name, names[bid].vintage, units.normalize(), amount)
        for bid, (units, amount) in best
        if bid in names and amount > 0
    ]


def home(session: Session, restaurant: Restaurant, now: datetime) -> Home:
    day = business_yesterday(restaurant, now)
    since = day - timedelta(days=TOP_DAYS - 1)
    return Home(
        business_day=day,
        nights=last_nights(session, restaurant, now),
        pending=pending_tile(session, restaurant.id),
        stock=stock_tile(session, restaurant.id),
        revenue=revenue_tile(session, restaurant.id, day),
        top=top_drinks(session, restaurant.id, since, day),
        top_since=since,
        count=count_tile(session, restaurant.id),
    )
