"""The three tills of Le Marais Gourmand: how each writes a label, and how a
label's vintage is read back."""
import hashlib
import re

# ---- caisse: the counter's old register, ASCII capitals, measure key first,
# two-digit vintage last, the line cut at 20 columns.
CAISSE_WIDTH = 20
CAISSE_KEY = {
    "btl": "", "half": "1/2", "mag": "MAG", "vre": "VRE", "v15": "V15", "cp": "CP",
    "car25": "CAR25", "car50": "CAR50", "dose": "DOSE", "d2": "2CL",
    "demi": "DEMI", "pinte": "PINTE", "b20": "20CL", "b25": "25CL", "b33": "33CL",
    "b50": "50CL", "b70": "70CL", "b75": "75CL", "b100": "1L", None: "",
}


def render_caisse(measure, text, vintage):
    assert text == text.upper() and text.isascii(), text
    parts = [CAISSE_KEY[measure], text, "%02d" % (vintage % 100) if vintage else ""]
    line = " ".join(p for p in parts if p)
    return line[:CAISSE_WIDTH].rstrip()


def vintage_caisse(label):
    last = label.split()[-1]
    if re.fullmatch(r"\d\d", last):
        n = int(last)
        return 2000 + n if n <= 30 else 1900 + n
    return None


# ---- salle: the dining-room tablet, the manager's wording in mixed case with
# accents, four-digit vintage, the variant in parentheses, the price.
SALLE_VARIANT = {
    "btl": "Bouteille", "half": "Demi-bouteille", "mag": "Magnum", "vre": "Verre",
    "v15": "Verre 15cl", "cp": "Coupe", "car25": "Carafe 25cl", "car50": "Carafe 50cl",
    "dose": "Dose", "d2": "Dose 2cl", "demi": "Demi", "pinte": "Pinte",
    "b20": "20cl", "b25": "25cl", "b33": "33cl", "b50": "50cl", "b70": "70cl",
    "b75": "75cl", "b100": "1L", "b300": "Jéroboam",
}


def _price(text, lo, hi):
    h = int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16)
    cents = lo * 100 + (h % ((hi - lo) * 20 + 1)) * 5
    return ("%d,%02d" % (cents // 100, cents % 100))


PRICE_RANGE = {  # euros, by measure
    "btl": (18, 48), "half": (11, 26), "mag": (42, 90), "b300": (150, 220),
    "vre": (3, 7), "v15": (4, 8), "cp": (6, 11), "car25": (6, 10), "car50": (11, 18),
    "dose": (4, 10), "d2": (2, 4), "demi": (3, 4), "pinte": (6, 8),
    "b20": (3, 4), "b25": (3, 5), "b33": (3, 6), "b50": (3, 5), "b70": (40, 80),
    "b75": (12, 18), "b100": (4, 7), None: (4, 24),
}


def render_salle(measure, text, vintage):
    name = text + (" %d" % vintage if vintage else "")
    price = _price(name + (measure or ""), *PRICE_RANGE[measure])
    if measure is None:
        return "%s %s€" % (name, price)
    return "%s (%s) %s€" % (name, SALLE_VARIANT[measure], price)


def vintage_salle(label):
    name = label.split(" (")[0] if " (" in label else label.rsplit(" ", 1)[0]
    found = re.findall(r"\b(?:19|20)\d\d\b", name)
    return int(found[-1]) if found else None


# ---- compta: the back office's export for the accountant, `;`-separated:
# PLU;FAMILLE;LIBELLE (capitals with accents, cut at 30);MILL;CONTENANT
COMPTA_WIDTH = 30
COMPTA_CONT = {
    "half": "37,5CL", "mag": "150CL", "vre": "12,5CL", "v15": "15CL", "cp": "COUPE",
    "car25": "25CL", "car50": "50CL", "dose": "4CL", "d2": "2CL", "demi": "25CL",
    "pinte": "50CL", "b20": "20CL", "b25": "25CL", "b33": "33CL", "b50": "50CL",
    "b70": "70CL", "b75": "75CL", "b100": "100CL", "b300": "300CL",
}


def compta_cont(measure, bottle_cl):
    if measure is None:
        return "UNITE"
    if measure == "btl":
        return ("%gCL" % bottle_cl).replace(".", ",")
    return COMPTA_CONT[measure]


def render_compta(family, measure, text, vintage, bottle_cl):
    assert text == text.upper(), text
    lib = text[:COMPTA_WIDTH].rstrip()
    cont = compta_cont(measure, bottle_cl)
    plu = int(hashlib.sha256((family + lib + cont).encode("utf-8")).hexdigest()[:8], 16) % 9000 + 1000
    return "%d;%s;%s;%s;%s" % (plu, family, lib, vintage or "", cont)


def vintage_compta(label):
    f = label.split(";")
    return int(f[3]) if f[3] else None
