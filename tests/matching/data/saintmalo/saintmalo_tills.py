"""The three tills of Le Comptoir des Corsaires and how each renders a label."""
import hashlib
import re
import unicodedata

COMPTOIR_WIDTH = 18
COMPTOIR_KEYS = {"btl": "BT", "half": "1/2", "mag": "MAG", "g": "VRE", "g12": "V12",
                 "g15": "V15", "cp": "CP", "p25": "P25", "p50": "P50", "bolee": "BOLEE",
                 "dose": "DOSE", "d2": "2CL", "demi": "DEMI", "pinte": "PINTE"}
TERRASSE_MEAS = {"btl": "Bouteille/Bottle", "half": "Demi-bouteille/Half bottle",
                 "mag": "Magnum", "g": "Verre/Glass", "g12": "Verre/Glass 12cl",
                 "g15": "Verre/Glass 15cl", "cp": "Coupe", "p25": "Pichet/Jug 25cl",
                 "p50": "Pichet/Jug 50cl", "bolee": "Bolée/Cider bowl 25cl",
                 "dose": "Dose/Shot 4cl", "d2": "Dose/Shot 2cl",
                 "demi": "Demi/Half-pint 25cl", "pinte": "Pinte/Pint 50cl"}
EXPORT_CONT = {"half": "37,5CL", "mag": "150CL", "g": "12,5CL", "g12": "12CL",
               "g15": "15CL", "cp": "12,5CL", "p25": "25CL", "p50": "50CL",
               "bolee": "25CL", "dose": "4CL", "d2": "2CL", "demi": "25CL", "pinte": "50CL"}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = re.sub(r"[’'\-\.,«»()]", " ", s)
    return re.sub(r"\s+", " ", s).strip().upper()


def fmt_cl(x):
    return (f"{x:g}".replace(".", ",")) + "CL"


# ---- comptoir: the counter's old register ------------------------------------
def render_comptoir(drink, meas, vintage, text):
    parts = []
    size = ""
    if meas:
        if meas == "btl":
            if drink is None or drink[7] in ("vin", "champagne"):
                parts.append("BT")
        elif meas.startswith("b") and meas[1:].isdigit():
            size = meas[1:] + "CL"
        else:
            parts.append(COMPTOIR_KEYS[meas])
    parts.append(text)
    if size:
        parts.append(size)
    if vintage:
        parts.append(f"{vintage % 100:02d}")
    full = ascii_upper(" ".join(parts))
    return full[:COMPTOIR_WIDTH].rstrip()


def vintage_comptoir(label):
    last = label.split()[-1]
    if re.fullmatch(r"\d\d", last):
        n = int(last)
        return 2000 + n if n <= 30 else 1900 + n
    return None


# ---- terrasse: the terrace tablets, bilingual menu ---------------------------
def render_terrasse(drink, meas, vintage, text):
    name = text + (f" {vintage}" if vintage else "")
    if not meas:
        return name
    if meas.startswith("b") and meas[1:].isdigit():
        m = f"Bouteille/Bottle {meas[1:]}cl"
    else:
        m = TERRASSE_MEAS[meas]
    return f"{name} — {m}"


def vintage_terrasse(label):
    name = label.split(" — ")[0]
    last = name.split()[-1]
    if re.fullmatch(r"(19|20)\d\d", last):
        return int(last)
    return None


# ---- export: the back office's nightly CSV ----------------------------------
def family(drink, meas):
    cat, col = drink[7], drink[6]
    if cat == "vin":
        if col == "effervescent":
            return "BULLES"
        return {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "rosé": "VINS ROSES",
                "liquoreux": "VINS BLANCS"}[col]
    if cat == "champagne":
        return "BULLES"
    if cat == "bière":
        return "BIERES PRESSION" if meas in ("demi", "pinte") else "BIERES BOUTEILLE"
    if cat == "spiritueux":
        return "SPIRITUEUX"
    if cat == "soft":
        return "SOFTS"
    if drink[0] in ("vdr_brut", "vdr_doux", "kinkiz", "sassy"):
        return "CIDRES"
    return "APERITIFS"


def render_export(drink, meas, vintage, text, fam=None, fmt=None):
    fam = fam or family(drink, meas)
    lib = ascii_upper(text)
    plu = int(hashlib.sha256(f"{fam};{lib}".encode()).hexdigest(), 16) % 9000 + 1000
    if not meas:
        cont = ""
    elif meas in EXPORT_CONT:
        cont = EXPORT_CONT[meas]
    elif meas.startswith("b") and meas[1:].isdigit():
        cont = meas[1:] + "CL"
    else:  # btl: the bottle's own format
        cont = fmt_cl(fmt)
    return f"{plu};{fam};{lib};{vintage or ''};{cont}"


def vintage_export(label):
    mill = label.split(";")[3]
    return int(mill) if mill else None


RENDER = {"comptoir": render_comptoir, "terrasse": render_terrasse, "export": render_export}
VINTAGE = {"comptoir": vintage_comptoir, "terrasse": vintage_terrasse, "export": vintage_export}
