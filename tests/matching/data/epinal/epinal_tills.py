"""The three tills' rendering habits and read-back (vintage and measure from a rendered label).

Internal measures: B bottle (ordinary), H half, M magnum, S<cl> a bottle of that volume,
G glass (12.5 cl), G12 / G15 glasses, C50 / C25 carafes, CP coupe, D dose (4 cl), D2 dose
(2 cl), DE demi (25 cl, draught), PI pinte (50 cl, draught), '' nothing (food, services).
"""
import hashlib
import re
import unicodedata

BAR_WIDTH = 20
BAR_CODES = {"B": "BT", "H": "1/2", "M": "MAG", "S20": "20CL", "S25": "25CL", "S33": "33CL",
             "S50": "50CL", "S70": "70CL", "S100": "1L", "S75": "75CL", "G": "VR", "G12": "VR12",
             "G15": "VR15", "C50": "CAR50", "C25": "CAR25", "CP": "CP", "D": "DS", "D2": "2CL",
             "DE": "DEMI", "PI": "PINTE", "": ""}
SALLE_WORDS = {"B": "bouteille", "H": "demi-bouteille", "M": "magnum", "S20": "20cl",
               "S25": "25cl", "S33": "33cl", "S50": "50cl", "S70": "70cl", "S100": "1l",
               "S75": "75cl", "G": "verre", "G12": "verre 12cl", "G15": "verre 15cl",
               "C50": "carafe 50cl", "C25": "carafe 25cl", "CP": "coupe", "D": "dose",
               "D2": "dose 2cl", "DE": "demi", "PI": "pinte"}
MOIS_UNITS = {"B": "BTL", "H": "1/2BTL", "M": "MAGNUM", "S20": "20CL", "S25": "25CL",
              "S33": "33CL", "S50": "50CL", "S70": "70CL", "S100": "1L", "S75": "75CL",
              "G": "VERRE", "G12": "VERRE12", "G15": "VERRE15", "C50": "CARAFE50",
              "C25": "CARAFE25", "CP": "COUPE", "D": "DOSE", "D2": "DOSE2", "DE": "DEMI",
              "PI": "PINTE", "": "PIECE"}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def render_bar(text, measure, vintage):
    code = BAR_CODES[measure]
    line = (code + "-" if code else "") + text
    if vintage:
        line += " %02d" % (vintage % 100)
    return line[:BAR_WIDTH].rstrip()


def render_salle(text, measure, vintage):
    line = text + (" %d" % vintage if vintage else "")
    if measure:
        line += ", " + SALLE_WORDS[measure]
    return line


def render_mois(text, measure, vintage):
    lib = ascii_fold(text).lower()
    lib = lib[0].upper() + lib[1:]
    if vintage:
        lib += " (%d)" % vintage
    unit = MOIS_UNITS[measure]
    h = _h(lib + "|" + unit)
    month = 1 + h % 10
    plu = "%04d" % (100 + (h >> 8) % 9000)
    qty = 1 + (h >> 24) % 48
    cents = 250 + ((h >> 40) % 400) * 10
    if measure in ("B", "M", "H"):
        cents *= 6
    amount = qty * cents
    return "%02d/2026;%s;%s;%s;%d;%d,%02d" % (month, plu, lib, unit, qty, amount // 100, amount % 100)


RENDER = {"bar": render_bar, "salle": render_salle, "mois": render_mois}

_BAR_INV = {v: k for k, v in BAR_CODES.items() if v}
_SALLE_INV = {v: k for k, v in SALLE_WORDS.items()}
_MOIS_INV = {v: k for k, v in MOIS_UNITS.items()}


def read_back(till, label):
    """(vintage or None, measure) as the rendered label says them."""
    if till == "bar":
        m = re.match(r"^([A-Z0-9/]+)-(.*)$", label)
        measure, text = ("", label)
        if m and m.group(1) in _BAR_INV:
            measure, text = _BAR_INV[m.group(1)], m.group(2)
        v = re.search(r" (\d\d)$", text)
        return (2000 + int(v.group(1)) if v else None), measure
    if till == "salle":
        measure = ""
        if ", " in label:
            head, tail = label.rsplit(", ", 1)
            if tail in _SALLE_INV:
                measure, label = _SALLE_INV[tail], head
        v = re.search(r" ((?:19|20)\d\d)$", label)
        return (int(v.group(1)) if v else None), measure
    if till == "mois":
        f = label.split(";")
        v = re.search(r" \(((?:19|20)\d\d)\)$", f[2])
        return (int(v.group(1)) if v else None), _MOIS_INV[f[3]]
    raise ValueError(till)
