"""The three tills of "Le Pichet de Rabelais": how each renders what was keyed, and how each
label is read back (measure, vintage). Deterministic: codes and prices come from SHA-256."""
import hashlib
import re
import unicodedata

# measure code -> (kind, cl, comptoir, salle, export)
#   kind: "btl" a bottle of that size, "pour" a glass/carafe/dose from the ordinary bottle,
#   "tap" a draught measure from the keg, None no measure (food, services, coffee)
MEASURES = {
    "BT":    ("btl", 75,    "BTL",    "Bouteille",      "BT"),
    "B37":   ("btl", 37.5,  "1/2",    "Demi-bouteille", "DB"),
    "MAG":   ("btl", 150,   "MAG",    "Magnum",         "MG"),
    "B50":   ("btl", 50,    "50CL",   "Bouteille 50cl", "B50"),
    "B33":   ("btl", 33,    "33CL",   "33cl",           "B33"),
    "B25":   ("btl", 25,    "25CL",   "25cl",           "B25"),
    "B70":   ("btl", 70,    "70CL",   "Bouteille 70cl", "B70"),
    "B100":  ("btl", 100,   "1L",     "1 litre",        "B1L"),
    "VRE":   ("pour", 12.5, "VRE",    "Verre",          "VR"),
    "V12":   ("pour", 12,   "12CL",   "Verre 12cl",     "V12"),
    "V15":   ("pour", 15,   "15CL",   "Verre 15cl",     "V15"),
    "P25":   ("pour", 25,   "PICH25", "Pichet 25cl",    "P25"),
    "P50":   ("pour", 50,   "PICH50", "Pichet 50cl",    "P50"),
    "CP":    ("pour", 12.5, "CP",     "Coupe",          "CP"),
    "DOSE":  ("pour", 4,    "DOSE",   "Dose",           "DS"),
    "D2":    ("pour", 2,    "2CL",    "2cl",            "D2"),
    "D6":    ("pour", 6,    "6CL",    "6cl",            "D6"),
    "DEMI":  ("tap", 25,    "DEMI",   "Demi",           "DEM"),
    "PINTE": ("tap", 50,    "PINTE",  "Pinte",          "PIN"),
    None:    (None, None,   "",       "",               ""),
}
BY_TILL = {t: {m[i]: code for code, m in MEASURES.items()} for i, t in ((2, "comptoir"), (3, "salle"), (4, "export"))}

# comptoir families (two letters and a dot)
FAMILIES = {"RG": "rouges", "BL": "blancs", "RS": "rosés", "BU": "bulles", "MO": "moelleux",
            "PR": "pression", "BI": "bières bouteille", "AP": "apéritifs", "AL": "alcools",
            "SO": "softs et eaux", "CF": "cafés", "CU": "cuisine", "DV": "divers"}
APERO_KEYS = {"ricard", "lillet_blanc", "suze", "martini_rosso", "guignolet", "creme_cassis"}


def family(drink, meas):
    key, colour, cat, formats = drink["key"], drink["colour"], drink["category"], drink["formats"]
    if key in APERO_KEYS:
        return "AP"
    if cat == "bière":
        return "PR" if max(formats) >= 2000 else "BI"
    if cat == "spiritueux":
        return "AL"
    if cat == "soft":
        return "SO"
    return {"rouge": "RG", "blanc": "BL", "rosé": "RS", "effervescent": "BU", "liquoreux": "MO"}[colour]


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", " ").replace("’", " ").replace("!", "").replace("«", "").replace("»", "")
    return re.sub(r"\s+", " ", s).strip().upper()


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


# ---------- comptoir: "FA.MEAS TEXT 'YY" ----------
def render_comptoir(text, meas, vintage, fam):
    m = MEASURES[meas][2]
    body = ascii_upper(text)
    lab = f"{fam}.{m} {body}" if m else f"{fam}.{body}"
    if vintage:
        lab += f" '{vintage % 100:02d}"
    return lab, False


def read_comptoir(label):
    m = re.match(r"^([A-Z]{2})\.(\S+) ", label)
    meas = BY_TILL["comptoir"].get(m.group(2)) if m else None
    v = re.search(r" '(\d\d)$", label)
    return meas, (2000 + int(v.group(1)) if v else None)


# ---------- salle: "Text (YYYY) / Mesure" ----------
def render_salle(text, meas, vintage, fam):
    lab = text
    if vintage:
        lab += f" ({vintage})"
    if MEASURES[meas][3]:
        lab += " / " + MEASURES[meas][3]
    return lab, False


def read_salle(label):
    meas = None
    if " / " in label:
        meas = BY_TILL["salle"].get(label.rsplit(" / ", 1)[1])
    v = re.search(r"\((\d{4})\)", label)
    return meas, (int(v.group(1)) if v else None)


# ---------- export: fixed width "CODE   DESIGNATION(24) MES PRIX" ----------
EXPORT_FAMILY_DIGIT = {"RG": 1, "BL": 2, "RS": 3, "BU": 4, "MO": 4, "PR": 5, "BI": 5, "AP": 6,
                       "AL": 6, "SO": 7, "CF": 8, "CU": 8, "DV": 9}
DESIG = 24


def price(text, meas, fam):
    kind, cl = MEASURES[meas][0], MEASURES[meas][1]
    x = h("prix", text, meas)
    if kind == "btl" and fam in ("RG", "BL", "RS", "BU", "MO"):
        cents = 2200 + (x % 90) * 50 if cl != 150 else 5200 + (x % 80) * 50
        if cl == 37.5:
            cents = 1400 + (x % 30) * 50
    elif kind == "btl":
        cents = 300 + (x % 8) * 50
    elif kind == "pour" and cl >= 25:
        cents = 900 + (x % 20) * 50
    elif kind in ("pour", "tap"):
        cents = 350 + (x % 12) * 50
    else:
        cents = 250 + (x % 30) * 50
    return f"{cents // 100},{cents % 100:02d}"


def render_export(text, meas, vintage, fam):
    full = ascii_upper(text) + (f" {vintage % 100:02d}" if vintage else "")
    cut = len(full) > DESIG
    desig = full[:DESIG]
    code = f"{EXPORT_FAMILY_DIGIT[fam]}{h('art', text, meas, vintage) % 100000:05d}"
    lab = f"{code} {desig:<{DESIG}} {MEASURES[meas][4]:<3} {price(text, meas, fam):>7}"
    return lab, cut and bool(vintage) and not desig.endswith(f" {vintage % 100:02d}")


def read_export(label):
    desig, mes = label[7:7 + DESIG].rstrip(), label[8 + DESIG:11 + DESIG].strip()
    meas = BY_TILL["export"].get(mes) if mes else None
    v = re.search(r" (\d\d)$", desig)
    return meas, (2000 + int(v.group(1)) if v else None)


RENDER = {"comptoir": render_comptoir, "salle": render_salle, "export": render_export}
READ = {"comptoir": read_comptoir, "salle": read_salle, "export": read_export}
