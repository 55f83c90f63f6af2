"""The three tills' rendering habits (see README.md)."""
import hashlib
import unicodedata

WIDTH_CAISSE = 18   # whole label, old counter register
WIDTH_APRES = 22    # description after the PLU, apres-ski terrace register

CAISSE_FAM = {"R": "ROUG", "B": "BLAN", "S": "ROSE", "U": "BULL", "BI": "BIER", "PR": "PRES",
              "DG": "DIGE", "AP": "APER", "SO": "SOFT", "CH": "CHAU", "CU": "CUIS", "DV": "DIVE"}
APRES_FAM = {"R": "VR", "B": "VB", "S": "RS", "U": "BU", "BI": "BI", "PR": "PR", "DG": "DG",
             "AP": "AP", "SO": "SO", "CH": "BC", "CU": "CU", "DV": "DV"}
APRES_PLU = {"VR": 1, "VB": 2, "RS": 3, "BU": 3, "BI": 4, "PR": 4, "DG": 5, "AP": 6, "SO": 7,
             "BC": 8, "CU": 9, "DV": 9}

CAISSE_MEAS = {"btl": "", "mag": "MAG", "half": "1/2", "vre": "VRE", "vre15": "VRE15",
               "pich25": "PICH25", "pich50": "PICH50", "coupe": "COUPE", "dose": "DOSE",
               "2cl": "2CL", "demi": "DEMI", "pinte": "PINTE"}
SALLE_MEAS = {"btl": "", "mag": "magnum", "half": "1/2 btl", "vre": "verre", "vre15": "verre 15cl",
              "pich25": "pichet 25cl", "pich50": "pichet 50cl", "coupe": "coupe", "dose": "dose",
              "2cl": "2cl", "demi": "demi", "pinte": "pinte"}
APRES_MEAS = {"btl": "BTL", "mag": "MAG", "half": "DEMI", "vre": "VRE", "vre15": "VRE15",
              "pich25": "PICH25", "pich50": "PICH50", "coupe": "CP", "dose": "DOSE",
              "2cl": "2CL", "demi": "DEMI", "pinte": "PINTE"}

# base prices in cents by measure (salle tablet)
BASE = {"btl": 2600, "mag": 6400, "half": 1600, "vre": 550, "vre15": 650, "pich25": 900,
        "pich50": 1700, "coupe": 900, "dose": 700, "2cl": 400, "demi": 350, "pinte": 700}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper().replace("'", " ")


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def render_caisse(fam, text, vint, meas, is_wine):
    parts = [CAISSE_FAM[fam]]
    m = CAISSE_MEAS[meas]
    if m:
        parts.append(m)
    parts.append(ascii_upper(text))
    if vint:
        parts.append("%02d" % (vint % 100))
    return " ".join(parts)[:WIDTH_CAISSE].rstrip()


def render_salle(fam, text, vint, meas, is_wine):
    parts = [text]
    if vint:
        parts.append(str(vint))
    m = SALLE_MEAS[meas]
    if m:
        parts.append(m)
    body = " ".join(parts)
    h = _h(body)
    cents = BASE[meas] + (h % 9) * 50
    if fam == "CH":
        cents = 200 + (h % 8) * 50
    elif fam == "CU":
        cents = 900 + (h % 14) * 50
    elif fam == "DV":
        cents = 50 + (h % 6) * 50
    elif fam in ("SO", "BI") and meas == "btl":
        cents = 400 + (h % 6) * 50
    elif fam in ("DG", "AP", "PR") and meas == "btl":
        cents = 900 + (h % 10) * 50
    return "%s %d,%02d" % (body, cents // 100, cents % 100)


def render_apres(fam, text, vint, meas, is_wine):
    code = APRES_FAM[fam]
    m = APRES_MEAS[meas]
    if meas == "btl" and not is_wine:
        m = ""
    words = ([m] if m else []) + ascii_upper(text).split()
    if vint:
        words.append("%02d" % (vint % 100))
    desc = (code + "-" + ".".join(words))[:WIDTH_APRES].rstrip(".")
    plu = APRES_PLU[code] * 100 + _h(desc) % 100
    return "%03d %s" % (plu, desc)


RENDER = {"caisse": render_caisse, "salle": render_salle, "apres": render_apres}
