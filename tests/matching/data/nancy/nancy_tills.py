"""The three tills' rendering habits and the vintage read back from a printed label."""
import hashlib
import re
import unicodedata

CONNECTIONS = ("comptoir", "tablette", "export")
COMPTOIR_WIDTH = 20
EXPORT_DESC_WIDTH = 16

# comptoir family for a drink of the library
def family(colour, category, formats):
    if category == "champagne" or colour == "effervescent":
        return "BUL"
    if category == "vin" and colour == "rosé" and formats and "Crémant" in formats:
        return "BUL"
    if category == "vin":
        return {"rouge": "RGE", "blanc": "BLC", "liquoreux": "BLC", "rosé": "RSE"}[colour]
    if category == "bière":
        return "PRS" if min(formats) >= 1000 else "BRE"
    if category == "spiritueux":
        return "EDV"
    if category == "autre":
        return "APE"
    return "SFT"

COMPTOIR_MEAS = {"B": "", "H": "1/2", "M": "MAG", "G": "VRE", "CP": "CP", "P50": "PCH50",
                 "P25": "PCH25", "D": "DOSE", "D2": "2CL", "DM": "DEMI", "PT": "PINTE",
                 "S25": "25CL", "S33": "33CL", "S50": "50CL", "S75": "75CL", "S100": "1L",
                 "U": ""}
TABLETTE_MEAS = {"H": "Demi-btl", "M": "Magnum", "G": "Verre", "CP": "Coupe",
                 "P50": "Pichet 50cl", "P25": "Pichet 25cl", "D": "Dose", "D2": "2cl",
                 "DM": "Demi", "PT": "Pinte", "S25": "25cl", "S33": "33cl", "S50": "50cl",
                 "S75": "75cl", "S100": "1L", "U": ""}
EXPORT_MEAS = {"B": "BTL", "H": "37,5CL", "M": "150CL", "G": "VERRE", "CP": "COUPE",
               "P50": "PICHET50", "P25": "PICHET25", "D": "DOSE4", "D2": "DOSE2",
               "DM": "DEMI25", "PT": "PINTE50", "S25": "25CL", "S33": "33CL", "S50": "50CL",
               "S75": "75CL", "S100": "100CL", "U": "UNITE"}
BASE_PRICE = {"B": 26, "H": 15, "M": 55, "G": 4.5, "CP": 9, "P50": 14, "P25": 8, "D": 6,
              "D2": 3, "DM": 3.2, "PT": 6.4, "S25": 3.8, "S33": 4.2, "S50": 3.5,
              "S75": 12, "S100": 5.5, "U": 3}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", " ").replace("’", " ").replace("œ", "OE").replace("Œ", "OE")
    return re.sub(r" +", " ", s.upper()).strip()


def _h(text):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16)


BOTTLE_BASE = {"EDV": 55, "APE": 22, "BRE": 4.5, "PRS": 4.5, "SFT": 3.8}


def price(measure, text, fam=""):
    base = BASE_PRICE[measure]
    if measure == "B" and fam in BOTTLE_BASE:
        base = BOTTLE_BASE[fam]
    cents = int(base * 100) + (_h(text) % 6) * (50 if base >= 10 else 10)
    return f"{cents // 100},{cents % 100:02d}"


def cut_guard(full, width, vint_str, drop_words=False):
    """Cut at the width, refusing a cut that loses a whole word (the vintage aside), splits
    a number other than the vintage, or leaves fewer than three characters of a word."""
    if len(full) <= width:
        return full
    kept = full[:width].rstrip()
    body = full[:-len(vint_str) - 1] if vint_str and full.endswith(" " + vint_str) else full
    if len(kept) >= len(body):
        return kept  # only the vintage (whole or in part) is lost
    bw, kw = body.split(" "), kept.split(" ")
    if len(kw) != len(bw) and not drop_words:
        raise ValueError(f"cut loses a word: {full!r} -> {kept!r}")
    last = kw[-1].split(":")[-1]
    cutw = bw[len(kw) - 1]
    if kw[-1] != cutw and ((len(last) < 3 and not drop_words) or any(ch.isdigit() for ch in cutw)):
        raise ValueError(f"bad cut: {full!r} -> {kept!r}")
    return kept


def render(conn, fam, measure, vintage, text, article_seed):
    """Returns the printed label."""
    if conn == "comptoir":
        m = COMPTOIR_MEAS[measure]
        vs = f"{vintage % 100:02d}" if vintage else ""
        full = f"{fam}:" + " ".join(p for p in (m, ascii_upper(text), vs) if p)
        return cut_guard(full, COMPTOIR_WIDTH, vs)
    if conn == "tablette":
        m = TABLETTE_MEAS.get(measure, "")
        if measure == "B":
            m = "Btl" if fam in ("RGE", "BLC", "RSE", "BUL") else ""
        core = " ".join(p for p in (m, text, str(vintage) if vintage else "") if p)
        return f"{core} - {price(measure, core, fam)}€"
    if conn == "export":
        desc = ascii_upper(text)
        if len(desc) > EXPORT_DESC_WIDTH:
            desc = cut_guard(desc, EXPORT_DESC_WIDTH, "", drop_words=True)
        art = 1000 + _h(article_seed + "|" + text + "|" + measure) % 9000
        unit = EXPORT_MEAS[measure]
        core = f"A{art}|{desc}|{unit}|{vintage or ''}"
        return f"{core}|{price(measure, core, fam)}"
    raise ValueError(conn)


WINE_FAMS = ("RGE", "BLC", "RSE", "BUL")


def read_vintage(conn, label):
    """The vintage as printed (None when the label shows none)."""
    if conn == "comptoir":
        fam = label.split(":", 1)[0]
        m = re.search(r" (\d{2})$", label)
        if fam in WINE_FAMS and m:
            return 2000 + int(m.group(1))
        return None
    if conn == "tablette":
        core = label.rsplit(" - ", 1)[0]
        m = re.search(r" ((?:19|20)\d{2})$", core)
        return int(m.group(1)) if m else None
    if conn == "export":
        f = label.split("|")
        return int(f[3]) if f[3] else None
    raise ValueError(conn)
