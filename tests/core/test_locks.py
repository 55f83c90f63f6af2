"""Locks that expire: one holder at a time, free again after the ttl when the holder stops
renewing, renewed while held, and recognisably abandoned by a dead process."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import timedelta

import pytest

from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.locks import (
    LockHeld,
    held_by_dead_process,
    lease_lock,
    take_abandoned,
    try_acquire,
    worker_id,
)
from tastevin.models import LeaseLock
from tastevin.models.types import utcnow


def test_one_holder_until_the_lease_expires(settings: Settings) -> None:
    now = utcnow()
    with transaction() as session:
        assert try_acquire(session, "job-1", "a", 30, now)
    with transaction() as session:
        assert not try_acquire(session, "job-1", "b", 30, now + timedelta(seconds=29))
    with transaction() as session:
        assert try_acquire(session, "job-1", "b", 30, now + timedelta(seconds=31))
        assert session.get_one(LeaseLock, "job-1").owner == "b"


def test_lease_lock_is_exclusive_renewed_and_released(settings: Settings) -> None:
    with lease_lock("pull-connection-7", ttl_s=0.6):
        with pytest.raises(LockHeld), lease_lock("pull-connection-7", ttl_s=0.6):
            pass
        time.sleep(1.2)  # twice the ttl: only the heartbeat keeps it
        with pytest.raises(LockHeld), lease_lock("pull-connection-7", ttl_s=0.6):
            pass
    with lease_lock("pull-connection-7", ttl_s=0.6):  # released on exit
        pass
    with transaction() as session:
        assert session.get(LeaseLock, "pull-connection-7") is None


def test_a_dead_process_of_this_host_is_recognised(settings: Settings) -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    host = worker_id().split(":")[0]
    owner = f"{host}:{child.pid}:abcd"
    assert not held_by_dead_process(owner)
    child.kill()
    child.wait()
    assert held_by_dead_process(owner)
    assert not held_by_dead_process(f"another-host:{child.pid}")
    assert not held_by_dead_process(worker_id())

    now = utcnow()
    with transaction() as session:
        assert try_acquire(session, "pull-connection-1", owner, 300, now)
        assert try_acquire(session, "pull-connection-2", worker_id() + ":x", 300, now)
        assert try_acquire(session, "other-3", owner, 300, now)
    with transaction() as session:
        assert take_abandoned(session, "pull-connection-", now) == ["pull-connection-1"]
    with transaction() as session:
        assert {lock.name for lock in session.query(LeaseLock)} == {
            "pull-connection-2",
            "other-3",
        }
