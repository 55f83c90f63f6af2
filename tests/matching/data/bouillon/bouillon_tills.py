"""The three tills of the Grand Bouillon Rambuteau: how each prints a label, and how a label is read back.

bar    : the service bar's counter register. ASCII capitals, the measure FIRST as a bare number of
         centilitres (12, 15, 25, 50, 100 for wine; 2, 4 for a dose; 25, 50 for draught; 33, 25, 100
         for a bottle of beer, soft or water; 75, 37,5, 150 for a wine's bottle, half and magnum) or
         the cafe word BALLON (a glass without volume); two-digit vintage last; cut at 24 columns.
salle  : the waiters' handhelds. Lower case, the name as the waiters typed it, four-digit vintage,
         then a slash and the serving code glued to it (v, v12, v15, p25, p50, p1l, coupe, btl,
         demibtl, mag, dose, 2cl, demi, pinte, btl33, btl25, btl50, btl1l). Dishes have no slash.
export : the back office's daily article export, pasted from the spreadsheet: four TAB-separated
         fields: article code (A + 5 digits), designation in capitals WITH accents (vintage last,
         four digits), the content in litres with a decimal point (0.75L, 0.375L, 0.50L, 0.04L...)
         or '-' for what is no drink, and the price in centimes (950).
"""
import hashlib
import re
import unicodedata

TILLS = ("bar", "salle", "export")
BAR_WIDTH = 24


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def _h(s, n):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16) % n


def render(till, measure, text, vintage, ident, price=None):
    """Print one label. measure: the till's own token ('' for no measure); price: the export's."""
    if till == "bar":
        parts = ([measure] if measure else []) + [ascii_upper(text)]
        if vintage:
            parts.append("%02d" % (vintage % 100))
        return " ".join(parts)[:BAR_WIDTH].rstrip()
    if till == "salle":
        s = text
        if vintage:
            s += " %d" % vintage
        if measure:
            s += "/" + measure
        return s
    if till == "export":
        code = "A%05d" % _h("code|" + ident, 100000)
        desig = text + (" %d" % vintage if vintage else "")
        return "\t".join([code, desig, measure or "-", str(price)])
    raise ValueError(till)


def hash1000(ident):
    return _h("price|" + ident, 1000)


# ---------------------------------------------------------------- reading a label back
SALLE_CODES = {
    "v": ("pour", 12.5), "coupe": ("pour", 12.5), "v12": ("pour", 12), "v15": ("pour", 15),
    "p25": ("pour", 25), "p50": ("pour", 50), "p1l": ("pour", 100),
    "dose": ("pour", 4), "2cl": ("pour", 2), "demi": ("pour", 25), "pinte": ("pour", 50),
    "btl": ("bottle", 75), "demibtl": ("bottle", 37.5), "mag": ("bottle", 150),
    "btl25": ("bottle", 25), "btl33": ("bottle", 33), "btl50": ("bottle", 50), "btl1l": ("bottle", 100),
}


def read(till, label):
    """-> (measure, vintage). measure: None, ('pour', cl), ('bottle', cl) or ('cl', x) (a bare volume
    whose meaning, bottle or pour, depends on the drink)."""
    if till == "bar":
        toks = label.split()
        measure = None
        if toks and toks[0] == "BALLON":
            measure = ("pour", 12.5)
        elif toks and re.fullmatch(r"\d+(,5)?", toks[0]):
            measure = ("cl", float(toks[0].replace(",", ".")))
        vintage = None
        if len(toks) >= 3 and re.fullmatch(r"\d\d", toks[-1]) and int(toks[-1]) <= 26:
            vintage = 2000 + int(toks[-1])
        return measure, vintage
    if till == "salle":
        if "/" in label:
            name, code = label.rsplit("/", 1)
            measure = SALLE_CODES[code]
        else:
            name, measure = label, None
        m = re.search(r" ((?:19|20)\d\d)$", name)
        return measure, (int(m.group(1)) if m else None)
    if till == "export":
        code, desig, cont, _price = label.split("\t")
        measure = None if cont == "-" else ("cl", round(float(cont[:-1]) * 100, 1))
        m = re.search(r" ((?:19|20)\d\d)$", desig)
        return measure, (int(m.group(1)) if m else None)
    raise ValueError(till)
