"""The three tills of "Le Lion de Belfort": how each renders what the staff keyed,
and how each label is read back (measure, vintage).

Canonical measures: btl, half, mag, clav, vr, vr12, vr15, cp, p25, p50, dose,
cl2, cl4, demi, pinte, and explicit bottle sizes b25, b33, b50, b65, b70, b100.
None means no measure (food, coffee, services).
"""
import hashlib
import re
import unicodedata

CONNECTIONS = ("bar", "salle", "hebdo")

# measure -> poured volume in cl (pours) ; bottles are resolved by format
POUR_CL = {"vr": 12.5, "vr12": 12, "vr15": 15, "cp": 12.5, "p25": 25, "p50": 50,
           "dose": 4, "cl2": 2, "cl4": 4, "demi": 25, "pinte": 50}
BOTTLE_CL = {"half": 37.5, "mag": 150, "clav": 62, "b25": 25, "b33": 33, "b50": 50,
             "b65": 65, "b70": 70, "b100": 100}

# ---------------------------------------------------------------- bar
BAR_WIDTH = 18  # the button's name field
BAR_CODE = {"btl": "BTL", "half": "37.5", "mag": "MAG", "clav": "CLAV", "vr": "VR",
            "vr12": "VR12", "vr15": "VR15", "cp": "CP", "p25": "P25", "p50": "P50",
            "dose": "DOSE", "cl2": "2CL", "cl4": "4CL", "demi": "DM", "pinte": "PT",
            "b25": "25CL", "b33": "33CL", "b50": "50CL", "b65": "65CL", "b70": "70CL",
            "b100": "1L"}
BAR_READ = {v: k for k, v in BAR_CODE.items()}

# ---------------------------------------------------------------- salle
SALLE_WORD = {"btl": "bouteille", "half": "demi-bouteille", "mag": "magnum",
              "clav": "clavelin", "vr": "verre", "vr12": "verre 12 cl",
              "vr15": "verre 15 cl", "cp": "coupe", "p25": "pichet 25 cl",
              "p50": "pichet 50 cl", "dose": "dose", "cl2": "dose 2 cl",
              "cl4": "dose 4 cl", "demi": "demi", "pinte": "pinte", "b25": "25 cl",
              "b33": "33 cl", "b50": "50 cl", "b65": "65 cl", "b70": "70 cl",
              "b100": "1 l"}
SALLE_READ = {v: k for k, v in SALLE_WORD.items()}

# ---------------------------------------------------------------- hebdo
HEBDO_WIDTH = 24  # the designation column of the weekly export
HEBDO_VOL = {"btl": None, "half": "0.375", "mag": "1.5", "clav": "0.62", "vr": "0.125",
             "vr12": "0.12", "vr15": "0.15", "cp": "0.125", "p25": "0.25", "p50": "0.5",
             "dose": "0.04", "cl2": "0.02", "cl4": "0.04", "demi": "0.25", "pinte": "0.5",
             "b25": "0.25", "b33": "0.33", "b50": "0.5", "b65": "0.65", "b70": "0.7",
             "b100": "1"}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", " ").replace("’", " ").upper()
    return re.sub(r" +", " ", s).strip()


def h(text, mod):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % mod


def litres(cl):
    s = ("%.3f" % (cl / 100.0)).rstrip("0").rstrip(".")
    return s


def render(conn, text, measure, vintage, bottle_cl=None):
    """Return (label, cut) where cut is True when a typed vintage was cut off."""
    if conn == "bar":
        name = ascii_upper(text)
        if vintage:
            name += " %02d" % (vintage % 100)
        full = name
        name = name[:BAR_WIDTH].rstrip()
        cut = bool(vintage) and len(full) > BAR_WIDTH and bar_vintage(name) is None
        lab = name if measure is None else name + "/" + BAR_CODE[measure]
        return lab, cut
    if conn == "salle":
        lab = text
        if vintage:
            lab += " %d" % vintage
        if measure is not None:
            lab += ", " + SALLE_WORD[measure]
        return lab, False
    if conn == "hebdo":
        des = ascii_upper(text)[:HEBDO_WIDTH].rstrip()
        if measure is None:
            vol = ""
        elif measure == "btl":
            vol = litres(bottle_cl)
        else:
            vol = HEBDO_VOL[measure]
        key = des + "|" + vol + "|" + str(vintage)
        plu = "%04d" % (1000 + h("plu" + des + vol, 9000))
        week = "S%02d" % (44 + h("wk" + key, 5))
        qty = 1 + h("qty" + key, 30)
        lab = '%s,%s,"%s",%s,%s,%d' % (week, plu, des, vintage or "", vol, qty)
        return lab, False
    raise ValueError(conn)


# ------------------------------------------------------------ reading back
def bar_vintage(name):
    toks = name.split()
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        return 2000 + int(toks[-1])
    return None


def read(conn, label):
    """Return (measure_token, vintage, volume_cl_or_None) as the label shows them.
    For bar and salle the measure is canonical; for hebdo it is the volume in cl."""
    if conn == "bar":
        if "/" in label:
            name, code = label.rsplit("/", 1)
            meas = BAR_READ[code]
        else:
            name, meas = label, None
        return meas, bar_vintage(name), None
    if conn == "salle":
        meas = None
        body = label
        if ", " in label and label.rsplit(", ", 1)[1] in SALLE_READ:
            body, w = label.rsplit(", ", 1)
            meas = SALLE_READ[w]
        m = re.search(r"(?:^| )((?:19|20)\d\d)$", body)
        return meas, (int(m.group(1)) if m else None), None
    if conn == "hebdo":
        m = re.fullmatch(r'S\d\d,\d{4},"([^"]*)",(\d{4})?,([0-9.]*),(\d+)', label)
        if not m:
            raise ValueError("hebdo form: " + label)
        vint = int(m.group(2)) if m.group(2) else None
        vol = round(float(m.group(3)) * 100, 1) if m.group(3) else None
        return None, vint, vol
    raise ValueError(conn)
