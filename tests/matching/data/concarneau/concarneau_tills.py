"""The three tills of "Le Thonier Bleu" and how each one writes a sale.

A case gives: a measure code, the vintage typed (or None), the family (see FAMILIES) and the
text the staff typed on that till.  `render(till, ...)` gives the label the till sends;
`read_back(till, label)` gives (measure code, vintage) read from a rendered label.

Measure codes: B bottle (no size word), H half bottle, M magnum, C<cl> a bottle of that size
(C100 = 1 l), G glass (12.5 cl), G15 glass of 15 cl, P25 / P50 pichets, CP coupe, D dose
(4 cl), D2 dose of 2 cl, DE demi (25 cl of draught), PI pinte (50 cl of draught), '' nothing
(food, coffee, services).
"""
import hashlib
import re
import unicodedata

# family code -> (salle family word, export family code)
FAMILIES = {
    "b": ("BLANCS", "VB"), "r": ("ROUGES", "VR"), "rs": ("ROSÉS", "VRS"),
    "d": ("MOELLEUX", "VL"), "bul": ("BULLES", "CHP"), "bp": ("PRESSION", "BP"),
    "bb": ("BIÈRES", "BB"), "cid": ("CIDRES", "CID"), "ape": ("APÉRITIFS", "APE"),
    "whi": ("WHISKIES", "WHI"), "rhu": ("RHUMS", "RHU"), "dig": ("DIGESTIFS", "ALC"),
    "sof": ("SOFTS", "SOF"), "eau": ("EAUX", "EAU"), "coc": ("COCKTAILS", "COC"),
    "cui": ("CUISINE", "CUI"), "des": ("DESSERTS", "DES"), "caf": ("CAFÉS", "CAF"),
    "div": ("DIVERS", "DIV"),
}

SIZES = {33: "33", 25: "25", 20: "20", 50: "50", 70: "70", 75: "75", 100: "1L"}

CAISSE_WIDTH = 14  # the register's PLU descriptor
CAISSE_MEASURE = {"B": "", "H": "1/2", "M": "MAG", "G": "VRE", "G15": "V15", "P25": "P25",
                  "P50": "P50", "CP": "CP", "D": "DOSE", "D2": "2CL", "DE": "DEMI",
                  "PI": "PINT", "": ""}
SALLE_MEASURE = {"B": "Btl", "H": "1/2 Btl", "M": "Mag", "G": "Verre", "G15": "Verre 15cl",
                 "P25": "Pichet 25cl", "P50": "Pichet 50cl", "CP": "Coupe", "D": "Dose",
                 "D2": "Dose 2cl", "DE": "Demi", "PI": "Pinte"}
EXPORT_MEASURE = {"B": "75CL", "H": "37,5CL", "M": "150CL", "G": "VERRE",
                  "G15": "VERRE 15CL", "P25": "PICHET 25CL", "P50": "PICHET 50CL",
                  "CP": "COUPE", "D": "DOSE 4CL", "D2": "DOSE 2CL", "DE": "DEMI 25CL",
                  "PI": "PINTE 50CL", "": "UNITE"}


def size_word(code, till):
    cl = int(code[1:])
    if till == "caisse":
        return "1L" if cl == 100 else f"{cl}CL"
    if till == "salle":
        return "1L" if cl == 100 else f"{cl}cl"
    return f"{cl}CL"


def measure_word(code, till):
    if re.fullmatch(r"C\d+", code):
        return size_word(code, till)
    return {"caisse": CAISSE_MEASURE, "salle": SALLE_MEASURE, "export": EXPORT_MEASURE}[till][code]


def ascii_upper(text, apostrophe=""):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("'", apostrophe).replace("’", apostrophe)
    return re.sub(r"\s+", " ", text.upper()).strip()


def _h(*parts):
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest(), 16)


# (lowest price in cents, number of 50-cent steps) by measure; sizes and non-drinks below
PRICE_BAND = {"G": (450, 6), "G15": (550, 6), "P25": (750, 6), "P50": (1400, 8),
              "CP": (900, 6), "D": (550, 8), "D2": (350, 4), "DE": (350, 5), "PI": (650, 5),
              "B": (2400, 30), "H": (1600, 10), "M": (5200, 40)}
OTHER_BAND = {"caf": (200, 5), "cui": (900, 30), "des": (650, 6), "div": (100, 10),
              "sof": (250, 5), "coc": (800, 6)}


def price_cents(code, text, family):
    """The till's selling price: a band by measure, the step from a hash (no randomness)."""
    if re.fullmatch(r"C\d+", code):
        cl = int(code[1:])
        base, steps = (350, 5) if cl < 70 else (500, 5) if cl == 100 else (2400, 20)
    elif code:
        base, steps = PRICE_BAND[code]
    else:
        base, steps = OTHER_BAND.get(family, (300, 6))
    return base + (_h("price", code, text) % steps) * 50


def money(cents):
    return f"{cents // 100},{cents % 100:02d}"


def render(till, code, vintage, family, text):
    if till == "caisse":
        # old electronic register: measure key first, the owner's short name in capitals,
        # two-digit vintage, the whole cut at 14 columns; the journal prints the price in a
        # 7-column field after the descriptor.
        words = [measure_word(code, till), ascii_upper(text).replace("-", " ")]
        if vintage:
            words.append(f"{vintage % 100:02d}")
        desc = " ".join(w for w in words if w)[:CAISSE_WIDTH].rstrip()
        return desc.ljust(CAISSE_WIDTH) + money(price_cents(code, text, family)).rjust(7)
    if till == "salle":
        # dining-room tablet: FAMILY / Product as typed, four-digit vintage / measure
        product = text + (f" {vintage}" if vintage else "")
        parts = [FAMILIES[family][0], product]
        if code:
            parts.append(measure_word(code, till))
        return " / ".join(parts)
    if till == "export":
        # terrace till's monthly article export: PLU;FAM/LIBELLE;QTY;TURNOVER
        lib = ascii_upper(text, " ")
        if vintage:
            lib += f" {vintage}"
        lib += " " + measure_word(code, till)
        lib = f"{FAMILIES[family][1]}/{lib}"
        plu = 1000 + _h("plu", lib) % 9000
        qty = 1 + _h("qty", lib) % 38
        ca = qty * price_cents(code, text, family)
        return f"{plu};{lib};{qty};{money(ca)}"
    raise ValueError(till)


# ---------------------------------------------------------------- reading a label back
CAISSE_WORDS = {v: k for k, v in CAISSE_MEASURE.items() if v}
SALLE_WORDS = {v: k for k, v in SALLE_MEASURE.items()}
# every export bottle carries its size: 75CL reads as a 75 cl bottle (C75), never as
# "the drink's ordinary bottle"
EXPORT_WORDS = {v: k for k, v in EXPORT_MEASURE.items() if k != "B"}


def _size_code(word):
    m = re.fullmatch(r"(\d+)(CL|cl)", word)
    if m:
        return "C" + m.group(1)
    if word in ("1L",):
        return "C100"
    return None


def read_back(till, label):
    if till == "caisse":
        desc = label[:CAISSE_WIDTH].rstrip()
        toks = desc.split()
        code = CAISSE_WORDS.get(toks[0]) or _size_code(toks[0]) or "B"
        vintage = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            vintage = 2000 + yy if yy <= 30 else 1900 + yy
        return code, vintage
    if till == "salle":
        parts = label.split(" / ")
        code = ""
        if len(parts) == 3:
            code = SALLE_WORDS.get(parts[2]) or _size_code(parts[2])
        m = re.search(r" ((?:19|20)\d\d)$", parts[1])
        return code, int(m.group(1)) if m else None
    if till == "export":
        lib = label.split(";")[1]
        for word in sorted(EXPORT_WORDS, key=len, reverse=True):
            if lib.endswith(" " + word):
                code, rest = EXPORT_WORDS[word], lib[: -len(word) - 1]
                break
        else:
            m = re.search(r" (\d+)CL$", lib)
            code, rest = "C" + m.group(1), lib[: m.start()]
        m = re.search(r" ((?:19|20)\d\d)$", rest)
        return code, int(m.group(1)) if m else None
    raise ValueError(till)
