"""The words of the stock pages that code decides: variance warnings, history events and
count scopes, in the user's language (the Babel catalogs)."""

from __future__ import annotations

from decimal import Decimal

from tastevin.stock.variance import Warning
from tastevin.web.i18n import Formatter, translations


def _(message: str) -> str:
    """Marks a message for extraction; translated at use."""
    return message


WARNINGS = {
    "unlinked_revenue": _(
        "%(amount)s of POS revenue in this period comes from %(products)s POS products linked "
        "to no drink: those bottles left the shelf but not the expected stock."
    ),
    "late_deliveries": _(
        "%(lines)s delivery lines dated before this count were recorded after it was closed: "
        "the expected stock has changed since."
    ),
    "negative_expected": _(
        "%(drinks)s drinks have a negative expected stock: a delivery, a count or a POS link is "
        "probably missing."
    ),
    "missing_cost": _(
        "%(drinks)s drinks have no unit cost (no delivery, opening cost or purchase price): "
        "their gap in € at cost counts as 0."
    ),
}


def warning_text(locale: str, fmt: Formatter, warning: Warning) -> str:
    params = dict(warning.params)
    if "amount" in params:
        params["amount"] = fmt.money(Decimal(params["amount"]))
    template = WARNINGS.get(warning.code, warning.code)
    text: str = translations(locale).gettext(template)
    return text % params
