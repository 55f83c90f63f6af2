"""The three tills of Le Comptoir des Crus and how each prints a product.

A spec is (key, measure, vintage, text) for a drink of the library, or
(None, measure, vintage, text, family, reason) for anything else.  `text` is
the name as the staff typed it on that till; the till adds its family, its
serving words, the vintage in its own form, its cut and its price.
"""
import hashlib

# measure -> (volume in cl or None for a whole bottle, bottle size for sizes)
POURS = {"verre": 12.5, "v12": 12, "pot": 46, "p50": 50, "p25": 25, "cp": 12.5,
         "dose": 4, "c2": 2, "c6": 6}
DRAUGHT = {"demi": 25, "pinte": 50}
SIZES = {"b20": 20, "b25": 25, "b33": 33, "b50": 50, "b70": 70, "b100": 100}
BOTTLES = {"btl": None, "half": 37.5, "mag": 150}

# ---- caisse: the old counter register, 20 columns
C_WIDTH = 20
C_FAMILY = {"rouge": "RGE", "blanc": "BLC", "rose": "ROS", "bulles": "BUL", "apero": "APE",
            "digest": "ALC", "biere": "BIE", "soft": "SFT", "cuisine": "CUI", "cafe": "CAF",
            "divers": "DIV", "pression": "BIE"}
C_BEFORE = {"verre": "VRE", "v12": "VRE12", "pot": "POT", "p50": "PICH50", "p25": "PICH25",
            "cp": "CP", "half": "1/2", "mag": "MAG"}
C_AFTER = {"dose": "DOSE", "c2": "2CL", "c6": "6CL", "demi": "DEMI", "pinte": "PINTE",
           "b20": "20CL", "b25": "25CL", "b33": "33CL", "b50": "50CL", "b70": "70CL", "b100": "1L"}

# ---- tablette: the waiters' tablet, lower case, price last
T_MEASURE = {"btl": "", "verre": "verre", "v12": "verre 12cl", "pot": "pot", "p50": "pichet 50cl",
             "p25": "pichet 25cl", "cp": "coupe", "half": "1/2 bout", "mag": "magnum",
             "dose": "dose", "c2": "2cl", "c6": "6cl", "demi": "demi", "pinte": "pinte",
             "b20": "20cl", "b25": "25cl", "b33": "33cl", "b50": "50cl", "b70": "70cl",
             "b100": "1l", None: ""}
T_BASE = {"btl": 24.0, "verre": 4.5, "v12": 4.5, "pot": 15.0, "p50": 16.0, "p25": 8.5, "cp": 7.0,
          "half": 15.0, "mag": 58.0, "dose": 4.0, "c2": 3.0, "c6": 4.5, "demi": 3.2,
          "pinte": 6.0, "b20": 3.5, "b25": 3.5, "b33": 4.0, "b50": 3.0, "b70": 30.0,
          "b100": 4.5, None: 2.0}

# ---- terrasse: the bar and terrace touch till
S_FAMILY = {"rouge": "ROUGE", "blanc": "BLANC", "rose": "ROSÉ", "bulles": "BULLES",
            "apero": "APÉRO", "digest": "DIGESTIF", "biere": "BIÈRE", "soft": "SOFT",
            "cuisine": "CUISINE", "cafe": "CAFÉ", "divers": "DIVERS", "pression": "PRESSION"}
S_MEASURE = {"btl": "BTL", "verre": "VERRE", "v12": "VERRE 12CL", "pot": "POT 46CL",
             "p50": "PICHET 50CL", "p25": "PICHET 25CL", "cp": "COUPE", "half": "1/2 BTL",
             "mag": "MAG", "dose": "DOSE", "c2": "2CL", "c6": "6CL", "demi": "DEMI",
             "pinte": "PINTE", "b20": "20CL", "b25": "25CL", "b33": "33CL", "b50": "50CL",
             "b70": "70CL", "b100": "1L", None: ""}


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:8], 16)


FAMILY_BASE = {"cuisine": 11.0, "cafe": 1.6, "divers": 5.0}
BULLES_BUMP = {"btl": 22.0, "half": 12.0, "cp": 3.0}


def price(text, measure, family=None):
    base = T_BASE[measure]
    if measure is None and family in FAMILY_BASE:
        base = FAMILY_BASE[family]
    elif measure is None and family in ("rouge", "blanc", "rose", "bulles"):
        base = T_BASE["btl"]
    if family == "bulles":
        base += BULLES_BUMP.get(measure, 0.0)
    p = base + (_h(text + "|" + str(measure)) % 9) * 0.5
    return ("%.2f" % p).replace(".", ",")


def render_caisse(family, measure, vintage, text, is_wine):
    """Returns (label, cut_info).  Raises ValueError when the cut would be unfair."""
    head = C_FAMILY[family] + "/"
    if measure in C_BEFORE:
        head += C_BEFORE[measure] + " "
    body = text
    tail = ""
    if measure in C_AFTER:
        tail = " " + C_AFTER[measure]
    vint = " %02d" % (vintage % 100) if vintage else ""
    if tail and vint:
        raise ValueError("caisse: vintage and after-measure together: %r" % text)
    full = head + body + vint + tail
    if len(full) <= C_WIDTH:
        return full, None
    if tail:
        raise ValueError("caisse: a measure would be cut: %r (%d)" % (full, len(full)))
    cut = full[:C_WIDTH].rstrip()
    kept_body = cut[len(head):]
    if len(kept_body) >= len(body):
        return cut, "vintage"  # only (part of) the vintage went
    # part of the name went: only the last word may be cut, keeping >= 3 letters
    words = body.split(" ")
    kept = kept_body.split(" ")
    if len(kept) != len(words) or len(kept[-1]) < 3:
        raise ValueError("caisse: cut loses a word: %r -> %r" % (full, cut))
    return cut, "word"


def render_tablette(measure, vintage, text, family=None):
    parts = [text]
    if vintage:
        parts.append("'%02d" % (vintage % 100))
    m = T_MEASURE[measure]
    if m:
        parts.append(m)
    body = " ".join(parts)
    return body + " " + price(body, measure, family)


def render_terrasse(family, measure, vintage, text):
    parts = [S_FAMILY[family], text]
    if vintage:
        parts.append(str(vintage))
    m = S_MEASURE[measure]
    if m:
        parts.append(m)
    return " ".join(parts)
