"""The pizzeria set's tills: each one's habits, applied to what was typed."""

from __future__ import annotations

import random
import unicodedata

from render import Spec, cut

# The two tills' habits.
PREFIX_P = {
    "rossi": "VRO ",
    "bianchi": "VBI ",
    "rosati": "VRS ",
    "bollicine": "BOL ",
    "birre": "BIR ",
    "digestivi": "DIG ",
    "aperitivi": "APE ",
    "bibite": "BIB ",
    "pizze": "PIZ ",
    "dolci": "DOL ",
    "caffe": "CAF ",
    "servizio": "SRV ",
}
PREFIX_Q = {
    "rossi": "Rossi · ",
    "bianchi": "Bianchi · ",
    "rosati": "Rosati · ",
    "bollicine": "Bollicine · ",
    "birre": "Birre · ",
    "digestivi": "Digestivi · ",
    "aperitivi": "Aperitivi · ",
    "bibite": "Bibite · ",
    "pizze": "Pizze · ",
    "dolci": "Dolci · ",
    "caffe": "Caffè · ",
    "servizio": "Servizio · ",
}
WIDTH_P = 24
MEASURES = frozenset(
    {"DEMI", "PINTE", "DOSE", "COUPE", "CP", "FLUTE", "VERRE", "POT", "MAGNUM", "MAG", "PICHET"}
)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _cut(text: str, vintage: str, width: int) -> tuple[str, bool] | None:
    return cut(text, vintage, width, MEASURES)


def render_p(spec: Spec, rng: random.Random) -> tuple[str, bool] | None:
    """Counter cash register: upper case without accents or apostrophes, a 3-letter family
    code and a space (`VRO `, `BIR `), four-digit vintages, cut at 24 characters."""
    core = fold(spec.core).upper().replace("'", " ").replace(".", "")
    core = " ".join(core.split())
    vintage = f" {spec.vintage}" if spec.vintage else ""
    return _cut(PREFIX_P[spec.family] + core, vintage, WIDTH_P)


def render_q(spec: Spec, rng: random.Random) -> tuple[str, bool]:
    """Waiters' tablet: `Family · ` prefix, Title Case with accents, sometimes two words
    glued in camel case (`NinoFranco`), vintages as 2019 or 19, a price with a decimal comma
    and a euro sign."""
    words = [w[:1].upper() + w[1:] for w in spec.core.split()]
    if len(words) >= 2 and rng.random() < 0.2:
        at = rng.randrange(len(words) - 1)
        if words[at].isalpha() and words[at + 1].isalpha():
            words[at : at + 2] = [words[at] + words[at + 1]]
    core = " ".join(words)
    vintage = ""
    if spec.vintage:
        vintage = rng.choice([f" {spec.vintage}", f" {spec.vintage % 100:02d}"])
    price = f" {rng.randrange(3, 60)},{rng.choice(['00', '50', '90'])}€"
    return PREFIX_Q[spec.family] + core + vintage + price, bool(vintage)
