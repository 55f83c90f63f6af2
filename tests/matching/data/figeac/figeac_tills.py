"""The three tills' rendering habits and the measure vocabulary.

Every case gives the words as that till's staff typed them (`text`), an optional vintage and a
measure code; `render(till, case)` writes the label exactly as the till sends it."""
import re
import unicodedata

# measure code -> (kind, volume in cl or None)
#   kind "bottle": a whole bottle of the entry's format ("b" 75 cl or the wine's only format,
#   "h" half 37.5, "m" magnum 150, "v<cl>" the container named by its volume);
#   kind "pour": a glass / pichet / dose / draught measure of the given volume;
#   kind "unit": the drink's own (only) format, no measure word (bottled beers, softs, food).
MEASURES = {
    "b": ("bottle", None), "h": ("bottle", 37.5), "m": ("bottle", 150),
    "v50": ("bottle", 50), "v100": ("bottle", 100),
    "g": ("pour", 12.5), "g12": ("pour", 12), "g15": ("pour", 15), "g6": ("pour", 6),
    "p25": ("pour", 25), "p50": ("pour", 50),
    "d": ("pour", 4), "d2": ("pour", 2),
    "bd": ("pour", 25), "bp": ("pour", 50),
    "u": ("unit", None),
}

def ascii_fold(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

# ---------------------------------------------------------------- fiston (zinc register)
# Keys programmed by the owner's 16-year-old son: lower-case ASCII, articles and the words
# "chateau"/"domaine" dropped, every word clipped to its first five letters, the vintage as
# 'yy (a 19xx vintage written in full), then "/" and his measure word.
FISTON_STOP = {"de", "du", "des", "la", "le", "les", "d", "l", "et", "chateau", "domaine"}
FISTON_MEAS = {"b": "bout", "h": "demibout", "m": "mag", "v50": "50cl", "v100": "1l",
               "g": "vr", "g12": "vr12", "g15": "vr15", "g6": "vr6", "p25": "pich25",
               "p50": "pich50", "d": "shot", "d2": "shot2", "bd": "demi", "bp": "pinte", "u": ""}

def fiston(text, vint, meas):
    s = ascii_fold(text).lower()
    s = re.sub(r"['’\-\.]", " ", s)
    words = []
    for w in s.split():
        if w in FISTON_STOP:
            continue
        words.append(w[:5] if w.isalpha() else w)
    if vint is not None:
        words.append(str(vint) if vint < 2000 else "'%02d" % (vint % 100))
    out = " ".join(words)
    m = FISTON_MEAS[meas]
    return out + ("/" + m if m else "")

# ---------------------------------------------------------------- appli (phone order pad)
# The waiters' phone app: "1 × <Variante> – <name as typed>" with the vintage in brackets at
# the end; quantity and variant come FIRST, the name last. Mixed case with accents.
APPLI_MEAS = {"b": "Bouteille", "h": "Demi-bouteille", "m": "Magnum", "v50": "Bouteille 50 cl",
              "v100": "1 L", "g": "Verre", "g12": "Verre 12 cl", "g15": "Verre 15 cl",
              "g6": "Verre 6 cl", "p25": "Pichet 25 cl", "p50": "Pichet 50 cl", "d": "Dose",
              "d2": "Dose 2 cl", "bd": "Demi", "bp": "Pinte", "u": "Standard"}

def appli(text, vint, meas):
    name = text + (" (%d)" % vint if vint is not None else "")
    return "1 × %s – %s" % (APPLI_MEAS[meas], name)

# ---------------------------------------------------------------- cloud (English back office)
# The cloud POS of the dining room, its back office left in English: "<Category>: <ITEM>,
# <Variant>". ITEM is the owner's article name in ASCII capitals with the 4-digit vintage,
# cut at 24 characters (trailing space dropped); category and variant in English.
CLOUD_MEAS = {"b": "Bottle", "h": "Half Bottle", "m": "Magnum", "v50": "Bottle 50cl",
              "v100": "1L", "g": "Glass", "g12": "Glass 12cl", "g15": "Glass 15cl",
              "g6": "Glass 6cl", "p25": "Carafe 25cl", "p50": "Carafe 50cl", "d": "Shot",
              "d2": "Shot 2cl", "bd": "Draft 25cl", "bp": "Draft 50cl", "u": "Regular"}
CLOUD_CAT = {"rouge": "Red Wine", "blanc": "White Wine", "rosé": "Rose Wine",
             "liquoreux": "Sweet Wine", "effervescent": "Sparkling", "champagne": "Sparkling",
             "spiritueux": "Spirits", "autre": "Aperitifs", "bière": "Bottled Beer",
             "draft": "Draft Beer", "soft": "Soft Drinks", "food": "Food", "hot": "Hot Drinks",
             "misc": "Misc"}
CLOUD_WIDTH = 24

def cloud(text, vint, meas, cat):
    item = ascii_fold(text).upper().replace("’", "'")
    if vint is not None:
        item += " %d" % vint
    cut = item[:CLOUD_WIDTH].rstrip()
    if vint is not None and len(item) > CLOUD_WIDTH:
        tail = cut.split(" ")[-1]
        assert not (tail.isdigit() and tail != str(vint) and str(vint).startswith(tail)), item
    return "%s: %s, %s" % (CLOUD_CAT[cat], cut, CLOUD_MEAS[meas])

# ---------------------------------------------------------------- reading a label back
def read_vintage(till, label):
    """The vintage printed on the rendered label (None when there is none or it was cut)."""
    if till == "fiston":
        m = re.search(r"(?:^| )'(\d\d)(?:/|$)", label)
        if m:
            return 2000 + int(m.group(1))
        m = re.search(r"(?:^| )(19[5-9]\d)(?:/|$)", label)
        return int(m.group(1)) if m else None
    if till == "appli":
        m = re.search(r" \(((?:19|20)\d\d)\)$", label)
        return int(m.group(1)) if m else None
    if till == "cloud":
        item = label.split(": ", 1)[1].rsplit(", ", 1)[0]
        m = re.search(r" ((?:19[5-9]|20[0-2])\d)$", item)
        return int(m.group(1)) if m else None
    raise ValueError(till)

def render(till, text, vint, meas, cat):
    if till == "fiston":
        return fiston(text, vint, meas)
    if till == "appli":
        return appli(text, vint, meas)
    return cloud(text, vint, meas, cat)
