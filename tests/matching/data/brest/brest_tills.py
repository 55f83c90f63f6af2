"""The three tills of the Brest restaurant and how each prints a label.

caisse   : old counter register. ASCII capitals, FAMILY '.' glued to the text, the measure
           word after the dot, the two-digit vintage last; the whole line cut at 21 columns.
tablette : waiters' tablet. lower case as typed (accents kept), underscores for spaces,
           four-digit vintage glued by '_', then ' ' measure, then ' ' price '12,50€'.
bar      : bar touch till. five-digit article number, the short name in Title.Case.With.Dots
           (four-digit vintage as its last word) cut at 18 characters, then the modifier in
           capitals.
"""
import hashlib
import re
import unicodedata

CAISSE_WIDTH = 21
BAR_NAME_WIDTH = 18

# measure code -> (volume cl or None for a whole bottle in the given format, format kind)
POURS = {"vre": 12.5, "v12": 12, "v15": 15, "p25": 25, "p50": 50, "coupe": 12.5,
         "dose": 4, "demi": 25, "pinte": 50}
BOTTLES = {"btl": "ordinary", "half": 37.5, "mag": 150}

CAISSE_M = {"btl": "", "half": "1/2", "mag": "MAG", "vre": "VRE", "v12": "VRE12", "v15": "VRE15",
            "p25": "PICH25", "p50": "PICH50", "coupe": "COUPE", "dose": "DOSE", "demi": "DEMI",
            "pinte": "PINTE", "-": ""}
TAB_M = {"half": "37,5cl", "mag": "magnum", "vre": "verre", "v12": "verre 12cl",
         "v15": "verre 15cl", "p25": "pichet 25cl", "p50": "pichet 50cl", "coupe": "coupe",
         "dose": "dose", "demi": "demi", "pinte": "pinte"}
BAR_M = {"half": "1/2", "mag": "MAG", "vre": "VERRE", "v12": "VERRE 12CL", "v15": "VERRE 15CL",
         "p25": "PICHET 25", "p50": "PICHET 50", "coupe": "COUPE", "dose": "DOSE",
         "demi": "DEMI", "pinte": "PINTE"}


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def fmt_cl(f):
    return ("%g" % f).replace(".", ",")


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def price(key, measure, text, fmt=75):
    """Deterministic price with a decimal comma (multiples of 0,50)."""
    if measure.startswith("b") and fmt < 75:
        lo, hi = 3, 7
    elif measure == "-":
        lo, hi = 2, 30
    else:
        lo, hi = {"btl": (24, 90), "half": (16, 40), "mag": (60, 160), "p25": (8, 12), "p50": (14, 22),
              "dose": (5, 12), "demi": (3, 4), "pinte": (6, 8)}.get(measure, (4, 11))
    if measure.startswith("b") and fmt >= 75:
        lo, hi = 24, 90
    n = _h("tab|%s|%s|%s" % (key, measure, text)) % ((hi - lo) * 2 + 1)
    v = lo + n / 2
    return ("%.2f" % v).replace(".", ",") + "€"


def article(key, text, yy):
    return "%05d" % (10000 + _h("bar|%s|%s|%s" % (key, text, yy)) % 90000)


def render(till, key, measure, yy, text, fmt):
    """Return the printed label. fmt: the format the sale refers to (for bottle sizes)."""
    if till == "caisse":
        fam, body = text.split(".", 1) if "." in text[:4] else ("", text)
        parts = [CAISSE_M[measure]] if CAISSE_M.get(measure, "") else []
        parts.append(ascii_(body).upper().replace("'", " ").replace("-", " "))
        if yy is not None:
            parts.append("%02d" % (yy % 100))
        lab = fam + "." + " ".join(p for p in parts if p)
        return re.sub(" +", " ", lab)[:CAISSE_WIDTH].rstrip()
    if till == "tablette":
        name = text.lower().replace(" ", "_")
        if yy is not None:
            name += "_%d" % yy
        if measure == "-":
            m = ""
        elif measure == "btl":
            m = "btl" if fmt == 75 else fmt_cl(fmt) + "cl"
        elif measure.startswith("b"):
            m = fmt_cl(fmt) + "cl"
        else:
            m = TAB_M[measure]
        return " ".join(p for p in (name, m, price(key, measure, text, fmt)) if p)
    if till == "bar":
        words = re.split(r"[ ]+", ascii_(text))
        name = ".".join(w[:1].upper() + w[1:] for w in words)
        if yy is not None:
            name += ".%d" % yy
        name = name[:BAR_NAME_WIDTH].rstrip(".")
        if measure == "-":
            m = ""
        elif measure == "btl":
            m = "BTL" if fmt == 75 else "BTL " + fmt_cl(fmt) + "CL"
        elif measure.startswith("b"):
            m = "BTL " + fmt_cl(fmt) + "CL"
        else:
            m = BAR_M[measure]
        return " ".join(p for p in (article(key, text, yy), name, m) if p)
    raise ValueError(till)


def read_vintage(till, label):
    """The vintage as printed on the label, read the way each till prints it."""
    if till == "caisse":
        m = re.search(r" (\d\d)$", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "tablette":
        name = label.split(" ")[0]
        m = re.search(r"(?:^|_)((?:19|20)\d\d)(?:_|$)", name)
        return int(m.group(1)) if m else None
    if till == "bar":
        name = label.split(" ")[1]
        m = re.search(r"(?:^|\.)((?:19|20)\d\d)$", name)
        return int(m.group(1)) if m else None
    raise ValueError(till)
