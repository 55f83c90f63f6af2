"""The three tills' habits.

BAR   counter cash register (ECR journal export): ASCII capitals, measure word first, the
      PLU text cut at 14 columns (mid-word), padded, then the price right-aligned in 6
      columns with a decimal comma. Vintage as two digits after the name.
SALLE waiters' handheld: the owner's menu names, lower case with accents, vintage as four
      digits after the name, the measure in parentheses at the end.
CARNA carnival / events till: capitals, every space replaced by '_', measure first, vintage
      four digits last, the whole button cut at 22 characters.
"""
import hashlib
import re
import unicodedata

BAR_W = {"vre": "VRE", "cp": "CP", "p25": "PICH25", "p50": "PICH50", "demi": "DEMI",
         "pinte": "PTE", "gal": "GAL", "dose": "DOSE", "2cl": "2CL", "half": "1/2",
         "mag": "MAG", "btl": "", "b33": "BT33", "b75": "BT75", "b25": "BT25", "b50": "BT50",
         "b100": "BT1L", "b70": "BTL", "": ""}
SALLE_W = {"vre": "verre", "cp": "coupe", "p25": "pichet 25cl", "p50": "pichet 50cl",
           "demi": "demi", "pinte": "pinte", "gal": "galopin", "dose": "dose", "2cl": "2cl",
           "half": "demi-bouteille", "mag": "magnum", "btl": "bouteille", "b33": "33cl",
           "b75": "75cl", "b25": "25cl", "b50": "50cl", "b100": "1L", "b70": "bouteille",
           "": ""}
CARNA_W = {"vre": "VERRE", "cp": "COUPE", "p25": "PICH25", "p50": "PICH50", "demi": "DEMI",
           "pinte": "PINTE", "gal": "GALOPIN", "dose": "DOSE", "2cl": "2CL", "half": "DEMI",
           "mag": "MAG", "btl": "BTL", "b33": "33CL", "b75": "75CL", "b25": "25CL",
           "b50": "50CL", "b100": "1L", "b70": "BTL", "": ""}

BAR_WIDTH = 14
CARNA_WIDTH = 22


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def price(text, bottle=False):
    """A deterministic price for a button (cents from a hash); wine bottles dearer."""
    h = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)
    cents = (1800 + (h % 300) * 10) if bottle else (150 + (h % 60) * 10)
    return "%d,%02d" % (cents // 100, cents % 100)


def render(till, measure, vintage, text):
    if till == "BAR":
        parts = [BAR_W[measure], ascii_upper(text)]
        if vintage:
            parts.append("%02d" % (vintage % 100))
        body = " ".join(p for p in parts if p)[:BAR_WIDTH].rstrip()
        return body.ljust(BAR_WIDTH) + price(body, measure in ("btl", "half", "mag")).rjust(6)
    if till == "SALLE":
        s = text
        if vintage:
            s += " %d" % vintage
        if SALLE_W[measure]:
            s += " (%s)" % SALLE_W[measure]
        return s
    if till == "CARNA":
        parts = [CARNA_W[measure], ascii_upper(text).replace(" ", "_")]
        if vintage:
            parts.append(str(vintage))
        return "_".join(p for p in parts if p)[:CARNA_WIDTH].rstrip("_")
    raise ValueError(till)


def read_vintage(till, label):
    """The vintage a reader finds on the rendered label, as the check reads it."""
    if till == "BAR":
        toks = label[:BAR_WIDTH].split()
        if toks and re.fullmatch(r"\d\d", toks[-1]) and 14 <= int(toks[-1]) <= 25:
            return 2000 + int(toks[-1])
        return None
    if till == "SALLE":
        m = re.search(r"(?<!\d)(20[0-2]\d)(?!\d)", label)
        return int(m.group(1)) if m else None
    if till == "CARNA":
        toks = label.split("_")
        if re.fullmatch(r"20[0-2]\d", toks[-1]):
            return int(toks[-1])
        return None
    raise ValueError(till)
