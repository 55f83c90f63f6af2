"""A worker's PostgreSQL commits do not wait for the disk flush (as SQLite's WAL at
``synchronous=NORMAL``); the web and FTPS roles, which acknowledge what they store, always
wait. Run in a process of its own: the choice is the process's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_PROBE = """
import threading
from huey.consumer import Worker
from tastevin.db import get_engine
from tastevin.jobs import huey

def synchronous_commit():
    engine = get_engine()
    engine.dispose()  # a fresh connection, opened after what came before
    with engine.connect() as connection:
        return connection.exec_driver_sql("SHOW synchronous_commit").scalar()

before = synchronous_commit()
huey.unregister_on_startup("sweep-at-start")  # the probe is about commits, not the sweep
Worker(huey, threading.Event(), 0.1, 1.0, 1.15).initialize()  # as a consumer thread starts
print(before, synchronous_commit())
"""


def _probe(pg_url: str, tmp_path: Path, **extra: str) -> list[str]:
    env = {
        **os.environ,
        "TASTEVIN_DATABASE_URL": pg_url,
        "TASTEVIN_DATA_DIR": str(tmp_path / "var"),
        "TASTEVIN_QUEUE_URL": "",
        **extra,
    }
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_a_worker_commits_without_waiting_and_other_roles_wait(pg_url: str, tmp_path: Path) -> None:
    # before the consumer starts, the process is like the web app and the FTPS box (they
    # import the queue to enqueue, and never start a consumer): its commits wait
    assert _probe(pg_url, tmp_path) == ["on", "off"]


def test_the_setting_makes_workers_wait_too(pg_url: str, tmp_path: Path) -> None:
    found = _probe(pg_url, tmp_path, TASTEVIN_WORKER_SYNCHRONOUS_COMMIT="true")
    assert found == ["on", "on"]
