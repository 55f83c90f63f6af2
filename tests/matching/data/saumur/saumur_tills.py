"""Le Cadre (Saumur): the three tills' rendering habits and how each reads its own labels."""
import hashlib
import re
import unicodedata


def h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s.replace("œ", "oe").replace("Œ", "OE"))
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


# ---------------------------------------------------------------- bar: touch screen
# "FAMI.NAME YY" cut at 20 columns, then "|" and the measure key.
BAR_WIDTH = 20
BAR_MEAS = {
    "VR": ("pour", 12.5), "VR15": ("pour", 15), "CAR25": ("pour", 25), "CAR50": ("pour", 50),
    "CP": ("pour", 12.5), "DOSE": ("pour", 4), "2CL": ("pour", 2),
    "BTL": ("btl", None), "1/2": ("btl", 37.5), "MAG": ("btl", 150),
    "DEMI": ("draught", 25), "PINTE": ("draught", 50),
    "25CL": ("btl", 25), "33CL": ("btl", 33), "50CL": ("btl", 50), "1L": ("btl", 100),
    "--": ("none", None),
}
APER_KEYS = {"ricard", "lillet", "martini", "suze"}
WATER_KEYS = {"evian", "badoit", "sanpe", "perrier"}


def bar_family(drink, kind):
    key, colour, cat, app = drink[0], drink[6], drink[7], drink[3]
    if key in APER_KEYS:
        return "APER"
    if key in WATER_KEYS:
        return "EAUX"
    if cat == "bière":
        return "PRES" if kind == "draught" else "BIER"
    if cat == "soft":
        return "SOFT"
    if cat == "spiritueux":
        return "ALCO"
    if cat == "champagne" or app == "Crémant de Loire" or colour == "effervescent" or (
            colour == "rosé" and app == "Saumur"):
        return "BULL"
    return {"rouge": "ROUG", "blanc": "BLAN", "rosé": "ROSE", "liquoreux": "MOEL"}[colour]


def render_bar(fam, text, vintage, meas):
    name = "%s.%s" % (fam, ascii_upper(text))
    if vintage:
        name += " %02d" % (vintage % 100)
    return "%s|%s" % (name[:BAR_WIDTH].rstrip(), meas), len(name) > BAR_WIDTH


def read_bar(label):
    name, code = label.rsplit("|", 1)
    last = name.split(" ")[-1]
    vintage = 2000 + int(last) if " " in name and re.fullmatch(r"\d\d", last) else None
    kind, vol = BAR_MEAS[code]
    return kind, vol, vintage


# ---------------------------------------------------------------- salle: handhelds
SALLE_MEAS = {
    "btle": ("btl", None), "½ btle": ("btl", 37.5), "mag": ("btl", 150),
    "verre": ("pour", 12.5), "verre 15": ("pour", 15), "carafe 25": ("pour", 25),
    "carafe 50": ("pour", 50), "coupe": ("pour", 12.5), "shot": ("pour", 4),
    "demi": ("draught", 25), "pinte": ("draught", 50),
    "25cl": ("btl", 25), "33cl": ("btl", 33), "50cl": ("btl", 50), "1L": ("btl", 100),
}
MODS = {
    "btl": ["+ carafer", "+ seau", "+ 2 verres", "+ 4 verres", "+ avec les plats", "+ frais"],
    "pour": ["+ frais", "+ avec le fromage", "+ à l'apéro"],
    "shot": ["+ glaçons", "+ sans glace", "+ avec le café"],
    "draught": ["+ bien frais", "+ sans faux col"],
    "food": ["+ sans oignons", "+ bien cuit", "+ allergie noix", "+ pour 2", "+ à suivre"],
    "other": [],
}


def salle_table(text):
    n = h("table" + text)
    r = n % 10
    if r < 6:
        return "T%d" % (1 + n // 10 % 32)
    if r < 9:
        return "TER%d" % (1 + n // 10 % 9)
    return "CPT"


def render_salle(text, vintage, meas, food=False):
    kind = SALLE_MEAS[meas][0] if meas else ("food" if food else "other")
    if meas == "shot":
        kind = "shot"
    s = "%s %s" % (salle_table(text), text)
    if vintage:
        s += " %d" % vintage
    if meas:
        s += " [%s]" % meas
    n = h("mods" + text + str(vintage) + str(meas))
    pool = MODS[kind]
    k = n % 4  # 0, 1 or 2 modifiers (3 -> 1)
    k = {0: 0, 1: 1, 2: 2, 3: 1}[k]
    picked = []
    for i in range(k if pool else 0):
        m = pool[(n >> (8 * (i + 1))) % len(pool)]
        if m not in picked and not (picked and "verres" in m and "verres" in picked[0]):
            picked.append(m)
    if picked:
        s += " " + " ".join(picked)
    return s, False


SALLE_RE = re.compile(r"^(T\d{1,2}|TER\d|CPT) (.+?)(?: \[([^\]]+)\])?((?: \+ [^+]+)*)$")


def read_salle(label):
    m = SALLE_RE.match(label)
    if not m:
        raise ValueError("bad salle label %r" % label)
    text, meas = m.group(2), m.group(3)
    ys = re.findall(r"\b(19\d\d|20\d\d)\b", text)
    vintage = int(ys[-1]) if ys else None
    kind, vol = SALLE_MEAS[meas] if meas else ("none", None)
    return kind, vol, vintage


# ---------------------------------------------------------------- rapport: CSV export
# PLU,"LIBELLE",volume,quantity,"amount"
def fmt_cl(v):
    s = ("%g" % v).replace(".", ",")
    return s + "cl"


def price_range(vol):
    if vol is None:
        return 2, 24
    for top, lo, hi in ((6, 4, 12), (15, 4, 11), (33, 3, 8), (50, 7, 40), (75, 22, 90),
                        (100, 4, 8)):
        if vol <= top:
            return lo, hi
    return 45, 180


def render_rapport(text, vintage, vol):
    lib = ascii_upper(text)
    if vintage:
        lib += " %d" % vintage
    n = h("rapport" + lib + str(vol))
    plu = 10000 + n % 90000
    qty = 1 + (n >> 20) % 6
    lo, hi = price_range(vol)
    price = lo + ((n >> 40) % ((hi - lo) * 2 + 1)) / 2.0
    amount = ("%.2f" % (price * qty)).replace(".", ",")
    volcol = fmt_cl(vol) if vol is not None else ""
    return '%d,"%s",%s,%d,"%s"' % (plu, lib, volcol, qty, amount), False


RAPPORT_RE = re.compile(r'^(\d{5}),"([^"]+)",((?:\d+(?:,\d+)?cl)?),(\d+),"(\d+,\d\d)"$')


def read_rapport(label):
    m = RAPPORT_RE.match(label)
    if not m:
        raise ValueError("bad rapport label %r" % label)
    lib, volcol = m.group(2), m.group(3)
    ys = re.findall(r"\b(19\d\d|20\d\d)\b", lib)
    vintage = int(ys[-1]) if ys else None
    if not volcol:
        return "none", None, vintage
    vol = float(volcol[:-2].replace(",", "."))
    if vol == int(vol):
        vol = int(vol)
    if "PRESSION" in lib.split():
        return "draught", vol, vintage
    return "vol", vol, vintage
