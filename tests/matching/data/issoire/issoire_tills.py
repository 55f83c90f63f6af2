"""How each of the three tills of L'Auberge de la Couze renders a sale, and how the
vintage is read back from the rendered label."""
import re
import unicodedata

POURS = {"vre": 12.5, "v12": 12, "v15": 15, "c25": 25, "c50": 50,
         "dose": 4, "2cl": 2, "demi": 25, "pinte": 50}
BOTTLES = {"btl", "half", "mag", "b25", "b33", "b50", "b70", "b75", "b100"}
SIZE = {"b25": 25, "b33": 33, "b50": 50, "b70": 70, "b75": 75, "b100": 100}


def ascii_(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---- caisse: the main till at the counter. Capitals, a 16-column article, then /CODE
CAISSE_WIDTH = 16
CAISSE_PREFIX = {"half": "1/2 ", "mag": "MAG "}
CAISSE_SIZE = {"b25": "25CL", "b33": "33CL", "b50": "50CL", "b70": "70CL", "b75": "75CL", "b100": "1L"}
CAISSE_CODE = {"vre": "VRE", "v15": "V15", "c25": "C25", "c50": "C50",
               "dose": "DOSE", "2cl": "2CL", "demi": "DEMI", "pinte": "PINT"}


def render_caisse(text, meas, vintage, fmt=None, category=None):
    art = CAISSE_PREFIX.get(meas, "") + text
    if meas in CAISSE_SIZE:
        art += " " + CAISSE_SIZE[meas]
    if vintage:
        art += " %02d" % (vintage % 100)
    art = art[:CAISSE_WIDTH].rstrip()
    if meas in CAISSE_CODE:
        art += "/" + CAISSE_CODE[meas]
    return art


def vintage_caisse(label):
    m = re.match(r"^(.*)/(VRE|V15|C25|C50|DOSE|2CL|DEMI|PINT)$", label)
    art = m.group(1) if m else label
    toks = art.split()
    if toks and re.fullmatch(r"\d\d", toks[-1]):
        return 2000 + int(toks[-1])
    return None


# ---- salle: the dining-room till. Mixed case with accents, vintage, (measure)
SALLE_WORD = {"btl": "bouteille", "half": "demi-bouteille", "mag": "magnum",
              "b25": "25cl", "b33": "33cl", "b50": "50cl", "b70": "70cl", "b75": "75cl", "b100": "1l",
              "vre": "verre", "v12": "verre 12cl", "v15": "verre 15cl", "c25": "carafe 25cl",
              "c50": "carafe 50cl", "dose": "dose", "2cl": "2cl", "demi": "demi", "pinte": "pinte"}


def render_salle(text, meas, vintage, fmt=None, category=None):
    s = text
    if vintage:
        s += " %d" % vintage
    if meas:
        s += " (%s)" % SALLE_WORD[meas]
    return s


def vintage_salle(label):
    head = label.split(" (")[0]
    ys = re.findall(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,])", head)
    return int(ys[-1]) if ys else None


# ---- export: the catalogue export, CATEGORIE;Article;Declinaison
EXPORT_VARIANT = {"half": "Demi-bouteille 37,5cl", "mag": "Magnum 150cl",
                  "vre": "Verre", "v12": "Verre 12cl", "v15": "Verre 15cl",
                  "c25": "Carafe 25cl", "c50": "Carafe 50cl", "dose": "Dose 4cl",
                  "2cl": "Dose 2cl", "demi": "Demi 25cl", "pinte": "Pinte 50cl"}
CATEGORIES = ["VINS ROUGES", "VINS BLANCS", "VINS ROSES", "BULLES", "BIERES PRESSION",
              "BIERES BOUTEILLE", "APERITIFS", "DIGESTIFS", "EAUX ET SOFTS", "CUISINE",
              "DESSERTS", "BOISSONS CHAUDES", "DIVERS"]


def cl(v):
    return ("%g" % v).replace(".", ",")


def export_category(drink, fmt):
    colour, cat = drink["colour"], drink["category"]
    if cat in ("vin", "champagne"):
        return {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "liquoreux": "VINS BLANCS",
                "rosé": "VINS ROSES", "effervescent": "BULLES"}[colour] if not (
            cat == "vin" and colour == "rosé" and "Crémant" in drink["appellation"]) else "BULLES"
    if cat == "bière":
        return "BIERES PRESSION" if fmt and fmt >= 2000 else "BIERES BOUTEILLE"
    return {"autre": "APERITIFS", "spiritueux": "DIGESTIFS", "soft": "EAUX ET SOFTS"}[cat]


def render_export(text, meas, vintage, fmt=None, category=None):
    art = ascii_(text)
    if vintage:
        art += " %d" % vintage
    if meas is None:
        var = "Unite"
    elif meas in EXPORT_VARIANT:
        var = EXPORT_VARIANT[meas]
    else:
        var = "Bouteille 1L" if fmt == 100 else "Bouteille %scl" % cl(fmt)
    return "%s;%s;%s" % (category, art, var)


def vintage_export(label):
    art = label.split(";")[1]
    ys = re.findall(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,])", art)
    return int(ys[-1]) if ys else None


TILLS = {
    "caisse": (render_caisse, vintage_caisse),
    "salle": (render_salle, vintage_salle),
    "export": (render_export, vintage_export),
}
