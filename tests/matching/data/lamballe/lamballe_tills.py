"""The three tills of Le Relais de la Poterie: how each prints a label, and how a
printed label is read back (measure, size, vintage).

Measures (internal codes): btl (a bottle: 75 cl for a wine, the only bottle format
otherwise), half (37.5), mag (150), sNN (a bottle or can of NN cl), glass and coupe
(12.5 cl), q25 (quart pichet), p50 (50 cl pichet), dose (4 cl), d2 (2 cl), demi and
pinte (25 / 50 cl of draught). '' = no measure (food, services).
"""
import hashlib
import re
import unicodedata

POUR_CL = {"glass": 12.5, "coupe": 12.5, "q25": 25, "p50": 50, "dose": 4, "d2": 2}
DRAUGHT_CL = {"demi": 25, "pinte": 50}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


def size_word_cl(cl):
    """33 -> '33CL', 100 -> '1L', 150 -> '1,5L', 37.5 -> '37,5CL'."""
    if cl >= 100:
        litres = cl / 100
        return ("%g" % litres).replace(".", ",") + "L"
    return ("%g" % cl).replace(".", ",") + "CL"


SIZE_RE = re.compile(r"^(\d+(?:,\d+)?)(CL|L)$", re.I)


def size_from_word(w):
    m = SIZE_RE.match(w)
    if not m:
        return None
    v = float(m.group(1).replace(",", "."))
    v = v * 100 if m.group(2).upper() == "L" else v
    return int(v) if v == int(v) else v


# ---------------------------------------------------------------- bar
# The counter's keyboard register (a Sharp-type ECR). PLU texts are 12 characters,
# ASCII capitals; the measure key first, the size glued to CL after a bottled
# beer or soft, the vintage as two digits last; the register cuts at 12.
BAR_WIDTH = 12
BAR_PREFIX = {"glass": "BAL", "coupe": "CP", "q25": "QRT", "p50": "P50", "dose": "DOSE",
              "d2": "2CL", "demi": "DEMI", "pinte": "PINT", "half": "1/2", "mag": "MAG"}
BAR_FROM_PREFIX = {v: k for k, v in BAR_PREFIX.items()}
BAR_PLU_BASE = {"pour": 100, "bottle": 200, "biere": 300, "alcool": 400, "soft": 500,
                "chaud": 600, "cuisine": 700, "divers": 800}
BAR_PRICE = {"glass": (2.40, 10), "coupe": (5.50, 10), "q25": (3.20, 8), "p50": (5.90, 10),
             "dose": (3.50, 20), "d2": (2.20, 6), "demi": (2.80, 6), "pinte": (5.20, 10),
             "half": (9.50, 30), "mag": (32.00, 40), "btl": (15.00, 80)}


def bar_text(meas, text, vintage, size=None):
    parts = []
    if meas in BAR_PREFIX:
        parts.append(BAR_PREFIX[meas])
    parts.append(ascii_upper(text))
    if size is not None:
        parts.append(size_word_cl(size))
    if vintage:
        parts.append("%02d" % (vintage % 100))
    full = " ".join(parts)
    return full[:BAR_WIDTH].rstrip(), full


def bar_line(plu, text, meas, family):
    if not meas and family != "pour":
        meas = "btl"
    if family == "chaud":
        base, steps = 1.30, 8
    elif family in ("cuisine", "divers"):
        base, steps = 2.00, 60
    elif meas in ("", None) and family == "pour":
        base, steps = BAR_PRICE["glass"]
    elif meas in BAR_PRICE and not (meas == "btl" and family in ("biere", "soft", "alcool")):
        base, steps = BAR_PRICE[meas]
    else:
        base, steps = 2.60, 20
    price = base + 0.10 * h(text, steps)
    return "%03d %-12s %6s" % (plu, text, ("%.2f" % price).replace(".", ","))


def bar_read(label):
    """-> (meas, size_cl, vintage) read from a printed bar line."""
    m = re.match(r"^(\d{3}) (.{12}) +(\d+,\d\d)$", label)
    if not m:
        raise ValueError("bar line form: %r" % label)
    toks = m.group(2).split()
    meas = "btl"
    if toks and toks[0] in BAR_FROM_PREFIX:
        meas = BAR_FROM_PREFIX[toks[0]]
        toks = toks[1:]
    vintage = None
    if toks and re.fullmatch(r"\d\d", toks[-1]):
        vintage = 2000 + int(toks[-1])
        toks = toks[:-1]
    size = None
    if len(toks) > 1 and size_from_word(toks[-1]) is not None:
        size = size_from_word(toks[-1])
    return meas, size, vintage


# ---------------------------------------------------------------- salle
# The dining room's touch till. Every article was created under its family, and the
# export prints the family in brackets first: mixed case as the patronne typed it,
# the vintage in four digits, then " - " and the size button.
SALLE_SIZE = {"btl": "Bouteille", "half": "1/2 Bouteille", "mag": "Magnum", "glass": "Verre",
              "coupe": "Coupe", "q25": "Quart", "p50": "Pichet 50cl", "dose": "Dose",
              "d2": "Dose 2cl", "demi": "Demi", "pinte": "Pinte"}
SALLE_FROM_SIZE = {v: k for k, v in SALLE_SIZE.items()}
SALLE_FAMILIES = ["VINS ROUGES", "VINS BLANCS", "VINS ROSES", "PICHETS", "BULLES", "CIDRES",
                  "BIERES", "APERITIFS", "ALCOOLS", "SOFTS", "CAFES", "MENUS", "PLATS",
                  "DESSERTS"]


def salle_label(family, text, meas, vintage, size=None):
    s = "[%s] %s" % (family, text)
    if vintage:
        s += " %d" % vintage
    if size is not None:
        s += " - " + size_word_cl(size).replace("CL", "cl")
    elif meas:
        s += " - " + SALLE_SIZE[meas]
    return s


def salle_read(label):
    m = re.match(r"^\[([A-Z ]+)\] (.+)$", label)
    if not m or m.group(1) not in SALLE_FAMILIES:
        raise ValueError("salle form: %r" % label)
    family, rest = m.group(1), m.group(2)
    meas, size = "", None
    if " - " in rest:
        rest, word = rest.rsplit(" - ", 1)
        if word in SALLE_FROM_SIZE:
            meas = SALLE_FROM_SIZE[word]
        elif size_from_word(word) is not None:
            meas, size = "size", size_from_word(word)
        else:
            raise ValueError("salle size: %r" % label)
    vs = re.findall(r"\b(19[5-9]\d|20[0-3]\d)\b", rest)
    vintage = int(vs[-1]) if vs else None
    return family, meas, size, vintage


# ---------------------------------------------------------------- libre
# The self-service line's till (the tray line at the end of the buffet): every
# item is scanned, so a line is the EAN-13 and the wholesaler's designation in
# ASCII capitals, brand first, packaging (BTE, VP, PET) and size last; the screen
# and the ticket show 30 characters of designation.
LIBRE_WIDTH = 30


def ean13(text):
    body = "3" + "%011d" % h("EAN|" + text, 10 ** 11)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def libre_label(text, meas, vintage, size=None):
    parts = [ascii_upper(text)]
    if vintage:
        parts.append(str(vintage))
    if size is None and meas == "btl":
        size = 75
    elif size is None and meas == "half":
        size = 37.5
    elif size is None and meas == "mag":
        size = 150
    if size is not None:
        parts.append(size_word_cl(size))
    full = " ".join(parts)
    desig = full[:LIBRE_WIDTH].rstrip()
    return "%s %s" % (ean13(full), desig), full


def libre_read(label):
    m = re.match(r"^(\d{13}) (.+)$", label)
    if not m:
        raise ValueError("libre form: %r" % label)
    code, desig = m.groups()
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(code[:12]))
    if int(code[12]) != (10 - s % 10) % 10:
        raise ValueError("libre EAN check digit: %r" % label)
    toks = desig.split()
    size = None
    for t in toks:
        if size_from_word(t) is not None:
            size = size_from_word(t)
    vs = [int(t) for t in toks if re.fullmatch(r"19[5-9]\d|20[0-3]\d", t)]
    vintage = vs[-1] if vs else None
    meas = "size" if size is not None else "btl"
    return meas, size, vintage
