"""Sign-in throttling per account and per client address, shared by every server process
through the database.

A few failures are free (typos happen); after that each failure makes the key wait twice as
long as the previous one before the next attempt is even examined (1 s, 2 s, 4 s … up to
15 minutes). An attempt during the wait is refused with 429 and ``Retry-After`` without
looking at the password, so guessing costs time whatever the guesser does, while the real
user who waits gets in. Failures are forgotten an hour after the last one."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tastevin.errors import TooManyAttempts
from tastevin.models import SignInThrottle
from tastevin.models.types import utcnow


@dataclass(frozen=True, slots=True)
class ThrottlePolicy:
    free_per_account: int = 4
    free_per_address: int = 20
    """Higher: a whole restaurant (or a school, a hotel) may share one address."""
    base_delay_s: float = 1.0
    max_delay_s: float = 900.0
    forget_after: timedelta = timedelta(hours=1)


POLICY = ThrottlePolicy()


def keys_for(email: str, address: str) -> list[tuple[str, int]]:
    """The keys an attempt counts against, with their free failures."""
    account = f"account:{email.strip().lower()[:320]}"
    return [
        (account, POLICY.free_per_account),
        (f"address:{address[:64]}", POLICY.free_per_address),
    ]


def _delay(failures: int, free: int, policy: ThrottlePolicy) -> float:
    if failures <= free:
        return 0.0
    return float(min(policy.base_delay_s * 2 ** (failures - free - 1), policy.max_delay_s))


def ensure_allowed(db: Session, email: str, address: str, now: datetime | None = None) -> None:
    """Raises TooManyAttempts while either key is waiting."""
    moment = now or utcnow()
    keys = [key for key, _ in keys_for(email, address)]
    rows = db.scalars(select(SignInThrottle).where(SignInThrottle.key.in_(keys)))
    waits = [
        (row.blocked_until - moment).total_seconds()
        for row in rows
        if row.blocked_until is not None and row.blocked_until > moment
    ]
    if waits:
        seconds = max(1, math.ceil(max(waits)))
        raise TooManyAttempts(
            "too many failed sign-ins: try again in %(seconds)s seconds",
            retry_after_s=seconds,
            seconds=seconds,
        )


def record_failure(
    db: Session,
    email: str,
    address: str,
    now: datetime | None = None,
    policy: ThrottlePolicy = POLICY,
) -> None:
    moment = now or utcnow()
    for key, free in keys_for(email, address):
        row = db.get(SignInThrottle, key)
        if row is None:
            row = SignInThrottle(key=key, failures=0, last_failure_at=moment)
            db.add(row)
        elif moment - row.last_failure_at > policy.forget_after:
            row.failures = 0
        row.failures += 1
        row.last_failure_at = moment
        delay = _delay(row.failures, free, policy)
        row.blocked_until = moment + timedelta(seconds=delay) if delay else None
    db.flush()


def record_success(db: Session, email: str) -> None:
    """The account's count starts again; the address's does not (one known password must
    not wash away the guesses made at other accounts from the same place)."""
    account, _ = keys_for(email, "")[0]
    db.execute(delete(SignInThrottle).where(SignInThrottle.key == account))
