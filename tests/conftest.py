"""Test databases: migrated by Alembic (never ``create_all``), on SQLite by default and on
PostgreSQL when ``TASTEVIN_DATABASE_URL`` points to one. Each run gets its own PostgreSQL
database (dropped at the end) and each test starts from empty tables."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

os.environ.setdefault("TASTEVIN_QUEUE_IMMEDIATE", "true")  # before tastevin.jobs is imported
# The queue built when tastevin.jobs is imported (SQLite, in data_dir) must not land in the
# working directory (``var/queue.db``): tests write only into temporary directories.
os.environ.setdefault(
    "TASTEVIN_DATA_DIR", str(Path(tempfile.gettempdir()) / f"tastevin-tests-{os.getpid()}")
)
# Simulators listen on http://127.0.0.1: the tests allow private endpoints, like the demo.
os.environ.setdefault("TASTEVIN_ALLOW_PRIVATE_ENDPOINTS", "true")

from tastevin import config, db
from tastevin.migrate import upgrade
from tastevin.models import Base

if Path(os.environ["TASTEVIN_DATA_DIR"]).name == f"tastevin-tests-{os.getpid()}":
    atexit.register(shutil.rmtree, os.environ["TASTEVIN_DATA_DIR"], ignore_errors=True)

BASE_URL = os.environ.get("TASTEVIN_DATABASE_URL", "")
ON_POSTGRES = BASE_URL.startswith("postgresql")
IN_CI = os.environ.get("CI", "").lower() == "true"


def _create_pg_database(base_url: str) -> str:
    url = make_url(base_url)
    name = f"tastevin_test_{uuid.uuid4().hex[:10]}"
    admin = db.make_engine(url.render_as_string(hide_password=False), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def _drop_pg_database(base_url: str, test_url: str) -> None:
    name = make_url(test_url).database
    admin = db.make_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def migrated_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """PostgreSQL: a fresh database for this run. SQLite: a migrated template file."""
    if ON_POSTGRES:
        url = _create_pg_database(BASE_URL)
        upgrade(url)
        yield url
        db.engine_for.cache_clear()
        _drop_pg_database(BASE_URL, url)
    else:
        path = tmp_path_factory.mktemp("template") / "template.db"
        url = f"sqlite:///{path}"
        upgrade(url)
        yield url


def _truncate(engine: Engine) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture
def database_url(migrated_url: str, tmp_path: Path) -> Iterator[str]:
    if ON_POSTGRES:
        engine = db.engine_for(migrated_url)
        _truncate(engine)
        yield migrated_url
        return
    template = Path(make_url(migrated_url).database or "")
    copy = tmp_path / "tastevin.db"
    shutil.copyfile(template, copy)
    url = f"sqlite:///{copy}"
    yield url
    db.engine_for(url).dispose()


@pytest.fixture
def settings(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[config.Settings]:
    """The app's settings for this test: its database, a data dir, a secret key."""
    monkeypatch.setenv("TASTEVIN_DATABASE_URL", database_url)
    monkeypatch.setenv("TASTEVIN_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("TASTEVIN_SECRET_KEY", Fernet.generate_key().decode())
    monkeypatch.setenv("TASTEVIN_QUEUE_IMMEDIATE", "true")
    config.get_settings.cache_clear()
    yield config.get_settings()
    config.get_settings.cache_clear()


@pytest.fixture
def engine(settings: config.Settings) -> Engine:
    return db.engine_for(settings.effective_database_url)


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with db.session_factory(engine)() as s:
        yield s
        s.rollback()


def service_missing(what: str, error: Exception) -> None:
    """A test's service is unreachable: skip on a laptop, fail in CI (where it must run)."""
    message = f"{what} is not reachable ({error})"
    if IN_CI:
        pytest.fail(message + "; CI=true, so this is a failure, not a skip")
    pytest.skip(message)


DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@pytest.fixture(scope="session")
def pg_migrated_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for tests that need PostgreSQL itself (real
    concurrency), whatever database the rest of the suite runs on."""
    base = BASE_URL if ON_POSTGRES else os.environ.get("TASTEVIN_TEST_POSTGRES_URL", DEFAULT_PG)
    try:
        url = _create_pg_database(base)
    except Exception as error:
        service_missing("PostgreSQL", error)
    upgrade(url)
    yield url
    db.engine_for.cache_clear()
    _drop_pg_database(base, url)


@pytest.fixture
def pg_url(pg_migrated_url: str) -> str:
    _truncate(db.engine_for(pg_migrated_url))
    return pg_migrated_url


@pytest.fixture(scope="session")
def redis_url() -> str:
    url = os.environ.get("TASTEVIN_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except Exception as error:
        service_missing("Redis", error)
    return url
