"""The three tills of the estaminet and how each renders what the staff typed.

R  counter register: upper case, no accents, apostrophes dropped, hyphens as spaces; the
   measure code first (GALOPIN, DEMI, SERIEUX, FORMIDABLE on draught; BTL25 / BTL33 /
   BTL37.5 / BTL75 / BTL20 / BTL50 / BTL70 / BTL1L on bottles; BTL, 1/2, MAG, VRE, CAR25,
   CAR50, CP on wines; 2CL / 4CL on spirits); no family; numbers of names glued to the
   word before (WESTVLETEREN12, MAREDSOUS8); two-digit vintage last; cut at 25 characters.
T  bar tablet: every line starts with the quantity "1x "; lower case as typed, accents
   dropped on about a third of the buttons, two words sometimes glued; four-digit vintage
   after the name; the measure last, bottle sizes bare (25, 33, 37,5, 75, 20, 50, 70, 1l),
   draught as demi / pinte / galopin, wine as btl, demi-btl, magnum, verre, carafe 25,
   carafe 50, coupe; spirits as 2cl / 4cl / dose.
K  terrace kiosk export: "CATEGORY/Product" with the category in capitals (accents kept),
   a slash and no space, the product in its menu spelling; the vintage after the name; the
   measure after " - " spelt out with its volume ("Demi 25cl", "Bouteille 33cl").
"""

import random
import unicodedata

WIDTH_R = 25

R_MEAS = {
    "galopin": "GALOPIN",
    "demi": "DEMI",
    "serieux": "SERIEUX",
    "formidable": "FORMIDABLE",
    "b20": "BTL20",
    "b25": "BTL25",
    "b33": "BTL33",
    "b37.5": "BTL37.5",
    "b50": "BTL50",
    "b70": "BTL70",
    "b75": "BTL75",
    "b100": "BTL1L",
    "btl": "BTL",
    "half": "1/2",
    "mag": "MAG",
    "verre": "VRE",
    "carafe25": "CAR25",
    "carafe50": "CAR50",
    "coupe": "CP",
    "2cl": "2CL",
    "4cl": "4CL",
    "": "",
}
T_MEAS = {
    "galopin": "galopin",
    "demi": "demi",
    "pinte": "pinte",
    "serieux": "pinte",
    "formidable": "formidable",
    "b20": "20",
    "b25": "25",
    "b33": "33",
    "b37.5": "37,5",
    "b50": "50",
    "b70": "70",
    "b75": "75",
    "b100": "1l",
    "btl": "btl",
    "half": "demi-btl",
    "mag": "magnum",
    "verre": "verre",
    "carafe25": "carafe 25",
    "carafe50": "carafe 50",
    "coupe": "coupe",
    "2cl": "2cl",
    "4cl": "4cl",
    "dose": "dose",
    "": "",
}
K_MEAS = {
    "galopin": "Galopin 12,5cl",
    "demi": "Demi 25cl",
    "pinte": "Pinte 50cl",
    "serieux": "Sérieux 50cl",
    "formidable": "Formidable 1L",
    "b20": "Bouteille 20cl",
    "b25": "Bouteille 25cl",
    "b33": "Bouteille 33cl",
    "b37.5": "Bouteille 37,5cl",
    "b50": "Bouteille 50cl",
    "b70": "Bouteille 70cl",
    "b75": "Bouteille 75cl",
    "b100": "Bouteille 1L",
    "btl": "Bouteille",
    "half": "Demi-bouteille 37,5cl",
    "mag": "Magnum 150cl",
    "verre": "Verre",
    "carafe25": "Carafe 25cl",
    "carafe50": "Carafe 50cl",
    "coupe": "Coupe",
    "2cl": "Shot 2cl",
    "4cl": "Shot 4cl",
    "dose": "Shot 4cl",
    "": "",
}
K_CATS = {
    "pression": "PRESSIONS",
    "bouteille": "BOUTEILLES",
    "trappiste": "TRAPPISTES & ABBAYES",
    "genievre": "GENIÈVRES",
    "spiritueux": "DIGESTIFS",
    "rouge": "VINS ROUGES",
    "blanc": "VINS BLANCS",
    "rose": "VINS ROSÉS",
    "bulles": "BULLES",
    "cidre": "CIDRES",
    "soft": "SANS ALCOOL",
    "cafe": "CAFÉS",
    "cuisine": "CUISINE",
    "divers": "DIVERS",
    "cocktail": "APÉROS & MÉLANGES",
}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def r_core(text):
    s = strip_accents(text).upper().replace("'", "").replace("-", " ").replace("’", "")
    return " ".join(s.split())


def render_r(core, meas, vintage):
    """Return (label, vintage_kept) or None when the register's cut would lose too much."""
    head = R_MEAS[meas]
    name = r_core(core)
    base = (head + " " + name).strip()
    full = base + (" %02d" % (vintage % 100) if vintage else "")
    if len(full) <= WIDTH_R:
        return full, vintage
    if len(base) <= WIDTH_R:
        return base, None  # the vintage falls off whole
    words = base.split(" ")
    cut = base[:WIDTH_R]
    kept = cut.split(" ")
    if len(kept) < len(words) or cut.endswith(" "):
        return None  # a whole word would be lost
    last = kept[-1]
    if len(last) < 4 or any(ch.isdigit() for ch in words[-1]) or any(ch.isdigit() for ch in last):
        return None
    return cut, None


def render_t(core, meas, vintage, rng):
    s = core.lower()
    if rng.random() < 0.33:
        s = strip_accents(s)
    words = s.split()
    if len(words) >= 3 and rng.random() < 0.15:
        i = rng.randrange(len(words) - 1)
        if not any(ch.isdigit() for ch in words[i] + words[i + 1]):
            words[i : i + 2] = [words[i] + words[i + 1]]
    s = " ".join(words)
    if vintage:
        s += " %d" % vintage
    m = T_MEAS[meas]
    if m:
        s += " " + m
    return "1x " + s, vintage


def render_k(core, meas, vintage, cat):
    s = K_CATS[cat] + "/" + core
    if vintage:
        s += " %d" % vintage
    m = K_MEAS[meas]
    if m:
        s += " - " + m
    return s, vintage


def new_rng(seed):
    return random.Random(seed)
