"""Babel catalogs and per-locale formatting. French is the default, English selectable.

Catalogs are compiled by ``make i18n``; when the .mo files are missing (a fresh checkout,
the tests), the .po files are compiled in memory at first use so the app always speaks
French."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_datetime, format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal, format_percent
from babel.support import Translations

LOCALES = ("fr", "en")
DEFAULT_LOCALE = "fr"
CURRENCY = "EUR"
DIRECTORY = Path(__file__).parent / "translations"


def pick_locale(value: str | None) -> str:
    return value if value in LOCALES else DEFAULT_LOCALE


@lru_cache(maxsize=len(LOCALES))
def translations(locale: str) -> Translations:
    folder = DIRECTORY / locale / "LC_MESSAGES"
    mo = folder / "messages.mo"
    if mo.exists():
        with mo.open("rb") as handle:
            return Translations(handle, domain="messages")
    po = folder / "messages.po"
    if not po.exists():
        return Translations()
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain="messages")


def plain(value: Decimal) -> str:
    """A form field's value: "0.16", "1", "100" (no exponent, no trailing zeros)."""
    return format(value.normalize(), "f")


class Formatter:
    """Numbers, money and dates as the user's locale writes them (1 234,50 € in French)."""

    def __init__(self, locale: str, timezone: str = "Europe/Paris") -> None:
        self.locale = locale
        self.zone = ZoneInfo(timezone)

    def money(self, value: Decimal | None) -> str:
        if value is None:
            return "—"
        return str(format_currency(value, CURRENCY, locale=self.locale))

    def money_short(self, value: Decimal | None) -> str:
        """Whole euros, for chart axes and values ("1 200 €" / "€1,200")."""
        if value is None:
            return "—"
        standard = Locale.parse(self.locale).currency_formats["standard"].pattern
        pattern = standard.split(";")[0].replace(".00", "")
        rounded = value.quantize(Decimal(1))
        return str(
            format_currency(rounded, CURRENCY, pattern, locale=self.locale, currency_digits=False)
        )

    def number(self, value: Decimal | int | None, digits: int = 2) -> str:
        if value is None:
            return "—"
        pattern = "#,##0" + ("." + "#" * digits if digits else "")
        return str(format_decimal(value, format=pattern, locale=self.locale))

    def percent(self, value: Decimal | float | None, signed: bool = False) -> str:
        """0.97 → "97 %" in French, "97%" in English (the locale's own pattern)."""
        if value is None:
            return "—"
        shown = -value if signed and value < 0 else value
        text = str(format_percent(shown, locale=self.locale))
        if signed:
            sign = "+" if value > 0 else ("−" if value < 0 else "")
            return sign + text
        return text

    def colon(self, label: str) -> str:
        """A label followed by its colon as the locale writes it ("Stock :" in French)."""
        return label + ("\u00a0:" if self.locale == "fr" else ":")

    def day(self, value: date | None, style: str = "medium") -> str:
        if value is None:
            return "—"
        return str(format_date(value, format=style, locale=self.locale))

    def day_short(self, value: date) -> str:
        """ "20 nov." / "Nov 20": a chart's axis label."""
        return str(format_skeleton("MMMd", value, locale=self.locale))

    def moment(self, value: datetime | None) -> str:
        """An aware UTC instant, shown in the restaurant's time zone."""
        if value is None:
            return "—"
        local = value.astimezone(self.zone)
        return str(format_datetime(local, format="short", tzinfo=self.zone, locale=self.locale))

    def filters(self) -> dict[str, Any]:
        return {
            "money": self.money,
            "money_short": self.money_short,
            "number": self.number,
            "day": self.day,
            "day_short": self.day_short,
            "percent": self.percent,
            "colon": self.colon,
            "moment": self.moment,
            "plain": plain,
        }
