"""The sweeper hands back to the queue whatever the database says is owed, and gives up,
with a reason, on imports whose every attempt died."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.jobs import pull_tasks, sweeper
from tastevin.jobs.queue import huey
from tastevin.locks import try_acquire, worker_id
from tastevin.models import LeaseLock, RawImport
from tastevin.models.enums import ImportStatus, Vendor
from tastevin.models.types import utcnow
from tests.pull.support import (
    DAY,
    add_connection,
    connection_row,
    credentials_for,
    ledger,
    simulator,
)
from tests.sales.test_processing import _raw, _stored


def _dead_owner() -> str:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return f"{worker_id().split(':')[0]}:{child.pid}"


def _set(import_id: int, **values: object) -> None:
    with transaction() as session:
        raw = session.get_one(RawImport, import_id)
        for name, value in values.items():
            setattr(raw, name, value)


def test_a_lost_job_is_enqueued_after_the_grace(settings: Settings, session: Session) -> None:
    import_id = _stored(session)  # stored, its job never sent
    assert sweeper.sweep().enqueued == []  # within the grace: its job may be on its way
    report = sweeper.sweep(utcnow() + timedelta(seconds=settings.sweep_grace_s + 1))
    assert report.enqueued == [import_id]
    assert _raw(import_id).status == ImportStatus.APPLIED  # the immediate queue ran it


def test_an_import_held_by_a_dead_worker_is_taken_back_at_once(
    settings: Settings, session: Session
) -> None:
    import_id = _stored(session)
    _set(
        import_id,
        status="processing",
        attempts=1,
        lease_owner=_dead_owner(),
        lease_until=utcnow() + timedelta(minutes=5),
    )
    report = sweeper.sweep()
    assert report.reclaimed == [import_id] and report.enqueued == [import_id]
    raw = _raw(import_id)
    assert (raw.status, raw.attempts, raw.lines_added) == ("applied", 2, 2)


def test_a_living_lease_is_left_alone(settings: Settings, session: Session) -> None:
    import_id = _stored(session)
    _set(
        import_id,
        status="processing",
        attempts=1,
        lease_owner=worker_id(),
        lease_until=utcnow() + timedelta(minutes=5),
    )
    report = sweeper.sweep(utcnow() + timedelta(minutes=1))
    assert report.reclaimed == [] and report.enqueued == []
    assert _raw(import_id).status == ImportStatus.PROCESSING


def test_an_import_that_killed_every_worker_fails_with_its_reason(
    settings: Settings, session: Session
) -> None:
    import_id = _stored(session)
    _set(
        import_id,
        status="processing",
        attempts=settings.import_max_attempts,
        lease_owner="elsewhere:1",
        lease_until=utcnow() - timedelta(seconds=1),
    )
    report = sweeper.sweep()
    assert report.failed == [import_id] and report.enqueued == []
    raw = _raw(import_id)
    assert raw.status == ImportStatus.FAILED
    assert raw.error is not None and raw.error.startswith("interrupted 5 times")


def test_a_due_retry_is_enqueued(settings: Settings, session: Session) -> None:
    import_id = _stored(session)
    _set(import_id, attempts=1, next_attempt_at=utcnow() + timedelta(seconds=20))
    assert sweeper.sweep().enqueued == []
    assert sweeper.sweep(utcnow() + timedelta(seconds=21)).enqueued == [import_id]


def test_an_abandoned_pull_is_resumed(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    resumed: list[int] = []
    monkeypatch.setattr(sweeper, "enqueue_pull", resumed.append)
    now = utcnow()
    with transaction() as session:
        try_acquire(session, "pull-connection-12", _dead_owner(), 300, now)
        try_acquire(session, "pull-connection-13", worker_id() + ":x", 300, now)
        try_acquire(session, "pull-connection-14", "elsewhere:1:x", 1, now)
    report = sweeper.sweep(now + timedelta(seconds=2))
    assert sorted(report.pulls_resumed) == [12, 14]
    assert sorted(resumed) == [12, 14]
    with transaction() as session:
        assert [lock.name for lock in session.query(LeaseLock)] == ["pull-connection-13"]


def test_a_pull_lost_before_it_started_is_sent_again(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker killed after taking a pull from the queue and before taking the
    connection's lock leaves no lease: the pull owed in the database brings it back."""
    lost: list[int] = []
    monkeypatch.setattr(
        pull_tasks, "pull_connection_task", lambda cid, until=None: lost.append(cid)
    )
    pull_tasks.enqueue_pull(21)
    assert lost == [21]  # enqueued, and never run
    assert sweeper.sweep().pulls_resumed == []  # owed, not overdue yet
    resumed: list[int] = []
    monkeypatch.setattr(sweeper, "enqueue_pull", resumed.append)
    leases = pull_tasks.OWED_LEASES * settings.pull_lease_s
    queued = utcnow() + timedelta(seconds=leases - 5)
    assert sweeper.sweep(queued).pulls_resumed == []  # a backlog is no lost task
    later = utcnow() + timedelta(seconds=leases + 1)
    assert sweeper.sweep(later).pulls_resumed == [21]
    assert resumed == [21]


def test_a_pull_that_starts_is_no_longer_owed(settings: Settings) -> None:
    with transaction() as session:
        pull_tasks.promise(session, "pull-owed-22", "queued", 300, utcnow())
    with pull_tasks.connection_lock(22), transaction() as session:
        names = [lock.name for lock in session.query(LeaseLock)]
    assert names == ["pull-connection-22"]  # the owed row settled when the lock was taken
    later = utcnow() + timedelta(seconds=301)
    assert sweeper.sweep(later).pulls_resumed == []


def test_a_pull_taken_from_the_real_queue_by_a_worker_that_died_is_pulled_again(
    settings: Settings,
) -> None:
    """On the embedded queue itself (SQLite, not immediate): the task is taken from the
    queue and never run, as by a worker killed before it took the connection's lock; the
    sweeper puts it back, and running it pulls the vendor's night (its simulator)."""
    was_immediate = huey.immediate
    huey.immediate = False
    huey.flush()
    try:
        with simulator(Vendor.BIZZON) as (_, url):
            cid = add_connection(Vendor.BIZZON, credentials_for(Vendor.BIZZON, url, 301), 301)
            pull_tasks.enqueue_pull(cid, DAY)
            taken = huey.dequeue()
            assert taken is not None and huey.pending_count() == 0  # the worker died with it
            overdue = pull_tasks.OWED_LEASES * settings.pull_lease_s + 1
            assert sweeper.sweep(utcnow() + timedelta(seconds=overdue)).pulls_resumed == [cid]
            assert huey.pending_count() == 1
            again = huey.dequeue()
            assert again is not None
            huey.execute(again)
        done = connection_row(cid).last_complete_day
        assert done is not None and done >= DAY
        assert len(ledger(cid)) > 0
    finally:
        huey.flush()
        huey.immediate = was_immediate
