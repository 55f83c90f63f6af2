"""The matcher's reasons rendered in the user's language (tastevin.web.explain), in the
match dialog and in the suggestions API."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tastevin.matching import explain as matcher_explain
from tastevin.web.explain import explain, render
from tests.web.world import LABEL_ALMOST, World

# Plausible parameters, by the name the matcher's own templates give them; any other
# parameter (a new code's) gets a year, which every template can show.
SAMPLES = {
    "fields": "name, producer and appellation",
    "words": "fourchaume",
    "word": "vin",
    "classification": "premier cru",
    "serving": "glass",
    "volume": "12.5",
    "count": "2",
    "drink": "kir",
}
COLOURS = {"label": "rouge", "library": "blanc"}


def _sample(code: str, name: str) -> str:
    if code == "colour_conflict":
        return COLOURS.get(name, "rouge")
    if code == "format_missing" and name == "format":
        return "magnum"
    if code == "serving" and name == "format":
        return "75"
    return SAMPLES.get(name, "2019")


def _example(code: str) -> matcher_explain.Reason:
    """A reason of this code built as the matcher builds it, with every parameter its
    English template names."""
    names = re.findall(r"%\((\w+)\)s", matcher_explain.TEMPLATES[code])
    return matcher_explain.reason(code, **{name: _sample(code, name) for name in names})


@pytest.mark.parametrize("code", sorted(matcher_explain.TEMPLATES))
def test_every_reason_code_of_the_matcher_reads_in_french(code: str) -> None:
    item = _example(code)
    french, english = render(item, "fr"), render(item, "en")
    assert french != english, f"{code}: no French template in tastevin/web/explain.py"
    for text in (french, english):
        assert text and "%(" not in text and "{" not in text


def test_french_sentences_as_a_sommelier_reads_them() -> None:
    reason = matcher_explain.reason
    fields = reason("fields_match", fields="name, producer and appellation")
    differs = reason("vintage_differs", label=2021, library=2019)
    assert explain([fields, differs], "fr") == (
        "nom, producteur et appellation correspondent ; millésime 2021 ≠ 2019"
    )
    assert explain([fields, differs], "en") == (
        "name, producer and appellation match; vintage 2021 ≠ 2019"
    )
    assert explain([reason("fields_match", fields="name")], "fr") == "nom correspond"
    glass = reason("serving", serving="glass", volume="12.5", format="75")
    assert explain([glass], "fr") == "verre de 12,5 cl sur la bouteille de 75 cl"
    assert explain([glass], "en") == "glass of 12.5 cl from the 75 cl bottle"
    half = reason("format_missing", format="half bottle")
    assert explain([half], "fr") == "pas de demi-bouteille de ce vin dans la bibliothèque"
    small = reason("format_missing", format="small bottle")  # "MINI GREY GOOSE"
    assert explain([small], "fr") == "pas de mignonnette de ce vin dans la bibliothèque"
    assert explain([small], "en") == "no small bottle of this wine in the library"
    fifty = reason("format_missing", format="50 cl bottle")
    assert explain([fifty], "fr") == "pas de bouteille de 50 cl de ce vin dans la bibliothèque"
    colour = reason("colour_conflict", label="rose", library="blanc")
    assert explain([colour], "fr") == "couleur rosé ≠ blanc"
    assert explain([colour], "en") == "colour rosé ≠ white"
    colourless = reason("colour_conflict", label="blanc", library="none")
    assert explain([colourless], "fr") == (
        "le libellé indique blanc, cette boisson n'a pas de couleur"
    )
    assert explain([reason("non_vintage")], "fr") == "non millésimé"


def test_an_unknown_code_keeps_the_matchers_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(matcher_explain.TEMPLATES, "some_new_code", "new reason %(x)s")
    assert render(matcher_explain.reason("some_new_code", x=1), "fr") == "new reason 1"


def test_suggestions_explain_in_the_requests_language(
    client: TestClient, world: World, owner: str
) -> None:
    url = f"/api/pos-products/{world.products[LABEL_ALMOST]}/suggestions"
    french = client.get(url).json()
    assert french["answer"] == "almost"
    assert french["explanation"] == (
        "nom, producteur et appellation correspondent ; millésime 2021 ≠ 2019"
    )
    assert french["candidates"][0]["explanation"] == french["explanation"]
    assert french["reasons"] == [
        {"code": "fields_match", "params": {"fields": "name, producer and appellation"}},
        {"code": "vintage_differs", "params": {"label": "2021", "library": "2019"}},
    ]
    assert french["candidates"][0]["reasons"] == french["reasons"]
    changed = client.put("/api/me/language", json={"locale": "en"}, headers={"X-CSRF-Token": owner})
    assert changed.status_code == 200, changed.text
    english = client.get(url).json()
    assert english["explanation"] == "name, producer and appellation match; vintage 2021 ≠ 2019"
    assert english["reasons"] == french["reasons"]


def test_match_dialog_explains_in_french(client: TestClient, world: World, owner: str) -> None:
    dialog = client.get(f"/sync/{world.products[LABEL_ALMOST]}/match").text
    assert "nom, producteur et appellation correspondent ; millésime 2021 ≠ 2019" in dialog
    assert "vintage 2021" not in dialog
