"""The three tills of the Auberge des Trois Pommiers: how each prints a label.

Measures are written in the specs with one canonical code:
  ''      a wine's 75 cl bottle          half / mag  37.5 / 150 cl bottle
  b25 b33 b50 b70 b75 b100               a bottle of that size (cl)
  glass   12.5 cl glass                  glass15     15 cl glass
  coupe   12.5 cl coupe                  pich25 / pich50  carafe (pichet)
  dose    4 cl   cl2  2 cl   cl6  6 cl    bolee  25 cl cider bowl
  demi    25 cl of draught               pinte  50 cl of draught
Every "random" choice (table, time, modifier, card, price, EAN) comes from an
MD5 of the product, so every build writes the same bytes.
"""
import hashlib
import re
import unicodedata

# canonical code -> (sort, volume in cl): sort is bottle, pour or draught
MEASURES = {
    "": ("bottle", 75), "b75": ("bottle", 75), "half": ("bottle", 37.5),
    "mag": ("bottle", 150), "b25": ("bottle", 25), "b33": ("bottle", 33),
    "b50": ("bottle", 50), "b70": ("bottle", 70), "b100": ("bottle", 100),
    "glass": ("pour", 12.5), "glass15": ("pour", 15), "coupe": ("pour", 12.5),
    "pich25": ("pour", 25), "pich50": ("pour", 50), "dose": ("pour", 4),
    "cl2": ("pour", 2), "cl6": ("pour", 6), "bolee": ("pour", 25),
    "demi": ("draught", 25), "pinte": ("draught", 50),
}

CAISSE_CODES = {
    "": "", "half": "1/2", "mag": "MAG", "b25": "25CL", "b33": "33CL", "b50": "50CL",
    "b70": "70CL", "b75": "75CL", "b100": "1L", "glass": "VRE", "glass15": "VRE15",
    "coupe": "CP", "pich25": "PICH25", "pich50": "PICH50", "dose": "DOSE", "cl2": "2CL",
    "cl6": "6CL", "bolee": "BOLEE", "demi": "DEMI", "pinte": "PINTE",
}
BONS_WORDS = {
    "": "btl", "half": "demi-btl", "mag": "magnum", "b25": "25cl", "b33": "33cl",
    "b50": "50cl", "b70": "70cl", "b75": "75cl", "b100": "1l", "glass": "verre",
    "glass15": "verre 15cl", "coupe": "coupe", "pich25": "pichet 25", "pich50": "pichet 50",
    "dose": "dose", "cl2": "2cl", "cl6": "6cl", "bolee": "bolée", "demi": "demi",
    "pinte": "pinte",
}
BOUTIQUE_SIZES = {
    "": "75 cl", "b75": "75 cl", "half": "37,5 cl", "mag": "150 cl", "b25": "25 cl",
    "b33": "33 cl", "b50": "50 cl", "b70": "70 cl", "b100": "100 cl",
}
CAISSE_WIDTH = 21


def md5int(*parts):
    return int(hashlib.md5("|".join(str(p) for p in parts).encode("utf-8")).hexdigest(), 16)


def ascii_caps(text):
    """Register text: capitals, no accents, apostrophes and hyphens as spaces."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("'", " ").replace("’", " ").replace("-", " ").upper()
    return " ".join(t.split())


def read_year(two):
    """A two-digit year: 50-99 are 19yy (old calvados), 00-49 are 20yy."""
    n = int(two)
    return 1900 + n if n >= 50 else 2000 + n


# ---------------------------------------------------------------- caisse --
def render_caisse(measure, vintage, text):
    """Return (full line before the cut, printed label)."""
    parts = []
    if CAISSE_CODES[measure]:
        parts.append(CAISSE_CODES[measure])
    parts.append(ascii_caps(text))
    if vintage is not None:
        parts.append("%02d" % (vintage % 100))
    full = " ".join(parts)
    return full, full[:CAISSE_WIDTH].rstrip()


def parse_caisse(label):
    toks = label.split()
    rev = {v: k for k, v in CAISSE_CODES.items() if v}
    measure = rev.get(toks[0], "") if toks else ""
    vintage = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        vintage = read_year(toks[-1])
    return measure, vintage


# ------------------------------------------------------------------ bons --
MODIFIERS = {
    "red": ["CHAMBRÉ", "À CARAFER", "AVEC LE PLAT", "SUITE"],
    "white": ["BIEN FRAIS", "AVEC L'ENTRÉE", "SEAU À GLACE", "SUITE"],
    "bubbles": ["BIEN FRAIS", "À L'APÉRO", "POUR LE DESSERT"],
    "calva": ["EN DIGESTIF", "AVEC LE CAFÉ", "SANS GLACE", "VERRE TULIPE"],
    "cold": ["BIEN FRAIS", "À L'APÉRO", "AVEC GLAÇONS"],
    "food": ["SAIGNANT", "À POINT", "SANS CRÈME", "SUITE"],
    "wine": ["SUITE", "AVEC LE PLAT", "À L'APÉRO"],
}


def bons_prefix(seed):
    h = md5int("bons", seed)
    table = 1 + h % 24
    if (h >> 8) % 2:
        hh, mm = 12 + (h >> 9) % 3, (h >> 12) % 60
    else:
        hh, mm = 19 + (h >> 9) % 4, (h >> 12) % 60
    return "T%02d %02d:%02d" % (table, hh, mm)


def bons_modifier(seed, family):
    h = md5int("mod", seed)
    if h % 100 >= 38:
        return ""
    opts = MODIFIERS[family]
    return opts[(h >> 7) % len(opts)]


def render_bons(measure, vintage, text, family):
    seed = "%s|%s|%s" % (measure, vintage, text)
    body = text
    if vintage is not None:
        body += " '%02d" % (vintage % 100)
    if measure is not None:
        body += " " + BONS_WORDS[measure]
    label = bons_prefix(seed) + " " + body
    mod = bons_modifier(seed, family)
    if mod:
        label += " >> " + mod
    return label


BONS_RE = re.compile(r"^T\d\d \d\d:\d\d (.*?)(?: >> [^>]+)?$")


def parse_bons(label):
    m = BONS_RE.match(label)
    body = m.group(1) if m else label
    measure = None
    for code, word in sorted(BONS_WORDS.items(), key=lambda kv: -len(kv[1])):
        if body == word or body.endswith(" " + word):
            measure = code
            break
    ys = re.findall(r"(?:^| )'(\d\d)(?= |$)", body)
    vintage = read_year(ys[-1]) if ys else None
    return measure, vintage


# -------------------------------------------------------------- boutique --
def ean13(twelve):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(twelve))
    return twelve + str((10 - s % 10) % 10)


def product_ean(key, measure, prefix=None):
    """One GS1 code per product and bottle size, shared by its vintages."""
    h = md5int("ean", key, BOUTIQUE_SIZES.get(measure, measure))
    if prefix:
        body = prefix + ("%012d" % (h % 10 ** 12))[: 12 - len(prefix)]
    else:
        body = "3" + str(h % 8) + "%010d" % ((h >> 3) % 10 ** 10)
    return ean13(body)


def instore_ean(text):
    h = md5int("instore", text)
    return ean13("2" + "%011d" % (h % 10 ** 11))


def render_boutique(measure, vintage, text, size_text, ean, price):
    seed = "%s|%s|%s" % (measure, vintage, text)
    h = md5int("card", seed)
    card = "carte %06d" % (h % 60000 + 1000) if h % 10 < 7 else "passage"
    pts = price // 2 if card != "passage" else 0
    name = text if vintage is None else "%s %d" % (text, vintage)
    return "%s ; %s ; %s ; %s ; +%d %s" % (card, name, size_text, ean, pts,
                                           "pts" if pts > 1 else "pt")


def parse_boutique(label):
    f = label.split(" ; ")
    rev = {}
    for k, v in BOUTIQUE_SIZES.items():
        rev.setdefault(v, k if k else "")
    rev["75 cl"] = ""
    measure = rev.get(f[2]) if len(f) == 5 else None
    ys = re.findall(r"(?:^| )((?:19|20)\d\d)(?= |$)", f[1]) if len(f) == 5 else []
    vintage = int(ys[-1]) if ys else None
    return measure, vintage
