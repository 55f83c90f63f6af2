"""The three tills' rendering habits, and how each reads a label back."""
import hashlib
import re
import unicodedata

TILLS = ("CREP", "KIOSQUE", "TABLETTE")


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def h(s, mod):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16) % mod


# price range in euros by measure (None: food, services, coffee)
PRICE = {"btl": (19, 42), "b75": (9, 16), "half": (11, 20), "mag": (42, 80), "b50": (3, 24),
         "b25": (3, 5), "b33": (3, 6), "b70": (40, 60), "b100": (4, 7), "vre": (4, 8),
         "vre12": (4, 7), "vre15": (5, 9), "cp": (7, 12), "bol": (3, 5), "p25": (7, 10),
         "p50": (12, 19), "dose": (4, 9), "d2": (3, 5), "d4": (5, 10), "demi": (3, 5),
         "pinte": (6, 9), "gb25": (3, 5), "gb50": (6, 9), None: (2, 18)}


def price_cents(seed, measure):
    lo, hi = PRICE[measure]
    return 100 * lo + 10 * h(seed, (hi - lo) * 10 + 1)


# ---------- CREP: the crêperie's till ----------
CREP_NAME = 18
CREP_CODES = {"btl": "BTL", "b25": "BT25", "b33": "BT33", "b50": "BT50", "b70": "BT70",
              "b75": "BT75", "b100": "BT1L", "half": "1/2", "mag": "MAG", "vre": "VRE",
              "vre12": "VRE12", "vre15": "VRE15", "cp": "COUPE", "bol": "BOLEE", "p25": "PCH25",
              "p50": "PCH50", "dose": "DOSE", "d2": "2CL", "d4": "4CL", "demi": "DEMI",
              "pinte": "PINTE"}


def render_crep(text, measure, vintage):
    name = ascii_fold(text).upper()
    if vintage is not None:
        name += "-%02d" % (vintage % 100)
    field = name[:CREP_NAME]
    cut = len(name) > CREP_NAME
    if re.search(r"-\d?$", field):
        raise ValueError("CREP cut leaves part of a vintage: " + field)
    if measure is None:
        return field.rstrip(), cut
    return field.ljust(CREP_NAME) + " " + CREP_CODES[measure], cut


def read_crep(label):
    if len(label) > CREP_NAME:
        field, code = label[:CREP_NAME].rstrip(), label[CREP_NAME + 1:]
        inv = {v: k for k, v in CREP_CODES.items()}
        measure = inv[code]
    else:
        field, measure = label, None
    m = re.search(r"-(\d\d)$", field)
    vintage = 2000 + int(m.group(1)) if m else None
    return measure, vintage


# ---------- KIOSQUE: the summer beach kiosk ----------
KIOSK_CODES = {"btl": "BT", "b25": "BT25", "b33": "BT33", "b50": "BT50", "b70": "BT70",
               "b75": "BT75", "b100": "BT1L", "half": "BT37", "mag": "BT150", "vre": "VR",
               "vre12": "VR12", "vre15": "VR15", "cp": "FL", "bol": "BOL", "p25": "PCH25",
               "p50": "PCH50", "dose": "SHOT", "d2": "SHOT2", "d4": "SHOT4",
               "gb25": "GB25", "gb50": "GB50"}


def render_kiosk(text, measure, vintage):
    name = ascii_fold(text).lower().replace("'", " ").replace("-", " ")
    name = "+".join(name.split())
    if vintage is not None:
        name += "(%02d)" % (vintage % 100)
    code = KIOSK_CODES[measure] if measure else "U"
    art = "PLG%04d" % (1000 + h("art" + name + code, 9000))
    cents = price_cents("prix" + name + code, measure)
    return "%s %s %s =%d" % (art, name, code, cents), False


def read_kiosk(label):
    parts = label.split(" ")
    assert len(parts) == 4 and re.fullmatch(r"PLG\d{4}", parts[0]) and re.fullmatch(r"=\d+", parts[3])
    inv = {v: k for k, v in KIOSK_CODES.items()}
    measure = None if parts[2] == "U" else inv[parts[2]]
    m = re.search(r"\((\d\d)\)$", parts[1])
    vintage = 2000 + int(m.group(1)) if m else None
    return measure, vintage


# ---------- TABLETTE: the dining-room tablet ----------
TAB_MODS = {"btl": "Bouteille", "b25": "Bouteille 25 cl", "b33": "Bouteille 33 cl",
            "b50": "Bouteille 50 cl", "b70": "Bouteille 70 cl", "b75": "Bouteille 75 cl",
            "b100": "Bouteille 1 l", "half": "Demi-bouteille", "mag": "Magnum", "vre": "Verre",
            "vre12": "Verre 12 cl", "vre15": "Verre 15 cl", "cp": "Coupe", "bol": "Bolée",
            "p25": "Pichet 25 cl", "p50": "Pichet 50 cl", "dose": "Dose", "d2": "Dose 2 cl",
            "d4": "Dose 4 cl", "demi": "Demi", "pinte": "Pinte"}
SEP = " — "


def render_tab(text, measure, vintage, extra=None):
    name = text + (" %d" % vintage if vintage is not None else "")
    parts = [name]
    if measure:
        parts.append(TAB_MODS[measure] + (" + " + extra if extra else ""))
    elif extra:
        parts.append(extra)
    cents = price_cents("prix" + name + (measure or ""), measure)
    parts.append("%d,%02d €" % (cents // 100, cents % 100))
    return SEP.join(parts), False


def read_tab(label):
    parts = label.split(SEP)
    assert re.fullmatch(r"\d+,\d\d €", parts[-1]), label
    measure = None
    if len(parts) == 3:
        mod = parts[1].split(" + ")[0]
        inv = {v: k for k, v in TAB_MODS.items()}
        measure = inv.get(mod)
    m = re.search(r" ((?:19|20)\d\d)$", parts[0])
    return measure, (int(m.group(1)) if m else None)


RENDER = {"CREP": render_crep, "KIOSQUE": render_kiosk, "TABLETTE": render_tab}
READ = {"CREP": read_crep, "KIOSQUE": read_kiosk, "TABLETTE": read_tab}
