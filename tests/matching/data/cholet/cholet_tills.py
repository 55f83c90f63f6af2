"""The three tills of Le Panier Rouge: rendering a keyed product, reading a label back.

A measure read back is ("bottle", cl or None), ("pour", cl), ("draught", cl),
("demi", None) (half bottle on a wine, 25 cl draught on a beer) or None.
"""
import hashlib
import re
import unicodedata

TILLS = ("caisse", "tablette", "export")

# --- shared -----------------------------------------------------------------
def ascii_fold(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:8], 16)


# spec measure -> normalised measure
SPEC = {
    "-": None, "btl": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "b25": ("bottle", 25), "b33": ("bottle", 33), "b50": ("bottle", 50), "b70": ("bottle", 70),
    "b75": ("bottle", 75), "b100": ("bottle", 100),
    "g": ("pour", 12.5), "g12": ("pour", 12), "g15": ("pour", 15), "cp": ("pour", 12.5),
    "p25": ("pour", 25), "p50": ("pour", 50), "dose": ("pour", 4), "d2": ("pour", 2),
    "demi": ("demi", None), "pinte": ("draught", 50),
}

# --- caisse: the bar's old register -------------------------------------------
# '#PLU', upper-case ASCII, small words dropped, every word of letters cut to
# four letters, words with a digit kept whole, vintage as two digits, the
# measure glued after a slash.
C_STOP = {"LE", "LA", "LES", "DE", "DU", "DES", "D", "L", "ET", "AU", "AUX", "EN"}
C_MEAS = {"btl": "", "half": "/DEMI", "mag": "/MAG", "b25": "/25CL", "b33": "/33CL",
          "b50": "/50CL", "b70": "/70CL", "b75": "/75CL", "b100": "/1L", "g": "/VR",
          "g12": "/VR12", "g15": "/VR15", "cp": "/CP", "p25": "/PICH25", "p50": "/PICH50",
          "dose": "/DOSE", "d2": "/2CL", "demi": "/DEMI", "pinte": "/PINTE", "-": ""}
C_READ = {"DEMI": ("demi", None), "MAG": ("bottle", 150), "25CL": ("bottle", 25),
          "33CL": ("bottle", 33), "50CL": ("bottle", 50), "70CL": ("bottle", 70),
          "75CL": ("bottle", 75), "1L": ("bottle", 100), "VR": ("pour", 12.5),
          "VR12": ("pour", 12), "VR15": ("pour", 15), "CP": ("pour", 12.5),
          "PICH25": ("pour", 25), "PICH50": ("pour", 50), "DOSE": ("pour", 4),
          "2CL": ("pour", 2), "PINTE": ("draught", 50)}


def caisse_words(text):
    t = ascii_fold(text).upper().replace("'", " ").replace("-", " ").replace("&", " ")
    out = []
    for w in t.split():
        if w in C_STOP:
            continue
        out.append(w if any(c.isdigit() for c in w) else w[:4])
    return out


def render_caisse(key, meas, vint, text):
    words = caisse_words(text)
    if vint:
        words.append("%02d" % (vint % 100))
    plu = 100 + h("caisse", key, meas, text) % 900
    return "#%d %s%s" % (plu, " ".join(words), C_MEAS[meas])


def read_caisse(label):
    body = label.split(" ", 1)[1]
    meas = None
    if "/" in body:
        body, code = body.rsplit("/", 1)
        meas = C_READ[code]
    else:
        meas = ("bottle", None)
    words = body.split()
    vint = None
    if re.fullmatch(r"\d\d", words[-1]):
        yy = int(words[-1])
        vint = 2000 + yy if yy <= 30 else 1900 + yy
    return meas, vint


# --- tablette: the waiters' tablet on match nights ---------------------------
# as typed (accents, mixed case), fields joined by ' · ', vintage in four digits
# as a field, the serving spelt out as the last field.
T_MEAS = {"btl": "Bouteille", "half": "Demi-bouteille", "mag": "Magnum",
          "b25": "Bouteille 25cl", "b33": "Bouteille 33cl", "b50": "Bouteille 50cl",
          "b70": "Bouteille 70cl", "b75": "Bouteille 75cl", "b100": "Bouteille 1L",
          "g": "Verre", "g12": "Verre 12cl", "g15": "Verre 15cl", "cp": "Coupe",
          "p25": "Pichet 25cl", "p50": "Pichet 50cl", "dose": "Dose", "d2": "Shot 2cl",
          "demi": "Demi", "pinte": "Pinte", "-": None}
T_READ = {"Bouteille": ("bottle", None), "Demi-bouteille": ("bottle", 37.5),
          "Magnum": ("bottle", 150), "Bouteille 25cl": ("bottle", 25),
          "Bouteille 33cl": ("bottle", 33), "Bouteille 50cl": ("bottle", 50),
          "Bouteille 70cl": ("bottle", 70), "Bouteille 75cl": ("bottle", 75),
          "Bouteille 1L": ("bottle", 100), "Verre": ("pour", 12.5), "Verre 12cl": ("pour", 12),
          "Verre 15cl": ("pour", 15), "Coupe": ("pour", 12.5), "Pichet 25cl": ("pour", 25),
          "Pichet 50cl": ("pour", 50), "Dose": ("pour", 4), "Shot 2cl": ("pour", 2),
          "Demi": ("demi", None), "Pinte": ("draught", 50)}


def render_tablette(key, meas, vint, text):
    fields = [text]
    if vint:
        fields.append(str(vint))
    if T_MEAS[meas]:
        fields.append(T_MEAS[meas])
    return " · ".join(fields)


def read_tablette(label):
    fields = label.split(" · ")
    meas = T_READ.get(fields[-1])
    vint = None
    for f in fields:
        if re.fullmatch(r"(19|20)\d\d", f):
            vint = int(f)
    return meas, vint


# --- export: the Sunday dining room's back-office export ----------------------
# FAM/libelle/contenance: a three-letter family, the product in lower-case ASCII
# with its four-digit vintage, cut at 28 columns, and the volume served in cl.
E_WIDTH = 28
WINE_FAMS = ("ROU", "BLA", "ROS", "LIQ", "EFF")
FAMS = (*WINE_FAMS, "BIE", "PRE", "SPI", "APE", "SOF", "CUI", "DES", "CAF", "DIV")
E_CL = {"half": 37.5, "mag": 150, "b25": 25, "b33": 33, "b50": 50, "b70": 70, "b75": 75,
        "b100": 100, "g": 12.5, "g12": 12, "g15": 15, "cp": 12.5, "p25": 25, "p50": 50,
        "dose": 4, "d2": 2, "pinte": 50}


def fmt_cl(x):
    return ("%g" % x).replace(".", ",") + "cl"


def export_cl(meas, fam, default_cl):
    if meas == "-":
        return ""
    if meas == "btl":
        return fmt_cl(default_cl)
    if meas == "demi":
        return fmt_cl(25 if fam == "PRE" else 37.5)
    return fmt_cl(E_CL[meas])


def render_export(key, meas, vint, text, fam, default_cl):
    lib = ascii_fold(text).lower()
    if vint:
        lib += " %d" % vint
    cut = lib[:E_WIDTH].rstrip()
    if vint and cut != lib:
        tail = cut.split()[-1]
        if tail.isdigit() and tail != str(vint):
            raise ValueError("export cut leaves part of a vintage: %r" % cut)
    return "%s/%s/%s" % (fam, cut, export_cl(meas, fam, default_cl))


def read_export(label):
    fam, lib, cont = label.split("/")
    vint = None
    for w in lib.split():
        if re.fullmatch(r"(19|20)\d\d", w):
            vint = int(w)
    if not cont:
        return None, vint
    cl = float(cont[:-2].replace(",", "."))
    cl = int(cl) if cl == int(cl) else cl
    if fam == "PRE":
        return ("draught", cl), vint
    if fam in ("BIE", "SOF"):
        return ("bottle", cl), vint
    if fam == "LIQ" and cl == 50:
        return ("bottle", 50), vint
    if cl in (37.5, 75, 150, 70, 100):
        return ("bottle", cl), vint
    return ("pour", cl), vint


def render(till, key, meas, vint, text, fam, default_cl):
    if till == "caisse":
        return render_caisse(key, meas, vint, text)
    if till == "tablette":
        return render_tablette(key, meas, vint, text)
    return render_export(key, meas, vint, text, fam, default_cl)


def read(till, label):
    return {"caisse": read_caisse, "tablette": read_tablette, "export": read_export}[till](label)
