"""The three tills of "La Table du Luberon" and how each prints a product.

A case spec is (fam, key, meas, vintage, text, reason):
  fam     family code (rs bl rg ch ap al bi so cu dv); None = taken from the drink
  key     the drink the staff typed (provence_drinks key), or None for no drink of the library
  meas    serving: btl (a wine's 75 cl, or a non-wine's only format), b<cl> (a bottle of that
          size: b33, b25, b35.5, b50, b70, b100), half, mag, verre, p25, p50, cp, dose, demi,
          pinte; None for food and services
  vintage the year the staff typed (int) or None
  text    the name as the staff typed it on that till
  reason  why it is no drink of the library (key None only)
"""
import hashlib

WINE_FAMS = ("rs", "bl", "rg", "ch")

# --- C: the counter register (old cash register, capitals, 24 columns) -------
C_FAM = {"rs": "ROSE", "bl": "BLANC", "rg": "ROUGE", "ch": "CHAMP", "ap": "APERO",
         "al": "ALCOOL", "bi": "BIERE", "so": "SOFT", "cu": "CUISINE", "dv": "DIVERS"}
C_MEAS = {"btl": "", "half": "1/2", "mag": "MAG", "verre": "VERRE", "p25": "PICHET 25",
          "p50": "PICHET 50", "cp": "CP", "dose": "DOSE", "demi": "DEMI", "pinte": "PINTE"}
C_WIDTH = 24
C_PRICE_WIDTH = 7

# --- T: the terrace tablet (lower case, code-hyphen family, 'yy, price) --------
T_FAM = {"rs": "vrs", "bl": "vb", "rg": "vr", "ch": "chp", "ap": "ape", "al": "dig",
         "bi": "bib", "so": "sft", "cu": "cui", "dv": "div"}
T_DRAUGHT_FAM = "pre"
T_MEAS = {"btl": "", "half": "1/2 btl", "mag": "magnum", "verre": "verre",
          "p25": "pichet 25cl", "p50": "pichet 50cl", "cp": "coupe", "dose": "dose",
          "demi": "demi", "pinte": "pinte"}

# --- S: the dining-room till's back office (family words, 4-digit year or N.V.) -
S_FAM = {"rs": "VINS RSE", "bl": "VINS BLC", "rg": "VINS RGE", "ch": "CHAMPAGNES",
         "ap": "APERITIFS", "al": "ALCOOLS", "bi": "BIERES", "so": "SOFTS", "cu": "PLATS",
         "dv": "DIVERS"}
S_MEAS = {"btl": "75cl", "half": "37,5cl", "mag": "150cl", "verre": "Verre",
          "p25": "Pichet 25cl", "p50": "Pichet 50cl", "cp": "Coupe", "dose": "Dose",
          "demi": "Demi", "pinte": "Pinte"}


def num(cl, dec):
    s = ("%g" % cl)
    return s.replace(".", dec)


def size_word(till, cl):
    if till == "C":
        return "1L" if cl == 100 else num(cl, ".") + "CL"
    if till == "T":
        return "1l" if cl == 100 else num(cl, ".") + "cl"
    return num(cl, ",") + "cl"


def meas_word(till, meas):
    if meas is None:
        return ""
    if meas.startswith("b") and meas != "btl":
        return size_word(till, float(meas[1:]))
    return {"C": C_MEAS, "T": T_MEAS, "S": S_MEAS}[till][meas]


PRICE_RANGE = {  # (lowest, number of 0,50 steps)
    "btl": (26, 76), "half": (16, 28), "mag": (58, 100), "verre": (5, 9), "p25": (9, 10),
    "p50": (16, 16), "cp": (9, 9), "dose": (3.5, 7), "demi": (3.5, 3), "pinte": (6.5, 4),
    "beer": (4.5, 6), "soft": (3, 5), "spirit": (45, 40), "food": (6, 36), "service": (1.5, 8), "apero_btl": (18, 24),
}


def price(till, fam, meas, text):
    h = int(hashlib.sha256(("%s|%s|%s|%s" % (till, fam, meas, text)).encode()).hexdigest(), 16)
    if meas is None:
        kind = "service" if fam == "dv" else "food"
    elif meas.startswith("b") and meas != "btl":
        kind = {"bi": "beer", "so": "soft", "ap": "apero_btl"}.get(fam, "spirit")
    elif meas == "btl" and fam not in WINE_FAMS:
        kind = {"bi": "beer", "so": "soft"}.get(fam, "spirit")
    else:
        kind = meas
    lo, steps = PRICE_RANGE[kind]
    p = lo + 0.5 * (h % steps)
    return ("%.2f" % p).replace(".", ",")


def cut(s, width):
    return s[:width].rstrip()


def render(till, fam, meas, vintage, text, draught=False):
    """The label as the till prints it."""
    mw = meas_word(till, meas)
    if till == "C":
        parts = [C_FAM[fam] + "/" + (mw + " " if mw else "") + text]
        if vintage is not None:
            parts.append("%02d" % (vintage % 100))
        body = cut(" ".join(parts), C_WIDTH)
        return body.ljust(C_WIDTH) + price(till, fam, meas, text).rjust(C_PRICE_WIDTH)
    if till == "T":
        f = T_DRAUGHT_FAM if draught else T_FAM[fam]
        parts = [f + "-" + text]
        if vintage is not None:
            parts.append("'%02d" % (vintage % 100))
        if mw:
            parts.append(mw)
        parts.append(price(till, fam, meas, text))
        return " ".join(parts)
    if till == "S":
        parts = [S_FAM[fam], text]
        if fam in WINE_FAMS:
            parts.append(str(vintage) if vintage is not None else "N.V.")
        if mw:
            parts.append(mw)
        parts.append(price(till, fam, meas, text))
        return " ".join(parts)
    raise ValueError(till)
