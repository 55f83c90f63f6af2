"""The three tills of Brasserie Le Capitoul and how each prints a product.

A spec gives a measure code (below), the text the staff typed for the product and a
vintage; each till renders them its own way.

Measure codes: "" a bottle without a format word; b75, b37 (37.5), b50, b70, b150,
b300, b33, b25, b100 a bottle with its format; g (glass, 12.5 cl), g15, g8; p50, p25
(pichets); c (coupe, 12.5 cl); d (dose, 4 cl), d2 (2 cl); demi (25 cl of draught
beer), pinte (50 cl of draught beer); k30, k20 (a whole keg of 30 or 20 litres).
"""

import re
import unicodedata

# code: (kind, volume in cl)
MEASURES = {
    "": ("bottle", None), "b75": ("bottle", 75), "b37": ("bottle", 37.5),
    "b50": ("bottle", 50), "b70": ("bottle", 70), "b150": ("bottle", 150),
    "b300": ("bottle", 300), "b33": ("bottle", 33), "b25": ("bottle", 25),
    "b100": ("bottle", 100),
    "g": ("glass", 12.5), "g15": ("glass", 15), "g8": ("glass", 8),
    "p50": ("glass", 50), "p25": ("glass", 25), "c": ("glass", 12.5),
    "d": ("dose", 4), "d2": ("dose", 2),
    "demi": ("draught", 25), "pinte": ("draught", 50),
    "k30": ("keg", 3000), "k20": ("keg", 2000),
}

R_WIDTH = 24
R_FAMILIES = ("ROUGE", "BLANC", "ROSE", "MOEL", "BULLE", "ARMA", "APERO", "ALCOOL",
              "BIERE", "SOFT", "CAFE", "CUIS", "DIV")
R_VINTAGE_FAMILIES = ("ROUGE", "BLANC", "ROSE", "MOEL", "BULLE", "ARMA", "APERO")
R_MEASURE = {"": "", "b75": "75CL", "b37": "1/2", "b50": "50CL", "b70": "70CL",
             "b150": "MAG", "b300": "JERO", "b33": "33CL", "b25": "25CL", "b100": "1L",
             "g": "VRE", "g15": "VRE15", "g8": "VRE8", "p50": "PICH50", "p25": "PICH25",
             "c": "CP", "d": "DOSE", "d2": "2CL", "demi": "DEMI", "pinte": "PINTE"}
T_MEASURE = {"": "btl", "b75": "75cl", "b37": "1/2 btl", "b50": "50cl", "b70": "70cl",
             "b150": "mag", "b300": "jero", "b33": "33cl", "b25": "25cl", "b100": "1l",
             "g": "verre", "g15": "verre 15cl", "g8": "verre 8cl", "p50": "pichet 50cl",
             "p25": "pichet 25cl", "c": "coupe", "d": "dose", "d2": "dose 2cl",
             "demi": "demi", "pinte": "pinte", "-": ""}
B_MEASURE = {"b75": "75cl", "b37": "37,5cl", "b50": "50cl", "b70": "70cl",
             "b150": "150cl", "b300": "300cl", "b33": "33cl", "b25": "25cl",
             "b100": "100cl", "g": "verre", "c": "coupe", "p50": "pichet 50cl",
             "d": "dose 4cl", "k30": "fût 30L", "k20": "fût 20L", "-": ""}


def strip_accents(text):
    """Drop the accents (é -> e, ÿ -> y, ï -> i)."""
    nfkd = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in nfkd if not unicodedata.combining(ch))


def two_digits(year):
    return "%02d" % (year % 100)


def year_of_two(yy):
    """Two digits read as a year: 00-30 are 20xx, 31-99 are 19xx."""
    value = int(yy)
    return 2000 + value if value <= 30 else 1900 + value


# --- R: the bar's register -------------------------------------------------

def r_clean(text):
    text = strip_accents(text).upper().replace("'", " ")
    return re.sub(r" +", " ", text).strip()


def render_r(fam, code, text, vintage):
    """Return (full label before the cut, label as printed, head length).

    The head is prefix, measure and text; the vintage comes last as two digits.
    """
    head = fam + "-" + ((R_MEASURE[code] + " ") if R_MEASURE[code] else "") + r_clean(text)
    full = head + ((" " + two_digits(vintage)) if vintage else "")
    return full, full[:R_WIDTH].rstrip(), len(head)


def read_vintage_r(label):
    fam = label.split("-", 1)[0]
    if fam not in R_VINTAGE_FAMILIES:
        return None
    last = label.split(" ")[-1]
    if re.fullmatch(r"\d\d", last):
        return year_of_two(last)
    return None


def cut_problem_r(full, head_len, text):
    """Why the fixed-width cut makes this label unfit, or None.

    The cut may take off the vintage whole, and may cut into the last word of the
    text if at least three letters of it remain; it may not take a whole word, half
    a vintage, or anything before the text.
    """
    if len(full) <= R_WIDTH:
        return None
    if head_len <= R_WIDTH - 1:
        if head_len == R_WIDTH - 1:
            return None  # the cut falls on the space before the vintage
        return "the cut falls inside the vintage: " + full
    cleaned = r_clean(text)
    last_start = head_len - len(cleaned.split(" ")[-1])
    if R_WIDTH - last_start < 3:
        return "the cut leaves fewer than 3 letters of the last word: " + full
    return None


# --- T: the dining-room tablet ----------------------------------------------

def t_clean(text):
    text = strip_accents(text).lower()
    return re.sub(r" +", " ", text).strip()


def render_t(code, text, vintage_word, price):
    parts = [t_clean(text)]
    if vintage_word:
        parts.append(vintage_word)
    if T_MEASURE[code]:
        parts.append(T_MEASURE[code])
    parts.append(("%.2f" % price).replace(".", ","))
    return " ".join(parts)


def read_vintage_t(label):
    words = label.split(" ")[:-1]  # the price is never a vintage
    for word in words:
        if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", word):
            return int(word)
    return None


# --- B: the banquet and catering export ------------------------------------

def render_b(article, code, text, vintage):
    parts = ["%05d" % article, text]
    if vintage:
        parts.append(str(vintage))
    if B_MEASURE[code]:
        parts.append(B_MEASURE[code])
    return " ".join(parts)


def read_vintage_b(label):
    for word in label.split(" ")[1:]:
        if re.fullmatch(r"(19[5-9]\d|20[0-3]\d)", word):
            return int(word)
    return None


READERS = {"R": read_vintage_r, "T": read_vintage_t, "B": read_vintage_b}
