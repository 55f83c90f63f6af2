"""The three tills' habits: render a typed button into the label the till sends,
and read a rendered label back (vintage, measure)."""
import re
import unicodedata

TILLS = ("BAR", "RESTO", "COMPTA")

BAR_CUT = 18      # the bar register's key text: 18 characters, then the modifier key
COMPTA_CUT = 24   # the accounting export's designation field: 24 characters


def ascii_upper(text):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("'", "").replace("’", "").replace("–", "-")
    return re.sub(r"\s+", " ", t.upper()).strip()


# measure code -> (BAR suffix, RESTO bracket, COMPTA unit); None: use the format
BAR_MEAS = {"B": "BTL", "H": "1/2", "M": "MAG", "G": "VRE", "G12": "VRE12", "G15": "VRE15",
            "P50": "PICH50", "P25": "PICH25", "CP": "COUPE", "D": "DOSE", "DE": "DEMI",
            "PI": "PINTE"}
RESTO_MEAS = {"H": "1/2 btl 37,5cl", "M": "magnum 150cl", "G": "verre", "G12": "verre 12cl",
              "G15": "verre 15cl", "P50": "pichet 50cl", "P25": "pichet 25cl", "CP": "coupe",
              "D": "dose", "D2": "dose 2cl", "DE": "demi", "PI": "pinte"}
COMPTA_MEAS = {"G": "VER", "G12": "VER12", "G15": "VER15",
               "P50": "PIC50", "P25": "PIC25", "CP": "CPE", "D": "DOS", "D2": "DOS2",
               "DE": "DEM25", "PI": "PIN50"}
SERVICE_UNITS = {"": "UN", "NUIT": "NUIT", "PERS": "PERS"}


def fmt_cl(n):
    return ("%g" % n)


def render(till, text, measure, vintage, acct=None):
    """text: what the staff typed for the product; measure: a code (B, H, M, C33, G, G12,
    P50, D, DE, PI, CP...) or '' for no measure; vintage: int or None."""
    if till == "BAR":
        name = ascii_upper(text)
        if vintage:
            name += " %02d" % (vintage % 100)
        name = name[:BAR_CUT].rstrip()
        if not measure:
            return name
        if measure[:1] == "C" and measure[1:2].isdigit():
            suf = fmt_cl(float(measure[1:])) + "CL"
        else:
            suf = BAR_MEAS[measure]
        return name + " /" + suf
    if till == "RESTO":
        lab = text
        if vintage:
            lab += " %d" % vintage
        if measure == "B":
            raise ValueError("RESTO bottles are written with their volume: C75")
        if measure[:1] == "C" and measure[1:2].isdigit():
            v = fmt_cl(float(measure[1:])).replace(".", ",")
            br = ("btl %scl" % v) if measure in ("C75", "C50") else "%scl" % v
            return lab + " (" + br + ")"
        if measure:
            return lab + " (" + RESTO_MEAS[measure] + ")"
        return lab
    if till == "COMPTA":
        desig = ascii_upper(text)[:COMPTA_CUT].rstrip()
        if measure[:1] == "C" and measure[1:2].isdigit():
            unit = "BT" + fmt_cl(float(measure[1:]))
        elif measure in SERVICE_UNITS:
            unit = SERVICE_UNITS[measure]
        else:
            unit = COMPTA_MEAS[measure]
        return "%s;%s;%s;%s" % (acct, desig, vintage or "", unit)
    raise ValueError(till)


# ---- reading back -------------------------------------------------------------------

def read_back(till, label):
    """Return (vintage or None, measure code or '') as printed on the rendered label."""
    if till == "BAR":
        m = re.match(r"^(.*?)(?: /(\S+))?$", label)
        name, suf = m.group(1), m.group(2) or ""
        inv = {v: k for k, v in BAR_MEAS.items()}
        if suf in inv:
            meas = inv[suf]
        elif re.fullmatch(r"\d+(\.5)?CL", suf):
            meas = "C" + suf[:-2]
        elif suf == "":
            meas = ""
        else:
            raise ValueError("BAR suffix %r" % suf)
        v = None
        t = re.search(r" (\d\d)$", name)
        if t:
            yy = int(t.group(1))
            v = 2000 + yy if yy < 50 else 1900 + yy
        return v, meas
    if till == "RESTO":
        m = re.match(r"^(.*?)(?: \(([^()]+)\))?$", label)
        name, br = m.group(1), m.group(2) or ""
        inv = {v: k for k, v in RESTO_MEAS.items()}
        if br in inv:
            meas = inv[br]
        elif re.fullmatch(r"(btl )?\d+(,5)?cl", br):
            meas = "C" + br.replace("btl ", "")[:-2].replace(",", ".")
        elif br == "":
            meas = ""
        else:
            raise ValueError("RESTO bracket %r" % br)
        t = re.search(r" ((?:19|20)\d\d)$", name)
        return (int(t.group(1)) if t else None), meas
    if till == "COMPTA":
        parts = label.split(";")
        if len(parts) != 4:
            raise ValueError("COMPTA fields")
        acct, desig, vint, unit = parts
        inv = {v: k for k, v in COMPTA_MEAS.items()}
        if unit in inv:
            meas = inv[unit]
        elif re.fullmatch(r"BT\d+(\.5)?", unit):
            meas = "C" + unit[2:]
        elif unit in ("UN", "NUIT", "PERS"):
            meas = ""
        else:
            raise ValueError("COMPTA unit %r" % unit)
        return (int(vint) if vint else None), meas
    raise ValueError(till)
