"""The three tills of La Corderie and how each renders what the staff typed.

A case is (typed, key, measure, vintage[, why]): `typed` is the article name as keyed on
that till (without measure or vintage), `key` the drink it means (rochefort_drinks) or None,
`measure` a code of MEASURES or None (food, services), `vintage` the year the staff meant.
"""
import hashlib
import re

# code -> (kind, cl): kind "bottle" (cl = format, None = the drink's ordinary bottle),
# "pour" (cl poured from the ordinary bottle), "draught" (cl poured from the keg)
MEASURES = {
    "BTL": ("bottle", None), "HALF": ("bottle", 37.5), "MAG": ("bottle", 150),
    "S25": ("bottle", 25), "S33": ("bottle", 33), "S35": ("bottle", 35), "S50": ("bottle", 50),
    "S70": ("bottle", 70), "S100": ("bottle", 100),
    "VRE": ("pour", 12.5), "VRE8": ("pour", 8), "VRE15": ("pour", 15), "CP": ("pour", 12.5),
    "P25": ("pour", 25), "P50": ("pour", 50), "D2": ("pour", 2), "D4": ("pour", 4),
    "DOSE": ("pour", 4), "DEMI": ("draught", 25), "PINTE": ("draught", 50),
}

# ---- zinc: the bar's electronic cash register -------------------------------------------
ZINC_WIDTH = 20
ZINC_CODES = {
    "BTL": "", "HALF": "1/2", "MAG": "MAG", "S25": "25CL", "S33": "33CL", "S35": "35CL",
    "S50": "50CL", "S70": "70CL", "S100": "1L", "VRE": "VRE", "VRE8": "VR8", "VRE15": "VR15",
    "CP": "CP", "P25": "P25", "P50": "P50", "D2": "2CL", "D4": "4CL", "DOSE": "DOSE",
    "DEMI": "DEMI", "PINTE": "PINTE",
}


def render_zinc(typed, measure, vintage):
    assert typed == typed.upper() and typed.isascii(), typed
    parts = [ZINC_CODES[measure]] if measure else []
    parts.append(typed)
    if vintage:
        parts.append("%02d" % (vintage % 100))
    full = " ".join(p for p in parts if p)
    return full[:ZINC_WIDTH].rstrip(), full


def vintage_zinc(label):
    last = label.split()[-1]
    if re.fullmatch(r"\d{2}", last):
        yy = int(last)
        return 2000 + yy if yy <= 30 else 1900 + yy
    return None


# ---- salle: the dining room's touch-screen till ------------------------------------------
SALLE_DECL = {
    "BTL": "Bouteille", "HALF": "Demi-bouteille", "MAG": "Magnum", "S25": "25cl",
    "S33": "33cl", "S35": "35cl", "S50": "50cl", "S70": "Bouteille 70cl", "S100": "1L",
    "VRE": "Verre", "VRE8": "Verre 8cl", "VRE15": "Verre 15cl", "CP": "Coupe",
    "P25": "Pichet 25cl", "P50": "Pichet 50cl", "D2": "2cl", "D4": "4cl", "DOSE": "Dose",
    "DEMI": "Demi", "PINTE": "Pinte",
}


def render_salle(typed, measure, vintage):
    s = typed
    if vintage:
        s += " %d" % vintage
    if measure:
        s += " (%s)" % SALLE_DECL[measure]
    return s, s


def vintage_any4(text):
    m = re.findall(r"(?<![0-9A-Za-z])((?:19|20)\d{2})(?![0-9A-Za-z])", text)
    return int(m[-1]) if m else None


# ---- cave: the take-away cellar's stock software (fixed-width export) --------------------
CAVE_WIDTH = 30
CAVE_CONT = {
    "BTL": "BT75", "HALF": "BT37,5", "MAG": "MG150", "S25": "BT25", "S33": "BT33",
    "S35": "BT35", "S50": "BT50", "S70": "BT70", "S100": "BT100", None: "UNITE",
}


_REFS = {}


def cave_ref(typed, measure, vintage):
    """A four-digit article number hashed from the article; the software never gives one
    number to two articles, so a clash is hashed again (deterministic: fixed case order)."""
    art = "%s|%s|%s" % (typed, measure, vintage)
    if art in _REFS:
        return _REFS[art]
    salt = 0
    while True:
        h = hashlib.sha256(("%s#%d" % (art, salt)).encode("utf-8")).hexdigest()
        ref = "R%04d" % (int(h[:8], 16) % 10000)
        if ref not in _REFS.values():
            _REFS[art] = ref
            return ref
        salt += 1


def render_cave(typed, measure, vintage):
    assert typed == typed.upper() and typed.isascii(), typed
    desig = typed + (" %d" % vintage if vintage else "")
    label = "%s %s %s" % (cave_ref(typed, measure, vintage), desig[:CAVE_WIDTH].ljust(CAVE_WIDTH),
                          CAVE_CONT[measure])
    return label, desig


def vintage_cave(label):
    return vintage_any4(label[6:6 + CAVE_WIDTH])


TILLS = {
    "zinc": (render_zinc, vintage_zinc),
    "salle": (render_salle, vintage_any4),
    "cave": (render_cave, vintage_cave),
}
