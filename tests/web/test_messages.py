"""Errors in the user's language: domain errors from their template, stored import errors
read back against the catalog, JSON errors in plain words."""

from __future__ import annotations

import pytest

from tastevin.connectors.base import ParseContext
from tastevin.errors import BadInput, NotFound
from tastevin.simulators.restaurant import PARIS
from tastevin.web.messages import translate_error, translate_text


def _parse_error(vendor: str, body: bytes) -> str:
    from tastevin.sales.inbox import parse_raw

    parsed = parse_raw(vendor, body, ParseContext(PARIS))
    assert parsed.batch is None and parsed.error
    return parsed.error


def test_a_broken_webhook_body_is_explained_with_its_line() -> None:
    stored = _parse_error("pi_elyx", b'{\n  "documents": [\n    {"number": "12\n')
    assert stored == "the received file is not readable JSON (line 3)"
    assert translate_text(stored, "fr") == "Le fichier reçu n'est pas un JSON lisible (ligne 3)"
    assert translate_text(stored, "en") == stored


def test_line_prefixed_errors_translate_both_parts() -> None:
    stored = _parse_error("generic", b'{"type": "product", "product_id": "A", "label": "A"}\n{"x')
    assert stored == "the received file is not readable JSON (line 2)"
    assert translate_text(stored, "fr") == "Le fichier reçu n'est pas un JSON lisible (ligne 2)"
    missing = _parse_error("generic", b'{"type": "sale", "product_id": "A"}')
    assert missing == "line 1: missing label"
    assert translate_text(missing, "fr") == "ligne 1\xa0: missing label"  # no message for it


@pytest.mark.parametrize(
    ("error", "french"),
    [
        (NotFound("%(what)s %(id)s not found", what="Beverage", id=7), "Boisson n°7 introuvable"),
        (
            BadInput("a counted stock cannot be negative"),
            "Un stock compté ne peut pas être négatif.",
        ),
        (
            BadInput("more values than columns", line=4),
            "ligne 4\xa0: plus de valeurs que de colonnes",
        ),
    ],
)
def test_domain_errors_from_their_template(error: Exception, french: str) -> None:
    assert isinstance(error, NotFound | BadInput)
    assert translate_error(error, "fr") == french
    assert translate_error(error, "en") == error.message


def test_unknown_text_is_left_as_it_is() -> None:
    assert translate_text("something nobody wrote a message for", "fr") == (
        "something nobody wrote a message for"
    )
