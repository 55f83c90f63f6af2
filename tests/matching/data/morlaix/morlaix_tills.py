"""The three tills of the Viaduc: how each prints a sale, and how a printed label is read back.

Measures (what was rung up): B bottle in the drink's ordinary format; B25/B33/B50/B70/B75/B100
a bottle of that size; B37 half bottle; MAG magnum; V glass (12.5 cl); V12/V15 glass of that
volume; P25/P50 pichet; BOL bolee of 25 cl; D dose 4 cl; D2 dose 2 cl; DEMI/PINTE draught
25/50 cl; U a unit (food, service, coffee).
"""
import hashlib
import re
import unicodedata

MEASURES = {
    "B": ("bottle", None), "B25": ("bottle", 25), "B33": ("bottle", 33), "B50": ("bottle", 50),
    "B70": ("bottle", 70), "B75": ("bottle", 75), "B100": ("bottle", 100), "B37": ("bottle", 37.5),
    "MAG": ("bottle", 150),
    "V": ("pour", 12.5), "V12": ("pour", 12), "V15": ("pour", 15), "P25": ("pour", 25),
    "P50": ("pour", 50), "BOL": ("pour", 25), "D": ("pour", 4), "D2": ("pour", 2),
    "DEMI": ("draught", 25), "PINTE": ("draught", 50), "U": ("unit", None),
}

# caisse: capitals with accents, measure word(s) at the END, vintage in four digits before it
CAISSE_M = {"B": "BTL", "B25": "25CL", "B33": "33CL", "B50": "50CL", "B70": "70CL", "B75": "75CL",
            "B100": "1L", "B37": "1/2 BTL", "MAG": "MAGNUM", "V": "VERRE", "V12": "VERRE 12CL",
            "V15": "VERRE 15CL", "P25": "PICHET 25CL", "P50": "PICHET 50CL", "BOL": "BOLÉE 25CL",
            "D": "DOSE", "D2": "DOSE 2CL", "DEMI": "DEMI", "PINTE": "PINTE", "U": ""}
# pda: lower-case ASCII, short measure code FIRST, two-digit vintage last, 20 columns
PDA_M = {"B": "bt", "B25": "bt25", "B33": "bt33", "B50": "bt50", "B70": "bt70", "B75": "bt75",
         "B100": "bt1l", "B37": "1/2", "MAG": "mag", "V": "vr", "V12": "vr12", "V15": "vr15",
         "P25": "p25", "P50": "p50", "BOL": "bol25", "D": "dose", "D2": "dose2", "DEMI": "demi",
         "PINTE": "pinte", "U": ""}
PDA_WIDTH = 20
# export: compte;article;designation;conditionnement
EXPORT_M = {"B37": "Demi-bouteille 37,5 cl", "MAG": "Magnum 150 cl", "V": "Verre",
            "V12": "Verre 12 cl", "V15": "Verre 15 cl", "P25": "Pichet 25 cl", "P50": "Pichet 50 cl",
            "BOL": "Bolée 25 cl", "D": "Dose 4 cl", "D2": "Dose 2 cl",
            "DEMI": "Demi pression 25 cl", "PINTE": "Pinte pression 50 cl", "U": "Unité"}
ACCOUNTS = {"alc": "707100", "soft": "707200", "food": "707300", "serv": "706000"}


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def fmt_cl(x):
    return str(int(x)) if float(x).is_integer() else str(x).replace(".", ",")


def render_caisse(text, measure, vintage):
    parts = [text.upper().replace("Œ", "OE")]
    if vintage:
        parts.append(str(vintage))
    if CAISSE_M[measure]:
        parts.append(CAISSE_M[measure])
    return " ".join(parts)


def render_pda(text, measure, vintage):
    t = ascii_fold(text).lower().replace("'", " ").replace("-", " ")
    t = re.sub(r"[^a-z0-9/. ]", "", t)
    parts = [PDA_M[measure]] if PDA_M[measure] else []
    parts.append(t)
    if vintage:
        parts.append("%02d" % (vintage % 100))
    line = re.sub(r" +", " ", " ".join(parts)).strip()
    return line[:PDA_WIDTH].rstrip()


def export_cond(measure, ordinary_cl):
    kind, size = MEASURES[measure]
    if measure in EXPORT_M:
        return EXPORT_M[measure]
    size = size if size is not None else ordinary_cl
    return "Bouteille %s cl" % fmt_cl(size)


def render_export(text, measure, vintage, family, ordinary_cl):
    des = text + (" %d" % vintage if vintage else "")
    art = int(hashlib.sha256(("%s|%s" % (text, measure)).encode()).hexdigest(), 16) % 90000 + 10000
    return "%s;%05d;%s;%s" % (ACCOUNTS[family], art, des, export_cond(measure, ordinary_cl))


def render(till, text, measure, vintage, family, ordinary_cl):
    if till == "caisse":
        return render_caisse(text, measure, vintage)
    if till == "pda":
        return render_pda(text, measure, vintage)
    return render_export(text, measure, vintage, family, ordinary_cl)


# ---- reading a printed label back -------------------------------------------------------
def read_caisse(label):
    """-> (measure_code, vintage) from a caisse label."""
    meas = "U"
    body = label
    for code, word in sorted(CAISSE_M.items(), key=lambda kv: -len(kv[1])):
        if word and (label.endswith(" " + word)):
            meas, body = code, label[: -len(word) - 1]
            break
    m = re.search(r" ((?:19|20)\d\d)$", body)
    return meas, (int(m.group(1)) if m else None)


def read_pda(label):
    first = label.split(" ", 1)[0]
    meas = "U"
    for code, word in PDA_M.items():
        if word and first == word:
            meas = code
    m = re.search(r" (\d\d)$", label)
    return meas, (2000 + int(m.group(1)) if m else None)


def read_export(label):
    cols = label.split(";")
    cond = cols[3]
    meas = None
    for code, word in EXPORT_M.items():
        if cond == word:
            meas = code
    if meas is None:
        m = re.fullmatch(r"Bouteille (\d+(?:,\d)?) cl", cond)
        meas = ("B%s" % m.group(1)) if m else None  # explicit size, resolved by the caller
    m = re.search(r" ((?:19|20)\d\d)$", cols[2])
    return meas, (int(m.group(1)) if m else None)


def read(till, label):
    return {"caisse": read_caisse, "pda": read_pda, "export": read_export}[till](label)
