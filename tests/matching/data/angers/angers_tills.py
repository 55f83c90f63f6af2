"""The three tills' rendering habits."""
import hashlib
import unicodedata

CAISSE_WIDTH = 23

FAMILIES = ("RG", "BL", "RS", "BU", "CH", "MX", "SP", "AP", "BI", "SF", "CU", "SV")
FAMILY_DIGIT = {"RG": 1, "BL": 2, "RS": 3, "BU": 4, "CH": 4, "MX": 5, "SP": 6, "AP": 6,
                "BI": 7, "SF": 8, "CU": 9, "SV": 9}

CAISSE_MEAS = {"": "", "btl": "BTL", "half": "1/2", "mag": "MAG", "b50": "50CL", "b100": "1L",
               "vre": "VERRE", "coupe": "COUPE", "p25": "PICH25", "p50": "PICH50",
               "dose": "DOSE", "d2": "2CL", "demi": "DEMI", "pinte": "PINTE"}
SALLE_MEAS = {"": "btl", "btl": "btl", "half": "demi.btl", "mag": "mag", "b50": "btl.50cl",
              "b100": "btl.1l", "vre": "verre", "coupe": "coupe", "p25": "pichet.25",
              "p50": "pichet.50", "dose": "dose", "d2": "dose.2cl", "demi": "demi",
              "pinte": "pinte"}
TERRASSE_MEAS = {"": "Btl", "btl": "Btl", "half": "1/2 Btl", "mag": "Magnum",
                 "b50": "Btl 50cl", "b100": "Btl 1L", "vre": "Verre", "coupe": "Coupe",
                 "p25": "Pichet 25cl", "p50": "Pichet 50cl", "dose": "Dose", "d2": "Dose 2cl",
                 "demi": "Demi", "pinte": "Pinte"}
# terrace base prices (euros) by measure; food and services by family
BASE = {"btl": 28.0, "half": 16.0, "mag": 60.0, "b50": 4.0, "b100": 5.5, "vre": 5.0,
        "coupe": 9.0, "p25": 9.0, "p50": 16.0, "dose": 6.0, "d2": 2.5, "demi": 3.5,
        "pinte": 7.0}


def _h(text):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def render_caisse(fam, meas, vintage, text, is_drink=True):
    """FAM:MEASURE NAME YY, capitals, cut at 23 columns, trailing blanks dropped."""
    parts = [CAISSE_MEAS[meas]] if CAISSE_MEAS[meas] else []
    parts.append(text.upper())
    if vintage:
        parts.append("%02d" % (vintage % 100))
    full = ascii_fold(fam + ":" + " ".join(parts))
    return full[:CAISSE_WIDTH].rstrip(), full


def salle_article(fam, text):
    return FAMILY_DIGIT[fam] * 1000 + 100 + _h("salle|" + text) % 800


def render_salle(fam, meas, vintage, text, is_drink=True):
    """NNNN words.joined.by.dots.YYYY.measure, lower-case ASCII; no measure on food."""
    body = ascii_fold(text).lower()
    if vintage:
        body += ".%d" % vintage
    if is_drink or meas:
        body += "." + SALLE_MEAS[meas]
    lab = "%04d %s" % (salle_article(fam, text), body)
    return lab, lab


def terrasse_price(fam, meas, text):
    """A plausible price: a base by measure (or family) and a hashed step of 0,50."""
    steps = 8
    if fam in ("CU", "SV"):
        base, steps = (2.0, 4) if fam == "SV" else (11.0, 8)
    elif meas in ("", "btl") and fam in ("SF", "BI"):
        base, steps = (3.0, 4) if fam == "SF" else (5.0, 4)
    elif meas == "" and fam in ("AP", "SP"):
        base = 8.0
    elif fam == "CH" and meas in ("", "btl", "half", "mag"):
        base = {"": 58.0, "btl": 58.0, "half": 32.0, "mag": 120.0}[meas]
    else:
        base = BASE["btl" if meas == "" else meas]
    return base + (_h("terrasse|" + text + "|" + meas) % steps) * 0.5


def render_terrasse(fam, meas, vintage, text, is_drink=True):
    """Name as typed, YYYY, measure word, price with a decimal comma."""
    parts = [text]
    if vintage:
        parts.append(str(vintage))
    if is_drink or meas:
        parts.append(TERRASSE_MEAS[meas])
    p = terrasse_price(fam, meas, text)
    parts.append(("%.2f" % p).replace(".", ","))
    lab = " ".join(parts)
    return lab, lab


RENDER = {"caisse": render_caisse, "salle": render_salle, "terrasse": render_terrasse}
