"""The three tills of the hotel-restaurant and how each one renders what was typed.

A case gives the measure as a code:
  B bottle (the drink's ordinary bottle), H half bottle (37.5 cl), M magnum (150 cl),
  C<n> a bottle or can of n cl, U the drink's only format (no measure printed),
  G glass (12.5 cl), G12 / G15 glass of 12 / 15 cl, CP coupe or flute (12.5 cl),
  P25 / P50 carafe, D dose (4 cl), D2 dose of 2 cl, DE demi (25 cl of draught),
  PI pinte (50 cl of draught), N nothing printed (food, coffee, services).
"""
import hashlib
import re
import unicodedata

BAR_WIDTH = 16      # the bar register's PLU text: 16 columns, then the price
HOTEL_WIDTH = 32    # the PMS article designation after the department code

# bar: measure key printed first (the barman programmed one key per measure)
BAR_PREFIX = {"B": "BTL", "H": "1/2", "M": "MAG", "G": "VRE", "G12": "VRE12", "G15": "VRE15",
              "CP": "FLUTE", "P25": "CAR25", "P50": "CAR50", "D": "DOSE", "D2": "2CL",
              "DE": "DEMI", "PI": "PINTE", "U": "", "N": ""}
# salle: measure last, lower case, bottles always with their volume
SALLE_SUFFIX = {"G": "verre", "G12": "verre 12cl", "G15": "verre 15cl", "CP": "coupe",
                "P25": "pichet 25cl", "P50": "pichet 50cl", "D": "4cl", "D2": "2cl",
                "DE": "demi", "PI": "pinte", "U": "", "N": ""}
# hotel: English measure word first (the PMS articles were named for the guests' folios)
HOTEL_WORD = {"B": "Bottle", "H": "Half bottle", "M": "Magnum", "G": "Glass",
              "G12": "Glass 12cl", "G15": "Glass 15cl", "CP": "Flute", "P25": "Carafe 25cl",
              "P50": "Carafe 50cl", "D": "Shot", "D2": "Shot 2cl", "DE": "Half pint",
              "PI": "Pint", "U": "", "N": ""}
HOTEL_DEPTS = ("RS", "MB", "SEM", "BAR", "PDJ")

# bar prices (euros): range by measure, in 0.10 steps, from a hash of the key text
PRICE_RANGE = {"B": (24, 58), "H": (15, 29), "M": (55, 110), "G": (4.5, 7.5), "G12": (4.5, 7),
               "G15": (6, 9), "CP": (9, 13), "P25": (7, 9), "P50": (12, 16), "D": (6, 12),
               "D2": (2.8, 3.6), "DE": (3.2, 4.2), "PI": (6.2, 7.8), "U": (3, 5.5),
               "N": (1.8, 14), "C": (3, 5.5)}


def is_size(measure):
    return re.fullmatch(r"C\d+(\.\d+)?", measure) is not None


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("œ", "oe").replace("Œ", "OE")


def size_text(n, style):
    """A volume as each till writes it: bar 50CL / 1L, salle 37,5cl, hotel 50cl / 1L."""
    if style == "bar":
        return "1L" if n == 100 else ("%gCL" % n).replace(".", ",")
    if style == "salle":
        return ("%gcl" % n).replace(".", ",")
    return "1L" if n == 100 else ("%gL" % (n / 100) if n > 100 else "%gcl" % n)


# what the bar sells that is not a drink of the library has its price set by hand
BAR_FIXED = {"CAFE": 1.9, "CAFE ALLONGE": 2.2, "CHOCOLAT": 3.2, "CROQUE MONSIEUR": 8.5,
             "PLANCHE MIXTE": 16.0, "PICON BIERE": 4.5, "SCHWEPPES AGRUM": 3.8,
             "JUS ORANGE": 3.9, "SIROP MENTHE": 2.5, "DIABOLO": 3.2}


def bar_price(text, measure):
    if text in BAR_FIXED:
        cents = round(BAR_FIXED[text] * 100)
        return "%d,%02d" % (cents // 100, cents % 100)
    key = "C" if is_size(measure) else measure
    lo, hi = PRICE_RANGE[key]
    steps = round((hi - lo) * 10)
    h = int(hashlib.sha256(text.encode()).hexdigest(), 16)
    cents = round(lo * 100) + (h % (steps + 1)) * 10
    return "%d,%02d" % (cents // 100, cents % 100)


def render_bar(text, measure, vintage):
    """Old electronic register: capitals, no accents, no apostrophes; measure key first;
    two-digit vintage last; text cut at 16 columns; the price right-aligned after it."""
    parts = []
    if is_size(measure):
        body = text + " " + size_text(float(measure[1:]), "bar")
    else:
        body = text
        if BAR_PREFIX[measure]:
            parts.append(BAR_PREFIX[measure])
    parts.append(body)
    if vintage is not None:
        parts.append("%02d" % (vintage % 100))
    full = ascii_fold(" ".join(parts)).upper().replace("'", "")
    cut = full[:BAR_WIDTH].rstrip()
    return cut.ljust(BAR_WIDTH) + " " + bar_price(full, measure).rjust(6), full


SALLE_FAMILY = {"rouge": "ROUGE", "blanc": "BLANC", "rosé": "ROSÉ", "liquoreux": "MOELLEUX",
                "effervescent": "BULLES"}


def salle_family(drink):
    colour, cat, key = drink["colour"], drink["category"], drink["key"]
    if cat == "champagne" or colour == "effervescent" or (cat == "vin" and "Crémant" in drink["name"]):
        return "BULLES"
    if cat == "vin":
        return SALLE_FAMILY[colour]
    if cat == "autre" or key in ("ricard", "p51"):
        return "APÉRITIF"
    if cat == "spiritueux":
        return "ALCOOL"
    if cat == "bière":
        return "BIÈRE"
    return "SOFT"


def render_salle(family, text, measure, vintage):
    """Dining-room touch till: FAMILY - Name as typed (mixed case, accents), four-digit
    vintage, then the measure; a bottle always shows its volume. Never cut."""
    parts = [text]
    if vintage is not None:
        parts.append(str(vintage))
    if measure in ("B", "H", "M") or is_size(measure):
        raise ValueError("salle bottles are rendered with render_salle_bottle")
    if SALLE_SUFFIX[measure]:
        parts.append(SALLE_SUFFIX[measure])
    return family + " - " + " ".join(parts)


def render_salle_bottle(family, text, fmt, vintage):
    parts = [text]
    if vintage is not None:
        parts.append(str(vintage))
    parts.append(size_text(fmt, "salle"))
    return family + " - " + " ".join(parts)


def render_hotel(dept, text, measure, vintage):
    """Hotel PMS: department code, English measure word, name without accents, four-digit
    vintage; the designation after the code is cut at 32 characters."""
    parts = []
    if HOTEL_WORD.get(measure):
        parts.append(HOTEL_WORD[measure])
    parts.append(ascii_fold(text))
    if is_size(measure):
        parts.append(size_text(float(measure[1:]), "hotel"))
    if vintage is not None:
        parts.append(str(vintage))
    full = " ".join(parts)
    return dept + " " + full[:HOTEL_WIDTH].rstrip(), full
