"""The three tills of "Le Comptoir du Pont-Vieux" and how each prints a product.

A product is (measure, typed text, typed vintage, family code).  Measures are the
builder's codes: B (bottle: a wine's 75 cl, or the only size of another drink),
HALF, MAG, VRE, CP, P25, P50, DOSE, CL2, DEMI, PINTE, and bottle sizes S25, S33,
S35.5, S50, S70, S100.

C  counter register (old): "FA:" family, measure, text; 2-digit vintage; cut at 20.
T  dining-room tablet: lower case as typed; 4-digit vintage; measure word; price "7,50€".
E  terrace handheld export: 4-digit article number, measure, text with dots for
   spaces; ".2019" vintage; cut at 24.
"""
import hashlib
import unicodedata

C_WIDTH = 20
E_WIDTH = 24

C_MEAS = {"B": "", "HALF": "DEMI", "MAG": "MAG", "VRE": "VRE", "CP": "CP", "P25": "P25",
          "P50": "P50", "DOSE": "DOSE", "CL2": "2CL", "DEMI": "DEMI", "PINTE": "PINTE",
          "S25": "25CL", "S33": "33CL", "S35.5": "35CL5", "S50": "50CL", "S70": "70CL",
          "S100": "1L"}
T_MEAS = {"B": "btl", "HALF": "demi-btl", "MAG": "magnum", "VRE": "verre", "CP": "coupe",
          "P25": "pichet 25cl", "P50": "pichet 50cl", "DOSE": "dose", "CL2": "2cl",
          "DEMI": "demi", "PINTE": "pinte", "S25": "25cl", "S33": "33cl", "S35.5": "35,5cl",
          "S50": "50cl", "S70": "70cl", "S100": "1l"}
E_MEAS = {"B": "BTL", "HALF": "1/2", "MAG": "MAG", "VRE": "VRE", "CP": "CP", "P25": "P25",
          "P50": "P50", "DOSE": "DOSE", "CL2": "2CL", "DEMI": "DEMI", "PINTE": "PINTE",
          "S25": "25CL", "S33": "33CL", "S35.5": "35.5CL", "S50": "50CL", "S70": "70CL",
          "S100": "1L"}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("'", " ").replace("°", "").upper()


def _h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


class CutError(ValueError):
    pass


def _cut(full, width, sep):
    """Cut at width; refuse a cut that leaves part of a vintage or < 3 letters of a word."""
    if len(full) <= width:
        return full, False
    out = full[:width]
    rest = full[width:]
    words = out.split(sep)
    last = words[-1]
    if rest[0] != sep and last:
        # the cut fell inside a word
        if last.isdigit() or len(last) < 3:
            raise CutError("bad cut %r|%r" % (out, rest))
    return out.rstrip(sep + " "), True


def render_C(meas, text, vint, fam):
    m = C_MEAS[meas] if meas else ""
    body = ascii_upper(text)
    full = fam + ":" + (m + " " if m else "") + body
    if vint is not None:
        full += " %02d" % (vint % 100)
    return _cut(full, C_WIDTH, " ")


def price_T(meas, key):
    base = {"B": 24.0, "HALF": 15.0, "MAG": 52.0, "VRE": 4.5, "CP": 8.0, "P25": 7.0,
            "P50": 13.0, "DOSE": 5.0, "CL2": 2.5, "DEMI": 3.2, "PINTE": 6.4, "S25": 3.8,
            "S33": 4.2, "S35.5": 5.5, "S50": 4.0, "S70": 60.0, "S100": 6.0, "X": 9.0}[meas]
    return base + 0.5 * (_h("T", key, meas) % 9)


def render_T(meas, text, vint, fam, key):
    parts = [text.lower()]
    if vint is not None:
        parts.append(str(vint))
    if meas is not None:
        parts.append(T_MEAS[meas])
    if meas is None:
        p = {"CA": 1.8, "SF": 3.0, "CU": 11.0, "DG": 7.0}.get(fam, 4.0) + 0.5 * (_h("T", text) % 7)
    else:
        p = price_T(meas, key or text)
    parts.append(("%.2f" % p).replace(".", ",") + "€")
    return " ".join(parts), False


def article_E(key, meas, text):
    return "%04d" % (1000 + _h("E", key or text, meas) % 9000)


def render_E(meas, text, vint, fam, key):
    body = ascii_upper(text).replace(" ", ".")
    full = article_E(key, meas, text) + " " + ((E_MEAS[meas] + ".") if meas else "") + body
    if vint is not None:
        full += ".%d" % vint
    return _cut(full, E_WIDTH, ".")


def render(till, meas, text, vint, fam, key):
    if till == "C":
        return render_C(meas, text, vint, fam)
    if till == "T":
        return render_T(meas, text, vint, fam, key)
    return render_E(meas, text, vint, fam, key)


def read_vintage(till, label):
    """The vintage printed on a rendered label, by the till's habit."""
    import re
    if till == "C":
        m = re.search(r" (\d\d)$", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "T":
        m = re.search(r" ((?:19|20)\d\d) ", label)
        return int(m.group(1)) if m else None
    m = re.search(r"\.((?:19|20)\d\d)$", label)
    return int(m.group(1)) if m else None
