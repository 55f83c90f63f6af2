"""The three tills of the Club-house du Golf de la Foret and how each prints a label.

R  restaurant register (dining room): ASCII capitals, a REGION/KIND family code and '-',
   dots for every space, serving word first, two-digit vintage last, whole line cut at 20.
B  bar touch till ("le 19e trou"): capitals with accents, a family WORD and a space,
   the serving word next, vintage as 'yy or N.V., description cut at 26, price '12,50'.
T  terrace / halfway-house tablet: lower case as typed, no family, vintage as 2016 or
   'yy, the serving word after it, price with a decimal comma glued to '€'; no cut.
"""
import hashlib
import re
import unicodedata

R_WIDTH = 20
B_WIDTH = 26


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper().replace("'", " ").replace("°", "")


def _h(s):
    return int(hashlib.md5(s.encode("utf-8")).hexdigest(), 16)


# ---- families -----------------------------------------------------------------------
R_WINE = {"Bordeaux": "BDX", "Bourgogne": "BGN", "Beaujolais": "BGN", "Loire": "LOIRE",
          "Rhône": "RHONE", "Alsace": "ALS", "Provence": "PROV", "Champagne": "CHAMP"}
R_WINE_FAMILIES = set(R_WINE.values())


def spirit_kind(d):
    app = d["appellation"] or ""
    if "Whisky" in app or "Malt" in app:
        return "whisky"
    if app == "Cognac":
        return "cognac"
    if "Armagnac" in app:
        return "armagnac"
    if app == "Gin":
        return "gin"
    if app.startswith("Rhum"):
        return "rhum"
    if app == "Vodka":
        return "vodka"
    return "liqueur"


def family(till, d, meas):
    cat = d["category"]
    keg = cat == "bière" and meas in ("demi", "pinte")
    if till == "R":
        if cat in ("vin", "champagne"):
            return R_WINE[d["region"]]
        if cat == "spiritueux":
            return {"whisky": "WSK", "cognac": "COG", "armagnac": "ARM", "gin": "GIN",
                    "rhum": "RHUM", "vodka": "VODKA", "liqueur": "LIQ"}[spirit_kind(d)]
        if cat == "autre":
            return "APERO"
        if cat == "bière":
            return "PRESS" if keg else "BIERE"
        return "SOFT"
    if till == "B":
        if cat == "champagne":
            return "CHAMPAGNE"
        if cat == "vin":
            return {"rouge": "ROUGE", "blanc": "BLANC", "rosé": "ROSÉ",
                    "liquoreux": "LIQUOREUX"}[d["colour"]]
        if cat == "spiritueux":
            return {"whisky": "WHISKY", "cognac": "COGNAC", "armagnac": "ARMAGNAC",
                    "gin": "GIN", "rhum": "RHUM", "vodka": "VODKA",
                    "liqueur": "LIQUEUR"}[spirit_kind(d)]
        if cat == "autre":
            return "PORTO" if d["appellation"] == "Porto" else "APÉRITIF"
        if cat == "bière":
            return "PRESSION" if keg else "BIÈRE"
        return "EAU" if d["name"] in ("Evian", "San Pellegrino", "Perrier") else "SOFT"
    return None


# ---- serving words ------------------------------------------------------------------
# canonical measure -> printed word on each till
MEAS_WORDS = {
    "R": {"": "", "btl": "", "half": "1/2", "mag": "MAG", "glass": "VRE", "cp": "CP",
          "p50": "P50", "p25": "P25", "dose": "DOSE", "2cl": "2CL", "4cl": "4CL",
          "6cl": "6CL", "demi": "DEMI", "pinte": "PINTE", "33cl": "33CL", "50cl": "50CL",
          "100cl": "1L", "25cl": "25CL", "20cl": "20CL"},
    "B": {"": "", "btl": "BTL", "half": "DEMI", "mag": "MAGNUM", "glass": "VERRE",
          "cp": "CP", "dose": "DOSE", "2cl": "2CL", "4cl": "4CL", "6cl": "6CL",
          "demi": "DEMI", "pinte": "PINTE", "33cl": "33CL", "50cl": "50CL",
          "100cl": "1L", "25cl": "25CL", "20cl": "20CL"},
    "T": {"": "", "btl": "btl", "half": "1/2 btl", "mag": "magnum", "glass": "verre",
          "g15": "verre 15cl", "cp": "coupe", "p50": "carafe 50cl", "p25": "carafe 25cl",
          "dose": "dose", "4cl": "4cl", "6cl": "6cl", "demi": "demi", "pinte": "pinte",
          "33cl": "33cl", "50cl": "50cl", "100cl": "1l", "25cl": "25cl", "20cl": "20cl"},
}


class CutRefused(Exception):
    pass


def cut(head, words, tail, sep, width):
    """Fixed-width cut of head + words (+ tail).  The cut may take the tail (vintage or
    N.V.) off whole and cut into the last word of the name when four letters of it stay;
    anything else (a whole word, a part of a number, of the tail, of the head) is refused:
    the staff shortened those products by hand."""
    body = sep.join(words)
    full = head + body + (sep + tail if tail else "")
    if len(full) <= width:
        return full, False
    t = full[:width]
    nametxt = head + body
    if len(t) > len(nametxt):  # cut falls in the separator or the tail
        if len(t) == len(nametxt) + len(sep):
            return t, True  # tail lost whole, its separator stays printed
        raise CutRefused("cut into the vintage: " + full)
    if len(t) <= len(head):
        raise CutRefused("cut into the family or measure: " + full)
    last = words[-1]
    start = len(nametxt) - len(last)
    kept = len(t) - start
    if kept == len(last):
        return t, bool(tail)
    if kept < 4 or any(ch.isdigit() for ch in last) or not last.isalpha():
        raise CutRefused("cut loses too much of %r: %s" % (last, full))
    return t, bool(tail)


PRICE_RANGE = {  # euros, by measure (from, span)
    "demi": (3, 3), "pinte": (6, 4), "glass": (6, 9), "g15": (7, 9), "cp": (12, 9),
    "p25": (9, 8), "p50": (16, 14), "dose": (7, 12), "2cl": (3, 3), "4cl": (7, 10),
    "6cl": (5, 6), "33cl": (4, 4), "25cl": (3, 3), "20cl": (3, 3), "50cl": (3, 3),
    "100cl": (5, 4), "half": (22, 40), "mag": (95, 160),
}


def price(label, meas, d, bottle_of_wine=False):
    """A deterministic price: an MD5 digest of the label picks it in the measure's range."""
    h = _h(label)
    cents = ("00", "50", "80", "90")[h % 4]
    if meas in PRICE_RANGE:
        lo, span = PRICE_RANGE[meas]
    elif bottle_of_wine:
        lo, span = 32, 150
    elif d is None or d["category"] in ("bière", "soft"):
        lo, span = 3, 5
    else:
        lo, span = 32, 150
    return "%d,%s" % (lo + (h >> 3) % span, cents)


def render(till, d, meas, vint, text, fam=None):
    """Return (label, vintage_cut_off)."""
    if till == "R":
        fam = fam or family("R", d, meas)
        mw = MEAS_WORDS["R"][meas]
        words = ascii_upper(text).replace("-", " ").replace(".", " ").split()
        words = ([mw] if mw else []) + words
        tail = "%02d" % (vint % 100) if vint else ""
        # the measure is part of the head: it may never be cut
        head = fam + "-"
        lab, lost = cut(head, words, tail, ".", R_WIDTH)
        if mw and not lab.startswith(head + mw + "."):
            raise CutRefused("measure cut: " + lab)
        return lab, lost
    if till == "B":
        fam = fam or family("B", d, meas)
        mw = MEAS_WORDS["B"][meas]
        head = fam + " " + (mw + " " if mw else "")
        words = text.upper().split()
        tail = ""
        if vint:
            tail = "'%02d" % (vint % 100)
        if words and words[-1] == "N.V.":
            words, tail = words[:-1], "N.V."
        elif d is not None and d["category"] == "champagne" and not vint:
            tail = "N.V."  # the bar's champagne buttons all end with N.V.
        lab, lost = cut(head, words, tail, " ", B_WIDTH)
        lab = lab.rstrip(" ")
        wine = fam in ("ROUGE", "BLANC", "ROSÉ", "LIQUOREUX", "CHAMPAGNE")
        return lab + " " + price(lab, meas, d, wine), lost
    # T: no cut
    parts = [text.lower()]
    if vint:
        parts.append(vint_t(text, vint))
    mw = MEAS_WORDS["T"][meas]
    if mw:
        parts.append(mw)
    lab = " ".join(parts)
    wine = fam == "wine" or (d is not None and d["category"] in ("vin", "champagne"))
    return lab + " " + price(lab, meas, d, wine) + "€", False


def vint_t(text, vint):
    return "'%02d" % (vint % 100) if _h(text) % 3 == 0 else str(vint)


# ---- reading a printed label back ----------------------------------------------------
def read_vintage(till, label):
    if till == "R":
        fam = label.split("-", 1)[0]
        if fam not in R_WINE_FAMILIES:
            return None
        last = label.split(".")[-1]
        if re.fullmatch(r"\d\d", last):
            y = int(last)
            return 2000 + y if y <= 30 else 1900 + y
        return None
    if till == "B":
        m = re.search(r"(?<![\w'])'(\d\d)(?!\w)", label)
        if m:
            y = int(m.group(1))
            return 2000 + y if y <= 30 else 1900 + y
        return None
    m = re.search(r"(?<![\w'])'(\d\d)(?!\w)", label)
    if m:
        y = int(m.group(1))
        return 2000 + y if y <= 30 else 1900 + y
    for tok in re.findall(r"(?<![\d,.])(\d{4})(?![\d,])", label):
        if 1950 <= int(tok) <= 2030:
            return int(tok)
    return None
