"""The import state machine: claims are exclusive, attempts are counted before the work,
errors back off and end ``failed`` with their reason, bad input fails at once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.models import PosConnection, RawImport, SaleLine
from tastevin.models.enums import Channel, ConnectionStatus, ImportStatus
from tastevin.models.types import utcnow
from tastevin.sales import processing
from tastevin.sales.inbox import store_raw
from tastevin.sales.processing import claim, run_import
from tests import factories as f

GOOD = (
    b"type,key,product_id,label,price,quantity,amount,tax,sold_at,kind\n"
    b"sale,T1-1,W1,CH MARGAUX 15,,1,890.00,148.33,2026-11-21T21:10:00,sale\n"
    b"sale,T1-2,G7,VRE CHABLIS,,2,22.00,,2026-11-22T01:30:00+01:00,\n"
)


def _stored(session: Session, body: bytes = GOOD) -> int:
    connection = f.connection(session, f.restaurant(session))
    import_id = store_raw(session, connection, body, channel=str(Channel.FILE)).import_id
    session.commit()
    return import_id


def _raw(import_id: int) -> RawImport:
    with transaction() as session:
        raw = session.get_one(RawImport, import_id)
        session.expunge(raw)
        return raw


def test_a_received_import_is_claimed_once_then_applied(settings: Settings, session) -> None:
    import_id = _stored(session)
    now = utcnow()
    with transaction() as s:
        assert claim(s, import_id, "host:1", now, 60)
    with transaction() as s:
        assert not claim(s, import_id, "host:2", now, 60)  # held by a living lease
    raw = _raw(import_id)
    assert (raw.status, raw.attempts, raw.lease_owner) == ("processing", 1, "host:1")
    assert run_import(import_id) is None  # not ours: the lease has not run out

    with transaction() as s:  # the lease runs out: another worker may take it
        assert claim(s, import_id, "host:2", now + timedelta(seconds=61), 60)
    with transaction() as s:
        s.get_one(RawImport, import_id).lease_until = utcnow() - timedelta(seconds=1)
    assert run_import(import_id) == ImportStatus.APPLIED

    raw = _raw(import_id)
    assert (raw.status, raw.attempts, raw.lease_owner, raw.lease_until) == (
        "applied",
        3,
        None,
        None,
    )
    assert raw.lines_added == 2
    assert run_import(import_id) is None  # applied: nothing more is owed


def test_bad_input_fails_at_once_with_its_reason(settings: Settings, session) -> None:
    import_id = _stored(session, b"type,key\nsale,\n")
    assert run_import(import_id) == ImportStatus.FAILED
    raw = _raw(import_id)
    assert raw.attempts == 1 and raw.error
    with transaction() as s:
        connection = s.get_one(PosConnection, raw.connection_id)
        assert connection.status == ConnectionStatus.ERROR
        assert connection.last_error == raw.error


def test_other_errors_back_off_then_fail_after_the_last_attempt(
    settings: Settings, session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TASTEVIN_IMPORT_MAX_ATTEMPTS", "3")
    monkeypatch.setenv("TASTEVIN_IMPORT_RETRY_BASE_S", "10")
    from tastevin.config import get_settings

    get_settings.cache_clear()
    import_id = _stored(session)

    def broken(*_args: Any, **_kw: Any) -> None:
        raise ConnectionError("database went away")

    monkeypatch.setattr(processing, "process_import", broken)
    delays = []
    for attempt in (1, 2):
        before = utcnow()
        assert run_import(import_id) == ImportStatus.RECEIVED
        raw = _raw(import_id)
        assert raw.attempts == attempt and "database went away" in (raw.error or "")
        assert raw.next_attempt_at is not None
        delays.append((raw.next_attempt_at - before).total_seconds())
        assert run_import(import_id) is None  # not due yet
        with transaction() as s:
            s.get_one(RawImport, import_id).next_attempt_at = utcnow()
    assert 9 < delays[0] < 12 and 19 < delays[1] < 22  # 10 s, then 20 s

    assert run_import(import_id) == ImportStatus.FAILED
    raw = _raw(import_id)
    assert raw.attempts == 3
    assert raw.error == "gave up after 3 attempts: ConnectionError: database went away"

    with transaction() as s:
        assert s.scalar(select(func.count()).select_from(SaleLine)) == 0
