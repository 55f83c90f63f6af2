"""The three tills of "Lo Clapàs" and how each prints a product.

taulier  the counter register: ASCII capitals, Occitan / Catalan shorthand for the
         measures, the colours and the appellations, 24 columns, cut hard.
ardoise  the chalkboard-menu app: a kind emoji, the name as on the board, a
         four-digit vintage, " — " and a price in euros, then hashtags (the measure is
         always the first hashtag of a drink).
compta   the sales export to the accountant: revenue account ; analytic account ;
         article code ; designation (capitals, vintage in four digits) ; packaging code.
"""
import hashlib
import unicodedata

# canonical measure -> (kind, centilitres). "bottle" sells the entry of that size,
# "pour" takes from the ordinary bottle, "draught" from the keg.
MEASURES = {
    "btl": ("bottle", 75), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "b50": ("bottle", 50), "b33": ("bottle", 33), "b70": ("bottle", 70),
    "b75": ("bottle", 75), "b100": ("bottle", 100),
    "glass": ("pour", 12.5), "glass15": ("pour", 15), "glass6": ("pour", 6),
    "pich25": ("pour", 25), "pich50": ("pour", 50),
    "dose": ("pour", 4), "dose2": ("pour", 2),
    "demi": ("draught", 25), "pinte": ("draught", 50),
    "": (None, None),
}

TAULIER_WIDTH = 24
TAULIER_WORD = {
    "btl": "", "half": "MIEJA", "mag": "MAG", "b50": "BOT50", "b33": "BOT33",
    "b70": "BOT70", "b75": "BOT75", "b100": "BOT100", "glass": "GOT", "glass15": "GOT15",
    "glass6": "GOTET", "pich25": "PIC25", "pich50": "PIC50", "dose": "DOSA",
    "dose2": "DOSA2", "demi": "MIEG", "pinte": "PINTA", "": "",
}
# first words after which a final two-digit number is never a vintage
TAULIER_NOT_WINE = {"DOSA", "DOSA2", "MIEG", "PINTA", "BOT33", "BOT70", "BOT75", "BOT100"}

ARDOISE_TAG = {
    "btl": "#bouteille", "half": "#demibouteille", "mag": "#magnum", "b50": "#50cl",
    "b33": "#33cl", "b70": "#70cl", "b75": "#75cl", "b100": "#1litre", "glass": "#verre",
    "glass15": "#verre15cl", "glass6": "#verre6cl", "pich25": "#pichet25",
    "pich50": "#pichet50", "dose": "#dose", "dose2": "#dose2cl", "demi": "#demi",
    "pinte": "#pinte", "": "",
}
EMOJI = {
    "rouge": "🔴", "blanc": "🟡", "rosé": "🌸", "effervescent": "🫧", "liquoreux": "🍯",
    "bière": "🍺", "spiritueux": "🥃", "autre": "🍸", "soft": "🥤", "eau": "💧",
    "food": "🍴", "coffee": "☕", "service": "🧾", "cocktail": "🍹",
}

COMPTA_COND = {
    "btl": "BT75", "half": "BT37,5", "mag": "BT150", "b50": "BT50", "b33": "BT33",
    "b70": "BT70", "b75": "BT75", "b100": "BT100", "glass": "VR12,5", "glass15": "VR15",
    "glass6": "VR6", "pich25": "PI25", "pich50": "PI50", "dose": "DO4", "dose2": "DO2",
    "demi": "PR25", "pinte": "PR50", "": "U",
}
ACCOUNT = {  # kind -> (revenue account, article-code letter)
    "vin": ("707110", "V"), "bière": ("707120", "B"), "spiritueux": ("707130", "S"),
    "cocktail": ("707130", "S"), "soft": ("707140", "N"), "coffee": ("707150", "K"),
    "food": ("706100", "C"), "service": ("708300", "P"),
}
WINE_KINDS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", "vin"}
WATER_KEYS = {"VICHYCAT", "MONTCALM"}


def md5int(*parts):
    return int(hashlib.md5("|".join(str(p) for p in parts).encode("utf-8")).hexdigest(), 16)


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("'", " ").replace("’", " ").upper()


def kind_of(drink=None, minus_kind=None):
    """The till kind of a library drink, or of a '-kind' product."""
    if drink is None:
        return minus_kind
    if drink["key"] in WATER_KEYS:
        return "eau"
    return drink["colour"] or drink["category"]


def account_kind(kind):
    if kind in WINE_KINDS:
        return "vin"
    if kind == "autre":
        return "spiritueux"
    if kind == "eau":
        return "soft"
    return kind


# ---------------------------------------------------------------- taulier
def render_taulier(measure, vintage, text):
    """-> (label, full) : the printed label and what was typed before the cut."""
    words = [TAULIER_WORD[measure]] if TAULIER_WORD[measure] else []
    words.append(text.replace("{", "").replace("}", ""))
    if vintage:
        words.append("%02d" % (vintage % 100))
    full = " ".join(words)
    return full[:TAULIER_WIDTH].rstrip(), full


def read_taulier_vintage(label):
    toks = label.split()
    if len(toks) >= 2 and toks[0] not in TAULIER_NOT_WINE:
        last = toks[-1]
        if len(last) == 2 and last.isdigit():
            return 2000 + int(last)
    return None


# ---------------------------------------------------------------- ardoise
PRICE = {  # measure -> (lowest price, number of half-euro steps)
    "btl": (26, 60), "half": (15, 26), "mag": (58, 90), "b50": (32, 40), "b33": (4.5, 5),
    "b70": (60, 40), "b75": (12, 10), "b100": (5, 5), "glass": (5, 9), "glass15": (6, 9),
    "glass6": (5, 7), "pich25": (8, 9), "pich50": (14, 15), "dose": (7, 9), "dose2": (4, 5),
    "demi": (3.5, 3), "pinte": (6.5, 4), "": (3, 14),
}


def price(*parts):
    measure = parts[0]
    lo, steps = PRICE[measure]
    p = lo + (md5int("prix", *parts) % steps) * 0.5
    return ("%d" % p if p == int(p) else ("%.1f" % p).replace(".", ",")) + "€"


def render_ardoise(kind, measure, vintage, text, tags):
    head = "%s %s" % (EMOJI[kind], text)
    if vintage:
        head += " %d" % vintage
    tail = " ".join(t for t in [ARDOISE_TAG[measure], *tags.split()] if t)
    label = "%s — %s" % (head, price(measure, text, vintage))
    return label + (" " + tail if tail else "")


def read_ardoise_vintage(label):
    head = label.split(" — ")[0]
    found = [int(t) for t in head.split()[1:] if len(t) == 4 and t.isdigit()
             and t[:2] in ("19", "20")]
    return found[-1] if found else None


# ---------------------------------------------------------------- compta
ANALYTIC = {
    "bottle": ["SALLE", "SALLE", "TERRASSE", "EMPORTER", "EVENEMENT", "BAR"],
    "pour": ["BAR", "SALLE", "TERRASSE", "EVENEMENT", "BAR"],
    "draught": ["BAR", "TERRASSE", "EVENEMENT"],
    None: ["SALLE", "TERRASSE", "BAR", "EVENEMENT"],
}


class Compta:
    """Article codes: one per product (what is sold and in what packaging), shared by
    its vintages, never shared by two products; 4 digits from 5000 so never a year."""

    def __init__(self):
        self.codes = {}
        self.used = set()

    def code(self, letter, product):
        if product not in self.codes:
            n = 5000 + md5int("code", *product) % 4000
            while (letter, n) in self.used:
                n = 5000 + (n - 4999) % 4000
            self.used.add((letter, n))
            self.codes[product] = "%s%04d" % (letter, n)
        return self.codes[product]

    def render(self, kind, measure, vintage, text, product):
        acc, letter = ACCOUNT[account_kind(kind)]
        mkind = MEASURES[measure][0]
        if kind == "service":
            choices = ["SALLE", "EVENEMENT"]
        elif kind in ("food", "coffee"):
            choices = ANALYTIC[None]
        else:
            choices = ANALYTIC[mkind]
        lib = ascii_upper(text)
        ana = choices[md5int("ana", lib, measure, vintage) % len(choices)]
        if vintage:
            lib += " %d" % vintage
        return ";".join([acc, ana, self.code(letter, product), lib, COMPTA_COND[measure]])


def read_compta_vintage(label):
    lib = label.split(";")[3]
    last = lib.split()[-1]
    if len(last) == 4 and last.isdigit():
        return int(last)
    return None
