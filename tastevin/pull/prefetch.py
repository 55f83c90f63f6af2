"""Fetch the next API pages while the current one is being applied.

A pull alternates waiting on the vendor and working on the database; on a small server the
two overlap well. A single producer thread walks the page iterators in order (the HTTP
client is only ever used from that thread) and hands pages over through a short queue, so
at most a few pages are held in memory. The consumer sees pages in exactly the order it
would have fetched them, and the producer's errors are raised in the consumer."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

_AHEAD = 4


@dataclass(frozen=True, slots=True)
class _Failed:
    error: BaseException


_DONE = object()


class Prefetched(Generic[T]):
    def __init__(self, produce: Callable[[], Iterator[T]], ahead: int = _AHEAD) -> None:
        self._queue: queue.Queue[object] = queue.Queue(maxsize=ahead)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(produce,), daemon=True)
        self._thread.start()

    def _put(self, item: object) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _run(self, produce: Callable[[], Iterator[T]]) -> None:
        try:
            for item in produce():
                if not self._put(item):
                    return
        except BaseException as error:  # handed to the consumer, which decides
            self._put(_Failed(error))
            return
        self._put(_DONE)

    def __iter__(self) -> Iterator[T]:
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item  # type: ignore[misc]

    def close(self) -> None:
        """Stop the producer (the consumer gave up early) and wait for it."""
        self._stop.set()
        self._thread.join(timeout=30)
