"""The Pointex drop box, driven by a real ``ftplib.FTP_TLS`` client against the real server
on 127.0.0.1."""

from __future__ import annotations

import contextlib
import ftplib
import io
import random
import socket
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tastevin.config import Settings
from tastevin.ingress.ftps import BackgroundServer, build_server
from tastevin.ingress.ftps.certs import ensure_certificate
from tastevin.ingress.ftps.lockout import Lockout, LockoutPolicy
from tastevin.models import AuditEvent, RawImport, SaleLine, SetAsideItem
from tastevin.models.enums import ImportStatus, Vendor
from tastevin.pos.connections import create_connection
from tastevin.simulators.pointex_uploader import journal_name, render_journal, upload
from tastevin.simulators.restaurant import night
from tests import factories as f

DAY = date(2026, 11, 21)


@dataclass(frozen=True)
class Account:
    restaurant_id: int
    connection_id: int
    login: str
    password: str


@dataclass
class Box:
    host: str
    port: int
    cafile: Path
    root: Path

    def client(self, source: str | None = None) -> ftplib.FTP_TLS:
        context = ssl.create_default_context(cafile=str(self.cafile))
        ftp = ftplib.FTP_TLS(context=context, timeout=10)
        ftp.connect(self.host, self.port, source_address=(source, 0) if source else None)
        ftp.auth()
        return ftp

    def login(self, account: Account) -> ftplib.FTP_TLS:
        ftp = self.client()
        ftp.login(account.login, account.password)
        ftp.prot_p()
        return ftp


def _account(session: Session, restaurant_id: int, name: str) -> Account:
    rest = f.restaurant(session, restaurant_id, name=name)
    connection, issued = create_connection(session, rest, Vendor.POINTEX)
    assert issued.ftp_login is not None
    assert issued.ftp_password is not None
    session.commit()
    return Account(rest.id, connection.id, issued.ftp_login, issued.ftp_password)


@pytest.fixture
def account(session: Session) -> Account:
    return _account(session, 12240, "Chez Pointex")


@pytest.fixture
def box(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Box]:
    base = random.randrange(50_000, 59_000)  # a small range; a busy port falls back to any
    monkeypatch.setattr(settings, "ftps_passive_ports", f"{base}-{base + 9}")
    monkeypatch.setattr(settings, "ftps_max_file_bytes", 200_000)
    policy = LockoutPolicy(failures_per_login=3, base_delay_s=0.05, max_delay_s=0.2)
    server = BackgroundServer(
        build_server(settings, host="127.0.0.1", port=0, lockout=Lockout(policy))
    ).start()
    host, port = server.address
    cert, _ = ensure_certificate(settings)
    try:
        yield Box(host, port, cert, settings.data_dir / "ftps")
    finally:
        server.stop()


def _count(session: Session, model: type) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(model)) or 0


def _journal() -> tuple[bytes, int]:
    tickets = night(DAY)
    return render_journal(tickets), sum(len(t.lines) for t in tickets)


def test_an_uploaded_journal_becomes_sale_lines(box, account, session) -> None:
    content, lines = _journal()
    ftp = box.login(account)

    answer = upload(ftp, journal_name(DAY), content)
    listing = ftp.nlst()
    ftp.quit()

    assert answer.startswith("226")
    assert listing == [journal_name(DAY)]
    raw = session.scalars(select(RawImport)).one()
    assert raw.body == content
    assert (raw.vendor, raw.channel, raw.status) == ("pointex", "ftps", ImportStatus.APPLIED)
    assert raw.meta["file"] == journal_name(DAY)
    assert _count(session, SaleLine) == lines


def test_the_same_file_twice_counts_once(box, account, session) -> None:
    content, lines = _journal()
    ftp = box.login(account)
    upload(ftp, "a.csv", content)
    upload(ftp, "a.csv", content)
    upload(ftp, "copy-of-a.csv", content)
    ftp.quit()

    raw = session.scalars(select(RawImport)).one()
    assert raw.times_received == 3
    assert _count(session, SaleLine) == lines


def test_plain_ftp_is_refused(box, account) -> None:
    ftp = ftplib.FTP(timeout=10)
    ftp.connect(box.host, box.port)
    with pytest.raises(ftplib.error_perm, match="550 SSL/TLS required on the control channel"):
        ftp.login(account.login, account.password)
    ftp.close()


def test_clear_data_channel_is_refused(box, account) -> None:
    ftp = box.client()
    ftp.login(account.login, account.password)  # no prot_p(): data would travel in clear
    with pytest.raises(ftplib.error_perm, match="SSL/TLS required on the data channel"):
        ftp.nlst()
    ftp.close()


def test_anonymous_is_refused(box) -> None:
    ftp = box.client()
    with pytest.raises(ftplib.error_perm, match="530"):
        ftp.login("anonymous", "guest@example.com")
    ftp.close()


def test_traversal_and_other_tenants_are_out_of_reach(box, account, session) -> None:
    other = _account(session, 12241, "Voisin")
    neighbour = box.login(other)
    upload(neighbour, "theirs.csv", _journal()[0])
    neighbour.quit()
    ftp = box.login(account)

    assert ftp.pwd() == "/"
    assert ftp.nlst("/") == ["/sales"] or ftp.nlst("/") == ["sales"]
    for path in (
        f"../connection-{other.connection_id}/sales",
        f"/../../connection-{other.connection_id}/sales",
        str(box.root),
    ):
        with pytest.raises(ftplib.error_perm, match="550"):
            ftp.cwd(path)
    ftp.cwd("/sales")
    upload(ftp, "mine.csv", b"ours")
    assert ftp.nlst() == ["mine.csv"]  # the neighbour's file is not here
    for command in (
        "STOR ../escape.csv",
        "STOR /escape.csv",
        f"STOR ../../connection-{other.connection_id}/sales/x.csv",
    ):
        with pytest.raises(ftplib.error_perm, match="550"):
            ftp.storbinary(command, io.BytesIO(b"x"))
    ftp.quit()
    assert _count(session, RawImport) == 2  # theirs and ours, nothing from the attempts


def test_no_download_delete_rename_or_mkdir(box, account) -> None:
    ftp = box.login(account)
    upload(ftp, "mine.csv", _journal()[0])
    for action in (
        lambda: ftp.retrbinary("RETR mine.csv", lambda _: None),
        lambda: ftp.delete("mine.csv"),
        lambda: ftp.rename("mine.csv", "/moved.csv"),
        lambda: ftp.rename("mine.csv", "other.csv"),
        lambda: ftp.mkd("/sales/sub"),
        lambda: ftp.mkd("/elsewhere"),
        lambda: ftp.storbinary("APPE mine.csv", io.BytesIO(b"more")),
    ):
        with pytest.raises(ftplib.error_perm, match="550"):
            action()
    assert ftp.nlst() == ["mine.csv"]
    ftp.quit()


def test_wrong_passwords_slow_down_then_lock_out(box, account) -> None:
    for _ in range(3):
        ftp = box.client()
        with pytest.raises(ftplib.error_perm, match="530"):
            ftp.login(account.login, "wrong-password")
        ftp.close()

    ftp = box.client()
    with pytest.raises(ftplib.error_perm, match="530 Too many failed logins"):
        ftp.login(account.login, account.password)  # even the right one, for a while
    ftp.close()


def test_a_lockout_holds_only_for_the_guessing_address(box, account, session, caplog) -> None:
    """Guessing from one address must not lock the restaurant's POS out from its own."""
    with caplog.at_level("WARNING", logger="tastevin.ingress.ftps.authorizer"):
        for _ in range(3):
            ftp = box.client(source="127.0.0.2")
            with pytest.raises(ftplib.error_perm, match="530"):
                ftp.login(account.login, "wrong-password")
            ftp.close()
    ftp = box.client(source="127.0.0.2")
    with pytest.raises(ftplib.error_perm, match="530 Too many failed logins"):
        ftp.login(account.login, account.password)
    ftp.close()
    ftp = box.login(account)  # from 127.0.0.1, the POS's address: still welcome
    assert ftp.pwd() == "/"
    ftp.quit()
    assert f"FTPS lockout: login '{account.login}' from 127.0.0.2" in caplog.text
    session.expire_all()
    [event] = session.scalars(select(AuditEvent).where(AuditEvent.action == "ftps_lockout")).all()
    assert (event.restaurant_id, event.subject_id) == (account.restaurant_id, account.connection_id)
    assert event.details["address"] == "127.0.0.2"


def test_ftps_logins_are_not_derived_from_the_restaurant(session: Session) -> None:
    first = _account(session, 12241, "Chez Pointex")
    second = _account(session, 12242, "Chez Pointex")
    for made in (first, second):
        assert "pointex" not in made.login.lower()
        assert str(made.restaurant_id) not in made.login
        assert len(made.login) >= 12
    assert first.login != second.login


def test_an_aborted_upload_is_deleted_and_not_applied(box, account, session) -> None:
    content, _ = _journal()
    ftp = box.login(account)
    ftp.cwd("/sales")
    data = ftp.transfercmd("STOR partial.csv")
    data.sendall(content[: len(content) // 2])
    ftp.sock.shutdown(socket.SHUT_RDWR)  # the POS crashes mid-transfer
    ftp.sock.close()
    time.sleep(0.3)
    data.close()

    _wait_until(
        lambda: not (box.root / f"connection-{account.connection_id}/sales/partial.csv").exists()
    )
    assert _count(session, RawImport) == 0


def test_a_truncated_tls_stream_is_not_applied(box, account, session) -> None:
    content, _ = _journal()
    ftp = box.login(account)
    ftp.cwd("/sales")
    data = ftp.transfercmd("STOR cut.csv")
    data.sendall(content[: len(content) // 2])
    data.shutdown(socket.SHUT_RDWR)  # TCP closed without TLS close_notify
    data.close()

    with pytest.raises(ftplib.error_temp, match="426"):
        ftp.voidresp()
    ftp.quit()
    assert _count(session, RawImport) == 0


def test_a_file_over_the_limit_is_refused(box, account, session) -> None:
    ftp = box.login(account)
    ftp.cwd("/sales")
    big = b"1;21/11/2026;00012;VIN;1;10,00\r\n" * 10_000  # 320 KB > 200 KB

    data = ftp.transfercmd("STOR big.csv")
    with contextlib.suppress(OSError):  # the server may cut the connection before the end
        for start in range(0, len(big), 8192):
            data.sendall(big[start : start + 8192])
        data.unwrap()
    data.close()

    with pytest.raises(ftplib.error_perm, match="552 File too large"):
        ftp.voidresp()
    ftp.quit()

    assert _count(session, RawImport) == 0
    assert not (box.root / f"connection-{account.connection_id}/sales/big.csv").exists()


def test_an_unreadable_journal_is_kept_and_reported(box, account, session) -> None:
    ftp = box.login(account)
    upload(
        ftp,
        "bad.csv",
        "N° ticket;Date;Code;Libellé;Qté;Montant\r\n1;hier;A;B;1;2\r\n".encode("cp1252"),
    )
    ftp.quit()

    # Its one row is unreadable: kept, applied without it, the row set aside with its line.
    raw = session.scalars(select(RawImport)).one()
    assert raw.status == ImportStatus.APPLIED
    (item,) = session.scalars(select(SetAsideItem)).all()
    assert item.import_id == raw.id and item.line == 2
    assert item.reason == "line 2: the date must be dd/mm/yyyy, not 'hier'"


def _wait_until(condition, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)
