"""The three tills of "Le Pont des Arcades": how each renders what the staff keyed, and how
the measure and vintage are read back from the rendered label."""
import hashlib
import re
import unicodedata

# measure codes used in the case modules -> (kind, cl)
MEASURES = {
    "B": ("BTL", None), "B75": ("BTL", 75), "B62": ("BTL", 62), "H": ("BTL", 37.5),
    "M": ("BTL", 150), "B33": ("BTL", 33), "B25": ("BTL", 25), "B50": ("BTL", 50),
    "B70": ("BTL", 70), "B100": ("BTL", 100),
    "V": ("POUR", 12.5), "V6": ("POUR", 6), "V10": ("POUR", 10), "V12": ("POUR", 12),
    "V15": ("POUR", 15), "V20": ("POUR", 20), "V30": ("POUR", 30), "V50": ("POUR", 50),
    "P25": ("POUR", 25), "P50": ("POUR", 50), "D4": ("POUR", 4), "D2": ("POUR", 2),
    "DEMI": ("DRAFT", 25), "PINTE": ("DRAFT", 50), "-": (None, None),
}


def _h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


def fmt_cl(cl):
    return ("%g" % cl) if cl is not None else None


# ---------------------------------------------------------------- ecran (touch grid till)
ECRAN_VARIANT = {
    "B": "Bouteille", "B62": "Clavelin", "H": "Demi-bouteille", "M": "Magnum",
    "B33": "33cl", "B25": "25cl", "B50": "50cl", "B70": "70cl", "B100": "1L",
    "V": "Verre", "V6": "Verre 6cl", "V12": "Verre 12cl", "V15": "Verre 15cl",
    "P25": "Pichet 25", "P50": "Pichet 50", "D4": "Dose", "D2": "Dose 2cl",
    "DEMI": "Demi", "PINTE": "Pinte",
}
ECRAN_READ = {v: k for k, v in ECRAN_VARIANT.items()}
ECRAN_WIDTH = 12


def wrap_button(words, width=ECRAN_WIDTH, lines=2):
    """Word-wrap a caption on a grid button: a word too long for a line is cut at the width,
    a word that no longer fits on the last line is not shown (and not exported)."""
    out, cur = [], ""
    for w in words:
        w = w[:width]
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            out.append(cur)
            cur = w
            if len(out) == lines:
                cur = ""
                break
    if cur and len(out) < lines:
        out.append(cur)
    return out[:lines]


def render_ecran(measure, vintage, text):
    page, caption = text.split("|")
    words = caption.split()
    if vintage is not None:
        words.append("'%02d" % (vintage % 100))
    lines = wrap_button(words)
    pos = "P%s.%s%d" % (page, "ABCDEF"[_h(caption, 6)], 1 + _h(caption + "#", 6))
    label = pos + " " + " | ".join(lines)
    if measure != "-":
        label += " > " + ECRAN_VARIANT[measure]
    return label


def read_ecran(label):
    m = re.match(r"^P([1-8])\.([A-F][1-6]) (.+?)(?: > (.+))?$", label)
    if not m:
        raise ValueError("not an ecran label: %r" % label)
    caption, variant = m.group(3), m.group(4)
    measure = ECRAN_READ[variant] if variant else "-"
    v = re.search(r"(?:^| )'(\d\d)$", caption)
    vintage = None
    if v:
        n = int(v.group(1))
        vintage = 2000 + n if n <= 40 else 1900 + n
    return MEASURES[measure], vintage


# ---------------------------------------------------------------- stock (stock tool export)
WINE_FAMS = {"RGE", "BLC", "ROS", "JAU", "DOU", "BUL"}
BOTTLE_FAMS = {"BIE", "SOF"}
SPIRIT_FAMS = {"SPI", "APE", "MAC"}
STOCK_VOL = {
    "B75": 75, "B62": 62, "H": 37.5, "M": 150, "B33": 33, "B25": 25, "B50": 50, "B70": 70,
    "B100": 100, "V": 12.5, "V6": 6, "V10": 10, "V12": 12, "V15": 15, "V20": 20,
    "P25": 25, "P50": 50, "D4": 4, "D2": 2, "DEMI": 25, "PINTE": 50,
}
STOCK_WIDTH = 28


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("Œ", "OE").replace("œ", "oe")


def render_stock(measure, vintage, text):
    fam, desig = text.split("|")
    d = ascii_fold(desig).replace("'", " ").replace("’", " ")
    d = re.sub(r" +", " ", d).strip()[:STOCK_WIDTH].rstrip()
    mill = "M%d" % vintage if vintage is not None else "M----"
    q = "Q=1PCE" if measure == "-" else "Q=%.3fL" % (STOCK_VOL[measure] / 100.0)
    return "[%s] %-*s %s %s" % (fam, STOCK_WIDTH, d, mill, q)


def stock_kind(fam, cl):
    if fam == "PRE":
        return ("DRAFT", cl)
    if fam in WINE_FAMS:
        return ("BTL", cl) if cl in (75, 62, 37.5, 150) else ("POUR", cl)
    if fam in SPIRIT_FAMS:
        return ("BTL", cl) if cl in (70, 75, 100, 50) else ("POUR", cl)
    if fam in BOTTLE_FAMS:
        return ("BTL", cl)
    raise ValueError("family %s with a volume" % fam)


def read_stock(label):
    m = re.match(r"^\[([A-Z]{3})\] (.{%d}) M(\d{4}|----) Q=(?:(\d\.\d{3})L|1PCE)$" % STOCK_WIDTH, label)
    if not m:
        raise ValueError("not a stock label: %r" % label)
    fam, mill, q = m.group(1), m.group(3), m.group(4)
    vintage = None if mill == "----" else int(mill)
    if q is None:
        return (None, None), vintage
    cl = round(float(q) * 100, 1)
    cl = int(cl) if cl == int(cl) else cl
    return stock_kind(fam, cl), vintage


# ---------------------------------------------------------------- suisse (seasonal waiter)
SUISSE_WORD = {
    "B": "bout.", "B62": "clav.", "H": "demi-bout.", "M": "mag.", "B33": "33 cl",
    "B25": "25 cl", "B50": "50 cl", "B70": "70 cl", "B100": "1 l", "V": "verre",
    "V6": "6 cl", "V10": "déci", "V20": "2 décis", "V30": "3 décis", "V50": "5 décis",
    "D4": "4 cl", "D2": "2 cl", "DEMI": "demi", "PINTE": "pinte",
}
SUISSE_READ = {v: k for k, v in SUISSE_WORD.items()}


def render_suisse(measure, vintage, text):
    table = 1 + _h(text, 24)
    label = "t%d %s" % (table, text)
    if vintage is not None:
        label += " %d" % vintage
    if measure != "-":
        label += " – " + SUISSE_WORD[measure]
    return label


def read_suisse(label):
    m = re.match(r"^t([0-9]{1,2}) (.+?)(?: – (.+))?$", label)
    if not m:
        raise ValueError("not a suisse label: %r" % label)
    body, word = m.group(2), m.group(3)
    measure = SUISSE_READ[word] if word else "-"
    v = re.search(r"(?:^| )((?:19|20)\d\d)$", body)
    return MEASURES[measure], (int(v.group(1)) if v else None)


RENDER = {"ecran": render_ecran, "stock": render_stock, "suisse": render_suisse}
READ = {"ecran": read_ecran, "stock": read_stock, "suisse": read_suisse}
