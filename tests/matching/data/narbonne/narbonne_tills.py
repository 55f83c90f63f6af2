"""The three tills' rendering habits, and how a vintage is read back from each."""
import hashlib
import re
import unicodedata

from narbonne_rules import FAM, bottle_size

WIDTH = 22  # COMPTOIR key width


def h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("'", "").replace("’", "").upper()


def cl(size):
    if size == 100:
        return "1L"
    return ("%gCL" % size).replace(".", ",")


# ---------------------------------------------------------------- COMPTOIR
C_CODE = {"bt": "", "mag": "MAG", "half": "1/2", "vr": "VR", "v15": "VR15", "p25": "PCH25",
          "p50": "PCH50", "ds": "DOSE", "cp": "CP", "demi": "DEMI", "pinte": "PINTE"}
DEPTS = ("RG", "RS", "BC", "BU", "VD", "AP", "SP", "PR", "BB", "SO", "CU", "CA", "DV")
ANISES = {"ricard", "p51", "bardouin"}


def dept(key, measure):
    k, name, prod, app, region, colour, cat, fmts = FAM[key]
    if cat == "bière":
        return "PR" if measure in ("demi", "pinte", "fut") else "BB"
    if cat == "soft":
        return "SO"
    if cat == "autre" or key in ANISES:
        return "AP"
    if cat == "spiritueux":
        return "SP"
    if cat == "champagne" or (app or "").startswith(("Crémant", "Blanquette")):
        return "BU"
    return {"rouge": "RG", "rosé": "RS", "blanc": "BC", "effervescent": "BU",
            "liquoreux": "VD"}[colour] if cat == "vin" else "BU"


def render_comptoir(key, measure, vintage, text):
    """`DD:` department, measure code, the name as typed, two-digit vintage; the whole key
    cut at 22 columns; a vintage that does not fit is dropped whole."""
    if "/" in measure and measure.split("/")[0] in DEPTS:
        d, measure = measure.split("/", 1)
    else:
        d = dept(key, measure)
    if measure.startswith("b") and bottle_size(measure) is not None:
        code = cl(bottle_size(measure))
    else:
        code = C_CODE.get(measure, "")
    base = "%s:%s%s" % (d, code + " " if code else "", ascii_upper(text))
    if vintage is not None:
        full = "%s %02d" % (base, vintage % 100)
        if len(full) <= WIDTH:
            return full
    return base[:WIDTH].rstrip(" .-/")


def vintage_comptoir(label):
    last = label.split(" ")[-1]
    if len(label.split(" ")) > 1 and re.fullmatch(r"\d\d", last):
        y = int(last)
        return 2000 + y if y <= 30 else 1900 + y
    return None


# ---------------------------------------------------------------- MARCHE
M_WORD = {"mag": "magnum", "half": "demi-bouteille", "vr": "verre", "v15": "verre 15cl",
          "p25": "pichet 25cl", "p50": "pichet 50cl", "ds": "dose", "cp": "coupe",
          "demi": "demi", "pinte": "pinte"}


def price(label_core, measure, key):
    """A chalkboard price from a hash of the line: bottles 18-62 EUR (a magnum twice, a
    half bottle half), pours, beers, softs 2.50-9 EUR, food and goods 2.50-18 EUR."""
    x = h("prix|" + label_core, 1000)
    cat = FAM[key][6] if key != "-" else None
    size = bottle_size(measure)
    if measure.startswith("="):
        cents = 250 + (x % 32) * 50
    elif (measure in ("bt", "mag", "half") and cat not in ("soft", "bière", "autre", "spiritueux")) \
            or (size in (50, 70, 100) and cat in ("vin", "spiritueux")):
        cents = 1800 + (x % 90) * 50
        if measure == "mag":
            cents *= 2
        elif measure == "half":
            cents = cents // 100 * 50
    else:
        cents = 250 + (x % 14) * 50
    e, c = divmod(cents, 100)
    return "%d€" % e if c == 0 else "%d€%02d" % (e, c)


def render_marche(key, measure, vintage, text):
    """Price first (`7€50`, `28€`), the serving in words, the name in lower case with
    accents, the vintage in four digits; never cut."""
    if measure.startswith("="):
        word = measure[1:]
    elif measure == "bt":
        word = "bouteille" if key != "-" and FAM[key][6] in ("vin", "champagne") else ""
        if key == "-":
            word = "bouteille"
    elif bottle_size(measure) is not None:
        word = cl(bottle_size(measure)).lower()
    else:
        word = M_WORD[measure]
    core = " ".join(p for p in (word, text.lower(), str(vintage) if vintage else "") if p)
    return "%s %s" % (price(core, measure, key), core)


def vintage_marche(label):
    m = re.search(r" ((?:19|20)\d\d)$", label)
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------- TRAITEUR
T_COND = {"mag": "150cl", "half": "37,5cl", "vr": "verre", "v15": "verre 15cl", "cp": "coupe",
          "ds": "dose 4cl", "p25": "carafe 25cl", "p50": "carafe 50cl",
          "demi": "gobelet 25cl", "pinte": "gobelet 50cl"}


def render_traiteur(key, measure, vintage, text):
    """`TRnnnn | xQTY | DESIGNATION | conditionnement | millésime` (NM for a non-vintage
    wine, `-` when there is none)."""
    ref = "TR%05d" % (10000 + h("ref|" + text, 90000))
    fam = FAM.get(key)
    if measure.startswith("="):
        cond = measure[1:]
    elif measure == "bt":
        if fam is None or fam[6] in ("vin", "champagne"):
            cond = "75cl"
        else:
            plain = [f for f in fam[7] if f < 1000]
            cond = cl(plain[0]).lower() if plain[0] != 100 else "100cl"
    elif measure == "fut":
        kegs = [f for f in fam[7] if f >= 1000] if fam else []
        kegs = kegs or [3000]  # a keg the library does not hold: the caterer's 30 l
        cond = "fût %dL" % (kegs[0] // 100)
    elif bottle_size(measure) is not None:
        s = bottle_size(measure)
        cond = ("%gcl" % s).replace(".", ",")
    else:
        cond = T_COND[measure]
    pour = measure in T_COND and measure not in ("mag", "half")
    qty = (6 + h("qte|" + text + measure, 115)) if pour else (1 + h("qte|" + text + measure, 36))
    if vintage is not None:
        mill = str(vintage)
    elif fam is not None and fam[6] in ("vin", "champagne") and fam[7].get(75, fam[7].get(50, [1])) == [None]:
        mill = "NM"
    else:
        mill = "-"
    return "%s | x%d | %s | %s | %s" % (ref, qty, text, cond, mill)


def vintage_traiteur(label):
    mill = label.split(" | ")[-1]
    return int(mill) if re.fullmatch(r"\d{4}", mill) else None


TILLS = {"COMPTOIR": (render_comptoir, vintage_comptoir),
         "MARCHE": (render_marche, vintage_marche),
         "TRAITEUR": (render_traiteur, vintage_traiteur)}
