"""A pull applies its own pages: each page is stored already taken (``processing`` under
the pull's lease), so the sweeper never hands it to another worker while the pull applies
it; a page met again that a worker is still applying is waited for, not applied twice at
the same moment; an earlier, dead pull's lease on it is no reason to wait.

Before, pages were stored ``received``: a page older than the sweeper's grace (a slow
apply, a killed pull resumed) went to a worker as well, and the pull and the worker applied
it at once (the several-hosts night timed out in CI when that race failed the pull)."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

from sqlalchemy import delete, select, update

from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.jobs.sweeper import sweep
from tastevin.locks import worker_id
from tastevin.models import RawImport, SaleLine
from tastevin.models.enums import ImportStatus, Vendor
from tastevin.models.types import utcnow
from tastevin.pull import pull_connection
from tastevin.sales.inbox import process_import
from tastevin.sales.processing import claim, owed_imports
from tests.pull.support import (
    DAY,
    add_connection,
    connection_row,
    credentials_for,
    expected_night,
    ledger,
    morning_after,
    no_wait,
    simulator,
)

SEED = 4417
VENDOR = Vendor.BIZZON


def _imports(connection_id: int) -> list[RawImport]:
    with transaction() as session:
        rows = session.scalars(
            select(RawImport).where(RawImport.connection_id == connection_id).order_by(RawImport.id)
        ).all()
        for row in rows:
            session.expunge(row)
        return list(rows)


def _unapply_biggest_page(connection_id: int, **lease: object) -> int:
    """The page with the most sales lines as a page whose apply never committed: its lines
    gone, the import ``processing`` under ``lease`` (or as ``lease`` says)."""
    page = max(_imports(connection_id), key=lambda raw: raw.lines_added)
    assert page.lines_added > 0
    with transaction() as session:
        session.execute(delete(SaleLine).where(SaleLine.import_id == page.id))
        session.execute(
            update(RawImport)
            .where(RawImport.id == page.id)
            .values(
                **{"status": str(ImportStatus.PROCESSING), **lease},
                applied_at=None,
                lines_added=0,
            )
        )
    return page.id


def test_a_sweeper_running_all_through_a_pull_never_hands_on_its_pages(
    settings: Settings,
) -> None:
    """A sweeper sweeps in a loop while the pull runs, with its clock past the grace: a
    page stored ``received`` would be owed from the moment it is stored."""
    enqueued: list[int] = []
    stop = threading.Event()

    def sweep_all_night() -> None:
        while not stop.is_set():
            enqueued.extend(
                sweep(utcnow() + timedelta(seconds=settings.sweep_grace_s + 1)).enqueued
            )

    with simulator(VENDOR) as (_, url):
        cid = add_connection(VENDOR, credentials_for(VENDOR, url, SEED), SEED)
        sweeper = threading.Thread(target=sweep_all_night)
        sweeper.start()
        try:
            outcome = pull_connection(cid, now=morning_after(DAY), retry=no_wait())
        finally:
            stop.set()
            sweeper.join()
    assert outcome.error is None and outcome.days == [DAY]
    pages = _imports(cid)
    assert len(pages) >= 2
    assert enqueued == []
    # each page: one attempt, the pull's, and nothing left held
    assert {(raw.status, raw.attempts, raw.lease_owner) for raw in pages} == {
        (str(ImportStatus.APPLIED), 1, None)
    }
    assert len([r for r in ledger(cid) if r[4] == DAY]) == expected_night(SEED, DAY)[0]


def test_a_page_stored_taken_is_owed_only_once_its_lease_has_run_out(
    settings: Settings,
) -> None:
    with simulator(VENDOR) as (_, url):
        cid = add_connection(VENDOR, credentials_for(VENDOR, url, SEED), SEED)
        pull_connection(cid, now=morning_after(DAY), retry=no_wait())
    until = utcnow() + timedelta(seconds=60)
    page = _unapply_biggest_page(cid, lease_owner="elsewhere:1:pull-9", lease_until=until)
    with transaction() as session:
        # a pull applying it, past the sweeper's grace: not owed
        assert owed_imports(session, until - timedelta(seconds=1), settings.sweep_grace_s) == []
        # the pull died: owed once its lease has run out
        assert owed_imports(session, until + timedelta(seconds=1), 0) == [page]


def test_a_page_a_worker_is_applying_is_waited_for_not_applied_twice(
    settings: Settings,
) -> None:
    with simulator(VENDOR) as (_, url):
        cid = add_connection(VENDOR, credentials_for(VENDOR, url, SEED), SEED)
        pull_connection(cid, now=morning_after(DAY), retry=no_wait())
        full = ledger(cid)
        page = _unapply_biggest_page(cid, status=str(ImportStatus.RECEIVED))
        with transaction() as session:  # a worker, handed the page, takes it
            assert claim(session, page, "worker-host:77", utcnow(), 60)
        outcomes = []
        repull = threading.Thread(
            target=lambda: outcomes.append(
                pull_connection(cid, day=DAY, now=morning_after(DAY), retry=no_wait())
            )
        )
        repull.start()
        time.sleep(1.0)
        assert repull.is_alive()  # waiting for the worker
        with transaction() as session:  # the worker applies it
            assert process_import(session, page, count_attempt=False) is not None
        repull.join(timeout=30)
    assert not repull.is_alive()
    assert outcomes[0].error is None and outcomes[0].days == [DAY]
    assert outcomes[0].lines_added == 0  # the worker's lines, not the pull's
    raw = next(r for r in _imports(cid) if r.id == page)
    # the pull's first attempt and the worker's: the re-pull never took it
    assert (raw.status, raw.attempts, raw.lease_owner) == (str(ImportStatus.APPLIED), 2, None)
    assert ledger(cid) == full
    assert len([r for r in full if r[4] == DAY]) == expected_night(SEED, DAY)[0]


def test_a_page_whose_worker_died_is_taken_when_its_lease_runs_out(settings: Settings) -> None:
    with simulator(VENDOR) as (_, url):
        cid = add_connection(VENDOR, credentials_for(VENDOR, url, SEED), SEED)
        pull_connection(cid, now=morning_after(DAY), retry=no_wait())
        full = ledger(cid)
        until = utcnow() + timedelta(seconds=1.5)
        page = _unapply_biggest_page(cid, lease_owner="gone-host:77", lease_until=until)
        started = time.monotonic()
        outcome = pull_connection(cid, day=DAY, now=morning_after(DAY), retry=no_wait())
        waited = time.monotonic() - started
    assert outcome.error is None and outcome.days == [DAY]
    assert waited >= 1.0  # the lease was living when the pull met the page
    assert outcome.lines_added > 0
    assert ledger(cid) == full
    raw = next(r for r in _imports(cid) if r.id == page)
    assert (raw.status, raw.attempts, raw.lease_owner) == (str(ImportStatus.APPLIED), 2, None)
    assert connection_row(cid).last_complete_day == DAY


def test_a_dead_pulls_lease_on_its_page_is_taken_at_once(settings: Settings) -> None:
    with simulator(VENDOR) as (_, url):
        cid = add_connection(VENDOR, credentials_for(VENDOR, url, SEED), SEED)
        pull_connection(cid, now=morning_after(DAY), retry=no_wait())
        full = ledger(cid)
        # an earlier pull of this connection, in another process, killed while applying
        dead_pull = f"{worker_id()}0:pull-{cid}"
        until = utcnow() + timedelta(seconds=settings.import_lease_s)
        page = _unapply_biggest_page(cid, lease_owner=dead_pull, lease_until=until)
        started = time.monotonic()
        outcome = pull_connection(cid, day=DAY, now=morning_after(DAY), retry=no_wait())
        waited = time.monotonic() - started
    assert outcome.error is None and outcome.lines_added > 0
    assert waited < settings.import_lease_s / 2  # not the lease's whole length
    assert ledger(cid) == full
    raw = next(r for r in _imports(cid) if r.id == page)
    assert (raw.status, raw.attempts, raw.lease_owner) == (str(ImportStatus.APPLIED), 2, None)
