"""The three tills' rendering habits.

resto : the restaurant's touch till. Articles typed from the wine list, mixed case with
        accents; a wine starts with its wine-list number `n°NN`; the vintage in four digits;
        the variant sold in parentheses at the end: `(Bouteille)`, `(Verre 15cl)`...
bar   : the bar's old keyboard register. ASCII capitals; the article name is cut at
        16 columns (mid-word, trailing blanks dropped), a two-digit vintage being part of
        the name; then the measure key AFTER the name: `VRE`, `P25`, `DEMI`, `33CL`...
hotel : the hotel PMS's nightly posting export. `OUTLET - description volume`: the outlet
        in capitals, the description in the PMS's plain charset (no accents, case kept,
        producer before the wine), a four-digit vintage, the volume sold in litres with a
        decimal point (`0.75L`, `0.125L`, `0.04L`).
"""
import hashlib
import unicodedata

from paimpol_rules import volume_of

RESTO_VARIANT = {
    "B": "Bouteille", "H": "Demi-bouteille", "M": "Magnum", "G": "Verre", "G12": "Verre 12cl",
    "G15": "Verre 15cl", "P25": "Pichet 25cl", "P50": "Pichet 50cl", "C": "Coupe",
    "D": "Dose", "D2": "2cl", "D6": "6cl", "DEMI": "Demi", "PINTE": "Pinte",
    "S25": "25cl", "S33": "33cl", "S50": "50cl", "S70": "70cl", "S75": "75cl", "S100": "1L",
}
BAR_KEY = {
    "B": "BTL", "H": "1/2", "M": "MAG", "G": "VRE", "G12": "12CL", "G15": "15CL",
    "P25": "P25", "P50": "P50", "C": "CP", "D": "DOSE", "D2": "2CL", "D6": "6CL",
    "DEMI": "DEMI", "PINTE": "PINTE", "S25": "25CL", "S33": "33CL", "S50": "50CL",
    "S70": "70CL", "S75": "75CL", "S100": "1L",
}
BAR_WIDTH = 16
OUTLETS = ("BAR", "RESTAURANT", "ROOM SERVICE", "MINIBAR", "DEMI-PENSION", "SEMINAIRE")


def ascii_fold(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def wine_list_number(key):
    """The wine list's number of a wine (a hash: the list was renumbered many times)."""
    return 1 + int(hashlib.sha256(("paimpol:" + key).encode()).hexdigest(), 16) % 98


def litres(cl):
    s = ("%.3f" % (cl / 100.0)).rstrip("0").rstrip(".")
    return s + "L"


def render(till, case, drink):
    """Return (label, cut) where cut is the vintage the till's width took off, if any."""
    text, measure, vintage = case["text"], case["measure"], case["vintage"]
    if till == "resto":
        parts = []
        if case.get("bin"):
            parts.append("n°%d" % wine_list_number(case["bin"]))
        parts.append(text)
        if vintage:
            parts.append(str(vintage))
        if measure:
            parts.append("(%s)" % RESTO_VARIANT[measure])
        return " ".join(parts), None
    if till == "bar":
        name = ascii_fold(text).upper().replace("'", " ").replace("-", " ")
        name = " ".join(name.split())
        full = name + (" %02d" % (vintage % 100) if vintage else "")
        cutname = full[:BAR_WIDTH].rstrip()
        cut = vintage if (vintage and cutname != full and not cutname.endswith(" %02d" % (vintage % 100))) else None
        label = cutname + (" " + BAR_KEY[measure] if measure else "")
        return label, cut
    if till == "hotel":
        outlet = case["outlet"]
        assert outlet in OUTLETS, outlet
        parts = [outlet, "-", ascii_fold(text)]
        if vintage:
            parts.append(str(vintage))
        vol = volume_of(measure, drink) if measure else None
        if measure and vol is None:
            raise ValueError("no volume for %r" % (case,))
        if vol is not None:
            parts.append(litres(vol))
        return " ".join(parts), None
    raise ValueError(till)
