"""The three tills of Le Caveau des Hospices: how each prints a label, and how it is read back.

COMPTOIR  bar till (old fixed-width keyboard register): 23 columns exactly.
          `MM NNNNNNNNNNNNNNNNN VV`: a two-character measure code, a 17-column name field
          (ASCII capitals; cut mid-word when longer, filled with dot leaders when shorter),
          then ` 19` (two-digit vintage) or `...` when there is none.
SALLE     waiters' tablet: `T07 item — measure — 89,00 €` (mixed case with accents, the
          table number first, the vintage as four digits at the end of the item, the price
          with a decimal comma, a space and `€`). Food and services: `T07 item — 12,50 €`.
CAVE      wine shop's sales export: three TAB-separated columns: article code (three-letter
          family + four digits), designation in capitals with accents cut at 30 columns
          (vintage last, dropped whole when it does not fit), contenance (`75CL`, `37,5CL`,
          `150CL`, `10CL` tasting pour..., `UN` for a non-drink).
"""
import hashlib
import re
import unicodedata

TILLS = ("COMPTOIR", "SALLE", "CAVE")

COMPTOIR_CODE = {"BT": "BT", "DB": "DB", "MG": "MG", "VR": "VR", "CP": "CP", "V15": "GV",
                 "C50": "CA", "DS": "DS", "DM": "DM", "PT": "PT", "B25": "25", "B33": "33",
                 "B50": "50", "B70": "70", "B100": "1L", None: "--"}
SALLE_WORD = {"BT": "bouteille", "DB": "demi-bouteille", "MG": "magnum", "VR": "verre",
              "CP": "coupe", "V15": "verre 15 cl", "C50": "carafe 50 cl", "DS": "dose 4 cl",
              "DM": "demi pression", "PT": "pinte pression", "B25": "25 cl", "B33": "33 cl",
              "B50": "50 cl", "B70": "70 cl", "B100": "1 l"}
CAVE_FAMILY = {"rouge": "ROU", "blanc": "BLA", "effervescent": "EFF", "rosé": "EFF",
               "spiritueux": "SPI", "autre": "APE", "bière": "BIE", "soft": "SOF", None: "DIV"}
NAME_W = 17
DESIG_W = 30


def h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


def ascii_caps(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def cl_text(cl):
    s = ("%g" % cl).replace(".", ",")
    return s + "CL"


def price(label_core, meas):
    kind = {"BT": (28, 160), "MG": (70, 260), "DB": (18, 60), "VR": (6, 16), "CP": (7, 12),
            "V15": (8, 18), "C50": (22, 48), "DS": (5, 10), "DM": (3, 4), "PT": (6, 8),
            None: (4, 28)}.get(meas, (3, 7))
    lo, hi = kind
    cents = (lo * 100) + h(label_core, (hi - lo) * 20) * 5
    return ("%d,%02d €" % (cents // 100, cents % 100))


def render(till, meas, vintage, text, family=None, fmt=None):
    cheap = family in ("bière", "soft")
    """family: category or colour key for CAVE codes; fmt: the cl the CAVE prints."""
    if till == "COMPTOIR":
        assert text == ascii_caps(text) and text.isascii(), text
        name = text[:NAME_W].rstrip(" ")
        name = name + "." * (NAME_W - len(name))
        tail = " %02d" % (vintage % 100) if vintage else "..."
        return "%s %s%s" % (COMPTOIR_CODE[meas], name, tail)
    if till == "SALLE":
        item = text + (" %d" % vintage if vintage else "")
        table = "T%02d" % (1 + h("table|" + item + "|" + str(meas), 24))
        parts = [table + " " + item]
        if meas is not None:
            parts.append(SALLE_WORD[meas])
        parts.append(price(item + str(meas), "B" if cheap else meas))
        return " — ".join(parts)
    if till == "CAVE":
        d = text.upper() + (" %d" % vintage if vintage else "")
        if len(d) > DESIG_W:
            cut = d[:DESIG_W]
            if d[DESIG_W].isdigit() and cut[-1].isdigit():
                cut = cut.rsplit(" ", 1)[0]
            d = cut.rstrip(" ")
        code = CAVE_FAMILY[family] + "%04d" % h("art|" + text + "|" + str(fmt), 10000)
        cont = "UN" if fmt is None else cl_text(fmt)
        return "\t".join([code, d, cont])
    raise ValueError(till)


def read_vintage(till, label):
    """The vintage the label shows, as each till prints it (None when there is none)."""
    if till == "COMPTOIR":
        m = re.fullmatch(r".{2} .{17} (\d\d)", label)
        if not m:
            return None
        y = int(m.group(1))
        return 2000 + y if y < 40 else 1900 + y
    if till == "SALLE":
        item = label.split(" — ")[0]
        m = re.search(r" ((?:19|20)\d\d)$", item)
        return int(m.group(1)) if m else None
    if till == "CAVE":
        desig = label.split("\t")[1]
        m = re.search(r" ((?:19|20)\d\d)$", desig)
        return int(m.group(1)) if m else None
    raise ValueError(till)
