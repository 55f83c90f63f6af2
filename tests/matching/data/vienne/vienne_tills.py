"""How each till renders what the staff typed, and how its vintage is read back."""
import hashlib
import re
import unicodedata

CAISSE_WIDTH = 17
CAISSE_MEAS = {"btl": "", "half": "1/2", "mag": "MAG", "glass": "VRE", "pot": "POT", "coupe": "CP",
               "dose": "DOSE", "demi": "DEMI", "pinte": "PINTE"}
FEST_CUP = {"g30": "GOB30", "x": "X", "g12": "GOB12", "g25": "GOB25", "g50": "GOB50", "dose": "DOSE", "coupe": "FLUTE",
            "btl": "BTL"}
TAB_MEAS = {"half": "37,5cl", "mag": "150cl", "glass": "verre", "g12": "verre 12cl",
            "g15": "verre 15cl", "pot": "pot 46cl", "coupe": "coupe", "dose": "4cl"}


def h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", s.upper().replace("'", " ").replace("-", " ")).strip()


def fmt_cl(f):
    return (str(int(f)) if f == int(f) else str(f).replace(".", ",")) + "cl"


def caisse(fam, measure, vintage, text):
    """FAM:MEASURE NAME YY, ASCII capitals, cut at 17 columns, trailing blank dropped."""
    m = CAISSE_MEAS.get(measure, "")
    s = fam + ":" + (m + " " if m else "") + ascii_up(text)
    if vintage:
        s += " %02d" % (vintage % 100)
    return s[:CAISSE_WIDTH].rstrip()


def read_caisse(label):
    m = re.search(r" (\d\d)$", label)
    return None if not m else yy(int(m.group(1)))


def yy(n):
    return 2000 + n if n <= 30 else 1900 + n


def festival(measure, vintage, text):
    """CUP|item in lower case|Tn: the cup or serving code, the item, the token price."""
    cup = FEST_CUP.get(measure, "BTL" if measure.startswith("b") else "X")
    item = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    if vintage:
        item += " %02d" % (vintage % 100)
    base = {"g12": 4, "g25": 3, "g50": 5, "dose": 4, "coupe": 6, "btl": 24, "X": 3}.get(cup if cup == "X" else measure, 2)
    if measure == "btl" and text.lower() in ("1664 blanc",):
        base = 3
    tok = base + h(item + cup) % 3
    return f"{cup}|{item}|T{tok}"


def read_festival(label):
    item = label.split("|")[1]
    m = re.search(r" (\d\d)$", item)
    return None if not m else yy(int(m.group(1)))


def tablet(measure, vintage, text, fmt_hint=None):
    """Name as on the wine list, 4-digit vintage, (measure), price with a decimal comma and €."""
    if measure in TAB_MEAS:
        meas = TAB_MEAS[measure]
    elif measure.startswith("b") and measure[1:].replace(".", "").isdigit():
        meas = fmt_cl(float(measure[1:]))
    else:
        meas = fmt_cl(fmt_hint or 75)
    s = text + (" %d" % vintage if vintage else "") + ("" if measure == "x" else " (" + meas + ")")
    lo, span = {"verre": (7, 8), "verre 12cl": (6, 8), "verre 15cl": (8, 9), "pot 46cl": (19, 15),
                "coupe": (11, 8), "4cl": (6, 9), "37,5cl": (24, 30), "150cl": (90, 110)}.get(meas, (29, 90))
    if meas in ("33cl", "25cl", "20cl", "35,5cl", "50cl") :
        lo, span = 4, 4
    cents = (lo * 100 + h(s) % (span * 100)) // 50 * 50
    price = "%d" % (cents // 100) if cents % 100 == 0 else "%d,%02d" % (cents // 100, cents % 100)
    return s + " " + price + "€"


def read_tablet(label):
    m = re.search(r" ((?:19|20)\d\d) \(", label)
    return None if not m else int(m.group(1))
