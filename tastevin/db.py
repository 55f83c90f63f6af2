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


_commits_wait = True


def commits_without_waiting() -> None:
    """This process is a worker (``tastevin.jobs`` calls it as the consumer starts): its
    PostgreSQL connections opened from now on commit without waiting for the disk flush
    (``synchronous_commit=off``), as SQLite's WAL at ``synchronous=NORMAL`` does. Durable
    against a crash of any Tastevin process; see ``Settings.worker_synchronous_commit``."""
    global _commits_wait
    _commits_wait = False


def _postgres_session(dbapi_connection: Any, _record: Any) -> None:
    if _commits_wait:
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("SET synchronous_commit = off")
    cursor.close()
    if not dbapi_connection.autocommit:
        dbapi_connection.commit()


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
    engine = create_engine(url, pool_pre_ping=True, **kwargs)
    event.listen(engine, "connect", _postgres_session)
    return engine


@lru_cache(maxsize=4)
def engine_for(url: str) -> Engine:
    return make_engine(url)


def get_engine() -> Engine:
    return engine_for(get_settings().effective_database_url)


def session_factory(engine: Engine | None = None) -> sessionmaker[Session]:
    return sessionmaker(bind=engine or get_engine(), expire_on_commit=False)


_pinned: ContextVar[Connection | None] = ContextVar("tastevin_pinned_connection", default=None)


@contextmanager
def one_connection() -> Iterator[None]:
    """Every ``transaction()`` opened inside (in this thread) uses one database connection,
    taken from the pool once. A job that runs many short transactions (a pull: two per page)
    otherwise checks a connection out and back each time, with a liveness ping on PostgreSQL:
    a round trip per transaction, which was a good part of a pull's time on PostgreSQL.
    Transactions stay separate: each still commits on its own."""
    if _pinned.get() is not None:
        yield
        return
    with get_engine().connect() as connection:
        token = _pinned.set(connection)
        try:
            yield
        finally:
            _pinned.reset(token)


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
