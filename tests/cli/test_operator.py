"""The operator's commands, as scripts use them (``--json``: one object a line)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from typer.testing import CliRunner

from tastevin.cli import app
from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.models import Membership, PosConnection, RawImport
from tastevin.models.enums import Channel
from tastevin.restaurants.service import authenticate
from tastevin.sales.inbox import store_raw
from tastevin.security.secrets import decrypt_json, password_matches, token_matches

runner = CliRunner()


def _json(*args: str, code: int = 0) -> list[dict[str, Any]]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_restaurant_owner_staff_and_every_channel(settings: Settings) -> None:
    (made,) = _json("restaurant", "create", "Le Tastevin", "--id", "12230",
                    "--timezone", "Europe/Paris", "--owner", "Patron@Example.test", "--json")
    assert made["restaurant_id"] == 12230 and made["owner_email"] == "patron@example.test"
    (staff,) = _json("user", "add", "cave@example.test", "--restaurant", "12230",
                     "--role", "staff", "--json")
    with transaction() as session:
        assert authenticate(session, "patron@example.test", made["owner_password"]) is not None
        assert authenticate(session, "cave@example.test", staff["password"]) is not None
        roles = set(session.execute(select(Membership.role)).scalars())
    assert roles == {"owner", "staff"}
    _json("user", "add", "cave@example.test", "--restaurant", "12230", "--role", "staff",
          code=1)  # already a member
    _json("user", "add", "x@example.test", "--restaurant", "12230", "--role", "chef", code=1)

    (elyx,) = _json("connection", "activate", "pi-elyx", "--restaurant", "12230", "--json")
    assert elyx["webhook_url"].endswith("/pi-electronique/restaurants/12230/sales-webhook")
    (monora,) = _json("connection", "activate", "pi-monora", "--restaurant", "12230", "--json")
    (ftps,) = _json("connection", "activate", "pointex", "--restaurant", "12230", "--json")
    assert set(ftps) == {"host", "port", "login", "password", "folder"}
    # The port the POS must dial is the one really served (or its public mapping).
    served = settings.ftps_public_port or settings.ftps_port
    assert (ftps["port"], ftps["folder"]) == (served, "/sales")
    (bizzon,) = _json("connection", "activate", "bizzon", "--restaurant", "12230",
                      "--credential", "api_key=sk_live_abc", "--json")
    assert bizzon["status"] == "pending"
    _json("connection", "activate", "bizzon", "--restaurant", "12230", code=1)  # exists
    _json("connection", "activate", "jalia", "--restaurant", "12230", code=1)  # no token
    _json("connection", "activate", "square", "--restaurant", "12230", code=1)
    with transaction() as session:
        found = {c.vendor: c for c in session.scalars(select(PosConnection))}
    assert token_matches(elyx["token"], found["pi_elyx"].token_hash)
    assert token_matches(monora["token"], found["pi_monora"].token_hash)
    assert password_matches(ftps["password"], found["pointex"].ftp_password_hash)
    assert decrypt_json(found["bizzon"].credentials_encrypted or "") == {"api_key": "sk_live_abc"}


def test_imports_list_replay_and_retry_failed(settings: Settings) -> None:
    _json("restaurant", "create", "A", "--id", "1", "--json")
    _json("restaurant", "create", "B", "--id", "2", "--json")
    _json("connection", "activate", "pi-elyx", "--restaurant", "1", "--json")
    _json("connection", "activate", "pi-elyx", "--restaurant", "2", "--json")
    good = (b'{"documentid": 1, "documentdate": "2026-11-20", "documenttime": "21:00:00", '
            b'"items": [{"itemid": 1, "reference": "PI1", "designation": "VIN", "quantity": "1", '
            b'"total": {"vat_include": "9.50"}}]}')
    with transaction() as session:
        a, b = session.scalars(select(PosConnection).order_by(PosConnection.restaurant_id))
        broken = store_raw(session, a, b"{broken", channel=str(Channel.WEBHOOK)).import_id
        fine = store_raw(session, a, good, channel=str(Channel.WEBHOOK)).import_id
        other = store_raw(session, b, good, channel=str(Channel.WEBHOOK)).import_id

    rows = _json("imports", "list", "--json")
    assert [r["id"] for r in rows] == [other, fine, broken]  # newest first
    assert set(rows[0]) >= {"id", "restaurant_id", "vendor", "channel", "status", "attempts",
                            "received_at", "lines_added", "error"}
    assert {r["status"] for r in rows} == {"received"}

    (replayed,) = _json("imports", "replay", str(fine), "--json")
    assert (replayed["status"], replayed["lines_added"]) == ("applied", 1)
    _json("imports", "replay", str(broken), "--json", code=1)
    _json("imports", "replay", "999999", code=1)
    assert [r["id"] for r in _json("imports", "list", "--status", "failed", "--json")] == [broken]
    assert _json("imports", "list", "--restaurant", "2", "--status", "applied", "--json") == []
    _json("imports", "list", "--status", "lost", code=1)

    with transaction() as session:  # a parser fix: the body reads now
        fixed = good.replace(b'"documentid": 1', b'"documentid": 2')
        session.get_one(RawImport, broken).body = fixed
    (retried,) = _json("imports", "retry-failed", "--restaurant", "1", "--json")
    assert (retried["id"], retried["status"], retried["attempts"]) == (broken, "applied", 1)
    assert _json("imports", "list", "--status", "failed", "--json") == []
