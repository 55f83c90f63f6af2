"""The three tills of the bistrot: how each one prints a label, and how a label is read back.

- pointex  : the old counter register.  ALL CAPITALS, no accents, apostrophes as spaces, a
             family prefix and a slash (VR/ VB/ VRS/ BUL/ VDN/ APE/ DIG/ BIE/ SOF/ CUI/ DES/
             CAF/ DIV/), the serving word right after the slash (VRE, CP, PICH25, PICH50,
             1/2, MAG, 50CL, DOSE, 2CL, 4CL, 6CL, DEMI, PINTE), two-digit vintage at the end,
             every label cut at exactly 20 characters (trailing blanks dropped).
- tablette : the waiters' tablet.  Lower case with accents, full names, the measure after the
             name (verre, verre 14cl, verre 8cl, coupe, pichet 25, pichet 50, btl, 1/2 btl,
             btl 50cl, magnum, 2cl, 4cl, 6cl, demi, pinte), vintage as 'YY, price with a
             decimal comma at the end.
- web      : the online-ordering / delivery connection.  "Producer - Cuvée (Appellation)
             Millésime 2020 - 75cl", N.V. for non-vintage wines, volume always at the end.

`read_*` is what a careful reader gets back from a printed label: the measure and the
vintage still on it.  The build uses it to compute the expected answers from the label as
printed, never from what the staff meant to type.
"""
import re
import unicodedata

WIDTH = 20
WINE_FAMILIES = {"VR", "VB", "VRS", "BUL", "VDN"}
FAMILIES = WINE_FAMILIES | {"APE", "DIG", "BIE", "SOF", "CUI", "DES", "CAF", "DIV"}


def ascii_upper(text):
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("’", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("'", " ").upper()
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------- rendering

def render_pointex(fam, meas, core, vintage):
    assert fam in FAMILIES, fam
    full = fam + "/" + (meas + " " if meas else "") + core
    if vintage is not None:
        full += " %02d" % (vintage % 100)
    return ascii_upper(full)[:WIDTH].rstrip()


def render_tablette(core, meas, vintage, price):
    parts = [core]
    if meas:
        parts.append(meas)
    if vintage is not None:
        parts.append("'%02d" % (vintage % 100))
    parts.append(price)
    label = " ".join(parts).lower()
    assert re.fullmatch(r"\d+,\d\d", price), price
    return label


def render_web(producer, cuvee, appellation, vintage, size):
    label = producer + " - " + cuvee
    if appellation:
        label += " (" + appellation + ")"
    if vintage == "NV":
        label += " N.V."
    elif vintage is not None:
        label += " Millésime %d" % vintage
    if size:
        label += " - " + size
    return label


# ---------------------------------------------------------------- reading back
# Each reader returns a dict: measure kind ("bottle", "pour", "draught" or None),
# volume in cl (the bottle size for a bottle, None when the label names no size; the
# poured volume for a pour or a draught), and the vintage still printed (or None).

P_POUR = {"VRE": 12.5, "CP": 12.5, "PICH25": 25.0, "PICH50": 50.0, "DOSE": 4.0}
P_BOTTLE = {"1/2": 37.5, "MAG": 150.0}
P_DRAUGHT = {"DEMI": 25.0, "PINTE": 50.0}


def read_pointex(label):
    fam, rest = label.split("/", 1)
    toks = rest.split()
    out = {"family": fam, "kind": None, "volume": None, "vintage": None}
    first = toks[0] if toks else ""
    m = re.fullmatch(r"(\d+)CL", first)
    if first in P_POUR:
        out.update(kind="pour", volume=P_POUR[first])
    elif first in P_BOTTLE:
        out.update(kind="bottle", volume=P_BOTTLE[first])
    elif first in P_DRAUGHT and fam == "BIE":
        out.update(kind="draught", volume=P_DRAUGHT[first])
    elif m and fam in WINE_FAMILIES:
        out.update(kind="bottle", volume=float(m.group(1)))
    elif m and fam in ("APE", "DIG"):
        out.update(kind="pour", volume=float(m.group(1)))
    elif fam in FAMILIES - {"CUI", "DES", "CAF", "DIV"}:
        out["kind"] = "bottle"
    if fam in ("SOF", "BIE") and out["kind"] == "bottle" and len(toks) > 1:
        m2 = re.fullmatch(r"(\d+)(CL|L)", toks[-1])
        if m2:
            out["volume"] = float(m2.group(1)) * (100 if m2.group(2) == "L" else 1)
    if fam in WINE_FAMILIES and len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        out["vintage"] = 2000 + int(toks[-1])
    return out


T_PRICE = re.compile(r" (\d+,\d\d)$")


def read_tablette(label):
    body = T_PRICE.sub("", label)
    toks = body.split()
    out = {"kind": None, "volume": None, "vintage": None}
    if toks and re.fullmatch(r"'\d\d", toks[-1]):
        out["vintage"] = 2000 + int(toks[-1][1:])
        toks = toks[:-1]
    tail = " ".join(toks[-2:]) if len(toks) >= 2 else ""
    last = toks[-1] if toks else ""
    m = re.fullmatch(r"verre (\d+)cl", tail)
    mp = re.fullmatch(r"pichet (\d+)", tail)
    mb = re.fullmatch(r"btl (\d+)cl", tail)
    if m:
        out.update(kind="pour", volume=float(m.group(1)))
    elif mp:
        out.update(kind="pour", volume=float(mp.group(1)))
    elif tail == "1/2 btl":
        out.update(kind="bottle", volume=37.5)
    elif mb:
        out.update(kind="bottle", volume=float(mb.group(1)))
    elif last in ("verre", "coupe"):
        out.update(kind="pour", volume=12.5)
    elif last == "dose":
        out.update(kind="pour", volume=4.0)
    elif re.fullmatch(r"\d+cl", last):
        out.update(kind="pour", volume=float(last[:-2]))
    elif last == "btl":
        out["kind"] = "bottle"
    elif last == "magnum":
        out.update(kind="bottle", volume=150.0)
    elif last == "demi":
        out.update(kind="draught", volume=25.0)
    elif last == "pinte":
        out.update(kind="draught", volume=50.0)
    return out


W_LINE = re.compile(r"^(?P<prod>.+?) - (?P<body>.+?)(?: - (?P<size>\d+(?:,\d+)?)cl)?$")


def read_web(label):
    m = W_LINE.match(label)
    out = {"kind": None, "volume": None, "vintage": None}
    if m.group("size"):
        out.update(kind="bottle", volume=float(m.group("size").replace(",", ".")))
    mv = re.search(r" Millésime (\d{4})$", m.group("body"))
    if mv:
        out["vintage"] = int(mv.group(1))
    return out


READERS = {"pointex": read_pointex, "tablette": read_tablette, "web": read_web}
