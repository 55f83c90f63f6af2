"""Group commit for push deliveries.

Every delivery must be durable before it is answered 202, and on a small server the commit
is the cost that counts (a database commit, then a queue commit). Deliveries that arrive
while a group is being written wait for the next group: one transaction and one enqueue
serve them all, and each still gets its own answer only after its bytes are committed.
A group that fails is retried one delivery at a time, so one bad delivery fails alone.

The parse jobs are collected on the transaction and sent after its commit
(``tastevin.jobs.after_commit``), once the deliveries have been answered: a queue store
that is slow, locked or down never delays a 202 (the bytes are kept), and what could not
be enqueued is enqueued by the sweeper once the store is back.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool

from tastevin.config import get_settings
from tastevin.db import transaction
from tastevin.ingress.service import Received, authenticated_connection, receive
from tastevin.jobs.after_commit import Outbox, outbox
from tastevin.models import PosConnection
from tastevin.models.enums import Channel

log = logging.getLogger(__name__)

MAX_GROUP = 128


@dataclass(frozen=True, slots=True)
class Delivery:
    restaurant_text: str
    vendor: str
    token: str | None
    body: bytes
    meta: dict[str, Any]


def store_group(deliveries: Sequence[Delivery]) -> tuple[list[Received | None], Outbox]:
    """Store every delivery in one transaction; None for a delivery whose token is refused.
    The parse jobs of what was committed wait in the returned outbox."""
    with outbox() as jobs:
        return _store(deliveries), jobs


def _store(deliveries: Sequence[Delivery]) -> list[Received | None]:
    try:
        with transaction() as session:
            results: list[Received | None] = []
            # A POS sends a night as many deliveries: check each distinct credential once.
            checked: dict[tuple[str, str, str | None], PosConnection | None] = {}
            for delivery in deliveries:
                credential = (delivery.restaurant_text, delivery.vendor, delivery.token)
                if credential not in checked:
                    checked[credential] = authenticated_connection(session, *credential)
                connection = checked[credential]
                results.append(
                    None
                    if connection is None
                    else receive(
                        session,
                        connection,
                        delivery.body,
                        channel=Channel.WEBHOOK,
                        meta=delivery.meta,
                    )
                )
    except Exception:
        if len(deliveries) == 1:
            raise
        log.warning("a group of %d deliveries failed; storing them one by one", len(deliveries))
        return [_store([delivery])[0] for delivery in deliveries]
    return results


class GroupWriter:
    """Collects the deliveries of one event loop and writes them group by group."""

    def __init__(self) -> None:
        self._waiting: list[tuple[Delivery, asyncio.Future[Received | None]]] = []
        self._drainer: asyncio.Task[None] | None = None
        self._sending: set[asyncio.Task[None]] = set()

    async def store(self, delivery: Delivery) -> Received | None:
        future: asyncio.Future[Received | None] = asyncio.get_running_loop().create_future()
        self._waiting.append((delivery, future))
        if self._drainer is None or self._drainer.done():
            self._drainer = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._waiting:
            group = self._waiting[:MAX_GROUP]
            del self._waiting[:MAX_GROUP]
            try:
                results, jobs = await run_in_threadpool(store_group, [d for d, _ in group])
            except Exception as error:
                for _, future in group:
                    if not future.done():
                        future.set_exception(error)
                continue
            if get_settings().queue_immediate:  # jobs run inline: done before the answer
                await run_in_threadpool(jobs.send)
            for (_, future), result in zip(group, results, strict=True):
                if not future.done():
                    future.set_result(result)
            # Answered first; the queue write must not hold the next group either.
            sending = asyncio.create_task(run_in_threadpool(jobs.send))
            self._sending.add(sending)
            sending.add_done_callback(self._sending.discard)


_writers: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, GroupWriter] = (
    weakref.WeakKeyDictionary()
)


def writer() -> GroupWriter:
    """The writer of the running event loop (one per server process)."""
    loop = asyncio.get_running_loop()
    found = _writers.get(loop)
    if found is None:
        found = _writers[loop] = GroupWriter()
    return found
