"""The three tills of Les Chartrons Gourmands and their habits.

R  old counter register: upper case, no accents, apostrophes and hyphens typed as spaces,
   a two-letter family code and a dot (`RG.`), serving words before the name, bar measures
   after it, two-digit vintages at the end (four digits on armagnacs, before the measure),
   every label cut at 22 characters.
T  waiters' tablet: lower case as typed, vintage `'16` after the name (armagnac `1985`),
   the measure spelt after the vintage, a price with a decimal comma at the end.
C  cave (take-away shelf) export: the shelf in capitals (the appellation for a wine, the
   kind of drink otherwise), the name as on the shelf tag, four-digit vintage, the bottle
   volume last (`75cl`, `37,5cl`, `150cl`, `50cl`, `70cl`).
"""

import random
import unicodedata

R_WIDTH = 22

R_FAMILIES = {
    "RG": "rouges",
    "BL": "blancs",
    "RS": "rosés et clairets",
    "LQ": "liquoreux",
    "BU": "bulles (crémants, champagnes)",
    "AP": "apéritifs",
    "CO": "cognacs",
    "AR": "armagnacs",
    "RH": "rhums",
    "WH": "whiskies",
    "PR": "pression",
    "BB": "bières bouteille",
    "SF": "softs et eaux",
    "CA": "cafés",
    "CU": "cuisine",
    "DV": "divers",
}
R_PRE = {
    "vre": "VRE",
    "v15": "VRE15",
    "c50": "CAR50",
    "c25": "CAR25",
    "half": "1/2",
    "mag": "MAG",
    "cp": "CP",
}
R_PRE_WINE_FMT = {"50": "50CL"}
R_POST = {
    "dose": "DOSE",
    "4cl": "4CL",
    "2cl": "2CL",
    "6cl": "6CL",
    "demi": "DEMI",
    "pinte": "PINTE",
    "33": "33CL",
    "50": "50CL",
    "20": "20CL",
    "25": "25CL",
    "100": "1L",
    "70": "70CL",
}
WINE_FAMS = {"RG", "BL", "RS", "LQ", "BU"}

T_MEAS = {
    "": "",
    "btl": "btl",
    "vre": "verre",
    "v15": "verre 15cl",
    "c50": "carafe 50cl",
    "c25": "carafe 25cl",
    "half": "1/2 btl",
    "mag": "magnum",
    "cp": "coupe",
    "dose": "dose",
    "4cl": "4cl",
    "2cl": "2cl",
    "6cl": "6cl",
    "demi": "demi",
    "pinte": "pinte",
    "33": "33cl",
    "50": "50cl",
    "20": "20cl",
    "25": "25cl",
    "100": "1l",
    "70": "70cl",
}

C_FMT = {
    "75": "75cl",
    "37.5": "37,5cl",
    "150": "150cl",
    "50": "50cl",
    "70": "70cl",
    "100": "100cl",
    "33": "33cl",
}

PRICE_RANGES = {
    "vre": (6, 19),
    "v15": (8, 22),
    "cp": (9, 16),
    "c25": (12, 22),
    "c50": (22, 42),
    "half": (24, 90),
    "mag": (90, 420),
    "dose": (6, 24),
    "4cl": (6, 24),
    "2cl": (4, 12),
    "6cl": (6, 9),
    "demi": (3, 5),
    "pinte": (7, 9),
}
# a bottle or an item without a measure is priced by its kind
CLASS_RANGES = {
    "wine": (34, 260),
    "aperitif": (18, 26),
    "spirit": (55, 140),
    "beer": (5, 8),
    "soft": (3, 6),
    "food": (7, 34),
    "coffee": (2, 9),
    "service": (5, 45),
}
FAM_CLASS = {
    "RG": "wine",
    "BL": "wine",
    "RS": "wine",
    "LQ": "wine",
    "BU": "wine",
    "AP": "aperitif",
    "CO": "spirit",
    "AR": "spirit",
    "RH": "spirit",
    "WH": "spirit",
    "PR": "beer",
    "BB": "beer",
    "SF": "soft",
    "CU": "food",
    "CA": "coffee",
    "DV": "service",
}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.upper().replace("'", " ").replace("’", " ").replace("-", " ")
    return " ".join(s.split())


def render_r(fam, measure, vintage, text):
    """Full label as typed (before the cut) and the tokens that must survive."""
    words = [fam + "."]
    pre = R_PRE.get(measure)
    if pre is None and fam in WINE_FAMS:
        pre = R_PRE_WINE_FMT.get(measure)
    post = None if pre else R_POST.get(measure)
    body = ([pre] if pre else []) + [ascii_upper(text)]
    if vintage is not None:
        body.append(str(vintage) if fam == "AR" else "%02d" % (vintage % 100))
    if post:
        body.append(post)
    full = words[0] + " ".join(body)
    return full, post


def cut_r(full, vintage, fam, post):
    """Cut at R_WIDTH; raise if the cut loses more than the vintage and the end of the
    last name word (four letters of it kept at least), so that the staff's typing must be
    shortened to fit (the spec is then rewritten, never the rule)."""
    cut = full[:R_WIDTH].rstrip()
    if cut == full:
        return cut
    f, c = full.split(" "), cut.split(" ")
    vtok = None
    if vintage is not None:
        vtok = str(vintage) if fam == "AR" else "%02d" % (vintage % 100)
    n = len(c)
    last_full = f[n - 1]
    partial = c[-1] != last_full
    if partial:
        tok = c[-1]
        if not (tok.isalpha() and len(tok) >= 4 and last_full.isalpha()) or last_full == post:
            raise ValueError(f"bad cut inside {last_full!r}: {cut!r}")
    lost = f[n:]
    if lost != ([vtok] if vtok else []) and lost != []:
        raise ValueError(f"cut loses {lost!r}: {full!r} -> {cut!r}")
    return cut


def render_t(measure, vintage, text, is_spirit, rng, pclass):
    s = text
    if vintage is not None:
        s += " %d" % vintage if is_spirit else " '%02d" % (vintage % 100)
    m = T_MEAS[measure]
    if m:
        s += " " + m
    lo, hi = PRICE_RANGES.get(measure) or CLASS_RANGES[pclass]
    euros = rng.randint(lo, hi)
    cents = rng.choice(["00", "50", "00", "90", "50"])
    return "%s %d,%s" % (s, euros, cents)


def render_c(shelf, measure, vintage, text):
    s = shelf.upper() + " " + text
    if vintage is not None:
        s += " %d" % vintage
    return s + " " + C_FMT[measure]


def make_rng(seed):
    return random.Random(seed)
