"""Display names of the library's stored words (colours and categories are stored in
French, as the seed writes them); the catalogs give them in the user's language."""

from __future__ import annotations

from tastevin.errors import N_

COLOUR_NAMES = {
    "rouge": N_("red"),
    "blanc": N_("white"),
    "rosé": N_("rosé"),
    "orange": N_("orange"),
    "effervescent": N_("sparkling"),
}
CATEGORY_NAMES = {
    "vin": N_("wine"),
    "champagne": N_("champagne"),
    "spiritueux": N_("spirits"),
    "bière": N_("beer"),
    "cidre": N_("cider"),
    "sans alcool": N_("alcohol-free"),
    "autre": N_("other"),
}


def word_msgid(value: str | None) -> str:
    """The catalog message for a stored colour or category (unknown words unchanged)."""
    if value is None:
        return ""
    return COLOUR_NAMES.get(value) or CATEGORY_NAMES.get(value) or value
