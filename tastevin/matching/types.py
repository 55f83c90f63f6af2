"""Public value types of the label matcher (frozen, hashable, no behaviour)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from tastevin.matching.explain import Reason

Answer = Literal["yes", "almost", "none"]
Serving = Literal["glass", "bottle", "magnum", "half", "carafe", "dose"]
BY_MEASURE: tuple[Serving, ...] = ("glass", "carafe", "dose")
"""Servings sold as a share of a bottle: their units per sale come from the measure."""


@dataclass(frozen=True)
class LibraryEntry:
    """One drink of a restaurant's library, as the sync service passes it in."""

    id: str
    name: str
    producer: str | None
    appellation: str | None
    region: str | None
    country: str | None
    colour: str | None
    category: str | None
    vintage: int | None
    format_cl: Decimal


@dataclass(frozen=True)
class ParsedLabel:
    """What the normaliser reads from a POS label."""

    label: str
    text: str
    tokens: tuple[str, ...]
    vintage: int | None
    vintage_token: str | None
    volume_cl: Decimal | None
    serving: Serving | None
    colour: str | None
    classification: str | None
    # "demi" when a half came from that word: on a beer it is a 25 cl glass, not a half
    # bottle; "small" for a small bottle unsized ("MINI", "mignonnette", "piccolo")
    measure: str | None = None
    # generic words the label joins to a name by a hyphen ("Grands-Échézeaux"): part of
    # that name, as distinctive as it
    bound: frozenset[str] = frozenset()
    # bottles sold at once, by the case ("Caisse 6 × 75 cl", "per case of 6")
    count: int = 1


@dataclass(frozen=True)
class Candidate:
    """One library entry proposed for a label."""

    entry_id: str
    confidence: float
    answer: Answer
    units_per_sale: Decimal | None
    explanation: str
    reasons: tuple[Reason, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Suggestion:
    """The matcher's answer for one POS label: ranked candidates and a verdict."""

    label: str
    answer: Answer
    candidates: tuple[Candidate, ...]
    vintage: int | None
    units_per_sale: Decimal | None
    explanation: str
    reasons: tuple[Reason, ...] = field(default=(), compare=False)
