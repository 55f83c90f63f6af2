"""Errors in the user's language: domain errors from their template, stored import errors
read back against the catalog, JSON errors in plain words."""

from __future__ import annotations

import pytest

from tastevin.connectors.base import ParseContext
from tastevin.errors import BadInput, NotFound
from tastevin.simulators.restaurant import PARIS
from tastevin.web.messages import translate_error, translate_message, translate_text


def _parse_error(vendor: str, body: bytes) -> str:
    from tastevin.sales.inbox import parse_raw

    parsed = parse_raw(vendor, body, ParseContext(PARIS))
    if parsed.batch is not None:
        (aside,) = parsed.batch.set_aside  # one bad ticket or row is set aside (issue 10)
        return aside.reason
    assert parsed.error
    return parsed.error


def test_a_broken_webhook_body_is_explained_with_its_line() -> None:
    stored = _parse_error("pi_elyx", b'{\n  "documents": [\n    {"number": "12\n')
    assert stored == "the received file is not readable JSON (line 3)"
    assert translate_text(stored, "fr") == "Le fichier reçu n'est pas un JSON lisible (ligne 3)"
    assert translate_text(stored, "en") == stored


def test_line_prefixed_errors_translate_both_parts() -> None:
    stored = _parse_error("generic", b'{"type": "product", "product_id": "A", "label": "A"}\n{"x')
    assert stored == "line 2: this line is not readable JSON"  # that line alone, set aside
    assert translate_text(stored, "fr") == "ligne 2\xa0: cette ligne n'est pas du JSON lisible"
    missing = _parse_error("generic", b'{"type": "sale", "product_id": "A"}')
    assert missing == "not one row of the file could be read; the first: line 1: label is missing"
    # Read back from text alone, a nested template is ambiguous; the stored data is not.
    kept = _parsed_message("generic", b'{"type": "sale", "product_id": "A"}')
    assert translate_message(kept, "fr") == (
        "aucune ligne du fichier n'a pu être lue\xa0; la première\xa0: "
        "ligne 1\xa0: il manque «\xa0libellé\xa0»"
    )


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


def _parsed_message(vendor: str, body: bytes) -> dict[str, object]:
    from tastevin.sales.inbox import parse_raw

    parsed = parse_raw(vendor, body, ParseContext(PARIS))
    if parsed.batch is not None:
        # One bad ticket or row is set aside, its reason kept as data (issue 10).
        (aside,) = parsed.batch.set_aside
        assert aside.message is not None
        return aside.message
    assert parsed.message is not None
    return parsed.message


@pytest.mark.parametrize(
    ("vendor", "body", "french"),
    [
        (
            "pi_monora",
            b'{"tickets": [{"id": "T1"}]}',
            "ticket 1\xa0: il manque «\xa0closed_at\xa0»",
        ),
        (
            "pointex",
            b"ticket;code;date;libelle;quantite;montant\n1;A;20/11/2026;Vin;x;3\n",
            "ligne 2\xa0: «\xa0quantité\xa0» devrait être un nombre, pas 'x'",
        ),
        (
            "generic",
            b'{"type": "sale", "product_id": "A", "label": "A", "quantity": "1", '
            b'"amount": "1.234", "sold_at": "2026-11-20T20:00:00"}\n'
            b'{"type": "product", "product_id": "B", "label": "B"}',  # read: the row is set aside
            "ligne 1\xa0: «\xa0montant\xa0» a plus de 2 décimales\xa0: '1.234'",
        ),
    ],
)
def test_parser_errors_are_kept_as_data_and_read_in_the_viewers_language(
    vendor: str, body: bytes, french: str
) -> None:
    """Nested errors (a ticket, then a line, then a field) stay data: each part is
    translated when shown, and English is the same data filled in."""
    import json

    message = _parsed_message(vendor, body)
    stored = json.loads(json.dumps(message))  # what the JSON column gives back
    assert translate_message(stored, "fr") == french
    english = translate_message(stored, "en")
    assert english == _parse_error(vendor, body) and "«" not in english


def test_a_failed_translation_falls_back_to_english() -> None:
    from tastevin.errors import message

    broken = message("%(field)s is missing", field="x", extra=1)
    assert translate_message(broken, "fr") == "il manque «\xa0x\xa0»"
    assert translate_message({"id": "no such %(x)s", "params": {}}, "fr") == "no such %(x)s"
