"""The three tills of Le Café de la Tour and how each renders what the staff typed.

Internal measure codes used by the case modules:
  BT bottle of the wine's 75 cl; HALF 37.5 cl; MAG 150 cl; B25/B33/B50/B70/B100 a bottle of
  that size (beers, softs, waters, the 50 cl muscats); GL glass 12.5 cl; GL15 15 cl; GL6 6 cl;
  CP coupe 12.5 cl; P25 / P50 pichet; DOSE 4 cl; D2 2 cl; DEMI 25 cl and PINTE 50 cl of draught;
  '' nothing (food, coffee, services)."""
import hashlib
import unicodedata

POUR_CL = {"GL": 12.5, "GL15": 15, "GL6": 6, "CP": 12.5, "P25": 25, "P50": 50,
           "DOSE": 4, "D2": 2, "DEMI": 25, "PINTE": 50}
BOTTLE_CL = {"BT": 75, "HALF": 37.5, "MAG": 150, "B25": 25, "B33": 33, "B50": 50,
             "B70": 70, "B100": 100}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# ---- caisse: the counter's touchscreen register -------------------------------------
CAISSE_WIDTH = 24
CAISSE_MEAS = {"BT": "", "HALF": "1/2", "MAG": "MAG", "B25": "25CL", "B33": "33CL",
               "B50": "50CL", "B70": "70CL", "B100": "1L", "GL": "VRE", "GL15": "VR15",
               "GL6": "VR6", "CP": "CP", "P25": "P25", "P50": "P50", "DOSE": "DOSE",
               "D2": "2CL", "DEMI": "DEMI", "PINTE": "PINTE", "": ""}
WINE_FAMILIES = ("RG", "BL", "RS", "DX", "BU", "CH")


def family(colour, category, appellation):
    if category == "champagne":
        return "CH"
    if category == "vin":
        return {"rouge": "RG", "blanc": "BL", "rosé": "RS", "liquoreux": "DX",
                "effervescent": "BU"}[colour]
    if category == "spiritueux":
        return "AN" if appellation == "Pastis" else "AL"
    return {"autre": "AP", "bière": "BI", "soft": "SO"}[category]


def render_caisse(fam, meas, text, vintage):
    parts = [CAISSE_MEAS[meas]] if CAISSE_MEAS[meas] else []
    parts.append(text)
    if vintage:
        parts.append("%02d" % (vintage % 100))
    full = fam + "-" + " ".join(parts)
    full = ascii_fold(full).upper().replace("'", " ")
    full = " ".join(full.split())
    return full[:CAISSE_WIDTH].rstrip()


# ---- pda: the waiters' handhelds -------------------------------------------------------
PDA_MEAS = {"BT": "", "HALF": "1/2 btl", "MAG": "mag", "B25": "25cl", "B33": "33cl",
            "B50": "50cl", "B70": "70cl", "B100": "1l", "GL": "verre", "GL15": "verre 15",
            "GL6": "verre 6cl", "CP": "coupe", "P25": "pichet 25", "P50": "pichet 50",
            "DOSE": "dose", "D2": "2cl", "DEMI": "demi", "PINTE": "pinte", "": ""}


def render_pda(meas, text, vintage, modifier=""):
    s = ascii_fold(text).lower()
    if vintage:
        s += " '%02d" % (vintage % 100)
    if PDA_MEAS[meas]:
        s += " + " + PDA_MEAS[meas]
    if modifier:
        s += " + " + modifier
    return s


# ---- export: the back-office daily article export --------------------------------------
EXPORT_MEAS = {"BT": "75cl", "HALF": "37,5cl", "MAG": "150cl", "B25": "25cl", "B33": "33cl",
               "B50": "50cl", "B70": "70cl", "B100": "100cl", "GL": "Verre 12,5cl",
               "GL15": "Verre 15cl", "GL6": "Verre 6cl", "CP": "Coupe 12,5cl",
               "P25": "Pichet 25cl", "P50": "Pichet 50cl", "DOSE": "Dose 4cl",
               "D2": "Dose 2cl", "DEMI": "Demi 25cl", "PINTE": "Pinte 50cl"}


def article_code(product, meas):
    h = int(hashlib.md5(("%s|%s" % (product, meas)).encode("utf-8")).hexdigest(), 16)
    return "A-%05d" % (10000 + h % 90000)


def render_export(product, meas, text, vintage, unit):
    s = article_code(product, meas) + " " + text
    if vintage:
        s += " %d" % vintage
    s += " - " + (EXPORT_MEAS[meas] if meas else unit)
    return s
