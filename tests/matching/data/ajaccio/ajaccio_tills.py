"""The three tills' habits: render a typed product as its label, and read a label back.

Measure codes: BTL (ordinary bottle, said as such), X (the product alone: its only or
ordinary bottle), MAG, HALF, S25/S33/S50/S75/S100 (a size), GL/CP (12.5 cl), GL15, C25, C50,
DOSE (4 cl), CL2, CL6, DEMI (25 cl, draught), PINTE (50 cl, draught), NONE (food, service).
"""
import hashlib
import re

POUR_CL = {"GL": 12.5, "CP": 12.5, "GL15": 15, "C25": 25, "C50": 50, "DOSE": 4, "CL2": 2,
           "CL6": 6, "DEMI": 25, "PINTE": 50}
SIZE_CL = {"MAG": 150, "HALF": 37.5, "S25": 25, "S33": 33, "S50": 50, "S75": 75, "S100": 100}

# --- patronu: the bar's touch till, buttons typed in Corsican by the owner -------------
PAT_PRE = {"GL15": "Bichjeru 15", "GL": "Bichjeru", "CP": "Coppa", "C25": "Caraffa 25",
           "C50": "Caraffa 50", "CL2": "Cichettu 2cl", "CL6": "Cichettu 6cl",
           "DOSE": "Cichettu", "DEMI": "Mezu", "PINTE": "Pinta", "MAG": "Magnum",
           "HALF": "Mezza"}
PAT_SIZE = {"S25": "25cl", "S33": "33cl", "S50": "50cl", "S75": "75cl", "S100": "1L"}

# --- dettatura: the terrace tablet, orders dictated to speech-to-text -------------------
DIC_LEAD = {"BTL": "Une bouteille de", "MAG": "Un magnum de", "HALF": "Une demi-bouteille de",
            "GL15": "Un verre de 15 cl de", "GL": "Un verre de", "CP": "Une coupe de",
            "C25": "Un pichet de 25 cl de", "C50": "Un pichet de 50 cl de",
            "DOSE": "Une dose de", "CL2": "2 cl de", "CL6": "6 cl de", "DEMI": "Un demi de",
            "PINTE": "Une pinte de"}
DIC_SIZE = {"S25": "25 cl", "S33": "33 cl", "S50": "50 cl", "S75": "75 cl", "S100": "1 l"}

# --- edi: the dining-room till, articles imported from the distributor's EDI catalogue --
EDI_WIDTH = 30
EDI_VAR = {"GL": "VERRE", "CP": "FLUTE", "GL15": "VERRE 15CL", "C25": "PICHET 25CL",
           "C50": "PICHET 50CL", "DOSE": "DOSE", "CL2": "DOSE 2CL", "CL6": "DOSE 6CL",
           "DEMI": "DEMI", "PINTE": "PINTE"}


def cl_word(f):
    if f >= 1000:
        return "FUT %dL" % (f // 100)
    s = ("%g" % f).replace(".", ",") if False else ("%g" % f)
    return s + "CL"


def ref(seed, food=False):
    h = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    return ("CUI%03d" % (h % 1000)) if food else ("%06d" % (100000 + h % 900000))


class RenderError(Exception):
    pass


def render(till, code, text, yy, cont=None, seed=""):
    """cont: the article's contenance in cl (edi only)."""
    year = None if yy == "" else 2000 + int(yy)
    if till == "patronu":
        parts = []
        if code in PAT_PRE:
            parts.append(PAT_PRE[code])
        parts.append(text)
        if year:
            parts.append("%02d" % (year % 100))
        if code in PAT_SIZE:
            parts.append(PAT_SIZE[code])
        return " ".join(parts), False
    if till == "dettatura":
        if code in DIC_LEAD:
            lead = DIC_LEAD[code]
            if re.match(r"[aeiouyhéèAEIOUYHÉ]", text):
                s = lead[:-2] + "d'" + text
            else:
                s = lead + " " + text
        else:
            s = text[0].upper() + text[1:]
        if year:
            s += " %d" % year
        if code in DIC_SIZE:
            s += " " + DIC_SIZE[code]
        return s, False
    if till == "edi":
        if code == "NONE":
            return "%s %s" % (ref(seed, True), text), False
        desig = text + (" %d" % year if year else "")
        cut = desig[:EDI_WIDTH].rstrip()
        if cut != desig:
            desig[len(cut):].strip()
            last = cut.split()[-1]
            if year and str(year) not in cut and re.search(r"\s(\d{1,3})$", cut):
                raise RenderError("cut inside the vintage: %r" % cut)
            if not desig.startswith(cut + " ") and len(re.sub(r"[^A-Z]", "", last)) < 3:
                raise RenderError("cut leaves too little of a word: %r" % cut)
            if re.search(r"\d$", cut) and not desig.startswith(cut + " "):
                raise RenderError("cut inside a number: %r" % cut)
        var = EDI_VAR.get(code, "BTE")
        return "%s %s %s / %s" % (ref(seed), cut, cl_word(cont), var), cut != desig
    raise ValueError(till)


def read(till, label):
    """Read back (code, size_cl or None, vintage or None) from a rendered label."""
    if till == "patronu":
        code, rest = "X", label
        for c, w in PAT_PRE.items():
            if label.startswith(w + " "):
                code, rest = c, label[len(w) + 1:]
                break
        toks = rest.split()
        size = None
        for c, w in PAT_SIZE.items():
            if toks[-1] == w:
                code, size = c, SIZE_CL[c]
                toks = toks[:-1]
        vint = None
        if re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
        if code == "X" and vint is not None:
            code = "BTL"
        if code in SIZE_CL:
            size = SIZE_CL[code]
        return code, size, vint
    if till == "dettatura":
        code = "X"
        norm = label.replace("d'", "de ", 1) if not label.startswith("L'") else label
        for c, w in DIC_LEAD.items():
            if norm.startswith(w + " "):
                code = c
                break
        size = None
        for c, w in DIC_SIZE.items():
            if label.endswith(" " + w):
                code = c
        m = re.search(r" ((?:19|20)\d\d)$", label)
        vint = int(m.group(1)) if m else None
        if code in SIZE_CL:
            size = SIZE_CL[code]
        return code, size, vint
    if till == "edi":
        m = re.fullmatch(r"(\d{6}) (.+) (FUT \d+L|[\d.]+CL) / (BTE|VERRE|FLUTE|VERRE 15CL|"
                         r"PICHET 25CL|PICHET 50CL|DOSE|DOSE 2CL|DOSE 6CL|DEMI|PINTE)", label)
        if not m:
            return "NONE", None, None
        desig, cont, var = m.group(2), m.group(3), m.group(4)
        cl = int(cont[4:-1]) * 100 if cont.startswith("FUT") else float(cont[:-2])
        cl = int(cl) if cl == int(cl) else cl
        vm = re.search(r" ((?:19|20)\d\d)$", desig)
        vint = int(vm.group(1)) if vm else None
        if var == "BTE":
            return "SIZE", cl, vint
        code = {v: k for k, v in EDI_VAR.items()}[var]
        return code, cl, vint
    raise ValueError(till)
