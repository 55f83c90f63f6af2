"""The three tills of Le Bouchon Bourbonnais: how each renders a sale, and how each
label is read back (measure and vintage) from the rendered text alone.

A measure is a code: btl (75 cl bottle), half (37.5), mag (150), bNN (a bottle of NN cl,
e.g. b33, b50, b100, b27.5), glass (12.5 cl), coupe (12.5), pot (46), p25, p50 (pichets),
dose (4), demi (25, draught), pinte (50, draught), item (no drink measure).
A read-back is (kind, volume_cl, vintage) with kind bottle / pour / draught / item.
"""
import hashlib
import re
import unicodedata

ZINC_WIDTH = 18
JOURNAL_WIDTH = 20

POURS = {"glass": 12.5, "coupe": 12.5, "pot": 46, "p25": 25, "p50": 50, "dose": 4}
DRAUGHT = {"demi": 25, "pinte": 50}
BOTTLES = {"btl": 75, "half": 37.5, "mag": 150}


def num(x):
    x = float(x)
    return int(x) if x == int(x) else x


def measure_of(code):
    """(kind, volume) that a measure code means."""
    if code in POURS:
        return ("pour", POURS[code])
    if code in DRAUGHT:
        return ("draught", DRAUGHT[code])
    if code in BOTTLES:
        return ("bottle", BOTTLES[code])
    if code.startswith("b"):
        return ("bottle", num(code[1:]))
    if code == "item":
        return ("item", None)
    raise ValueError(code)


def fold(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("&", "ET")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def ascii_caps(s):
    s = fold(s).upper().replace("'", " ").replace("-", " ")
    return re.sub(r" +", " ", s).strip()


def vol_text(v, comma=True, unit=True):
    """75 -> 75CL, 100 -> 1L, 150 -> 1,5L (zinc, salle)."""
    if v >= 100:
        t = ("%g" % (v / 100.0)).replace(".", "," if comma else ".")
        return t + "L"
    return ("%g" % v).replace(".", ",") + "CL"


# ---------------------------------------------------------------- zinc
# The old counter register: ASCII capitals, measure key first, 18 columns, cut.
ZINC_PREFIX = {"glass": "VR", "coupe": "CP", "pot": "POT", "p25": "PICH25", "p50": "PICH50",
               "dose": "DOSE", "demi": "DEMI", "pinte": "PINTE", "half": "1/2", "btl": "BTL",
               "mag": "MAG"}
ZINC_READ = {v: k for k, v in ZINC_PREFIX.items()}


def render_zinc(measure, vintage, text):
    parts = []
    if measure in ZINC_PREFIX:
        parts.append(ZINC_PREFIX[measure])
    parts.append(ascii_caps(text))
    if measure.startswith("b") and measure not in ZINC_PREFIX:
        parts.append(vol_text(measure_of(measure)[1]))
    if vintage is not None:
        parts.append("%02d" % (vintage % 100))
    full = " ".join(parts)
    return full[:ZINC_WIDTH].rstrip(), full


def read_zinc(label):
    toks = label.split()
    vintage = None
    if re.fullmatch(r"\d\d", toks[-1]) and int(toks[-1]) <= 29 and toks[0] in ZINC_READ:
        vintage = 2000 + int(toks[-1])
    if toks[0] in ZINC_READ:
        kind, vol = measure_of(ZINC_READ[toks[0]])
        return kind, vol, vintage
    m = re.fullmatch(r"(\d+(?:,\d+)?)(CL|L)", toks[-1])
    if m and len(toks) > 1:
        v = float(m.group(1).replace(",", "."))
        return "bottle", num(v * 100 if m.group(2) == "L" else v), None
    return "item", None, None


# ---------------------------------------------------------------- salle
# The waiters' handheld: the owner's catalogue in mixed case with accents, then
# " - " and the measure word; vintage 4 digits or '21 at the end of the item.
SALLE_WORD = {"btl": "btl", "half": "1/2 btl", "mag": "mag", "glass": "verre",
              "coupe": "coupe", "pot": "pot 46cl", "p25": "pichet 25cl", "p50": "pichet 50cl",
              "dose": "dose", "demi": "demi", "pinte": "pinte"}
SALLE_READ = {v: k for k, v in SALLE_WORD.items()}


def render_salle(measure, vintage, text):
    item = text
    if vintage is not None:
        item += " " + (vintage if isinstance(vintage, str) else str(vintage))
    if measure == "item":
        return item, item
    if measure in SALLE_WORD:
        w = SALLE_WORD[measure]
    else:
        w = vol_text(measure_of(measure)[1]).lower().replace("l", "L") if measure_of(measure)[1] >= 100 \
            else vol_text(measure_of(measure)[1]).lower()
    lab = item + " - " + w
    return lab, lab


def read_salle(label):
    if " - " in label:
        item, w = label.rsplit(" - ", 1)
    else:
        item, w = label, None
    last = item.split()[-1]
    vintage = None
    if re.fullmatch(r"(19|20)\d\d", last):
        vintage = int(last)
    elif re.fullmatch(r"'\d\d", last):
        vintage = 2000 + int(last[1:])
    if w is None:
        return "item", None, vintage
    if w in SALLE_READ:
        kind, vol = measure_of(SALLE_READ[w])
        return kind, vol, vintage
    m = re.fullmatch(r"(\d+(?:,\d+)?)(cl|L)", w)
    v = float(m.group(1).replace(",", "."))
    return "bottle", num(v * 100 if m.group(2) == "L" else v), vintage


# ---------------------------------------------------------------- journal
# The NF525 touch till's journal export: FAMILLE;LIBELLE;MILL;CL;PRIX
POUR_FAM = {"VERRES", "POTS PICHETS", "APERITIFS", "DIGESTIFS"}
DRAUGHT_FAM = {"PRESSION"}
BOTTLE_FAM = {"VINS ROUGES", "VINS BLANCS", "VINS ROSES", "BULLES", "BIERES", "SOFTS"}
ITEM_FAM = {"CUISINE", "BOISSONS CHAUDES", "DIVERS"}

# (min cents, number of 10-cent steps): a plausible bistro price for the line
PRICE_RANGE = {"CUISINE": (600, 180), "BOISSONS CHAUDES": (180, 17), "DIVERS": (500, 100),
               "SOFTS": (280, 17), "BIERES": (380, 27), "VERRES": (350, 35),
               "APERITIFS": (350, 45), "DIGESTIFS": (450, 60)}


def price(fam, vol, lib):
    """Deterministic price: a hash of the line picks a step in the family's range."""
    h = int(hashlib.sha256((fam + ";" + lib).encode()).hexdigest()[:8], 16)
    if fam == "PRESSION":
        lo, steps = (300, 9) if vol <= 25 else (600, 16)
    elif fam == "POTS PICHETS":
        lo, steps = (int(vol * 24) // 10 * 10, 30)
    elif fam in PRICE_RANGE:
        lo, steps = PRICE_RANGE[fam]
    else:  # bottles of wine
        lo, steps = {37.5: (1400, 160), 75: (2200, 430), 150: (5000, 600)}.get(vol, (25000, 1000))
    cents = lo + (h % steps) * 10
    return "%d,%02d" % (cents // 100, cents % 100)


def journal_family(measure, drink_fam, category):
    kind = measure_of(measure)[0]
    if kind == "draught":
        return "PRESSION"
    if measure in ("pot", "p25", "p50"):
        return "POTS PICHETS"
    if measure in ("glass", "coupe"):
        return "APERITIFS" if category == "autre" else "VERRES"
    if measure == "dose":
        return drink_fam
    return drink_fam


def render_journal(measure, vintage, text, drink_fam=None, category=None):
    if ">" in text:
        fam, lib = text.split(">", 1)
    else:
        fam, lib = journal_family(measure, drink_fam, category), text
    lib = ascii_caps(lib)[:JOURNAL_WIDTH].rstrip()
    kind, vol = measure_of(measure)
    cl = "" if vol is None else ("%g" % vol).replace(".", ",")
    mill = "" if vintage is None else str(vintage)
    lab = ";".join([fam, lib, mill, cl, price(fam, vol, lib)])
    return lab, lab


def read_journal(label):
    fam, lib, mill, cl, prix = label.split(";")
    vintage = int(mill) if mill else None
    if fam in ITEM_FAM or not cl:
        return "item", None, vintage
    vol = num(float(cl.replace(",", ".")))
    if fam in DRAUGHT_FAM:
        return "draught", vol, vintage
    if fam in POUR_FAM:
        return "pour", vol, vintage
    if fam in BOTTLE_FAM:
        return "bottle", vol, vintage
    raise ValueError(label)


TILLS = {"zinc": (render_zinc, read_zinc), "salle": (render_salle, read_salle),
         "journal": (render_journal, read_journal)}
