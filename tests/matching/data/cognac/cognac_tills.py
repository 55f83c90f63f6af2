"""The three tills' rendering habits (see README.md, "The three tills")."""
import hashlib
from urllib.parse import quote_plus

# internal measure code -> (kind, cl). kind: "bottle" (a size; cl None = a wine's 75 cl),
# "pour" (a glass or a dose), "draught" (from a keg).
MEASURES = {
    "btl": ("bottle", 75), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "b70": ("bottle", 70), "b35": ("bottle", 35), "b150": ("bottle", 150), "b75": ("bottle", 75),
    "b33": ("bottle", 33), "b20": ("bottle", 20), "b50": ("bottle", 50), "b100": ("bottle", 100),
    "glass": ("pour", 12.5), "g8": ("pour", 8), "coupe": ("pour", 12.5),
    "c2": ("pour", 2), "c3": ("pour", 3), "c4": ("pour", 4), "dose": ("pour", 4),
    "demi": ("draught", 25), "pinte": ("draught", 50),
}

CAISSE_MEAS = {
    "btl": "BTL", "half": "1/2", "mag": "MAG", "b70": "70CL", "b35": "35CL", "b150": "150CL",
    "b75": "75CL", "b33": "33CL", "b20": "20CL", "b50": "50CL", "b100": "1L",
    "glass": "VRE", "g8": "VRE8", "coupe": "CP", "c2": "2CL", "c3": "3CL", "c4": "4CL",
    "dose": "DOSE", "demi": "DEMI", "pinte": "PINTE",
}
GUERIDON_MEAS = {
    "btl": "bouteille", "half": "demi-bouteille", "mag": "magnum", "b70": "bouteille 70 cl",
    "b35": "flasque 35 cl", "b150": "bouteille 150 cl", "b75": "bouteille 75 cl",
    "b33": "bouteille 33 cl", "b20": "bouteille 20 cl", "b50": "bouteille 50 cl",
    "b100": "bouteille 1 l", "glass": "verre", "g8": "verre 8 cl", "coupe": "coupe",
    "c2": "tulipe 2 cl", "c3": "tulipe 3 cl", "c4": "tulipe 4 cl", "dose": "dose",
    "demi": "demi", "pinte": "pinte",
}
ESHOP_SIZE = {
    "btl": "75cl", "half": "37,5cl", "mag": "150cl", "b70": "70cl", "b35": "35cl",
    "b150": "150cl", "b75": "75cl", "b33": "33cl", "b20": "20cl", "b50": "50cl", "b100": "100cl",
}

CAISSE_WIDTH = 20  # the name field of the register (name and vintage), cut hard

# the register's departments: 1 cognacs, 2 armagnacs, 3 calvados and liqueurs, 4 pineaux and
# wine aperitifs, 5 still wines, 6 champagnes and crémants, 7 beers, 8 softs and waters,
# 9 kitchen, coffee and services.
def department(drink):
    app = drink["appellation"] or ""
    cat = drink["category"]
    if app.startswith("Cognac"):
        return 1
    if app.endswith("Armagnac"):
        return 2
    if cat == "spiritueux":
        return 3
    if cat == "autre":
        return 4
    if cat == "champagne" or drink["colour"] == "effervescent" or app.startswith("Crémant"):
        return 6
    if cat == "vin":
        return 5
    if cat == "bière":
        return 7
    return 8


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def caisse_cut(text, vint):
    """The register's name field: text and vintage, cut at CAISSE_WIDTH. Returns the field;
    raises ValueError on a cut the staff would not have typed (lost word, half number)."""
    full = text + (" " + vint if vint else "")
    if len(full) <= CAISSE_WIDTH:
        return full
    cut = full[:CAISSE_WIDTH].rstrip()
    if cut == text:
        return cut
    if len(text) <= CAISSE_WIDTH:
        raise ValueError("cut into the vintage: %r" % full)
    toks = text.split(" ")
    head = " ".join(toks[:-1])
    last = toks[-1]
    if cut.startswith(head + " ") and last.isalpha():
        kept = cut[len(head) + 1:]
        if len(kept) >= 4 and last.startswith(kept):
            return cut
    raise ValueError("refused cut %r -> %r" % (full, cut))


def render_caisse(dept, measure, vint, text, drink):
    if vint is not None:
        v = "%02d" % (vint % 100) if drink["category"] in ("vin", "champagne") else str(vint)
    else:
        v = None
    field = caisse_cut(text, v)
    lab = "D%d %s" % (dept, field)
    if measure:
        lab += " " + CAISSE_MEAS[measure]
    return lab


def _elide(word_after):
    return word_after[:1] in "AEIOUÉÈÊÂHaeiouéh"


def render_gueridon(measure, vint, text):
    body = text + (" %d" % vint if vint is not None else "")
    if measure:
        ph = GUERIDON_MEAS[measure]
        body = ph + (" d'" if _elide(text) else " de ") + body
    h = _h("gueridon|" + body)
    kind = MEASURES[measure][0] if measure else None
    lo, span = {"pour": (600, 3000), "draught": (450, 500), "bottle": (2800, 30000)}.get(kind, (300, 2500))
    if measure in ("b20", "b33", "b50", "b100"):
        lo, span = 350, 600
    price = (lo + h % span) // 50 * 50 / 100.0
    return "%s = %.2f EUR" % (body, price)


def render_eshop(measure, vint, text, variant=None):
    h = _h("eshop|" + text + "|" + str(measure) + "|" + str(vint))
    pid = 10000 + h % 90000
    qty = 1 + (h // 90000) % 3
    if variant is None:
        size = ESHOP_SIZE[measure]
        variant = ("%d / %s" % (vint, size)) if vint is not None else size
    return "product_id=%d&title=%s&variant=%s&qty=%d" % (pid, quote_plus(text), quote_plus(variant), qty)
