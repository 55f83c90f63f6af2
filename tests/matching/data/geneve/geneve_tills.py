"""The three tills of "Le Carnotzet du Molard" and how each renders a product.

D  Bar-Kasse, the counter register kept by Swiss-German staff: UPPER CASE, umlauts kept,
   French accents and apostrophes dropped; the measure FIRST (`1DL` `2DL` `3DL` pours, `5DL`
   the carafe, `FL` + the bottle's size in dl or l: `FL 7DL`, `FL 7.5DL`, `FL 5DL`,
   `FL 3.75DL`, `FL 3.3DL`, `FL 1L`, `FL 1.5L`; `2CL` `4CL`; draught `HERRGÖTTLI` 2 dl,
   `STANGE` 3 dl, `KÜBEL` 5 dl); two-digit vintage last; the label cut at 28 characters.
T  the French-speaking waiters' tablet: lower case as typed, accents kept; `name yyyy · measure
   · Fr. price` (`ballon` 1 dl, `2 dl`, `3 dl`, `1/2 l` the 50 cl carafe, `bouteille` a wine's
   75 cl, `bouteille 70 cl`, `bouteille 50 cl`, `demi-bouteille`, `magnum`, `bouteille 1 l`,
   `2 cl`, `4 cl`, `pression 2 dl|3 dl|5 dl`, bare `33 cl` `50 cl` `1 l` for beers and softs).
E  the back office's article export: `Art.-Nr. nnnnn / Name / Jg. yyyy / Inhalt / CHF price`,
   the article number's first digit the family; volumes in cl or dl, `Fass 3 dl` for draught;
   prices in CHF with an apostrophe for thousands and `.–` for round francs.
"""

import hashlib

# measure code -> (kind, volume in cl); kinds: bottle, pour (wine), dose (spirit), draught
MEASURES = {
    "b75": ("bottle", 75),
    "b70": ("bottle", 70),
    "b50": ("bottle", 50),
    "b37": ("bottle", 37.5),
    "b150": ("bottle", 150),
    "b100": ("bottle", 100),
    "b33": ("bottle", 33),
    "dl1": ("pour", 10),
    "dl2": ("pour", 20),
    "dl3": ("pour", 30),
    "dl5": ("pour", 50),
    "cl2": ("dose", 2),
    "cl4": ("dose", 4),
    "f2": ("draught", 20),
    "f3": ("draught", 30),
    "f5": ("draught", 50),
}

D_TOKENS = {
    "b75": "FL 7.5DL",
    "b70": "FL 7DL",
    "b50": "FL 5DL",
    "b37": "FL 3.75DL",
    "b150": "FL 1.5L",
    "b100": "FL 1L",
    "b33": "FL 3.3DL",
    "dl1": "1DL",
    "dl2": "2DL",
    "dl3": "3DL",
    "dl5": "5DL",
    "cl2": "2CL",
    "cl4": "4CL",
    "f2": "HERRGÖTTLI",
    "f3": "STANGE",
    "f5": "KÜBEL",
}
T_TOKENS = {
    "b75": "bouteille",
    "b70": "bouteille 70 cl",
    "b50": "bouteille 50 cl",
    "b37": "demi-bouteille",
    "b150": "magnum",
    "b100": "bouteille 1 l",
    "b33": "33 cl",
    "dl1": "ballon",
    "dl2": "2 dl",
    "dl3": "3 dl",
    "dl5": "1/2 l",
    "cl2": "2 cl",
    "cl4": "4 cl",
    "f2": "pression 2 dl",
    "f3": "pression 3 dl",
    "f5": "pression 5 dl",
}
T_BARE = {"b33": "33 cl", "b50": "50 cl", "b100": "1 l"}  # beers, softs and waters
E_TOKENS = {
    "b75": "75 cl",
    "b70": "70 cl",
    "b50": "50 cl",
    "b37": "37,5 cl",
    "b150": "150 cl",
    "b100": "100 cl",
    "b33": "33 cl",
    "dl1": "1 dl",
    "dl2": "2 dl",
    "dl3": "3 dl",
    "dl5": "5 dl",
    "cl2": "2 cl",
    "cl4": "4 cl",
    "f2": "Fass 2 dl",
    "f3": "Fass 3 dl",
    "f5": "Fass 5 dl",
}
# family letter -> first digit of E's article number
FAMILY_DIGIT = {"W": 1, "R": 2, "S": 3, "X": 4, "B": 5, "M": 6, "K": 7, "C": 8, "D": 9}

D_WIDTH = 28
D_ALLOWED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ./&ÄÖÜ")


def family_of(drink):
    if drink["category"] == "spiritueux":
        return "X"
    if drink["category"] == "bière":
        return "B"
    if drink["category"] == "soft":
        return "M"
    return {"blanc": "W", "rouge": "R"}.get(drink["colour"], "S")


# ----------------------------------------------------------------- prices
def _round(x, step):
    return round(round(x / step) * step, 2)


def price_for(drink, measure, ordinary):
    """A deterministic menu price in CHF for a product of the library."""
    kind, vol = MEASURES[measure]
    base, cat = drink["price"], drink["category"]
    if cat == "bière":
        if kind == "draught":
            return _round(base * vol / 30.0, 0.1)
        return _round(base + 1.0, 0.5)
    if cat == "soft":
        return _round(base * (vol / 33.0) ** 0.5, 0.1)
    ref = ordinary or vol
    if kind == "bottle":
        p = base * vol / ref
        if vol <= 37.5:
            p *= 1.1
        if vol >= 150:
            p *= 1.15
        return _round(p, 1.0 if p >= 20 else 0.5)
    if kind == "pour":
        p = base / ref * vol * (1.7 if vol < 50 else 1.5)
        return _round(p, 1.0 if p >= 20 else 0.5)
    return _round(base / ref * vol * 2.6, 0.5)  # dose of a spirit


def chf(x):
    """`58.–`, `6.50`, `1'250.–`: the Swiss way."""
    whole = int(x)
    cents = round((x - whole) * 100)
    s = f"{whole:,}".replace(",", "'")
    return s + (".–" if cents == 0 else ".%02d" % cents)


# ----------------------------------------------------------------- D
def cut_d(head, vintage):
    """D's cut at 28 characters. Returns (label, vintage kept on the label or None).
    The vintage goes whole when it does not fit; the last word may lose letters if four of
    them remain; any other cut is refused (the product must be typed shorter)."""
    full = head + (" %02d" % (vintage % 100) if vintage else "")
    if len(full) <= D_WIDTH:
        return full, vintage
    if len(head) <= D_WIDTH:
        return head, None
    words = head.split(" ")
    start = len(head) - len(words[-1])
    kept = D_WIDTH - start
    if kept < 4 or not words[-1].isalpha():
        raise ValueError("D cut would lose more than the end of the last word: %r" % head)
    return head[:D_WIDTH], None


def render_d(measure, text, vintage):
    if set(text) - D_ALLOWED:
        raise ValueError("D text has characters the register cannot print: %r" % text)
    head = (D_TOKENS[measure] + " " + text) if measure else text
    return cut_d(head, vintage)


# ----------------------------------------------------------------- T
def render_t(measure, text, vintage, fam, price):
    if text != text.lower():
        raise ValueError("T text is typed in lower case: %r" % text)
    parts = [text + (" %d" % vintage if vintage else "")]
    if measure:
        tok = T_BARE[measure] if (fam in "BM" and measure in T_BARE) else T_TOKENS[measure]
        parts.append(tok)
    parts.append("Fr. " + chf(price))
    return " · ".join(parts), vintage


# ----------------------------------------------------------------- E
class ArticleNumbers:
    """One article number per product (name and measure), shared by its vintages."""

    def __init__(self):
        self.by_product, self.used = {}, set()

    def get(self, ident, fam):
        if ident in self.by_product:
            return self.by_product[ident]
        h = int(hashlib.sha256(ident.encode("utf-8")).hexdigest()[:8], 16)
        n = FAMILY_DIGIT[fam] * 10000 + 1000 + h % 9000
        while n in self.used:
            n += 7 if n + 7 < (FAMILY_DIGIT[fam] + 1) * 10000 else -8993
        self.used.add(n)
        self.by_product[ident] = n
        return n


def render_e(measure, text, vintage, fam, price, artno):
    parts = ["Art.-Nr. %05d" % artno, text]
    if vintage:
        parts.append("Jg. %d" % vintage)
    if measure:
        parts.append(E_TOKENS[measure])
    parts.append("CHF " + chf(price))
    return " / ".join(parts), vintage
