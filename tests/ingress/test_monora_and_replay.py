from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tastevin.connectors.pi_elyx import parser
from tastevin.errors import NotFound
from tastevin.models import RawImport, SaleLine
from tastevin.models.enums import ImportStatus, Vendor
from tastevin.sales.imports import replay_import
from tastevin.simulators.pi_sender import send_night
from tastevin.simulators.restaurant import night
from tests.ingress.conftest import make_tenant

DAY = date(2026, 11, 21)


def test_a_night_through_the_monora_route(client, session) -> None:
    tenant = make_tenant(session, 12250, Vendor.PI_MONORA)
    tickets = night(DAY)

    report = send_night(client, tenant.restaurant_id, tenant.token, DAY, route="monora")

    assert report.statuses.count(202) == len(tickets) + 1
    session.expire_all()
    lines = session.scalar(select(func.count()).select_from(SaleLine))
    assert lines == sum(len(t.lines) for t in tickets)


def test_an_elyx_token_does_not_open_the_monora_route(client, tenant) -> None:
    response = client.post(
        f"/monora/restaurants/{tenant.restaurant_id}/sales",
        content=b"{}",
        headers={"Authorization": f"Bearer {tenant.token}"},
    )
    assert response.status_code == 401


def test_replay_is_scoped_to_the_restaurant_and_idempotent(client, tenant, session) -> None:
    other = make_tenant(session, 12251)
    send_night(client, tenant.restaurant_id, tenant.token, DAY, malformed=False)
    raw = session.scalars(select(RawImport).order_by(RawImport.id)).first()
    assert raw is not None

    with pytest.raises(NotFound):
        replay_import(session, raw.id, other.restaurant_id)
    outcome = replay_import(session, raw.id, tenant.restaurant_id)

    assert (outcome.status, outcome.lines_added, outcome.error) == (ImportStatus.APPLIED, 0, None)


def test_a_failed_import_replays_after_the_fix(client, tenant, session) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parser.v, "load_json", _broken)  # a parser bug
        send_night(client, tenant.restaurant_id, tenant.token, DAY, resend=False, malformed=False)
    failed = session.scalars(select(RawImport)).all()
    assert {r.status for r in failed} == {ImportStatus.FAILED}
    assert all("parser bug" in (r.error or "") for r in failed)

    outcomes = [replay_import(session, r.id, tenant.restaurant_id) for r in failed]

    assert {o.status for o in outcomes} == {ImportStatus.APPLIED}
    assert sum(o.lines_added for o in outcomes) == sum(len(t.lines) for t in night(DAY))


def _broken(raw: bytes) -> object:
    raise RuntimeError("parser bug")
