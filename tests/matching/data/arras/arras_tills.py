"""The three tills' rendering habits, and each till's reading of measure and vintage
back from its own label."""
import hashlib
import re


def h(s, mod):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:12], 16) % mod

# measure -> kind: ("pour", cl) from the ordinary bottle, ("keg", cl) from a keg,
# ("fmt", cl) a bottle of that size, ("btl", None) a bottle in the ordinary format.
MEASURES = {
    "btl": ("btl", None), "half": ("fmt", 37.5), "mag": ("fmt", 150),
    "b25": ("fmt", 25), "b33": ("fmt", 33), "b50": ("fmt", 50), "b70": ("fmt", 70),
    "b75": ("fmt", 75), "b100": ("fmt", 100),
    "glass": ("pour", 12.5), "g15": ("pour", 15), "pch25": ("pour", 25), "pch50": ("pour", 50),
    "coupe": ("pour", 12.5), "dose": ("pour", 4), "d2": ("pour", 2), "d4": ("pour", 4),
    "demi": ("keg", 25), "pinte": ("keg", 50), "gob25": ("keg", 25),
}

# ---------------------------------------------------------------- caisse
# The brasserie's counter register prints a daily ticket journal: ticket number
# (6 digits), VAT code (B = 10 %, C = 20 %), the key text in a 20-column field
# (cut there), the price right-aligned with a decimal comma.
CAISSE_PREFIX = {
    "btl": "", "half": "1/2 ", "mag": "MAG ", "glass": "VRE ", "g15": "VRE15 ",
    "pch25": "PICH25 ", "pch50": "PICH50 ", "coupe": "CP ", "demi": "DEMI ",
    "pinte": "PINTE ", "dose": "DOSE ", "d2": "2CL ", "d4": "4CL ", "b25": "25CL ",
    "b33": "33CL ", "b50": "50CL ", "b75": "75CL ", "b100": "1L ", "": "",
}
CAISSE_W = 20

def price(seed, measure, fam):
    kind = MEASURES.get(measure, ("", None))[0]
    if fam in ("food",):
        base = 600 + h(seed, 1800)
    elif fam in ("coffee",):
        base = 180 + h(seed, 250)
    elif fam in ("service",):
        base = 500 + h(seed, 1500)
    elif kind == "keg":
        base = 280 + h(seed, 450)
    elif kind == "pour" and fam == "spirit":
        base = 300 + h(seed, 700)
    elif kind == "pour":
        base = 450 + h(seed, 900)
    elif measure == "mag":
        base = 9000 + h(seed, 12000)
    elif fam in ("soft", "beer", "mixed"):
        base = 350 + h(seed, 600)
    elif fam == "spirit":
        base = 4500 + h(seed, 6000)
    else:
        base = 2600 + h(seed, 9000)
    base -= base % 10
    return "%d,%02d" % (base // 100, base % 100)

def render_caisse(measure, text, vintage, alcohol, pfam):
    body = CAISSE_PREFIX[measure] + text + (" %02d" % (vintage % 100) if vintage else "")
    cut = body[:CAISSE_W].rstrip()
    if vintage and cut != body and re.search(r" \d$", cut):
        raise ValueError("caisse cut leaves part of a vintage: %r" % cut)
    tk = 1000 + h("tk" + body, 98000)
    vat = "C" if alcohol else "B"
    return "%06d %s %-20s %7s" % (tk, vat, cut, price(body, measure, pfam))

def read_caisse(label):
    m = re.fullmatch(r"(\d{6}) ([BC]) (.{20}) ([ \d]{3}\d,\d\d)", label)
    if not m:
        raise ValueError("caisse form: %r" % label)
    body = m.group(3).rstrip()
    meas = "btl"
    for k, p in CAISSE_PREFIX.items():
        if p and body.startswith(p):
            meas = k
    v = re.search(r" (\d\d)$", body)
    return meas, (2000 + int(v.group(1)) if v else None), body

# ---------------------------------------------------------------- compta
# The back office's accounting export: "account;FAM-SIZE;libellé", libellé cut at 30.
COMPTA_SIZE = {
    "btl": "BT", "half": "DB", "mag": "MG", "glass": "VR", "g15": "V15", "pch25": "P25",
    "pch50": "P50", "coupe": "CP", "dose": "DS", "d2": "D2", "d4": "D4", "demi": "DM",
    "pinte": "PT", "b25": "25", "b33": "33", "b50": "50", "b70": "70", "b75": "75",
    "b100": "1L", "": "00",
}
SIZE_COMPTA = {v: k for k, v in COMPTA_SIZE.items()}
ACCOUNTS = {"VRG": "707110", "VBL": "707110", "VRS": "707110", "VLQ": "707110",
            "VEF": "707110", "CHP": "707110", "BIE": "707110", "PRS": "707110",
            "SPI": "707110", "APE": "707110", "SOF": "707120", "CUI": "707100",
            "CAF": "707130", "SRV": "706100"}
COMPTA_W = 30

def render_compta(measure, text, vintage, fam):
    lib = text + (" %d" % vintage if vintage else "")
    cut = lib[:COMPTA_W].rstrip()
    if vintage and cut != lib and re.search(r"\d$", cut):
        raise ValueError("compta cut leaves part of a vintage: %r" % cut)
    return "%s;%s-%s;%s" % (ACCOUNTS[fam], fam, COMPTA_SIZE[measure], cut)

def read_compta(label):
    m = re.fullmatch(r"(70[67]1[0-3]0);([A-Z]{3})-([A-Z0-9]{2,3});(.{1,30})", label)
    if not m:
        raise ValueError("compta form: %r" % label)
    v = re.search(r" ((?:19|20)\d\d)$", m.group(4))
    return SIZE_COMPTA[m.group(3)], (int(v.group(1)) if v else None), m.group(2)

# ---------------------------------------------------------------- chalet
# The Christmas chalet's card reader: free text typed by the staff, lower case.
def read_chalet(label):
    t = label
    if re.search(r"\bmagnum\b|\bmag\b", t):
        meas = "mag"
    elif re.search(r"demi-bouteille|demi bouteille|1/2 bout", t):
        meas = "half"
    elif re.search(r"gobelet 25 ?cl", t) or re.search(r"\bdemi\b", t):
        meas = "gob25" if "gobelet" in t else "demi"
    elif re.search(r"\bpinte\b", t):
        meas = "pinte"
    elif re.search(r"\bverre\b|\bvr\b", t):
        meas = "glass"
    elif re.search(r"\bcoupe\b|\bflute\b|\bflûte\b", t):
        meas = "coupe"
    elif re.search(r"\b4 ?cl\b|\bshot\b", t):
        meas = "d4"
    elif re.search(r"\b2 ?cl\b", t):
        meas = "d2"
    elif re.search(r"\bdose\b", t):
        meas = "dose"
    elif re.search(r"\b50 ?cl\b", t):
        meas = "b50"
    elif re.search(r"\b75 ?cl\b", t):
        meas = "b75"
    elif re.search(r"\b1 ?l\b|\b1 litre\b", t):
        meas = "b100"
    else:
        meas = "btl"
    v = re.search(r"\b((?:19|20)\d\d)\b", t)
    return meas, (int(v.group(1)) if v else None)

def render_chalet(text):
    if text != text.lower():
        raise ValueError("chalet text must be lower case: %r" % text)
    return text
