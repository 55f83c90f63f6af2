"""Tenant secrets at rest: vendor credentials encrypted (Fernet), issued tokens and
passwords hashed. Plain secrets exist only in memory, and on screen once when issued."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from cryptography.fernet import Fernet, InvalidToken

from tastevin.config import Settings, get_settings

_hasher = PasswordHasher()
log = logging.getLogger(__name__)


def _key_from(settings: Settings) -> bytes:
    configured = settings.secret_key.get_secret_value()
    if configured:
        return configured.encode()
    path = settings.data_dir / "secret.key"
    if not path.exists():
        if not settings.effective_database_url.startswith("sqlite"):
            # A shared database may be used from several hosts: each would make its own key
            # and none could read the others' credentials.
            log.warning(
                "no TASTEVIN_SECRET_KEY: generating one in %s; every host of this "
                "installation must be given the same key",
                path,
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(Fernet.generate_key())
        path.chmod(0o600)
    return Path(path).read_bytes().strip()


@lru_cache(maxsize=4)
def _fernet(key: bytes) -> Fernet:
    return Fernet(key)


def derived_secret(purpose: str, settings: Settings | None = None) -> str:
    """A secret for ``purpose`` (e.g. signing sessions) derived from the app's secret key:
    rotating the key rotates every derived secret, and no two purposes share one."""
    key = _key_from(settings or get_settings())
    return hashlib.sha256(f"tastevin-{purpose}:".encode() + key).hexdigest()


def fernet(settings: Settings | None = None) -> Fernet:
    return _fernet(_key_from(settings or get_settings()))


def encrypt_json(data: dict[str, Any], settings: Settings | None = None) -> bytes:
    return fernet(settings).encrypt(json.dumps(data, sort_keys=True).encode())


def decrypt_json(token: bytes, settings: Settings | None = None) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(fernet(settings).decrypt(token))
    except InvalidToken as error:
        raise ValueError("stored credentials cannot be decrypted with this secret key") from error
    return data


def new_token(prefix: str = "tv_") -> str:
    return prefix + secrets.token_urlsafe(32)


def new_password() -> str:
    return secrets.token_urlsafe(18)


def hash_token(token: str) -> str:
    """Issued tokens are long and random: a plain sha256 is enough and allows fast checks."""
    return hashlib.sha256(token.encode()).hexdigest()


def token_matches(token: str, stored_hash: str | None) -> bool:
    if not stored_hash:
        return False
    return hmac.compare_digest(hash_token(token), stored_hash)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(password: str, stored_hash: str | None) -> bool:
    if not stored_hash:
        return False
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False
