"""The three tills' rendering habits (and how a label is read back).

CPT  bar counter register: UPPER CASE, no accents, family code + '*', dots for spaces,
     measure word first, two-digit vintage last ('.19'), cut at 20 characters.
SAL  dining-room handheld: mixed case with accents, measure first ('Verre', 'Pichet 50'),
     vintage as '19, N.V. on non-vintage champagne, price with a decimal comma last.
TER  market-day terrace tablet: lower case, no accents, hyphens for spaces, measure first
     followed by '/', four-digit vintage last, cut at 24 characters.
"""
import hashlib
import re
import unicodedata

CPT_WIDTH = 20
TER_WIDTH = 24
FAMILIES = ("RG", "BL", "RS", "BU", "CI", "WH", "DG", "AP", "PR", "BT", "SF",
            "BC", "CU", "DV")
WINE_FAMS = ("RG", "BL", "RS", "BU")

# measure key -> (CPT word, SAL word, TER word)
MEASURES = {
    "": ("", "", ""),
    "VRE": ("VRE", "Verre", "verre"),
    "CP": ("CP", "Coupe", "coupe"),
    "P50": ("PICH50", "Pichet 50", "pichet50"),
    "P25": ("PICH25", "Pichet 25", "pichet25"),
    "DOSE": ("DOSE", "Dose", "dose"),
    "MAG": ("MAG", "Magnum", "mag"),
    "HALF": ("1/2", "1/2", "37.5"),
    "DEMI": ("DEMI", "Demi", "demi"),
    "PINTE": ("PINTE", "Pinte", "pinte"),
    "BOLEE": ("BOLEE", "Bolée", "bolee"),
    "C33": ("33CL", "33cl", "33cl"),
    "C50": ("50CL", "50cl", "50cl"),
    "L1": ("1L", "1L", "1l"),
    "C75": ("75CL", "75cl", "75cl"),
}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def price(text, lo, hi):
    """A price between lo and hi euros, in quarters, from an MD5 of the button."""
    h = int(hashlib.md5(text.encode("utf-8")).hexdigest()[:8], 16)
    q = lo * 4 + h % ((hi - lo) * 4 + 1)
    return "%d,%02d" % (q // 4, q % 4 * 25)


def render(till, fam, measure, text, vintage, nv=False, tier=(3, 20)):
    """Return the label as the till prints it."""
    m = MEASURES[measure]
    if till == "CPT":
        s = strip_accents(text).upper().replace("'", "").replace(" ", ".")
        if m[0]:
            s = m[0] + "." + s
        if vintage:
            s += ".%02d" % (vintage % 100)
        return (fam + "*" + s)[:CPT_WIDTH]
    if till == "SAL":
        s = text
        if m[1]:
            s = m[1] + " " + s
        if vintage:
            s += " '%02d" % (vintage % 100)
        elif nv:
            s += " N.V."
        return s + " " + price(s, *tier)
    if till == "TER":
        s = strip_accents(text).lower().replace("'", "").replace(" ", "-")
        if m[2]:
            s = m[2] + "/" + s
        if vintage:
            s += "-%d" % vintage
        return s[:TER_WIDTH]
    raise ValueError(till)


def read_vintage(till, label):
    """The vintage printed on a rendered label, or None."""
    if till == "CPT":
        mo = re.match(r"^(\w\w)\*.*\.(\d\d)$", label)
        if mo and mo.group(1) in WINE_FAMS:
            return 2000 + int(mo.group(2))
        return None
    if till == "SAL":
        mo = re.search(r" '(\d\d) \d+,\d\d$", label)
        return 2000 + int(mo.group(1)) if mo else None
    if till == "TER":
        mo = re.search(r"-((?:19|20)\d\d)$", label)
        return int(mo.group(1)) if mo else None
    raise ValueError(till)


def read_measure(till, label):
    """The measure key printed on a rendered label ('' when none)."""
    if till == "CPT":
        body = label.split("*", 1)[1]
        first = body.split(".", 1)[0]
        for k, v in MEASURES.items():
            if v[0] and first == v[0] and "." in body:
                return k
        return ""
    if till == "SAL":
        for k, v in sorted(MEASURES.items(), key=lambda kv: -len(kv[1][1])):
            if v[1] and label.startswith(v[1] + " "):
                return k
        return ""
    if till == "TER":
        if "/" in label:
            first = label.split("/", 1)[0]
            for k, v in MEASURES.items():
                if v[2] and first == v[2]:
                    return k
        return ""
    raise ValueError(till)
