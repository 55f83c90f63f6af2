"""Data files are the service's own: the database (and its WAL), the queue and the key are
created 0600, whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy import text

from tastevin.db import make_engine
from tastevin.files import private_file


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_sqlite_database_and_its_wal_are_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual default, which made the file 0644
    try:
        path = tmp_path / "var" / "tastevin.db"
        engine = make_engine(f"sqlite:///{path}")
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x INTEGER)"))
            conn.execute(text("INSERT INTO t VALUES (1)"))
        assert _mode(path) == 0o600
        wal = path.with_name("tastevin.db-wal")
        assert wal.exists() and _mode(wal) == 0o600
        assert _mode(path.parent) == 0o700
        engine.dispose()
    finally:
        os.umask(old)


def test_an_existing_world_readable_file_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    path.write_bytes(b"")
    path.chmod(0o644)
    private_file(path)
    assert _mode(path) == 0o600


def test_the_generated_secret_key_is_owner_only(tmp_path: Path) -> None:
    from tastevin.config import Settings
    from tastevin.security.secrets import derived_secret

    old = os.umask(0o022)
    try:
        derived_secret("test", Settings(data_dir=tmp_path / "data"))
    finally:
        os.umask(old)
    assert _mode(tmp_path / "data" / "secret.key") == 0o600
