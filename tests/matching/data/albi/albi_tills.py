"""The three tills of Le Parvis: how each renders what the staff keyed, and reads it back."""
import hashlib
import re
import unicodedata

# measure token -> (kind, volume in cl or None for "the bottle")
MEASURES = {
    "btl": ("bottle", None), "b37": ("bottle", 37.5), "b150": ("bottle", 150), "b25": ("bottle", 25),
    "b33": ("bottle", 33), "b50": ("bottle", 50), "b70": ("bottle", 70), "b100": ("bottle", 100),
    "vre": ("pour", 12.5), "cp": ("pour", 12.5), "v12": ("pour", 12), "v15": ("pour", 15),
    "p25": ("pour", 25), "p50": ("pour", 50), "dose": ("pour", 4), "c2": ("pour", 2), "c4": ("pour", 4),
    "demi": ("draught", 25), "pinte": ("draught", 50),
}

CAISSE_WIDTH = 22
CAISSE_WORDS = {"btl": "BTL", "b37": "1/2", "b150": "MAG", "b25": "25CL", "b33": "33CL", "b50": "50CL",
                "b70": "70CL", "b100": "1L", "vre": "VRE", "cp": "CP", "v12": "VRE12", "v15": "VRE15",
                "p25": "PICH25", "p50": "PICH50", "dose": "DOSE", "c2": "2CL", "c4": "4CL",
                "demi": "DEMI", "pinte": "PINTE"}
TABLET_WORDS = {"btl": "Bottle", "b37": "Half Bottle", "b150": "Magnum", "b25": "Bottle 25cl",
                "b33": "Bottle 33cl", "b50": "Bottle 50cl", "b70": "Bottle 70cl", "b100": "Bottle 1L",
                "vre": "Glass", "cp": "Flute", "v12": "Glass 12cl", "v15": "Glass 15cl",
                "p25": "Carafe 25cl", "p50": "Carafe 50cl", "dose": "Shot", "c2": "Shot 2cl",
                "c4": "Shot 4cl", "demi": "Draught 25cl", "pinte": "Draught 50cl"}


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:8], 16)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def litres(cl):
    s = ("%.3f" % (cl / 100)).rstrip("0").rstrip(".")
    return s.replace(".", ",") + "l"


def render_caisse(measure, vintage, text):
    """Counter register: measure first, every word cut to 5 letters, 2-digit vintage, 22 columns."""
    t = ascii_fold(text).upper().replace("'", " ").replace("-", " ")
    words = []
    for w in t.split():
        if w.isalpha() and len(w) > 5:
            w = w[:5]
        words.append(w)
    parts = ([CAISSE_WORDS[measure]] if measure else []) + words
    if vintage:
        parts.append("%02d" % (vintage % 100))
    full = " ".join(parts)
    label = full[:CAISSE_WIDTH].rstrip()
    cut = len(full) > CAISSE_WIDTH
    if cut and vintage and not full[:CAISSE_WIDTH].rstrip().endswith("%02d" % (vintage % 100)):
        last = label.split()[-1]
        assert not last.isdigit(), "cut leaves a partial number: %r" % full
    return label


def read_caisse(label):
    toks = label.split()
    m = None
    for k, w in CAISSE_WORDS.items():
        if toks and toks[0] == w:
            m = k
    v = None
    if len(toks) >= 2 and re.fullmatch(r"\d\d", toks[-1]):
        v = 2000 + int(toks[-1]) if int(toks[-1]) < 40 else 1900 + int(toks[-1])
    return m, v


def render_tablette(measure, vintage, text, price):
    """Terrace tablet, English menu for the tourists: Title Case with accents, 4-digit vintage,
    ' · ' then the English measure, then ' · €12.50'."""
    parts = [text + (" %d" % vintage if vintage else "")]
    if measure:
        parts.append(TABLET_WORDS[measure])
    parts.append("€%d.%02d" % (price // 100, price % 100))
    return " · ".join(parts)


def read_tablette(label):
    parts = label.split(" · ")
    m = None
    if len(parts) == 3:
        m = next(k for k, w in TABLET_WORDS.items() if w == parts[1])
    ys = re.findall(r"\b(19\d\d|20\d\d)\b", parts[0])
    return m, (int(ys[-1]) if ys else None)


def render_export(code, vintage, text, volume_cl):
    """Back-office sales export: 4-digit article number, lower-case ASCII, 'producer, wine',
    4-digit vintage, the sold volume in litres with a decimal comma."""
    t = ascii_fold(text).lower()
    s = "%04d %s" % (code, t)
    if vintage:
        s += " %d" % vintage
    if volume_cl is not None:
        s += " " + litres(volume_cl)
    return s


def read_export(label):
    m = re.search(r" (\d+(?:,\d+)?)l$", label)
    vol = float(m.group(1).replace(",", ".")) * 100 if m else None
    ys = re.findall(r"\b(19\d\d|20\d\d)\b", label[5:])
    return (round(vol, 1) if vol is not None else None), (int(ys[-1]) if ys else None)


def price(key, measure, text):
    return 250 + (_h("p|%s|%s|%s" % (key, measure, text)) % 60) * 50


def code(key, measure, text):
    return 1000 + _h("c|%s|%s|%s" % (key, measure, text)) % 9000
