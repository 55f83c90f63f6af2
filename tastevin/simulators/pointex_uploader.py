"""A fake Pointex till: renders a night of the simulated restaurant as a Pointex sales
journal (CP1252, ``;``, decimal commas, ``dd/mm/yyyy``) and uploads it by FTP over TLS into
``/sales``, as the POS does after closing."""

from __future__ import annotations

import ftplib
import io
import ssl
from datetime import date
from decimal import Decimal
from pathlib import Path

from tastevin.models.enums import SaleKind
from tastevin.simulators.restaurant import SimTicket, night

HEADER = ("N° ticket", "Date", "Heure", "Code", "Libellé", "Qté", "Montant TTC", "Type")
TYPES = {
    SaleKind.SALE: "VENTE",
    SaleKind.REFUND: "REMB",
    SaleKind.VOID: "ANNUL",
    SaleKind.COMP: "OFFERT",
    SaleKind.LOSS: "PERTE",
}


def _french(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",") if value != value.to_integral() else f"{value:.0f}"


def journal_rows(tickets: tuple[SimTicket, ...]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for ticket in tickets:
        for line in ticket.lines:
            kind = SaleKind.VOID if ticket.cancelled else line.kind
            rows.append(
                (
                    ticket.number,
                    f"{ticket.opened_at:%d/%m/%Y}",
                    f"{ticket.opened_at:%H:%M:%S}",
                    line.product.code,
                    line.product.label,
                    _french(line.quantity),
                    f"{line.amount:.2f}".replace(".", ","),
                    TYPES[kind],
                )
            )
    return rows


def render_journal(tickets: tuple[SimTicket, ...], *, encoding: str = "cp1252") -> bytes:
    lines = [";".join(HEADER)] + [";".join(row) for row in journal_rows(tickets)]
    return ("\r\n".join(lines) + "\r\n").encode(encoding, errors="replace")


def journal_name(day: date) -> str:
    return f"VENTES_{day:%Y%m%d}.csv"


def tls_context(cafile: Path | None = None) -> ssl.SSLContext:
    """Verifies the server against ``cafile`` (the demo's self-signed certificate)."""
    if cafile is None:
        return ssl.create_default_context()
    return ssl.create_default_context(cafile=str(cafile))


def connect(
    host: str, port: int, login: str, password: str, *, cafile: Path | None = None
) -> ftplib.FTP_TLS:
    ftp = ftplib.FTP_TLS(context=tls_context(cafile), timeout=30)
    ftp.connect(host, port)
    ftp.auth()
    ftp.login(login, password)
    ftp.prot_p()
    return ftp


def upload(ftp: ftplib.FTP_TLS, name: str, content: bytes) -> str:
    """STOR into ``/sales``; returns the server's final answer (``226 …``)."""
    ftp.cwd("/sales")
    return ftp.storbinary(f"STOR {name}", io.BytesIO(content))


def upload_night(
    host: str,
    port: int,
    login: str,
    password: str,
    day: date,
    *,
    cafile: Path | None = None,
    seed: int = 12230,
    lines: int = 150,
) -> str:
    """Upload ``day``'s journal; returns the file name used."""
    name = journal_name(day)
    ftp = connect(host, port, login, password, cafile=cafile)
    try:
        upload(ftp, name, render_journal(night(day, seed=seed, lines=lines)))
    finally:
        ftp.quit()
    return name
