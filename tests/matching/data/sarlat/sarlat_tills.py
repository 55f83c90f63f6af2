"""The three tills' rendering habits and how each label is read back (measure, vintage)."""
import hashlib
import re
import unicodedata

BAR_CUT = 18


def h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:8], 16) % n


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Z0-9/ ]", " ", s.upper())


def year2(nn):
    n = int(nn)
    return 2000 + n if n < 40 else 1900 + n


# ---------------------------------------------------------------- BAR
BAR_MEAS = {"HALF": "1/2", "MAG": "MAG", "B50": "50", "B33": "33", "B25": "25", "B100": "1L",
            "B70": "70CL", "G": "VRE", "G15": "V15", "C25": "P25", "C50": "P50", "CP": "CP",
            "D": "DOSE", "D2": "2CL", "DR25": "DEMI", "DR50": "PINTE"}
BAR_BACK = {v: k for k, v in BAR_MEAS.items()}
BAR_BACK["BTL"] = "BTL"


def render_bar(fam, measure, vintage, text, wine_like):
    words = ascii_up(text).split()
    if vintage is not None:
        words.append("%02d" % (vintage % 100))
    body = ".".join(words)[:BAR_CUT].rstrip(".")
    if re.search(r"\.\d$", body) and vintage is not None and body.endswith("." + ("%02d" % (vintage % 100))[0]):
        raise ValueError(f"cut leaves half a vintage: {body}")
    if measure in ("BTL", "-"):
        tok = "" if (measure == "-" or wine_like) else "BTL"
    else:
        tok = BAR_MEAS[measure]
    plu = 10 + h(fam + body, 90)
    return f"{fam}{plu} {body}" + (f" {tok}" if tok else "")


def read_bar(label):
    parts = label.split(" ")
    body = parts[1]
    meas = BAR_BACK[parts[2]] if len(parts) == 3 else "BTL"
    last = body.split(".")[-1]
    vint = year2(last) if re.fullmatch(r"\d\d", last) and "." in body else None
    return meas, vint


# ---------------------------------------------------------------- TABLET
TAB_MEAS = {
    "en": {"BTL": "bottle", "HALF": "half bottle", "MAG": "magnum", "B50": "bottle 50cl",
           "B33": "bottle 33cl", "B25": "bottle 25cl", "B100": "bottle 1l", "B70": "bottle 70cl",
           "G": "glass", "G15": "large glass 15cl", "C25": "carafe 25cl", "C50": "carafe 50cl",
           "CP": "flute", "D": "shot", "D2": "shot 2cl", "DR25": "half pint", "DR50": "pint", "-": ""},
    "nl": {"BTL": "fles", "HALF": "halve fles", "MAG": "magnum", "B50": "fles 50cl",
           "B33": "fles 33cl", "B25": "fles 25cl", "B100": "fles 1l", "B70": "fles 70cl",
           "G": "glas", "G15": "groot glas 15cl", "C25": "karaf 25cl", "C50": "karaf 50cl",
           "CP": "flute", "D": "borrel", "D2": "borrel 2cl", "DR25": "tap 25cl", "DR50": "tap 50cl", "-": ""},
}
SERVERS = {"en": ["Holly", "Jack", "Megan", "Callum"], "nl": ["Sanne", "Joost", "Femke", "Bram"]}
TAB_BACK = sorted({(v, k) for d in TAB_MEAS.values() for k, v in d.items() if v}, key=lambda x: -len(x[0]))


def render_tab(lang, measure, vintage, text):
    parts = [TAB_MEAS[lang][measure], text]
    if vintage is not None:
        parts.append("'%02d" % (vintage % 100) if h(text, 3) == 0 else str(vintage))
    s = " ".join(p for p in parts if p)
    s = s[0].upper() + s[1:]
    return f"{s} [{SERVERS[lang][h(text + lang, 4)]}]"


def read_tab(label):
    m = re.fullmatch(r"(.+) \[([A-Z][a-z]+)\]", label)
    s = m.group(1)
    low = s[0].lower() + s[1:]
    meas = "-"
    for phrase, k in TAB_BACK:
        if low == phrase or low.startswith(phrase + " "):
            meas = k
            break
    vint = None
    for w in s.split():
        if re.fullmatch(r"(19|20)\d\d", w):
            vint = int(w)
        elif re.fullmatch(r"'\d\d", w):
            vint = year2(w[1:])
    return meas, vint


# ---------------------------------------------------------------- GROUP export
GRP_UNIT = {"BTL": "BTL", "HALF": "BTL", "MAG": "BTL", "G": "VERRE", "G15": "VERRE",
            "C25": "CARAFE", "C50": "CARAFE", "CP": "COUPE", "D": "DOSE", "D2": "DOSE",
            "DR25": "PRESSION", "DR50": "PRESSION"}
GRP_CL = {"HALF": 37.5, "MAG": 150, "G": 12.5, "G15": 15, "C25": 25, "C50": 50, "CP": 12.5,
          "D": 4, "D2": 2, "DR25": 25, "DR50": 50}
VOUCHERS = ["GB-LT0614", "GB-LT0621", "GB-RV1102", "NL-KR2207", "NL-KR2214", "NL-BV0903", "GB-SH0530"]
GRP_CUT = 30


def cl_txt(x):
    return (("%g" % x).replace(".", ",")) + "cl"


def render_grp(measure, vintage, text, bottle_cl, unit=None):
    voucher = VOUCHERS[h(text, len(VOUCHERS))]
    qty = 1 + h(text + "q", 40)
    if measure == "-":
        u, cl = unit, ""
    elif measure == "BTL" or measure.startswith("B"):
        u, cl = "BTL", cl_txt(bottle_cl if measure == "BTL" else float(measure[1:]))
    else:
        u, cl = GRP_UNIT[measure], cl_txt(GRP_CL[measure])
    if measure in ("HALF", "MAG"):
        cl = cl_txt(GRP_CL[measure])
    des = text[:GRP_CUT].rstrip()
    return f"{voucher};{qty};{u};{des};{vintage if vintage else ''};{cl}"


def read_grp(label, wine_like=True):
    v, q, u, d, vin, cl = label.split(";")
    vint = int(vin) if vin else None
    if u in ("PERS", "FORF", "U"):
        return "-", vint
    x = float(cl[:-2].replace(",", "."))
    if u == "BTL":
        if x == 37.5:
            return "HALF", vint
        if x == 150:
            return "MAG", vint
        return "B%g" % x, vint
    for k, uu in GRP_UNIT.items():
        if uu == u and GRP_CL.get(k) == x:
            return k, vint
    raise ValueError(label)
