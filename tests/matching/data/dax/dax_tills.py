"""How each till renders a case: the staff's text, the vintage, the measure."""
import unicodedata

from dax_rules import POUR


def ascii_(s):
    s = unicodedata.normalize("NFKD", s.replace("œ", "oe").replace("Œ", "OE").replace("°", ""))
    return "".join(c for c in s if not unicodedata.combining(c))


# ---- zinc: the bar's register journal: merged quantity+unit field, 18-column name
ZINC_W = 18


def zinc_meas(m):
    if m in ("bt",):
        return "1BT"
    if m == "db":
        return "1DB"
    if m == "mg":
        return "1MG"
    if m in ("v", "cp"):
        return "1VR" if m == "v" else "1CP"
    if m == "d":
        return "1DS"
    if m == "pot":
        return "1PT"
    if m in ("x", "xs"):
        return "1PC"
    if m in POUR:
        v = POUR[m]
        return "%dCL" % v
    if m.startswith("b"):
        return m[1:].replace(".", ",") + "CL"
    raise ValueError(m)


def render_zinc(text, vint, meas):
    name = ascii_(text).upper().replace("'", "").replace("-", " ")
    if vint:
        name += " %02d" % (vint % 100)
    name = name[:ZINC_W].rstrip()
    return zinc_meas(meas) + " " + name


# ---- cure: the thermal residence's dining-room tablet, dietary menu with kcal
ABV = {"rouge": 13.5, "blanc": 12.5, "rosé": 12.5, "liquoreux": 13.0, "effervescent": 12.0}
SPECIAL = {  # key: (abv %, sugar g/l)
    "sympho": (13, 90), "noblesse": (13, 130), "uroulat": (13.5, 100), "tq_grives": (11, 60),
    "tq_classic": (10.5, 3), "floc_b": (17, 110), "floc_r": (17, 110), "deutz": (12, 8),
    "deutz_rs": (12, 8), "pousse": (17.5, 90), "ricard": (45, 20), "lillet": (17, 90),
    "martini": (15, 140), "get27": (21, 300), "chartreuse": (55, 250), "glenf": (40, 0),
    "hendr": (41.4, 0), "suze": (15, 120), "k1664_p": (5.5, 30), "leffe_p": (6.6, 35),
    "grim_p": (6, 35), "leffe_b": (6.6, 35), "leffe_br": (6.5, 40), "chimay": (9, 40),
    "pelforth": (5.8, 35), "desper": (5.9, 45), "corona": (4.5, 30), "hein00": (0, 50),
    "coca": (0, 106), "cocaz": (0, 0), "orangina": (0, 100), "tonic": (0, 80), "agrumes": (0, 90),
    "fuze": (0, 45), "am_or": (0, 90), "am_pom": (0, 100), "am_tom": (0, 30),
}
CLASS = {"r": (13.5, 2), "b": (12.5, 3), "rs": (12.5, 3), "lq": (13, 100), "ch": (12, 8),
         "sp": (40, 0), "ap": (17, 100), "beer": (5.5, 35), "soft": (0, 100), "eau": (0, 0),
         "tea": (0, 0)}


def kcal(key, cls, vol_cl, cat=None, colour=None, text=""):
    if key in SPECIAL:
        abv, sug = SPECIAL[key]
    elif cls:
        abv, sug = CLASS[cls]
    elif cat == "spiritueux":
        abv, sug = 42 if key.startswith(("lb", "tq", "dz", "bo")) else 40, 0
    elif cat in ("vin", "champagne"):
        abv, sug = ABV[colour], 2
    else:
        abv, sug = 0, 0
    if (cat == "autre" and key in ("verveine", "tilleul", "camom", "jbleu", "earl")) or cls == "tea":
        return 2
    ml = vol_cl * 10
    return round(ml * abv / 100 * 0.789 * 7 + ml * sug / 1000 * 4)


def cure_meas(m):
    d = {"bt": "bouteille", "db": "demi-bouteille", "mg": "magnum", "v": "verre", "d": "dose",
         "cp": "coupe", "demi": "demi pression", "pinte": "pinte pression", "pot": "théière",
         "x": "portion", "xs": "forfait"}
    if m in d:
        return d[m]
    if m.startswith("v"):
        return "verre %s cl" % m[1:]
    if m.startswith("p"):
        return "pichet %s cl" % m[1:]
    if m.startswith("d"):
        return "dose %s cl" % m[1:]
    if m == "b100":
        return "bouteille 1 l"
    if m == "b150":
        return "bouteille 1,5 l"
    if m.startswith("b"):
        return "bouteille %s cl" % m[1:].replace(".", ",")
    raise ValueError(m)


def render_cure(text, vint, meas, kc):
    s = text
    if vint:
        s += " %d" % vint
    s += " · " + cure_meas(meas)
    if meas != "xs":
        s += " · %d kcal" % kc
    return s


# ---- bons: the bar printer's order slips, 32 columns, dot leaders, measure right-aligned
BONS_W = 32


def bons_meas(m):
    d = {"bt": "btl", "db": "1/2 btl", "mg": "mag", "v": "vre", "d": "dose", "cp": "coupe",
         "demi": "demi", "pinte": "pinte", "pot": "pot", "x": "pce", "xs": "pce", "b100": "1L"}
    if m in d:
        return d[m]
    if m.startswith("v"):
        return "vre " + m[1:]
    if m.startswith("p"):
        return "pich " + m[1:]
    if m.startswith("d"):
        return "dose " + m[1:]
    if m.startswith("b"):
        return m[1:].replace(".", ",") + "cl"
    raise ValueError(m)


def render_bons(text, vint, meas):
    name = ascii_(text).lower()
    name = name[:1].upper() + name[1:]
    if vint:
        name += " '%02d" % (vint % 100)
    ms = bons_meas(meas)
    room = BONS_W - len(ms) - 5
    name = name[:room].rstrip()
    dots = BONS_W - len(name) - len(ms) - 2
    return name + " " + "." * dots + " " + ms
