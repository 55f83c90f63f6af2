"""``tastevin pull --restaurant ID --day D`` against a simulator."""

from __future__ import annotations

from typer.testing import CliRunner

from tastevin.cli import app
from tastevin.config import Settings
from tastevin.models.enums import Vendor
from tests.pull.support import DAY, add_connection, credentials_for, expected_night, simulator


def test_pull_one_day_on_demand(settings: Settings) -> None:
    with simulator(Vendor.BIZZON) as (state, url):
        add_connection(Vendor.BIZZON, credentials_for(Vendor.BIZZON, url, 801), 801)
        result = CliRunner().invoke(app, ["pull", "--restaurant", "801", "--day", DAY.isoformat()])
        again = CliRunner().invoke(app, ["pull", "--restaurant", "801", "--day", DAY.isoformat()])
    lines = expected_night(801, DAY)[0]
    assert result.exit_code == 0, result.output
    assert f"days imported: {DAY}" in result.output
    assert f"{lines} sale lines read, {lines} added" in " ".join(result.output.split())
    assert "0 added" in again.output  # same pages: stored once, applied once
    assert state.methods() == {"GET"}


def test_a_restaurant_without_pull_connection_is_an_error(settings: Settings) -> None:
    add_connection(Vendor.GENERIC, {}, 802)
    result = CliRunner().invoke(app, ["pull", "--restaurant", "802"])
    assert result.exit_code == 1
    assert "no pull connection" in result.output
