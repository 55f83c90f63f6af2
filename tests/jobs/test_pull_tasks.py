"""The pull task's retries: a vendor down is tried again in a quarter of an hour, a fault of
the database (a dropped connection, a deadlock, a race another worker won) soon; both within
the task's retries, after which the error stands."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import OperationalError

from tastevin.jobs import pull_tasks
from tastevin.jobs.queue import huey
from tastevin.pull import PullOutcome


class _DatabaseGone(Exception):
    """What the driver raised (its class name is logged, never its text)."""


@pytest.fixture
def empty_queue() -> Iterator[None]:
    huey.flush()
    yield
    huey.flush()


def _faulty_pulls(monkeypatch: pytest.MonkeyPatch, outcomes: list[object]) -> list[int]:
    """``run_pull`` answers from ``outcomes`` in turn (an exception is raised): the task's
    own handling is what is under test, the pull itself is tested in ``tests/pull``."""
    calls: list[int] = []

    def run_pull(connection_id: int, *_: object) -> PullOutcome:
        calls.append(connection_id)
        answer = outcomes.pop(0)
        if isinstance(answer, Exception):
            raise answer
        assert isinstance(answer, PullOutcome)
        return answer

    monkeypatch.setattr(pull_tasks, "run_pull", run_pull)
    return calls


def _retry_in() -> list[float]:
    now = datetime.now(UTC).replace(tzinfo=None)
    return [round((task.eta - now).total_seconds()) for task in huey.scheduled()]


def test_a_database_fault_is_tried_again_soon(
    monkeypatch: pytest.MonkeyPatch, empty_queue: None
) -> None:
    fault = OperationalError("UPDATE …", {}, _DatabaseGone("server closed the connection"))
    _faulty_pulls(monkeypatch, [fault])
    pull_tasks.pull_connection_task(7)
    (due,) = _retry_in()
    assert abs(due - pull_tasks.FAULT_RETRY_S) <= 2
    (task,) = huey.scheduled()
    assert task.retries == pull_tasks.PULL_RETRIES - 1


def test_a_vendor_down_is_tried_again_in_a_quarter_of_an_hour(
    monkeypatch: pytest.MonkeyPatch, empty_queue: None
) -> None:
    _faulty_pulls(monkeypatch, [PullOutcome(7, error="503", retryable=True)])
    pull_tasks.pull_connection_task(7)
    (due,) = _retry_in()
    assert abs(due - pull_tasks.VENDOR_RETRY_S) <= 2


def test_database_faults_spend_the_retries_then_the_error_stands(
    monkeypatch: pytest.MonkeyPatch, empty_queue: None
) -> None:
    fault = OperationalError("UPDATE …", {}, _DatabaseGone("deadlock detected"))
    calls = _faulty_pulls(monkeypatch, [fault] * (pull_tasks.PULL_RETRIES + 1))
    pull_tasks.pull_connection_task(7)
    for _ in range(pull_tasks.PULL_RETRIES):
        (task,) = huey.scheduled()
        huey.storage.flush_schedule()
        task.eta = None
        huey.execute(task)  # the retry, as the consumer runs it when due
    assert len(calls) == pull_tasks.PULL_RETRIES + 1
    assert huey.scheduled() == []  # no retry left: the task failed for good
