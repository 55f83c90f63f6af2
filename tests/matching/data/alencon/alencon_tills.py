"""The three tills of the Brasserie de la Gare: how each renders a sale, and reads it back.

Measures (what was sold), with their volume in cl:
  B bottle (a wine's 75 cl, or a non-wine's only format), H half bottle 37.5, M magnum 150,
  Z<n> a bottle of n cl, G glass 12.5, G12 / G15 glass of 12 / 15 cl, CP coupe 12.5,
  P25 / P50 pichet, D4 dose, D2 / D6 a 2 / 6 cl pour, DEMI 25 cl draught, PINTE 50 cl draught,
  None: no measure (food, coffee, services).
"""
import unicodedata

POURS = {"G": 12.5, "G12": 12, "G15": 15, "CP": 12.5, "P25": 25, "P50": 50,
         "D4": 4, "D2": 2, "D6": 6}
DRAUGHT = {"DEMI": 25, "PINTE": 50}
BOTTLES = {"H": 37.5, "M": 150}

COMPTOIR_WIDTH = 18


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", " ").replace("-", " ").replace("’", " ")
    return " ".join(s.upper().split())


def size_cl(n):
    return "1L" if n == 100 else "%dCL" % n


# ---------------------------------------------------------------- comptoir
C_KEYS = {"G": "VRE", "G12": "12CL", "G15": "15CL", "CP": "CP", "P25": "P25", "P50": "P50",
          "D4": "DOSE", "D2": "2CL", "D6": "6CL", "DEMI": "DEMI", "PINTE": "PINTE",
          "H": "1/2", "M": "MAG"}
C_READ = {v: k for k, v in C_KEYS.items()}


def render_comptoir(measure, text, vintage):
    parts = []
    if measure in C_KEYS:
        parts.append(C_KEYS[measure])
    elif measure and measure.startswith("Z"):
        parts.append(size_cl(int(measure[1:])))
    parts.append(text)
    if vintage:
        parts.append("%02d" % (vintage % 100))
    full = ascii_upper(" ".join(parts))
    return full[:COMPTOIR_WIDTH].rstrip(), full


def yy(n):
    return 2000 + n if n <= 30 else 1900 + n


def read_comptoir(label):
    """-> (measure, vintage) as printed."""
    toks = label.split()
    m = None
    if toks[0] in C_READ:
        m = C_READ[toks[0]]
    elif toks[0].endswith("CL") and toks[0][:-2].isdigit():
        m = "Z" + toks[0][:-2]
    elif toks[0] == "1L":
        m = "Z100"
    v = None
    if len(toks) > 1 and len(toks[-1]) == 2 and toks[-1].isdigit():
        v = yy(int(toks[-1]))
    return m, v


# ---------------------------------------------------------------- terrasse (tablet)
T_PHRASE = {"G": "verre", "G12": "verre 12cl", "G15": "verre 15cl", "CP": "coupe",
            "P25": "pichet 25cl", "P50": "pichet 50cl", "D4": "dose", "D2": "dose 2cl",
            "D6": "dose 6cl", "DEMI": "demi", "PINTE": "pinte", "H": "demi-bouteille",
            "M": "magnum", "B": "bouteille"}
T_READ = {v: k for k, v in T_PHRASE.items()}


def render_terrasse(measure, text, vintage):
    s = text.lower()
    if vintage:
        s += " %d" % vintage
    if measure in T_PHRASE:
        s += " / " + T_PHRASE[measure]
    elif measure and measure.startswith("Z"):
        n = int(measure[1:])
        s += " / bouteille " + ("1l" if n == 100 else "%dcl" % n)
    return s, s


def read_terrasse(label):
    head, sep, phrase = label.rpartition(" / ")
    if not sep:
        head, phrase = label, None
    m = None
    if phrase is not None:
        if phrase in T_READ:
            m = T_READ[phrase]
        elif phrase.startswith("bouteille "):
            q = phrase[len("bouteille "):]
            m = "Z100" if q == "1l" else "Z" + q[:-2]
        else:
            m = "?"
    v = None
    for t in head.split():
        if len(t) == 4 and t.isdigit() and t[:2] in ("19", "20"):
            v = int(t)
    return m, v


# ---------------------------------------------------------------- gestion (back-office export)
FAMILIES = ["VINS ROUGES", "VINS BLANCS", "VINS ROSES", "CHAMPAGNES ET BULLES", "VINS AU VERRE",
            "PICHETS", "CIDRES POIRES", "APERITIFS", "ALCOOLS", "BIERES PRESSION",
            "BIERES BOUTEILLE", "SOFTS", "EAUX", "CAFETERIE", "CUISINE", "DIVERS"]
BOTTLE_FAMILIES = {"VINS ROUGES", "VINS BLANCS", "VINS ROSES", "CHAMPAGNES ET BULLES",
                   "CIDRES POIRES", "BIERES BOUTEILLE", "SOFTS", "EAUX"}
APERITIF_KEYS = {"perejules_pom", "ricard", "p51", "martini_b", "martini_r", "lillet", "suze",
                 "aperol", "taylor_ft", "taylor_10"}
WATER_KEYS = {"evian", "badoit", "perrier"}
CIDER_KEYS = {"perejules_cid", "lemorton_poire", "loicraison"}


def litres(cl):
    s = ("%.3f" % (cl / 100)).rstrip("0").rstrip(".")
    return s.replace(".", ",")


def volume_of(measure, drink):
    """The volume (cl) a sale of this measure represents on the export."""
    if measure is None:
        return None
    if measure in POURS:
        return POURS[measure]
    if measure in DRAUGHT:
        return DRAUGHT[measure]
    if measure in BOTTLES:
        return BOTTLES[measure]
    if measure.startswith("Z"):
        return int(measure[1:])
    # B
    if drink["category"] in ("vin", "champagne"):
        return 75
    return drink["format_only"]


def family_of(measure, key, drink):
    cat, col = drink["category"], drink["colour"]
    if measure in ("P25", "P50"):
        return "PICHETS"
    if cat in ("vin", "champagne"):
        if measure in POURS:
            return "VINS AU VERRE"
        if cat == "champagne" or col == "effervescent" or (col == "rosé" and "Crémant" in drink["appellation"]):
            return "CHAMPAGNES ET BULLES"
        return {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "liquoreux": "VINS BLANCS",
                "rosé": "VINS ROSES"}[col]
    if key in CIDER_KEYS:
        return "CIDRES POIRES"
    if key in APERITIF_KEYS:
        return "APERITIFS"
    if cat in ("spiritueux", "autre"):
        return "ALCOOLS"
    if cat == "bière":
        return "BIERES PRESSION" if measure in DRAUGHT else "BIERES BOUTEILLE"
    return "EAUX" if key in WATER_KEYS else "SOFTS"


def render_gestion(text, vintage, family, vol):
    d = text + (" %d" % vintage if vintage else "")
    s = "%s;%s;%s" % (d, family, litres(vol) if vol else "")
    return s, s


def read_gestion(label):
    """-> (measure, vintage, family); the measure read from family and volume."""
    d, fam, vol = label.split(";")
    v = None
    t = d.split()[-1]
    if len(t) == 4 and t.isdigit() and t[:2] in ("19", "20"):
        v = int(t)
    if not vol:
        return None, v, fam
    cl = round(float(vol.replace(",", ".")) * 100, 1)
    cl = int(cl) if cl == int(cl) else cl
    if fam == "BIERES PRESSION":
        m = {25: "DEMI", 50: "PINTE"}.get(cl, "?")
    elif fam == "PICHETS":
        m = {25: "P25", 50: "P50"}.get(cl, "?")
    elif fam == "VINS AU VERRE":
        m = {12.5: "G", 12: "G12", 15: "G15"}.get(cl, "?")
    elif fam in ("APERITIFS", "ALCOOLS") and cl <= 15:
        m = {2: "D2", 4: "D4", 6: "D6", 12.5: "G", 12: "G12", 15: "G15"}.get(cl, "?")
    elif fam in ("VINS ROUGES", "VINS BLANCS", "VINS ROSES", "CHAMPAGNES ET BULLES") and cl in (75, 37.5, 150):
        m = {75: "B", 37.5: "H", 150: "M"}[cl]
    else:
        m = "Z%s" % cl
    return m, v, fam
