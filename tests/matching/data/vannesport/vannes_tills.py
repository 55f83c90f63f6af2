"""The three tills' rendering habits, and each till's reading of measure and vintage
back from the rendered label (the answer is computed from what the label says)."""
import hashlib
import re

# ---- caisse: the counter's old cash register --------------------------------------
CAISSE_WIDTH = 20          # department + name + vintage, cut here (mid-word)
CAISSE_CODES = {
    "BT": ("btl", None), "B25": ("btl", 25), "B33": ("btl", 33), "B50": ("btl", 50),
    "B70": ("btl", 70), "B1L": ("btl", 100), "B1L5": ("btl", 150), "DB": ("btl", 37.5),
    "MG": ("btl", 150), "VR": ("pour", 12.5), "V14": ("pour", 14), "BOL": ("pour", 25),
    "P25": ("pour", 25), "P50": ("pour", 50), "DM": ("pour", 25), "PT": ("pour", 50),
    "CP": ("pour", 12.5), "DS": ("pour", 4), "2CL": ("pour", 2), "4CL": ("pour", 4),
}
CAISSE_DEPTS = ("CID", "APE", "VBL", "VRG", "VRS", "BUL", "BIE", "ALC", "SFT",
                "GAL", "CRP", "CHD", "GLA", "DIV")


def render_caisse(text, code, vintage):
    name = text.upper()
    assert re.fullmatch(r"[A-Z]{3}\.[A-Z0-9 ./'&-]+", name), name
    if vintage is not None:
        name += " %02d" % (vintage % 100)
    cut = name[:CAISSE_WIDTH].rstrip()
    if vintage is not None and not cut.endswith(" %02d" % (vintage % 100)):
        # the cut took the vintage: it must take it whole
        if re.search(r"\d$", cut) and not re.search(r"[A-Z]\d+$", cut):
            raise ValueError("caisse cut leaves part of the vintage: %r" % cut)
    if vintage is None and re.search(r" \d\d$", cut):
        raise ValueError("caisse label ends in a two-digit word: %r" % cut)
    return cut + ("*" + code if code else "")


def read_caisse(label):
    name, _, code = label.partition("*")
    m = re.search(r" (\d\d)$", name)
    return (CAISSE_CODES[code] if code else None), (2000 + int(m.group(1)) if m else None)


# ---- tablette: the seasonal waiters' tablet ---------------------------------------
TAB_MODS = {
    "Bouteille": ("btl", None), "Bouteille 25 cl": ("btl", 25), "Bouteille 33 cl": ("btl", 33),
    "Bouteille 50 cl": ("btl", 50), "Bouteille 70 cl": ("btl", 70), "Bouteille 1 L": ("btl", 100),
    "Bouteille 1,5 L": ("btl", 150), "Demi-bouteille": ("btl", 37.5), "Magnum": ("btl", 150),
    "Verre": ("pour", 12.5), "Verre 14 cl": ("pour", 14), "Bolée": ("pour", 25),
    "Pichet 25 cl": ("pour", 25), "Pichet 50 cl": ("pour", 50), "Demi": ("pour", 25),
    "Pinte": ("pour", 50), "Dose": ("pour", 4), "Dose 2 cl": ("pour", 2),
}
LIBRE_WORDS = [  # longest first
    ("1/2 btl", ("btl", 37.5)), ("btl 33", ("btl", 33)), ("btl 1l", ("btl", 100)),
    ("pichet 25", ("pour", 25)), ("pichet 50", ("pour", 50)), ("verre", ("pour", 12.5)),
    ("bolee", ("pour", 25)), ("demi", ("pour", 25)), ("pinte", ("pour", 50)),
    ("shot", ("pour", 4)), ("btl", ("btl", None)), ("mag", ("btl", 150)),
]


def price(label_core, measure):
    h = int(hashlib.sha256(label_core.encode()).hexdigest(), 16)
    if measure is None:
        lo, steps = 2.5, 20
    elif measure[0] == "pour":
        lo, steps = 3.0, 12
    else:
        lo, steps = 18.0, 50
    p = lo + 0.5 * (h % steps)
    if measure and measure[0] == "btl" and measure[1]:
        p = round(p * measure[1] / 75 * 2) / 2.0
    return ("%.2f" % p).replace(".", ",")


def render_tablette(text, mod, vintage):
    if text.startswith("libre:"):
        body = text[len("libre:"):].strip()
        if mod:
            assert mod in dict(LIBRE_WORDS), mod
            body = mod + " " + body
        if vintage is not None:
            body += " %02d" % (vintage % 100)
        core = "Libre: " + body
        meas = dict(LIBRE_WORDS).get(mod)
    else:
        core = text + (" %d" % vintage if vintage is not None else "")
        if mod:
            assert mod in TAB_MODS, mod
            core += " (%s)" % mod
        meas = TAB_MODS.get(mod)
    return "%s %s €" % (core, price(core, meas))


def read_tablette(label):
    core = re.sub(r" \d+,\d\d €$", "", label)
    if core.startswith("Libre: "):
        body = core[len("Libre: "):]
        meas = None
        for w, m in LIBRE_WORDS:
            if body == w or body.startswith(w + " "):
                meas = m
                break
        v = re.search(r" (\d\d)$", body)
        return meas, (2000 + int(v.group(1)) if v else None)
    m = re.search(r" \(([^()]+)\)$", core)
    meas = TAB_MODS[m.group(1)] if m else None
    name = core[:m.start()] if m else core
    v = re.search(r" ((?:19|20)\d\d)$", name)
    return meas, (int(v.group(1)) if v else None)


# ---- compta: the stock tool's monthly export of sales ------------------------------
COMPTA_WIDTH = 28
COMPTA_UNITS = {
    "BTE 0,25 L": ("btl", 25), "BTE 0,33 L": ("btl", 33), "BTE 0,375 L": ("btl", 37.5),
    "BTE 0,5 L": ("btl", 50), "BTE 0,7 L": ("btl", 70), "BTE 0,75 L": ("btl", 75),
    "BTE 1 L": ("btl", 100), "BTE 1,5 L": ("btl", 150),
    "SERV 2 CL": ("pour", 2), "SERV 4 CL": ("pour", 4), "SERV 12,5 CL": ("pour", 12.5),
    "SERV 14 CL": ("pour", 14), "SERV 25 CL": ("pour", 25), "SERV 50 CL": ("pour", 50),
}


def render_compta(text, unit, vintage):
    des = text.upper()
    assert re.fullmatch(r"[A-Z0-9 ().,'&/-]+", des), des
    ref = "ART%04d" % (int(hashlib.sha256(des.encode()).hexdigest(), 16) % 10000)
    assert unit is None or unit in COMPTA_UNITS, unit
    return "%s;%s;%s;%s" % (ref, des[:COMPTA_WIDTH].rstrip(), unit or "UNITE",
                            vintage if vintage is not None else "")


def read_compta(label):
    ref, des, unit, mill = label.split(";")
    return COMPTA_UNITS.get(unit), (int(mill) if mill else None)


RENDER = {"caisse": render_caisse, "tablette": render_tablette, "compta": render_compta}
READ = {"caisse": read_caisse, "tablette": read_tablette, "compta": read_compta}
