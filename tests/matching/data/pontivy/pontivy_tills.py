"""The three tills' rendering habits and reading back (vintage, measure) from a label.

Measures: B bottle (75 cl for a wine, the only bottle format otherwise), H half (37.5),
M magnum (150), C<cl> a bottle of that size, G glass (12.5), G12, G15 glasses, CP coupe,
P25 / P50 pichets, D dose (4 cl), D2 / D6 doses of 2 / 6 cl, DE demi (25 cl of draught),
PI pinte (50 cl of draught), '' nothing (food, services).
"""
import hashlib
import re
import unicodedata

VOLUME = {"G": 12.5, "G12": 12, "G15": 15, "CP": 12.5, "P25": 25, "P50": 50,
          "D": 4, "D2": 2, "D6": 6, "DE": 25, "PI": 50}
BOTTLE = {"H": 37.5, "M": 150}

FAMILY = {"ROUGES": "VINS ROUGES", "BLANCS": "VINS BLANCS", "ROSES": "VINS ROSES",
          "BULLES": "BULLES", "PRESSION": "BIERES PRESSION", "BIERES": "BIERES BOUTEILLE",
          "CIDRES": "CIDRES", "APERITIFS": "APERITIFS", "DIGESTIFS": "DIGESTIFS",
          "ALCOOLS": "ALCOOLS", "SOFTS": "SOFTS", "CHAUD": "BOISSONS CHAUDES",
          "COCKTAILS": "COCKTAILS", "PIZZAS": "PIZZAS", "GRILL": "GRILLADES",
          "ENTREES": "ENTREES", "DESSERTS": "DESSERTS", "DIVERS": "DIVERS"}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("'", " ").replace("’", " ").upper()


def h(*parts):
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest(), 16)


def price(measure, family, seed):
    """A plausible price in 50-cent steps, fixed by a hash of the article."""
    base = {"B": 22, "H": 14, "M": 48, "G": 4, "G12": 4, "G15": 5, "CP": 5, "P25": 7,
            "P50": 13, "D": 5, "D2": 3, "D6": 4, "DE": 3, "PI": 6}
    if (measure[:1] == "C" and measure[1:2].isdigit()):
        b = 3 if family in ("SOFTS", "BIERES") or float(measure[1:]) <= 50 else 22
    elif measure == "":
        b = {"PIZZAS": 10, "GRILL": 17, "ENTREES": 7, "DESSERTS": 6, "CHAUD": 2,
             "COCKTAILS": 7, "SOFTS": 3, "DIVERS": 3}.get(family, 5)
    else:
        b = base[measure]
        if measure == "B" and family in ("BIERES", "SOFTS"):
            b = 3
    spread = 12 if measure in ("B", "M") and b >= 20 else 6 if b >= 10 else 4
    cents = b * 100 + 50 * (h(seed) % spread)
    return "%d,%02d" % (cents // 100, cents % 100)


def cl(v):
    return ("%g" % v).replace(".", ",")


# ---------------------------------------------------------------- comptoir
C_PREFIX = {"B": "", "H": "1/2", "M": "MAG", "G": "VRE", "G12": "VRE12", "G15": "VRE15",
            "CP": "COUPE", "P25": "PICH25", "P50": "PICH50", "D": "DOSE", "D2": "2CL",
            "D6": "6CL", "DE": "DEMI", "PI": "PINTE", "": ""}
C_WIDTH = 18


def c_prefix(measure):
    if (measure[:1] == "C" and measure[1:2].isdigit()):
        v = float(measure[1:])
        return "1L" if v == 100 else "%gCL" % v
    return C_PREFIX[measure]


def render_comptoir(text, measure, vintage, family):
    words = [c_prefix(measure), ascii_upper(text)]
    if vintage:
        words.append("%02d" % (vintage % 100))
    full = " ".join(w for w in words if w)
    name = full[:C_WIDTH].rstrip()
    return name.ljust(C_WIDTH) + "  " + price(measure, family, "c" + full).rjust(6)


# ---------------------------------------------------------------- tablette
T_SUFFIX = {"B": "", "H": " (37,5cl)", "M": " (Magnum)", "G": " + Verre",
            "G12": " + Verre 12cl", "G15": " + Verre 15cl", "CP": " + Coupe",
            "P25": " + Pichet 25cl", "P50": " + Pichet 50cl", "D": " + Dose",
            "D2": " + Dose 2cl", "D6": " + Dose 6cl", "DE": " + Demi", "PI": " + Pinte", "": ""}


def render_tablette(text, measure, vintage, family):
    s = text + (" %d" % vintage if vintage else "")
    if (measure[:1] == "C" and measure[1:2].isdigit()):
        v = float(measure[1:])
        return s + (" (1L)" if v == 100 else " (%scl)" % cl(v))
    return s + T_SUFFIX[measure]


# ---------------------------------------------------------------- export
E_WORD = {"H": "BTL 37,5CL", "M": "MAGNUM 150CL", "G": "VERRE", "G12": "VERRE 12CL",
          "G15": "VERRE 15CL", "CP": "COUPE", "P25": "PICHET 25CL", "P50": "PICHET 50CL",
          "D": "DOSE 4CL", "D2": "DOSE 2CL", "D6": "DOSE 6CL", "DE": "DEMI 25CL",
          "PI": "PINTE 50CL", "": ""}


def e_bottle(v):
    return "BTL 1L" if v == 100 else "BTL %sCL" % cl(v)


def render_export(text, measure, vintage, family, bottle_cl=None):
    words = [ascii_upper(text)]
    if vintage:
        words.append(str(vintage))
    if measure == "B":
        words.append(e_bottle(bottle_cl))
    elif (measure[:1] == "C" and measure[1:2].isdigit()):
        words.append(e_bottle(float(measure[1:])))
    elif E_WORD[measure]:
        words.append(E_WORD[measure])
    lib = " ".join(words)
    code = "%05d" % (10000 + h("code", lib) % 90000)
    return ";".join([code, FAMILY[family], lib, price(measure, family, "e" + lib)])


# ---------------------------------------------------------------- reading back
def read_vintage(conn, label):
    if conn == "comptoir":
        toks = label[:C_WIDTH].split()
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            return 2000 + int(toks[-1])
        return None
    if conn == "tablette":
        m = re.search(r"\b(19|20)\d\d\b", re.split(r" \+ | \(", label)[0])
        return int(m.group(0)) if m else None
    lib = label.split(";")[2]
    m = re.search(r"\b(19|20)\d\d\b", lib)
    return int(m.group(0)) if m else None
