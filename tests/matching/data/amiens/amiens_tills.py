"""The three tills of Le Beffroi de la Place and how each renders what the staff typed.

A case spec is (key, measure, vintage, text, family, why): `text` is the product as typed
on that till, `measure` an internal code (see MEASURES), `vintage` the year the staff
typed (or None), `family` only for products that are no drink of the library.
"""
import hashlib

# internal measure code -> (volume in cl for a pour, or None for a bottle)
POURS = {"glass": 12.5, "glass15": 15, "p25": 25, "p50": 50, "coupe": 12.5,
         "dose": 4, "cl2": 2, "cl4": 4, "demi": 25, "pinte": 50}
BOTTLES = {"btl": 75, "half": 37.5, "mag": 150, "b25": 25, "b33": 33, "b50": 50,
           "b70": 70, "b75": 75, "b100": 100}

APERO = {"ricard", "p51", "mart_b", "mart_r", "suze", "lillet", "picon", "porto"}

WIDTH_ZINC = 20   # the old register's article text
WIDTH_BUREAU = 24  # the back office's libellé field


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def zinc_family(key, measure, kind, colour):
    if kind == "wine":
        if colour[1] == "champagne" or colour[0] == "effervescent":
            return "BULLE "
        return {"rouge": "VIN.R ", "blanc": "VIN.B ", "liquoreux": "VIN.B ", "rosé": "VIN.RS "}[colour[0]]
    if kind == "bière":
        return "PRESS " if measure in ("demi", "pinte") else "BIB "
    if kind == "autre" and key.startswith(("vdr", "ecusson")):
        return "CIDRE "
    if key in APERO:
        return "APE "
    if kind == "soft":
        return "SOFT "
    return "DIG "


ZINC_MOD = {"btl": "", "half": "1/2", "mag": "MAG", "glass": "VRE", "glass15": "VRE15",
            "p25": "P25", "p50": "P50", "coupe": "CP", "dose": "DOSE", "cl2": "2CL", "cl4": "4CL",
            "demi": "DEMI", "pinte": "PINTE", "b25": "25CL", "b33": "33CL", "b50": "50CL",
            "b70": "70CL", "b75": "75CL", "b100": "1L", None: ""}


def render_zinc(fam, measure, vintage, text):
    desc = fam + text + (" %02d" % (vintage % 100) if vintage else "")
    desc = desc[:WIDTH_ZINC].rstrip()
    mod = ZINC_MOD[measure]
    return desc.ljust(WIDTH_ZINC) + " " + mod if mod else desc


SALLE_MEAS = {"btl": "btl", "half": "1/2 btl", "mag": "magnum", "glass": "verre",
              "glass15": "verre 15cl", "p25": "pichet 25cl", "p50": "pichet 50cl", "coupe": "coupe",
              "dose": "dose", "cl2": "2cl", "cl4": "4cl", "demi": "demi", "pinte": "pinte",
              "b25": "25cl", "b33": "33cl", "b50": "50cl", "b70": "70cl", "b75": "75cl", "b100": "1l",
              None: ""}

BASE = {"btl": 2200, "half": 1400, "mag": 4800, "glass": 450, "glass15": 550, "p25": 800,
        "p50": 1400, "coupe": 900, "dose": 400, "cl2": 250, "cl4": 650, "demi": 320,
        "pinte": 620, "b25": 380, "b33": 420, "b50": 350, "b70": 3900, "b75": 1100,
        "b100": 450, None: 250}


def price(till, text, measure):
    base = BASE[measure]
    spread = base if measure is None else base // 3  # dishes and coffees: 2,50 to 5,00 (x2)
    cents = base + (h(till, text, measure) % (spread // 10 + 1)) * 10
    return "%d,%02d" % (cents // 100, cents % 100)


def render_salle(measure, vintage, text):
    parts = [text]
    if vintage:
        parts.append(str(vintage))
    if SALLE_MEAS[measure]:
        parts.append(SALLE_MEAS[measure])
    return " ".join(parts) + " " + price("salle", text, measure) + "€"


BUREAU_COND = {"btl": "BT 75", "half": "BT 37,5", "mag": "BT 150", "glass": "VR 12,5",
               "glass15": "VR 15", "p25": "PI 25", "p50": "PI 50", "coupe": "CP 12,5",
               "dose": "DO 4", "cl2": "DO 2", "cl4": "DO 4", "demi": "FUT 25", "pinte": "FUT 50",
               "b25": "BT 25", "b33": "BT 33", "b50": "BT 50", "b70": "BT 70", "b75": "BT 75",
               "b100": "BT 100", None: "UN"}


def render_bureau(key, measure, vintage, text):
    art = 100000 + h("bureau", key or text, measure) % 900000
    lib = text[:WIDTH_BUREAU].rstrip()
    return "%06d;%s;%s;%s;%s" % (art, lib, vintage or "", BUREAU_COND[measure],
                                 price("bureau", text, measure))


def read_vintage(till, label):
    """The vintage as printed on the rendered label, or None."""
    if till == "ZINC":
        desc = label[:WIDTH_ZINC].rstrip()
        last = desc.split(" ")[-1]
        return 2000 + int(last) if len(last) == 2 and last.isdigit() and " " in desc else None
    if till == "SALLE":
        for tok in label.split(" "):
            if len(tok) == 4 and tok.isdigit() and 1950 <= int(tok) <= 2035:
                return int(tok)
        return None
    f = label.split(";")
    return int(f[2]) if f[2] else None
