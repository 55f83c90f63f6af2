"""The three tills' rendering habits and their read-back (vintage, measure)."""
import hashlib
import re

# internal measure code -> (volume in cl or None for a bottle, kind)
#   kind "bottle": the label's bottle size is the entry's format (fixed below)
#   kind "glass":  a pour from the wine's ordinary bottle
#   kind "draught": a pour from the keg
#   kind "dose":   a pour from the spirit's bottle
MEASURES = {
    "btl": (75, "bottle"), "half": (37.5, "bottle"), "mag": (150, "bottle"),
    "b20": (20, "bottle"), "b25": (25, "bottle"), "b33": (33, "bottle"),
    "b37": (37.5, "bottle"), "b50": (50, "bottle"), "b70": (70, "bottle"),
    "b75": (75, "bottle"), "b100": (100, "bottle"),
    "vre": (12.5, "glass"), "vre12": (12, "glass"), "vre15": (15, "glass"),
    "p25": (25, "glass"), "p50": (50, "glass"), "flute": (12.5, "glass"),
    "demi": (25, "draught"), "pinte": (50, "draught"), "k33": (33, "draught"),
    "dose": (4, "dose"), "dose2": (2, "dose"),
    "x": (None, None),
}

def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)

# ---------------------------------------------------------------- brasseur
BR_SIZE = {
    "btl": "75CL", "half": "37,5CL", "mag": "1,5L", "b20": "20CL", "b25": "25CL",
    "b33": "33CL", "b37": "37,5CL", "b50": "50CL", "b70": "70CL", "b75": "75CL",
    "b100": "1L", "vre": "VERRE", "vre12": "VERRE 12CL", "vre15": "VERRE 15CL",
    "p25": "CARAFE 25CL", "p50": "CARAFE 50CL", "flute": "FLUTE",
    "demi": "FUT 25CL", "pinte": "FUT 50CL", "k33": "FUT 33CL", "dose": "4CL", "dose2": "2CL",
}
BR_WIDTH = 20

def render_brasseur(text, measure, vintage, tva):
    body = text + (" %02d" % (vintage % 100) if vintage else "")
    body = body[:BR_WIDTH].rstrip()
    art = 10000 + h("br", text, measure) % 90000
    size = BR_SIZE.get(measure)
    return f"{art} {body} {size} {tva}" if size else f"{art} {body} {tva}"

# ---------------------------------------------------------------- tablette
TB_WORD = {
    "btl": "bouteille", "half": "demi-bouteille", "mag": "magnum", "b20": "20cl",
    "b25": "25cl", "b33": "33cl", "b37": "37,5cl", "b50": "50cl", "b70": "70cl",
    "b75": "75cl", "b100": "1L", "vre": "verre", "vre12": "verre 12cl",
    "vre15": "grand verre 15cl", "p25": "pichet 25cl", "p50": "pichet 50cl",
    "flute": "flûte", "demi": "demi", "pinte": "pinte", "k33": "chope 33cl",
    "dose": "dose", "dose2": "dose 2cl",
}

def render_tablette(text, measure, vintage):
    name = text + (f" {vintage}" if vintage else "")
    w = TB_WORD.get(measure)
    return f"{name}, {w}" if w else name

# ---------------------------------------------------------------- compta
CP_CODE = {
    "btl": "BTL", "half": "1/2", "mag": "MAG", "b20": "20CL", "b25": "25CL", "b33": "33CL",
    "b37": "37,5CL", "b50": "50CL", "b70": "70CL", "b75": "75CL", "b100": "1L",
    "vre": "VRE", "vre12": "VRE12", "vre15": "VRE15", "p25": "PICH25", "p50": "PICH50",
    "flute": "FLUTE", "demi": "DEMI", "pinte": "PINTE", "k33": "FUT33", "dose": "DOSE",
    "dose2": "2CL",
}
CP_WIDTH = 24
ACCOUNTS = {"vin": "70711000", "champagne": "70711000", "bière": "70712000",
            "spiritueux": "70713000", "autre": "70713000", "soft": "70714000",
            "F": "70610000", "S": "70800000"}

def render_compta(text, measure, vintage, account):
    code = CP_CODE.get(measure)
    lib = (code + " " if code else "") + text + (" %02d" % (vintage % 100) if vintage else "")
    lib = lib[:CP_WIDTH].rstrip()
    week = 1 + h("wk", text, measure) % 52
    qty = 1 + h("q", text, measure) % 48
    cents = 250 + 10 * (h("p", text, measure) % 450)
    amount = qty * cents
    return f"S{week:02d};{account};{lib};{qty};{amount // 100},{amount % 100:02d}"

# ---------------------------------------------------------------- read-back
_BR_RE = re.compile(r"^(\d{5}) (.+?)(?: (" + "|".join(
    re.escape(v) for v in sorted(set(BR_SIZE.values()), key=len, reverse=True)) + r"))? ([AB])$")

def parse(connection, label):
    """-> (name_part, measure_code or 'x', vintage or None)"""
    if connection == "brasseur":
        m = _BR_RE.match(label)
        if not m:
            raise ValueError(label)
        body, size = m.group(2), m.group(3)
        inv = {}
        for k, v in BR_SIZE.items():
            inv.setdefault(v, k)
        meas = inv[size] if size else "x"
        toks = body.split()
        vin = 2000 + int(toks[-1]) if re.fullmatch(r"\d\d", toks[-1]) else None
        return body, meas, vin
    if connection == "tablette":
        name, meas = label, "x"
        if ", " in label:
            a, b = label.rsplit(", ", 1)
            inv = {v: k for k, v in TB_WORD.items()}
            if b in inv:
                name, meas = a, inv[b]
        m = re.search(r" ((?:19|20)\d\d)$", name)
        return name, meas, int(m.group(1)) if m else None
    if connection == "compta":
        f = label.split(";")
        lib = f[2]
        toks = lib.split()
        inv = {v: k for k, v in CP_CODE.items()}
        meas = "x"
        if toks[0] in inv:
            meas = inv[toks[0]]
            toks = toks[1:]
        vin = 2000 + int(toks[-1]) if toks and re.fullmatch(r"\d\d", toks[-1]) else None
        return " ".join(toks), meas, vin
    raise ValueError(connection)
