from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from tastevin.config import Settings
from tastevin.models.enums import Vendor
from tastevin.pos.connections import (
    connection_for_ftp,
    connection_for_token,
    create_connection,
    credentials_of,
    rotate_token,
)
from tests import factories as f


def _raw_row(session: Session, connection_id: int) -> str:
    row = session.execute(
        text("SELECT * FROM pos_connection WHERE id = :id"), {"id": connection_id}
    ).one()
    return " ".join(
        v.decode("latin-1") if isinstance(v, bytes | memoryview) else str(v) for v in row
    )


def test_vendor_keys_are_encrypted_and_read_back(session: Session, settings: Settings) -> None:
    rest = f.restaurant(session)
    key = "sk_live_4f8a9c2e7b1d"
    connection, _ = create_connection(session, rest, Vendor.BIZZON, {"api_key": key})

    assert key not in _raw_row(session, connection.id)
    assert credentials_of(connection) == {"api_key": key}


def test_webhook_token_is_stored_hashed_and_checked_per_tenant(
    session: Session, settings: Settings
) -> None:
    a = f.restaurant(session, name="A")
    b = f.restaurant(session, name="B")
    conn_a, issued_a = create_connection(session, a, Vendor.PI_ELYX)
    _, issued_b = create_connection(session, b, Vendor.PI_ELYX)
    assert issued_a.token and issued_b.token

    assert issued_a.token not in _raw_row(session, conn_a.id)
    assert connection_for_token(session, a.id, Vendor.PI_ELYX, issued_a.token) is conn_a
    assert connection_for_token(session, b.id, Vendor.PI_ELYX, issued_a.token) is None
    assert connection_for_token(session, 424242, Vendor.PI_ELYX, issued_a.token) is None


def test_rotating_a_token_revokes_the_old_one(session: Session, settings: Settings) -> None:
    rest = f.restaurant(session)
    connection, issued = create_connection(session, rest, Vendor.PI_ELYX)
    assert issued.token is not None
    fresh = rotate_token(session, connection)
    assert fresh.token is not None
    assert connection_for_token(session, rest.id, Vendor.PI_ELYX, issued.token) is None
    assert connection_for_token(session, rest.id, Vendor.PI_ELYX, fresh.token) is connection


def test_ftp_password_is_hashed_and_login_is_per_restaurant(
    session: Session, settings: Settings
) -> None:
    rest = f.restaurant(session, name="Le Comptoir")
    connection, issued = create_connection(session, rest, Vendor.POINTEX)
    assert issued.ftp_login and issued.ftp_password

    assert issued.ftp_password not in _raw_row(session, connection.id)
    assert connection_for_ftp(session, issued.ftp_login, issued.ftp_password) is connection
    assert connection_for_ftp(session, issued.ftp_login, issued.ftp_password + "x") is None
