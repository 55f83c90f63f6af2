"""The three tills' rendering habits and how a label is read back.

Canonical measures used in the case modules:
  B  ordinary bottle          H half bottle (37.5)     M magnum (150)
  F<cl> explicit bottle size  G glass, no volume (12.5) G12 / G15 glass of 12 / 15 cl
  CP coupe (12.5)             P25 / P50 pichet          D dose 4 cl, D2 2 cl, D6 6 cl
  DEMI 25 cl / PINTE 50 cl from a keg                   -  nothing (food, services...)
"""
import re
import unicodedata

POUR_CL = {"G": 12.5, "CP": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50,
           "D": 4, "D2": 2, "D6": 6, "DEMI": 25, "PINTE": 50}
BOTTLE = {"B", "H", "M"}


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def fmt_cl(x):
    return ("%g" % x)


# ---------------------------------------------------------------- C: comptoir
# Bar counter register: ASCII capitals, the measure key first, two-digit vintage
# at the end (a spirit's year in four digits), the whole line cut at 18 characters.
C_WIDTH = 18
C_MEAS = {"B": "BTL", "H": "1/2", "M": "MAG", "G": "VRE", "G12": "VRE12", "G15": "VRE15",
          "CP": "CP", "P25": "PICH25", "P50": "PICH50", "D": "DOSE", "D2": "2CL",
          "D6": "6CL", "DEMI": "DEMI", "PINTE": "PINTE"}
C_MEAS_BACK = {v: k for k, v in C_MEAS.items()}


def c_meas(m):
    if m in C_MEAS:
        return C_MEAS[m]
    if m.startswith("F"):
        return {"100": "1L"}.get(m[1:], m[1:] + "CL")
    raise ValueError(m)


def render_c(text, meas, vint):
    parts = []
    if meas != "-":
        parts.append(c_meas(meas))
    parts.append(ascii_(text).upper())
    if vint is not None:
        parts.append("%04d" % vint if vint < 1990 or (meas.startswith("D") and vint < 2000)
                     else "%02d" % (vint % 100))
    full = " ".join(parts)
    cut = full[:C_WIDTH].rstrip()
    if vint is not None:
        vstart = len(full) - len(parts[-1])
        if vstart < len(cut) < len(full):  # the cut must take the vintage off whole
            raise ValueError("cut splits the vintage: %r -> %r" % (full, cut))
    return cut


def read_c(label):
    """-> (measure, vintage) as printed."""
    toks = label.split()
    meas = "-"
    if toks and toks[0] in C_MEAS_BACK:
        meas = C_MEAS_BACK[toks[0]]
    elif toks and toks[0] == "1L":
        meas = "F100"
    elif toks and re.fullmatch(r"\d+(\.\d)?CL", toks[0]):
        meas = "F" + toks[0][:-2]
    vint = None
    if len(toks) > 1:
        last = toks[-1]
        if re.fullmatch(r"\d\d", last):
            vint = 2000 + int(last) if int(last) <= 30 else 1900 + int(last)
        elif re.fullmatch(r"(19|20)\d\d", last):
            vint = int(last)
    return meas, vint


# ---------------------------------------------------------------- S: salle
# Dining-room till: family word in capitals, then the product in mixed case with
# accents, a four-digit vintage, the measure in brackets; then the price " 32,00 €".
S_FAM = {"ROUGE": "rouge", "BLANC": "blanc", "ROSÉ": "rosé", "MOELLEUX": "liquoreux",
         "BULLES": "bulles", "APÉRO": "apero", "DIGESTIF": "digestif", "BIÈRE": "bière",
         "SOFT": "soft", "CUISINE": None, "CAFÉ": None, "DIVERS": None}
S_MEAS = {"B": "Btl", "H": "1/2 Btl", "M": "Magnum", "G": "Verre", "G12": "Verre 12cl",
          "G15": "Verre 15cl", "CP": "Coupe", "P25": "Pichet 25cl", "P50": "Pichet 50cl",
          "D": "Dose", "D2": "Dose 2cl", "D6": "Dose 6cl", "DEMI": "Demi", "PINTE": "Pinte"}
S_MEAS_BACK = {v: k for k, v in S_MEAS.items()}


def s_fam_of(d):
    if d["category"] == "champagne" or d["colour"] == "effervescent":
        return "BULLES"
    if d["category"] == "vin":
        return {"rouge": "ROUGE", "blanc": "BLANC", "rosé": "ROSÉ",
                "liquoreux": "MOELLEUX"}[d["colour"]]
    if d["category"] == "autre":
        return "APÉRO"
    if d["category"] == "spiritueux":
        return "APÉRO" if d["key"] in ("ricard", "p51", "get27") else "DIGESTIF"
    return {"bière": "BIÈRE", "soft": "SOFT"}[d["category"]]


def s_meas(m):
    if m in S_MEAS:
        return S_MEAS[m]
    if m.startswith("F"):
        return {"100": "1L"}.get(m[1:], m[1:].replace(".", ",") + "cl")
    raise ValueError(m)


def price(label, lo, hi):
    import hashlib
    h = int(hashlib.md5(label.encode("utf-8")).hexdigest()[:8], 16)
    cents = lo * 100 + h % ((hi - lo) * 100)
    cents -= cents % 10
    return "%d,%02d" % (cents // 100, cents % 100)


def render_s(fam, text, meas, vint):
    s = fam + " " + text
    if vint is not None:
        s += " %04d" % vint
    if meas != "-":
        s += " (" + s_meas(meas) + ")"
    if fam in ("SOFT", "CAFÉ") or meas in ("D", "D2", "D6", "DEMI", "PINTE"):
        lo, hi = 2, 9
    elif meas in POUR_CL:
        lo, hi = 4, 24
    elif fam in ("CUISINE", "DIVERS"):
        lo, hi = 6, 32
    elif meas == "H":
        lo, hi = 14, 45
    elif meas == "M":
        lo, hi = 60, 190
    else:
        lo, hi = 24, 95
    return s + " " + price(s, lo, hi) + " €"


def read_s(label):
    m = re.fullmatch(r"(\S+) (.*?)(?: \(([^)]*)\))? (\d+,\d\d) €", label)
    if not m:
        return None
    fam, body, ms, _ = m.groups()
    meas = "-"
    if ms:
        if ms in S_MEAS_BACK:
            meas = S_MEAS_BACK[ms]
        elif ms == "1L":
            meas = "F100"
        elif re.fullmatch(r"\d+(,\d)?cl", ms):
            meas = "F" + ms[:-2].replace(",", ".")
        else:
            meas = "?"
    vm = re.search(r" ((?:19|20)\d\d)$", body)
    return fam, meas, (int(vm.group(1)) if vm else None)


# ---------------------------------------------------------------- K: kiosque
# Takeaway/kiosk till at the stadium gate: lower case ASCII, vintage as 'yy, and
# every drink carries its volume in cl, never a word (a glass is "12cl").
K_VOL = {"G12": "12cl", "G15": "15cl", "P25": "25cl", "P50": "50cl", "D": "4cl",
         "D2": "2cl", "D6": "6cl", "DEMI": "25cl", "PINTE": "50cl", "H": "37.5cl",
         "M": "150cl"}


def render_k(text, meas, vint, ordinary=None):
    s = ascii_(text).lower()
    if vint is not None:
        s += " '%02d" % (vint % 100)
    if meas != "-":
        if meas in K_VOL:
            v = K_VOL[meas]
        elif meas == "B":
            v = fmt_cl(ordinary) + "cl"
        elif meas.startswith("F"):
            v = meas[1:] + "cl"
        else:
            raise ValueError("K has no volume for " + meas)
        s += " " + v
    return s


def read_k(label):
    """-> (volume in cl or None, vintage)"""
    vm = re.search(r" '(\d\d)(?: |$)", label)
    vint = None
    if vm:
        yy = int(vm.group(1))
        vint = 2000 + yy if yy <= 30 else 1900 + yy
    mm = re.search(r" (\d+(?:\.\d)?)cl$", label)
    return (float(mm.group(1)) if mm else None), vint


def k_meas_for(drink_formats, vol):
    """How a K volume reads for a held drink: its own bottle size, a half/magnum,
    a keg measure, or a pour of the ordinary bottle."""
    if vol is None:
        return "-"
    if vol == 37.5:
        return "H"
    if vol == 150:
        return "M"
    if vol in drink_formats:
        return "F" + fmt_cl(vol)
    if any(f >= 2000 for f in drink_formats) and vol in (25, 50):
        return "DEMI" if vol == 25 else "PINTE"
    return "V" + fmt_cl(vol)
