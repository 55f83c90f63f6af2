"""The three tills of "Le Toril" and how each renders what the staff typed.

A case gives a measure code (below), the text typed, and a vintage (or None).
comptoir: "MEAS*TEXT YY", ASCII capitals, apostrophes glued, cut at 20 columns.
salle:    "famille: text yyyy [mesure]", lower case, accents as typed, not cut.
bodega:   "Produit (Variante)", the variant "Meas text yy" cut at 20 characters by the
          rented till, the whole line exported as UTF-8 read as Windows-1252 (mojibake).
"""
import re
import unicodedata

# measure code -> (volume in cl for a pour, or None for a bottle; kind)
MEASURES = {
    "btl": (None, "bottle"), "half": (None, "half"), "mag": (None, "mag"), "b50": (None, "b50"),
    "own": (None, "own"),          # a non-wine drink in its only (printed) format
    "glass": (12.5, "pour"), "glass15": (15, "pour"), "p25": (25, "pour"), "p50": (50, "pour"),
    "coupe": (12.5, "pour"), "dose": (4, "pour"), "d2": (2, "pour"), "d4": (4, "pour"),
    "d6": (6, "pour"), "demi": (25, "draught"), "pinte": (50, "draught"), "none": (None, "none"),
}

COMPTOIR = {"btl": "BTL", "half": "1/2", "mag": "MAG", "b50": "50CL", "glass": "VRE",
            "glass15": "VRE15", "p25": "PICH25", "p50": "PICH50", "coupe": "CP", "dose": "DOSE",
            "d2": "2CL", "d4": "4CL", "d6": "6CL", "demi": "DEMI", "pinte": "PINTE"}
SALLE = {"btl": "bouteille", "half": "1/2 bouteille", "mag": "magnum", "b50": "50cl",
         "glass": "verre", "glass15": "verre 15cl", "p25": "pichet 25cl", "p50": "pichet 50cl",
         "coupe": "coupe", "dose": "dose", "d2": "2cl", "d4": "4cl", "d6": "6cl", "demi": "demi",
         "pinte": "pinte"}
BODEGA = {"btl": "Btl", "half": "Demi Btl", "mag": "Mag", "b50": "50cl", "glass": "Verre",
          "glass15": "Verre 15cl", "p25": "Pichet 25cl", "p50": "Pichet 50cl", "coupe": "Coupe",
          "dose": "Dose", "d2": "2cl", "d4": "4cl", "d6": "6cl", "demi": "Demi", "pinte": "Pinte"}

WIDTH_COMPTOIR = 20
WIDTH_VARIANT = 20


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", "").replace("’", "")
    return s.upper()


def own_size(fmt):
    """How an own format is printed: 33 -> '33CL', 35.5 -> '35,5CL', 100 -> '1L'."""
    if fmt == 100:
        return "1L"
    return (("%g" % fmt).replace(".", ",")) + "CL"


def render_comptoir(meas, text, vintage, fmt=None):
    m = own_size(fmt) if meas == "own" else COMPTOIR.get(meas, "")
    body = ascii_upper(text)
    if vintage:
        body += " %02d" % (vintage % 100)
    label = (m + "*" + body) if m else body
    return label[:WIDTH_COMPTOIR].rstrip()


def render_salle(meas, text, vintage, family, fmt=None):
    m = own_size(fmt).lower() if meas == "own" else SALLE.get(meas)
    body = text.lower()
    if vintage:
        body += " %d" % vintage
    label = "%s: %s" % (family, body)
    if m:
        label += " [%s]" % m
    return label


def mojibake(s):
    return s.encode("utf-8").decode("cp1252")


def render_bodega(meas, text, vintage, product, fmt=None):
    m = own_size(fmt).lower() if meas == "own" else BODEGA.get(meas)
    variant = ((m + " ") if m else "") + text
    if vintage:
        variant += " %02d" % (vintage % 100)
    variant = variant[:WIDTH_VARIANT].rstrip()
    return mojibake("%s (%s)" % (product, variant))


# vintage read back from a rendered label (the same reading as check_nimes.py)
def read_vintage(conn, label):
    if conn == "comptoir":
        body = label.split("*", 1)[-1]
        toks = [t for t in body.split() if re.fullmatch(r"\d{2}", t) and int(t) <= 25]
        return 2000 + int(toks[-1]) if toks else None
    if conn == "salle":
        body = label.split("[")[0]
        toks = [t for t in body.split() if re.fullmatch(r"(19|20)\d{2}", t)]
        return int(toks[-1]) if toks else None
    if conn == "bodega":
        m = re.search(r"\(([^()]*)\)$", label)
        toks = [t for t in m.group(1).split() if re.fullmatch(r"\d{2}", t) and int(t) <= 25]
        return 2000 + int(toks[-1]) if toks else None
    raise ValueError(conn)
