"""The three tills of "Le Grill du Stade": how each renders what was keyed, and how a
rendered label is read back (measure, vintage). Stdlib only, deterministic."""
import hashlib
import re
import unicodedata

WIDTH_COMPTOIR = 20

# what was keyed -> (comptoir, salle, emporter) wording of the measure
MEASURES = {
    "BTL": ("BTL", "bouteille", None),   # emporter: the format is always printed
    "HALF": ("1/2", "demi-bouteille", "37,5 cl"),
    "MAG": ("MAG", "magnum", "1,5 L"),
    "VRE": ("VRE", "verre", None),
    "V12": ("VRE12", "verre 12cl", None),
    "V15": ("VRE15", "verre 15cl", None),
    "P25": ("P25", "pichet 25cl", None),
    "P50": ("P50", "pichet 50cl", None),
    "DOSE": ("DOSE", "dose", None),
    "D2": ("2CL", "2cl", None),
    "D4": ("4CL", "4cl", None),
    "D6": ("6CL", "6cl", None),
    "COUPE": ("COUPE", "coupe", None),
    "DEMI": ("DEMI", "pression 25cl", None),
    "PINTE": ("PINTE", "pression 50cl", None),
    "B20": ("20CL", "20cl", "20 cl"),
    "B25": ("25CL", "25cl", "25 cl"),
    "B33": ("33CL", "33cl", "33 cl"),
    "B35.5": ("35.5CL", "35,5cl", "35,5 cl"),
    "B50": ("50CL", "50cl", "50 cl"),
    "B70": ("70CL", "70cl", "70 cl"),
    "B75": ("75CL", "75cl", "75 cl"),
    "B100": ("1L", "1L", "1 L"),
    "B125": ("1.25L", "1,25L", "1,25 L"),
}

# rendered measure -> (kind, cl): kind btl (bottle; cl None = ordinary bottle), pour
# (glass / pichet / dose from the ordinary bottle), draught (from a keg), demi (wine: half
# bottle, beer: 25 cl draught)
READ_COMPTOIR = {
    "BTL": ("btl", None), "1/2": ("btl", 37.5), "MAG": ("btl", 150), "VRE": ("pour", 12.5),
    "VRE12": ("pour", 12), "VRE15": ("pour", 15), "P25": ("pour", 25), "P50": ("pour", 50),
    "DOSE": ("pour", 4), "2CL": ("pour", 2), "4CL": ("pour", 4), "6CL": ("pour", 6), "COUPE": ("pour", 12.5), "DEMI": ("demi", None),
    "PINTE": ("draught", 50), "20CL": ("btl", 20), "25CL": ("btl", 25), "33CL": ("btl", 33),
    "35.5CL": ("btl", 35.5), "50CL": ("btl", 50), "70CL": ("btl", 70), "75CL": ("btl", 75),
    "1L": ("btl", 100), "1.25L": ("btl", 125),
}
READ_SALLE = {
    "bouteille": ("btl", None), "demi-bouteille": ("btl", 37.5), "magnum": ("btl", 150),
    "verre": ("pour", 12.5), "verre 12cl": ("pour", 12), "verre 15cl": ("pour", 15),
    "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50), "dose": ("pour", 4),
    "2cl": ("pour", 2), "4cl": ("pour", 4), "6cl": ("pour", 6), "coupe": ("pour", 12.5),
    "pression 25cl": ("draught", 25),
    "pression 50cl": ("draught", 50), "20cl": ("btl", 20), "25cl": ("btl", 25),
    "33cl": ("btl", 33), "35,5cl": ("btl", 35.5), "50cl": ("btl", 50), "70cl": ("btl", 70),
    "75cl": ("btl", 75), "1L": ("btl", 100), "1,25L": ("btl", 125),
}
SALLE_FAMILIES = ["Rouges", "Blancs", "Rosés", "Vins italiens", "Bulles", "Bières",
                  "Apéritifs", "Whiskies", "Rhums", "Digestifs", "Softs", "Eaux",
                  "Pizzas", "Grill", "Desserts", "Cafés", "Divers"]


def ascii_upper(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.upper()


PRICE_BANDS = {  # euros, by what was keyed (take-away prices)
    "B75": (12, 38), "HALF": (8, 19), "MAG": (28, 60), "B70": (19, 29), "B20": (3, 6),
    "B25": (2.5, 3.5), "B33": (2.5, 4.5), "B35.5": (3.5, 4.5), "B50": (2, 3.5),
    "B100": (3, 4.5), "B125": (3.5, 4.5), None: (3, 15),
}


def price(words, meas, till):
    """A take-away price in its band, from a hash of the product (steps of 10 cents)."""
    lo, hi = PRICE_BANDS[meas]
    h = int(hashlib.sha256(f"{till}|{words}|{meas}".encode()).hexdigest()[:8], 16)
    steps = round((hi - lo) * 10)
    cents = round(lo * 100) + (h % (steps + 1)) * 10
    return f"{cents // 100},{cents % 100:02d}"


def render(till, meas, vintage, words):
    """Return the label the till prints for what was keyed."""
    if till == "comptoir":
        parts = []
        if meas:
            parts.append(MEASURES[meas][0])
        parts.append(words)
        if vintage:
            parts.append(f"{vintage % 100:02d}")
        label = ascii_upper(" ".join(parts))
        return label[:WIDTH_COMPTOIR].rstrip()
    if till == "salle":
        label = words
        if vintage:
            label += f" {vintage}"
        if meas:
            label += f" ({MEASURES[meas][1]})"
        return label
    if till == "emporter":
        label = words
        if vintage:
            label += f" {vintage}"
        if meas:
            fmt = MEASURES[meas][2]
            if fmt is None:
                raise ValueError(f"emporter has no pours: {meas}")
            label += f" {fmt}"
        return f"{label} | {price(words, meas, till)} €"
    raise ValueError(till)


def read_back(till, label):
    """(measure, vintage) read from a rendered label; raises on a broken one."""
    if till == "comptoir":
        toks = label.split(" ")
        meas = READ_COMPTOIR.get(toks[0])
        vintage = None
        last = toks[-1]
        if re.fullmatch(r"\d\d", last) and len(toks) > 1:
            y = int(last)
            vintage = 2000 + y if y < 40 else 1900 + y
        elif re.fullmatch(r"\d|\d{3}", last):
            raise ValueError(f"cut inside a number: {label!r}")
        return meas, vintage
    if till == "salle":
        m = re.search(r" \(([^)]*)\)$", label)
        meas = None
        if m:
            if m.group(1) not in READ_SALLE:
                raise ValueError(f"unknown measure: {label!r}")
            meas = READ_SALLE[m.group(1)]
        years = re.findall(r"\b((?:19|20)\d\d)\b", label)
        if len(years) > 1:
            raise ValueError(f"two vintages: {label!r}")
        return meas, int(years[0]) if years else None
    if till == "emporter":
        m = re.fullmatch(r"(.*) \| (\d+),(\d\d) €", label)
        if not m:
            raise ValueError(f"no price: {label!r}")
        body = m.group(1)
        meas = None
        f = re.search(r" (\d+(?:,\d+)?) (cl|L)$", body)
        if f:
            v = float(f.group(1).replace(",", "."))
            meas = ("btl", v * 100 if f.group(2) == "L" else v)
        years = re.findall(r"\b((?:19|20)\d\d)\b", body)
        if len(years) > 1:
            raise ValueError(f"two vintages: {label!r}")
        return meas, int(years[0]) if years else None
    raise ValueError(till)
