"""The three tills' habits: rendering a keyed product into a label, and reading it back."""
import hashlib
import re
import unicodedata


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


# ---- caisse: the bar's old register, department keys, an 18-column name field ----
DEPTS = {"BL": 1, "RG": 2, "RS": 3, "BUL": 4, "PRESS": 5, "BIERE": 6, "ALC": 7, "APE": 8,
         "SOFT": 9, "CUIS": 10, "CAFE": 11, "DIV": 12}
CAISSE_MEAS = {"btl": "BTL", "half": "DEMI", "mag": "MAG", "b25": "25CL", "b33": "33CL",
               "b50": "50CL", "b70": "70CL", "b100": "1L", "vre": "VRE", "vre12": "VRE12",
               "vre15": "VRE15", "p25": "PICH25", "p50": "PICH50", "cp": "CP", "flute": "FLUTE",
               "dose": "DOSE", "cl2": "2CL", "cl4": "4CL", "demi": "DEMI", "pinte": "PINTE"}
CAISSE_WIDTH = 18


def render_caisse(fam, measure, vintage, text):
    field = ascii_up(text).replace("'", " ").replace("-", " ")
    if vintage is not None:
        field += " %02d" % (vintage % 100)
    cut = field[:CAISSE_WIDTH].rstrip()
    if re.search(r" \d$", cut) and vintage is not None and field != cut:
        raise ValueError("caisse cut leaves one digit of the vintage: " + field)
    label = "%02d.%s" % (DEPTS[fam], cut)
    if measure != "-":
        label += "/" + CAISSE_MEAS[measure]
    return label, field != cut


def read_caisse(label):
    m = re.match(r"^(\d\d)\.([^/]*)(?:/(.*))?$", label)
    v = re.search(r" (\d\d)$", m.group(2))
    vint = None if not v else (2000 + int(v.group(1)) if int(v.group(1)) < 50 else 1900 + int(v.group(1)))
    return vint


# ---- tablette: the waiters' tablet, "Measure · product (YYYY)" ----
TAB_MEAS = {"btl": "Bouteille", "half": "Demi-bouteille", "mag": "Magnum", "b25": "Bouteille 25 cl",
            "b33": "Bouteille 33 cl", "b50": "Bouteille 50 cl", "b70": "Bouteille 70 cl",
            "b100": "Bouteille 1 l", "vre": "Verre", "vre12": "Verre 12 cl", "vre15": "Verre 15 cl",
            "p25": "Pichet 25 cl", "p50": "Pichet 50 cl", "cp": "Coupe", "flute": "Flûte",
            "dose": "Dose", "cl2": "Dose 2 cl", "cl4": "Dose 4 cl", "demi": "Demi", "pinte": "Pinte"}


def render_tablette(fam, measure, vintage, text):
    label = text if vintage is None else "%s (%d)" % (text, vintage)
    if measure != "-":
        label = TAB_MEAS[measure] + " · " + label
    return label, False


def read_tablette(label):
    v = re.search(r"\((\d{4})\)$", label)
    return int(v.group(1)) if v else None


# ---- export: the back office's daily sales export, automatic short names ----
EXP_SIZE = {"half": "37,5CL", "mag": "150CL", "b25": "25CL", "b33": "33CL", "b50": "50CL",
            "b70": "70CL", "b100": "100CL", "vre": "VERRE 12,5CL", "vre12": "VERRE 12CL",
            "vre15": "VERRE 15CL", "p25": "PICHET 25CL", "p50": "PICHET 50CL", "cp": "COUPE 12,5CL",
            "flute": "FLUTE 12,5CL", "dose": "DOSE 4CL", "cl2": "DOSE 2CL", "cl4": "DOSE 4CL",
            "demi": "DEMI 25CL", "pinte": "PINTE 50CL", "-": "UNITE"}
EXP_WIDTH = 24
EXP_WORD = 5
EXP_STOP = {"DE", "DU", "LA", "LE", "L", "D", "ET", "EN", "AU", "A", "AUX"}


def short_name(text, vintage):
    words = re.split(r"[\s\-'’.&/,]+", ascii_up(text))
    toks = []
    for w in words:
        if not w:
            continue
        if w.isdigit():
            toks.append(w)
        elif w not in EXP_STOP:
            toks.append(w[:EXP_WORD])
    if vintage is not None:
        toks.append(str(vintage))
    out = ""
    for t in toks:
        nxt = t if not out else out + " " + t
        if len(nxt) > EXP_WIDTH:
            break
        out = nxt
    return out, vintage is not None and not out.endswith(str(vintage))


def render_export(fam, measure, vintage, text, btl_cl=None):
    name, cut = short_name(text, vintage)
    code = int(hashlib.sha256(("nv|" + text + "|" + measure + "|" + str(vintage)).encode()).hexdigest(), 16) % 90000 + 10000
    size = ("%gCL" % btl_cl).replace(".", ",") if measure == "btl" else EXP_SIZE[measure]
    return "A%d;%s;%s" % (code, name, size), cut


def read_export(label):
    v = re.search(r"(?:^| )((?:19|20)\d\d)(?: |$)", label.split(";")[1])
    return int(v.group(1)) if v else None


TILLS = {"caisse": (render_caisse, read_caisse), "tablette": (render_tablette, read_tablette),
         "export": (render_export, read_export)}
