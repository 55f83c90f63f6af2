"""Catalogs load with or without compiled .mo files; numbers and money follow the locale."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from tastevin.web import i18n


@pytest.fixture
def po_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    copy = tmp_path / "translations"
    shutil.copytree(i18n.DIRECTORY, copy)
    for mo in copy.rglob("*.mo"):
        mo.unlink()
    monkeypatch.setattr(i18n, "DIRECTORY", copy)
    i18n.translations.cache_clear()
    yield
    i18n.translations.cache_clear()


def test_po_files_are_compiled_in_memory_when_mo_files_are_missing(po_only: None) -> None:
    assert i18n.translations("fr").gettext("Drinks") == "Boissons"
    assert (
        i18n.translations("fr").ngettext(
            "%(count)s drink to synchronise", "%(count)s drinks to synchronise", 2
        )
        == "%(count)s boissons à synchroniser"
    )
    assert i18n.translations("en").gettext("Drinks") == "Drinks"


def test_every_french_message_is_translated() -> None:
    from babel.messages.pofile import read_po

    with (i18n.DIRECTORY / "fr" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle)
    untranslated = [m.id for m in catalog if m.id and not m.string]
    assert untranslated == []


def test_money_numbers_and_dates_per_locale() -> None:
    fr = i18n.Formatter("fr")
    en = i18n.Formatter("en")
    assert fr.money(Decimal("1234.50")) == "1\u202f234,50\xa0€"
    assert en.money(Decimal("1234.50")) == "€1,234.50"
    assert fr.number(Decimal("0.9600")) == "0,96"
    assert fr.day(date(2026, 11, 20), "full") == "vendredi 20 novembre 2026"
    # 23:30 UTC is already the next day in Paris.
    assert fr.moment(datetime(2026, 11, 20, 23, 30, tzinfo=UTC)) == "21/11/2026 00:30"


def test_unknown_locale_falls_back_to_french() -> None:
    assert i18n.pick_locale("de") == "fr"
    assert i18n.pick_locale(None) == "fr"


def test_the_template_is_current_and_both_catalogs_hold_every_message() -> None:
    """`make pot` output (every N_/gettext string and domain error of tastevin/) is the
    checked-in template, and each of its messages is in the French and English catalogs."""
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po

    root = Path(i18n.__file__).parents[1]
    keywords = dict.fromkeys(("N_", "NotFound", "Forbidden", "Unauthorized"))
    keywords |= dict.fromkeys(("Conflict", "BadInput", "TooManyAttempts"))
    keywords |= dict.fromkeys(("Retryable", "CredentialsNeedRenewing"))
    keywords |= {"gettext": None, "ngettext": (1, 2), "_": None}
    method_map = [("**/templates/**.html", "jinja2"), ("**.py", "python")]
    options = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}}
    found = {
        message if isinstance(message, str) else message[0]
        for _, _, message, _, _ in extract_from_dir(
            str(root),
            method_map,
            options,
            keywords=keywords,  # type: ignore[arg-type]
        )
    }
    with (i18n.DIRECTORY / "messages.pot").open("rb") as handle:
        template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    # Pages, vendors, the matcher's reasons and domain errors are all seen.
    assert {"Drinks", "linked to this label before", "a drink needs a name"} <= found
    assert found - template == set(), "run `make pot`"
    for locale in ("fr", "en"):
        with (i18n.DIRECTORY / locale / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            catalog = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle)}
        assert template - catalog == set(), locale
