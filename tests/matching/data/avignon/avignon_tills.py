"""The three tills of La Treille des Papes and how each one prints a product.

A case spec gives a measure key (below), a vintage as typed (or none) and the text the
staff or the software holds for the product; `render(till, ...)` returns the label the till
exports. Measure keys:

    btl   the wine's ordinary bottle        half  37.5 cl        mag  150 cl
    b25 b33 b50 b70 b100   a bottle of that size (beers, softs, spirits, the 50 cl muscat)
    gl    glass, 12.5 cl    gl12  glass 12 cl   gl15  glass 15 cl   cp  coupe 12.5 cl
    cp12  coupe 12 cl       p25 / p50  carafe (pichet) 25 / 50 cl
    dose  4 cl of a spirit  2cl  2 cl of a spirit
    demi / pinte   25 / 50 cl of draught beer
    -     no measure: not a drink
"""

import hashlib
import re
import unicodedata

# measure key -> (kind, volume in cl)
#   kind: "bottle" (volume = bottle size, None = the ordinary bottle), "pour" (a wine's
#   glass or carafe), "spirit" (a dose), "draught" (from the keg), None (not a drink)
MEASURES = {
    "btl": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "b25": ("bottle", 25), "b33": ("bottle", 33), "b50": ("bottle", 50),
    "b70": ("bottle", 70), "b100": ("bottle", 100),
    "gl": ("pour", 12.5), "gl12": ("pour", 12), "gl15": ("pour", 15),
    "cp": ("pour", 12.5), "cp12": ("pour", 12), "p25": ("pour", 25), "p50": ("pour", 50),
    "dose": ("spirit", 4), "2cl": ("spirit", 2),
    "demi": ("draught", 25), "pinte": ("draught", 50),
    "-": (None, None),
}

TILLS = ("zinc", "carte", "terrasse")

# ---------------------------------------------------------------- zinc: 16 columns
ZINC_WIDTH = 16
ZINC_PREFIX = {
    "btl": "", "half": "1/2", "mag": "MG", "b25": "25", "b33": "33", "b50": "50",
    "b70": "70", "b100": "1L", "gl": "VR", "gl15": "V15", "cp": "CP", "p25": "P25",
    "p50": "P50", "dose": "DS", "2cl": "2CL", "demi": "DM", "pinte": "PT", "-": "",
}

# ---------------------------------------------------------------- carte: wine-list export
CARTE_WIDTH = 76
CARTE_SUFFIX = {
    "btl": "", "half": "(demi-bouteille)", "mag": "(magnum)", "b25": "(25 cl)",
    "b33": "(33 cl)", "b50": "(50 cl)", "b70": "(70 cl)", "b100": "(100 cl)",
    "gl12": "(verre 12 cl)", "gl15": "(verre 15 cl)", "cp12": "(coupe 12 cl)",
    "p25": "(pichet 25 cl)", "p50": "(pichet 50 cl)", "dose": "(4 cl)", "2cl": "(2 cl)",
    "demi": "(pression 25 cl)", "pinte": "(pression 50 cl)", "-": "",
}

# ---------------------------------------------------------------- terrasse: handheld
TERRASSE_WORD = 5
TERRASSE_STOP = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "a", "au",
                 "aux", "&"}
TERRASSE_BRACKET = {
    "btl": "[btl]", "half": "[1/2]", "mag": "[mag]", "b25": "[25cl]", "b33": "[33cl]",
    "b50": "[50cl]", "b70": "[70cl]", "b100": "[1l]", "gl": "[vr]", "gl15": "[vr15]",
    "cp": "[coupe]", "p25": "[p25]", "p50": "[p50]", "dose": "[dose]", "2cl": "[2cl]",
    "demi": "[demi]", "pinte": "[pinte]", "-": "",
}


def ascii_fold(text):
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


def md5_int(*parts):
    return int(hashlib.md5("|".join(str(p) for p in parts).encode("utf-8")).hexdigest(), 16)


def zinc_full(measure, text, vintage):
    """What the staff typed on the register, before the 16-column cut."""
    words = [ZINC_PREFIX[measure], text.replace("*", "")]
    if vintage is not None:
        words.append("%02d" % (vintage % 100))
    full = " ".join(w for w in words if w)
    if full != full.upper() or not re.fullmatch(r"[A-Z0-9 /&.]+", full):
        raise ValueError("zinc text must be ASCII capitals: %r" % full)
    return full


def zinc_cut(full):
    return full[:ZINC_WIDTH].rstrip()


def shorten(text):
    """The handheld's short name: lower-case ASCII, small words dropped, 5 letters a word."""
    t = ascii_fold(text).lower()
    t = re.sub(r"['\-]", " ", t)
    t = re.sub(r"[^a-z0-9 ]", " ", t)
    words = [w for w in t.split() if w not in TERRASSE_STOP]
    return " ".join(w if w.isdigit() else w[:TERRASSE_WORD] for w in words)


def terrasse_label(measure, text, vintage):
    words = [shorten(text)]
    if vintage is not None:
        words.append(str(vintage))
    if TERRASSE_BRACKET[measure]:
        words.append(TERRASSE_BRACKET[measure])
    return " ".join(words)


def carte_label(bin_no, measure, text, vintage, price):
    left = "%03d  %s  %s" % (bin_no, vintage if vintage is not None else "----", text)
    if CARTE_SUFFIX[measure] is None:
        raise ValueError("measure %s not on the carte" % measure)
    if CARTE_SUFFIX[measure]:
        left += " " + CARTE_SUFFIX[measure]
    dots = max(3, CARTE_WIDTH - len(left) - 2 - len(price))
    return "%s %s %s" % (left, "." * dots, price)


BAR_ITEMS = ("Café", "Mauresque", "Frigolet tonic")  # priced at the bar, not the kitchen

PRICE_TIERS = [  # appellation prefix -> (lowest, spread) of a 75 cl bottle, in euros
    ("Châteauneuf-du-Pape", 58, 70), ("Hermitage", 150, 60), ("Côte-Rôtie", 85, 35),
    ("Cornas", 65, 30), ("Gigondas", 38, 30), ("Vacqueyras", 30, 20), ("Rasteau", 28, 20),
    ("Cairanne", 26, 16), ("Lirac", 28, 17), ("Tavel", 26, 14), ("Muscat", 28, 15),
    ("Beaumes", 26, 12), ("Crozes", 30, 18), ("Saint-Joseph", 35, 20), ("Côtes", 22, 14),
    ("Ventoux", 22, 18), ("Champagne", 62, 48),
]


def carte_price(product, measure, category, text):
    """A list price from an MD5 of the product: euros, `,50` or `,00` on pours."""
    h = md5_int("price", product, measure)
    kind, vol = MEASURES[measure]
    cents = "50" if (h >> 8) % 2 else "00"
    if kind == "pour":
        base = {12: 7, 12.5: 7, 15: 9, 25: 12, 50: 21}[vol]
        return "%d,%s" % (base + h % 6, cents)
    if kind == "spirit":
        return "%d,%s" % ((4 if vol == 2 else 7) + h % 5, cents)
    if kind == "draught":
        return "%d,50" % ((4 if vol == 25 else 7) + h % 2)
    if kind == "bottle":
        if category in ("bière", "soft"):
            return "%d,50" % (4 + h % 3)
        if category in ("spiritueux", "autre"):
            return "%d" % (80 + h % 60)
        low, spread = next((t[1:] for t in PRICE_TIERS if text.startswith(t[0])), (30, 30))
        price = low + h % spread
        size = vol or 75
        return "%d" % round(price * {37.5: 0.55, 50: 0.8, 75: 1, 150: 2.1}[size])
    if text.startswith("Café"):
        return "%d,%s" % (2 + h % 2, cents)
    if text.startswith(BAR_ITEMS):
        return "%d,%s" % (5 + h % 4, cents)
    return "%d,%s" % (9 + h % 26, cents)


def read_vintage(till, label):
    """The vintage the label prints, by the till's own habit (None when none)."""
    if till == "zinc":
        m = re.search(r" (\d\d)$", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "carte":
        m = re.match(r"\d{3}  (\d{4}|----)  ", label)
        return None if m.group(1) == "----" else int(m.group(1))
    body = re.sub(r" \[[^\]]+\]$", "", label)
    m = re.search(r" ((?:19|20)\d\d)$", body)
    return int(m.group(1)) if m else None
