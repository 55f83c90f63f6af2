"""The three tills of "Le Foyer Héré" and how each one's printed label is read back.

ENTRACTE: the interval bar's quick-service till. Big buttons of two short lines; the
  export sends `PLU TEXT` where PLU is a family letter (C champagne, V wine, S spirit,
  A aperitif, B beer, E water/soft, R food and services) and three digits, and TEXT is the
  button text the bar manager typed, in capitals without accents: a format word first
  (QUART, PICC, 1/4, DEMI, MAG, JERO, CP, VRE, DOSE, MINI, CAN33...), then the drink, then
  a two-digit vintage; the button holds 20 characters and the export cuts TEXT there,
  mid-word if need be (a vintage past column 20 is lost).
SALLE: the restaurant's handheld. Lower case with accents, the staff's own abbreviations
  (ch., bgne, cdr, vv), a four-digit vintage after the name, and the serving or bottle
  in parentheses at the end: (btl), (½ btl), (0,375), (magnum), (1,5l), (jéroboam),
  (quart), (0,2l), (vr 15cl), (carafe 50), (mignonnette), (canette 50), (x1) for food.
BILLETTERIE: the ticketing site's interval pre-order export, one CSV row with `;`:
  pick-up slot;quantity;catalogue name (with a four-digit vintage);size in ml;price for
  the row (quantity x unit price, decimal point). A pour is named by its first word
  (Coupe, Verre, Glass, Dose, Pinte, Demi); other rows are bottles or cans of that size.
"""
import hashlib
import re
import unicodedata

WIDTH = 20          # ENTRACTE button width
TILLS = ("ENTRACTE", "SALLE", "BILLETTERIE")


def h(text):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16)


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


FAMILY = {"champagne": "C", "vin": "V", "spiritueux": "S", "autre": "A", "bière": "B",
          "soft": "E"}

# Token -> (kind, cl). kind: bt (a bottle of that size; cl None = the default bottle),
# pour (glass, coupe, carafe, dose of cl), tap (draught of cl), demi (37.5 cl bottle on a
# wine, a 25 cl draught on a beer), item (no drink measure).
E_TOKENS = {
    "BTL": ("bt", None), "QUART": ("bt", 20), "PICCOLO": ("bt", 20), "PICC": ("bt", 20),
    "1/4": ("bt", 20), "20CL": ("bt", 20), "DEMI": ("demi", None), "1/2": ("bt", 37.5),
    "37.5": ("bt", 37.5), "MAG": ("bt", 150), "1.5L": ("bt", 150), "JERO": ("bt", 300),
    "3L": ("bt", 300), "MATHU": ("bt", 600), "18.75": ("bt", 18.75), "18,7": ("bt", 18.75),
    "25CL": ("bt", 25), "33CL": ("bt", 33), "CAN33": ("bt", 33), "50CL": ("bt", 50),
    "CAN50": ("bt", 50), "1L": ("bt", 100), "70CL": ("bt", 70), "MINI": ("bt", 5),
    "MIGNON": ("bt", 5), "CP": ("pour", 12.5), "COUPE": ("pour", 12.5),
    "FLUTE": ("pour", 12.5), "VRE": ("pour", 12.5), "VRE12": ("pour", 12),
    "VRE15": ("pour", 15), "CAR25": ("pour", 25), "CAR50": ("pour", 50), "DOSE": ("pour", 4),
    "DOSE2": ("pour", 2), "PINTE": ("tap", 50),
}
S_TOKENS = {
    "btl": ("bt", None), "bout.": ("bt", None), "75cl": ("bt", 75), "0,75l": ("bt", 75),
    "½ btl": ("bt", 37.5), "demi-btl": ("bt", 37.5), "demi": ("demi", None),
    "0,375": ("bt", 37.5), "37,5cl": ("bt", 37.5), "mag.": ("bt", 150),
    "magnum": ("bt", 150), "1,5l": ("bt", 150), "jéroboam": ("bt", 300), "jéro": ("bt", 300),
    "3l": ("bt", 300), "quart": ("bt", 20), "0,2l": ("bt", 20), "20cl": ("bt", 20),
    "piccolo": ("bt", 20), "18,75cl": ("bt", 18.75), "25cl": ("bt", 25), "33cl": ("bt", 33),
    "canette 33": ("bt", 33), "50cl": ("bt", 50), "canette 50": ("bt", 50), "1l": ("bt", 100),
    "1 litre": ("bt", 100), "70cl": ("bt", 70), "mignonnette": ("bt", 5),
    "vr": ("pour", 12.5), "verre": ("pour", 12.5), "coupe": ("pour", 12.5),
    "flûte": ("pour", 12.5), "vr 12cl": ("pour", 12), "vr 15cl": ("pour", 15),
    "carafe 50": ("pour", 50), "pichet 25": ("pour", 25), "dose": ("pour", 4),
    "dose 2cl": ("pour", 2), "dose 4cl": ("pour", 4), "dose 6cl": ("pour", 6),
    "pinte": ("tap", 50), "x1": ("item", None), "x2": ("item", None),
}
B_POUR = ("Coupe", "Verre", "Glass", "Flûte", "Dose")
B_TAP = ("Pinte", "Demi")
SLOTS = ("AVANT", "ENTRACTE1", "ENTRACTE2", "APRES")


def plu(family, text):
    return "%s%03d" % (family, h("plu|" + family + "|" + text) % 1000)


def render(till, family, token, vintage, text, salt=0):
    """The label the till prints for what the staff typed (salt: the next free PLU)."""
    if till == "ENTRACTE":
        parts = ([token] if token else []) + [ascii_upper(text)]
        if vintage:
            parts.append("%02d" % (vintage % 100))
        body = " ".join(parts)
        body = body[:WIDTH].rstrip()
        return plu(family, text + "|" + token + ("|%d" % salt if salt else "")) + " " + body
    if till == "SALLE":
        return "%s%s (%s)" % (text, " %d" % vintage if vintage else "", token)
    if till == "BILLETTERIE":
        key = text + "|" + token + "|" + str(vintage)
        slot = SLOTS[h("slot|" + key) % 4]
        qty = 1 + h("qty|" + key) % 4 if h("q|" + key) % 3 == 0 else 1
        name = text + (" %d" % vintage if vintage else "")
        unit = price(family, token, text, key)
        return "%s;%d;%s;%s;%.2f" % (slot, qty, name, token if token == "-" else token + "ml",
                                      unit * qty)
    raise ValueError(till)


def price(family, token, text, key):
    """A plausible unit price (EUR) from the family and size, varied by a hash."""
    v = h("price|" + key) % 20
    if token == "-":
        return 4 + v + (0.5 if v % 2 else 0)
    ml = float(token)
    per_litre = {"C": 100, "V": 55, "S": 280, "A": 70, "B": 18, "E": 10, "R": 60}[family]
    if text.split()[0] in B_POUR + B_TAP:
        per_litre *= 1.25
    p = max(3.0, ml / 1000 * per_litre * (1 + v / 40))
    return round(p * 2) / 2


# ---------------------------------------------------------------- reading back
def read_entracte(label):
    """-> (family, token, text, vintage) of an ENTRACTE label."""
    m = re.match(r"^([CVSABER])(\d{3}) (.+)$", label)
    if not m:
        raise ValueError("not an ENTRACTE label: %r" % label)
    family, body = m.group(1), m.group(3)
    words = body.split(" ")
    token = words[0] if words[0] in E_TOKENS else ""
    vintage = None
    if family in "CV" and len(words) > 1 and re.fullmatch(r"\d\d", words[-1]):
        vintage = 2000 + int(words[-1])
    return family, token, body, vintage


def read_salle(label):
    m = re.match(r"^(.+?)(?: ((?:19|20)\d\d))? \(([^()]+)\)$", label)
    if not m:
        raise ValueError("not a SALLE label: %r" % label)
    return m.group(3), m.group(1), int(m.group(2)) if m.group(2) else None


def read_billet(label):
    f = label.split(";")
    if len(f) != 5 or f[0] not in SLOTS or not re.fullmatch(r"[1-9]", f[1]) \
            or not re.fullmatch(r"\d+\.\d\d", f[4]) \
            or not (f[3] == "-" or re.fullmatch(r"\d+ml", f[3])):
        raise ValueError("not a BILLETTERIE row: %r" % label)
    m = re.search(r" ((?:19|20)\d\d)$", f[2])
    return f[2], (None if f[3] == "-" else int(f[3][:-2])), int(m.group(1)) if m else None


def measure(till, label, is_beer):
    """The label's measure as (kind, cl) and its vintage, as the label reads."""
    if till == "ENTRACTE":
        _, token, _, vintage = read_entracte(label)
        kind, cl = E_TOKENS.get(token, ("bt", None))
    elif till == "SALLE":
        token, _, vintage = read_salle(label)
        kind, cl = S_TOKENS[token]
    else:
        name, ml, vintage = read_billet(label)
        first = name.split()[0]
        if ml is None:
            kind, cl = "item", None
        elif first in B_POUR:
            kind, cl = "pour", ml / 10
        elif first in B_TAP:
            kind, cl = "tap", ml / 10
        else:
            kind, cl = "bt", (18.75 if ml == 187 else ml / 10)
    if kind == "demi":
        kind, cl = ("tap", 25) if is_beer else ("bt", 37.5)
    return kind, cl, vintage
