"""The three tills of Le Mail and how each renders a sale; how a vintage is read back."""
import hashlib
import re
import unicodedata

CAISSE_WIDTH = 18

CAISSE_CODE = {"G": "VR", "CP": "CP", "P25": "P25", "P50": "P50", "B37": "1/2",
               "B150": "MAG", "D": "DOSE", "D2": "2CL", "DEMI": "DEMI", "PINTE": "PINTE",
               "B": "", "X": ""}
CAISSE_SIZE = {20: "20CL", 25: "25CL", 33: "33CL", 50: "50CL", 70: "70CL", 100: "1L"}
CAISSE_NONWINE_CODES = {"DOSE", "2CL", "DEMI", "PINTE"} | set(CAISSE_SIZE.values())

TABLETTE_VARIANT = {"G": "Verre", "CP": "Coupe", "P25": "Pichet 25cl", "P50": "Pichet 50cl",
                    "B37": "Demi-bouteille", "B150": "Magnum", "D": "Dose", "D2": "2cl",
                    "DEMI": "Demi", "PINTE": "Pinte", "B": "Bouteille", "X": ""}
TABLETTE_SIZE = {20: "20cl", 25: "25cl", 33: "33cl", 50: "50cl", 70: "70cl", 100: "1L"}

SALLE_WORD = {"G": "vre", "CP": "cp", "P25": "pich25", "P50": "pich50", "B37": "1/2btl",
              "B150": "mag", "D": "dose", "D2": "2cl", "DEMI": "demi", "PINTE": "pinte",
              "B": "btl", "X": ""}
SALLE_SIZE = {20: "20cl", 25: "25cl", 33: "33cl", 50: "50cl", 70: "70cl", 100: "1l"}
# the dining room's appellation shorthands: a wine line starts with one of them
SALLE_HEADS = {"pierrev", "lub", "cdp", "aix", "baux", "bandol", "cassis", "cdr", "c9dp",
               "gigo", "vacq", "rasteau", "tavel", "vtx", "bdv", "champ"}

SIZE_MEASURE = {20: "B20", 25: "B25", 33: "B33", 50: "B50", 70: "B70", 100: "B100"}


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def price(label_body, measure, category):
    base, step = {"G": (450, 50), "CP": (900, 50), "P25": (800, 50), "P50": (1400, 50),
                  "B37": (1900, 100), "B150": (5800, 200), "D": (300, 20), "D2": (250, 20),
                  "DEMI": (300, 20), "PINTE": (600, 30), "X": (200, 30)}.get(measure, (None, None))
    if base is None:
        base, step = (2400, 100) if category in ("vin", "champagne") else (300, 20)
    h = int(hashlib.sha256(label_body.encode()).hexdigest()[:8], 16)
    cents = base + step * (h % 9)
    return "%d.%02d" % (cents // 100, cents % 100)


def _with_vintage(text, vstr):
    if vstr is None:
        return text.replace(" {v}", "").replace("{v}", "")
    if "{v}" in text:
        return text.replace("{v}", vstr)
    return text + " " + vstr


def render(till, measure, size, vintage, text, category):
    """size: the bottle size (cl) for a non-wine bottle sold with measure B."""
    if till == "caisse":
        code = CAISSE_CODE.get(measure, "") if not (measure == "B" and size) else CAISSE_SIZE[size]
        if measure.startswith("B") and measure not in ("B", "B37", "B150"):
            code = CAISSE_SIZE[int(measure[1:])]
        body = _with_vintage(text, None if vintage is None else "%02d" % (vintage % 100))
        body = (code + " " + body) if code else body
        body = ascii_fold(body).upper()[:CAISSE_WIDTH].rstrip()
        return body + " " + price(body, measure, category)
    if till == "tablette":
        var = TABLETTE_VARIANT.get(measure, "")
        if measure == "B" and size:
            var = TABLETTE_SIZE[size]
        if measure.startswith("B") and measure not in ("B", "B37", "B150"):
            var = TABLETTE_SIZE[int(measure[1:])]
        body = _with_vintage(text, None if vintage is None else str(vintage))
        return body + (" - " + var if var else "")
    if till == "salle":
        word = SALLE_WORD.get(measure, "")
        if measure == "B" and size:
            word = SALLE_SIZE[size]
        if measure.startswith("B") and measure not in ("B", "B37", "B150"):
            word = SALLE_SIZE[int(measure[1:])]
        body = _with_vintage(text, None if vintage is None else "%02d" % (vintage % 100))
        return ascii_fold(body).lower() + (" " + word if word else "")
    raise ValueError(till)


def read_vintage(till, label):
    """The vintage printed on the label, as the bench reads it, or None."""
    if till == "caisse":
        m = re.match(r"^(.*\S) (\d+\.\d\d)$", label)
        toks = m.group(1).split()
        if toks[0] in CAISSE_NONWINE_CODES:
            return None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            return 2000 + int(toks[-1])
        return None
    if till == "tablette":
        body = label.rsplit(" - ", 1)[0] if " - " in label else label
        m = re.findall(r"\b((?:19|20)\d\d)\b", body)
        return int(m[-1]) if m else None
    if till == "salle":
        toks = label.split()
        if toks[0] in SALLE_HEADS and len(toks) >= 3 and re.fullmatch(r"\d\d", toks[-2]):
            return 2000 + int(toks[-2])
        return None
    raise ValueError(till)
