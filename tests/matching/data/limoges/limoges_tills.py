"""The three tills of the Limoges restaurant and how they render a typed product.

R  salle: an old cash register; UPPER CASE without accents; a 4-digit article number whose
   first digit is the family, a space, then a 16-character text field cut mid-word;
   pour / half / magnum / draught word first, a bottle volume after the name, vintage as
   two digits at the end of the text (lost when the cut takes it).
B  bar: a counter till; FAMILY prefix of three letters and a hyphen, dots instead of
   spaces, the measure right after the prefix (BTL on wine bottles), glued words and
   initials, vintage as a last 2-digit segment, the whole label cut at 24 characters.
T  tablette: a tablet till; mixed case with accents, full names, vintage as 2018 or '18,
   the variant in parentheses, then the price with a decimal comma and €.
"""
import hashlib
import unicodedata

# code: (kind, volume, R token, B token, T token)
MEASURES = {
    "":      ("bottle", None, "", "BTL", "btl"),
    "HALF":  ("bottle", 37.5, "1/2", "1/2BTL", "1/2 btl"),
    "MAG":   ("bottle", 150, "MAG", "MAG", "magnum"),
    "CL20":  ("bottle", 20, "20CL", "20CL", "20cl"),
    "CL25":  ("bottle", 25, "25CL", "25CL", "25cl"),
    "CL33":  ("bottle", 33, "33CL", "33CL", "33cl"),
    "CL50":  ("bottle", 50, "50CL", "50CL", "50cl"),
    "CL70":  ("bottle", 70, "70CL", "70CL", "70cl"),
    "CL100": ("bottle", 100, "1L", "1L", "1l"),
    "VRE":   ("pour", 12.5, "VRE", "VERRE", "verre"),
    "VRE12": ("pour", 12, "VRE12CL", "VERRE12", "verre 12cl"),
    "VRE15": ("pour", 15, "VRE15CL", "VERRE15", "verre 15cl"),
    "P25":   ("pour", 25, "PICH25", "PICHET25", "pichet 25cl"),
    "P50":   ("pour", 50, "PICH50", "PICHET50", "pichet 50cl"),
    "P100":  ("pour", 100, "PICH1L", "PICHET1L", "pichet 1l"),
    "DOSE":  ("pour", 4, "DOSE", "DOSE", "dose"),
    "DOSE2": ("pour", 2, "DOSE2CL", "DOSE2CL", "dose 2cl"),
    "DOSE6": ("pour", 6, "DOSE6CL", "DOSE6CL", "dose 6cl"),
    "COUPE": ("pour", 12.5, "COUPE", "COUPE", "coupe"),
    "DEMI":  ("draught", 25, "DEMI", "DEMI", "demi"),
    "PINTE": ("draught", 50, "PINTE", "PINTE", "pinte"),
}
# variants of non-drinks on the tablet
T_OTHER = {"plat": "plat", "dessert": "dessert", "menu": "menu", "tasse": "tasse", "service": "service", "unite": "unité"}

FAMILIES = ["RG", "BL", "RS", "BU", "LQ", "BI", "SO", "AP", "DI", "CU"]
R_DIGIT = {"RG": "1", "BL": "2", "RS": "3", "BU": "4", "LQ": "5", "BI": "6", "SO": "7", "AP": "8", "DI": "9", "CU": "0"}
B_PREFIX = {"RG": "RGE", "BL": "BLC", "RS": "ROS", "BU": "BUL", "LQ": "LIQ", "BI": "BIE", "SO": "SOF", "AP": "APE", "DI": "DIG", "CU": "CUI"}
R_WIDTH = 16
B_WIDTH = 24
WINE_FAMILIES = {"RG", "BL", "RS", "BU", "LQ"}


def family_of(colour, category, name):
    if category == "champagne" or colour == "effervescent":
        return "BU"
    if category == "vin":
        return {"rouge": "RG", "blanc": "BL", "rosé": "RS", "liquoreux": "LQ"}[colour]
    if category == "bière":
        return "BI"
    if category == "soft":
        return "SO"
    if category == "autre" or name in ("Ricard",):
        return "AP"
    return "DI"


def plain_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def render_r(fam, meas, vint, text, used):
    kind = MEASURES[meas][0] if meas in MEASURES else None
    tok = MEASURES[meas][2] if meas in MEASURES else meas
    words = []
    if (meas and kind != "bottle") or meas in ("HALF", "MAG"):
        words.append(tok)
    words.append(plain_upper(text))
    if kind == "bottle" and meas not in ("", "HALF", "MAG"):
        words.append(tok)
    if vint:
        words.append(vint)
    body = " ".join(words)[:R_WIDTH].rstrip()
    n = h("R" + body) % 1000
    while (fam, n) in used:
        n = (n + 1) % 1000
    used.add((fam, n))
    return "%s%03d %s" % (R_DIGIT[fam], n, body)


def render_b(fam, meas, vint, text):
    parts = [B_PREFIX[fam]]
    segs = []
    if meas in MEASURES:
        tok = MEASURES[meas][3]
        if meas == "" and fam not in WINE_FAMILIES:
            tok = ""
        if tok:
            segs.append(tok)
    elif meas:
        segs.append(meas)
    segs.extend(plain_upper(text).split())
    if vint:
        segs.append(vint)
    return (parts[0] + "-" + ".".join(segs))[:B_WIDTH].rstrip(".")


PRICE_RANGE = {
    "": (22, 68), "HALF": (14, 30), "MAG": (55, 110), "VRE": (4, 9), "VRE12": (4, 8), "VRE15": (5, 10),
    "P25": (6, 10), "P50": (11, 18), "P100": (19, 28), "DOSE": (5, 14), "DOSE2": (3, 4), "DOSE6": (4, 7),
    "COUPE": (9, 14), "DEMI": (3, 5), "PINTE": (6, 8),
}


def price(key, meas, fam):
    if fam == "CU":
        lo, hi = (2, 26)
    elif fam == "SO" or (meas.startswith("CL") and fam == "BI"):
        lo, hi = (3, 6)
    elif meas.startswith("CL"):
        lo, hi = (15, 40)
    else:
        lo, hi = PRICE_RANGE.get(meas, (3, 9))
    steps = int((hi - lo) * 2) + 1
    v = lo + (h(key) % steps) * 0.5
    return ("%.2f" % v).replace(".", ",") + " €"


def render_t(fam, meas, vint, text):
    words = [text]
    if vint:
        words.append(vint)
    var = MEASURES[meas][4] if meas in MEASURES else T_OTHER[meas]
    base = " ".join(words) + " (" + var + ")"
    return base + " " + price(base, meas, fam)


def render(conn, fam, meas, vint, text, used):
    if conn == "R":
        return render_r(fam, meas, vint, text, used)
    if conn == "B":
        return render_b(fam, meas, vint, text)
    return render_t(fam, meas, vint, text)


def read_vintage(conn, label):
    """The vintage printed on a rendered label, or None."""
    if conn == "R":
        tok = label[5:].split()[-1]
        if len(tok) == 2 and tok.isdigit():
            y = int(tok)
            return 2000 + y if y <= 30 else 1900 + y
        return None
    if conn == "B":
        tok = label.split("-", 1)[1].split(".")[-1]
        if len(tok) == 2 and tok.isdigit():
            y = int(tok)
            return 2000 + y if y <= 30 else 1900 + y
        return None
    name = label[: label.rindex(" (")]
    for tok in name.split():
        if len(tok) == 4 and tok.isdigit() and 1950 <= int(tok) <= 2030:
            return int(tok)
        if len(tok) == 3 and tok[0] == "'" and tok[1:].isdigit():
            y = int(tok[1:])
            return 2000 + y if y <= 30 else 1900 + y
    return None
