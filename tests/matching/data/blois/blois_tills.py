"""The three tills of La Loire Gourmande: how each renders a typed product, and how each
label is read back (measure, vintage)."""
import hashlib
import re
import unicodedata

from blois_rules import DRINK

NAME_COLS = 18  # comptoir: the product name field is cut here


def h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.upper()


APERITIF_KEYS = {"ricard", "p51"}
WATERS = {"perrier", "evian", "badoit", "sanpe", "chateldon"}


def family(key):
    d = DRINK[key]
    colour, cat = d[6], d[7]
    if cat == "champagne" or colour == "effervescent" or "Crémant" in (d[3] or ""):
        return "BUL"
    if cat == "vin":
        return {"rouge": "RGE", "blanc": "BLC", "rosé": "RSE", "liquoreux": "LIQ"}[colour]
    if key in APERITIF_KEYS or cat == "autre":
        return "APE"
    if cat == "spiritueux":
        return "ALC"
    if cat == "bière":
        return "BIE"
    return "EAU" if key in WATERS else "SFT"


# ---------------------------------------------------------------- comptoir
C_MEAS = {"btl": "BT", "half": "1/2", "mag": "MAG", "gl": "VR", "gl12": "VR12", "gl15": "VR15",
          "flute": "FLUTE", "p25": "P25", "p50": "P50", "dose": "DOSE", "dose2": "DOSE2",
          "demi": "DEMI", "pinte": "PINTE"}
C_BACK = {v: k for k, v in C_MEAS.items()}


def c_meas(m):
    if m in C_MEAS:
        return C_MEAS[m]
    return ("%gCL" % float(m[1:])).replace(".", ",")


def render_comptoir(key, measure, vintage, text, fam):
    name = ascii_upper(text)
    if vintage:
        name += " %02d" % (vintage % 100)
    name = name[:NAME_COLS].rstrip()
    parts = [name]
    if measure:
        parts.append(c_meas(measure))
    parts.append("/" + (fam or family(key)))
    return " ".join(parts)


def read_comptoir(label):
    toks = label.split(" ")
    assert toks[-1].startswith("/")
    body = toks[:-1]
    measure = None
    if body and (body[-1] in C_BACK or re.fullmatch(r"\d+(,\d+)?CL", body[-1])):
        t = body.pop()
        measure = C_BACK.get(t) or "b%g" % float(t[:-2].replace(",", "."))
    name = " ".join(body)
    m = re.search(r" (\d\d)$", name)
    vintage = (2000 + int(m.group(1)) if int(m.group(1)) < 50 else 1900 + int(m.group(1))) if m else None
    return measure, vintage, name


# ---------------------------------------------------------------- salle
S_MEAS = {"btl": "btl", "half": "1/2 btl", "mag": "magnum", "gl": "verre", "gl12": "verre 12",
          "gl15": "verre 15", "flute": "flûte", "p25": "pichet 25", "p50": "pichet 50",
          "dose": "dose", "dose2": "dose 2cl", "demi": "demi", "pinte": "pinte"}
S_BACK = {v: k for k, v in S_MEAS.items()}
S_EXTRA = {"RGE": ["+carafer", "+envoi"], "BLC": ["+seau", "+envoi"], "RSE": ["+seau"],
           "LIQ": ["+avec dessert"], "BUL": ["+seau", "+offert"], "ALC": ["+glaçons", "+sans glace"],
           "APE": ["+glaçons", "+eau à part"], "BIE": ["+sans col"], "SFT": ["+citron", "+glaçons"],
           "EAU": ["+citron", "+fraîche"], "CUI": ["+à suivre", "+sans sauce"], "CAF": ["+à suivre"],
           "DIV": ["+offert"]}


def s_meas(m):
    return S_MEAS.get(m) or "%scl" % ("%g" % float(m[1:])).replace(".", ",")


def render_salle(key, measure, vintage, text, fam):
    fam = fam or family(key)
    s = text
    if vintage:
        s += " mill.%02d" % (vintage % 100)
    if measure:
        s += " +" + s_meas(measure)
    hv = h("salle|" + text + str(measure) + str(vintage))
    if hv % 7 in (0, 3):
        extras = S_EXTRA[fam]
        s += " " + extras[hv // 7 % len(extras)]
    return s


def read_salle(label):
    parts = label.split(" +")
    name = parts[0]
    measure = None
    if len(parts) > 1:
        t = parts[1]
        if t in S_BACK:
            measure = S_BACK[t]
        elif re.fullmatch(r"\d+(,\d+)?cl", t):
            measure = "b%g" % float(t[:-2].replace(",", "."))
    m = re.search(r" mill\.(\d\d)$", name)
    vintage = 2000 + int(m.group(1)) if m else None
    return measure, vintage, name


# ---------------------------------------------------------------- banquet
B_MEAS = {"half": "demi-bouteille 37,5 cl", "mag": "magnum 150 cl", "gl": "verre", "gl12": "verre 12 cl",
          "gl15": "verre 15 cl", "flute": "flûte", "p25": "carafe 25 cl", "p50": "carafe 50 cl",
          "dose": "dose 4 cl", "dose2": "dose 2 cl", "demi": "pression 25 cl", "pinte": "pression 50 cl"}
B_BACK = {v: k for k, v in B_MEAS.items()}
REF = {"RGE": "VIN", "BLC": "VIN", "RSE": "VIN", "LIQ": "VIN", "BUL": "BUL", "ALC": "BAR", "APE": "BAR",
       "BIE": "BIE", "SFT": "SOF", "EAU": "SOF", "CUI": "RES", "CAF": "RES", "DIV": "SRV"}


def b_meas(key, m):
    if m == "btl":
        fmt = 75 if key is None else (75 if DRINK[key][7] in ("vin", "champagne") else sorted(DRINK[key][8])[0])
        m = "b%g" % fmt
    if m is None:
        return "forfait"
    if m in B_MEAS:
        return B_MEAS[m]
    return "bouteille %s cl" % ("%g" % float(m[1:])).replace(".", ",")


def price(hv, measure, ref):
    if ref in ("SOF", "BIE") and (measure or "").startswith("b"):
        c = 250 + (hv % 20) * 10
        return "%d,%02d" % (c // 100, c % 100)
    base = {None: 900, "gl": 450, "gl12": 450, "gl15": 550, "flute": 700, "p25": 800, "p50": 1400,
            "dose": 500, "dose2": 300, "demi": 300, "pinte": 550, "half": 1500, "mag": 5200}.get(measure, 1800)
    c = base + (hv % 40) * 10
    return "%d,%02d" % (c // 100, c % 100)


def render_banquet(key, measure, vintage, text, fam):
    fam = fam or family(key)
    hv = h("banquet|" + text + str(measure) + str(vintage))
    kind_qty = 1 + hv % 24 if measure in (None, "btl", "half", "mag") or (measure or "").startswith("b") else 10 + hv % 50
    ref = "%s-%04d" % (REF[fam], h("ref|" + (key or text)) % 9000 + 1000)
    des = text + (" – %d" % vintage if vintage else "")
    return ";".join([str(kind_qty), ref, des, b_meas(key, measure), price(hv, measure, REF[fam])])


def read_banquet(label):
    f = label.split(";")
    assert len(f) == 5, label
    cond = f[3]
    if cond == "forfait":
        measure = None
    elif cond in B_BACK:
        measure = B_BACK[cond]
    else:
        m = re.fullmatch(r"bouteille (\d+(?:,\d+)?) cl", cond)
        measure = "b%g" % float(m.group(1).replace(",", "."))
    m = re.search(r" – (\d{4})$", f[2])
    return measure, (int(m.group(1)) if m else None), f[2]


TILLS = {
    "comptoir": (render_comptoir, read_comptoir),
    "salle": (render_salle, read_salle),
    "banquet": (render_banquet, read_banquet),
}
