"""The three tills' habits: render a keyed product into a label, and read a label back.

Measure codes used in the case modules:
  BTL (a bottle: 75 cl for a wine, the only bottle size otherwise), HALF (37.5), MAG (150),
  B25 B33 B50 B70 B100 B300 (a bottle of that size), CART6 (a case of six 75 cl bottles),
  GLASS (12.5 cl), GLASS12, GLASS15, POT46 (pot lyonnais), CAR25, CAR50, COUPE (12.5),
  DOSE (4 cl), DOSE2 (2 cl), DEMI (25 cl of draught), PINTE (50 cl of draught), "" (none).
"""

import hashlib
import re
import unicodedata

POUR_CL = {
    "GLASS": 12.5,
    "GLASS12": 12,
    "GLASS15": 15,
    "POT46": 46,
    "CAR25": 25,
    "CAR50": 50,
    "COUPE": 12.5,
    "DOSE": 4,
    "DOSE2": 2,
}
DRAUGHT_CL = {"DEMI": 25, "PINTE": 50}
BOTTLE_CL = {
    "HALF": 37.5,
    "MAG": 150,
    "B25": 25,
    "B33": 33,
    "B50": 50,
    "B70": 70,
    "B75": 75,
    "B100": 100,
    "B300": 300,
}


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- comptoir (bar register)
COMPTOIR_WIDTH = 20
COMPTOIR_MEAS = {
    "BTL": "BTL",
    "HALF": "1/2",
    "MAG": "MAG",
    "GLASS": "VRE",
    "GLASS12": "VRE12",
    "GLASS15": "VRE15",
    "POT46": "POT",
    "CAR25": "CAR25",
    "CAR50": "CAR50",
    "COUPE": "CP",
    "DOSE": "DOSE",
    "DOSE2": "2CL",
    "DEMI": "DEMI",
    "PINTE": "PINTE",
    "B25": "25CL",
    "B33": "33CL",
    "B50": "50CL",
    "B70": "70CL",
    "B100": "1L",
}
COMPTOIR_READ = {v: k for k, v in COMPTOIR_MEAS.items()}


def render_comptoir(text, meas, vintage):
    """Name field in ASCII capitals, 2-digit vintage last, cut at 20 columns; ' +MEAS'."""
    name = re.sub(r"[^A-Z0-9/ ]", " ", ascii_fold(text).upper())
    name = " ".join(name.split())
    cut = False
    field = name + (" %02d" % (vintage % 100) if vintage else "")
    if len(field) > COMPTOIR_WIDTH:
        if vintage:
            cut = True  # the vintage never fits whole once the field overflows
        field = name
        if len(field) > COMPTOIR_WIDTH:
            cut = True
            part = field[:COMPTOIR_WIDTH]
            words = part.split(" ")
            full = field.split(" ")
            last = words[-1]
            if last != full[len(words) - 1]:  # cut inside a word
                if any(ch.isdigit() for ch in full[len(words) - 1]) or len(last) < 3:
                    words = words[:-1]
            field = " ".join(words).strip()
    label = field + (" +" + COMPTOIR_MEAS[meas] if meas else "")
    return label, cut


def read_comptoir(label):
    meas = ""
    m = re.match(r"^(.*) \+(\S+)$", label)
    field = label
    if m:
        field, meas = m.group(1), COMPTOIR_READ[m.group(2)]
    vm = re.search(r" (\d\d)$", field)
    vintage = 2000 + int(vm.group(1)) if vm else None
    return meas, vintage


# ---------------------------------------------------------------- salle (dining-room tablet)
SALLE_MEAS = {
    "BTL": "Bouteille",
    "HALF": "Demi-bouteille",
    "MAG": "Magnum",
    "GLASS": "Verre",
    "GLASS12": "Verre 12cl",
    "GLASS15": "Verre 15cl",
    "POT46": "Pot 46cl",
    "CAR25": "Carafe 25cl",
    "CAR50": "Carafe 50cl",
    "COUPE": "Coupe",
    "DOSE": "Dose",
    "DOSE2": "Dose 2cl",
    "DEMI": "Demi",
    "PINTE": "Pinte",
    "B25": "Bouteille 25cl",
    "B33": "Bouteille 33cl",
    "B50": "Bouteille 50cl",
    "B70": "Bouteille 70cl",
    "B100": "Bouteille 1L",
}
SALLE_READ = {v: k for k, v in SALLE_MEAS.items()}


def render_salle(text, meas, vintage):
    """'Measure : product as typed YYYY'; dishes and services are the bare text."""
    body = text + (" %d" % vintage if vintage else "")
    return (SALLE_MEAS[meas] + " : " + body if meas else body), False


def read_salle(label):
    meas, body = "", label
    if " : " in label:
        head, body = label.split(" : ", 1)
        meas = SALLE_READ[head]
    vm = re.search(r" ((?:19|20)\d\d)$", body)
    return meas, (int(vm.group(1)) if vm else None)


# ---------------------------------------------------------------- cave (shop export)
CAVE_CONT = {
    "BTL": "0,750",
    "B75": "0,750",
    "HALF": "0,375",
    "MAG": "1,500",
    "B25": "0,250",
    "B33": "0,330",
    "B50": "0,500",
    "B70": "0,700",
    "B100": "1,000",
    "B300": "3,000",
    "CART6": "6x0,750",
}
CAVE_READ = {
    "0,750": "B75",
    "0,375": "HALF",
    "1,500": "MAG",
    "0,250": "B25",
    "0,330": "B33",
    "0,500": "B50",
    "0,700": "B70",
    "1,000": "B100",
    "3,000": "B300",
    "6x0,750": "CART6",
}


def ean13(seed, prefix):
    h = hashlib.sha256(seed.encode()).hexdigest()
    body = prefix + str(int(h, 16))[: 12 - len(prefix)]
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def render_cave(text, meas, vintage, seed):
    """EAN13|PRODUCTEUR|Designation|MILL|CONT (ASCII, producer in capitals)."""
    prod, desig = text.split("^")
    prod = ascii_fold(prod).upper()
    desig = ascii_fold(desig)
    code = ean13(seed, "37" if meas else "29")
    cols = [code, prod, desig, str(vintage) if vintage else "", CAVE_CONT[meas] if meas else ""]
    return "|".join(cols), False


def read_cave(label):
    cols = label.split("|")
    meas = CAVE_READ[cols[4]] if cols[4] else ""
    return meas, (int(cols[3]) if cols[3] else None)


RENDER = {"comptoir": render_comptoir, "salle": render_salle}
READ = {"comptoir": read_comptoir, "salle": read_salle, "cave": read_cave}
