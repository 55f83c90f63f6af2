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
