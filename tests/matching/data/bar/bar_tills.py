"""The bar set's tills: each one's habits, applied to what was typed."""

from __future__ import annotations

import random
import unicodedata

from render import Spec, cut

# The two tills' habits.
PREFIX_A = {
    "biere": "BIERE/",
    "rhum": "RHUM/",
    "whisky": "WHISKY/",
    "gin": "GIN/",
    "digestif": "DIGEST/",
    "aperitif": "APERO/",
    "soft": "SOFT/",
    "bulles": "BULLES/",
    "rouge": "ROUGE/",
    "blanc": "BLANC/",
    "rose": "ROSE/",
    "cuisine": "CUIS/",
    "divers": "DIV/",
}
PREFIX_B = {
    "biere": "bieres - ",
    "rhum": "rhums - ",
    "whisky": "whiskies - ",
    "gin": "gins - ",
    "digestif": "digestifs - ",
    "aperitif": "aperos - ",
    "soft": "softs - ",
    "bulles": "bulles - ",
    "rouge": "vins rouges - ",
    "blanc": "vins blancs - ",
    "rose": "vins roses - ",
    "cuisine": "cuisine - ",
    "divers": "divers - ",
}
WIDTH_A = 22


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


MEASURES = frozenset({"DEMI", "PINTE", "DOSE", "COUPE", "CP", "FLUTE", "VERRE", "POT", "MAGNUM"})


def render_a(spec: Spec, rng: random.Random) -> tuple[str, bool] | None:
    """Old counter till: upper case, FAMILY/ prefix, two-digit vintage, cut at 22 characters
    mid-word. None when the cut would lose a whole word, a number or a measure: the label
    would then no longer say which drink or how much (such a product goes to the tablet)."""
    core = fold(spec.core).upper()
    if rng.random() < 0.3:
        core = core.replace("-", " ")
    text = PREFIX_A[spec.family] + core
    vintage = f" {spec.vintage % 100:02d}" if spec.vintage else ""
    if len(text + vintage) <= WIDTH_A:
        return text + vintage, bool(vintage)
    cut = text[:WIDTH_A]
    kept = cut.split()
    words = text.split()
    if len(kept) < len(words):
        return None
    last = words[len(kept) - 1]
    if last != kept[-1] and (any(ch.isdigit() for ch in last) or last in MEASURES):
        return None
    return cut.rstrip(), False


PREFIX_C = {
    "biere": "BIE-",
    "rhum": "RHU-",
    "whisky": "WHI-",
    "gin": "GIN-",
    "digestif": "DIG-",
    "aperitif": "APE-",
    "soft": "SFT-",
    "bulles": "CHP-",
    "rouge": "VRG-",
    "blanc": "VBL-",
    "rose": "VRS-",
    "cuisine": "CUI-",
    "divers": "DIV-",
}
WIDTH_C, WIDTH_D = 20, 24


def _cut(text: str, vintage: str, width: int) -> tuple[str, bool] | None:
    return cut(text, vintage, width, MEASURES)


def render_c(spec: Spec, rng: random.Random) -> tuple[str, bool] | None:
    """Second counter till: 3-letter family code and a hyphen, Title Case, accents kept,
    vintages as '18, cut at 20."""
    core = " ".join(word[:1].upper() + word[1:] for word in spec.core.split())
    vintage = f" '{spec.vintage % 100:02d}" if spec.vintage else ""
    return _cut(PREFIX_C[spec.family] + core, vintage, WIDTH_C)


def render_d(spec: Spec, rng: random.Random) -> tuple[str, bool] | None:
    """Kitchen till: no family prefix, upper case, dots for spaces, four-digit vintage, cut
    at 24."""
    core = fold(spec.core).upper()
    if rng.random() < 0.4:
        core = core.replace(" ", ".")
    vintage = f" {spec.vintage}" if spec.vintage else ""
    return _cut(core, vintage, WIDTH_D)


def render_b(spec: Spec, rng: random.Random) -> tuple[str, bool]:
    """Terrace tablet: lower case, 'family - ' prefix, glued words, price with comma."""
    words = spec.core.lower().split()
    if len(words) >= 3 and rng.random() < 0.25:
        at = rng.randrange(len(words) - 1)
        if words[at].isalpha() and words[at + 1].isalpha():
            words[at : at + 2] = [words[at] + words[at + 1]]
    core = " ".join(words)
    if rng.random() < 0.3:
        core = fold(core)
    vintage = ""
    if spec.vintage:
        vintage = rng.choice([f" '{spec.vintage % 100:02d}", f" {spec.vintage}"])
    price = f" {rng.randrange(3, 95)},{rng.choice(['00', '50', '90'])}"
    return PREFIX_B[spec.family] + core + vintage + price, bool(vintage)
