"""The three tills of Le Relais de la Pointe and their rendering habits.

comptoir  the counter register (printed Z-report lines): ASCII capitals, the measure key
          first, the name, a two-digit vintage last; the name field is CUT AT 18 columns,
          padded to 18 and followed by the unit price right-aligned in 7 columns ("  6,50").
tablette  the waiters' tablet: "<family> / <name as typed> <yyyy> (<measure>)", mixed case,
          accents kept; food and services have no measure.
stock     the back-office sales export: "<article no.>;<DESIGNATION>;<yyyy or empty>;
          <contenance>;<unit>", capitals with accents, estate names inverted
          ("CISSAC (CH.)", "TOUR DE BY (CH. LA)").
"""
import hashlib
import re
import unicodedata

CUT = 18

COMPTOIR_WORD = {
    "btl": "", "half": "1/2", "mag": "MAG", "sz20": "20CL", "sz25": "25CL", "sz33": "33CL",
    "sz50": "50CL", "sz100": "1L", "sz70": "70CL", "vre": "VRE", "vre15": "VRE15",
    "cp": "CP", "p25": "P25", "p50": "P50", "d2": "2CL", "d4": "4CL", "d6": "6CL",
    "demi": "DEMI", "pinte": "PINTE", None: "",
}
TABLETTE_WORD = {
    "btl": "btl", "half": "1/2 btl", "mag": "magnum", "sz20": "20cl", "sz25": "25cl",
    "sz33": "33cl", "sz50": "50cl", "sz100": "1l", "sz70": "70cl", "vre": "verre",
    "vre15": "verre 15cl", "cp": "coupe", "p25": "pichet 25cl", "p50": "pichet 50cl",
    "d2": "2cl", "d4": "4cl", "d6": "6cl", "demi": "demi", "pinte": "pinte", None: "",
}
STOCK_UNIT = {
    "btl": "BTL", "half": "BTL", "mag": "BTL", "sz20": "BTL", "sz25": "BTL", "sz33": "BTL",
    "sz50": "BTL", "sz100": "BTL", "sz70": "BTL", "vre": "VERRE", "vre15": "VERRE 15CL",
    "cp": "COUPE", "p25": "PICHET 25CL", "p50": "PICHET 50CL", "d2": "DOSE 2CL",
    "d4": "DOSE 4CL", "d6": "DOSE 6CL", "demi": "DEMI", "pinte": "PINTE", None: "UNITE",
}

FAMILY = {  # tablette families
    "rouge": "Rouges", "blanc": "Blancs", "rose": "Rosés", "bulle": "Bulles",
    "aperitif": "Apéritifs", "digestif": "Digestifs", "biere": "Bières", "soft": "Softs",
    "cuisine": "Cuisine", "dessert": "Desserts", "cafe": "Cafés", "divers": "Divers",
}
APERITIF_SPIRITS = {"anisette", "ricard"}


def family_of(key, entry):
    if entry["category"] == "vin":
        return {"rouge": "rouge", "blanc": "blanc", "rosé": "rose", "effervescent": "bulle"}[entry["colour"]]
    if entry["category"] == "autre" or key in APERITIF_SPIRITS:
        return "aperitif"
    return {"spiritueux": "digestif", "bière": "biere", "soft": "soft"}[entry["category"]]


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.replace("'", " ").replace("-", " ")).strip().upper()


def _h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


PRICE_BASE = {  # cents
    "btl": 2800, "half": 1600, "mag": 6000, "sz20": 350, "sz25": 400, "sz33": 450,
    "sz50": 400, "sz100": 600, "sz70": 5000, "vre": 550, "vre15": 650, "cp": 750,
    "p25": 900, "p50": 1600, "d2": 450, "d4": 800, "d6": 550, "demi": 350, "pinte": 650,
    None: 250,
}


def price(measure, text, fmt):
    base = PRICE_BASE[measure]
    if measure == "btl" and fmt is not None and fmt < 70:
        base = 400  # a bottled beer or soft
    step = max(10, base // 400 * 10)
    cents = base + (_h("prix", measure, text) % 9) * step
    return "%d,%02d" % (cents // 100, cents % 100)


def cont(fmt):
    if fmt is None:
        return ""
    if fmt >= 1000:
        return "FUT %dL" % (fmt // 100)
    if fmt == 100:
        return "1L"
    return ("%gCL" % fmt).replace(".", ",")


def render(till, measure, vintage, text, fam, fmt):
    """fam: the family key (FAMILY); fmt: the bottle format the article is held in
    (stock's contenance), None for food and services."""
    if till == "comptoir":
        parts = [COMPTOIR_WORD[measure], ascii_upper(text)]
        if vintage:
            parts.append("%02d" % (vintage % 100))
        name = " ".join(p for p in parts if p)[:CUT]
        return name.ljust(CUT) + price(measure, name, fmt).rjust(7)
    if till == "tablette":
        s = "%s / %s" % (FAMILY[fam], text)
        if vintage:
            s += " %d" % vintage
        if measure:
            s += " (%s)" % TABLETTE_WORD[measure]
        return s
    if till == "stock":
        code = 100000 + _h("art", text, measure, vintage) % 900000
        return "%06d;%s;%s;%s;%s" % (code, text.upper(), vintage or "", cont(fmt) if measure else "", STOCK_UNIT[measure])
    raise ValueError(till)


def read_vintage(till, label):
    """The vintage printed on the rendered label, or None."""
    if till == "comptoir":
        toks = label[:CUT].split()
        if len(toks) >= 2 and re.fullmatch(r"\d\d", toks[-1]):
            return 2000 + int(toks[-1])
        return None
    if till == "tablette":
        m = re.search(r" ((?:19|20)\d\d)(?: \(|$)", label)
        return int(m.group(1)) if m else None
    if till == "stock":
        v = label.split(";")[2]
        return int(v) if v else None
    raise ValueError(till)
