"""The matcher's reasons in the user's language.

The matcher (a pure library) explains a suggestion with structured reasons, a code plus
parameters (``tastevin.matching.explain``), next to an English sentence. This module
renders those reasons through the web app's Babel catalogs: the matcher's template of each
reason code is the message id, with named placeholders, and the parameters that are words
of ours (field names, colours, servings, formats) are translated too. Words read from the
label or the library (cuvée words, a mixed drink's name) are shown as they are."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation

from babel.numbers import format_decimal
from babel.support import NullTranslations

from tastevin.matching import Reason
from tastevin.matching.explain import N_, TEMPLATES
from tastevin.web.i18n import translations

# The templates are the matcher's own (tastevin/matching/explain.py: TEMPLATES, marked for
# extraction there); the words below are the web app's, for the parameters.
# A wine colour on the label of a drink that has none (the matcher's library="none").
NO_COLOUR = N_("label says %(label)s, this drink has no colour")
SEPARATOR = N_("; ")
AND = N_("%(head)s and %(last)s")

FIELDS = {"name": N_("name"), "producer": N_("producer"), "appellation": N_("appellation")}
# Colours as the matcher folds them (the library's French words, without accents).
COLOURS = {
    "rouge": N_("red"),
    "blanc": N_("white"),
    "rose": N_("rosé"),
    "orange": N_("orange"),
    "effervescent": N_("sparkling"),
    "liquoreux": N_("sweet"),
}
SERVINGS = {
    "glass": N_("glass"),
    "carafe": N_("carafe"),
    "dose": N_("measure"),
    "bottle": N_("bottle"),
    "half": N_("half bottle"),
    "magnum": N_("magnum"),
}
FORMATS = {
    "half bottle": N_("half bottle"),
    "magnum": N_("magnum"),
    "small bottle": N_("small bottle"),
}
BOTTLE = N_("%(volume)s cl bottle")
CLASSIFICATIONS = {"grand cru classe": "grand cru classé"}
_BOTTLE = re.compile(r"^(\d+(?:\.\d+)?) cl bottle$")

Params = dict[str, str]


def explainer(locale: str) -> Callable[[Iterable[Reason]], str]:
    """``explain`` bound to ``locale``: what the match service takes to word its reasons."""
    return lambda reasons: explain(reasons, locale)


def explain(reasons: Iterable[Reason], locale: str) -> str:
    """The reasons as one sentence in ``locale`` ("fr", "en")."""
    tr = translations(locale)
    return tr.gettext(SEPARATOR).join(render(item, locale, tr) for item in reasons)


def render(item: Reason, locale: str, tr: NullTranslations | None = None) -> str:
    """One reason in ``locale``; a code this module does not know keeps the matcher's
    English rather than failing the page."""
    tr = tr or translations(locale)
    params = dict(item.params)
    if item.code == "fields_match":
        return _fields_match(params, tr)
    template = TEMPLATES.get(item.code)
    if template is None:
        return item.render()
    if item.code == "colour_conflict" and params.get("library") == "none":
        template = NO_COLOUR
    shown = {key: _value(item.code, key, value, locale, tr) for key, value in params.items()}
    try:
        return tr.gettext(template) % shown
    except (KeyError, ValueError, TypeError):
        return item.render()


def _fields_match(params: Params, tr: NullTranslations) -> str:
    # The matcher joins the field names in English ("name, producer and appellation").
    names = [name for name in re.split(r", | and ", params.get("fields", "")) if name]
    shown = [tr.gettext(FIELDS[name]) if name in FIELDS else name for name in names]
    if len(shown) > 1:
        joined = tr.gettext(AND) % {"head": ", ".join(shown[:-1]), "last": shown[-1]}
    else:
        joined = "".join(shown)
    return tr.ngettext("%(fields)s matches", "%(fields)s match", len(shown)) % {"fields": joined}


def _value(code: str, key: str, value: str, locale: str, tr: NullTranslations) -> str:
    """A parameter as shown: our own words translated, numbers as the locale writes them."""
    if code == "colour_conflict":
        return _word(COLOURS, value, tr)
    if code == "classification_conflict":
        return CLASSIFICATIONS.get(value, value)
    if code == "serving":
        return _word(SERVINGS, value, tr) if key == "serving" else _number(value, locale)
    if code == "format_missing":
        return _format(value, locale, tr)
    return value


def _word(words: dict[str, str], value: str, tr: NullTranslations) -> str:
    return tr.gettext(words[value]) if value in words else value


def _number(value: str, locale: str) -> str:
    """75, 12.5 → "12,5" in French; a value that is not a number is shown as it is."""
    try:
        number = Decimal(value)
    except InvalidOperation:
        return value
    return str(format_decimal(number, format="#,##0.##", locale=locale))


def _format(value: str, locale: str, tr: NullTranslations) -> str:
    """The matcher's format names: "half bottle", "magnum", "50 cl bottle"."""
    if value in FORMATS:
        return tr.gettext(FORMATS[value])
    bottle = _BOTTLE.match(value)
    if bottle:
        return tr.gettext(BOTTLE) % {"volume": _number(bottle.group(1), locale)}
    return value
