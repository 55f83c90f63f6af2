"""The three tills of Le Quai des Bulles: how each prints a product, and how a
vintage and a measure are read back from what it printed."""
import hashlib
import re
import unicodedata

# measure code -> (kind, volume_cl): kind "bottle" (volume = bottle size, None =
# the ordinary bottle) or "pour" (volume poured)
MEASURES = {
    "btl": ("bottle", None), "b33": ("bottle", 33), "b75": ("bottle", 75),
    "b50": ("bottle", 50), "b100": ("bottle", 100), "b25": ("bottle", 25),
    "b70": ("bottle", 70), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "vre": ("pour", 12.5), "v12": ("pour", 12), "v15": ("pour", 15),
    "p25": ("pour", 25), "p50": ("pour", 50), "coupe": ("pour", 12.5),
    "dose": ("pour", 4), "d2": ("pour", 2), "bol": ("pour", 25),
    "demi": ("pour", 25), "pinte": ("pour", 50),
}
DRAUGHT = {"demi", "pinte"}
CIDER_POURS = {"bol", "p25", "p50"}

CAISSE_WIDTH = 20
CAISSE_WORDS = {
    "btl": "BTL", "b33": "BTL33", "b75": "BTL75", "b50": "BTL50", "b100": "BTL1L",
    "b25": "BTL25", "b70": "BTL70", "half": "1/2BTL", "mag": "MAG", "vre": "VRE",
    "v12": "VRE12", "v15": "VRE15", "p25": "PICH25", "p50": "PICH50",
    "coupe": "COUPE", "dose": "DOSE", "bol": "BOLEE", "demi": "DEMI", "pinte": "PINTE",
}
SALLE_WORDS = {
    "btl": "Bouteille", "b33": "33cl", "b75": "75cl", "b50": "50cl", "b100": "1L",
    "b25": "25cl", "b70": "70cl", "half": "Demi-bouteille", "mag": "Magnum",
    "vre": "Verre", "v12": "Verre 12cl", "v15": "Verre 15cl", "p25": "Pichet 25cl",
    "p50": "Pichet 50cl", "coupe": "Coupe", "dose": "Dose", "bol": "Bolée",
    "demi": "Demi", "pinte": "Pinte",
}
PUB_WORDS = {
    "btl": "btl", "b33": "33cl", "b75": "75cl", "b50": "50cl", "b100": "1l",
    "b25": "25cl", "b70": "70cl", "half": "37.5", "mag": "mag", "vre": "vre",
    "v12": "12cl", "v15": "15cl", "p25": "pich25", "p50": "pich50", "coupe": "coupe",
    "dose": "4cl", "d2": "2cl", "bol": "bolee", "demi": "demi", "pinte": "pinte",
}
TILLS = ("caisse", "salle", "pub")


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


_ARTICLES = {}


def article(text):
    """The pub till's three-digit article number: a hash of the product, moved on
    to the next free number when another product already has it (the till
    refuses two products on one number)."""
    if text not in _ARTICLES:
        n = int(hashlib.sha256(text.encode()).hexdigest(), 16) % 900
        taken = set(_ARTICLES.values())
        while 100 + n in taken:
            n = (n + 1) % 900
        _ARTICLES[text] = 100 + n
    return _ARTICLES[text]


def render(till, measure, vintage, text):
    """Returns (label, typed) where typed is the full line before any cut."""
    if till == "caisse":
        t = ascii_fold(text).upper().replace("'", " ").replace("-", " ")
        t = re.sub(r"\s+", " ", t).strip()
        head = "" if measure == "-" else CAISSE_WORDS[measure] + " "
        full = f"{head}{t}" + (f" {vintage % 100:02d}" if vintage else "")
        return full[:CAISSE_WIDTH].rstrip(), full
    if till == "salle":
        full = text + (f" {vintage}" if vintage else "")
        if measure != "-":
            full += f" ({SALLE_WORDS[measure]})"
        return full, full
    if till == "pub":
        t = ascii_fold(text).lower()
        body = t + (f" {vintage}" if vintage else "") + ("" if measure == "-" else f" {PUB_WORDS[measure]}")
        full = f"{article(body):03d} {body}"
        return full, full
    raise ValueError(till)


# ---- reading back (also used, re-implemented, by the check script) ----
_CAISSE_BACK = {v: k for k, v in CAISSE_WORDS.items()}
_SALLE_BACK = {v: k for k, v in SALLE_WORDS.items()}
_PUB_BACK = {v: k for k, v in PUB_WORDS.items()}


def read_back(till, label):
    """(measure code, vintage or None) as printed on the label."""
    if till == "caisse":
        words = label.split(" ")
        meas = _CAISSE_BACK.get(words[0], "-")
        v = None
        if len(words) > (2 if meas != "-" else 1) and re.fullmatch(r"\d\d", words[-1]):
            v = 2000 + int(words[-1])
        return meas, v
    if till == "salle":
        m = re.fullmatch(r"(.*) \(([^()]*)\)", label)
        meas, name = (_SALLE_BACK[m.group(2)], m.group(1)) if m else ("-", label)
        ys = re.findall(r"(?<!\S)((?:19|20)\d\d)(?!\S)", name)
        return meas, (int(ys[-1]) if ys else None)
    if till == "pub":
        words = label.split(" ")
        meas = _PUB_BACK.get(words[-1], "-")
        name = words[1:-1] if meas != "-" else words[1:]
        v = int(name[-1]) if name and re.fullmatch(r"(19|20)\d\d", name[-1]) else None
        return meas, v
    raise ValueError(till)
