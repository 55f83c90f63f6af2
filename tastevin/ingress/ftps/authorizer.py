"""Virtual FTP users from the database: one per connection on the FTPS channel.

Each user is jailed in its own home under the data directory, sees only ``/sales``, and may
only list it and upload into it: no download, delete, rename, append, mkdir or chmod."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyftpdlib.authorizers import AuthenticationFailed

from tastevin.db import transaction
from tastevin.ingress.ftps.lockout import Lockout
from tastevin.observability.metrics import FTPS_LOGINS
from tastevin.pos.connections import connection_for_ftp

SALES = "sales"
HOME_PERMS = "el"
"""At the root of the home: change into it and list it (to find ``/sales``)."""
SALES_PERMS = "elw"
"""Inside ``/sales``: list, and store files (STOR)."""
REFUSED_LOGINS = {"anonymous", "ftp"}


@dataclass(frozen=True, slots=True)
class FtpUser:
    connection_id: int
    restaurant_id: int
    home: Path


class DatabaseAuthorizer:
    """The pyftpdlib authorizer interface, backed by ``connection_for_ftp``."""

    read_perms = "elr"
    write_perms = "adfmwMT"

    def __init__(self, root: Path, lockout: Lockout) -> None:
        self.root = root.resolve()
        self.lockout = lockout
        self._users: dict[str, FtpUser] = {}
        self._lock = threading.Lock()

    def home_of(self, connection_id: int) -> Path:
        return self.root / f"connection-{connection_id}"

    def validate_authentication(self, username: str, password: str, handler: Any) -> None:
        ip = str(getattr(handler, "remote_ip", ""))
        if self.lockout.is_locked(username, ip):
            handler.auth_failed_timeout = self.lockout.policy.max_delay_s
            FTPS_LOGINS.labels(outcome="locked").inc()
            raise AuthenticationFailed("Too many failed logins; try again later.")
        user = None if username.lower() in REFUSED_LOGINS else self._check(username, password)
        if user is None:
            handler.auth_failed_timeout = self.lockout.record_failure(username, ip)
            FTPS_LOGINS.labels(outcome="failed").inc()
            raise AuthenticationFailed("Authentication failed.")
        self.lockout.record_success(username)
        FTPS_LOGINS.labels(outcome="ok").inc()
        (user.home / SALES).mkdir(parents=True, exist_ok=True)
        with self._lock:
            self._users[username] = user

    def _check(self, username: str, password: str) -> FtpUser | None:
        with transaction() as session:
            connection = connection_for_ftp(session, username, password)
            if connection is None:
                return None
            return FtpUser(connection.id, connection.restaurant_id, self.home_of(connection.id))

    def user(self, username: str) -> FtpUser:
        with self._lock:
            return self._users[username]

    def get_home_dir(self, username: str) -> str:
        return str(self.user(username).home)

    def has_user(self, username: str) -> bool:
        with self._lock:
            return username in self._users

    def has_perm(self, username: str, perm: str, path: str | None = None) -> bool:
        if not self.has_user(username):
            return False
        if path is None:
            return perm in SALES_PERMS
        home = self.user(username).home
        real = Path(os.path.realpath(path))
        if real == home:
            return perm in HOME_PERMS
        return real.is_relative_to(home / SALES) and perm in SALES_PERMS

    def get_perms(self, username: str) -> str:
        return SALES_PERMS

    def get_msg_login(self, username: str) -> str:
        return "Welcome to Tastevin. Upload sales journals into /sales."

    def get_msg_quit(self, username: str) -> str:
        return "Goodbye."

    def impersonate_user(self, username: str, password: str) -> None:
        """Virtual users: files belong to the server's own system user."""

    def terminate_impersonation(self, username: str) -> None:
        """Virtual users: nothing to undo."""
