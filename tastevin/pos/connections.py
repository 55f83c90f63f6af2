"""POS connections: creating them, issuing and checking the secrets vendors hold."""

from __future__ import annotations

import secrets as _random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tastevin.connectors.registry import get_spec
from tastevin.errors import Conflict, NotFound
from tastevin.models import AuditEvent, PosConnection, Restaurant
from tastevin.models.enums import Channel, ConnectionStatus
from tastevin.repositories import AuditEventRepository, PosConnectionRepository
from tastevin.security.secrets import (
    decrypt_json,
    encrypt_json,
    hash_password,
    hash_token,
    new_password,
    new_token,
    password_matches,
    token_matches,
)


@dataclass(frozen=True, slots=True)
class IssuedSecret:
    """What Tastevin shows the restaurant once, to hand to its POS vendor."""

    token: str | None = None
    ftp_login: str | None = None
    ftp_password: str | None = None


def create_connection(
    session: Session,
    restaurant: Restaurant,
    vendor: str,
    credentials: dict[str, Any] | None = None,
    *,
    user_id: int | None = None,
) -> tuple[PosConnection, IssuedSecret]:
    existing = PosConnectionRepository(session, restaurant.id).for_vendor(str(vendor))
    if existing is not None:
        raise Conflict(
            "restaurant %(id)s already has a %(vendor)s connection",
            id=restaurant.id,
            vendor=str(vendor),
        )
    connection = PosConnection(
        restaurant_id=restaurant.id, vendor=str(vendor), status=str(ConnectionStatus.PENDING)
    )
    if credentials is not None:
        connection.credentials_encrypted = encrypt_json(credentials)
    session.add(connection)
    session.flush()
    issued = IssuedSecret()
    channel = get_spec(vendor).channel
    if channel == Channel.WEBHOOK:
        issued = rotate_token(session, connection, user_id=user_id)
    elif channel == Channel.FTPS:
        issued = rotate_ftp_password(session, connection, restaurant, user_id=user_id)
    _audit(session, connection, "connection_created", user_id)
    return connection, issued


def get_connection(session: Session, restaurant_id: int, vendor: str) -> PosConnection:
    connection = PosConnectionRepository(session, restaurant_id).for_vendor(str(vendor))
    if connection is None:
        raise NotFound(
            "no %(vendor)s connection for restaurant %(id)s", vendor=str(vendor), id=restaurant_id
        )
    return connection


def credentials_of(connection: PosConnection) -> dict[str, Any]:
    if connection.credentials_encrypted is None:
        return {}
    return decrypt_json(connection.credentials_encrypted)


def set_credentials(
    session: Session, connection: PosConnection, credentials: dict[str, Any], *, user_id: int | None
) -> None:
    connection.credentials_encrypted = encrypt_json(credentials)
    if connection.status == ConnectionStatus.NEEDS_CREDENTIALS:
        connection.status = str(ConnectionStatus.PENDING)
    connection.last_error = None
    _audit(session, connection, "credentials_changed", user_id)


def rotate_token(
    session: Session, connection: PosConnection, *, user_id: int | None = None
) -> IssuedSecret:
    token = new_token()
    connection.token_hash = hash_token(token)
    _audit(session, connection, "token_issued", user_id)
    return IssuedSecret(token=token)


FTPS_LOCKOUT = "ftps_lockout"
SECURITY_EVENTS = (FTPS_LOCKOUT,)


def _new_ftp_login() -> str:
    """Random, not derived from the restaurant's name or id: a guessable login is half of
    a password guessed, and lets anyone aim a lockout at a known restaurant."""
    return "tv" + _random.token_hex(6)


def rotate_ftp_password(
    session: Session,
    connection: PosConnection,
    restaurant: Restaurant,
    *,
    user_id: int | None = None,
) -> IssuedSecret:
    password = new_password()
    if connection.ftp_login is None:
        login = _new_ftp_login()
        while session.scalar(select(PosConnection.id).where(PosConnection.ftp_login == login)):
            login = _new_ftp_login()
        connection.ftp_login = login
    connection.ftp_password_hash = hash_password(password)
    _audit(session, connection, "ftp_password_issued", user_id)
    return IssuedSecret(ftp_login=connection.ftp_login, ftp_password=password)


def connection_for_token(
    session: Session, restaurant_id: int, vendor: str, token: str
) -> PosConnection | None:
    """The restaurant's connection if the token is its own; None otherwise, whatever the
    reason (no such restaurant, no connection, wrong token), so callers reveal nothing."""
    connection = PosConnectionRepository(session, restaurant_id).for_vendor(str(vendor))
    stored = connection.token_hash if connection is not None else None
    if not token_matches(token, stored or hash_token(new_token())):
        return None
    return connection


def connection_for_ftp(session: Session, login: str, password: str) -> PosConnection | None:
    connection = session.scalar(select(PosConnection).where(PosConnection.ftp_login == login))
    if connection is None or connection.status == ConnectionStatus.DISABLED:
        return None
    return connection if password_matches(password, connection.ftp_password_hash) else None


def record_ftps_lockout(
    session: Session, login: str, address: str, *, minutes: int
) -> PosConnection | None:
    """An event on the connection whose login was locked (None for an unknown login)."""
    connection = session.scalar(select(PosConnection).where(PosConnection.ftp_login == login))
    if connection is None:
        return None
    _audit(
        session,
        connection,
        FTPS_LOCKOUT,
        None,
        details={"address": address[:64], "minutes": minutes},
    )
    return connection


def security_events(
    session: Session, connection: PosConnection, limit: int = 10
) -> list[AuditEvent]:
    """The connection's recent security events (FTPS lockouts), newest first."""
    events = AuditEventRepository(session, connection.restaurant_id)
    return events.of_subject("pos_connection", connection.id, SECURITY_EVENTS, limit)


def _audit(
    session: Session,
    connection: PosConnection,
    action: str,
    user_id: int | None,
    *,
    details: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEvent(
            restaurant_id=connection.restaurant_id,
            user_id=user_id,
            action=action,
            subject_type="pos_connection",
            subject_id=connection.id,
            details={"vendor": connection.vendor, **(details or {})},
        )
    )
    session.flush()
