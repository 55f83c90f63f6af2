"""La Marée (Fécamp): the three tills' rendering habits and their reading back.

A keyed product is (measure code, vintage, text, family). Measure codes:
''  a bottle in the drink's ordinary size (75 cl for wines; a drink's only size)
h   half bottle 37.5 cl     m  magnum 150 cl     b33 / b50 / b100  bottle of that size
g   glass 12.5 cl           g12 / g15  glass of 12 / 15 cl
c25 / c50  carafe 25 / 50 cl
d   dose 4 cl               d2 / d6  pour of 2 / 6 cl
f   flute 12.5 cl           bo  bolée 25 cl (cider, poiré)
dm  draught demi 25 cl      pt  draught pinte 50 cl
x   no measure (food, coffee, services)
"""
import hashlib
import re
import unicodedata

MEASURES = {
    "": ("bottle", None), "h": ("bottle", 37.5), "m": ("bottle", 150),
    "b33": ("bottle", 33), "b50": ("bottle", 50), "b100": ("bottle", 100),
    "g": ("pour", 12.5), "g12": ("pour", 12), "g15": ("pour", 15),
    "c25": ("pour", 25), "c50": ("pour", 50), "d": ("pour", 4), "d2": ("pour", 2),
    "d6": ("pour", 6), "f": ("pour", 12.5), "bo": ("pour", 25),
    "dm": ("draught", 25), "pt": ("draught", 50), "x": (None, None),
}

# families: code -> (tablet family name, is wine)
FAMILIES = {
    "VB": ("Vins blancs", True), "VR": ("Vins rouges", True), "VRS": ("Vins rosés", True),
    "CH": ("Champagnes & bulles", True), "CI": ("Cidres & poirés", False),
    "CA": ("Calvados", False), "AP": ("Apéritifs", False), "DG": ("Digestifs", False),
    "BI": ("Bières", False), "SO": ("Sans alcool", False), "CU": ("Cuisine", False),
    "DE": ("Desserts", False), "CF": ("Cafés & thés", False), "DV": ("Divers", False),
    "CO": ("Cocktails", False),
}


def family_of(drink):
    key, name, colour, cat = drink[0], drink[1], drink[6], drink[7]
    if cat == "champagne" or colour == "effervescent":
        return "CH"
    if cat == "vin":
        return {"rouge": "VR", "rosé": "VRS"}.get(colour, "VB")
    if cat == "bière":
        return "BI"
    if cat == "soft":
        return "SO"
    if name.startswith("Calvados"):
        return "CA"
    if name.startswith(("Cidre", "Poiré")):
        return "CI"
    if key in ("dupont_pommeau", "ricard", "suze", "martini", "lillet"):
        return "AP"
    return "DG"


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def ascii_plain(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def yy(v):
    return "%02d" % (v % 100)


# ---------------------------------------------------------------- bar
# The counter register (old cash register): PLU number, 18-column article name in
# ASCII capitals: measure word first, the owner's short form, vintage as 2 digits last.
BAR_WORDS = {"": "", "h": "1/2", "m": "MAG", "b33": "33CL", "b50": "50CL",
             "b100": "1L", "g": "VR", "g12": "VR12", "g15": "VR15", "c25": "CAR25",
             "c50": "CAR50", "d": "DOSE", "d2": "2CL", "d6": "6CL", "f": "FLUTE",
             "bo": "BOLEE", "dm": "DEMI", "pt": "PINTE", "x": ""}
BAR_WIDTH = 18


def plu(*parts):
    h = hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()
    return 100 + int(h, 16) % 900


def render_bar(meas, vintage, text, family):
    parts = [BAR_WORDS[meas], ascii_upper(text), yy(vintage) if vintage else ""]
    full = " ".join(p for p in parts if p)
    name = full[:BAR_WIDTH].rstrip()
    return "%03d %s" % (plu(meas, text, str(vintage)), name), full != name


def read_bar(label):
    toks = label.split()
    words = {v: k for k, v in BAR_WORDS.items() if v}
    tok = toks[1] if len(toks) > 1 and toks[1] in words else ""
    vint = None
    if len(toks) > 2 and re.fullmatch(r"\d\d", toks[-1]):
        vint = 2000 + int(toks[-1]) if int(toks[-1]) < 40 else 1900 + int(toks[-1])
    return tok, vint


# ---------------------------------------------------------------- salle
# The dining-room tablet: "Family > Product 2022 (Variant)", mixed case, accents.
SALLE_VARIANTS = {"": "Bouteille", "h": "Demi-bouteille", "m": "Magnum", "b33": "33cl",
                  "b50": "Bouteille 50cl", "b100": "Bouteille 1L", "g": "Verre",
                  "g12": "Verre 12cl", "g15": "Verre 15cl", "c25": "Carafe 25cl",
                  "c50": "Carafe 50cl", "d": "Dose", "d2": "Dose 2cl", "d6": "Dose 6cl",
                  "f": "Flûte", "bo": "Bolée", "dm": "Demi", "pt": "Pinte", "x": ""}


def render_salle(meas, vintage, text, family):
    s = "%s > %s" % (FAMILIES[family][0], text)
    if vintage:
        s += " %d" % vintage
    if SALLE_VARIANTS[meas]:
        s += " (%s)" % SALLE_VARIANTS[meas]
    return s, False


def read_salle(label):
    m = re.fullmatch(r"([^>]+) > (.+?)(?: \(([^()]+)\))?", label)
    prod, var = m.group(2), m.group(3) or ""
    words = {v: k for k, v in SALLE_VARIANTS.items() if v}
    tok = var if var in words else ""
    v = re.search(r" ((?:19|20)\d\d)$", prod)
    return tok, int(v.group(1)) if v else None


# ---------------------------------------------------------------- terrasse
# The terrace handhelds (bilingual receipts for the ferry tourists): English measure
# word, the product glued in CamelCase, vintage as 'yy glued at the end; 20 columns.
TERR_WORDS = {"": "", "h": "Half", "m": "Mag", "b33": "33cl", "b50": "50cl",
              "b100": "1L", "g": "Gls", "g12": "Gls12", "g15": "Gls15", "c25": "Jug25",
              "c50": "Jug50", "d": "Shot", "d2": "2cl", "d6": "6cl", "f": "Flute",
              "bo": "Bowl", "dm": "Half", "pt": "Pint", "x": ""}
TERR_WIDTH = 20


def render_terrasse(meas, vintage, text, family):
    word = TERR_WORDS[meas]
    if meas == "" and FAMILIES[family][1]:
        word = "Btl"
    body = ascii_plain(text) + ("'" + yy(vintage) if vintage else "")
    full = (word + " " + body) if word else body
    s = full[:TERR_WIDTH].rstrip()
    return s, full != s


def read_terrasse(label):
    toks = label.split(" ", 1)
    words = set(TERR_WORDS.values()) | {"Btl"}
    tok = toks[0] if len(toks) > 1 and toks[0] in words else ""
    m = re.search(r"'(\d\d)$", label)
    vint = None
    if m:
        n = int(m.group(1))
        vint = 2000 + n if n < 40 else 1900 + n
    return tok, vint


def partial_vintage(till, label):
    """A cut that left part of a vintage on the label."""
    if till == "bar":
        return bool(re.search(r" \d$", label))
    if till == "terrasse":
        return bool(re.search(r"'\d?$", label))
    return False


TILLS = {
    "bar": (render_bar, read_bar, BAR_WORDS),
    "salle": (render_salle, read_salle, SALLE_VARIANTS),
    "terrasse": (render_terrasse, read_terrasse, TERR_WORDS),
}


def measure_from_token(till, tok, family):
    """Map the measure word read back to a measure code, given the product family."""
    words = TILLS[till][2]
    if tok == "":
        return ""
    if till == "terrasse" and tok == "Btl":
        return ""
    if till == "terrasse" and tok == "Half":
        return "h" if FAMILIES[family][1] else "dm"
    for k, v in words.items():
        if v == tok and k not in ("x",):
            return k
    raise ValueError(tok)
