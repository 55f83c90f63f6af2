"""The three tills' rendering habits. A case spec: core text, family, label vintage (2 digits
or ''), measure code. Measure codes: B<cl> bottle, V / V<cl> glass, P<cl> pichet, D / D<cl>
dose, DM beer demi, PT beer pint, '' = nothing printed (the drink's only format)."""
import hashlib
import unicodedata


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def price(text):
    h = int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)
    cents = 200 + (h % 21) * 50
    return "%dE%02d" % (cents // 100, cents % 100)


# ---- zinc: the old counter register -----------------------------------------------
ZINC_MEAS = {"B75": "", "B37.5": "1/2 ", "B150": "MAG ", "V": "VRE ", "V12": "V12 ",
             "V15": "V15 ", "P50": "PICH50 ", "P25": "PICH25 ", "D": "DOSE ", "D2": "D2CL ",
             "D4": "D4CL ", "DM": "DEMI ", "PT": "PINTE ", "": "",
             "B50": "", "B33": "", "B25": "", "B100": ""}
ZINC_WIDTH = 20


def zinc(core, fam, vv, meas):
    body = ZINC_MEAS[meas] + ascii_up(core) + (" " + vv if vv else "")
    body = body[:ZINC_WIDTH].rstrip()
    return body + " " + price(body)


# ---- carnet: the dining-room handheld order pad -------------------------------------
CARNET_FAM = {"R": "rouge", "B": "blanc", "Ro": "rosé", "E": "bulles", "L": "doux",
              "A": "apéro", "G": "digo", "K": "pression", "Bi": "bière", "S": "soft",
              "C": "cuisine", "X": "divers"}
CARNET_MEAS = {"B75": "btl", "B37.5": "1/2 btl", "B150": "mag", "B50": "btl 50cl",
               "V": "vr", "V12": "vr 12", "V15": "vr 15", "P50": "pichet 50", "P25": "pichet 25",
               "D": "dose", "D2": "dose 2cl", "D4": "dose 4cl", "DM": "demi", "PT": "pinte", "": "",
               "B33": "", "B25": "", "B100": ""}


def carnet(core, fam, vv, meas):
    s = CARNET_FAM[fam] + ": " + core.lower()
    if vv:
        s += " '" + vv
    m = CARNET_MEAS[meas]
    return s + (" · " + m if m else "")


# ---- export: the back office's nightly sales export (web tool, HTML-escaped) --------
EXPORT_FAM = {"R": "Vins > Rouges", "B": "Vins > Blancs", "Ro": "Vins > Rosés",
              "E": "Vins > Bulles", "L": "Vins > Moelleux et liquoreux",
              "A": "Bar > Apéritifs", "G": "Bar > Digestifs et spiritueux",
              "K": "Bar > Bières pression", "Bi": "Bar > Bières bouteille",
              "S": "Bar > Sans alcool", "C": "Cuisine", "X": "Divers"}
EXPORT_MEAS = {"B75": "Bouteille 75 cl", "B37.5": "Demi-bouteille 37,5 cl",
               "B150": "Magnum 150 cl", "B50": "Bouteille 50 cl", "B33": "Bouteille 33 cl",
               "B25": "Bouteille 25 cl", "B100": "Bouteille 1 l", "V": "Verre",
               "V12": "Verre 12 cl", "V15": "Verre 15 cl", "P50": "Pichet 50 cl",
               "P25": "Pichet 25 cl", "D": "Dose", "D2": "Dose 2 cl", "D4": "Dose 4 cl",
               "DM": "Demi 25 cl", "PT": "Pinte 50 cl", "": ""}
ENT = {"&": "&amp;", "'": "&#39;", "\"": "&quot;", "é": "&eacute;", "è": "&egrave;",
       "ê": "&ecirc;", "à": "&agrave;", "â": "&acirc;", "ô": "&ocirc;", "î": "&icirc;",
       "ï": "&iuml;", "ç": "&ccedil;", "û": "&ucirc;", "ù": "&ugrave;", "É": "&Eacute;",
       "Â": "&Acirc;", "«": "&laquo;", "»": "&raquo;", "ë": "&euml;", "œ": "&oelig;"}


def html(s):
    return "".join(ENT.get(c, c) for c in s)


def export(core, fam, vv, meas):
    s = EXPORT_FAM[fam] + " > " + core
    if vv:
        s += " " + ("19" if int(vv) > 50 else "20") + vv
    m = EXPORT_MEAS[meas]
    return html(s + (" - " + m if m else ""))


TILLS = {"zinc": zinc, "carnet": carnet, "export": export}
