"""The three tills' rendering habits and their vintage readings."""
import hashlib
import re

# --- caisse: the bar's touch-screen register -------------------------------------
# Button text typed in the back-office spreadsheet in capitals, one Alt+Enter per line;
# the register keeps 14 characters a line; the export shows each line break as the
# OOXML escape _x000D_.  The last line is the measure key.
CAISSE_WIDTH = 14
CR = "_x000D_"
CAISSE_MEAS = {"B": "BTL", "H": "1/2 BTL", "M": "MAGNUM", "G": "VERRE", "G12": "VERRE 12",
               "G15": "VERRE 15", "P25": "PICHET 25", "P50": "PICHET 50", "D": "DOSE",
               "D2": "DOSE 2CL", "DM": "DEMI", "PT": "PINTE", "CP": "COUPE", "FL": "FLUTE",
               "C20": "20CL", "C25": "25CL", "C33": "33CL", "C50": "50CL", "C100": "1L"}


def render_caisse(text, meas, trailing=False):
    lines = [l[:CAISSE_WIDTH] for l in text.split("|")]
    if meas:
        lines.append(CAISSE_MEAS[meas])
    return CR.join(lines) + (CR if trailing else "")


def vintage_caisse(label):
    for line in label.split(CR):
        for tok in line.split():
            if re.fullmatch(r"(19|20)\d\d", tok):
                return int(tok)
    return None


# --- appli: the waiters' phone app -------------------------------------------------
# "[qty] item measure-phrase[, free modifiers]"
APPLI_MEAS = {"B": "en bouteille", "H": "en demi-bouteille", "M": "en magnum",
              "J": "en jéroboam", "G": "au verre", "G12": "au verre 12cl",
              "G15": "au verre 15cl", "P25": "en pichet 25cl", "P50": "en pichet 50cl",
              "D": "en dose", "D2": "en dose 2cl", "V6": "au verre 6cl", "DM": "en demi",
              "PT": "en pinte", "FL": "en flûte", "C20": "en 20cl", "C25": "en 25cl",
              "C33": "en 33cl", "C50": "en 50cl", "C100": "en 1L"}


def render_appli(qty, text, meas, mods=""):
    s = "[%d] %s" % (qty, text)
    if meas:
        s += " " + APPLI_MEAS[meas]
    if mods:
        s += ", " + mods
    return s


def vintage_appli(label):
    item = label.split(", ")[0]
    m = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", item)
    return int(m[-1]) if m else None


# --- mensuel: the back-office monthly sales export ----------------------------------
# article;contenance;famille;millesime;mois;producteur  (the export sorts columns by name)
MENSUEL_MEAS = {"B": "75 cl", "H": "37,5 cl", "M": "150 cl", "J": "300 cl", "G12": "12 cl",
                "G15": "15 cl", "V6": "6 cl", "P25": "25 cl", "P50": "50 cl", "D": "4 cl",
                "D2": "2 cl", "DM": "25 cl", "PT": "50 cl", "C20": "20 cl", "C25": "25 cl",
                "C33": "33 cl", "C50": "50 cl", "C100": "100 cl", "": ""}


def month(article, famille):
    h = int(hashlib.sha256((article + famille).encode()).hexdigest(), 16)
    return "2024-%02d" % (h % 12 + 1)


def render_mensuel(article, meas, famille, vintage, producer):
    return ";".join([article, MENSUEL_MEAS[meas], famille, str(vintage) if vintage else "",
                     month(article, famille), producer])


def vintage_mensuel(label):
    v = label.split(";")[3]
    return int(v) if v else None
