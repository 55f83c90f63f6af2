"""A restaurant's own settings, as its owners change them: name, time zone, the business
day's cut-off and the hour after which the night's pull runs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from zoneinfo import ZoneInfo, available_timezones

from sqlalchemy.orm import Session

from tastevin.errors import BadInput
from tastevin.models import AuditEvent, Restaurant
from tastevin.restaurants.service import get_restaurant

LATEST_CUTOFF = time(12, 0)
"""A business day ends between midnight and noon (a lunch service never spans midnight)."""


@dataclass(frozen=True, slots=True)
class RestaurantSettings:
    name: str
    timezone: str
    day_cutoff: time
    night_hour: int | None
    """None: the server's default (``TASTEVIN_NIGHT_HOUR``)."""


def settings_of(db: Session, restaurant_id: int) -> RestaurantSettings:
    r = get_restaurant(db, restaurant_id)
    return RestaurantSettings(r.name, r.timezone, r.day_cutoff, r.night_hour)


def known_timezone(name: str) -> bool:
    if name not in available_timezones():
        return False
    try:
        ZoneInfo(name)
    except (KeyError, ValueError):
        return False
    return True


def update_settings(
    db: Session, restaurant_id: int, wanted: RestaurantSettings, *, user_id: int | None
) -> Restaurant:
    name = wanted.name.strip()
    if not name or len(name) > 200:
        raise BadInput("the name must have 1 to 200 characters")
    if not known_timezone(wanted.timezone):
        raise BadInput("unknown time zone %(zone)s", zone=wanted.timezone[:64])
    if wanted.day_cutoff.tzinfo is not None:
        raise BadInput("the end of the business day is a local time, without an offset")
    if wanted.day_cutoff > LATEST_CUTOFF:
        raise BadInput("the business day must end between 00:00 and 12:00")
    if wanted.night_hour is not None and not 0 <= wanted.night_hour <= 23:
        raise BadInput("the night hour is between 0 and 23")
    restaurant = get_restaurant(db, restaurant_id)
    before = settings_of(db, restaurant_id)
    restaurant.name = name
    restaurant.timezone = wanted.timezone
    restaurant.day_cutoff = wanted.day_cutoff.replace(second=0, microsecond=0, tzinfo=None)
    restaurant.night_hour = wanted.night_hour
    db.add(
        AuditEvent(
            restaurant_id=restaurant_id,
            user_id=user_id,
            action="settings_changed",
            subject_type="restaurant",
            subject_id=restaurant_id,
            details={
                "before": {
                    "name": before.name,
                    "timezone": before.timezone,
                    "day_cutoff": before.day_cutoff.isoformat(),
                    "night_hour": before.night_hour,
                }
            },
        )
    )
    db.flush()
    return restaurant
