"""Locks that expire, in the database, and who holds them.

A lock is a row (``lease_lock``) with an owner and an expiry, taken with one atomic upsert
(``INSERT … ON CONFLICT DO UPDATE … WHERE expires_at < now``) on SQLite and PostgreSQL
alike. While held, a heartbeat thread pushes the expiry forward; a holder killed with
``kill -9`` stops renewing, and after ``ttl`` the lock is free again. No lock outlives its
worker by more than its ttl (huey's own task lock has no expiry on our storages and stayed
held forever after a crash).

Owners are ``host:pid[:nonce]``: a worker restarted on the same host can see at once that
the process holding a lease is gone (``held_by_dead_process``) instead of waiting.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from tastevin.db import transaction
from tastevin.models import LeaseLock
from tastevin.models.types import utcnow

log = logging.getLogger(__name__)


class LockHeld(Exception):
    """Another living holder has the lock."""


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def held_by_dead_process(owner: str | None) -> bool:
    """True only when ``owner`` names a process of this host that no longer runs (a zombie
    counts as gone). Unknown hosts or unreadable owners: False (wait for the expiry)."""
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    return not _alive(int(pid_text))


def _alive(pid: int) -> bool:
    stat = Path(f"/proc/{pid}/stat")
    if stat.parent.parent.is_dir() and Path("/proc/self").exists():
        try:
            state = stat.read_text().rpartition(")")[2].split()[0]
        except (FileNotFoundError, ProcessLookupError, IndexError):
            return False
        return state not in ("Z", "X")
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _upsert(session: Session) -> object:
    return postgresql if session.get_bind().dialect.name == "postgresql" else sqlite


def try_acquire(session: Session, name: str, owner: str, ttl_s: float, now: datetime) -> bool:
    expires = now + timedelta(seconds=ttl_s)
    dialect = _upsert(session)
    statement = (
        dialect.insert(LeaseLock)  # type: ignore[attr-defined]
        .values(name=name, owner=owner, expires_at=expires)
        .on_conflict_do_update(
            index_elements=[LeaseLock.name],
            set_={"owner": owner, "expires_at": expires},
            where=LeaseLock.expires_at < now,
        )
        .returning(LeaseLock.owner)
    )
    return session.execute(statement).scalar_one_or_none() == owner


def renew(session: Session, name: str, owner: str, ttl_s: float, now: datetime) -> bool:
    found = session.execute(
        update(LeaseLock)
        .where(LeaseLock.name == name, LeaseLock.owner == owner)
        .values(expires_at=now + timedelta(seconds=ttl_s))
        .returning(LeaseLock.name)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    return found is not None


def promise(session: Session, name: str, owner: str, ttl_s: float, now: datetime) -> None:
    """Write ``name`` as owed work that must start within ``ttl_s``: a row no worker holds
    (its owner is no process), found by ``take_abandoned`` once it expires unsettled."""
    dialect = _upsert(session)
    expires = now + timedelta(seconds=ttl_s)
    session.execute(
        dialect.insert(LeaseLock)  # type: ignore[attr-defined]
        .values(name=name, owner=owner, expires_at=expires)
        .on_conflict_do_update(
            index_elements=[LeaseLock.name], set_={"owner": owner, "expires_at": expires}
        )
    )


def settle(session: Session, name: str) -> None:
    """The owed work ``name`` has started: no longer owed."""
    session.execute(delete(LeaseLock).where(LeaseLock.name == name))


def release(session: Session, name: str, owner: str) -> None:
    session.execute(delete(LeaseLock).where(LeaseLock.name == name, LeaseLock.owner == owner))


def take_abandoned(session: Session, prefix: str, now: datetime) -> list[str]:
    """Locks under ``prefix`` whose holder is gone (expired, or a dead process of this
    host): removed, and their names returned so the caller can resume the work."""
    rows = session.execute(
        select(LeaseLock.name, LeaseLock.owner, LeaseLock.expires_at).where(
            LeaseLock.name.startswith(prefix, autoescape=True)
        )
    ).all()
    gone = [n for n, owner, expires in rows if expires < now or held_by_dead_process(owner)]
    if gone:
        session.execute(delete(LeaseLock).where(LeaseLock.name.in_(gone)))
    return gone


@contextmanager
def lease_lock(name: str, ttl_s: float) -> Iterator[None]:
    """Hold ``name`` for the block (renewed every ttl/3), or raise ``LockHeld``."""
    owner = f"{worker_id()}:{secrets.token_hex(4)}"
    with transaction(single_statement=True) as session:
        if not try_acquire(session, name, owner, ttl_s, utcnow()):
            raise LockHeld(name)
    stop = threading.Event()
    beat = threading.Thread(
        target=_heartbeat, args=(name, owner, ttl_s, stop), name=f"lease-{name}", daemon=True
    )
    beat.start()
    try:
        yield
    finally:
        stop.set()
        beat.join()
        with transaction(single_statement=True) as session:
            release(session, name, owner)


def _heartbeat(name: str, owner: str, ttl_s: float, stop: threading.Event) -> None:
    while not stop.wait(ttl_s / 3):
        try:
            with transaction() as session:
                if not renew(session, name, owner, ttl_s, utcnow()):
                    log.warning("lock %s was lost (expired and taken over)", name)
                    return
        except Exception:
            log.exception("could not renew lock %s; retrying", name)
