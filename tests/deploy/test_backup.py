"""Backups as docs/deploy.md gives them: ``pg_dump --format=custom`` of a small but complete
database, ``pg_restore`` into a new, empty database, and the restored one is the same data,
at the same schema version, usable at once (sequences included) by the same secret key."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from tastevin import config, db
from tastevin.migrate import upgrade
from tastevin.models import Base, PosConnection, Restaurant
from tastevin.models.enums import Vendor
from tastevin.pos.connections import create_connection, credentials_of
from tests import factories as f
from tests.conftest import service_missing
from tests.web.world import seed

pytestmark = pytest.mark.postgres


def _libpq(url: str) -> str:
    """The SQLAlchemy URL as libpq (pg_dump, pg_restore) reads it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


_DIGEST = (
    "SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
    ' FROM "{name}" t'
)


def _fingerprints(url: str) -> dict[str, tuple[int, str]]:
    """Every table's row count and a digest of all its rows."""
    found = {}
    with db.make_engine(url).connect() as conn:
        for table in [*Base.metadata.sorted_tables, "alembic_version"]:
            name = getattr(table, "name", table)
            count, digest = conn.execute(text(_DIGEST.format(name=name))).one()
            found[str(name)] = (int(count), str(digest))
    return found


@pytest.fixture
def restored_url(pg_url: str) -> Iterator[str]:
    name = f"{make_url(pg_url).database}_restored_{uuid.uuid4().hex[:6]}"
    admin = db.make_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_a_dump_restores_into_an_identical_working_database(
    settings: config.Settings, pg_url: str, restored_url: str, tmp_path: Path
) -> None:
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        service_missing("pg_dump / pg_restore", FileNotFoundError("not on PATH"))
    engine = db.engine_for(pg_url)
    with db.transaction(engine) as session:
        seed(session)
        restaurant = f.restaurant(session, 4242, name="Sauvegardé")
        connection, _ = create_connection(
            session, restaurant, Vendor.BIZZON, {"api_key": "sk_live_42", "base_url": "https://x"}
        )
        connection_id = connection.id
    before = _fingerprints(pg_url)
    assert sum(count for count, _ in before.values()) > 20  # a database worth backing up

    dump = tmp_path / "tastevin.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", "--no-owner", f"--file={dump}", _libpq(pg_url)],
        check=True,
        timeout=120,
    )
    subprocess.run(
        [
            "pg_restore",
            "--no-owner",
            "--exit-on-error",
            f"--dbname={_libpq(restored_url)}",
            str(dump),
        ],
        check=True,
        timeout=120,
    )

    assert _fingerprints(restored_url) == before
    upgrade(restored_url)  # already at the head: nothing to do, nothing changed
    assert _fingerprints(restored_url) == before
    restored = db.make_engine(restored_url)
    with db.transaction(restored) as session:
        copy = session.get_one(PosConnection, connection_id)
        assert credentials_of(copy)["api_key"] == "sk_live_42"  # same key reads the secrets
        owner = session.get_one(Restaurant, copy.restaurant_id)
        again, _ = create_connection(session, owner, Vendor.JALIA, {"api_key": "k"})
        session.flush()
        assert again.id > connection_id  # sequences were restored too
    restored.dispose()
