"""The three tills of "La Chaîne du Vieux-Port" and how each renders a product.

A product typed on a till is (measure, vintage, text, extra).  Measures (internal codes):
B bottle (the 75 cl, or the drink's only format), H half 37.5, M magnum 150,
F25/F33/F50/F75/F100 a bottle of that size, G glass (12.5 cl), G8/G12/G14/G15 glass of
that volume, P25/P50 pichet, C coupe (12.5), D dose (4 cl), D2 2 cl, DEMI 25 cl and
PINTE 50 cl of draught, '' no measure (food, coffee, services).
"""
import hashlib
import json
import re

POUR_CL = {"G": 12.5, "G8": 8, "G12": 12, "G14": 14, "G15": 15, "P25": 25, "P50": 50,
           "C": 12.5, "D": 4, "D2": 2, "DEMI": 25, "PINTE": 50}
SIZE_CL = {"H": 37.5, "M": 150, "F25": 25, "F33": 33, "F50": 50, "F75": 75, "F100": 100}


def _h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)


# ---------------------------------------------------------------- CAISSE
# The old counter till (a 1990s electronic cash register) whose keys the former owner named
# himself: a three-digit PLU, the measure first in his own words, his abbreviations, ASCII
# capitals, two-digit vintage last, and the key text cut at 18 columns.
CAISSE_MEAS = {"B": "BT", "H": "1/2", "M": "MAG", "F100": "1L", "F50": "50CL", "G": "VR",
               "G8": "VR8", "G12": "VR12", "G15": "VR15", "P25": "PICH25", "P50": "PICH50",
               "C": "CP", "D": "DOSE", "D2": "2CL", "DEMI": "DEMI", "PINTE": "PINTE", "": ""}
CAISSE_WIDTH = 18


def render_caisse(meas, vint, text, extra):
    body = " ".join(x for x in (CAISSE_MEAS[meas], text, "%02d" % (vint % 100) if vint else "") if x)
    full = body
    body = body[:CAISSE_WIDTH].rstrip()
    plu = 100 + _h("caisse", text, meas) % 900
    return "%03d %s" % (plu, body), body != full


def read_caisse(label):
    body = label[4:]
    tok = body.split(" ")[0]
    meas = {v: k for k, v in CAISSE_MEAS.items() if v}.get(tok, "")
    m = re.search(r"(?<=\s)(\d\d)$", body)
    return meas, (2000 + int(m.group(1)) if m else None)


# ---------------------------------------------------------------- CLOUD
# The dining room's cloud till: each sale exported as a JSON object on one line, product
# name as the manager typed it in the back office (mixed case, accents, the vintage as four
# digits after the name), the variant chosen on the screen, and the unit price.
CLOUD_VAR = {"B": "Bouteille", "H": "Demi-bouteille", "M": "Magnum", "F25": "Bouteille 25cl",
             "F33": "Bouteille 33cl", "F50": "Bouteille 50cl", "F75": "Bouteille 75cl",
             "F100": "Bouteille 1L", "G": "Verre", "G8": "Verre 8cl", "G12": "Verre 12cl",
             "G14": "Verre 14cl", "G15": "Verre 15cl", "P25": "Pichet 25cl",
             "P50": "Pichet 50cl", "C": "Coupe", "D": "Dose 4cl", "D2": "Dose 2cl",
             "DEMI": "Demi 25cl", "PINTE": "Pinte 50cl", "": "Standard"}


CLOUD_PRICE = {"B": (2400, 6000), "H": (1500, 2500), "M": (6000, 9000), "G": (500, 600),
               "G12": (500, 500), "G14": (600, 700), "G15": (700, 1200), "P25": (900, 500),
               "P50": (1600, 900), "C": (900, 900), "D": (600, 900), "D2": (300, 200),
               "DEMI": (350, 200), "PINTE": (700, 300), "F25": (400, 200), "F33": (450, 350),
               "F50": (400, 200), "F75": (550, 200), "F100": (600, 200), "": (250, 2500)}


def render_cloud(meas, vint, text, extra):
    prod = text + (" %d" % vint if vint else "")
    base, spread = CLOUD_PRICE.get(meas, (450, 900))
    cents = base + _h("cloud", text, meas, vint) % spread
    cents -= cents % 50
    price = "%d.%02d" % divmod(cents, 100)
    return '{"produit":%s,"variante":"%s","prix":%s}' % (
        json.dumps(prod, ensure_ascii=False), CLOUD_VAR[meas], price), False


def read_cloud(label):
    d = json.loads(label)
    meas = {v: k for k, v in CLOUD_VAR.items()}[d["variante"]]
    m = re.search(r"\b((?:19|20)\d\d)\b", d["produit"])
    return meas, (int(m.group(1)) if m else None)


# ---------------------------------------------------------------- TERRASSE
# The summer terrace's handhelds: seasonal waiters pick a table, a short menu, an item (a
# 16-character button, ASCII, the vintage as 'yy when the manager put it on the button) and a
# size; the export adds the modifiers they tapped after a space, each starting with '+'.
TERR_SIZE = {"B": "btl", "H": "1/2 btl", "M": "magnum", "F25": "25cl", "F33": "33cl",
             "F50": "50cl", "F75": "75cl", "F100": "1L", "G": "verre", "G8": "verre 8cl",
             "G12": "verre 12cl", "G14": "verre 14cl", "G15": "verre 15cl", "P25": "pichet 25",
             "P50": "pichet 50", "C": "coupe", "D": "dose", "D2": "2cl", "DEMI": "demi",
             "PINTE": "pinte", "": "portion"}
TERR_WIDTH = 16


def render_terrasse(meas, vint, text, extra, menu):
    item = text + (" '%02d" % (vint % 100) if vint else "")
    full = item
    item = item[:TERR_WIDTH].rstrip()
    table = 1 + _h("terrasse", menu, text, meas, vint) % 38
    lab = "T%02d %s>%s>%s" % (table, menu, item, TERR_SIZE[meas])
    if extra:
        lab += " " + extra
    return lab, item != full


def read_terrasse(label):
    parts = label[4:].split(">")
    size = parts[2].split(" +")[0]
    meas = {v: k for k, v in TERR_SIZE.items()}[size]
    m = re.search(r"'(\d\d)$", parts[1])
    return meas, (2000 + int(m.group(1)) if m else None)


def terr_menu(colour, category, fmt):
    if category == "champagne" or colour == "effervescent":
        return "BULLES"
    if category == "vin":
        return {"rouge": "ROUGES", "rosé": "ROSES", "blanc": "BLANCS", "liquoreux": "BLANCS"}[colour]
    if category == "bière":
        return "PRESSION" if fmt >= 2000 else "BIERES"
    if category == "spiritueux":
        return "DIGEOS"
    if category == "autre":
        return "APEROS"
    return "SOFTS"
