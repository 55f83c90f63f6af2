"""Each fault test runs on the embedded default (SQLite database, SQLite queue) and on
PostgreSQL + Redis (a private redis-server that the outage test can take down)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tastevin.config import Settings, get_settings
from tastevin.db import transaction
from tastevin.migrate import upgrade
from tastevin.models.enums import Vendor
from tastevin.pos.connections import create_connection
from tastevin.restaurants.service import create_restaurant
from tests.conftest import service_missing
from tests.faults.support import RedisServer

RESTAURANT = 4100


@dataclass
class Backend:
    name: str
    database_url: str
    queue_url: str
    redis: RedisServer | None
    secret_key: str


@pytest.fixture(params=["sqlite", "postgres+redis"])
def backend(
    request: pytest.FixtureRequest,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Backend]:
    redis = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'faults.db'}"
        upgrade(url)
        queue = ""
    else:
        url = request.getfixturevalue("pg_url")
        try:
            redis = RedisServer(tmp_path / "redis").start()
        except Exception as error:
            service_missing("redis-server", error)
        queue = redis.url
    monkeypatch.setenv("TASTEVIN_DATABASE_URL", url)
    get_settings.cache_clear()
    try:
        yield Backend(request.param, url, queue, redis, settings.secret_key.get_secret_value())
    finally:
        if redis is not None:
            redis.stop()


def elyx_tenant() -> str:
    """Restaurant 4100 with its Elyx webhook; returns the token."""
    with transaction() as session:
        restaurant = create_restaurant(session, "Chez Faute", restaurant_id=RESTAURANT)
        _connection, issued = create_connection(session, restaurant, Vendor.PI_ELYX)
        assert issued.token is not None
        return issued.token
