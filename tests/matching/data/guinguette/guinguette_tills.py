"""The three tills of the guinguette and their habits (rendering and reading labels).

- comptoir: the counter register. ASCII capitals, the measure first, the vintage as two
  digits, the description cut hard at 20 columns; every drink poured into the reusable cup
  gets the cup deposit appended after the description: ` +GOB 1,00`.
- appli: the order-at-table app (QR code on each table). `#` and a six-character item id,
  the menu name in mixed case with accents, a four-digit vintage, the chosen format in
  square brackets, then the options chosen, each as ` +Option`.
- cashless: the wristband export of the concert nights. `STAND;Product;N jetons`: the
  stand, the product as the festival staff named it (short, no accents), its price in
  tokens (1 jeton = 1 euro, halves written with a decimal comma).
"""

import hashlib
import re
import unicodedata

TILLS = ("comptoir", "appli", "cashless")

# Measures used in the specs: volume in cl (None: the bottle itself).
VOLUME = {
    "btl": None, "half": None, "mag": None,
    "s25": None, "s33": None, "s44": None, "s50": None, "s70": None, "s75": None,
    "s100": None,
    "verre": 12.5, "verre12": 12, "verre15": 15, "pisc": 12.5,
    "pich25": 25, "pich50": 50, "pich1l": 100, "pich15l": 150,
    "demi": 25, "pinte": 50, "d2": 2, "d4": 4, "d6": 6, "-": None,
}
BOTTLE_FORMAT = {"btl": 75, "half": 37.5, "mag": 150, "s25": 25, "s33": 33, "s44": 44,
                 "s50": 50, "s70": 70, "s75": 75, "s100": 100}
DRAUGHT = ("demi", "pinte", "pich1l", "pich15l")      # from a keg (or a bag-in-box)
CUP = ("verre", "verre15", "pisc", "demi", "pinte", "d2", "d4", "d6")   # reusable cup

WIDTH = 20          # the register's description field
DEPOSIT = " +GOB 1,00"


def md5int(text):
    return int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16)


def ascii_upper(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("'", " ").replace("’", " ").replace("-", " ")
    return " ".join(text.upper().split())


# ---- comptoir ------------------------------------------------------------------------------
C_MEASURE = {"btl": "", "half": "1/2", "mag": "MAG", "verre": "VRE", "verre15": "VRE15",
             "pisc": "PISC", "pich25": "PICH25", "pich50": "PICH50", "pich1l": "PICH1L",
             "pich15l": "PICH1,5L", "demi": "DEMI", "pinte": "PINTE", "d2": "2CL",
             "d4": "DOSE", "d6": "6CL", "s25": "25CL", "s33": "33CL", "s44": "44CL",
             "s50": "50CL", "s70": "70CL", "s75": "75CL", "s100": "1L", "-": ""}


def render_comptoir(measure, vintage, text):
    """Return (label, full description, end of the identifying part in the description)."""
    ident, _, optional = text.partition("^")
    words = [C_MEASURE[measure]] if C_MEASURE[measure] else []
    words += ascii_upper(ident).split()
    ident_end = len(" ".join(words))
    words += ascii_upper(optional).split()
    if vintage:
        words.append("%02d" % (vintage % 100))
    full = " ".join(words)
    cut = full[:WIDTH].rstrip()
    label = cut + (DEPOSIT if measure in CUP else "")
    return label, full, ident_end


def comptoir_cut_ok(full, ident_end):
    """The register's cut may take the vintage and anything after the identifying part; it
    may cut into the last identifying word when four letters of it remain."""
    if len(full) <= WIDTH or ident_end <= WIDTH:
        return True
    start = full.rfind(" ", 0, ident_end) + 1
    if start > WIDTH:
        return False
    word = full[start:ident_end]
    return len(full[start:WIDTH]) >= 4 and not any(c.isdigit() for c in word)


def read_vintage_comptoir(label):
    toks = label.split(" +GOB")[0].split()
    if len(toks) >= 2 and re.fullmatch(r"\d\d", toks[-1]):
        return 2000 + int(toks[-1])
    return None


# ---- appli -----------------------------------------------------------------------------------
A_FORMAT = {"btl": "Bouteille 75 cl", "half": "Demi-bouteille 37,5 cl",
            "mag": "Magnum 150 cl", "verre12": "Verre 12 cl", "verre15": "Verre 15 cl",
            "pich25": "Pichet 25 cl", "pich50": "Pichet 50 cl", "pich1l": "Pichet 1 L",
            "pich15l": "Pichet 1,5 L", "demi": "Demi 25 cl", "pinte": "Pinte 50 cl",
            "d2": "2 cl", "d4": "4 cl", "d6": "6 cl", "s25": "Bouteille 25 cl",
            "s33": "Bouteille 33 cl", "s44": "Canette 44 cl", "s50": "Bouteille 50 cl",
            "s70": "Bouteille 70 cl", "s75": "Bouteille 75 cl", "s100": "Bouteille 1 L"}
CANS = ("Tasty", "Space Rider")       # 33 cl cans, not bottles


def item_id(text):
    h = "%032X" % md5int("appli|" + text)
    for i in range(len(h) - 5):
        win = h[i:i + 6]
        if sum(c.isalpha() for c in win) >= 2:
            return win
    raise ValueError(text)


def render_appli(measure, vintage, text):
    name, _, extras = text.partition(" +")
    head = name + (" %d" % vintage if vintage else "")
    fmt = A_FORMAT.get(measure)
    if fmt and measure == "s33" and name.startswith(CANS):
        fmt = "Canette 33 cl"
    label = "#%s %s" % (item_id("%s|%s|%s" % (text, measure, vintage)), head)
    if fmt:
        label += " [%s]" % fmt
    if extras:
        label += " +" + extras
    return label


def read_vintage_appli(label):
    name = label.split(" [")[0].split(" +")[0]
    years = [int(t) for t in name.split()[1:] if re.fullmatch(r"(19|20)\d\d", t)]
    return years[-1] if years else None


# ---- cashless --------------------------------------------------------------------------------
K_BEFORE = {"btl": "Btl", "half": "Demi", "mag": "Magnum", "verre": "Verre",
            "pisc": "Piscine", "pich25": "Pichet 25cl", "pich50": "Pichet 50cl",
            "pich1l": "Pichet 1L", "pich15l": "Pichet 1,5L", "demi": "Demi",
            "pinte": "Pinte"}
K_AFTER = {"s25": "25cl", "s33": "33cl", "s44": "44cl", "s50": "50cl", "s70": "70cl",
           "s75": "75cl", "s100": "1L", "d2": "2cl", "d4": "4cl", "d6": "6cl"}
K_PRICE = {"btl": 26, "half": 15, "mag": 52, "verre": 4, "pisc": 5, "pich25": 7,
           "pich50": 12, "pich1l": 16, "pich15l": 22, "demi": 4, "pinte": 7, "s25": 3.5,
           "s33": 5, "s44": 7, "s50": 3, "s70": 30, "s75": 14, "s100": 5, "d2": 3, "d4": 4,
           "d6": 6}
BARS = ("BAR BERGE", "BAR SCENE", "PONTON")
STANDS = (*BARS, "GLACIER", "CUISINE", "CAISSE CENTRALE")


def tokens(n):
    if n == int(n):
        return "%d jeton%s" % (n, "" if abs(n) == 1 else "s")
    return ("%.1f jetons" % n).replace(".", ",")


def render_cashless(measure, vintage, text):
    """text: `Product name`, or `@STAND Product name` and/or `=price` for what the spec fixes."""
    stand, price = None, None
    if text.startswith("@"):
        m = re.match(r"@([A-Z ]+?)\s*:\s*(.*)", text)
        stand, text = m.group(1), m.group(2)
    if "=" in text:
        text, _, p = text.rpartition("=")
        text, price = text.strip(), float(p.replace(",", "."))
    h = md5int("cashless|%s|%s|%s" % (measure, vintage, text))
    words = [K_BEFORE[measure]] if measure in K_BEFORE else []
    words.append(text)
    if measure in K_AFTER:
        words.append(K_AFTER[measure])
    if vintage:
        words.append(str(vintage))
    if stand is None:
        stand = BARS[h % 3]
    if price is None:
        price = K_PRICE.get(measure, 6) + (h // 3 % 3) * 0.5
    return "%s;%s;%s" % (stand, " ".join(words), tokens(price))


def read_vintage_cashless(label):
    product = label.split(";")[1]
    years = [int(t) for t in product.split() if re.fullmatch(r"(19|20)\d\d", t)]
    return years[-1] if years else None


READ_VINTAGE = {"comptoir": read_vintage_comptoir, "appli": read_vintage_appli,
                "cashless": read_vintage_cashless}
