"""The three tills of Le Bistrot du Stade and how each renders a label.

Measures (what the staff rang): B bare bottle (the drink's ordinary bottle); B33, B25, B50,
B70, B75, B100, B37.5, B150 a bottle of that size; H half bottle (37.5); M magnum (150);
V glass without volume (12.5); V12, V15 glass of 12 / 15 cl; P25, P50 pichet; CP coupe
(12.5); D dose (4); D2 2 cl; DEMI (25, draught); PINTE (50, draught); BOL bolée of cider
(25 cl from the bottle); X not a drink.
"""
import re
import unicodedata

POUR_CL = {"V": 12.5, "V12": 12, "V15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4,
           "D2": 2, "BOL": 25}
DRAUGHT_CL = {"DEMI": 25, "PINTE": 50}


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def size_txt(cl, style):
    if style == "zinc":
        return {100: "1L", 150: "1,5L", 37.5: "37CL"}.get(cl, "%gCL" % cl)
    if style == "salle":
        return {100: "1L", 150: "1,5L"}.get(cl, ("%gcl" % cl).replace(".", ","))
    return ("%gcl" % cl).replace(".", ",")


# ---- zinc: the bar's cash register -------------------------------------------------
ZINC_WIDTH = 18
ZINC_PREFIX = {"B": "", "H": "1/2", "M": "MAG", "V": "VRE", "V12": "VRE12", "V15": "VRE15",
               "P25": "P25", "P50": "P50", "CP": "CP", "D": "DOSE", "D2": "2CL",
               "DEMI": "DEMI", "PINTE": "PINTE", "BOL": "BOLEE", "X": ""}


def render_zinc(measure, text, vintage):
    t = ascii_(text).upper().replace("'", " ").replace("-", " ")
    t = re.sub(r"\s+", " ", t).strip()
    if measure in ZINC_PREFIX:
        pre = ZINC_PREFIX[measure]
    else:                       # a bottle size rung as the key's first word: 33CL, 1L
        pre = size_txt(float(measure[1:]), "zinc")
    parts = [pre] if pre else []
    parts.append(t)
    if vintage:
        parts.append("%02d" % (vintage % 100))
    return " ".join(parts)[:ZINC_WIDTH].rstrip()


# ---- salle: the waiters' handheld ---------------------------------------------------
SALLE_MEAS = {"B": "Bt", "H": "1/2 Bt", "M": "Mag", "V": "Vre", "V12": "Vre 12cl",
              "V15": "Vre 15cl", "P25": "Pichet 25", "P50": "Pichet 50", "CP": "Coupe",
              "D": "Dose", "D2": "Dose 2cl", "DEMI": "Demi", "PINTE": "Pinte", "BOL": "Bolée"}


def render_salle(measure, text, vintage):
    out = text
    if vintage:
        out += " '%02d" % (vintage % 100)
    if measure == "X":
        return out
    m = SALLE_MEAS[measure] if measure in SALLE_MEAS else size_txt(float(measure[1:]), "salle")
    return out + " [" + m + "]"


# ---- export: the back office's CSV of the day's sales --------------------------------
EXPORT_DECL = {"V": "Verre", "V12": "Verre 12cl", "V15": "Verre 15cl", "P25": "Pichet 25cl",
               "P50": "Pichet 50cl", "CP": "Coupe", "D": "Dose 4cl", "D2": "Dose 2cl",
               "DEMI": "Demi 25cl", "PINTE": "Pinte 50cl", "BOL": "Bolee 25cl", "X": "",
               "H": "37,5cl", "M": "150cl"}


def render_export(measure, text, vintage):
    fam, prod = text.split(";")
    prod = ascii_(prod)
    if vintage:
        prod += " %d" % vintage
    if measure in EXPORT_DECL:
        d = EXPORT_DECL[measure]
    else:
        assert measure != "B", "export always prints the size"
        d = size_txt(float(measure[1:]), "export")
    return "%s;%s;%s" % (fam.upper(), prod, d)


RENDER = {"zinc": render_zinc, "salle": render_salle, "export": render_export}


def read_vintage(till, label):
    """The vintage as printed on the rendered label (None when there is none)."""
    if till == "zinc":
        m = re.search(r" (\d\d)$", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "salle":
        m = re.search(r" '(\d\d)(?: \[|$)", label)
        return 2000 + int(m.group(1)) if m else None
    m = re.search(r" ((?:19|20)\d\d);[^;]*$", label)
    return int(m.group(1)) if m else None
