"""Drinks mixed at the bar (S-10): a kir, a blanc-cassis, a picon bière is no one bottle of
the library, unless the mixed drink's ingredient is the place of a wine the label names."""

from __future__ import annotations

from tastevin.matching.coverage import EXPLAINED
from tastevin.matching.scoring import FamilyScore
from tastevin.matching.tables import tables
from tastevin.matching.types import ParsedLabel

HOUSE = "maison"


def placed(mixed: str, scores: list[FamilyScore]) -> bool:
    """The mixed drink's words are the place or the house of a wine the label names
    ("FERME BLANCHE CASSIS BLANC": a white Cassis, no blanc-cassis; "KIR YIANNI RAMNISTA":
    Kir-Yianni's Ramnista, no kir): a credible drink whose appellation or producer holds
    them and whose other words the label says too; or the house's own batch of it, held by
    that name ("Sangria maison"; "Picon Bière" is the bottle the bar mixes it from)."""
    colours = tables().colour_words
    words = [word for word in mixed.split() if word not in colours]
    if any(
        item.credible and set(mixed.split()) | {HOUSE} <= set(item.family.name) for item in scores
    ):
        return True  # the house's own batch, held by that name ("Sangria maison rouge")
    for item in scores:
        family = item.family
        for place in (family.appellation, family.producer):
            if not item.credible or not all(word in place for word in words):
                continue
            others = (*family.name, *family.producer_distinct, *family.appellation)
            if any(
                item.grades.get(word, 0.0) >= EXPLAINED
                for word in others
                if word not in words and word not in colours
            ):
                return True
    return False


def mixed_drink(parsed: ParsedLabel) -> str | None:
    """A drink mixed at the bar ("KIR", "BLANC CASSIS", "PICON BIERE") is no one bottle."""
    tokens = parsed.tokens
    for phrase in tables().mixed_drinks:
        size = len(phrase)
        if any(tokens[start : start + size] == phrase for start in range(len(tokens) - size + 1)):
            return " ".join(phrase)
    return None
