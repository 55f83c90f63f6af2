"""The three tills of "La Cabane du Port" and how each prints a product.

A case is (ref, measure, vintage, text): `ref` is a drink key or `-FAM:reason` for a
product that is no drink of the library; `measure` a canonical measure code; `vintage`
the year the staff typed (or None); `text` the name as typed on that till.

render(till, family, measure, vintage, text, nv, seed) -> (label, vintage_still_printed)
"""
import hashlib
import unicodedata

# canonical measure codes -> pour volume in cl (None = a bottle / format word)
POURS = {"gl": 12.5, "gl12": 12.0, "cp": 12.5, "p50": 50.0, "p25": 25.0,
         "dose": 4.0, "cl6": 6.0, "demi": 25.0, "pinte": 50.0}
# bottle format words -> format_cl ('' = the ordinary bottle, 75 for a wine)
FORMATS = {"": None, "half": 37.5, "mag": 150, "b50": 50, "b33": 33, "b25": 25,
           "l1": 100, "b70": 70}

WINE_FAMS = ("b", "r", "rs", "lq", "bul")


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper().replace("’", " ").replace("'", " ")


def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


# ---------------------------------------------------------------- K: counter register
K_WIDTH = 20
K_FAM = {"b": "BL ", "r": "RG ", "rs": "RS ", "lq": "LIQ ", "bul": "BULL ", "ape": "APE ",
         "alc": "ALC ", "bier": "BIERE/", "soft": "SOFT ", "huit": "HUIT ", "cuis": "CUIS ",
         "cafe": "CAFE ", "div": "DIV "}
K_PRE = {"gl": "VRE", "gl12": "VRE12", "cp": "CP", "p50": "PCH50", "p25": "PCH25",
         "half": "1/2", "mag": "MAG"}
K_POST = {"dose": "DOSE", "cl6": "6CL", "demi": "DEMI", "pinte": "PINTE", "b33": "33CL",
          "b25": "25CL", "b50": "50CL", "l1": "1L", "b70": "70CL"}


def render_k(fam, meas, vint, text, nv, seed):
    name = ascii_upper(text)
    toks = [(K_FAM[fam], "fam")]
    if meas in K_PRE:
        toks.append((K_PRE[meas] + " ", "meas"))
    nwords = name.split(" ")
    for i, w in enumerate(nwords):
        toks.append((w + " ", "last" if i == len(nwords) - 1 else "name"))
    if meas in K_POST:
        toks.append((K_POST[meas] + " ", "post"))
    vtok = None
    if vint is not None:
        vtok = "%02d" % (vint % 100)
        toks.append((vtok + " ", "vint"))
    full = "".join(t for t, _ in toks).rstrip()
    label = full[:K_WIDTH].rstrip()
    if len(full) > K_WIDTH:
        # the staff shortened any product whose cut would take more than the vintage
        # and the end of the last word of the name (the build refuses such a label)
        pos = 0
        for tok, role in toks:
            word = tok.rstrip()
            a, b = pos, pos + len(word)
            pos += len(tok)
            if b <= K_WIDTH:
                continue
            kept = max(0, K_WIDTH - a)
            if role == "vint":
                assert kept == 0, ("K cut into a vintage", full)
            elif role == "last":
                assert kept >= 4 and not any(c.isdigit() for c in word), ("K cut", full)
                assert meas not in K_POST, ("K cut loses a measure", full)
            else:
                raise AssertionError(("K cut loses a word", role, full))
    printed = vtok is not None and label.endswith(" " + vtok)
    return label, printed


# ---------------------------------------------------------------- T: waiters' tablet
T_MEAS = {"": "", "gl": "verre", "gl12": "verre 12cl", "cp": "coupe", "p50": "pichet 50",
          "p25": "pichet 25", "half": "1/2 btle", "mag": "magnum", "dose": "dose",
          "cl6": "6cl", "demi": "demi", "pinte": "pinte", "b50": "50cl", "b33": "33cl",
          "b25": "25cl", "l1": "1l", "b70": "70cl"}
T_PRICE = {"": (22, 58), "half": (14, 30), "mag": (48, 110), "b50": (30, 45),
           "gl": (5, 9), "gl12": (5, 9), "cp": (9, 13), "p50": (14, 22), "p25": (8, 12),
           "dose": (6, 12), "cl6": (5, 7), "demi": (3, 4), "pinte": (6, 8), "b33": (4, 6),
           "b25": (3, 5), "l1": (4, 6), "b70": (45, 90)}


def render_t(fam, meas, vint, text, nv, seed):
    parts = [text]
    vtok = None
    if vint is not None:
        vtok = ("'%02d" % (vint % 100)) if h(seed, "v") % 3 else str(vint)
        parts.append(vtok)
    m = T_MEAS[meas]
    if not m and fam in WINE_FAMS and h(seed, "btle") % 4 == 0:
        m = "btle"
    if m:
        parts.append(m)
    lo, hi = T_PRICE[meas]
    if fam == "soft":
        lo, hi = 3, 6
    if fam == "bier" and meas in ("", "b33", "b25"):
        lo, hi = 5, 7
    if fam in ("alc", "ape") and meas == "":
        lo, hi = 7, 12
    lo, hi = {"huit": (12, 32), "cuis": (4, 28), "cafe": (2, 9), "div": (1, 5)}.get(fam, (lo, hi))
    euros = lo + h(seed, "p") % (hi - lo + 1)
    cents = (0, 50, 90, 0)[h(seed, "c") % 4]
    parts.append("%d,%02d" % (euros, cents))
    return " ".join(parts), vtok is not None


# ---------------------------------------------------------------- B: the oyster-hut bar
B_FAM = {"b": "VIN BLANC", "r": "VIN ROUGE", "rs": "VIN ROSE", "lq": "MOELLEUX",
         "bul": "BULLES", "ape": "APERITIF", "alc": "DIGESTIF", "bier": "BIERE",
         "soft": "SANS ALCOOL", "huit": "HUITRES", "cuis": "SNACK", "cafe": "CAFE",
         "div": "DIVERS"}
B_MEAS = {"half": "BTL 37,5CL", "mag": "MAG 150CL", "b50": "BTL 50CL", "gl": "VERRE",
          "gl12": "VERRE 12CL", "cp": "CP 12,5CL", "p50": "PICHET 50CL",
          "p25": "PICHET 25CL", "dose": "DOSE 4CL", "cl6": "VERRE 6CL", "demi": "DEMI 25CL",
          "pinte": "PINTE 50CL", "b33": "BTL 33CL", "b25": "BTL 25CL", "l1": "BTL 1L",
          "b70": "BTL 70CL"}


def render_b(fam, meas, vint, text, nv, seed):
    name = ascii_upper(text).replace(" ", ".")
    parts = [B_FAM[fam] + " - " + name]
    if vint is not None:
        parts.append(str(vint))
    elif nv:
        parts.append("N.V.")
    if meas:
        parts.append(B_MEAS[meas])
    elif fam in WINE_FAMS:
        parts.append("BTL 75CL")
    return " ".join(parts), vint is not None


RENDER = {"K": render_k, "T": render_t, "B": render_b}
