"""The three tills' rendering habits and how each prints (and is read for) the vintage."""
import hashlib
import re
import unicodedata

TILLS = ("COMPTOIR", "SALLE", "HOTEL")
WIDTH = {"COMPTOIR": 20, "HOTEL": 24}

COMPTOIR_MEAS = {"B": "", "H": "1/2", "M": "MAG", "V": "VERRE", "P25": "PICHET25",
                 "P50": "PICHET50", "C": "COUPE", "D": "DOSE", "DM": "DEMI", "PT": "PINTE", "X": ""}
SALLE_MEAS = {"B": "btl", "H": "1/2 btl", "M": "magnum", "V": "verre", "V15": "verre 15cl",
              "P25": "pichet 25cl", "P50": "pichet 50cl", "C": "coupe", "D": "dose",
              "DM": "demi", "PT": "pinte", "X": ""}
HOTEL_MEAS = {"B": "BTL", "H": "1/2", "M": "MAG", "V": "VERRE", "C": "COUPE", "D": "DOSE",
              "DM": "DEMI", "PT": "PINTE", "X": ""}
# hotel article numbers: first digit = the back office's article group
HOTEL_GROUP = {"vin": "1", "bulles": "2", "bière": "3", "spiritueux": "4", "autre": "4",
               "soft": "5", "CUI": "8", "BAR": "8", "HOT": "9"}
B_BASE = {"bulles": 4800, "bière": 450, "soft": 350, "CUI": 900, "BAR": 300}
PRICE_BASE = {"B": 2800, "H": 1600, "M": 6400, "V": 550, "V15": 650, "P25": 900, "P50": 1600,
              "C": 900, "D": 450, "DM": 350, "PT": 650, "X": 600}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def digest(*parts):
    return int(hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest(), 16)


def render(till, family, group, meas, vint, text):
    """family: comptoir family; group: hotel article group; vint: typed vintage (int) or None."""
    if till == "COMPTOIR":
        words = [COMPTOIR_MEAS[meas], text]
        if family == "BIB" and meas == "B":
            words[0] = "BTL"
        if vint is not None:
            words.append("%02d" % (vint % 100))
        label = family + ">" + " ".join(w for w in words if w)
        label = ascii_upper(label)[:WIDTH[till]].rstrip(" ")
        return label
    if till == "SALLE":
        head = text + (" %d" % vint if vint is not None else "")
        base = PRICE_BASE[meas]
        if meas == "B" and group in B_BASE:
            base = B_BASE[group]
        cents = base + 50 * (digest(till, text, meas) % (24 if base >= 2000 else 4))
        if meas in ("DM", "PT", "D", "C", "V", "V15"):
            cents = base + 50 * (digest(till, text, meas) % 6)
        price = "%d,%02d€" % (cents // 100, cents % 100)
        if meas == "X":
            cents = B_BASE.get(group, 900) + 50 * (digest(till, text) % 12)
        mw = SALLE_MEAS[meas]
        return "%s - %s%s" % (head, mw + " " if mw else "", price)
    if till == "HOTEL":
        art = HOTEL_GROUP[group] + "%03d" % (digest(till, text, meas, str(vint)) % 1000)
        parts = [HOTEL_MEAS[meas], text.replace(" ", ".")]
        if vint is not None:
            parts.append("%02d" % (vint % 100))
        label = art + " " + ".".join(p for p in parts if p)
        return ascii_upper(label)[:WIDTH[till]].rstrip(". ")
    raise ValueError(till)


def read_vintage(till, label):
    """The vintage as printed on the label, or None."""
    if till == "COMPTOIR":
        m = re.search(r" (\d\d)$", label)
    elif till == "SALLE":
        m = re.search(r" ((?:19|20)\d\d) - ", label)
        return int(m.group(1)) if m else None
    else:
        m = re.search(r"\.(\d\d)$", label)
    if not m:
        return None
    yy = int(m.group(1))
    return 2000 + yy if yy <= 30 else 1900 + yy
