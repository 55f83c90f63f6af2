from __future__ import annotations

import json
from datetime import date

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tastevin import config
from tastevin.models import PosConnection, RawImport, SaleLine, SetAsideItem
from tastevin.models.enums import ImportStatus, SaleKind, Vendor
from tastevin.simulators.pi_sender import body_for, send_night
from tastevin.simulators.restaurant import night
from tests.ingress.conftest import Tenant, make_tenant

DAY = date(2026, 11, 21)
URL = "/pi-electronique/restaurants/{}/sales-webhook"


def _count(session: Session, model: type) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(model)) or 0


def _post(client: TestClient, tenant: Tenant, body: bytes, **headers: str):
    headers.setdefault("Authorization", f"Bearer {tenant.token}")
    return client.post(URL.format(tenant.restaurant_id), content=body, headers=headers)


def _ticket_body() -> tuple[bytes, int]:
    ticket = next(t for t in night(DAY) if not t.cancelled and len(t.lines) >= 3)
    return body_for(ticket), len(ticket.lines)


def test_a_sale_document_is_stored_then_applied(client, tenant, session) -> None:
    body, lines = _ticket_body()

    response = _post(client, tenant, body)

    assert response.status_code == 202
    assert response.json()["duplicate"] is False
    raw = session.get_one(RawImport, response.json()["import_id"])
    assert raw.body == body
    assert (raw.vendor, raw.channel, raw.status) == ("pi_elyx", "webhook", "applied")
    assert _count(session, SaleLine) == lines


def test_the_token_also_works_as_api_key_header_and_query(client, tenant, session) -> None:
    body, _ = _ticket_body()
    url = URL.format(tenant.restaurant_id)

    by_header = client.post(url, content=body, headers={"X-Api-Key": tenant.token})
    by_query = client.post(f"{url}?token={tenant.token}", content=body + b" ")

    assert (by_header.status_code, by_query.status_code) == (202, 202)


def test_resent_ten_times_counts_once(client, tenant, session) -> None:
    body, lines = _ticket_body()

    answers = [_post(client, tenant, body).json() for _ in range(10)]

    assert len({a["import_id"] for a in answers}) == 1
    assert [a["duplicate"] for a in answers] == [False] + [True] * 9
    assert _count(session, RawImport) == 1
    assert session.scalars(select(RawImport)).one().times_received == 10
    assert _count(session, SaleLine) == lines


def test_resent_with_a_new_envelope_still_counts_once(client, tenant, session) -> None:
    ticket = next(t for t in night(DAY) if not t.cancelled)
    document = json.loads(body_for(ticket))
    for attempt in range(10):
        document["delivery_attempt"] = attempt
        assert _post(client, tenant, json.dumps(document).encode()).status_code == 202

    assert _count(session, RawImport) == 10
    assert _count(session, SaleLine) == len(ticket.lines)


def test_missing_or_wrong_token_is_refused_and_nothing_stored(client, tenant, session) -> None:
    body, _ = _ticket_body()
    url = URL.format(tenant.restaurant_id)

    missing = client.post(url, content=body)
    wrong = _post(client, tenant, body, Authorization="Bearer tv_wrong")
    unknown = client.post(URL.format(99999), content=body, headers={"X-Api-Key": tenant.token})
    not_a_number = client.post(URL.format("abc"), content=body)

    assert [r.status_code for r in (missing, wrong, unknown, not_a_number)] == [401] * 4
    assert missing.json() == wrong.json() == unknown.json() == not_a_number.json()
    assert _count(session, RawImport) == 0


def test_token_of_restaurant_a_is_refused_on_restaurant_b(client, tenant, session) -> None:
    other = make_tenant(session, 12231)
    body, _ = _ticket_body()

    response = client.post(
        URL.format(other.restaurant_id),
        content=body,
        headers={"Authorization": f"Bearer {tenant.token}"},
    )

    assert response.status_code == 401
    assert _count(session, RawImport) == 0


def test_a_monora_token_does_not_open_the_elyx_route(client, session) -> None:
    monora = make_tenant(session, 12232, Vendor.PI_MONORA)
    body, _ = _ticket_body()

    response = client.post(
        URL.format(monora.restaurant_id),
        content=body,
        headers={"Authorization": f"Bearer {monora.token}"},
    )

    assert response.status_code == 401


def test_a_body_that_is_not_json_is_kept_and_reported(client, tenant, session) -> None:
    response = _post(client, tenant, b"<xml>not json</xml>", **{"Content-Type": "text/xml"})

    assert response.status_code == 400
    raw = session.get_one(RawImport, response.json()["import_id"])
    connection = session.get_one(PosConnection, tenant.connection_id)
    assert raw.body == b"<xml>not json</xml>"
    assert raw.status == ImportStatus.FAILED
    assert "not readable JSON (line 1)" in (raw.error or "")
    assert connection.last_error == raw.error


def test_json_that_is_not_a_sale_document_is_kept_and_reported(client, tenant, session) -> None:
    response = _post(client, tenant, b'{"nothing": "to read"}')

    assert response.status_code == 202
    raw = session.get_one(RawImport, response.json()["import_id"])
    assert raw.status == ImportStatus.FAILED
    assert raw.error and "no sale document" in raw.error


def test_an_unreadable_document_is_kept_and_set_aside(client, tenant, session) -> None:
    body = json.dumps({"external_document_number": "T1", "items": [{"quantity": "x"}]})

    response = _post(client, tenant, body.encode())

    assert response.status_code == 202
    raw = session.get_one(RawImport, response.json()["import_id"])
    assert raw.status == ImportStatus.APPLIED and raw.body == body.encode()
    (item,) = session.scalars(select(SetAsideItem)).all()
    assert item.import_id == raw.id and item.ref == "T1"
    assert "documentdate is missing" in item.reason


def test_a_body_over_the_limit_is_refused(client, tenant, session, monkeypatch) -> None:
    monkeypatch.setenv("TASTEVIN_MAX_BODY_BYTES", "1000")
    config.get_settings.cache_clear()

    response = _post(client, tenant, b"{" + b" " * 2000 + b"}")

    assert response.status_code == 413
    assert _count(session, RawImport) == 0


def test_refund_credit_note_gives_stock_back(client, tenant, session) -> None:
    refund = next(t for t in night(DAY) if t.refund_of)

    assert _post(client, tenant, body_for(refund)).status_code == 202

    line = session.scalars(select(SaleLine)).one()
    assert line.kind == SaleKind.REFUND
    assert line.quantity < 0
    assert line.amount < 0


def test_a_whole_night_from_the_simulator(client, tenant, session) -> None:
    tickets = night(DAY)

    report = send_night(client, tenant.restaurant_id, tenant.token, DAY)

    assert report.sent == len(tickets) + 2
    assert report.statuses.count(202) == len(tickets) + 1
    assert report.statuses.count(400) == 1  # the truncated body: kept, reported
    lines = sum(len(t.lines) for t in tickets)
    assert _count(session, SaleLine) == lines
    failed = session.scalars(select(RawImport).where(RawImport.status == "failed")).all()
    assert len(failed) == 1


def test_a_5000_digit_number_is_refused_and_not_applied(client, tenant, session) -> None:
    """Answered 400 and applied anyway, before: the parser read what the answer refused."""
    ticket = next(t for t in night(DAY) if not t.cancelled and len(t.lines) >= 3)
    document = json.loads(body_for(ticket))
    document["items"][0]["quantity"] = "QTY"
    body = json.dumps(document).encode().replace(b'"QTY"', b"9" * 5000)

    response = _post(client, tenant, body)

    assert response.status_code == 400
    raw = session.get_one(RawImport, response.json()["import_id"])
    session.refresh(raw)
    assert raw.body == body  # kept for diagnosis
    assert raw.status == ImportStatus.FAILED
    assert "5000 characters" in (raw.error or "")
    assert _count(session, SaleLine) == 0
