"""The three tills' rendering habits, and each till's reading back of measure and vintage."""
import hashlib
import re
import unicodedata


def h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


class Cut(Exception):
    pass


# ---------------------------------------------------------------- billetterie
# The venue's ticketing-and-cashless system, sales export one line per article:
# EVENT / BARn / Product name (28 columns) / Variant / price with a point.
EVENTS = ["FDC24-J1", "FDC24-J2", "FDC24-J3", "FDC24-J4", "FDC24-J5", "FDC24-J6",
          "CONCERT-S14", "FEST-NOZ-S09", "HORS-EVT"]
BIL_VARIANT = {
    "btl": "Bouteille", "half": "Demi-bouteille", "mag": "Magnum",
    "b25": "Bouteille 25cl", "b33": "Bouteille 33cl", "b50": "Bouteille 50cl",
    "b70": "Bouteille 70cl", "b75": "Bouteille 75cl", "b100": "Bouteille 1L",
    "vre": "Verre", "v12": "Verre 12cl", "v15": "Verre 15cl",
    "p25": "Pichet 25cl", "p50": "Pichet 50cl",
    "g25": "Écocup 25cl", "g50": "Écocup 50cl",
    "dose": "Shot", "d2": "Shot 2cl", "d4": "Shot 4cl", "unit": "Unité",
}
BIL_WIDTH = 28


def cut_name(text, vintage_str, width):
    """Append the vintage, cut at width; refuse a cut that leaves part of the vintage."""
    full = text + vintage_str
    if len(full) <= width:
        return full, False
    out = full[:width].rstrip()
    if vintage_str and len(out) > len(text):
        raise Cut("cut leaves part of the vintage: %r" % out)
    if re.search(r"\d$", out) and not re.search(r"\d$", text[:width].rstrip()):
        raise Cut(out)
    return out, bool(vintage_str)


def render_billetterie(text, measure, vintage, price_seed):
    vs = " %d" % vintage if vintage else ""
    name, cut = cut_name(text, vs, BIL_WIDTH)
    ev = EVENTS[h("ev" + price_seed, len(EVENTS))]
    bar = 1 + h("bar" + price_seed, 3)
    lo, span = {"btl": (16, 30), "mag": (45, 60), "half": (14, 20)}.get(measure, (3, 6))
    if measure in ("b25", "b33", "b50", "b100", "g25", "dose", "d2", "d4", "vre", "v12", "v15"):
        lo, span = 3, 6
    price = lo + h("p" + price_seed, span) + (0.5 if h("c" + price_seed, 2) else 0)
    return "%s / BAR%d / %s / %s / %.2f" % (ev, bar, name, BIL_VARIANT[measure], price), cut


def read_billetterie(label):
    f = label.split(" / ")
    assert len(f) == 5, label
    inv = {v: k for k, v in BIL_VARIANT.items()}
    m = re.search(r" ((?:19|20)\d\d)$", f[2])
    return inv[f[3]], (int(m.group(1)) if m else None)


# ---------------------------------------------------------------- creperie
# The crêperie's old till: fixed-width journal lines, PLU(3) name(18) measure(4) vintage(2),
# the owner's Breton family words and abbreviations, upper-case ASCII.
CRE_MES = {
    "btl": "BTE", "half": "1/2", "mag": "MAG", "b25": "25", "b33": "33", "b50": "50",
    "b70": "70", "b75": "75", "b100": "1L", "vre": "VRE", "v12": "V12", "v15": "V15",
    "p25": "P25", "p50": "P50", "bol": "BOL", "demi": "DEMI", "pinte": "PINT",
    "dose": "DOSE", "d2": "2CL", "d4": "4CL", "unit": "",
}
CRE_PLU = {"SISTR": 100, "BIER": 200, "GWENN": 300, "RUZ": 400, "ROZ": 450, "BURB": 470,
           "DOUS": 490, "ARDANT": 500, "APERO": 600, "EVAJ": 700, "KRAMP": 800,
           "GALET": 850, "KAFE": 900, "DIVERS": 950}
CIDERS = ("kerne_", "kinkiz_aop", "kinkiz_poire", "menez_", "nicol_", "loic_", "valrance_",
          "bordelet_")


def cre_family(drink):
    key, cat, colour = drink[0], drink[7], drink[6]
    if cat == "bière":
        return "BIER"
    if cat == "soft":
        return "EVAJ"
    if cat in ("vin", "champagne"):
        return {"rouge": "RUZ", "blanc": "GWENN", "rosé": "ROZ", "effervescent": "BURB",
                "liquoreux": "DOUS"}[colour] if cat != "champagne" else "BURB"
    if key.startswith(CIDERS):
        return "SISTR"
    if cat == "spiritueux" and key not in ("ricard", "suze"):
        return "ARDANT"
    return "APERO"


def render_creperie(fam, text, measure, vintage, seed):
    width = {"RUZ": 50, "ROZ": 20, "BURB": 20, "DOUS": 10, "ARDANT": 50, "KRAMP": 50,
             "GALET": 50, "KAFE": 50, "DIVERS": 50}.get(fam, 100)
    plu = CRE_PLU[fam] + h("plu" + seed, width)
    name = (fam + " " + text)[:18]
    vv = "%02d" % (vintage % 100) if vintage else ""
    return ("%03d %-18s %-4s %s" % (plu, name, CRE_MES[measure], vv)).rstrip(), False


def read_creperie(label):
    assert re.match(r"^\d{3} ", label) and len(label) <= 30, label
    label = label.ljust(30)
    mes = label[23:27].strip()
    inv = {v: k for k, v in CRE_MES.items()}
    vv = label[28:30].strip()
    assert label[22] == " " and label[27] == " ", label
    return inv[mes], (2000 + int(vv) if vv else None)


# ---------------------------------------------------------------- jetons
# The festival token counter: "<n>J <tiny name, 12 columns> <code>", upper case, dots for
# spaces, two-digit vintage glued to the name, the screen cuts the name at 12.
JET_MES = {
    "btl": "BT", "half": "1/2", "mag": "MAG", "b25": "B25", "b33": "B33", "b50": "B50",
    "b70": "B70", "b75": "B75", "b100": "B1L", "vre": "VR", "g25": "G25", "g50": "G50",
    "dose": "SH", "d2": "2CL", "unit": "",
}
JET_WIDTH = 12


def render_jetons(text, measure, vintage, seed):
    vs = "%02d" % (vintage % 100) if vintage else ""
    body, cut = cut_name(text, vs, JET_WIDTH)
    n = 1 + h("j" + seed, 4)
    if measure in ("btl", "b75", "mag"):
        n += 8
    return ("%dJ %s %s" % (n, body, JET_MES[measure])).rstrip(), cut


def read_jetons(label):
    m = re.match(r"^(\d{1,2})J (\S+)(?: (\S+))?$", label)
    assert m, label
    inv = {v: k for k, v in JET_MES.items()}
    body, mes = m.group(2), m.group(3) or ""
    v = re.search(r"[A-Z.](\d\d)$", body)
    return inv[mes], (2000 + int(v.group(1)) if v else None)
