"""The three tills of La Paillote des Salins and their habits.

H  beach handheld (waiters on the sand): UPPER CASE without accents or apostrophes; the
   measure ALWAYS first, bottles included (BTL, MAG, JERO, MATHU, 1/2 or 37.5, VRE, VRE15,
   CAR50, CP, DOSE, 2CL, 6CL, DEMI, PINTE, 33CL, 25CL, 50CL, 1L, 70CL, 20CL); estate names
   shortened by the staff (OTT MIREILLE, RSE, BLC, RGE); the text field holds 22 characters
   (cut mid-word if four letters of the last word remain); the vintage is a separate field
   printed after it in parentheses, two digits: ` (23)`. No price.
T  bar tablet: lower case, no accents, no emoji; the name, the vintage in four digits, the
   measure spelt after it (verre, verre 15cl, carafe 50cl, coupe, magnum, jeroboam,
   mathusalem, 37.5cl, dose, 2cl, 6cl, demi, pinte, 33cl, 1l, 70cl), then ` @ ` and a price
   with a decimal point (`@ 9.5`, `@ 145`).
R  dining-room register: UPPER CASE without accents or apostrophes; the measure first in
   full words for everything but the 75 cl bottle (MAGNUM, JEROBOAM, MATHUSALEM, DEMI,
   VERRE, VERRE 15CL, CARAFE 50CL, COUPE, DOSE, DEMI and PINTE on beers, 33CL, 1L); the
   vintage as two digits at the end; the text is cut at 24 characters (a vintage that does
   not fit whole is dropped; the last word may be cut if four letters remain); then a space,
   `#` and the four-digit article code, whose first digit is the family
   (1 rosés, 2 whites, 3 reds, 4 champagnes and sparkling, 5 apéritifs, anisés and spirits,
   6 beers, 7 waters and softs, 8 kitchen and ice creams, 9 services).
A product whose cut would lose a whole word, cut into a number or leave fewer than four
letters of its last word was created on the tablet instead (it becomes a T label).
"""

import hashlib
import unicodedata

H_WIDTH = 22
R_WIDTH = 24

H_MEASURE = {
    "btl": "BTL",
    "mag": "MAG",
    "jero": "JERO",
    "mathu": "MATHU",
    "half": "1/2",
    "vre": "VRE",
    "v15": "VRE15",
    "car50": "CAR50",
    "cp": "CP",
    "dose": "DOSE",
    "2cl": "2CL",
    "6cl": "6CL",
    "demi": "DEMI",
    "pinte": "PINTE",
    "cl20": "20CL",
    "cl25": "25CL",
    "cl33": "33CL",
    "cl50": "50CL",
    "cl70": "70CL",
    "cl100": "1L",
    "": "",
}
T_MEASURE = {
    "btl": "",
    "mag": "magnum",
    "jero": "jeroboam",
    "mathu": "mathusalem",
    "half": "37.5cl",
    "vre": "verre",
    "v15": "verre 15cl",
    "car50": "carafe 50cl",
    "cp": "coupe",
    "dose": "dose",
    "2cl": "2cl",
    "6cl": "6cl",
    "demi": "demi",
    "pinte": "pinte",
    "cl20": "20cl",
    "cl25": "25cl",
    "cl33": "33cl",
    "cl50": "50cl",
    "cl70": "70cl",
    "cl100": "1l",
    "": "",
}
R_MEASURE = {
    "btl": "",
    "mag": "MAGNUM",
    "jero": "JEROBOAM",
    "mathu": "MATHUSALEM",
    "half": "DEMI",
    "vre": "VERRE",
    "v15": "VERRE 15CL",
    "car50": "CARAFE 50CL",
    "cp": "COUPE",
    "dose": "DOSE",
    "2cl": "2CL",
    "6cl": "6CL",
    "demi": "DEMI",
    "pinte": "PINTE",
    "cl20": "20CL",
    "cl25": "25CL",
    "cl33": "33CL",
    "cl50": "50CL",
    "cl70": "70CL",
    "cl100": "1L",
    "": "",
}
FAMILY_DIGIT = {
    "rse": 1,
    "blc": 2,
    "rge": 3,
    "chp": 4,
    "ape": 5,
    "bie": 6,
    "sft": 7,
    "cui": 8,
    "div": 9,
}


def plain(text):
    """Accents off (œ → oe), as the tills print."""
    text = text.replace("œ", "oe").replace("Œ", "OE")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _cut(text, width):
    """Cut `text` at `width`, or None if the cut breaks a till rule."""
    if len(text) <= width:
        return text
    kept = text[:width]
    if text[width] == " ":
        return None  # a whole word would be lost
    if " " not in kept:
        return None
    head, last = kept.rsplit(" ", 1)
    full_last = text[len(head) + 1 :].split(" ")[0]
    if len(text) > len(head) + 1 + len(full_last):
        return None  # a whole word after the cut one would be lost
    if len(last) < 4 or any(c.isdigit() for c in full_last):
        return None
    return kept


def render_h(measure, vintage, text):
    word = H_MEASURE[measure]
    if measure == "half" and int(hashlib.md5(text.encode()).hexdigest(), 16) % 2:
        word = "37.5"  # the handheld has both buttons
    body = plain((word + " " + text).strip()).upper().replace("'", " ")
    body = _cut(body, H_WIDTH)
    if body is None:
        return None, None
    vin_shown = vintage
    label = body + (" (%02d)" % (vintage % 100) if vintage else "")
    return label, vin_shown


def render_r(measure, vintage, text, code):
    name = plain((R_MEASURE[measure] + " " + text).strip()).upper().replace("'", " ")
    vin_shown = None
    if vintage:
        full = "%s %02d" % (name, vintage % 100)
        if len(full) <= R_WIDTH:
            return "%s #%04d" % (full, code), vintage
    body = _cut(name, R_WIDTH)
    if body is None:
        return None, None
    return "%s #%04d" % (body, code), vin_shown


def price(key, measure, category):
    """A deterministic price for the tablet."""
    h = int(hashlib.md5((key + "|" + measure).encode()).hexdigest()[:6], 16)
    base = {
        "vin": 48,
        "champagne": 120,
        "spiritueux": 110,
        "autre": 60,
        "bière": 7,
        "soft": 5,
        "cui": 14,
        "div": 20,
    }.get(category, 12)
    mult = {
        "mag": 2.3,
        "jero": 5.5,
        "mathu": 12,
        "half": 0.6,
        "vre": 0.2,
        "v15": 0.22,
        "car50": 0.65,
        "cp": 0.18,
        "dose": 0.06,
        "2cl": 0.04,
        "6cl": 0.09,
        "demi": 0.8,
        "pinte": 1.4,
    }.get(measure, 1)
    value = base * mult * (0.8 + (h % 60) / 100)
    value = round(value * 2) / 2 if value < 20 else float(round(value))
    if 1900 <= value < 2100:
        value += 150
    s = (f"{value:.1f}").rstrip("0").rstrip(".")
    return s


def render_t(measure, vintage, text, key, category):
    parts = [plain(text).lower()]
    if vintage:
        parts.append(str(vintage))
    if T_MEASURE[measure]:
        parts.append(T_MEASURE[measure])
    return " ".join(parts) + " @ " + price(key, measure, category), vintage
