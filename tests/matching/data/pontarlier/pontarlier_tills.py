"""The three tills' rendering habits, and reading a rendered label back."""
import hashlib
import re
import unicodedata

WIDTH = 16  # COMPTOIR: the PLU name field of the counter register


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------- COMPTOIR ----------------
# PLU name typed by the owner in capitals, printed in a fixed 16-column field (cut there,
# mid-word or mid-vintage, and padded with spaces), then one space and the size key.
C_WORDS = {"btl": "BTL", "mag": "MAG", "half": "1/2", "clav": "CLAV", "b25": "25CL",
           "b33": "33CL", "b70": "70CL", "b100": "1L", "vre": "VRE", "v15": "VRE15",
           "c25": "CAR25", "c50": "CAR50", "dose": "DOSE", "demi": "DEMI", "pinte": "PINTE"}
C_CODES = {v: k for k, v in C_WORDS.items()}


def comptoir_render(text, code, vintage):
    name = ascii_fold(text).upper().replace("'", " ").replace("-", " ")
    name = re.sub(r" +", " ", name).strip()
    if vintage:
        name += " %02d" % (vintage % 100)
    name = name[:WIDTH]
    if code is None:
        return name.rstrip()
    return name.ljust(WIDTH) + " " + C_WORDS[code]


def comptoir_read(label):
    if len(label) > WIDTH:
        field, word = label[:WIDTH], label[WIDTH + 1:]
        code = C_CODES[word]
    else:
        field, code = label, None
    toks = field.split()
    vintage = None
    if toks and re.fullmatch(r"\d\d", toks[-1]):
        n = int(toks[-1])
        vintage = 2000 + n if n <= 30 else 1900 + n
    return code, vintage


# ---------------- SALLE ----------------
# Dining-room tablet: the serving chosen first (a word of the pop-up), then the dish or
# wine as the manager entered it (Title Case, accents kept), four-digit vintage at the end.
S_WORDS = {"btl": "Bouteille", "mag": "Magnum", "half": "Demi-Bouteille", "clav": "Clavelin",
           "b25": "Bouteille 25cl", "b33": "Bouteille 33cl", "b70": "Bouteille 70cl",
           "b100": "Bouteille 1L", "vre": "Verre", "v15": "Verre 15cl", "c25": "Carafe 25cl",
           "c50": "Carafe 50cl", "dose": "Dose", "demi": "Demi", "pinte": "Pinte"}
S_ORDER = sorted(S_WORDS.items(), key=lambda kv: -len(kv[1]))


def salle_render(text, code, vintage):
    parts = []
    if code is not None:
        parts.append(S_WORDS[code])
    parts.append(text)
    if vintage:
        parts.append(str(vintage))
    return " ".join(parts)


def salle_read(label):
    code = None
    for k, w in S_ORDER:
        if label.startswith(w + " "):
            code = k
            break
    m = re.search(r" ((?:19|20)\d\d)$", label)
    return code, (int(m.group(1)) if m else None)


# ---------------- GESTION ----------------
# Management export: article code;family;designation (lower-case ASCII);vintage;volume cl
FAMILIES = {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "rosé": "VINS ROSES",
            "effervescent": "BULLES", "liquoreux": "VINS DOUX", "spiritueux": "SPIRITUEUX",
            "autre": "APERITIFS", "bière": "BIERES", "soft": "SANS ALCOOL"}
OTHER_FAMILIES = ("CUISINE", "CAFETERIE", "DIVERS")
VOLUMES = {"btl": None, "mag": 150, "half": 37.5, "clav": 62, "b25": 25, "b33": 33,
           "b70": 70, "b100": 100, "vre": 12.5, "v15": 15, "c25": 25, "c50": 50,
           "dose": 4, "demi": 25, "pinte": 50}


def family_of(colour, category):
    if category == "champagne":
        return FAMILIES["effervescent"]
    return FAMILIES[colour] if colour else FAMILIES[category]


def vol_text(v):
    return ("%g" % v).replace(".", ",") + "cl"


def article_code(family, designation):
    h = hashlib.sha256((family + "|" + designation).encode()).hexdigest()
    return "%06d" % (100000 + int(h[:8], 16) % 900000)


def gestion_render(text, volume, vintage, family):
    des = re.sub(r" +", " ", ascii_fold(text).lower().replace(";", " ")).strip()
    vol = vol_text(volume) if volume is not None else ""
    return ";".join([article_code(family, des), family, des,
                     str(vintage) if vintage else "", vol])


def gestion_read(label):
    code, fam, des, vint, vol = label.split(";")
    v = float(vol[:-2].replace(",", ".")) if vol else None
    if v is not None and v == int(v):
        v = int(v)
    return fam, des, (int(vint) if vint else None), v
