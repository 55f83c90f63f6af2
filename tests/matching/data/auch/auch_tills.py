"""The three tills of L'Auberge du Gers and how each renders a label and prints a vintage."""
import hashlib
import re
import unicodedata


def ascii_upper(s):
    s = s.replace("°", "").replace("–", "-")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.upper()


# ---- BAR: the counter's electronic register -------------------------------------
BAR_WIDTH = 18
BAR_PREFIX = {"V": "VRE", "V15": "V15", "V8": "V8", "CP": "CP", "P25": "PICH25",
              "P50": "PICH50", "D4": "DOSE", "D2": "2CL", "DEMI": "DEMI", "PINTE": "PINTE",
              "B37": "1/2", "B150": "MAG"}
BAR_SIZE = {"B33": "33CL", "B25": "25CL", "B50": "50CL", "B100": "1L"}


def render_bar(measure, text, vintage):
    name = ascii_upper(text).replace("'", " ").replace("-", " ")
    name = " ".join(name.split())
    parts = []
    if measure in BAR_PREFIX:
        parts.append(BAR_PREFIX[measure])
    parts.append(name)
    if measure in BAR_SIZE:
        parts.append(BAR_SIZE[measure])
    if vintage is not None:
        parts.append("%02d" % (vintage % 100))
    return " ".join(parts)[:BAR_WIDTH].rstrip()


def bar_vintage(label):
    last = label.split()[-1]
    if re.fullmatch(r"\d\d", last):
        n = int(last)
        return 2000 + n if n <= 30 else 1900 + n
    return None


# ---- SALLE: the waiters' tablet (the owner's menu, mixed case, option in brackets) --
SALLE_OPTION = {"B": "bouteille", "B37": "demi-bouteille", "B150": "magnum", "B50": "50cl",
                "B33": "33cl", "B25": "25cl", "B100": "1l", "V": "verre", "V15": "verre 15cl",
                "V8": "verre 8cl", "CP": "coupe", "P25": "pichet 25cl", "P50": "pichet 50cl",
                "D4": "dose 4cl", "D2": "dose 2cl", "DEMI": "demi", "PINTE": "pinte"}


def render_salle(measure, text, vintage):
    s = text
    if vintage is not None:
        s += " %d" % vintage
    if measure is not None:
        s += " (%s)" % SALLE_OPTION[measure]
    return s


def salle_vintage(label):
    m = re.search(r" ((?:19|20)\d\d) \([^()]*\)$", label)
    return int(m.group(1)) if m else None


# ---- COMPTA: the back office's article export, ';' separated ---------------------
COMPTA_LIB = 24
COMPTA_COND = {"V": ("VE", "12,5"), "V15": ("VE", "15"), "V8": ("VE", "8"), "CP": ("CP", "12,5"),
               "P25": ("PI", "25"), "P50": ("PI", "50"), "D4": ("DO", "4"), "D2": ("DO", "2"),
               "DEMI": ("PR", "25"), "PINTE": ("PR", "50")}
FAMILY = {("vin", "rouge"): 1, ("vin", "blanc"): 2, ("vin", "rosé"): 2, ("vin", "liquoreux"): 2,
          "champagne": 3, "spiritueux": 4, "bière": 5, "soft": 6, "autre": 7}


def family(category, colour):
    if category == "vin":
        return FAMILY[("vin", colour)]
    return FAMILY[category]


_PLU = {}


def plu_for(fam, article):
    """One article (libellé, packaging, volume) keeps one PLU: the family digit and three
    digits of a SHA-256 of the article, moved on by one while taken by another article."""
    if article in _PLU:
        return _PLU[article]
    n = int(hashlib.sha256("|".join(article).encode()).hexdigest(), 16) % 1000
    taken = set(_PLU.values())
    while "%d%03d" % (fam, n) in taken:
        n = (n + 1) % 1000
    _PLU[article] = "%d%03d" % (fam, n)
    return _PLU[article]


def render_compta(measure, text, vintage, fam, bottle_cl):
    lib = " ".join(ascii_upper(text).split())[:COMPTA_LIB].rstrip()
    mill = "" if vintage is None else str(vintage)
    if measure is None:
        cond, cl = "", ""
    elif measure in COMPTA_COND:
        cond, cl = COMPTA_COND[measure]
    else:
        cond, cl = "BT", bottle_cl.replace(".", ",")
    plu = plu_for(fam, (lib, cond, cl))
    return ";".join([plu, lib, mill, cond, cl])


def compta_vintage(label):
    f = label.split(";")
    return int(f[2]) if f[2] else None


VINTAGE_READERS = {"bar": bar_vintage, "salle": salle_vintage, "compta": compta_vintage}
