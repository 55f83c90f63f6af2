"""The three tills' habits: L (bar register), T (pintxos tablet), R (dining room)."""

from __future__ import annotations

import random
import unicodedata

L_WIDTH = 21
R_WIDTH = 30

L_FAM = {"r": "VR:", "b": "VB:", "s": "VRS:", "d": "VDX:", "e": "EFF:", "j": "JER:", "a": "ARM:",
         "l": "LIQ:", "k": "BIE:", "c": "SID:", "w": "SOF:", "f": "CAF:", "p": "PTX:", "x": "CUI:",
         "v": "SRV:"}
T_FAM = {"r": "Tintos", "b": "Blancos", "s": "Rosados", "d": "Dulces", "e": "Espumosos",
         "j": "Generosos", "a": "Armañac", "l": "Licores", "k": "Cervezas", "c": "Sidra",
         "w": "Refrescos", "f": "Cafés", "p": "Pintxos", "x": "Cocina", "v": "Varios"}
# measure code -> (L word, L before the name?, T word, R word)
MEASURES = {
    "btl": ("", True, "", ""),
    "glass": ("VRE", True, "copa", "Verre"),
    "g12": ("VRE12", True, "copa 12cl", "Verre 12cl"),
    "g15": ("VRE15", True, "copa 15cl", "Verre 15cl"),
    "p25": ("PICH25", True, "jarra 25cl", "Pichet 25cl"),
    "p50": ("PICH50", True, "jarra 50cl", "Pichet 50cl"),
    "half": ("1/2", True, "media bot.", "Demi-Btlle"),
    "mag": ("MAG", True, "mágnum", "Magnum"),
    "dose": ("DOSE", False, "chupito", "Dose"),
    "2cl": ("2CL", False, "2cl", "2cl"),
    "demi": ("DEMI", False, "demi", "Demi"),
    "cana": ("CANA", False, "caña", "Caña"),
    "pinte": ("PINTE", False, "pinta", "Pinte"),
    "33cl": ("33CL", False, "33cl", "33cl"),
    "50cl": ("50CL", False, "50cl", "50cl"),
    "1l": ("1L", False, "1L", "1L"),
    "70cl": ("70CL", False, "70cl", "70cl"),
    "75cl": ("75CL", False, "75cl", "75cl"),
}


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def price(rng: random.Random, measure: str, fam: str) -> str:
    low, high = (12, 95)
    if fam in "fvpwk" or measure in {"glass", "g12", "g15", "dose", "2cl", "demi", "cana",
                                     "pinte", "33cl", "p25"}:
        low, high = (2, 9)
    elif fam == "x" or measure == "p50":
        low, high = (9, 32)
    cents = rng.choice(["00", "50", "00", "90"])
    return f"{rng.randint(low, high)},{cents}"


def _cut(label: str, width: int, vintage_token: str) -> tuple[str, bool] | None:
    """Cut at width; return (text, vintage kept) or None when the cut loses too much."""
    if len(label) <= width:
        return label, True
    words = label.split(" ")
    kept = label[:width].rstrip(" ").split(" ")
    for i, w in enumerate(kept):
        if w == words[i]:
            continue
        if i != len(kept) - 1 or not words[i].replace("-", "").isalpha() or len(w) < 4:
            return None
        if words[i] in {m[0] for m in MEASURES.values()}:
            return None
    lost = words[len(kept):]
    if lost and lost != [vintage_token]:
        return None
    return " ".join(kept), not lost


def render_l(fam: str, text: str, measure: str, vintage: int | None) -> tuple[str, bool] | None:
    word, before, _, _ = MEASURES[measure]
    core = strip_accents(text).upper().replace("'", " ").replace("’", " ")
    parts = [L_FAM[fam] + (word + " " if before and word else "") + core]
    if word and not before:
        parts.append(word)
    vtok = f"{vintage % 100:02d}" if vintage else ""
    if vtok:
        parts.append(vtok)
    return _cut(" ".join(parts), L_WIDTH, vtok)


def render_t(rng: random.Random, fam: str, text: str, measure: str,
             vintage: int | None) -> str:
    core = text
    words = core.split(" ")
    if len(words) >= 2 and rng.random() < 0.15:
        i = rng.randrange(len(words) - 1)
        if words[i].isalpha() and words[i + 1].isalpha() and min(map(len, words[i:i + 2])) > 2:
            words[i:i + 2] = [words[i] + words[i + 1][:1].upper() + words[i + 1][1:]]
        core = " ".join(words)
    parts = [f"{T_FAM[fam]} > {core}"]
    if vintage:
        parts.append(f"'{vintage % 100:02d}" if rng.random() < 0.5 else str(vintage))
    if MEASURES[measure][2]:
        parts.append(MEASURES[measure][2])
    parts.append(price(rng, measure, fam))
    return " ".join(parts)


def render_r(rng: random.Random, fam: str, text: str, measure: str,
             vintage: int | None) -> tuple[str, bool] | None:
    core = strip_accents(text) if rng.random() < 0.3 else text
    word = MEASURES[measure][3]
    vtok = str(vintage) if vintage else ""
    label = " ".join(p for p in (word, core, vtok) if p)
    cut = _cut(label, R_WIDTH, vtok)
    if cut is None:
        return None
    return cut[0] + " " + price(rng, measure, fam), cut[1]
