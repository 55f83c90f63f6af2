"""The three tills of the Brasserie du Marchix and how each one writes a sale.

Measures used in the case modules:
  B  bottle (the ordinary bottle)      U  sold as is, no measure word (a soft, a bottled beer)
  H  half bottle 37.5 cl               M  magnum 150 cl            C<n>  a bottle of n cl
  G  glass (12.5 cl)                   CP coupe (12.5 cl)          P25 / P50  pichet
  D  dose 4 cl    D2 dose 2 cl   D6 dose 6 cl                      DE demi  PI pinte (draught)
  N  not a drink measure (food, coffee, services)
Read back, a measure is (kind, volume): ('btl', cl or None), ('glass', 12.5), ('pichet', cl),
('dose', cl), ('demi', 25), ('pinte', 50), ('none', None).
"""
import hashlib
import re
import unicodedata

TILLS = ("zinc", "salle", "export")


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", "").replace("’", "").replace("-", " ").replace("!", "")
    return re.sub(r"\s+", " ", s).upper().strip()


def fmt_cl(v):
    return ("%g" % v)


def measure_of(code):
    if code in ("B", "U"):
        return ("btl", None)
    if code == "H":
        return ("btl", 37.5)
    if code == "M":
        return ("btl", 150)
    if re.fullmatch(r"C\d+(\.\d+)?", code):
        return ("btl", float(code[1:]) if "." in code else int(code[1:]))
    return {"G": ("glass", 12.5), "CP": ("glass", 12.5), "P25": ("pichet", 25),
            "P50": ("pichet", 50), "D": ("dose", 4), "D2": ("dose", 2), "D6": ("dose", 6),
            "DE": ("demi", 25), "PI": ("pinte", 50), "N": ("none", None)}[code]


def is_volume(code):
    return re.fullmatch(r"C\d+(\.\d+)?", code) is not None


def h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


# ---------------------------------------------------------------- zinc: the bar register
ZINC_WIDTH = 16
ZINC_PREFIX = {"G": "VRE", "CP": "COUPE", "P25": "PICH25", "P50": "PICH50", "D": "4CL",
               "D2": "2CL", "D6": "6CL", "DE": "DEMI", "PI": "PINTE", "H": "1/2", "M": "MAG",
               "B": "BTL"}


def render_zinc(code, vintage, text):
    parts = []
    if code in ZINC_PREFIX:
        parts.append(ZINC_PREFIX[code])
    parts.append(ascii_upper(text))
    if vintage:
        parts.append("%02d" % (vintage % 100))
    if is_volume(code):
        v = measure_of(code)[1]
        parts.append("1L" if v == 100 else fmt_cl(v) + "CL")
    return " ".join(parts)[:ZINC_WIDTH].rstrip()


ZINC_READ = {v: k for k, v in ZINC_PREFIX.items()}


def read_zinc(label):
    toks = label.split(" ")
    code = ZINC_READ.get(toks[0])
    m = re.fullmatch(r"(\d+(?:\.\d+)?)CL|(\d+)L", toks[-1])
    if code:
        meas = measure_of(code)
    elif m:
        meas = ("btl", float(m.group(1)) if m.group(1) and "." in m.group(1)
                else int(m.group(1) or m.group(2)) * (1 if m.group(1) else 100))
    else:
        meas = ("btl", None)
    vint = None
    if re.fullmatch(r"\d\d", toks[-1]) and int(toks[-1]) <= 29 and len(toks) > 1:
        vint = 2000 + int(toks[-1])
    return vint, meas


# ---------------------------------------------------------------- salle: the waiters' tablet
SALLE_VARIANT = {"B": "Bouteille", "H": "1/2 bouteille", "M": "Magnum", "G": "Verre",
                 "CP": "Coupe", "P25": "Pichet 25cl", "P50": "Pichet 50cl", "D": "4cl",
                 "D2": "2cl", "D6": "6cl", "DE": "Demi", "PI": "Pinte"}


def render_salle(code, vintage, text):
    s = text
    if vintage:
        s += " %d" % vintage
    if is_volume(code):
        v = measure_of(code)[1]
        s += " " + ("1L" if v == 100 else fmt_cl(v).replace(".", ",") + "cl")
    if code in SALLE_VARIANT:
        s += " - " + SALLE_VARIANT[code]
    return s


SALLE_READ = {v: k for k, v in SALLE_VARIANT.items()}


def read_salle(label):
    head, sep, tail = label.rpartition(" - ")
    if sep and tail in SALLE_READ:
        meas, name = measure_of(SALLE_READ[tail]), head
    else:
        name = label
        m = re.search(r" (\d+(?:,\d+)?)cl$| (\d+)L$", label)
        if m:
            meas = ("btl", float(m.group(1).replace(",", ".")) if m.group(1) and "," in m.group(1)
                    else int(m.group(1) or m.group(2)) * (1 if m.group(1) else 100))
        else:
            meas = ("btl", None)
    ys = re.findall(r"\b(?:19|20)\d\d\b", name)
    return (int(ys[-1]) if ys else None), meas


# ---------------------------------------------------------------- export: the PC till's CSV
EXPORT_WIDTH = 24
FAMILY_DIGIT = {"RG": 1, "BL": 2, "RS": 3, "BUL": 4, "BIE": 5, "CID": 6, "APE": 7, "DIG": 8,
                "SOFT": 9, "CUIS": 0, "CHAUD": 0, "DIV": 0}
FAMILY_OVERRIDE = {"ricard": "APE", "p51": "APE", "pommeau": "APE"}
EXPORT_CONDT = {"G": "VERRE", "CP": "COUPE", "P25": "PICH25", "P50": "PICH50", "D": "DOSE",
                "D2": "DOSE2", "D6": "DOSE6", "DE": "DEMI", "PI": "PINTE", "N": "UNITE"}


def family(key, colour, category, name):
    if key in FAMILY_OVERRIDE:
        return FAMILY_OVERRIDE[key]
    if category == "champagne" or colour == "effervescent":
        return "BUL"
    if category == "vin":
        return {"rouge": "RG", "blanc": "BL", "liquoreux": "BL", "rosé": "RS"}[colour]
    if category == "bière":
        return "BIE"
    if category == "soft":
        return "SOFT"
    if category == "autre":
        return "CID" if name.startswith("Cidre") else "APE"
    return "DIG"


def price(code, fam, text):
    """Selling price, French style with a decimal comma (a hash of the article, no randomness)."""
    x = h(code + "|" + text)
    if code == "N":
        cents = {"CUIS": 450 + (x % 12) * 100, "CHAUD": 180 + (x % 6) * 30,
                 "DIV": 500 + (x % 4) * 500, "SOFT": 250 + (x % 4) * 50}.get(fam, 450 + (x % 5) * 50)
    elif (code in ("B", "U") and fam in ("BIE", "SOFT", "CID")) or code == "C25" or code == "C33":
        cents = 350 + (x % 6) * 50
    else:
        cents = {"B": 2200 + (x % 38) * 100, "H": 1400 + (x % 12) * 100,
                 "M": 5500 + (x % 40) * 100, "G": 400 + (x % 8) * 50, "CP": 900 + (x % 4) * 100,
                 "P25": 700 + (x % 4) * 100, "P50": 1200 + (x % 6) * 100, "D": 600 + (x % 6) * 50,
                 "D2": 350, "D6": 500 + (x % 3) * 50, "DE": 350 + (x % 3) * 50,
                 "PI": 650 + (x % 3) * 50}.get(code, 400 + (x % 10) * 50)
    return "%d,%02d" % (cents // 100, cents % 100)


def render_export(code, vintage, text, fam, ordinary_cl):
    desig = ascii_upper(fam + " " + text + (" %d" % vintage if vintage else ""))
    desig = desig[:EXPORT_WIDTH].rstrip()
    if code in ("B", "U"):
        condt = fmt_cl(ordinary_cl).replace(".", ",") + "CL"
    elif code in ("H", "M") or is_volume(code):
        condt = fmt_cl(measure_of(code)[1]).replace(".", ",") + "CL"
    else:
        condt = EXPORT_CONDT[code]
    art = "%d%04d" % (FAMILY_DIGIT[fam], h(desig + "|" + condt) % 10000)
    return ";".join([art, desig, condt, price(code, fam, desig + condt)])


EXPORT_READ = {v: k for k, v in EXPORT_CONDT.items()}


def read_export(label):
    art, desig, condt, _ = label.split(";")
    if condt in EXPORT_READ:
        meas = measure_of(EXPORT_READ[condt])
    else:
        v = condt[:-2].replace(",", ".")
        meas = ("btl", float(v) if "." in v else int(v))
    m = re.search(r" (20\d\d)$", desig)
    return (int(m.group(1)) if m else None), meas


def read_back(till, label):
    return {"zinc": read_zinc, "salle": read_salle, "export": read_export}[till](label)
