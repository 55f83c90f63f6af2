"""The three tills of U Portu Vechju: how each prints a product, and how each label is
read back (family, measure, vintage).  Canonical measures: '' bottle, gl, gl15, car25,
car50, cp, dose, 2cl, 6cl, demi (beer 25 cl draught), pinte (beer 50 cl draught), half,
mag, b25, b33, b50, b70, b75, b100, pc (a piece: food, services)."""
import hashlib
import re
import unicodedata

BAR_WIDTH = 18          # the old bar register's name field (name + typed vintage)

BAR_MEAS = {"": "", "gl": "VRE", "gl15": "V15", "car25": "CAR25", "car50": "CAR50",
            "cp": "FLUTE", "dose": "DOSE", "2cl": "2CL", "6cl": "6CL", "demi": "DEMI",
            "pinte": "PINTE", "half": "1/2", "mag": "MAG", "b25": "25CL", "b33": "33CL",
            "b50": "50CL", "b70": "70CL", "b75": "75CL", "b100": "1L", "pc": ""}
SALLE_MEAS = {"": "", "gl": "verre", "gl15": "verre 15 cl", "car25": "carafe 25 cl",
              "car50": "carafe 50 cl", "cp": "coupe", "dose": "dose", "2cl": "2 cl",
              "6cl": "6 cl", "demi": "demi pression", "pinte": "pinte pression",
              "half": "demi-bouteille", "mag": "magnum", "b25": "25 cl", "b33": "33 cl",
              "b50": "50 cl", "b70": "70 cl", "b75": "75 cl", "b100": "1 l", "pc": ""}
KIOSK_MEAS = {"": "btl", "gl": "gl", "gl15": "gl15", "car25": "pich25", "car50": "pich50",
              "cp": "cp", "dose": "shot", "2cl": "2cl", "6cl": "6cl", "demi": "pr25",
              "pinte": "pr50", "half": "1/2btl", "mag": "mag", "b25": "25", "b33": "33",
              "b50": "50", "b70": "70", "b75": "75", "b100": "1l", "pc": "pc"}
# the kiosk's article-code letter for each bar family
KIOSK_LETTER = {"RG": "V", "BL": "V", "RS": "V", "MU": "V", "BU": "C", "AP": "A", "LQ": "S",
                "ED": "S", "BI": "B", "PR": "B", "EA": "E", "SO": "J", "CU": "F", "CA": "F",
                "GL": "F", "DV": "X", "CK": "A"}


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


class CutError(Exception):
    pass


def render_bar(fam, meas, yy, text):
    """FAM.NAME YY MEAS: capitals, no accents or apostrophes, name+vintage cut at 18."""
    if meas in ("demi", "pinte") and fam == "BI":
        fam = "PR"                      # draught beer rings under the pression family
    body = ascii_fold(text).upper().replace("'", " ").replace("-", " ")
    body = re.sub(r" +", " ", body).strip()
    full = body + (" %02d" % yy if yy is not None else "")
    cut = full[:BAR_WIDTH].rstrip()
    lost = None
    if len(full) > BAR_WIDTH:
        toks_full, toks_cut = full.split(), cut.split()
        last = toks_cut[-1]
        orig = toks_full[len(toks_cut) - 1]
        if last != orig:
            if last.isdigit() or any(c.isdigit() for c in orig):
                raise CutError("cut inside a number: %r" % full)
            if len(last) < 3:
                raise CutError("cut leaves under 3 letters: %r" % full)
        if yy is not None and not re.search(r" \d\d$", cut):
            lost = yy
        if yy is not None and re.search(r" \d$", cut):
            raise CutError("cut inside the vintage: %r" % full)
    label = fam + "." + cut + (" " + BAR_MEAS[meas] if BAR_MEAS[meas] else "")
    return label, lost


def read_bar(label):
    fam, rest = label[:2], label[3:]
    toks = rest.split()
    inv = {v: k for k, v in BAR_MEAS.items() if v}
    meas = ""
    if toks and toks[-1] in inv and len(toks) > 1:
        meas = inv[toks.pop()]
    if meas == "demi" and fam not in ("PR", "BI"):
        meas = "half"                   # DEMI on a wine keeps its half-bottle meaning
    yy = None
    if toks and re.fullmatch(r"\d\d", toks[-1]):
        yy = 2000 + int(toks[-1]) if int(toks[-1]) < 50 else 1900 + int(toks[-1])
    return fam, meas, yy


FIXED = {"Plateau de fruits de mer royal": "89€", "Menu du port": "34€", "Couvert": "2€50",
         "Droit de bouchon": "15€", "Carafe d'eau": "3€", "Langouste grillée": "68€",
         "Aziminu du port": "42€", "Soupe de poissons de roche": "16€",
         "Denti à la plancha": "31€", "Fiadone au brocciu": "9€", "Café gourmand": "11€"}
BOTTLE_KEYS_CAT = ("vin", "champagne")
NONLIB_CAT = {"BU": "champagne", "RG": "vin", "BL": "vin", "RS": "vin", "MU": "vin"}


def price(key, meas, yy, category=None):
    """Deterministic euro price for the tablet, by measure (a few fixed menu prices)."""
    if key in FIXED:
        return FIXED[key]
    if category in BOTTLE_KEYS_CAT and meas in ("b50", "b75"):
        meas = ""
    base = {"": (26, 60), "half": (16, 30), "mag": (55, 120), "gl": (5, 9), "gl15": (6, 10),
            "car25": (9, 14), "car50": (16, 24), "cp": (9, 15), "dose": (5, 12),
            "2cl": (4, 9), "6cl": (5, 8), "demi": (3, 5), "pinte": (6, 9), "b25": (4, 5),
            "b33": (4, 6), "b50": (3, 5), "b70": (5, 7), "b75": (7, 10), "b100": (5, 7),
            "pc": (6, 34)}[meas]
    if category == "champagne":
        base = {"": (65, 110), "half": (38, 55), "mag": (140, 220)}.get(meas, (12, 16))
    x = h("prix", key, meas, yy)
    eur = base[0] + x % (base[1] - base[0] + 1)
    cents = 50 if (x >> 8) % 3 == 0 else 0
    return "%d€%02d" % (eur, cents) if cents else "%d€" % eur


def render_salle(key, meas, yy, text, category=None):
    """Mixed case with accents as the manager typed; 4-digit vintage; (measure); price."""
    s = text + (" %d" % (2000 + yy) if yy is not None else "")
    if SALLE_MEAS[meas]:
        s += " (%s)" % SALLE_MEAS[meas]
    return s + " " + price(key or text, meas, yy, category), None


SALLE_RE = re.compile(r"^(?P<name>.+?)(?: (?P<vin>(?:19|20)\d\d))?(?: \((?P<meas>[^)]+)\))? "
                      r"(?P<price>\d+€(?:\d\d)?)$")


def read_salle(label):
    m = SALLE_RE.match(label)
    if not m:
        raise ValueError("salle label: %r" % label)
    inv = {v: k for k, v in SALLE_MEAS.items() if v}
    meas = inv[m.group("meas")] if m.group("meas") else ""
    return None, meas, int(m.group("vin")) if m.group("vin") else None


def render_kiosque(fam, meas, yy, text):
    """CODE text mYY meas: article code (family letter + 3 digits), lower-case ASCII."""
    body = ascii_fold(text).lower()
    body = re.sub(r" +", " ", body).strip()
    code = "%s%03d" % (KIOSK_LETTER[fam], h("art", body, meas) % 1000)
    s = code + " " + body + (" m%02d" % yy if yy is not None else "")
    return s + " " + KIOSK_MEAS[meas], None


def read_kiosque(label):
    toks = label.split()
    inv = {v: k for k, v in KIOSK_MEAS.items()}
    meas = inv[toks[-1]]
    yy = None
    if re.fullmatch(r"m\d\d", toks[-2]):
        yy = 2000 + int(toks[-2][1:])
    return None, meas, yy
