"""The job queue: huey on SQLite by default (embedded, no server), on Redis when
``TASTEVIN_QUEUE_URL=redis://…`` (several workers on several machines)."""

from __future__ import annotations

from huey import Huey, RedisHuey, SqliteHuey

from tastevin.config import Settings, get_settings


def build_huey(settings: Settings) -> Huey:
    if settings.queue_url.startswith(("redis://", "rediss://", "unix://")):
        return RedisHuey("tastevin", url=settings.queue_url, immediate=settings.queue_immediate)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return SqliteHuey(
        "tastevin",
        filename=str(settings.data_dir / "queue.db"),
        immediate=settings.queue_immediate,
    )


huey: Huey = build_huey(get_settings())
