"""The three tills' rendering habits, and how a rendered label is read back.

comptoir  the bar's cash register: FAMILY code + '.' + measure key + name + 2-digit
          vintage, ASCII capitals, the whole line cut at 20 columns. No price.
tablette  the waiters' handheld: lower case with accents, 4-digit vintage after the name,
          ' · ' variant ' · ' price with a decimal comma and '€'. Never cut.
z         the dining-room till's printed Z report by article: 'QTYx ', the designation in
          ASCII capitals cut and padded to 20 columns, the variant padded to 5, the line
          total right-aligned on 7 with a decimal comma.
"""
import hashlib
import re
import unicodedata

COMPTOIR_WIDTH = 20
Z_NAME = 20
Z_VAR = 5
Z_AMOUNT = 7

COMPTOIR_MEAS = {"B": "", "H": "1/2", "M": "MAG", "G": "VRE", "G12": "V12", "G15": "V15",
                 "CP": "CPE", "P25": "PCH25", "P50": "PCH50", "D": "DOSE", "D2": "2CL",
                 "DE": "DEMI", "PI": "PINTE", "C20": "20CL", "C25": "25CL", "C33": "33CL",
                 "C50": "50CL", "C75": "75CL", "C100": "1L"}
TABLETTE_MEAS = {"B": "btl", "H": "1/2 btl", "M": "magnum", "G": "verre",
                 "G12": "verre 12cl", "G15": "verre 15cl", "CP": "coupe",
                 "P25": "pichet 25cl", "P50": "pichet 50cl", "D": "dose", "D2": "dose 2cl",
                 "DE": "demi", "PI": "pinte", "C20": "20cl", "C25": "25cl", "C33": "33cl",
                 "C50": "50cl", "C75": "75cl", "C100": "1l"}
Z_MEAS = {"B": "BT", "H": "1/2", "M": "MAG", "G": "VR", "G12": "VR12", "G15": "VR15",
          "CP": "CP", "P25": "P25", "P50": "P50", "D": "DS", "D2": "DS2", "DE": "DEMI",
          "PI": "PINTE", "C20": "20CL", "C25": "25CL", "C33": "33CL", "C50": "50CL",
          "C75": "75CL", "C100": "1L"}

FAMILIES = {"BL": "vin blanc", "RG": "vin rouge", "RS": "vin rosé", "MO": "moelleux",
            "BU": "bulles", "PR": "pression", "BI": "bière bouteille", "CI": "cidre",
            "AP": "apéritif", "AL": "alcool, digestif", "SO": "soft, eau",
            "GL": "glace", "CF": "café, thé", "CU": "cuisine", "DV": "divers"}

PRICE_RANGE = {"B": (18, 34), "H": (11, 17), "M": (38, 60), "G": (3.5, 6), "G12": (3.5, 6),
               "G15": (5, 7.5), "CP": (5, 8), "P25": (7, 10), "P50": (12, 17), "D": (4, 8),
               "D2": (2.5, 4), "DE": (3, 4), "PI": (5.5, 7.5), "C20": (3, 4.5),
               "C25": (3, 4.5), "C33": (3.5, 5.5), "C50": (3, 4), "C75": (12, 18),
               "C100": (4.5, 6), None: (2, 19)}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("’", "'").upper()


def _h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


FAMILY_PRICE = {"CU": (6, 19), "GL": (5, 9), "CF": (1.5, 4.5), "DV": (1, 6), "SO": (2.5, 4.5),
                "AP": (5, 9), "AL": (6, 10), "PR": (3, 7), "BI": (4, 6)}
WINE_FAMILIES = {"BL", "RG", "RS", "MO", "BU"}


def price(text, measure, fam=None):
    if measure is None:
        lo, hi = FAMILY_PRICE.get(fam, (2, 19))
    elif measure in ("C50", "C75") and fam in WINE_FAMILIES:
        lo, hi = (22, 34)
    else:
        lo, hi = PRICE_RANGE[measure]
    steps = int((hi - lo) * 2)
    return lo + (_h("prix", text, measure) % (steps + 1)) / 2


def euros(x):
    return f"{x:.2f}".replace(".", ",")


def family(product):
    cat, col = product["category"], product["colour"]
    if cat == "champagne" or col == "effervescent":
        return "BU"
    if cat == "vin":
        if product["appellation"] and "Crémant" in product["appellation"]:
            return "BU"
        if product["key"] == "bouvet_tresor_rose":
            return "BU"
        return {"blanc": "BL", "rouge": "RG", "rosé": "RS", "liquoreux": "MO"}[col]
    if cat == "bière":
        return "BI"
    if cat == "soft":
        return "SO"
    if "Cidre" in product["name"]:
        return "CI"
    if product["key"] in ("ricard", "pastis51", "lillet_blanc", "lillet_rose", "suze",
                          "martini_bianco", "martini_rosso", "aperol", "giffard_cassis",
                          "giffard_mure"):
        return "AP"
    return "AL"


# ---------------------------------------------------------------- comptoir
def render_comptoir(fam, measure, vintage, text):
    tok = COMPTOIR_MEAS[measure] if measure else ""
    if fam == "BI" and measure in ("DE", "PI"):
        fam = "PR"
    if fam == "CI" and measure in ("DE", "PI"):
        fam = "PR"
    parts = [tok] if tok else []
    parts.append(ascii_upper(text))
    if vintage is not None:
        parts.append(f"{vintage % 100:02d}")
    line = fam + "." + " ".join(parts)
    return line[:COMPTOIR_WIDTH].rstrip()


COMPTOIR_RE = re.compile(r"^([A-Z]{2})\.(\S.*)$")


def read_comptoir(label):
    m = COMPTOIR_RE.match(label)
    if not m:
        raise ValueError(f"comptoir form: {label!r}")
    fam, rest = m.groups()
    toks = rest.split(" ")
    inv = {v: k for k, v in COMPTOIR_MEAS.items() if v}
    measure = inv.get(toks[0], "B")
    vintage = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        vintage = 2000 + int(toks[-1])
    return {"family": fam, "measure": measure, "vintage": vintage}


# ---------------------------------------------------------------- tablette
def render_tablette(fam, measure, vintage, text):
    name = text.lower()
    if vintage is not None:
        name += f" {vintage}"
    parts = [name]
    if measure:
        parts.append(TABLETTE_MEAS[measure])
    parts.append(euros(price(text, measure, fam)) + "€")
    return " · ".join(parts)


def read_tablette(label):
    parts = label.split(" · ")
    if len(parts) not in (2, 3) or not re.fullmatch(r"\d+,\d\d€", parts[-1]):
        raise ValueError(f"tablette form: {label!r}")
    if label != label.lower():
        raise ValueError(f"tablette case: {label!r}")
    inv = {v: k for k, v in TABLETTE_MEAS.items()}
    measure = None
    if len(parts) == 3:
        if parts[1] not in inv:
            raise ValueError(f"tablette variant: {label!r}")
        measure = inv[parts[1]]
    m = re.search(r"(?:^| )((?:19|20)\d\d)$", parts[0])
    return {"measure": measure, "vintage": int(m.group(1)) if m else None,
            "price": parts[-1]}


# ---------------------------------------------------------------- z
def render_z(fam, measure, vintage, text):
    name = ascii_upper(text)
    if vintage is not None:
        name += f" {vintage}"
    cut = name[:Z_NAME]
    last = cut.rstrip().split(" ")[-1]
    if name != cut and re.fullmatch(r"\d\d", last) and re.search(r"\d{4}$", name):
        raise ValueError(f"z cut leaves a two-digit year: {cut!r}")
    qty = 1 + _h("qte", text, measure) % (4 if measure in ("B", "H", "M") else 9)
    total = qty * price(text, measure, fam)
    var = Z_MEAS[measure] if measure else ""
    return f"{qty}x {cut:<{Z_NAME}} {var:<{Z_VAR}} {euros(total):>{Z_AMOUNT}}"


Z_RE = re.compile(r"^(\d{1,2})x (.{%d}) (.{%d}) (.{%d})$" % (Z_NAME, Z_VAR, Z_AMOUNT))


def read_z(label):
    m = Z_RE.match(label)
    if not m:
        raise ValueError(f"z form: {label!r}")
    qty, name, var, amount = m.groups()
    if not re.fullmatch(r" *\d+,\d\d", amount) or name != name.upper() or not name.isascii():
        raise ValueError(f"z fields: {label!r}")
    inv = {v: k for k, v in Z_MEAS.items()}
    var = var.strip()
    if var and var not in inv:
        raise ValueError(f"z variant: {label!r}")
    m2 = re.search(r"(?:^| )((?:19|20)\d\d)$", name.rstrip())
    return {"measure": inv[var] if var else None, "vintage": int(m2.group(1)) if m2 else None,
            "qty": int(qty), "name": name.rstrip()}


RENDER = {"comptoir": render_comptoir, "tablette": render_tablette, "z": render_z}
READ = {"comptoir": read_comptoir, "tablette": read_tablette, "z": read_z}
