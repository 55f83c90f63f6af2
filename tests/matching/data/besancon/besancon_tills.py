"""The three tills' rendering habits and how a reader reads the vintage back off a label."""
import hashlib
import re
import unicodedata

VOL = {"V": 12.5, "V15": 15, "V12": 12, "P25": 25, "P50": 50, "DOSE": 4, "CP": 12.5,
       "PINTE": 50}
BAR_M = {"BTL": "BTL", "MAG": "MAG", "HALF": "1/2", "V": "VRE", "V15": "VRE15", "P25": "PICH25",
         "P50": "PICH50", "DOSE": "DOSE", "DEMI": "DEMI", "PINTE": "PINTE", "CP": "CP"}
SALLE_M = {"BTL": "btl", "MAG": "magnum", "HALF": "1/2 btl", "V": "verre", "V15": "verre 15cl",
           "P25": "pichet 25cl", "P50": "pichet 50cl", "DOSE": "4cl", "DEMI": "demi",
           "PINTE": "pinte", "CP": "coupe"}
BAR_WIDTH = 20
TRAI_WIDTH = 24


def ascii_caps(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = s.replace("'", " ").replace("-", " ")
    return re.sub(r" +", " ", s.upper()).strip()


def h(s):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16)


def render_bar(measure, yy, text):
    """Casio-type register: measure word first, ASCII capitals, staff's dotted cuts,
    two-digit vintage, the whole line cut at 20 columns."""
    s = (BAR_M[measure] + " " if measure else "") + ascii_caps(text)
    if yy is not None:
        s += " %02d" % (yy % 100)
    return s[:BAR_WIDTH].rstrip()


def render_salle(measure, yy, text):
    """Tablet POS: sentence case as typed, accents kept, four-digit vintage, serving word
    in lower case between brackets at the end."""
    s = text
    if yy is not None:
        s += " %d" % (yy if yy > 100 else 2000 + yy)
    return s + (" (" + SALLE_M[measure] + ")" if measure else "")


def trai_vol(measure, fmt):
    if measure in ("U", ""):
        return None
    if measure in ("BTL",):
        return fmt
    if measure == "MAG":
        return 150
    if measure in ("HALF",):
        return 37.5
    return VOL[measure]


def fmt_cl(v):
    return ("%g" % v).replace(".", ",") + "CL"


def render_trai(family, measure, yy, text, fmt):
    """Catering quote software: 5-digit article (family digit + 4 from a hash), a
    24-column description in ASCII capitals with the staff's glued words, the volume
    served in cl, the unit price with a decimal comma."""
    desc = ascii_caps(text)
    if yy is not None:
        desc += " %d" % (yy if yy > 100 else 2000 + yy)
    desc = desc[:TRAI_WIDTH].rstrip()
    code = "%d%04d" % (family, h("code|" + text) % 10000)
    parts = [code, desc]
    vol = trai_vol(measure, fmt)
    if vol is not None:
        parts.append(fmt_cl(vol))
    lo, hi = (300, 15000) if vol is None else (350, 1200) if vol <= 15 else \
        (250, 650) if family in (5, 7) and vol <= 50 else (3500, 9500) if family == 4 else \
        (1600, 6000)
    if vol is not None and vol >= 150:
        lo, hi = 2 * lo, 2 * hi
    cents = lo + h("price|" + text + measure) % (hi - lo)
    parts.append("%d,%02d" % (cents // 100, cents % 100))
    return " ".join(parts)


def read_vintage(conn, label):
    if conn == "BAR":
        toks = label.split(" ")
        if len(toks) > 2 and re.fullmatch(r"\d\d", toks[-1]):
            return 2000 + int(toks[-1])
        return None
    if conn == "SALLE":
        m = re.search(r" ((?:19|20)\d\d) \([^()]*\)$", label)
        return int(m.group(1)) if m else None
    if conn == "TRAITEUR":
        desc = label.split(" ", 1)[1]
        m = re.findall(r"(?:^| )((?:19|20)\d\d)(?= )", desc)
        return int(m[-1]) if m else None
    raise ValueError(conn)
