"""Reads take no write lock: pages answer while another process holds SQLite's write lock,
and a write that cannot get the lock in time is a 503 with Retry-After, never a 500."""

from __future__ import annotations

import sqlite3
import time

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url

from tastevin import config, db
from tests.web.world import World


@pytest.fixture
def locked_sqlite(settings: config.Settings) -> sqlite3.Connection:
    url = make_url(settings.effective_database_url)
    if url.get_backend_name() != "sqlite":
        pytest.skip("SQLite's write lock only")  # the PostgreSQL run has no such lock
    holder = sqlite3.connect(str(url.database), isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE restaurant SET name = name")
    return holder


def test_pages_answer_while_the_write_lock_is_held(
    client: TestClient, world: World, owner: str, locked_sqlite: sqlite3.Connection
) -> None:
    try:
        start = time.monotonic()
        for path in ("/drinks", "/api/drinks", "/revenue", "/api/me"):
            assert client.get(path).status_code == 200, path
        assert time.monotonic() - start < 10
    finally:
        locked_sqlite.rollback()


def test_a_write_that_cannot_get_the_lock_is_a_503(
    client: TestClient,
    world: World,
    owner: str,
    locked_sqlite: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(db, "_TURN_WAIT_S", 0.3)
    try:
        answer = client.post(
            f"/api/drinks/{world.chablis}/counts",
            json={"quantity": "3"},
            headers={"X-CSRF-Token": owner},
        )
        assert answer.status_code == 503
        assert answer.headers["retry-after"] == "5"
        assert "occupée" in answer.json()["detail"]
        page = client.post(
            "/language",
            data={"lang": "en", "csrf_token": owner},
            headers={"Accept": "text/html"},
        )
        assert page.status_code == 503
    finally:
        locked_sqlite.rollback()
    assert client.get("/api/me").status_code == 200
