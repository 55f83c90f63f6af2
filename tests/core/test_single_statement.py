"""``transaction(single_statement=True)``: on PostgreSQL each statement commits on its own
(autocommit: no ``BEGIN`` and ``COMMIT`` round trips); an ordinary unit of work is one
transaction; the pinned connection of a pull goes back to ordinary transactions after."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from tastevin import db


def _two_transaction_ids(engine: Engine | None, **options: bool) -> tuple[int, int]:
    with db.transaction(engine, **options) as session:
        first = session.scalar(text("SELECT txid_current()"))
        second = session.scalar(text("SELECT txid_current()"))
    return int(first), int(second)


@pytest.mark.postgres
def test_single_statement_units_run_in_autocommit_on_postgres(pg_url: str) -> None:
    engine = db.engine_for(pg_url)
    first, second = _two_transaction_ids(engine)
    assert first == second  # one transaction
    first, second = _two_transaction_ids(engine, single_statement=True)
    assert first != second  # each statement its own transaction: no BEGIN was sent
    first, second = _two_transaction_ids(engine)
    assert first == second  # the pooled connection is back to ordinary transactions


@pytest.mark.postgres
def test_the_pinned_connection_returns_to_transactions(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "get_engine", lambda: db.engine_for(pg_url))
    with db.one_connection():
        first, second = _two_transaction_ids(None, single_statement=True)
        assert first != second
        first, second = _two_transaction_ids(None)
        assert first == second


def test_single_statement_units_commit(engine: Engine) -> None:
    with db.transaction(engine, single_statement=True) as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS single_probe (n INTEGER)"))
        session.execute(text("INSERT INTO single_probe VALUES (1)"))
    with db.transaction(engine) as session:
        assert session.scalar(text("SELECT count(*) FROM single_probe")) == 1
        session.execute(text("DROP TABLE single_probe"))
