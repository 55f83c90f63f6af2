"""The three tills of Le Refuge de Serre Chevalier and how each renders a label.

A case is written as what the staff typed on that till:
  D(key, measure, vintage, text)          a drink of the library (key of briancon_drinks)
  N(family, measure, vintage, text, why)  a product that is none (family: V wine, B bubbles,
                                          R beer, S spirits/aperitifs, O softs/hot drinks,
                                          F food, X services)
`measure` is one of MEAS's codes, None (food, a service, or a house key with no measure),
or a literal starting with "=" printed as is (a measure the library never pours).
"""
import hashlib
import re

# measure -> (kind, volume in cl). kind: bottle (volume None: the ordinary bottle), pour, keg
MEAS = {
    "btl": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "b25": ("bottle", 25), "b33": ("bottle", 33), "b50": ("bottle", 50),
    "b70": ("bottle", 70), "b100": ("bottle", 100),
    "vr": ("pour", 12.5), "vr12": ("pour", 12), "vr15": ("pour", 15),
    "p25": ("pour", 25), "p50": ("pour", 50), "cp": ("pour", 12.5),
    "shot": ("pour", 4), "d2": ("pour", 2),
    "demi": ("keg", 25), "pinte": ("keg", 50),
}


def D(key, meas, vint, text):
    return {"key": key, "meas": meas, "vint": vint, "text": text}


def N(fam, meas, vint, text, why):
    return {"key": None, "fam": fam, "meas": meas, "vint": vint, "text": text, "why": why}


# ---------------------------------------------------------------- bar
# The après-ski bar's old keyboard register (Casio type). The journal prints the PLU number
# (three digits, hundreds = department) and the 16-character PLU descriptor the owner keyed:
# ASCII capitals, the measure key first, his abbreviations, the vintage as two digits last.
# The register keeps 16 characters and drops the rest, mid-word or mid-vintage.
BAR_CODE = {"btl": "", "half": "1/2", "mag": "MAG", "b25": "25CL", "b33": "33CL", "b50": "50CL",
            "b70": "70CL", "b100": "1L", "vr": "VR", "vr15": "VR15", "p25": "P25", "p50": "P50",
            "cp": "CP", "shot": "SHOT", "d2": "2CL", "demi": "DEMI", "pinte": "PINTE"}
BAR_WIDTH = 16
FAM_DEPT = {"V": 1, "B": 2, "R": 3, "S": 4, "O": 5, "F": 6, "X": 7}


def dept_of(entry):
    if entry["category"] == "champagne" or entry["colour"] == "effervescent" or entry["name"] == "La Cueille":
        return 2
    return {"vin": 1, "bière": 3, "spiritueux": 4, "autre": 4, "soft": 5}[entry["category"]]


def _code(meas, table):
    if meas is None:
        return ""
    if meas.startswith("="):
        return meas[1:]
    return table[meas]


def render_bar(case, dept, ordinary=None):
    text = case["text"]
    assert re.fullmatch(r"[A-Z0-9 ./'&-]+", text), text
    parts = [_code(case["meas"], BAR_CODE), text]
    if case["vint"]:
        parts.append("%02d" % (case["vint"] % 100))
    desc = " ".join(p for p in parts if p)[:BAR_WIDTH].rstrip()
    h = int(hashlib.sha256(text.encode()).hexdigest()[:6], 16) % 100
    return "%d%02d %s" % (dept, h, desc)


def vintage_bar(label):
    last = label.split(" ")[-1]
    if len(label.split(" ")) > 2 and re.fullmatch(r"\d\d", last):
        return 2000 + int(last)
    return None


# ---------------------------------------------------------------- salle
# The waiters' handheld in the dining room: the button as the manager typed it (mixed case,
# accents, appellation or cuvée then producer), the vintage in four digits, then " · " and
# the serving chosen in the button's sub-menu. Dishes, coffees and services have no serving.
SALLE_CODE = {"btl": "bouteille", "half": "demi-bouteille", "mag": "magnum", "b25": "25 cl",
              "b33": "33 cl", "b50": "50 cl", "b70": "70 cl", "b100": "1 l", "vr": "verre",
              "vr15": "verre 15 cl", "p25": "pichet 25 cl", "p50": "pichet 50 cl", "cp": "coupe",
              "shot": "dose", "d2": "dose 2 cl", "demi": "demi", "pinte": "pinte"}


def render_salle(case, dept, ordinary=None):
    s = case["text"]
    if case["vint"]:
        s += " %d" % case["vint"]
    code = _code(case["meas"], SALLE_CODE)
    if code:
        s += " · " + code
    return s


def vintage_salle(label):
    m = re.search(r"\b(19[5-9]\d|20[0-3]\d)\b", label.split(" · ")[0])
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------- terrasse
# The slope-side terrace kiosk (a touch-screen till the drinks wholesaler set up): Title Case
# ASCII names, the vintage in four digits, " - " and the served VOLUME only (every serving is a
# size button: 12cl, 15cl, 25cl, 50cl, 4cl, 2cl, 33cl, 75cl, 37,5cl, 150cl; `coupe` for
# champagne by the glass; `pce` for a dish, a hot drink or a service).
def _vol(v):
    return ("%g" % v).replace(".", ",") + "cl"


def render_terrasse(case, dept, ordinary=None):
    text = case["text"]
    assert re.fullmatch(r"[A-Z0-9][A-Za-z0-9 '.&-]*", text), text
    s = text
    if case["vint"]:
        s += " %d" % case["vint"]
    meas = case["meas"]
    if meas is None:
        code = "pce"
    elif meas.startswith("="):
        code = meas[1:]
    elif meas == "cp":
        code = "coupe"
    else:
        assert meas != "vr", "the terrace has no 12.5 cl button"
        kind, vol = MEAS[meas]
        if vol is None:
            vol = ordinary
        code = _vol(vol)
    return s + " - " + code


def vintage_terrasse(label):
    m = re.search(r"\b(19[5-9]\d|20[0-3]\d)\b", label.rsplit(" - ", 1)[0])
    return int(m.group(1)) if m else None


TILLS = {
    "bar": (render_bar, vintage_bar),
    "salle": (render_salle, vintage_salle),
    "terrasse": (render_terrasse, vintage_terrasse),
}
