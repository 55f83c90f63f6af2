"""The three tills' rendering habits, and reading measure and vintage back from a label."""
import re
import unicodedata

# canonical measures: (kind, volume_cl). kind "btl" = a bottle of that size (None = the wine's
# 75 cl or the drink's only bottle), "pour" = a pour from the ordinary bottle, "dose" = from the
# spirit's bottle, "keg" = from the draught keg.
MEASURES = {
    "B": ("btl", None), "H": ("btl", 37.5), "M": ("btl", 150),
    "C20": ("btl", 20), "C25": ("btl", 25), "C33": ("btl", 33), "C35.5": ("btl", 35.5),
    "C50": ("btl", 50), "C70": ("btl", 70), "C75": ("btl", 75), "C100": ("btl", 100), "C150": ("btl", 150),
    "V": ("pour", 12.5), "V12": ("pour", 12), "CP": ("pour", 12.5), "P25": ("pour", 25), "P50": ("pour", 50),
    "D": ("dose", 4), "D2": ("dose", 2), "DEMI": ("keg", 25), "PINTE": ("keg", 50),
}

def ascii_up(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.upper()

# ---- bar: the counter register, 13-column name field then the measure key ----
BAR_WIDTH = 13
BAR_CODES = {"B": "BTL", "H": "1/2", "M": "MAG", "C20": "20CL", "C25": "25CL", "C33": "33CL",
             "C50": "50CL", "C70": "70CL", "C100": "1L", "V": "VRE", "V12": "VRE12", "CP": "CP",
             "P25": "P25", "P50": "P50", "D": "DOSE", "D2": "2CL", "DEMI": "DEMI", "PINTE": "PINTE"}
BAR_BACK = {v: k for k, v in BAR_CODES.items()}

def render_bar(text, meas, vintage):
    name = ascii_up(text)
    full = name + ("'%02d" % (vintage % 100) if vintage else "")
    cut = full[:BAR_WIDTH].rstrip()
    if len(full) > BAR_WIDTH and len(name) > BAR_WIDTH:
        last = cut.split(" ")[-1]
        if len(last) < 3:
            raise ValueError("bar cut leaves too little of a word: %r" % cut)
    return cut + (" " + BAR_CODES[meas] if meas else "")

def parse_bar(label):
    parts = label.rsplit(" ", 1)
    meas = None
    name = label
    if len(parts) == 2 and parts[1] in BAR_BACK:
        meas, name = BAR_BACK[parts[1]], parts[0]
    m = re.search(r"'(\d\d)$", name)
    return meas, (2000 + int(m.group(1)) if m else None), name

# ---- salle: the waiters' handhelds, Family.Name yy (measure) ----
SALLE_FAMILY = {"R": "Rge", "B": "Blc", "S": "Rsé", "C": "Bul", "CI": "Cidre", "AP": "Apé",
                "SP": "Digest", "BI": "Bière", "SO": "Soft"}
SALLE_OTHER = ["Pizza", "Grill", "Dessert", "Café", "Menu", "Divers"]
SALLE_WINE = {"Rge", "Blc", "Rsé", "Bul"}
SALLE_CODES = {"B": "bt", "H": "1/2 bt", "M": "mag", "C20": "20cl", "C25": "25cl", "C33": "33cl",
               "C35.5": "35,5cl", "C50": "50cl", "C70": "70cl", "C100": "1l", "C150": "1,5l",
               "V": "vre", "V12": "vre 12", "CP": "cp", "P25": "pich 25", "P50": "pich 50",
               "D": "dose", "D2": "2cl", "DEMI": "demi", "PINTE": "pinte"}
SALLE_BACK = {v: k for k, v in SALLE_CODES.items()}

def render_salle(family, text, meas, vintage):
    s = family + "." + text
    if vintage:
        s += " %02d" % (vintage % 100)
    if meas:
        s += " (" + SALLE_CODES[meas] + ")"
    return s

def parse_salle(label):
    fam = label.split(".", 1)[0]
    m = re.search(r" \(([^()]+)\)$", label)
    meas = SALLE_BACK.get(m.group(1)) if m else None
    vin = None
    if fam in SALLE_WINE and m:
        v = re.search(r" (\d\d) \([^()]+\)$", label)
        if v:
            vin = 2000 + int(v.group(1))
    return meas, vin, fam

# ---- drive: click-and-collect web shop, product slugs ----
DRIVE_FAMILY = {"R": "vin-rouge", "B": "vin-blanc", "S": "vin-rose", "C": "bulles", "CI": "cidre",
                "AP": "aperitif", "SP": "spiritueux", "BI": "biere", "SO": "soft"}
DRIVE_OTHER = ["pizza", "grill", "dessert", "menu", "service"]
DRIVE_WINEFAM = {"vin-rouge", "vin-blanc", "vin-rose", "bulles"}

def drive_fmt(kind, cl):
    if kind in ("R", "B", "S", "C"):
        if cl == 37.5:
            return "demi-bouteille"
        if cl == 150:
            return "magnum"
    if cl == 100:
        return "1l"
    if cl == 150:
        return "1-5l"
    return ("%gcl" % cl).replace(".", "-")

DRIVE_BACK = {"demi-bouteille": 37.5, "magnum": 150, "1l": 100, "1-5l": 150}

def render_drive(family, text, cl, vintage):
    s = family + "-" + text
    if vintage:
        s += "-%d" % vintage
    return s + "-" + drive_fmt("X", cl) if family not in DRIVE_WINEFAM else s + "-" + drive_fmt("R", cl)

def parse_drive(label):
    fam = None
    for f in sorted(list(DRIVE_FAMILY.values()) + DRIVE_OTHER, key=len, reverse=True):
        if label.startswith(f + "-"):
            fam = f
            break
    label.rsplit("-", 1)[-1]
    cl = None
    for k, v in DRIVE_BACK.items():
        if label.endswith("-" + k):
            cl = v
    if cl is None:
        m = re.search(r"-(\d+)(?:-(\d))?cl$", label)
        if m:
            cl = float(m.group(1) + ("." + m.group(2) if m.group(2) else ""))
    v = re.search(r"-((?:19|20)\d\d)-", label)
    return fam, cl, (int(v.group(1)) if v else None)
