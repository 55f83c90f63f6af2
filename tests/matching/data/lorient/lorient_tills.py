"""The three tills' rendering habits (see README)."""
import hashlib

CUT = 18  # caisse: the old register prints 18 columns

# measure code -> (caisse word, tablette word, bar word)
MEASURES = {
    "btl":   ("",       "Bouteille",       "btl"),
    "half":  ("1/2",    "Demi-bouteille",  "1/2"),
    "mag":   ("MAG",    "Magnum",          "mag"),
    "vre":   ("VRE",    "Verre",           "vre"),
    "vre15": ("VRE15",  "Verre 15cl",      "vre15"),
    "p25":   ("PICH25", "Pichet 25cl",     "p25"),
    "p50":   ("PICH50", "Pichet 50cl",     "p50"),
    "coupe": ("COUPE",  "Coupe",           "cp"),
    "dose":  ("DOSE",   "Dose",            "dose"),
    "dose2": ("2CL",    "Dose 2cl",        "2cl"),
    "demi":  ("DEMI",   "Demi",            "demi"),
    "pinte": ("PINTE",  "Pinte",           "pinte"),
    "b20":   ("20CL",   "Bouteille 20cl",  "20cl"),
    "b25":   ("25CL",   "Bouteille 25cl",  "25cl"),
    "b33":   ("33CL",   "Bouteille 33cl",  "33cl"),
    "b50":   ("50CL",   "Bouteille 50cl",  "50cl"),
    "b75":   ("75CL",   "Bouteille 75cl",  "75cl"),
    "b100":  ("1L",     "Bouteille 1L",    "1l"),
}
# volume of a pour (cl); None = a bottle
POUR = {"vre": 12.5, "vre15": 15, "p25": 25, "p50": 50, "coupe": 12.5, "dose": 4,
        "dose2": 2, "demi": 25, "pinte": 50}
SIZE = {"half": 37.5, "mag": 150, "b20": 20, "b25": 25, "b33": 33, "b50": 50, "b75": 75,
        "b100": 100}

FAMILIES = {"VR", "VB", "VS", "BU", "BP", "BB", "CI", "AL", "AP", "SO", "PZ", "GR", "DE",
            "CA", "DV"}
WINE_FAMILIES = {"VR", "VB", "VS", "BU"}


def family(entry, measure):
    cat, col = entry["category"], entry["colour"]
    if cat in ("vin", "champagne"):
        return {"rouge": "VR", "blanc": "VB", "rosé": "VS", "effervescent": "BU"}[col]
    if cat == "bière":
        return "BP" if measure in ("demi", "pinte") else "BB"
    if cat == "spiritueux":
        return "AL"
    if cat == "soft":
        return "SO"
    if entry["name"].startswith("Cidre"):
        return "CI"
    return "AP"


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def price(key, measure):
    base = {"btl": 24, "half": 14, "mag": 48, "vre": 5, "vre15": 6, "p25": 8, "p50": 14,
            "coupe": 7, "dose": 6, "dose2": 3, "demi": 3, "pinte": 6, "b20": 6, "b25": 3,
            "b33": 4, "b50": 3, "b75": 12, "b100": 5}.get(measure, 4)
    cents = base * 100 + (_h(key + "|" + measure) % 4) * 50
    return "%d,%02d" % (cents // 100, cents % 100)


def render_caisse(fam, measure, text, vintage):
    """Upper-case register: FAMILY-MEASURE NAME YY, cut at 18 columns.
    Returns (label, full)."""
    m = MEASURES[measure][0] if measure else ""
    parts = [fam + "-" + (m + " " if m else "") + text]
    if vintage:
        parts.append("%02d" % (vintage % 100))
    full = " ".join(parts)
    label = full[:CUT].rstrip()
    if len(full) > CUT:
        # the cut may only take the vintage and the tail of the name's last word
        head = fam + "-" + (m + " " if m else "") + text
        words = text.split()
        keep_min = len(head) - len(words[-1]) + min(3, len(words[-1]))
        if len(label) < keep_min:
            raise ValueError("caisse cut loses too much: %r -> %r" % (full, label))
    assert label == label.upper() and label.isascii(), label
    return label, full


def render_tablette(measure, text, vintage):
    s = "1x " + text
    if vintage:
        s += " %d" % vintage
    if measure:
        s += " - " + MEASURES[measure][1]
    return s


def render_bar(key, measure, text, vintage):
    s = (MEASURES[measure][2] + ":" if measure else "") + text
    if vintage:
        s += " '%02d" % (vintage % 100)
    s += " " + price(key or text, measure or "x")
    assert s == s.lower() and s.isascii(), s
    return s
