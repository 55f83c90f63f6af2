"""Password rules (NIST SP 800-63B style: length and a breached-common list, no composition
rules) and an argon2 check that takes the same time whether or not the account exists."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from tastevin.errors import BadInput
from tastevin.security.secrets import hash_password, password_matches

MIN_LENGTH = 10
MAX_LENGTH = 256
"""Long enough for any passphrase; short enough that hashing cannot be used to tie a core."""
COMMON_LIST = Path(__file__).parent / "data" / "common_passwords.txt"


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    lines = COMMON_LIST.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line and not line.startswith("#"))


def password_problem(password: str, *, email: str = "") -> BadInput | None:
    """Why the password is refused (an error to show), or None if it is acceptable."""
    if len(password) < MIN_LENGTH:
        return BadInput("the password must have at least %(min)s characters", min=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        return BadInput("the password must have at most %(max)s characters", max=MAX_LENGTH)
    lowered = password.lower()
    if lowered in common_passwords() or len(set(lowered)) <= 2:
        return BadInput("this password is among the most common ones: choose another")
    local = email.strip().lower().partition("@")[0]
    if len(local) >= 4 and local in lowered:
        return BadInput("the password must not contain the e-mail address")
    return None


def check_password(password: str, *, email: str = "") -> None:
    problem = password_problem(password, email=email)
    if problem is not None:
        raise problem


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    # Same parameters as real hashes, so verifying against it costs the same time.
    return hash_password("no account has this password: it only spends the same time")


def verify_or_spend_time(password: str, stored_hash: str | None) -> bool:
    """Checks a password; for an unknown account, spends the time a check would take, so the
    answer time does not tell whether an e-mail address has an account."""
    if stored_hash is None:
        password_matches(password, _dummy_hash())
        return False
    return password_matches(password, stored_hash)
