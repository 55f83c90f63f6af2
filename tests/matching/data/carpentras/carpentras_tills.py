"""The three tills of "Le Comtadin" and how each one prints a label.

Measures used by the cases (internal codes, never printed as such):
  B bottle (75 cl for a wine), H half bottle, M magnum, S<n> a bottle of n cl,
  G glass without volume, G<n> glass of n cl, CP coupe, CP<n> coupe of n cl,
  P50 / P25 pichet, D dose (4 cl), D2 dose of 2 cl, DE demi (beer, 25 cl),
  PI pinte (beer, 50 cl), "" nothing (food, coffee, services).
"""
import hashlib
import re
import unicodedata

COMPTOIR_WIDTH = 16
WINE_FAMILIES = {"rouge", "rosé", "blanc", "vin doux", "bulles"}


def ascii_upper(text):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("'", " ").replace("’", " ")
    t = re.sub(r"\s+", " ", t).strip()
    return t.upper()


def family_of(product):
    """The catalogue family of a held drink (salle tag, bureau code digit)."""
    key, cat, colour = product["key"], product["category"], product["colour"]
    if cat == "vin":
        return {"rouge": "rouge", "rosé": "rosé", "blanc": "blanc",
                "liquoreux": "vin doux", "effervescent": "bulles"}[colour]
    if cat == "champagne":
        return "bulles"
    if cat == "autre" or key in ("bardouin", "ricard", "p51", "get27"):
        return "apéritif"
    if cat == "spiritueux":
        return "alcool"
    return {"bière": "bière", "soft": "soft"}[cat]


# ---------------------------------------------------------------- comptoir
COMPTOIR_CODES = {"B": "BTL", "H": "1/2", "M": "MAG", "G": "VRE", "G15": "V15",
                  "CP": "CP", "P50": "P50", "P25": "P25", "D": "DOSE",
                  "D2": "2CL", "DE": "DEMI", "PI": "PINT", "": ""}


def comptoir(text, meas, vintage, family):
    if meas == "B" and family not in WINE_FAMILIES:
        code = ""                       # a soft or a bottled beer: its key only
    elif meas.startswith("S"):
        n = int(meas[1:])
        code = "1L" if n == 100 else "%dCL" % n
    else:
        code = COMPTOIR_CODES[meas]
    parts = [code, ascii_upper(text)]
    if vintage:
        parts.append("%02d" % (vintage % 100))
    label = " ".join(p for p in parts if p)
    return label[:COMPTOIR_WIDTH].rstrip()


def read_comptoir(label):
    toks = label.split()
    meas = ""
    first = toks[0]
    inv = {v: k for k, v in COMPTOIR_CODES.items() if v}
    if first in inv and len(toks) > 1:
        meas = inv[first]
    elif first == "1L" and len(toks) > 1:
        meas = "S100"
    elif re.fullmatch(r"\d+CL", first) and first != "2CL" and len(toks) > 1:
        meas = "S" + first[:-2]
    vintage = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        vintage = 2000 + int(toks[-1])
    return meas, vintage


# ---------------------------------------------------------------- salle
SALLE_WORDS = {"B": "bouteille", "H": "demi-bouteille", "M": "magnum", "G": "verre",
               "CP": "coupe", "P50": "pichet 50cl", "P25": "pichet 25cl", "D": "dose",
               "D2": "dose 2cl", "DE": "demi", "PI": "pinte"}


def salle(text, meas, vintage, family):
    label = "%s: %s" % (family, text)
    if vintage:
        label += " %d" % vintage
    if meas:
        if meas.startswith("S"):
            n = int(meas[1:])
            word = "1L" if n == 100 else "%dcl" % n
        elif re.fullmatch(r"G\d+", meas):
            word = "verre %scl" % meas[1:]
        else:
            word = SALLE_WORDS[meas]
        label += " - " + word
    return label


def read_salle(label):
    fam, body = label.split(": ", 1)
    meas = ""
    if " - " in body:
        head, word = body.rsplit(" - ", 1)
        inv = {v: k for k, v in SALLE_WORDS.items()}
        if word in inv:
            meas = inv[word]
        elif word == "1L":
            meas = "S100"
        elif re.fullmatch(r"\d+cl", word):
            meas = "S" + word[:-2]
        elif re.fullmatch(r"verre \d+cl", word):
            meas = "G" + word[6:-2]
        else:
            head = body
        body = head if meas else body
    vintage = None
    m = re.search(r" (\d{4})$", body)
    if m and 1960 <= int(m.group(1)) <= 2029:
        vintage = int(m.group(1))
    return meas, vintage


# ---------------------------------------------------------------- bureau
BUREAU_FAMILY_DIGIT = {"rouge": 1, "rosé": 2, "blanc": 3, "vin doux": 4, "bulles": 5,
                       "apéritif": 6, "alcool": 6, "bière": 7, "soft": 8, "café": 8,
                       "cuisine": 9, "divers": 9}
BUREAU_WORDS = {"B": "BTL 75CL", "H": "BTL 37,5CL", "M": "MAG 150CL", "P50": "PICHET 50CL",
                "P25": "PICHET 25CL", "D": "DOSE 4CL", "D2": "DOSE 2CL", "DE": "DEMI 25CL",
                "PI": "PINTE 50CL"}
# price ranges by kind of sale: (base in cents, step, steps)
PRICE = {"B": (2400, 100, 40), "H": (1500, 100, 12), "M": (5600, 200, 30), "S": (350, 50, 6),
         "G": (450, 50, 10), "CP": (900, 100, 6), "P50": (1400, 100, 8), "P25": (800, 50, 8),
         "D": (450, 50, 10), "D2": (350, 50, 4), "DE": (350, 50, 3), "PI": (650, 50, 4),
         "": (250, 50, 30)}
NO_MEASURE_PRICE = {"cuisine": (900, 50, 30), "café": (180, 20, 8), "soft": (400, 50, 5),
                    "alcool": (800, 50, 6), "apéritif": (700, 50, 6), "divers": (200, 100, 9)}


def _bureau_word(meas):
    if meas.startswith("S"):
        n = int(meas[1:])
        return "BTL %dCL" % n
    m = re.fullmatch(r"(G|CP)(\d+)", meas)
    if m:
        return "%s %sCL" % ("VERRE" if m.group(1) == "G" else "COUPE", m.group(2))
    return BUREAU_WORDS[meas]


def bureau(text, meas, vintage, family):
    lib = ascii_upper(text)
    if vintage:
        lib += " %d" % vintage
    if meas:
        lib += " " + _bureau_word(meas)
    h = int(hashlib.sha256(lib.encode("utf-8")).hexdigest(), 16)
    code = "%d%04d" % (BUREAU_FAMILY_DIGIT[family], h % 10000)
    kind = re.sub(r"\d+$", "", meas) if meas not in ("P50", "P25", "D2") else meas
    if kind == "S" and family in WINE_FAMILIES:
        kind = "B"                      # a wine's own bottle size (the 50 cl muscat)
    base, step, steps = NO_MEASURE_PRICE[family] if not meas else PRICE[kind]
    cents = base + step * ((h >> 20) % steps)
    if lib.startswith("BOLLINGER") and kind in ("B", "M"):
        cents += 3000 if kind == "B" else 6000
    price = "%d,%02d" % (cents // 100, cents % 100)
    return "%s;%s;%s" % (code, lib, price)


def read_bureau(label):
    code, lib, price = label.split(";")
    meas = ""
    m = re.search(r" (BTL|MAG|VERRE|COUPE|PICHET|DOSE|DEMI|PINTE) (\d+(?:,5)?)CL$", lib)
    if m:
        word, n = m.group(1), m.group(2)
        lib = lib[:m.start()]
        if word == "BTL":
            meas = {"75": "B", "37,5": "H"}.get(n, "S" + n)
        elif word == "MAG":
            meas = "M"
        elif word in ("VERRE", "COUPE"):
            meas = ("G" if word == "VERRE" else "CP") + n
        elif word == "PICHET":
            meas = "P" + n
        elif word == "DOSE":
            meas = "D" if n == "4" else "D" + n
        elif word == "DEMI":
            meas = "DE"
        else:
            meas = "PI"
    vintage = None
    vm = re.search(r" (\d{4})$", lib)
    if vm and 1960 <= int(vm.group(1)) <= 2029:
        vintage = int(vm.group(1))
    return meas, vintage


TILLS = {"comptoir": (comptoir, read_comptoir), "salle": (salle, read_salle),
         "bureau": (bureau, read_bureau)}
