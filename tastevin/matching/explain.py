"""Explanations built from a small, fixed set of phrase templates: the one list of them.

Each reason is a code plus parameters. The templates are English Babel message ids
(``%(name)s`` placeholders, marked ``N_`` for extraction); the web app translates them
(``tastevin.web.explain``), and ``Reason.render`` is the English default.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


def N_(message: str) -> str:
    """Marks a message for extraction (``pybabel extract -k N_``); translated where shown."""
    return message


TEMPLATES: dict[str, str] = {
    "confirmed": N_("linked to this label before"),
    # Not marked: the web app words it with its own plural (tastevin.web.explain).
    "fields_match": "%(fields)s match",
    "cuvee_missing": N_("cuvée not on label: %(words)s"),
    "unexplained": N_("label words not in this wine: %(words)s"),
    "colour_conflict": N_("colour %(label)s ≠ %(library)s"),
    "category_conflict": N_("label says %(word)s, this drink is not one"),
    "classification_conflict": N_("label says %(classification)s, this wine is not"),
    "second_wine": N_("label names the estate, not its cuvée %(words)s"),
    "vintage_equal": N_("vintage %(vintage)s"),
    "vintage_differs": N_("vintage %(label)s ≠ %(library)s"),
    "vintage_not_on_label": N_("no vintage on label, most recent %(library)s"),
    "non_vintage": N_("non-vintage"),
    "vintage_on_non_vintage": N_("label vintage %(label)s, this wine is non-vintage"),
    "format_missing": N_("no %(format)s of this wine in the library"),
    "serving": N_("%(serving)s of %(volume)s cl from the %(format)s cl bottle"),
    "ambiguous": N_("%(count)s wines match equally well"),
    "ambiguous_appellation": N_("the label names only an appellation shared by %(count)s wines"),
    "house_alone": N_("the label names only a house, of which %(count)s drinks are held"),
    "mixed_drink": N_("%(drink)s is mixed at the bar, not one drink of the library"),
    "weak": N_("too little of the label matches"),
    "not_an_estate": N_("the label names a château, this wine is not one"),
    "another_estate": N_("the label names Château %(words)s, another estate than this one"),
    "number_conflict": N_("label says %(number)s, this drink does not"),
    "variant_unsaid": N_("this drink is the %(words)s one, the label does not say so"),
    "prefix_conflict": N_(
        "the till files this label under %(prefix)s, where no %(kind)s was found"
    ),
    "nothing": N_("nothing in the library matches"),
}


@dataclass(frozen=True)
class Reason:
    """One translatable piece of an explanation."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    def render(self) -> str:
        return TEMPLATES[self.code] % dict(self.params)


def reason(code: str, **params: object) -> Reason:
    if code not in TEMPLATES:
        raise KeyError(code)
    return Reason(code, tuple((key, str(value)) for key, value in params.items()))


def render(reasons: Iterable[Reason]) -> str:
    return "; ".join(item.render() for item in reasons)
