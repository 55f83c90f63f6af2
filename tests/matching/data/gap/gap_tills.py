"""The three tills of Le Refuge Gapençais: how each renders a sale, and how its label reads back."""
import hashlib
import re
import unicodedata

TILLS = ("comptoir", "kiosque", "tablette")


def h(s, mod):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % mod


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def flatten(s):
    s = ascii_fold(s).replace("-", " ").replace("'", " ").replace("’", " ")
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- comptoir (bar register)
C_WIDTH = 18
C_TOKEN = {"btl": "", "half": "1/2", "mag": "MG", "b20": "B20", "b25": "B25", "b33": "B33",
           "b50": "B50", "b70": "B70", "b100": "B100", "vr": "VR", "vr15": "VR15", "cp": "CP",
           "p25": "P25", "p50": "P50", "ds": "DS", "ds2": "DS2", "tas": "TASSE", "dm": "DM",
           "pt": "PT", "x": ""}
C_READ = {v: k for k, v in C_TOKEN.items() if v}
DEPTS = {"01": "vins rouges", "02": "vins blancs et doux", "03": "rosés", "04": "bulles",
         "05": "bières bouteille", "06": "pression", "07": "alcools", "08": "apéritifs",
         "09": "softs et eaux", "10": "boissons chaudes", "11": "cuisine", "12": "divers"}


def dept_of(entry, measure=None):
    cat, col = entry["category"], entry["colour"]
    if measure in ("dm", "pt"):
        return "06"
    if cat == "bière":
        return "06" if entry["format_cl"] >= 2000 else "05"
    if cat == "champagne" or col == "effervescent":
        return "04"
    if cat == "vin":
        return {"rouge": "01", "blanc": "02", "liquoreux": "02", "rosé": "03"}[col]
    if cat == "spiritueux":
        return "07"
    if cat == "soft":
        return "09"
    if entry["format_cl"] == 500:
        return "10"
    return "08"


def render_comptoir(text, measure, vintage, dept):
    parts = [C_TOKEN[measure]] if C_TOKEN[measure] else []
    parts.append(flatten(text).upper())
    if vintage is not None:
        parts.append("M%02d" % (vintage % 100))
    full = " ".join(parts)
    cut = full[:C_WIDTH].rstrip()
    return "%s D%s" % (cut, dept), full


def read_comptoir(label):
    m = re.fullmatch(r"(.{1,18}) D(\d\d)", label)
    desc = m.group(1)
    first = desc.split(" ")[0]
    measure = C_READ.get(first, "x" if m.group(2) in ("10", "11", "12") else "btl")
    vm = re.search(r"(?:^| )M(\d\d)$", desc)
    vintage = 2000 + int(vm.group(1)) if vm else None
    return measure, vintage


# ---------------------------------------------------------------- kiosque (winter snack kiosk)
K_LINE, K_LINES = 14, 2
K_TOKEN = {"btl": "btl", "half": "demibtl", "b20": "b20", "b25": "b25", "b33": "b33",
           "b50": "b50", "b100": "b100", "gob12": "gob12", "ds": "shot", "tas": "gob25",
           "dm": "gob25", "pt": "gob50", "x": ""}
K_FAMILY = {"vin": "V", "champagne": "V", "bière": "B", "spiritueux": "A", "autre": "A",
            "soft": "S"}


def family_of(entry):
    if entry["format_cl"] == 500:
        return "C"
    return K_FAMILY[entry["category"]]


def wrap(words):
    lines, cur = [], ""
    for w in words:
        w = w[:K_LINE]
        nxt = (cur + " " + w).strip()
        if len(nxt) <= K_LINE:
            cur = nxt
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines[:K_LINES]


def render_kiosque(text, measure, vintage, family):
    words = flatten(text).lower().split()
    if vintage is not None:
        words.append(str(vintage))
    lines = wrap(words)
    code = "%s%02d" % (family, 10 + h(family + text, 90))
    label = "%s %s" % (code, "/".join(lines))
    if K_TOKEN[measure]:
        label += " - " + K_TOKEN[measure]
    return label, " ".join(words)


def read_kiosque(label, bulk_kind):
    """bulk_kind: what gob25/gob50 pours from ('tas' for the hot-wine bag, else draught)."""
    m = re.fullmatch(r"([VBASCNX]\d\d) ([a-z0-9 /]+?)(?: - ([a-z0-9]+))?", label)
    name, tok = m.group(2), m.group(3)
    if tok is None:
        measure = "x"
    elif tok == "gob25":
        measure = "tas" if bulk_kind == "tas" else "dm"
    else:
        measure = {v: k for k, v in K_TOKEN.items() if v and v != "gob25"}[tok]
    vm = re.search(r"\b((?:19|20)\d\d)\b", name)
    return measure, int(vm.group(1)) if vm else None


# ---------------------------------------------------------------- tablette (dining-room tablet)
T_WORD = {"btl": "Bouteille", "half": "Demi-bouteille", "mag": "Magnum", "b20": "Bouteille 20cl",
          "b25": "Bouteille 25cl", "b33": "Bouteille 33cl", "b50": "Bouteille 50cl",
          "b70": "Bouteille 70cl", "b100": "Bouteille 1L", "vr": "Verre", "vr15": "Verre 15cl",
          "cp": "Coupe", "p25": "Pichet 25cl", "p50": "Pichet 50cl", "ds": "Dose",
          "ds2": "Dose 2cl", "tas": "Mug 25cl", "dm": "Demi pression", "pt": "Pinte pression"}
T_FOOD = ("Plat", "Entrée", "Dessert", "Café", "Service", "Menu")
T_MODS = {
    "rouge": ["+carafer", "+chambré", "+2 verres", "+bouchon à emporter"],
    "blanc": ["+seau à glace", "+bien frais", "+2 verres"],
    "bulles": ["+seau à glace", "+flûtes x4", "+anniversaire"],
    "alcool": ["+glaçons", "+verre tulipe", "+offert maison"],
    "soft": ["+citron", "+glaçons", "+rondelle"],
    "food": ["+sans gluten", "+cuisson rosée", "+part enfant", "+sans fromage"],
    "none": ["+à partager"],
}


def mod_family(entry):
    if entry is None:
        return "none"
    if entry["category"] == "champagne" or entry["colour"] == "effervescent":
        return "bulles"
    if entry["colour"] == "rouge":
        return "rouge"
    if entry["colour"] in ("blanc", "rosé", "liquoreux"):
        return "blanc"
    if entry["category"] in ("spiritueux", "autre"):
        return "alcool"
    return "soft"


PRICE_RANGE = {  # euros: (low, high) by measure word class
    "Bouteille": (24, 68), "Demi-bouteille": (14, 34), "Magnum": (58, 130),
    "Verre": (4, 9), "Verre 15cl": (5, 11), "Coupe": (8, 16), "Pichet 25cl": (8, 13),
    "Pichet 50cl": (14, 24), "Dose": (4, 14), "Dose 2cl": (3, 7), "Mug 25cl": (4, 6),
    "Demi pression": (3, 5), "Pinte pression": (6, 9), "Plat": (14, 29), "Entrée": (8, 15),
    "Dessert": (7, 11), "Café": (2, 9), "Service": (5, 15), "Menu": (24, 42),
    "Bouteille 70cl": (55, 95), "Bouteille 50cl": (5, 32),
}


def render_tablette(text, measure, vintage, modfam):
    name = text + (" %d" % vintage if vintage is not None else "")
    word = measure if measure in T_FOOD else T_WORD[measure]
    lo, hi = PRICE_RANGE.get(word, (3, 7))          # other bottles: softs, waters
    cents = lo * 100 + h(name + word, (hi - lo) * 2 + 1) * 50
    price = "%d,%02d €" % (cents // 100, cents % 100)
    label = "%s — %s — %s" % (name, word, price)
    mods = T_MODS[modfam]
    k = h("mod" + name + word, 10)
    if k < len(mods):
        label += " " + mods[k]
    if k == 9 and word not in T_FOOD:
        label += " +HH"
    return label


def read_tablette(label):
    m = re.fullmatch(r"(.+) — (.+) — (\d+,\d\d €)((?: \+[^+]+)*)", label)
    name, word = m.group(1), m.group(2)
    measure = "x" if word in T_FOOD else {v: k for k, v in T_WORD.items()}[word]
    vm = re.search(r" ((?:19|20)\d\d)$", name)
    return measure, int(vm.group(1)) if vm else None
