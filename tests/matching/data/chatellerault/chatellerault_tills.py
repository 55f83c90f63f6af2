"""The three tills' habits: how each renders what the staff typed, and how a label is read back.

comptoir  counter register: FAM-NAME [YY] VOLCL, ASCII capitals, never cut, no price.
tablette  waiters' handheld: Measure Name [YYYY], mixed case with accents, cut at 24.
z         printed Z report by article: NAME (18 cols) QTY (3) TOTAL (8, decimal comma).
"""

import hashlib
import re

from chatellerault_rules import HELD, INFO, fmt_txt, ordinary_format

TILLS = ("comptoir", "tablette", "z")

# ---------------------------------------------------------------- measures
POUR_CL = {"glass": None, "coupe": None, "pot": 46, "demi": 25, "pinte": 50, "dose": 4, "dose2": 2}

APERITIFS = {"ricard", "martini_b", "martini_r", "suze", "pineau", "lillet", "sandeman", "aperol"}
FAMILIES = ("ROU", "BLC", "ROS", "BUL", "APE", "ALC", "BIE", "SOF", "COK", "CHD", "CUI", "DES", "DIV")


def family(key):
    d = INFO[key]
    colour, cat = d[6], d[7]
    if key in APERITIFS:
        return "APE"
    if cat in ("vin", "champagne"):
        return {"rouge": "ROU", "blanc": "BLC", "rosé": "ROS", "effervescent": "BUL"}[colour]
    return {"spiritueux": "ALC", "bière": "BIE", "soft": "SOF"}[cat]


def only_format(key):
    fmts = list(HELD[key])
    assert len(fmts) == 1, ("label must give the size", key)
    return fmts[0]


def yy(v):
    return "%02d" % (v % 100)


def parse_year2(tok):
    n = int(tok)
    return 2000 + n if n <= 30 else 1900 + n


# ---------------------------------------------------------------- comptoir
def render_comptoir(c):
    key, meas, text = c["key"], c["meas"], c["text"]
    fam = family(key) if key else c["fam"]
    assert fam in FAMILIES, c
    assert re.fullmatch(r"[A-Z0-9 .'&/]+", text), ("comptoir: ASCII capitals", text)
    vol = {"glass": 12, "coupe": 12, "half": 37.5, "mag": 150}.get(meas, POUR_CL.get(meas) if isinstance(meas, str) else None)
    if meas == "btl":
        vol = ordinary_format(key) if key else 75
    elif isinstance(meas, tuple):
        vol = meas[1]
    elif meas is None and key:
        vol = only_format(key)
    out = fam + "-" + text
    if c["vintage"]:
        out += " " + yy(c["vintage"])
    if vol is not None:
        out += " " + fmt_txt(vol) + "CL"
    return out


def read_comptoir(label, cat):
    m = re.fullmatch(r"([A-Z]{3})-(.+)", label)
    toks = m.group(2).split()
    vol = None
    mv = re.fullmatch(r"(\d+(?:,\d)?)CL", toks[-1])
    if mv:
        vol = float(mv.group(1).replace(",", "."))
        vol = int(vol) if vol == int(vol) else vol
        toks = toks[:-1]
    vintage = parse_year2(toks[-1]) if re.fullmatch(r"\d\d", toks[-1]) and len(toks) > 1 else None
    if vol is None:
        return "only", None, vintage
    if cat == "bière":
        kind = "pour" if vol in (25, 50) else "bottle"
    elif cat in ("vin", "champagne"):
        kind = "bottle" if vol in (37.5, 75, 150) else "pour"
    elif cat == "soft":
        kind = "bottle"
    else:
        kind = "bottle" if vol >= 20 else "pour"
    return kind, vol, vintage


# ---------------------------------------------------------------- tablette
TAB_WORDS = [("1/2 Btle", "bottle", 37.5), ("Btle", "bottle", 75), ("Magnum", "bottle", 150),
             ("Verre", "pour", 12.5), ("Coupe", "pour", 12.5), ("Pot 46cl", "pour", 46),
             ("Demi", "pour", 25), ("Pinte", "pour", 50), ("Dose 2cl", "pour", 2), ("Dose", "pour", 4)]
TAB_MEAS = {"half": "1/2 Btle", "btl": "Btle", "mag": "Magnum", "glass": "Verre", "coupe": "Coupe",
            "pot": "Pot 46cl", "demi": "Demi", "pinte": "Pinte", "dose2": "Dose 2cl", "dose": "Dose"}
TAB_WIDTH = 24


def tab_size(x):
    return "%dL" % (x // 100) if x >= 100 and x % 100 == 0 else fmt_txt(x) + "cl"


def render_tablette(c):
    meas, text = c["meas"], c["text"]
    assert text == text.strip() and "  " not in text
    parts = []
    if isinstance(meas, str):
        parts.append(TAB_MEAS[meas])
    parts.append(text)
    if isinstance(meas, tuple):
        parts.append(tab_size(meas[1]))
    if c["vintage"]:
        parts.append(str(c["vintage"]))
    full = " ".join(parts)
    if len(full) <= TAB_WIDTH:
        return full, False
    assert not isinstance(meas, tuple), ("tablette: the cut would take the size", full)
    cut = full[:TAB_WIDTH]
    assert not (cut[-1].isdigit() and full[TAB_WIDTH].isdigit()), ("cut inside a number", full)
    if full[TAB_WIDTH] != " " and cut[-1] != " ":
        frag = cut.split()[-1]
        assert len(frag) >= 3, ("cut leaves a stub", full)
    return cut.rstrip(), True


def read_tablette(label, cat):
    toks = label.split()
    vintage = int(toks[-1]) if re.fullmatch(r"(19|20)\d\d", toks[-1]) else None
    for word, kind, vol in TAB_WORDS:
        if label.startswith(word + " "):
            return kind, vol, vintage
    m = re.fullmatch(r"(\d+(?:,\d)?)cl|(\d)L", toks[-1])
    if m:
        vol = float(m.group(1).replace(",", ".")) if m.group(1) else 100 * int(m.group(2))
        vol = int(vol) if vol == int(vol) else vol
        return "bottle", vol, vintage
    if cat in ("vin", "champagne"):
        return "bottle", 75, vintage
    return "only", None, vintage


# ---------------------------------------------------------------- z
Z_MEAS = {"half": "1/2", "mag": "MAG", "glass": "VRE", "coupe": "CP", "pot": "POT46",
          "demi": "DEMI", "pinte": "PINTE", "dose": "DOSE", "dose2": "DOSE2"}
Z_CODES = [("1/2", "bottle", 37.5), ("MAG", "bottle", 150), ("VRE", "pour", 12.5), ("CP", "pour", 12.5),
           ("POT46", "pour", 46), ("DEMI", "pour", 25), ("PINTE", "pour", 50), ("DOSE", "pour", 4),
           ("DOSE2", "pour", 2)]
Z_NAME = 18


def z_size(x):
    return "%dL" % (x // 100) if x >= 100 and x % 100 == 0 else fmt_txt(x) + "CL"


def price_cents(name, meas, key, fixed=None):
    h = int(hashlib.sha256(("z|" + name).encode("utf-8")).hexdigest(), 16)
    lo, span = {"btl": (1800, 2800), "half": (1100, 900), "mag": (4000, 4000), "glass": (350, 300),
                "coupe": (650, 400), "pot": (1100, 700), "demi": (300, 150), "pinte": (550, 250),
                "dose": (400, 500), "dose2": (250, 150)}.get(meas if isinstance(meas, str) else "", (250, 350))
    if meas is None and key is None:
        lo, span = (250, 350)
    price = lo + (h % (span // 10 + 1)) * 10
    if fixed:
        price = round(fixed * 100)
    qty = 1 + (h >> 40) % 9
    return qty, price


def render_z(c):
    meas, text, key = c["meas"], c["text"], c["key"]
    assert re.fullmatch(r"[A-Z0-9 .'&/-]+", text), ("z: ASCII capitals", text)
    parts = []
    if isinstance(meas, str) and meas in Z_MEAS:
        parts.append(Z_MEAS[meas])
    parts.append(text)
    if isinstance(meas, tuple):
        parts.append(z_size(meas[1]))
    if c["vintage"]:
        parts.append(yy(c["vintage"]))
    name = " ".join(parts)
    assert len(name) <= Z_NAME, ("z: the article name is 18 columns at most", name)
    qty, price = price_cents(name, meas, key, c.get("price"))
    total = qty * price
    return "%-18s %3d %8s" % (name, qty, "%d,%02d" % (total // 100, total % 100))


def read_z(label, cat):
    name = label[:Z_NAME].rstrip()
    toks = name.split()
    vintage = parse_year2(toks[-1]) if re.fullmatch(r"\d\d", toks[-1]) else None
    for code, kind, vol in Z_CODES:
        if toks[0] == code:
            return kind, vol, vintage
    m = re.fullmatch(r"(\d+(?:,\d)?)CL|(\d)L", toks[-1])
    if m:
        vol = float(m.group(1).replace(",", ".")) if m.group(1) else 100 * int(m.group(2))
        vol = int(vol) if vol == int(vol) else vol
        return "bottle", vol, vintage
    if cat in ("vin", "champagne"):
        return "bottle", 75, vintage
    return "only", None, vintage


def render(till, c):
    if till == "comptoir":
        return render_comptoir(c), False
    if till == "tablette":
        return render_tablette(c)
    return render_z(c), False


def read(till, label, cat):
    return {"comptoir": read_comptoir, "tablette": read_tablette, "z": read_z}[till](label, cat)
