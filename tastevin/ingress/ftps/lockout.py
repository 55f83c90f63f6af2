"""Slowing down and locking out password guessing on the FTPS box.

A lock is per (login, client address): wrong passwords sent from one address lock that
login *from that address* only, so nobody can lock a restaurant's POS out of its own drop
box by guessing at its login from elsewhere. An address that fails across many logins is
locked as a whole (a scanner). Each failure also delays the answer (doubling, capped).

In memory, per server process: the FTPS server is one process, and a restart forgetting
a lock is acceptable (the lock is a brake on guessing, the passwords are long and random)."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(slots=True)
class LockoutPolicy:
    failures_per_login: int = 5
    """Per (login, address)."""
    failures_per_ip: int = 20
    """Higher: several restaurants may share an address behind one NAT."""
    window_s: float = 900.0
    lock_s: float = 900.0
    base_delay_s: float = 1.0
    max_delay_s: float = 8.0


@dataclass(frozen=True, slots=True)
class Failure:
    delay_s: float
    """How long to wait before answering."""
    locked: str | None = None
    """``"login"`` or ``"address"`` when this failure started a lock, else None."""


@dataclass(slots=True)
class Lockout:
    policy: LockoutPolicy = field(default_factory=LockoutPolicy)
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, deque[float]] = field(default_factory=dict)
    _locked_until: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _keys(self, login: str, ip: str) -> tuple[tuple[str, int, str], ...]:
        return (
            (f"pair:{login.lower()}|{ip}", self.policy.failures_per_login, "login"),
            (f"ip:{ip}", self.policy.failures_per_ip, "address"),
        )

    def is_locked(self, login: str, ip: str) -> bool:
        now = self.clock()
        with self._lock:
            return any(
                self._locked_until.get(key, 0.0) > now for key, _, _ in self._keys(login, ip)
            )

    def record_failure(self, login: str, ip: str) -> Failure:
        """Counts a wrong password; says how long to wait and whether a lock started."""
        now = self.clock()
        worst = 0
        locked: str | None = None
        with self._lock:
            self._forget_old(now)
            for key, limit, kind in self._keys(login, ip):
                recent = self._failures.setdefault(key, deque())
                recent.append(now)
                while recent and recent[0] < now - self.policy.window_s:
                    recent.popleft()
                if len(recent) >= limit and self._locked_until.get(key, 0.0) <= now:
                    self._locked_until[key] = now + self.policy.lock_s
                    locked = locked or kind
                worst = max(worst, len(recent))
        delay = self.policy.base_delay_s * 2 ** max(worst - 1, 0)
        return Failure(float(min(delay, self.policy.max_delay_s)), locked)

    def record_success(self, login: str, ip: str) -> None:
        with self._lock:
            self._failures.pop(f"pair:{login.lower()}|{ip}", None)

    def _forget_old(self, now: float) -> None:
        if len(self._failures) < 10_000:
            return
        horizon = now - self.policy.window_s
        for key in [k for k, q in self._failures.items() if not q or q[-1] < horizon]:
            del self._failures[key]
        for key in [k for k, until in self._locked_until.items() if until < now]:
            del self._locked_until[key]
