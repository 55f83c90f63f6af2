"""Jobs collected in a transaction leave after its commit, together, and never after a
rollback; a sender that fails loses nothing that was committed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.jobs.after_commit import pending_jobs, send_after_commit
from tastevin.models import Restaurant


def test_sent_once_after_commit_grouped_by_key(settings: Settings) -> None:
    sent: list[tuple[str, list[Any]]] = []
    seen_committed = []

    def sender(items: Sequence[Any]) -> None:
        with transaction() as other:  # another connection already sees the data
            seen_committed.append(other.get(Restaurant, 4242) is not None)
        sent.append(("a", list(items)))

    with transaction() as session:
        session.add(Restaurant(id=4242, name="R", timezone="Europe/Paris"))
        send_after_commit(session, "a", sender, 1)
        send_after_commit(session, "a", sender, 2)
        assert pending_jobs(session) == {"a": [1, 2]}
        session.flush()
        assert sent == []
    assert sent == [("a", [1, 2])]
    assert seen_committed == [True]


def test_nothing_leaves_after_a_rollback(settings: Settings) -> None:
    sent: list[Any] = []

    def fails_inside() -> None:
        with transaction() as session:
            send_after_commit(session, "a", sent.extend, 1)
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fails_inside()
    with transaction() as session:  # the same pool, a fresh transaction
        assert pending_jobs(session) == {}
    assert sent == []


def test_a_failing_sender_does_not_undo_the_commit(settings: Settings) -> None:
    def down(_items: Sequence[Any]) -> None:
        raise ConnectionError("queue store unreachable")

    with transaction() as session:
        session.add(Restaurant(id=4343, name="R", timezone="Europe/Paris"))
        send_after_commit(session, "a", down, 1)
    with transaction() as session:
        assert session.get(Restaurant, 4343) is not None
