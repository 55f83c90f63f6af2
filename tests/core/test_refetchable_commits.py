"""``one_connection(refetchable=True)`` (a pull): on PostgreSQL its commits do not wait for
the disk (``synchronous_commit = off``), every unit of work inside (ordinary or single
statement) included; the connection goes back to the pool with the server's default, so
whatever runs on it next (a webhook's apply, an owner's decision) is durable again."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from tastevin import db


def _setting(**options: bool) -> tuple[str, int]:
    with db.transaction(**options) as session:
        value = session.scalar(text("SHOW synchronous_commit"))
        pid = session.scalar(text("SELECT pg_backend_pid()"))
    return str(value), int(pid)


@pytest.mark.postgres
def test_a_pull_connection_commits_without_waiting_then_is_durable_again(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "get_engine", lambda: db.engine_for(pg_url))
    with db.one_connection():
        assert _setting()[0] == "on"  # not asked for: the server's default
    with db.one_connection(refetchable=True):
        value, pulled_on = _setting()
        assert value == "off"
        assert _setting(single_statement=True) == ("off", pulled_on)
    with db.one_connection():
        value, pid = _setting()
    assert pid == pulled_on  # the very connection the pull used, back from the pool
    assert value == "on"


def test_refetchable_changes_nothing_on_sqlite(engine: Engine, settings: object) -> None:
    with db.one_connection(refetchable=True), db.transaction() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS refetch_probe (n INTEGER)"))
        session.execute(text("INSERT INTO refetch_probe VALUES (1)"))
    with db.transaction(engine) as session:
        assert session.scalar(text("SELECT count(*) FROM refetch_probe")) == 1
        session.execute(text("DROP TABLE refetch_probe"))
