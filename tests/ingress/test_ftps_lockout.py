"""The FTPS lockout policy on a controlled clock: per (login, address), and per address."""

from __future__ import annotations

from tastevin.ingress.ftps.lockout import Lockout, LockoutPolicy


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _lockout() -> tuple[Lockout, Clock]:
    clock = Clock()
    policy = LockoutPolicy(failures_per_login=3, failures_per_ip=5, lock_s=60, window_s=120)
    return Lockout(policy, clock=clock), clock


def test_a_login_is_locked_from_the_guessing_address_only() -> None:
    lockout, _ = _lockout()
    outcomes = [lockout.record_failure("tvabc", "203.0.113.9") for _ in range(3)]
    assert [o.locked for o in outcomes] == [None, None, "login"]
    assert lockout.is_locked("tvabc", "203.0.113.9")
    assert not lockout.is_locked("tvabc", "198.51.100.7")  # the restaurant's own POS
    assert not lockout.is_locked("tvother", "203.0.113.9")


def test_delays_double_and_are_capped() -> None:
    lockout, _ = _lockout()
    delays = [lockout.record_failure("tvabc", "203.0.113.9").delay_s for _ in range(6)]
    assert delays[:4] == [1.0, 2.0, 4.0, 8.0]
    assert max(delays) == 8.0


def test_an_address_failing_across_logins_is_locked_as_a_whole() -> None:
    lockout, _ = _lockout()
    kinds = [lockout.record_failure(f"tv{n}", "203.0.113.9").locked for n in range(5)]
    assert kinds[-1] == "address"
    assert lockout.is_locked("tvanything", "203.0.113.9")


def test_locks_expire_and_a_lock_is_reported_once() -> None:
    lockout, clock = _lockout()
    kinds = [lockout.record_failure("tvabc", "203.0.113.9").locked for _ in range(5)]
    assert kinds.count("login") == 1
    clock.now += 61
    assert not lockout.is_locked("tvabc", "203.0.113.9")


def test_success_forgets_the_pair() -> None:
    lockout, _ = _lockout()
    lockout.record_failure("tvabc", "203.0.113.9")
    lockout.record_failure("tvabc", "203.0.113.9")
    lockout.record_success("tvabc", "203.0.113.9")
    assert lockout.record_failure("tvabc", "203.0.113.9").locked is None
