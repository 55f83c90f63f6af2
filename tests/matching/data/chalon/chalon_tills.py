"""The three tills' rendering habits (see README.md).

A measure is one of:
  ("btl", fmt)  a bottle of that format (75, 37.5, 150 for wines; a size for other drinks)
  ("v",) 12.5 cl glass, ("v15",), ("p25",), ("p50",), ("pot",) 46 cl pot, ("cp",) coupe,
  ("dose",) 4 cl, ("d2",) 2 cl, ("demi",) / ("pinte",) draught, None (not a drink).
"""
import hashlib
import unicodedata

POUR_CL = {"v": 12.5, "v15": 15, "p25": 25, "p50": 50, "pot": 46, "cp": 12.5,
           "dose": 4, "d2": 2, "demi": 25, "pinte": 50}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def cl_text(fmt):
    if fmt == 100:
        return "1L"
    return ("%g" % fmt).replace(".", ",") + "cl"


# ---------------------------------------------------------------- salle
SALLE_MEAS = {"v": "Verre", "v15": "Verre 15cl", "p25": "Pichet 25cl", "p50": "Pichet 50cl",
              "pot": "Pot 46cl", "cp": "Coupe", "dose": "Dose", "d2": "Dose 2cl",
              "demi": "Demi", "pinte": "Pinte"}


def salle_measure(m, is_wine):
    if m[0] == "btl":
        fmt = m[1]
        if is_wine:
            return {75: "Btl", 37.5: "1/2 Btl", 150: "Magnum"}[fmt]
        return cl_text(fmt)
    return SALLE_MEAS[m[0]]


def render_salle(text, measure, vintage, is_wine):
    out = text
    if vintage:
        out += " %d" % vintage
    if measure is not None:
        out += " [%s]" % salle_measure(measure, is_wine)
    return out


# ---------------------------------------------------------------- bar
BAR_WIDTH = 13
BAR_MEAS = {"v": "V", "v15": "V15", "p25": "P25", "p50": "P50", "pot": "POT", "cp": "CP",
            "dose": "D", "d2": "D2", "demi": "DM", "pinte": "PT"}


def bar_measure(m, is_wine):
    if m[0] == "btl":
        fmt = m[1]
        if is_wine:
            return {75: "BT", 37.5: "1/2", 150: "MG"}[fmt]
        return "1L" if fmt == 100 else "%g" % fmt
    return BAR_MEAS[m[0]]


def render_bar(text, measure, vintage, is_wine):
    name = ascii_upper(text)
    if vintage:
        name += " %02d" % (vintage % 100)
    name = name[:BAR_WIDTH].rstrip()
    if measure is None:
        return name
    return name + "/" + bar_measure(measure, is_wine)


# ---------------------------------------------------------------- export
EXPORT_WIDTH = 30


def volume_l(m):
    cl = m[1] if m[0] == "btl" else POUR_CL[m[0]]
    return ("%.3f" % (cl / 100.0)).replace(".", ",")


def export_family(drink, measure, fam):
    if fam:
        return fam
    if drink["category"] in ("vin", "champagne"):
        return {"rouge": "VRG", "blanc": "VBL", "rosé": "VRS", "effervescent": "EFF",
                "liquoreux": "VBL"}[drink["colour"]]
    if drink["category"] == "bière":
        return "PRE" if measure[0] in ("demi", "pinte") else "BIE"
    return {"spiritueux": "SPI", "autre": "APE", "soft": "SOF"}[drink["category"]]


def render_export(text, measure, vintage, fam):
    desig = ascii_upper(text)[:EXPORT_WIDTH].rstrip()
    vol = volume_l(measure) if measure is not None else ""
    ref = int(hashlib.sha256(("%s|%s" % (desig, vol)).encode()).hexdigest(), 16) % 900000 + 100000
    return ";".join([str(ref), fam, desig, str(vintage) if vintage else "", vol])
