"""The three tills of La Grange aux Tavaillons and how each one prints a product.

- caisse   : the old counter register. Measure first, ASCII capitals, every word of
             eight letters or more written without its vowels (the staff's shorthand
             to fit the 20-column display), two-digit vintage last, hard cut at 20.
- tablette : the dining-room tablet. Lower case with accents as typed, vintage 'yy,
             the measure after a comma, a price glued to a euro sign, and sometimes
             a room charge (`→ chambre 12`) or a half-board flag (`(DP)`).
- groupes  : the group-booking export (ski season, seminars, summer weddings).
             `dd/mm Group (n pax) » Item[ yyyy | NM] » format`.
"""

import hashlib
import re
import unicodedata

WIDTH = 20
VOWELS = set("AEIOUY")

# code: (kind, volume or format in cl, caisse, tablette, groupes)
#   kind: bottle (format), ord (the wine's ordinary bottle), pour (volume of the
#   ordinary bottle), draught (volume of the keg), keg (a whole keg), None.
MEASURES = {
    "btl": ("ord", None, "", None, None),
    "clav": ("bottle", 62, "CLAV", "clavelin", "62 cl"),
    "half": ("bottle", 37.5, "1/2", "1/2 btl", "37,5 cl"),
    "mag": ("bottle", 150, "MAG", "magnum", "150 cl"),
    "s25": ("bottle", 25, "25CL", "25cl", "25 cl"),
    "s33": ("bottle", 33, "33CL", "33cl", "33 cl"),
    "s50": ("bottle", 50, "50CL", "50cl", "50 cl"),
    "s70": ("bottle", 70, "70CL", "70cl", "70 cl"),
    "s75": ("bottle", 75, "75CL", "75cl", "75 cl"),
    "s100": ("bottle", 100, "1L", "1l", "100 cl"),
    "vre": ("pour", 12.5, "VRE", "verre", "verre"),
    "v10": ("pour", 10, "VRE10", "verre 10cl", "verre 10 cl"),
    "v12": ("pour", 12, "VRE12", "verre 12cl", "verre 12 cl"),
    "v6": ("pour", 6, "VRE6", "verre 6cl", "verre 6 cl"),
    "cp": ("pour", 12.5, "CP", "coupe", "coupe"),
    "p25": ("pour", 25, "PICH25", "pichet 25cl", "pichet 25 cl"),
    "p50": ("pour", 50, "PICH50", "pichet 50cl", "pichet 50 cl"),
    "dose": ("pour", 4, "DOSE", "dose", "dose 4 cl"),
    "d2": ("pour", 2, "2CL", "2cl", "dose 2 cl"),
    "demi": ("draught", 25, "DEMI", "demi", "pression 25 cl"),
    "pinte": ("draught", 50, "PINTE", "pinte", "pression 50 cl"),
    "keg30": ("keg", 3000, None, None, "fût 30 L"),
    "keg20": ("keg", 2000, None, None, "fût 20 L"),
    "": (None, None, "", "", ""),
}

# the ordinary bottle as each till names it (wines only)
ORD_WORD = {"tablette": {75: "btl", 62: "clavelin", 37.5: "37,5cl", 50: "50cl"},
            "groupes": {75: "75 cl", 62: "62 cl", 37.5: "37,5 cl", 50: "50 cl"}}

# first words after which a final two-digit number on the register is no vintage
CAISSE_NO_VINTAGE = {"DOSE", "2CL", "DEMI", "PINTE", "25CL", "33CL", "70CL", "75CL", "1L"}

GROUPS_SKI = ["ESF Bellefontaine", "Ski-club de Morbier", "Club alpin de Lons",
              "CE Smoby", "UCPA ski de fond", "Bénévoles de la Percée du Vin Jaune",
              "Foyer de ski de fond de Prémanon", "Séminaire Juralliance",
              "Amicale des pompiers de Morez", "Ski-club des Rousses"]
GROUPS_SUMMER = ["Mariage Vuillermoz-Grappe", "Mariage Bourgeois-Cretin",
                 "Anniversaire Jacquet", "Séminaire Juralliance"]


def md5int(s):
    return int(hashlib.md5(s.encode("utf-8")).hexdigest(), 16)


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def devowel(word):
    """The register's shorthand: a word of 8 letters or more keeps its first
    letter and its consonants only (SAVAGNIN -> SVGNN, TROUSSEAU -> TRSS)."""
    if len(word) >= 8 and word.isalpha():
        return word[0] + "".join(c for c in word[1:] if c not in VOWELS)
    return word


def caisse_words(text):
    """The staff's text as the register stores it: list of (rendered, marked)."""
    out = []
    t = ascii_upper(text).replace("'", " ").replace("-", " ")
    for w in t.split():
        marked = w.startswith("*")
        w = w.lstrip("*")
        out.append((devowel(w), marked))
    return out


def render_caisse(text, mcode, vintage):
    words = caisse_words(text)
    parts = [MEASURES[mcode][2]] if MEASURES[mcode][2] else []
    parts += [w for w, _ in words]
    if vintage:
        parts.append("%02d" % (vintage % 100))
    full = " ".join(parts)
    label = full[:WIDTH].rstrip()
    tokens = label.split()
    whole = tokens if full == label or full[len(label):len(label) + 1] == " " \
        else tokens[:-1]
    lost = [w for w, m in words if m and w not in whole]
    return label, lost


def price(text, mcode, fmt):
    kind, vol = MEASURES[mcode][0], MEASURES[mcode][1]
    lo, hi = 4, 26                       # food and services
    if kind == "ord" or kind == "bottle":
        f = fmt if kind == "ord" else vol
        lo, hi = {62: (58, 120), 37.5: (18, 40), 150: (60, 150), 50: (30, 45),
                  75: (28, 95), 25: (3, 5), 33: (3, 6), 70: (45, 70),
                  100: (4, 6)}.get(f, (26, 95))
        if mcode == "s75":
            lo, hi = 9, 14
        if mcode == "s50":
            lo, hi = 3, 4
    elif kind == "pour":
        lo, hi = {6: (7, 14), 25: (9, 14), 50: (16, 26), 4: (4, 9), 2: (3, 6)}.get(
            vol, (5, 12))
    elif kind == "draught":
        lo, hi = (3, 4) if vol == 25 else (6, 8)
    h = md5int(text + "|" + mcode)
    p = lo + (h % ((hi - lo) * 2 + 1)) * 0.5
    return ("%.2f" % p).replace(".", ",") + "€"


def render_tablette(text, mcode, vintage, fmt):
    s = text
    if vintage:
        s += " '%02d" % (vintage % 100)
    kind = MEASURES[mcode][0]
    if kind == "ord":
        s += ", " + ORD_WORD["tablette"][fmt]
    elif mcode:
        s += ", " + MEASURES[mcode][3]
    s += " " + price(text, mcode, fmt)
    h = md5int(text + "|mod")
    if h % 6 == 0:
        s += " → chambre %d" % (h // 6 % 24 + 1)
    elif h % 6 == 1:
        s += " (DP)"
    return s


def group_header(seed):
    h = md5int(seed + "|grp")
    if h % 4 == 0:
        g = GROUPS_SUMMER[h // 4 % len(GROUPS_SUMMER)]
        month = [6, 7, 8, 9][h // 64 % 4]
    else:
        g = GROUPS_SKI[h // 4 % len(GROUPS_SKI)]
        month = [12, 1, 2, 3][h // 64 % 4]
    day = h // 256 % 28 + 1
    pax = h // 8192 % 84 + 12
    return "%02d/%02d %s (%d pax)" % (day, month, g, pax)


def render_groupes(text, mcode, vintage, fmt, nv_wine):
    item = text
    if vintage:
        item += " %d" % vintage
    elif nv_wine:
        item += " NM"
    s = group_header("%s|%s|%s" % (text, mcode, vintage)) + " » " + item
    kind = MEASURES[mcode][0]
    if kind == "ord":
        s += " » " + ORD_WORD["groupes"][fmt]
    elif mcode:
        s += " » " + MEASURES[mcode][4]
    return s


# --- reading a printed label back --------------------------------------------

def read_vintage(till, label):
    if till == "caisse":
        t = label.split()
        if len(t) > 1 and re.fullmatch(r"\d\d", t[-1]) and t[0] not in CAISSE_NO_VINTAGE:
            return 2000 + int(t[-1])
        return None
    if till == "tablette":
        m = re.findall(r"'(\d\d)\b", label)
        return 2000 + int(m[0]) if m else None
    item = label.split(" » ")[1]
    m = re.search(r" ((?:19|20)\d\d)$", item)
    return int(m.group(1)) if m else None
