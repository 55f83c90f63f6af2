"""The three tills' rendering habits and how each reads a vintage back."""
import re
import unicodedata


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

# measure codes: btl (ordinary bottle), bNN (bottle of NN cl), half, mag, v (glass), v12, v15,
# p25, p50 (pichet), cp (coupe), dose (4 cl), demi, pinte (draught), bol (bolée 25 cl), '-' none
BAR_W, EVT_W = 23, 24
BAR_M = {"btl": "", "half": "1/2", "mag": "MAG", "v": "VRE", "v12": "VRE12", "v15": "VRE15",
         "p25": "PICH25", "p50": "PICH50", "cp": "CP", "dose": "DOSE", "demi": "DEMI",
         "pinte": "PINTE", "bol": "BOLEE", "-": ""}
EVT_M = {"btl": "", "half": "DemiBtl", "mag": "Mag", "v": "Verre", "v12": "Verre12",
         "v15": "Verre15", "p25": "Pich25", "p50": "Pich50", "cp": "Coupe", "dose": "Dose",
         "demi": "Demi", "pinte": "Pinte", "bol": "Bolee", "-": ""}
SAL_M = {"half": "37,5cl", "mag": "150cl", "v": "verre", "v12": "verre 12cl", "v15": "verre 15cl",
         "p25": "pichet 25cl", "p50": "pichet 50cl", "cp": "coupe", "dose": "dose 4cl",
         "demi": "demi 25cl", "pinte": "pinte 50cl", "bol": "bolée 25cl"}

def cl(n):
    return (("%g" % n).replace(".", ",")) + "cl"

def render_bar(fam, meas, text, vint, fmt):
    parts = [fam + ":" + (BAR_M.get(meas, "") + " " if BAR_M.get(meas, "") else "") + ascii_(text).upper()]
    if meas.startswith("b") and meas not in ("btl", "bol"):
        parts.append(meas[1:] + "CL")
    if vint:
        parts.append("%02d" % (vint % 100))
    full = " ".join(parts)
    lab = full[:BAR_W].rstrip()
    if len(full) > BAR_W:
        cut = full[BAR_W:BAR_W + 1]
        last = lab.split(" ")[-1]
        if cut not in (" ", "") and last.isalpha() and len(last) < 2:
            pass  # a one-letter stub is kept, as the register prints it
    return lab

def render_salle(meas, text, vint, fmt):
    s = text + (" %d" % vint if vint else "")
    if meas == "-":
        return s
    if meas == "btl":
        m = cl(fmt)
    elif meas.startswith("b") and meas != "bol":
        m = cl(float(meas[1:]))
    else:
        m = SAL_M[meas]
    return s + " (" + m + ")"

def camel(text):
    out = []
    for w in re.split(r"[ \-'’.]+", ascii_(text)):
        if w:
            out.append(w[0].upper() + w[1:])
    return "".join(out)

def render_evt(meas, text, vint, fmt):
    s = EVT_M.get(meas, "") + camel(text)
    if meas.startswith("b") and meas not in ("btl", "bol"):
        s += meas[1:] + "cl"
    if vint:
        s += "%d" % vint
    return s[:EVT_W]

def yy(n):
    return 2000 + n if n <= 30 else 1900 + n

def vintage_of(label, till):
    if till == "BAR":
        t = label.split(" ")[-1]
        return yy(int(t)) if re.fullmatch(r"\d\d", t) and ":" not in t else None
    if till == "SALLE":
        m = re.search(r" ((?:19|20)\d\d)(?: \(|$)", label)
        return int(m.group(1)) if m else None
    m = re.search(r"[A-Za-z]((?:19|20)\d\d)$", label)
    return int(m.group(1)) if m else None
