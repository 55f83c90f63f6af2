"""Explanations built from a small, fixed set of phrase templates.

Each reason is a code plus parameters so the web layer can translate it; the English
rendering here is the default.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

TEMPLATES: dict[str, str] = {
    "confirmed": "linked to this label before",
    "fields_match": "{fields} match",
    "cuvee_missing": "cuvée not on label: {words}",
    "unexplained": "label words not in this wine: {words}",
    "colour_conflict": "colour {label} ≠ {library}",
    "category_conflict": "label says {word}, this drink is not one",
    "classification_conflict": "label says {classification}, this wine is not",
    "second_wine": "label names the estate, not its cuvée {words}",
    "vintage_equal": "vintage {vintage}",
    "vintage_differs": "vintage {label} ≠ {library}",
    "vintage_not_on_label": "no vintage on label, most recent {library}",
    "non_vintage": "non-vintage",
    "vintage_on_non_vintage": "label vintage {label}, this wine is non-vintage",
    "format_missing": "no {format} of this wine in the library",
    "serving": "{serving} of {volume} cl from the {format} cl bottle",
    "ambiguous": "{count} wines match equally well",
    "ambiguous_appellation": "the label names only an appellation shared by {count} wines",
    "mixed_drink": "{drink} is mixed at the bar, not one drink of the library",
    "weak": "too little of the label matches",
    "not_an_estate": "the label names a château, this wine is not one",
    "number_conflict": "label says {number}, this drink does not",
    "prefix_conflict": "the till files this label under {prefix}, where no {kind} was found",
    "nothing": "nothing in the library matches",
}


@dataclass(frozen=True)
class Reason:
    """One translatable piece of an explanation."""

    code: str
    params: tuple[tuple[str, str], ...] = ()

    def render(self) -> str:
        return TEMPLATES[self.code].format(**dict(self.params))


def reason(code: str, **params: object) -> Reason:
    if code not in TEMPLATES:
        raise KeyError(code)
    return Reason(code, tuple((key, str(value)) for key, value in params.items()))


def render(reasons: Iterable[Reason]) -> str:
    return "; ".join(item.render() for item in reasons)
