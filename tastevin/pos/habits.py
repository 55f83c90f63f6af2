"""Each POS connection's label habits, learnt from its own labels and stored on it.

A till's habits (family prefixes and what they announce, truncation width, case) are read
off all the labels the connection has sent (its catalogue, or every product it sold), by
the matcher (tastevin/matching/habits.py). They are stored on the connection and learnt
again when its number of products or the library changes; nothing is configured by hand.
"""

from __future__ import annotations

import threading

from sqlalchemy.orm import Session

from tastevin.matching import Matcher
from tastevin.matching.habits import Habits
from tastevin.repositories import BeverageRepository, PosConnectionRepository, PosProductRepository

# learnt habits per connection, with the state they were learnt from
_CACHE: dict[tuple[str, int], tuple[tuple[object, ...], Habits]] = {}
_LOCK = threading.Lock()


def _state(session: Session, restaurant_id: int, connection_id: int) -> tuple[object, ...]:
    products = PosProductRepository(session, restaurant_id)
    library = BeverageRepository(session, restaurant_id).extent()
    return (products.count(products.of_connection(connection_id)), *library)


def connection_habits(
    session: Session, restaurant_id: int, connection_id: int, matcher: Matcher
) -> Habits:
    """The connection's habits: stored ones while its labels and the library are those
    they were learnt from, else learnt again from every label and stored."""
    state = _state(session, restaurant_id, connection_id)
    key = (str(session.get_bind().engine.url), connection_id)
    with _LOCK:
        cached = _CACHE.get(key)
    if cached is not None and cached[0] == state:
        return cached[1]
    connection = PosConnectionRepository(session, restaurant_id).get(connection_id)
    stored = connection.label_habits or {}
    if stored.get("state") == [str(part) for part in state]:
        habits = Habits.from_json(stored)
    else:
        labels = PosProductRepository(session, restaurant_id).labels_of_connection(connection_id)
        habits = matcher.learn_habits(labels)
        connection.label_habits = {**habits.to_json(), "state": [str(part) for part in state]}
        session.flush()
    with _LOCK:
        _CACHE[key] = (state, habits)
    return habits


def stored_habits(session: Session, restaurant_id: int, connection_id: int) -> Habits:
    """What is stored for a connection (the connection page shows it), without learning."""
    connection = PosConnectionRepository(session, restaurant_id).get(connection_id)
    return Habits.from_json(connection.label_habits)


__all__ = ["connection_habits", "stored_habits"]
