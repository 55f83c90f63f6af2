"""The three tills of "Le Comptoir de la Doutre" and how each prints a product.

caisse    counter register: SKU code (appellation or family, hyphen, colour or
          kind), serving word, the register's short name, two-digit vintage;
          the whole line is cut hard at CAISSE_WIDTH columns.
tablette  waiters' tablet: the button as typed (lower case, accents, dotted or
          glued words), vintage as 'yy, the measure spelt out, a price with a
          decimal comma glued to the euro sign.
boutique  click-and-collect shop export: "Rayon > Produit > Variation" with the
          shop's attribute pairs ("Millésime : 2020, Contenance : 75 cl").
"""

import hashlib
import unicodedata

CAISSE_WIDTH = 26

# Measure codes used in the specs: (kind, volume in cl). kind: bottle, pour,
# dose, draught; "x" is no drink (food, coffee, service, cocktail).
MEASURES = {
    "": ("bottle", None),      # a wine's ordinary 75 cl bottle
    "half": ("bottle", 37.5),
    "mag": ("bottle", 150),
    "b50": ("bottle", 50),
    "b75": ("bottle", 75),
    "b33": ("bottle", 33),
    "b25": ("bottle", 25),
    "b70": ("bottle", 70),
    "b100": ("bottle", 100),
    "keg30": ("bottle", 3000),
    "keg20": ("bottle", 2000),
    "v": ("pour", 12.5),
    "v15": ("pour", 15),
    "c25": ("pour", 25),
    "c50": ("pour", 50),
    "cp": ("pour", 12.5),
    "d2": ("dose", 2),
    "d4": ("dose", 4),
    "demi": ("draught", 25),
    "pinte": ("draught", 50),
    "x": ("x", None),
}

# --- caisse -----------------------------------------------------------------

APPELLATION_CODE = {
    "Muscadet Sèvre et Maine": "MUS",
    "Muscadet Sèvre et Maine Monnières-Saint-Fiacre": "MUS",
    "Anjou": "ANJ",
    "Savennières": "SAV",
    "Rosé de Loire": "RDL",
    "Coteaux du Layon": "LAY",
    "Coteaux du Layon Premier Cru Chaume": "CHA",
    "Anjou Villages Brissac": "AVB",
    "Coteaux de l'Aubance": "AUB",
    "Cabernet d'Anjou": "CAB",
    "Crémant de Loire": "CRL",
    "Quarts de Chaume": "QDC",
    "Saumur-Champigny": "SCH",
    "Saumur": "SAU",
    "Chinon": "CHI",
    "Bourgueil": "BGL",
    "Saint-Nicolas-de-Bourgueil": "SNB",
    "Vouvray": "VOU",
    "Montlouis-sur-Loire": "MTL",
    "Sancerre": "SAN",
    "Pouilly-Fumé": "PFU",
    "Champagne": "CHP",
    "Pessac-Léognan": "PES",
    "Côte-Rôtie": "CRO",
}
COLOUR_CODE = {"rouge": "RG", "blanc": "BL", "rosé": "RS",
               "liquoreux": "LQ", "effervescent": "EF"}
# Families that are not wines (the second half says the kind).
NONWINE_FAMILIES = ("SPI", "BIE", "SFT", "CUI", "CAF", "CKT", "SRV")
SPIRIT_KIND = {"cointreau": "LQ", "menthe": "LQ", "guignolet": "LQ",
               "dudo_reserve": "CG", "dudo_napoleon": "CG", "edradour": "WH"}
SOFT_KIND = {"perrier": "EA", "st_amand": "EA", "coca": "SO", "fanta": "SO",
             "jus_pomme": "SO"}

CAISSE_PRE = {"half": "1/2", "mag": "MAG", "b50": "50CL", "b75": "75CL",
              "v": "VRE", "v15": "VRE15", "c25": "CAR25", "c50": "CAR50",
              "cp": "CP"}
CAISSE_POST = {"d2": "2CL", "d4": "4CL", "demi": "DEMI", "pinte": "PINTE",
               "b33": "33CL", "b25": "25CL", "b50": "50CL", "b70": "70CL",
               "b100": "1L"}


def sku(row, measure):
    """The register's SKU for a drink row of loire_drinks.DRINKS."""
    key, category, colour, app = row[0], row[7], row[6], row[3]
    if category in ("vin", "champagne"):
        return APPELLATION_CODE[app] + "-" + COLOUR_CODE[colour]
    if category == "spiritueux":
        return "SPI-" + SPIRIT_KIND[key]
    if category == "bière":
        return "BIE-PR" if MEASURES[measure][0] == "draught" else "BIE-BT"
    return "SFT-" + SOFT_KIND[key]


def is_wine_sku(code):
    return code.split("-")[0] not in NONWINE_FAMILIES


def caisse_parts(code, measure, name, yy):
    """The register line before the cut, as a list of (part, text)."""
    parts = [("sku", code)]
    wine = is_wine_sku(code)
    if wine and measure in CAISSE_PRE:
        parts.append(("pre", CAISSE_PRE[measure]))
    parts.append(("name", name))
    if not wine and measure in CAISSE_POST:
        parts.append(("post", CAISSE_POST[measure]))
    if yy is not None:
        parts.append(("vintage", "%02d" % (yy % 100)))
    return parts


# --- tablette -----------------------------------------------------------------

TABLET_MEASURE = {"": "bouteille", "half": "fillette", "mag": "magnum",
                  "b50": "bouteille 50cl", "b75": "bouteille 75cl",
                  "v": "verre", "v15": "verre 15cl", "c25": "pichet 25cl",
                  "c50": "pichet 50cl", "cp": "coupe", "d2": "2cl",
                  "d4": "4cl", "demi": "demi", "pinte": "pinte",
                  "b33": "33cl", "b25": "25cl", "b70": "70cl", "b100": "1l"}
# price ranges in euros by measure (low, high), drawn from an MD5 of the line
PRICE_RANGE = {"": (26, 78), "half": (15, 36), "mag": (58, 150),
               "b50": (34, 70), "b75": (30, 60), "v": (5, 12), "v15": (7, 15),
               "c25": (9, 16), "c50": (17, 28), "cp": (8, 13),
               "d2": (4, 8), "d4": (6, 13), "demi": (3, 5), "pinte": (6, 9),
               "b33": (4, 7), "b25": (3, 5), "b70": (35, 70),
               "b100": (4, 7), "x": (4, 18)}


def md5_int(text):
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16)


# what is no drink has its own price band on the tablet
PRICE_HINTS = {"carafe d'eau": (0, 0), "diabolo menthe": (3, 5),
               "café gourmand": (8, 11), "kir pétillant": (7, 10),
               "rillettes maison": (7, 12), "pâté aux prunes": (6, 9)}


def price(text, measure):
    base = text.split(" '")[0]
    low, high = PRICE_HINTS.get(base, PRICE_RANGE[measure])
    steps = int((high - low) * 2) + 1
    value = low + (md5_int(text) % steps) / 2
    return ("%.2f" % value).replace(".", ",") + "€"


def tablette_label(text, measure, yy):
    words = [text]
    if yy is not None:
        words.append("'%02d" % (yy % 100))
    if measure != "x":
        words.append(TABLET_MEASURE[measure])
    body = " ".join(words)
    return body + " " + price(body, measure)


# --- boutique -----------------------------------------------------------------

CONTENANCE = {"": "75 cl", "half": "37,5 cl", "mag": "150 cl", "b50": "50 cl",
              "b75": "75 cl", "b33": "33 cl", "b25": "25 cl", "b70": "70 cl",
              "b100": "100 cl", "keg30": "fût 30 L", "keg20": "fût 20 L"}
RAYONS = ("Vins blancs de Loire", "Vins rouges de Loire", "Rosés de Loire",
          "Moelleux & liquoreux", "Fines bulles", "Vins d'ailleurs",
          "Liqueurs & spiritueux", "Bières d'Anjou", "Sans alcool",
          "Épicerie fine", "Coffrets", "Services")


def rayon(row):
    category, colour, region, app = row[7], row[6], row[4], row[3]
    if category == "champagne" or colour == "effervescent" or (
            colour == "rosé" and app.startswith("Crémant")):
        return "Fines bulles"
    if category == "vin" and region != "Loire":
        return "Vins d'ailleurs"
    if category == "vin":
        return {"blanc": "Vins blancs de Loire",
                "rouge": "Vins rouges de Loire",
                "rosé": "Rosés de Loire",
                "liquoreux": "Moelleux & liquoreux"}[colour]
    return {"spiritueux": "Liqueurs & spiritueux", "bière": "Bières d'Anjou",
            "soft": "Sans alcool"}[category]


def variation(measure, yyyy):
    pairs = []
    if yyyy is not None:
        pairs.append("Millésime : %d" % yyyy)
    pairs.append("Contenance : " + CONTENANCE[measure])
    return ", ".join(pairs)


def boutique_label(category, product, measure, yyyy, var=None):
    return " > ".join([category, product, var or variation(measure, yyyy)])


def ascii_upper(text):
    """What the register can print: capitals, no accent, no apostrophe."""
    norm = unicodedata.normalize("NFKD", text)
    norm = "".join(c for c in norm if not unicodedata.combining(c))
    return norm.replace("'", " ").replace("’", " ").upper()
