"""A connection's status tells the truth (tastevin.sales.arrivals): a newest import that was
read, or waits to be, does not hide older failures or open set-aside rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from tastevin.models import PosConnection, RawImport
from tastevin.models.enums import Channel, ImportStatus, Vendor
from tastevin.sales import set_aside
from tastevin.sales.arrivals import health_of
from tastevin.sales.inbox import process_import, store_raw
from tests import factories as f

NIGHT = datetime(2026, 3, 10, 22, 0, tzinfo=UTC)


def _arrive(
    session: Session, conn: PosConnection, body: bytes, at: datetime, *, read: bool = True
) -> RawImport:
    stored = store_raw(session, conn, body, channel=Channel.FILE)
    raw = session.get_one(RawImport, stored.import_id)
    raw.received_at = at
    session.flush()
    if read:
        process_import(session, raw.id)
    return raw


def test_older_failures_show_behind_a_newest_import_that_waits_or_was_read(
    session: Session,
) -> None:
    conn = f.connection(session, f.restaurant(session), Vendor.GENERIC)
    assert health_of(session, conn).state == "waiting"
    for night in range(2):  # two nights whose documents could not be read
        not_utf8 = b"type,product_id,label\nproduct,W%d,C\xf4tes\n" % night
        bad = _arrive(session, conn, not_utf8, NIGHT + timedelta(days=night))
        assert bad.status == ImportStatus.FAILED
    assert health_of(session, conn).state == "error"
    good = b"type,product_id,label\nproduct,W1,CH MARGAUX 15\n"
    waiting = _arrive(session, conn, good, NIGHT + timedelta(days=2), read=False)
    health = health_of(session, conn)
    assert (health.state, health.failed, health.set_aside) == ("attention", 2, 0)
    process_import(session, waiting.id)
    assert session.get_one(RawImport, waiting.id).status == ImportStatus.APPLIED
    # A later success does not bring the failed nights' sales in: still attention.
    assert (health_of(session, conn).state, health_of(session, conn).failed) == ("attention", 2)


def test_an_open_set_aside_row_shows_until_the_owner_resolves_it(session: Session) -> None:
    rest = f.restaurant(session)
    conn = f.connection(session, rest, Vendor.POINTEX)
    journal = (
        "N° ticket;Date;Heure;Code;Libellé;Qté;Montant TTC;Type\n"
        "T1;10/03/2026;20:10;KIR;Kir;2;12,00;VENTE\n"
        "T2;10/03/2026;21:30;CHA;Chablis;1;0,00;CADEAU\n"
    ).encode()
    stored = store_raw(session, conn, journal, channel=Channel.FTPS, meta={"file_name": "j.csv"})
    process_import(session, stored.import_id)
    health = health_of(session, conn)
    assert (health.state, health.failed, health.set_aside) == ("attention", 0, 1)
    (item,) = set_aside.open_items(session, conn.id)
    set_aside.resolve(session, rest.id, item.id, "accept")
    assert health_of(session, conn).state == "active"
