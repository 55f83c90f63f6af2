"""The three tills of Le Ponton du Lac: how a typed product is printed, and how a printed
label is read back (measure, vintage)."""
import hashlib
import re
import unicodedata

# canonical measures: (kind, volume_cl) ; kind "bottle" (format) or "pour"
MEASURES = {
    "btl": ("bottle", 75), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "b25": ("bottle", 25), "b33": ("bottle", 33), "b40": ("bottle", 40), "b50": ("bottle", 50),
    "b70": ("bottle", 70), "b100": ("bottle", 100),
    "vre": ("pour", 12.5), "vre15": ("pour", 15), "p25": ("pour", 25), "p50": ("pour", 50),
    "dose": ("pour", 4), "2cl": ("pour", 2), "demi": ("keg", 25), "pinte": ("keg", 50),
}
COMPTOIR_CODE = {"btl": "BTL", "half": "37.5", "mag": "MAG", "b25": "25CL", "b33": "33CL",
                 "b40": "40CL", "b50": "50CL", "b70": "70CL", "b100": "1L", "vre": "VRE",
                 "vre15": "VRE15", "p25": "PICH25", "p50": "PICH50", "dose": "DOSE",
                 "2cl": "2CL", "demi": "DEMI", "pinte": "PINTE"}
COMPTOIR_FAMILY = {"cu": "CUIS", "ca": "CAFE", "dv": "DIV", "gl": "GLACE"}
SALLE_WORD = {"btl": "Bouteille", "half": "Demi-bouteille", "mag": "Magnum",
              "b25": "Bouteille 25 cl", "b33": "Bouteille 33 cl", "b40": "Bouteille 40 cl",
              "b50": "Bouteille 50 cl", "b70": "Bouteille 70 cl", "b100": "Bouteille 1 L",
              "vre": "Verre", "vre15": "Verre 15 cl", "p25": "Pichet 25 cl",
              "p50": "Pichet 50 cl", "dose": "Dose", "2cl": "Dose 2 cl", "demi": "Demi",
              "pinte": "Pinte"}
SALLE_FAMILY = {"bl": "Vins blancs", "rg": "Vins rouges", "rs": "Vins rosés", "bu": "Bulles",
                "ap": "Apéritifs", "sp": "Digestifs et alcools", "bi": "Bières",
                "so": "Sans alcool", "cu": "Cuisine", "ca": "Boissons chaudes",
                "dv": "Divers", "gl": "Glaces"}
LAC_WORD = {"btl": "btl", "half": "1/2", "mag": "mag", "b25": "25cl", "b33": "33cl",
            "b40": "40cl", "b50": "50cl", "b70": "70cl", "b100": "1l", "vre": "vre",
            "vre15": "vre15", "p25": "pich25", "p50": "pich50", "dose": "dose", "2cl": "2cl",
            "demi": "demi", "pinte": "pinte"}
COMPTOIR_WIDTH = 18
LAC_WIDTH = 24


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def h(*parts):
    return int(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest(), 16)


def price(meas, key, till):
    base = {"btl": (24, 95), "half": (15, 40), "mag": (55, 160), "vre": (5, 9), "vre15": (6, 11),
            "p25": (9, 14), "p50": (16, 26), "dose": (6, 12), "2cl": (4, 7), "demi": (3.5, 4.5),
            "pinte": (7, 9), "b25": (4, 5), "b33": (4.5, 6.5), "b40": (4.5, 5.5),
            "b50": (4, 5), "b70": (60, 90), "b100": (6, 7.5), None: (3, 28)}[meas]
    lo, hi = base
    steps = int((hi - lo) * 2) + 1
    return lo + (h(till, key, meas) % steps) / 2


def cut(text, width):
    return text[:width].rstrip()


def render_comptoir(text, meas, vintage, family):
    t = ascii_fold(text).upper().replace("'", " ").replace("-", " ")
    t = re.sub(r" +", " ", t).strip()
    if vintage:
        t += " %02d" % (vintage % 100)
    code = COMPTOIR_CODE[meas] if meas else COMPTOIR_FAMILY[family]
    return cut(t, COMPTOIR_WIDTH) + " /" + code


def render_salle(text, meas, vintage, family, key):
    t = text + (" %d" % vintage if vintage else "")
    parts = [SALLE_FAMILY[family], t] + ([SALLE_WORD[meas]] if meas else [])
    p = price(meas, key + text, "salle")
    return " > ".join(parts) + "  " + ("%.2f" % p).replace(".", ",") + " €"


def render_lac(text, meas, vintage, key):
    t = ascii_fold(text).lower().replace("'", " ")
    t = re.sub(r" +", " ", t).strip()
    desc = ((LAC_WORD[meas] + " ") if meas else "") + t + (" %d" % vintage if vintage else "")
    q = 1 + (h("lac", key, text, meas) % 7) // 3  # 1 to 3
    total = q * price(meas, key + text, "lac")
    return "%d x %s = %.2f" % (q, cut(desc, LAC_WIDTH), total)


# ---- reading a printed label back ----
def _vint2(yy):
    y = int(yy)
    return 2000 + y if y < 50 else 1900 + y


def read_back(label, conn):
    """-> (measure key or None, vintage or None)"""
    if conn == "comptoir":
        text, code = label.rsplit(" /", 1)
        inv = {v: k for k, v in COMPTOIR_CODE.items()}
        m = re.search(r"(?:^| )(\d\d)$", text)
        return inv.get(code), (_vint2(m.group(1)) if m else None)
    if conn == "salle":
        body = label.rsplit("  ", 1)[0]
        parts = body.split(" > ")
        inv = {v: k for k, v in SALLE_WORD.items()}
        meas = inv.get(parts[2]) if len(parts) == 3 else None
        m = re.search(r"\b((?:19|20)\d\d)$", parts[1])
        return meas, (int(m.group(1)) if m else None)
    if conn == "lac":
        desc = re.match(r"^\d x (.*) = \d+\.\d\d$", label).group(1)
        first = desc.split(" ", 1)[0]
        inv = {v: k for k, v in LAC_WORD.items()}
        meas = inv.get(first)
        m = re.search(r" ((?:19|20)\d\d)$", desc)
        return meas, (int(m.group(1)) if m else None)
    raise ValueError(conn)
