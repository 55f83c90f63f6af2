"""The three tills of Le Zinc Farouche and how each prints a product.

G  bar tablet ("l'ardoise"): lower case, no accents, the staff's shorthand, vintage as
   'yy after the name, the measure after it, then the price as @9.50 (dot decimal).
R  old register at the zinc: upper case, no accents or apostrophes, a two-letter family
   and '#', the grower FIRST then the cuvee, serving words before the grower, bar
   measures after the cuvee, two-digit vintage last; every label cut at 25 characters.
   A product whose cut would lose more than the vintage and the end of the last word
   (four letters kept) is typed on the tablet G instead.
K  cave a emporter (take-away shop) app: as typed with accents, fields joined by ' — ':
   cuvee — grower — vintage (yyyy, or NM for a non-vintage drink) — format in cl
   (always printed; 'unité' for a non-drink).
"""

import unicodedata
import zlib

R_WIDTH = 25

# measure code -> (kind, value). kind: 'btl' (a bottle of format value, None = default),
# 'pour' (volume in cl poured from the ordinary bottle), 'draught' (cl from the keg).
MEASURES = {
    None: ("btl", None),
    "btl": ("btl", None),
    "mag": ("btl", 150),
    "half": ("btl", 37.5),
    "62": ("btl", 62),
    "75": ("btl", 75),
    "33": ("btl", 33),
    "37.5": ("btl", 37.5),
    "27.5": ("btl", 27.5),
    "1l": ("btl", 100),
    "50": ("btl", 50),
    "70": ("btl", 70),
    "100": ("btl", 100),
    "gl": ("pour", 12.5),
    "gl10": ("pour", 10),
    "cp": ("pour", 12.5),
    "car25": ("pour", 25),
    "car50": ("pour", 50),
    "dose": ("pour", 4),
    "2cl": ("pour", 2),
    "6cl": ("pour", 6),
    "demi": ("draught", 25),
    "pinte": ("draught", 50),
    "unit": ("item", None),
}

G_WORD = {
    None: "",
    "btl": "btl",
    "mag": "mag",
    "half": "1/2",
    "62": "62cl",
    "75": "75cl",
    "33": "33cl",
    "37.5": "37,5cl",
    "27.5": "27,5cl",
    "1l": "1l",
    "50": "50cl",
    "70": "70cl",
    "100": "1l",
    "gl": "gl",
    "gl10": "gl10",
    "cp": "coupe",
    "car25": "car25",
    "car50": "car50",
    "dose": "dose",
    "2cl": "2cl",
    "6cl": "6cl",
    "demi": "demi",
    "pinte": "pinte",
    "unit": "",
}
R_PRE = {
    "btl": "BTL",
    "mag": "MAG",
    "half": "1/2",
    "gl": "VRE",
    "gl10": "VRE10",
    "cp": "CP",
    "car25": "CAR25",
    "car50": "CAR50",
}
R_POST = {
    "62": "62CL",
    "75": "75CL",
    "33": "33CL",
    "37.5": "37.5CL",
    "27.5": "27.5CL",
    "1l": "1L",
    "100": "1L",
    "50": "50CL",
    "70": "70CL",
    "dose": "DOSE",
    "2cl": "2CL",
    "6cl": "6CL",
    "demi": "DEMI",
    "pinte": "PINTE",
}
K_FMT = {
    150: "150cl",
    75: "75cl",
    62: "62cl",
    37.5: "37,5cl",
    100: "100cl",
    33: "33cl",
    27.5: "27,5cl",
    70: "70cl",
    50: "50cl",
    2000: "20L",
    3000: "30L",
}

R_FAMILIES = ("RG", "BL", "OR", "RS", "BU", "CI", "BI", "AP", "SP", "SA", "CU", "CA", "DV")


def plain(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("’", "'")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


PRICE_CLASS = {
    "wine": (29, 65),
    "cid": (18, 32),
    "beer": (6, 9),
    "lambic": (12, 18),
    "spirit": (45, 80),
    "soft": (4, 7),
    "food": (7, 16),
    "cafe": (2, 5),
    "ckt": (9, 13),
    "srv": (2, 5),
}
PRICE_POUR = {
    "gl": (6, 12),
    "gl10": (5, 10),
    "cp": (9, 15),
    "car25": (11, 17),
    "car50": (20, 32),
    "dose": (7, 12),
    "2cl": (4, 7),
    "6cl": (6, 9),
    "demi": (4, 5),
    "pinte": (7, 9),
    "mag": (70, 120),
    "half": (22, 35),
}


def price(text, measure, cls):
    """A deterministic price for the tablet: by measure for pours, else by class."""
    lo, hi = PRICE_POUR.get(measure) or PRICE_CLASS[cls]
    h = zlib.crc32(text.encode("utf-8"))
    return "%d.%s" % (lo + h % (hi - lo + 1), ("00", "50", "00", "90")[(h >> 8) % 4])


def render_g(text, measure, vintage, cls="wine"):
    parts = [plain(text).lower()]
    if vintage:
        parts.append("'%02d" % (vintage % 100))
    w = G_WORD[measure]
    if w:
        parts.append(w)
    body = " ".join(parts)
    return f"{body} @{price(body, measure, cls)}"


def render_r(fam, text, measure, vintage):
    """Returns (label, vintage_cut) or None when the cut would lose too much."""
    head = fam + "#" + (R_PRE[measure] + " " if measure in R_PRE else "")
    core = plain(text).upper().replace("'", "")
    post = " " + R_POST[measure] if measure in R_POST else ""
    tail = " %02d" % (vintage % 100) if vintage else ""
    full = head + core + post + tail
    if len(full) <= R_WIDTH:
        return full, False
    cut = full[:R_WIDTH].rstrip()
    if len(head + core + post) <= R_WIDTH:
        if cut == head + core + post:
            return cut, bool(tail)
        return None  # a digit of the vintage would stay
    if post:
        return None  # the measure would be lost
    words = core.split(" ")
    kept = head + " ".join(words[:-1])
    last = words[-1]
    rest = cut[len(kept) :].strip()
    if (
        len(words) > 1
        and cut.startswith(kept + " ")
        and len(rest) >= 4
        and last.startswith(rest)
        and not any(ch.isdigit() for ch in last)
    ):
        return cut, bool(tail)
    return None


def render_k(text, fmt, vintage):
    fields = [text]
    if vintage == "NM" or vintage:
        fields.append(vintage if vintage == "NM" else str(vintage))
    fields.append(K_FMT.get(fmt, "unité") if fmt != "unit" else "unité")
    return " — ".join(fields)
