"""The three tills of Les Planches: how each renders a keyed product, and how its label is
read back (measure code, vintage). Measure codes: btl half mag jero cNN (bottle of NN cl),
glass g12 g15 flute coupe pichet25 pichet50 dose d2 d4 demi pinte, '' (no drink measure)."""
import hashlib
import re
import unicodedata


def h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:12], 16)


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", s.replace("'", " ").replace("-", " ")).upper().strip()


def fmt_num(x):
    return str(int(x)) if float(x).is_integer() else str(x)


# ---------------------------------------------------------------- bar (champagne bar register)
BAR_WIDTH = 20
BAR_MEAS = {"btl": "BT", "half": "1/2", "mag": "MAG", "jero": "JERO", "glass": "VRE",
            "g12": "VRE12", "g15": "VRE15", "flute": "FL", "coupe": "CP", "pichet25": "PCH25",
            "pichet50": "PCH50", "dose": "DOSE", "d2": "2CL", "d4": "4CL", "demi": "DEMI",
            "pinte": "PINTE"}
BAR_MEAS_R = {v: k for k, v in BAR_MEAS.items()}


def bar_meas_word(m):
    if re.fullmatch(r"c[\d.]+", m):
        return fmt_num(float(m[1:])).replace(".", ",") + "CL"
    return BAR_MEAS[m]


def render_bar(text, measure, vintage):
    parts = []
    if measure:
        parts.append(bar_meas_word(measure))
    parts.append(ascii_up(text))
    if vintage:
        parts.append("%02d" % (vintage % 100))
    full = " ".join(parts)
    return full[:BAR_WIDTH].rstrip(), full


def read_bar(label):
    toks = label.split(" ")
    m = ""
    t0 = toks[0]
    if t0 in BAR_MEAS_R:
        m = BAR_MEAS_R[t0]
    else:
        mm = re.fullmatch(r"(\d+(?:,\d+)?)CL", t0)
        if mm:
            m = "c" + fmt_num(float(mm.group(1).replace(",", ".")))
    v = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        v = 2000 + int(toks[-1])
    return m, v


# ---------------------------------------------------------------- salle (brasserie back office)
SALLE_MEAS = {"btl": "Bouteille", "half": "Demi-bouteille", "mag": "Magnum", "jero": "Jéroboam",
              "glass": "Verre", "g12": "Verre 12cl", "g15": "Verre 15cl", "flute": "Flûte",
              "coupe": "Coupe", "pichet25": "Pichet 25cl", "pichet50": "Pichet 50cl",
              "dose": "Dose", "d2": "Dose 2cl", "d4": "Dose 4cl", "demi": "Demi", "pinte": "Pinte"}
SALLE_MEAS_R = {v: k for k, v in SALLE_MEAS.items()}
SALLE_EXTRA = {
    "wine": ["", "Seau à glace", "Bien frais", "", "Offert direction", "Carafer"],
    "spirit": ["", "Sans glace", "Avec glaçons", "", "Offert direction"],
    "other": ["", "Rondelle citron", "Avec glaçons", "", "Paille"],
    "food": ["", "Pour 2", "Sans gluten", ""],
}


def salle_meas_word(m):
    if re.fullmatch(r"c[\d.]+", m):
        return "Bouteille " + fmt_num(float(m[1:])).replace(".", ",") + "cl"
    return SALLE_MEAS[m]


def render_salle(family, text, measure, vintage, kind):
    item = text + (" %d" % vintage if vintage else "")
    mods = []
    if measure:
        mods.append(salle_meas_word(measure))
    extra = SALLE_EXTRA[kind]
    e = extra[h(family + item + measure) % len(extra)]
    if e:
        mods.append(e)
    return "{} > {} {{{}}}".format(family, item, ", ".join(mods))


SALLE_RE = re.compile(r"^([^>{}]+) > ([^>{}]+) \{([^{}]*)\}$")


def read_salle(label):
    _fam, item, mods = SALLE_RE.match(label).groups()
    m = ""
    for mod in [x for x in mods.split(", ") if x]:
        if mod in SALLE_MEAS_R:
            m = SALLE_MEAS_R[mod]
            break
        mm = re.fullmatch(r"Bouteille (\d+(?:,\d+)?)cl", mod)
        if mm:
            m = "c" + fmt_num(float(mm.group(1).replace(",", ".")))
            break
    vs = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", item)
    return m, (int(vs[-1]) if vs else None)


# ---------------------------------------------------------------- web (click & collect / delivery)
WEB_WIDTH = 34
WEB_MEAS = {"half": "Half bottle 375ml", "mag": "Magnum 1.5L", "jero": "Jeroboam 3L"}
CANS = ("Coca", "Fever")


def web_variant(m, text):
    if m in WEB_MEAS:
        return WEB_MEAS[m]
    if m == "btl":
        m = "c75"
    if re.fullmatch(r"c[\d.]+", m):
        ml = round(float(m[1:]) * 10)
        vol = ("%gL" % (ml / 1000)) if ml >= 1000 else "%dml" % ml
        kind = "Can" if text.startswith(CANS) and ml <= 500 else "Bottle"
        return f"{kind} {vol}"
    raise ValueError("web sells bottles only: " + m)


def render_web(text, measure, vintage, price_key, small=False):
    name = text + (" (%d)" % vintage if vintage else "")
    cut = name
    if len(name) > WEB_WIDTH:
        cut = name[:WEB_WIDTH - 1]
        cut = cut[:cut.rfind(" ")].rstrip() + "…"  # the platform ellipsizes at a word
    p = h(price_key)
    lo, span = PRICE.get(measure, (25, 220)) if measure else (4, 40)
    if small:
        lo, span = (2, 5)  # softs, waters and bottled beers
    price = "€%d.%d0" % (lo + p % span, (p >> 8) % 10)
    if measure:
        return f"1 x {cut} – {web_variant(measure, text)} | {price}", name
    return f"1 x {cut} | {price}", name


PRICE = {"half": (22, 60), "mag": (90, 300), "jero": (300, 400), "c70": (32, 150),
         "c50": (35, 30), "c100": (30, 60)}
WEB_RE = re.compile(r"^1 x (.+?)(?: – (.+))? \| €\d+\.\d0$")


def read_web(label):
    name, var = WEB_RE.match(label).groups()
    m = ""
    if var:
        rv = {v: k for k, v in WEB_MEAS.items()}
        if var in rv:
            m = rv[var]
        else:
            mm = re.fullmatch(r"(?:Bottle|Can) (\d+)ml|(?:Bottle|Can) (\d+(?:\.\d+)?)L", var)
            if mm.group(1):
                m = "c" + fmt_num(int(mm.group(1)) / 10)
            else:
                m = "c" + fmt_num(float(mm.group(2)) * 100)
    vs = re.findall(r"\(((?:19|20)\d\d)\)", name)
    return m, (int(vs[-1]) if vs else None)
