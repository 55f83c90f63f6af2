"""The three tills of Le Fil du Couteau and how each one prints a product.

pos      the American-made POS at the bar and the dining room (English buttons typed by the
         opening team, a Chicago manager): SERVE first (BTL, HALF BTL, MAG 1.5L, GLS,
         GLS 6OZ, GLS 9OZ, 1.5OZ, 2OZ, HALF PINT, PINT, BTL 355ML...), the name in Title Case
         with English grape shorthands, the vintage as 'yy, a price with $ or EUR sign.
tablette the kitchen-bar tablet (French staff): a station first ("cave ›", "bar ›",
         "cuisine ›"), the name as typed (grape first, accents), the vintage as four digits,
         then " · " and the serving in French, then " · " and a price "16,00 €".
caisse   the old 22-column register: a three-letter family (ARG CHI USA AUS AFS NZL ESP ITA
         FRA CHP BBN WHY SPI APE PRS BIE SFT CUI DES CAF SRV), the measure code, the name in
         ASCII capitals with glued numbers (BIN389, GR904), the vintage as two digits at the
         end; everything past column 22 is cut, mid-word.
"""
import hashlib
import unicodedata

OZ_CL = 2.957  # 1 US fl oz in cl; a printed oz pour is rounded to 2 decimals of a cl

# canonical measure -> volume in cl (None for a bottle)
VOLUME = {"": None, "HALF": None, "MAG": None,
          "GLS": 12.5, "G6": 17.74, "G9": 26.61, "V12": 12, "V15": 15, "CAR25": 25, "CAR50": 50,
          "OZ15": 4.44, "OZ2": 5.91, "D4": 4, "D2": 2, "DEMI": 25, "PINTE": 50}
SIZES = {"SZ33": 33, "SZ35.5": 35.5, "SZ20": 20, "SZ50": 50, "SZ100": 100, "SZ25": 25, "SZ75": 75}

POS_SERVE = {"": "BTL", "HALF": "HALF BTL", "MAG": "MAG 1.5L", "GLS": "GLS", "G6": "GLS 6OZ",
             "G9": "GLS 9OZ", "OZ15": "1.5OZ", "OZ2": "2OZ", "DEMI": "HALF PINT", "PINTE": "PINT",
             "SZ33": "BTL 330ML", "SZ35.5": "BTL 355ML", "SZ20": "BTL 200ML", "SZ50": "BTL 500ML",
             "SZ100": "BTL 1L", "SZ25": "BTL 250ML", "SZ75": "BTL 750ML", "FOOD": ""}
TAB_SERVE = {"": "bouteille", "HALF": "demi-bouteille", "MAG": "magnum", "GLS": "verre",
             "V12": "verre 12cl", "V15": "verre 15cl", "CAR25": "carafe 25cl",
             "CAR50": "carafe 50cl", "D4": "shot 4cl", "D2": "2cl", "DEMI": "demi",
             "PINTE": "pinte", "SZ33": "btl 33cl", "SZ35.5": "btl 35,5cl", "SZ20": "btl 20cl",
             "SZ50": "btl 50cl", "SZ100": "btl 1l", "SZ25": "btl 25cl", "SZ75": "btl 75cl",
             "FOOD": ""}
CAI_SERVE = {"": "", "HALF": "1/2", "MAG": "MAG", "GLS": "VR", "V15": "VR15", "CAR25": "CAR25",
             "CAR50": "CAR50", "D4": "DOSE", "D2": "2CL", "DEMI": "DEMI", "PINTE": "PINTE",
             "SZ33": "33CL", "SZ35.5": "35,5CL", "SZ20": "20CL", "SZ50": "50CL", "SZ100": "1L",
             "SZ25": "25CL", "SZ75": "75CL", "FOOD": ""}
TILL_SERVES = {"pos": POS_SERVE, "tablette": TAB_SERVE, "caisse": CAI_SERVE}
WIDTH = 22


def digest(*parts):
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest(), 16)


def price(measure, text, fam):
    h = digest(measure, text)
    if measure == "FOOD":
        lo, hi = {"CAF": (2, 5), "DES": (9, 15), "SRV": (5, 25), "CUI": (7, 95)}.get(fam, (12, 18))
    elif measure in ("", "HALF", "MAG"):
        lo, hi = 48, 390
    elif measure in ("CAR50",):
        lo, hi = 28, 60
    elif measure.startswith("SZ") or measure in ("DEMI", "PINTE", "CAR25"):
        lo, hi = 4, 12
    else:
        lo, hi = 9, 34
    whole = lo + h % (hi - lo + 1)
    cents = (0, 0, 50, 0, 50, 90)[(h >> 8) % 6]
    return whole, cents


def ascii_upper(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("’", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("º", "").replace("'", "").replace("*", "")
    return s.upper()


def render(till, measure, vintage, text, fam, station):
    if till == "pos":
        serve = POS_SERVE[measure]
        words = ([serve] if serve else []) + [text]
        if vintage:
            words.append("'%02d" % (vintage % 100))
        whole, cents = price(measure, text, fam)
        cur = "$" if digest("cur", text) % 3 == 0 else "€"
        return " ".join(words) + " %s%d.%02d" % (cur, whole, cents)
    if till == "tablette":
        name = text + (" %d" % vintage if vintage else "")
        serve = TAB_SERVE[measure]
        whole, cents = price(measure, text, fam)
        parts = [station + " › " + name] + ([serve] if serve else []) + ["%d,%02d €" % (whole, cents)]
        return " · ".join(parts)
    if till == "caisse":
        serve = CAI_SERVE[measure]
        full = " ".join([fam] + ([serve] if serve else []) + [ascii_upper(text)]
                        + (["%02d" % (vintage % 100)] if vintage else []))
        return full[:WIDTH].rstrip(), full
    raise ValueError(till)


def read_vintage(till, label):
    """The vintage printed on a rendered label, as that till prints it (None when none)."""
    import re
    if till == "pos":
        m = re.search(r" '(\d\d) [$€]\d", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "tablette":
        name = label.split(" › ", 1)[1].split(" · ")[0]
        m = re.search(r" (199\d|20[0-2]\d)$", name)
        return int(m.group(1)) if m else None
    if till == "caisse":
        m = re.search(r" (\d\d)$", label)
        return 2000 + int(m.group(1)) if m else None
    raise ValueError(till)
