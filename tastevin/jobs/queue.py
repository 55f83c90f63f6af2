"""The job queue: huey on SQLite by default (embedded, no server), on Redis when
``TASTEVIN_QUEUE_URL=redis://…`` (several workers on several machines)."""

from __future__ import annotations

from huey import Huey, RedisHuey, SqliteHuey

from tastevin.config import Settings, get_settings
from tastevin.db import commits_without_waiting
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


POSTGRES_THREADS, SQLITE_THREADS = 8, 4


def worker_threads(settings: Settings) -> int:
    """How many jobs a worker process runs at once (``TASTEVIN_WORKER_THREADS``, 0: by
    database, measured: see the setting)."""
    if settings.worker_threads > 0:
        return settings.worker_threads
    postgres = settings.effective_database_url.startswith("postgresql")
    return POSTGRES_THREADS if postgres else SQLITE_THREADS


huey: Huey = build_huey(get_settings())


@huey.on_startup("commits-without-waiting")
def _worker_commits() -> None:
    """Consumers only run startup hooks: the web and FTPS roles keep waiting for every
    commit's flush (they acknowledge what they store); workers redo from it."""
    if not get_settings().worker_synchronous_commit:
        commits_without_waiting()
