"""``tastevin user reset-password``: a new password, every session ended, throttling lifted."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tastevin.cli import app
from tests.web.conftest import csrf, sign_in
from tests.web.world import PASSWORD, World

runner = CliRunner()


def test_reset_password_ends_sessions_and_gives_a_working_password(
    client: TestClient, world: World
) -> None:
    sign_in(client, world.staff)
    assert client.get("/api/me").status_code == 200

    result = runner.invoke(app, ["user", "reset-password", world.staff.upper(), "--json"])

    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["sessions_ended"] == 1
    assert client.get("/api/me").status_code == 401  # the old session ended at once
    sign_in(client, world.staff, answer["password"])
    refused = client.post(
        "/api/session",
        json={"email": world.staff, "password": PASSWORD},
        headers={"X-CSRF-Token": csrf(client)},
    )
    assert refused.status_code == 401  # the old password no longer works


def test_a_chosen_password_must_pass_the_policy(world: World) -> None:
    weak = runner.invoke(
        app, ["user", "reset-password", world.staff, "--password-stdin"], input="azertyuiop\n"
    )
    assert weak.exit_code == 1
    assert "most common" in weak.output
    good = runner.invoke(
        app,
        ["user", "reset-password", world.staff, "--password-stdin"],
        input="un tire-bouchon solide\n",
    )
    assert good.exit_code == 0, good.output
    assert "tire-bouchon" not in good.output  # a chosen password is never echoed


def test_an_unknown_user_is_an_error(world: World) -> None:
    result = runner.invoke(app, ["user", "reset-password", "nobody@example.test"])
    assert result.exit_code == 1
    assert "no user" in result.output
