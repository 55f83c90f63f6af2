"""Le Pilier (Tarbes): the three tills' rendering habits and their reading back.

Canonical measures keyed in the case modules:
  BTL (the drink's ordinary bottle), HALF (37.5 cl), MAG (150 cl), B25 / B33 / B50 / B1L
  (other bottle sizes), VRE (12.5 cl glass), VRE15, P25 / P50 (pichets), CP (coupe),
  DOSE (4 cl), D2 (2 cl), DEMI (25 cl of draught), PINTE (50 cl of draught), '' (no drink).
"""

import hashlib
import re

POUR_CL = {
    "VRE": 12.5,
    "VRE15": 15,
    "P25": 25,
    "P50": 50,
    "CP": 12.5,
    "DOSE": 4,
    "D2": 2,
    "DEMI": 25,
    "PINTE": 50,
}
BOTTLE_CL = {"HALF": 37.5, "MAG": 150, "B25": 25, "B33": 33, "B50": 50, "B1L": 100}


def hnum(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


class CutError(Exception):
    pass


def _cut(full, width, sep=" "):
    """Cut at width columns; refuse a cut leaving part of a number."""
    if len(full) <= width:
        return full
    cut = full[:width].rstrip(sep + " ")
    last = re.split(r"[ _]", cut)[-1]
    nxt = full[len(cut) : len(cut) + 1]
    if last.isdigit() and nxt.isdigit():
        raise CutError(f"cut leaves part of a number: {full!r} -> {cut!r}")
    return cut


# ---------------------------------------------------------------- zinc (counter register)
ZINC_FAMILIES = {"RG", "BC", "RS", "DX", "BU", "AR", "AL", "AP", "PR", "BO", "SF", "CU", "CF", "DV"}
WINE_FAMILIES = {"RG", "BC", "RS", "DX", "BU"}
ZINC_WIDTH = 16
ZINC_SUFFIX = {
    "BTL": "",
    "HALF": "*DEMI",
    "MAG": "*MAG",
    "B25": "*25CL",
    "B33": "*33CL",
    "B50": "*50CL",
    "B1L": "*1L",
    "VRE": "*VRE",
    "VRE15": "*VRE15",
    "P25": "*PICH25",
    "P50": "*PICH50",
    "CP": "*CP",
    "DOSE": "*DOSE",
    "D2": "*2CL",
    "DEMI": "*DEMI",
    "PINTE": "*PINTE",
    "": "",
}


def zinc_family(d):
    cat, col = d["category"], d["colour"]
    if cat in ("vin", "champagne"):
        if cat == "champagne" or col == "effervescent":
            return "BU"
        return {"rouge": "RG", "blanc": "BC", "rosé": "RS", "liquoreux": "DX"}[col]
    if cat == "spiritueux":
        return "AR" if "Armagnac" in (d["appellation"] or "") else "AL"
    if cat == "autre":
        return "AP"
    if cat == "bière":
        return "PR" if d["format_cl"] >= 2000 else "BO"
    return "SF"


def render_zinc(fam, measure, vintage, text, default_cl=None):
    body = text.upper()
    if vintage:
        body += " %02d" % (vintage % 100)
    if measure == "HALF" and fam not in WINE_FAMILIES:
        raise ValueError("zinc: *DEMI on a non-wine family is a beer demi")
    return fam + "." + _cut(body, ZINC_WIDTH) + ZINC_SUFFIX[measure]


def read_zinc(label):
    """-> (kind, cl, vintage); kind 'bottle' (cl None = ordinary bottle) / 'pour' / None."""
    fam, rest = label.split(".", 1)
    body, _, suf = rest.partition("*")
    m = re.search(r" (\d\d)$", body)
    vint = None
    if m:
        yy = int(m.group(1))
        vint = 2000 + yy if yy <= 30 else 1900 + yy
    if fam in ("CU", "CF", "DV"):
        return None, None, vint
    if suf == "":
        return "bottle", None, vint
    if suf == "DEMI":
        return ("bottle", 37.5, vint) if fam in WINE_FAMILIES else ("pour", 25, vint)
    code = {v[1:]: k for k, v in ZINC_SUFFIX.items() if v}[suf]
    if code in POUR_CL:
        return "pour", POUR_CL[code], vint
    return "bottle", BOTTLE_CL[code], vint


# ---------------------------------------------------------------- salle (dining-room tablet)
SALLE_WORD = {
    "BTL": "bouteille",
    "HALF": "demi-bouteille",
    "MAG": "magnum",
    "B25": "25 cl",
    "B33": "33 cl",
    "B50": "50 cl",
    "B1L": "1 l",
    "VRE": "verre",
    "VRE15": "verre 15 cl",
    "P25": "pichet 25 cl",
    "P50": "pichet 50 cl",
    "CP": "coupe",
    "DOSE": "dose",
    "D2": "dose 2 cl",
    "DEMI": "demi",
    "PINTE": "pinte",
}
SALLE_BASE = {
    "BTL": 26,
    "HALF": 17,
    "MAG": 60,
    "VRE": 5,
    "VRE15": 6,
    "P25": 8,
    "P50": 14,
    "CP": 10,
    "DOSE": 6,
    "D2": 3,
    "DEMI": 3,
    "PINTE": 6,
    "B25": 3,
    "B33": 4,
    "B50": 4,
    "B1L": 6,
    "": 6,
}


def render_salle(measure, vintage, text, default_cl=None):
    name = text + (" %d" % vintage if vintage else "")
    price = (
        SALLE_BASE[measure] * 100 + hnum("salle|" + name + measure, SALLE_BASE[measure] + 1) * 50
    )
    if measure == "BTL" and vintage:
        price += 1500
    p = "%d,%02d €" % (price // 100, price % 100)
    if measure:
        return f"{name} – {SALLE_WORD[measure]} – {p}"
    return f"{name} – {p}"


def read_salle(label):
    parts = label.split(" – ")
    m = re.search(r" ((?:19|20)\d\d)$", parts[0])
    vint = int(m.group(1)) if m else None
    if len(parts) == 2:
        return None, None, vint
    code = {v: k for k, v in SALLE_WORD.items()}[parts[1]]
    if code == "BTL":
        return "bottle", None, vint
    if code in POUR_CL:
        return "pour", POUR_CL[code], vint
    return "bottle", BOTTLE_CL[code], vint


# ---------------------------------------------------------------- kiosque (match-day terminal)
KIOSK_WIDTH = 24
KIOSK_ML = {
    "VRE": 120,
    "VRE15": 150,
    "P25": 250,
    "P50": 500,
    "CP": 125,
    "DOSE": 40,
    "D2": 20,
    "DEMI": 250,
    "PINTE": 500,
    "HALF": 375,
    "MAG": 1500,
    "B25": 250,
    "B33": 330,
    "B50": 500,
    "B1L": 1000,
}


def render_kiosque(measure, vintage, text, default_cl=None):
    prod = re.sub(r"[^A-Z0-9]+", "_", text.upper()).strip("_")
    if vintage:
        prod += "_%d" % vintage
    prod = _cut(prod, KIOSK_WIDTH, "_")
    if measure in ("BTL", "HALF", "MAG") and default_cl in (37.5, 75, 150):
        stand = "VIP"
    else:
        stand = ("KN", "KS", "KE")[hnum("stand|" + text + measure, 3)]
    plu = hnum("plu|" + text, 9000) + 1000
    line = "%s-%04d %s" % (stand, plu, prod)
    if measure:
        ml = round(default_cl * 10) if measure == "BTL" else KIOSK_ML[measure]
        line += " %dML" % ml
    return line


def read_kiosque(label):
    """-> ('vol', cl, vintage) or (None, None, vintage)."""
    parts = label.split(" ")
    prod = parts[1]
    m = re.search(r"_((?:19|20)\d\d)$", prod)
    vint = int(m.group(1)) if m else None
    if len(parts) == 2:
        return None, None, vint
    ml = int(parts[2][:-2])
    return "vol", ml / 10, vint


RENDER = {"zinc": render_zinc, "salle": render_salle, "kiosque": render_kiosque}
READ = {"zinc": read_zinc, "salle": read_salle, "kiosque": read_kiosque}
