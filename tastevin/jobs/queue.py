"""The job queue: huey on SQLite by default (embedded, no server), on Redis when
``TASTEVIN_QUEUE_URL=redis://…`` (several workers on several machines)."""

from __future__ import annotations

from huey import Huey, RedisHuey, SqliteHuey

from tastevin.config import Settings, get_settings
from tastevin.files import private_dir, private_file


def build_huey(settings: Settings) -> Huey:
    if settings.queue_url.startswith(("redis://", "rediss://", "unix://")):
        return RedisHuey("tastevin", url=settings.queue_url, immediate=settings.queue_immediate)
    private_dir(settings.data_dir)
    return SqliteHuey(
        "tastevin",
        filename=str(private_file(settings.data_dir / "queue.db")),
        immediate=settings.queue_immediate,
    )


DEFAULT_THREADS = 8


def worker_threads(settings: Settings) -> int:
    """How many jobs a worker process runs at once (``TASTEVIN_WORKER_THREADS``, 0: the
    default, the same on both databases: see the setting)."""
    return settings.worker_threads if settings.worker_threads > 0 else DEFAULT_THREADS


huey: Huey = build_huey(get_settings())
