"""Dates in the reader's language: typed as French or English write them, read with Babel;
the chosen period written out in words next to the native date inputs."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from tastevin.errors import BadInput
from tastevin.web.forms import parse_day
from tests.web.world import DAY, World


@pytest.mark.parametrize(
    ("text", "locale"),
    [("2026-11-20", "fr"), ("20/11/2026", "fr"), ("20/11/26", "fr"), ("11/20/2026", "en")],
)
def test_a_day_is_read_as_the_readers_language_writes_it(text: str, locale: str) -> None:
    assert parse_day(text, locale) == date(2026, 11, 20)


@pytest.mark.parametrize("text", ["32/11/2026", "demain", "2026-13-01"])
def test_what_is_not_a_french_day_is_refused(text: str) -> None:
    with pytest.raises(BadInput):
        parse_day(text, "fr")


def test_revenue_reads_a_typed_french_period_and_says_it_in_words(
    client: TestClient, world: World, owner: str
) -> None:
    typed = DAY.strftime("%d/%m/%Y")
    page = client.get(f"/revenue?start={typed}&end={typed}").text
    assert "381,00\xa0€" in page
    period = page.split('id="revenue-period">')[1].split("</p>")[0]
    assert period == "Du vendredi 20 novembre 2026 au vendredi 20 novembre 2026"
    client.post("/language", data={"lang": "en", "csrf_token": owner})
    english = client.get(f"/revenue?start={DAY.strftime('%m/%d/%Y')}&end={DAY}").text
    assert "From Friday, November 20, 2026 to Friday, November 20, 2026" in english
