"""Engine and sessions. SQLite gets WAL, foreign keys and a busy timeout."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from tastevin.config import get_settings
from tastevin.files import private_file


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


_TURN_POLL_S = 0.0005
_TURN_WAIT_S = 30.0
READ_ONLY = "tastevin_read_only"
"""Execution option of a read-only unit of work: its transaction takes no write lock."""


def _sqlite_begin(conn: Any) -> None:
    """Writers take SQLite's write lock when the transaction starts, so two writers queue
    instead of failing on lock upgrade. The wait is polled finely here rather than left to
    SQLite's busy handler, whose back-off sleeps up to 100 ms at a time: with two workers
    that sleep, not the work, was the cost (measured on the nightly pull benchmark).

    Read-only units of work (web GETs) begin a deferred transaction instead: in WAL mode
    readers never wait for the writer, and pages keep answering while a night's import
    holds the write lock."""
    raw = conn.connection.dbapi_connection
    if conn.get_execution_options().get(READ_ONLY):
        raw.execute("BEGIN")
        return
    raw.execute("PRAGMA busy_timeout=0")
    deadline = time.monotonic() + _TURN_WAIT_S
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(_TURN_POLL_S)
    finally:
        raw.execute("PRAGMA busy_timeout=30000")


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            # Created owner-only before SQLite opens it: SQLite gives its -wal and -shm
            # files the database file's permissions.
            private_file(Path(parsed.database))
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "isolation_level": None}, **kwargs
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


@lru_cache(maxsize=4)
def engine_for(url: str) -> Engine:
    return make_engine(url)


def get_engine() -> Engine:
    return engine_for(get_settings().effective_database_url)


def session_factory(engine: Engine | None = None) -> sessionmaker[Session]:
    return sessionmaker(bind=engine or get_engine(), expire_on_commit=False)


_pinned: ContextVar[Connection | None] = ContextVar("tastevin_pinned_connection", default=None)


@contextmanager
def one_connection(*, refetchable: bool = False) -> Iterator[None]:
    """Every ``transaction()`` opened inside (in this thread) uses one database connection,
    taken from the pool once. A job that runs many short transactions (a pull: two per page)
    otherwise checks a connection out and back each time, with a liveness ping on PostgreSQL:
    a round trip per transaction, which was a good part of a pull's time on PostgreSQL.
    Transactions stay separate: each still commits on its own.

    ``refetchable``: everything written inside can be fetched again from where it came
    from (a pull: the vendor's API is read-only and keeps its data), so on PostgreSQL its
    commits do not wait for the WAL to reach the disk (``synchronous_commit = off``). A
    crash can then lose the last commits (at most ~3 × ``wal_writer_delay``), always a
    suffix: the WAL is replayed in order, so no commit survives one made before it was
    lost (the day's cursor is committed after the pages it counts, so it is never ahead
    of the ledger), and the database stays consistent. This is what SQLite's WAL mode
    with ``synchronous=NORMAL`` (the embedded default) already gives every commit.
    Acknowledged pushes (webhooks, FTPS uploads) never run inside: they keep full
    durability."""
    if _pinned.get() is not None:
        yield
        return
    with get_engine().connect() as connection:
        relaxed = refetchable and connection.dialect.name == "postgresql"
        if relaxed:
            _session_setting(connection, "SET synchronous_commit TO off")
        token = _pinned.set(connection)
        try:
            yield
        finally:
            _pinned.reset(token)
            if relaxed:
                _session_setting(connection, "RESET synchronous_commit")


def _session_setting(connection: Connection, statement: str) -> None:
    """A session-level SET on PostgreSQL, sent in autocommit: one round trip, no BEGIN or
    COMMIT. A connection that cannot take it (broken, or left inside a transaction) is
    discarded rather than kept with the wrong setting: the next use opens a fresh one,
    with the server's defaults (full durability)."""
    driver: Any = connection.connection.driver_connection
    try:
        if connection.in_transaction() or driver.closed:
            raise RuntimeError("a session setting needs an idle connection")
        driver.autocommit = True
        try:
            driver.execute(statement)
        finally:
            driver.autocommit = False
    except Exception:
        connection.invalidate()


@contextmanager
def transaction(
    engine: Engine | None = None, *, read_only: bool = False, single_statement: bool = False
) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on any error. Services never commit.

    ``read_only``: the unit of work only reads; on SQLite it takes no write lock.

    ``single_statement``: the unit of work is one statement, atomic on its own (or several
    that need not be atomic together). On PostgreSQL it then runs in autocommit: one round
    trip instead of three (psycopg sends ``BEGIN`` and ``COMMIT`` as round trips of their
    own), which was most of a short unit's cost. SQLite: an ordinary transaction."""
    pinned = _pinned.get() if engine is None else None
    session = (
        Session(bind=pinned, expire_on_commit=False)
        if pinned is not None
        else session_factory(engine)()
    )
    driver: Any = None
    try:
        if read_only:
            session.connection(execution_options={READ_ONLY: True})
        if single_statement and session.get_bind().dialect.name == "postgresql":
            driver = session.connection().connection.driver_connection
            driver.autocommit = True  # client-side: no round trip
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        if driver is not None and not driver.closed:
            driver.autocommit = False
        session.close()
