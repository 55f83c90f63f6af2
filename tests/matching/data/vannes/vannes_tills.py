"""The three tills of L'Écluse du Port and their habits: render a keyed product into the
label the till sends, and read the measure and the vintage back from a label."""
import hashlib
import re
import unicodedata

MEASURES = ("btl", "half", "mag", "gl", "gl12", "gl14", "pch25", "pch50", "cp",
            "dose", "2cl", "4cl", "demi", "pinte", "c25", "c33", "c50", "c70", "c75", "c100", "")

BAR_WIDTH = 20     # the bar's touch buttons hold 20 characters (name + vintage)
SHOP_WIDTH = 26    # the shop's barcode till prints 26 characters of article name


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def digest(*parts):
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest(), 16)


# ---------------------------------------------------------------- bar (comptoir)
# Touch till at the zinc: staff short name in mixed case, ASCII, vintage as 2 digits, the
# button cut at 20 characters; then the measure in parentheses, lower case; then the price
# in euros with a glued euro sign ("7€", "6,50€").
BAR_M = {"btl": "btl", "half": "1/2", "mag": "mag", "gl": "vr", "gl12": "vr12",
         "gl14": "vr14", "pch25": "pch25", "pch50": "pch50", "cp": "cp", "dose": "dose",
         "2cl": "2cl", "4cl": "4cl", "demi": "demi", "pinte": "pinte", "c25": "25cl",
         "c33": "33cl", "c50": "50cl", "c70": "70cl", "c75": "75cl", "c100": "1l"}
BAR_R = {v: k for k, v in BAR_M.items()}
# (lowest price in cents, number of 50-cent steps) by measure
BAR_PRICE = {"btl": (2400, 40), "half": (1400, 16), "mag": (4800, 40), "gl": (450, 10),
             "gl12": (450, 10), "gl14": (500, 10), "pch25": (900, 8), "pch50": (1600, 12),
             "cp": (800, 8), "dose": (500, 10), "2cl": (300, 6), "4cl": (600, 12),
             "demi": (350, 4), "pinte": (650, 6), "c25": (350, 4), "c33": (400, 6),
             "c50": (350, 4), "c70": (4000, 30), "c75": (2000, 20), "c100": (500, 6)}


def render_bar(text, measure, vintage):
    button = ascii_(text)
    if vintage:
        button += " %02d" % (vintage % 100)
    button = button[:BAR_WIDTH].rstrip()
    base, steps = BAR_PRICE.get(measure, (250, 12))
    cents = base + 50 * (digest("bar", text, measure, str(vintage)) % steps)
    price = "%d€" % (cents // 100) if cents % 100 == 0 else "%d,%02d€" % (cents // 100, cents % 100)
    if measure:
        return "%s (%s) %s" % (button, BAR_M[measure], price)
    return "%s %s" % (button, price)


BAR_RE = re.compile(r"^(?P<name>[A-Za-z0-9 .'&+/-]+?)(?: \((?P<m>[a-z0-9/]+)\))? (?P<price>\d+(?:,\d0)?€)$")


def read_bar(label):
    m = BAR_RE.match(label)
    if not m:
        raise ValueError("bar form: %r" % label)
    name = m.group("name")
    v = re.search(r"(?:^| )(\d{2})$", name)
    meas = m.group("m")
    if meas is not None and meas not in BAR_R:
        raise ValueError("bar measure: %r" % label)
    return (BAR_R[meas] if meas else ""), (2000 + int(v.group(1)) if v else None)


# ---------------------------------------------------------------- salle (export)
# The restaurant software's CSV export: FAMILLE;Produit;Contenance with semicolons, the
# family in capitals, the product in full with accents and a 4-digit vintage, the size
# spelt out ("Bouteille 75 cl", "Verre 12 cl", "Pichet 50 cl"...); food, coffee and
# services have an empty size field.
SALLE_M = {"btl": "Bouteille", "half": "Demi-bouteille 37,5 cl", "mag": "Magnum 150 cl",
           "gl": "Verre", "gl12": "Verre 12 cl", "gl14": "Verre 14 cl",
           "pch25": "Pichet 25 cl", "pch50": "Pichet 50 cl", "cp": "Coupe",
           "dose": "Dose", "2cl": "Dose 2 cl", "4cl": "Dose 4 cl", "demi": "Demi 25 cl",
           "pinte": "Pinte 50 cl", "c25": "Bouteille 25 cl", "c33": "Bouteille 33 cl",
           "c50": "Bouteille 50 cl", "c70": "Bouteille 70 cl", "c75": "Bouteille 75 cl",
           "c100": "Bouteille 1 l", "": ""}
SALLE_R = {v: k for k, v in SALLE_M.items()}
SALLE_FAMILIES = ("VINS BLANCS", "VINS ROUGES", "VINS ROSES", "VINS DOUX", "BULLES",
                  "CIDRES", "BIERES", "PRESSION", "SPIRITUEUX", "APERITIFS", "SANS ALCOOL",
                  "CUISINE", "DESSERTS", "CAFES", "DIVERS")


def render_salle(family, text, measure, vintage):
    prod = text + (" %d" % vintage if vintage else "")
    return "%s;%s;%s" % (family, prod, SALLE_M[measure])


def read_salle(label):
    parts = label.split(";")
    if len(parts) != 3 or parts[0] not in SALLE_FAMILIES or parts[2] not in SALLE_R:
        raise ValueError("salle form: %r" % label)
    v = re.search(r"(?:^| )((?:19|20)\d\d)(?: |$)", parts[1])
    return SALLE_R[parts[2]], (int(v.group(1)) if v else None)


# ---------------------------------------------------------------- boutique (shop)
# The shop counter's barcode till: the EAN-13 of the article, a space, the article name in
# ASCII capitals, cut at 26 characters. The name starts with the size when it is not a
# 75 cl bottle ("MAG ", "1/2 ", "33CL ", "70CL ", "1L "), the vintage in 4 digits last.
SHOP_M = {"btl": "", "half": "1/2", "mag": "MAG", "c25": "25CL", "c33": "33CL",
          "c50": "50CL", "c70": "70CL", "c75": "75CL", "c100": "1L", "": ""}
SHOP_R = {v: k for k, v in SHOP_M.items() if v}


def ean13(seed):
    body = "37" + "%010d" % (digest("shop", seed) % 10 ** 10)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def render_shop(text, measure, vintage):
    name = ascii_(text).upper()
    if SHOP_M[measure]:
        name = SHOP_M[measure] + " " + name
    if vintage:
        name += " %d" % vintage
    cut = name[:SHOP_WIDTH].rstrip()
    tail = re.search(r" (\d{2,3})$", cut)
    if vintage and tail and len(name) > SHOP_WIDTH:
        raise ValueError("shop cut leaves a partial vintage: %r" % cut)
    return "%s %s" % (ean13(text + measure + str(vintage)), cut)


def read_shop(label):
    m = re.match(r"^(\d{13}) ([A-Z0-9 .'&/+-]+)$", label)
    if not m or len(m.group(2)) > SHOP_WIDTH:
        raise ValueError("shop form: %r" % label)
    code = m.group(1)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(code[:12]))
    if int(code[12]) != (10 - s % 10) % 10:
        raise ValueError("shop EAN check digit: %r" % label)
    name = m.group(2)
    first = name.split(" ")[0]
    meas = SHOP_R.get(first, "btl")
    v = re.search(r" ((?:19|20)\d\d)$", name)
    return meas, (int(v.group(1)) if v else None)
