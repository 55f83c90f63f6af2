"""The three tills of the Brasserie du Quai and how each renders a label.

caisse  : counter register (old cash register at the zinc).  A 5-digit article number
          (PLU: two digits of family + three), a space, then the button text in ASCII
          capitals: family prefix with its own separator (`VB `, `VR `, `VRS `, `BUL `,
          `CIDRE-`, `BIERE-`, `APERO/`, `DIGEST/`, `SOFT-`, `CUIS `, `CAFE `, `DIV `), the
          measure word (`VRE`, `VRE14`, `PICH25`, `PICH50`, `CP`, `1/2`, `MAG`, `BT33`...,
          `DOSE`, `2CL`, `4CL`, `DEMI`, `PINTE`; nothing for a wine's 75 cl), the staff's
          short name, the vintage as two digits.  The button text is cut at 22 columns.
salle   : waiters' handheld.  As typed, mixed case with accents, dots or glued words,
          vintage as 'yy, the measure word after it (`Verre`, `Verre 14`, `Pichet 50`,
          `Coupe`, `Btle`, `1/2 Btle`, `Mag`, `Demi`, `Pinte`, `Dose`, `33cl`...), and the
          price with a decimal comma.  No cut.
bar     : terrace / bar terminal, product-and-variant export: `FAMILY - Product 2021 -
          Variant`, family in capitals, product in mixed case without accents, four-digit
          vintage, the variant spelt out (`Verre 14cl`, `Pichet 50cl`, `Bouteille`,
          `Demi-bouteille`, `Magnum`, `Demi`, `Pinte`, `Dose 4cl`, `33cl`...).  No cut.
"""
import hashlib

CAISSE_WIDTH = 22

# measure code -> (kind, volume cl)
MEASURES = {
    "btl": ("bottle", 75), "btl0": ("bottle", 75), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "b50": ("bottle", 50), "b33": ("bottle", 33), "b25": ("bottle", 25), "b70": ("bottle", 70),
    "b100": ("bottle", 100), "b75": ("bottle", 75),
    "glass": ("pour", 12.5), "glass14": ("pour", 14), "pich25": ("pour", 25), "pich50": ("pour", 50),
    "coupe": ("pour", 12.5),
    "dose": ("dose", 4), "cl2": ("dose", 2), "cl4": ("dose", 4),
    "demi": ("draught", 25), "pinte": ("draught", 50),
    "": (None, None),
}

CAISSE_WORD = {
    "btl": "", "btl0": "", "half": "1/2 ", "mag": "MAG ", "b50": "BT50 ", "b33": "BT33 ", "b25": "BT25 ",
    "b70": "BT70 ", "b100": "BT1L ", "b75": "BT75 ", "glass": "VRE ", "glass14": "VRE14 ",
    "pich25": "PICH25 ", "pich50": "PICH50 ", "coupe": "CP ", "dose": "DOSE ", "cl2": "2CL ",
    "cl4": "4CL ", "demi": "DEMI ", "pinte": "PINTE ", "": "",
}
SALLE_WORD = {
    "btl": "Btle", "btl0": "", "half": "1/2 Btle", "mag": "Mag", "b50": "50cl", "b33": "33cl",
    "b25": "25cl", "b70": "70cl", "b100": "1L", "b75": "75cl", "glass": "Verre", "glass14": "Verre 14",
    "pich25": "Pichet 25", "pich50": "Pichet 50", "coupe": "Coupe", "dose": "Dose", "cl2": "2cl",
    "cl4": "4cl", "demi": "Demi", "pinte": "Pinte", "": "",
}
BAR_WORD = {
    "btl": "Bouteille", "btl0": "", "half": "Demi-bouteille", "mag": "Magnum", "b50": "50cl",
    "b33": "33cl", "b25": "25cl", "b70": "70cl", "b100": "1L", "b75": "75cl", "glass": "Verre",
    "glass14": "Verre 14cl", "pich25": "Pichet 25cl", "pich50": "Pichet 50cl", "coupe": "Coupe",
    "dose": "Dose", "cl2": "Dose 2cl", "cl4": "Dose 4cl", "demi": "Demi", "pinte": "Pinte", "": "",
}

CAISSE_PREFIX = {"vb": "VB ", "vr": "VR ", "vrs": "VRS ", "bul": "BUL ", "cidre": "CIDRE-",
                 "biere": "BIERE-", "apero": "APERO/", "digest": "DIGEST/", "soft": "SOFT-",
                 "cuis": "CUIS ", "cafe": "CAFE ", "div": "DIV "}
PLU_FAMILY = {"vb": 11, "vr": 12, "vrs": 13, "bul": 14, "cidre": 21, "biere": 22, "apero": 31,
              "digest": 32, "soft": 41, "cuis": 51, "cafe": 61, "div": 91}
BAR_FAMILY = {"vb": "VIN BLANC", "vr": "VIN ROUGE", "vrs": "VIN ROSE", "bul": "BULLES",
              "cidre": "CIDRE", "biere": "BIERE", "apero": "APERITIF", "digest": "DIGESTIF",
              "soft": "SOFT", "cuis": "CUISINE", "cafe": "CAFE", "div": "DIVERS"}

# salle prices: (base in euros, number of 0.50 steps)
SALLE_PRICE = {
    "btl": (24, 50), "btl0": (24, 50), "half": (15, 16), "mag": (55, 60), "b50": (28, 20),
    "b33": (4.5, 5), "b25": (4, 4), "b70": (45, 40), "b100": (5, 4), "b75": (14, 10),
    "glass": (4.5, 8), "glass14": (5.5, 8), "pich25": (8, 6), "pich50": (14, 10), "coupe": (8.5, 10),
    "dose": (6, 10), "cl2": (3, 2), "cl4": (6, 10), "demi": (3, 4), "pinte": (6, 5),
}
# products without a measure word: kitchen, coffee, services, mixed drinks
SALLE_PRICE_OTHER = {"cuis": (9, 30), "cafe": (1.5, 8), "div": (0, 8), "apero": (5, 8),
                     "soft": (3, 5), "biere": (3.5, 6), "digest": (6, 10), "bul": (9, 10)}


def _h(s):
    return int(hashlib.md5(s.encode("utf-8")).hexdigest(), 16)


def euros(x):
    return ("%.2f" % x).replace(".", ",")


def is_ascii_upper(s):
    return all(ord(c) < 128 for c in s) and s == s.upper()


def render_caisse(fam, measure, year, text, used_plu):
    """Return (label, required_part, full_core)."""
    assert is_ascii_upper(text), text
    ident = text.split("~")[0].rstrip()
    body = text.replace("~", "")
    core = CAISSE_PREFIX[fam] + CAISSE_WORD[measure] + body
    if year is not None:
        core += " %02d" % (year % 100)
    cut = core[:CAISSE_WIDTH].rstrip()
    required = CAISSE_PREFIX[fam] + CAISSE_WORD[measure] + ident
    plu = PLU_FAMILY[fam] * 1000 + _h(core) % 1000
    while plu in used_plu:
        plu = PLU_FAMILY[fam] * 1000 + (plu + 7) % 1000
    used_plu.add(plu)
    return "%05d %s" % (plu, cut), required, core


def render_salle(fam, measure, year, text):
    assert "~" not in text
    parts = [text]
    if year is not None:
        parts.append("'%02d" % (year % 100))
    if SALLE_WORD[measure]:
        parts.append(SALLE_WORD[measure])
    stem = " ".join(parts)
    base, steps = SALLE_PRICE[measure] if measure else SALLE_PRICE_OTHER[fam]
    price = base + (_h(stem) % steps) * 0.5
    return stem + " " + euros(price)


def render_bar(fam, measure, year, text):
    assert "~" not in text and all(ord(c) < 128 for c in text), text
    family = BAR_FAMILY[fam]
    if fam == "biere" and measure in ("demi", "pinte"):
        family = "PRESSION"
    prod = text + (" %d" % year if year is not None else "")
    segs = [family, prod]
    if BAR_WORD[measure]:
        segs.append(BAR_WORD[measure])
    return " - ".join(segs)
