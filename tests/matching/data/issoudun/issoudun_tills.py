"""The three tills of La Cloche Berrichonne and how each renders a sale.

comptoir : the bar's counter register.  FAM.TEXT[ YY] MEAS, text part cut at 16.
salle    : the waiters' handheld (dining room and room service), lower case.
z        : the dining-room till's printed Z report by article (fixed columns).
"""
import hashlib
import re

FAMILIES = ("BLC", "RGE", "RSE", "BUL", "MOE", "APE", "DIG", "BIE", "SOF", "CHD", "CUI", "DIV")

# internal measure codes: B bottle, H half, M magnum, S<cl> a bottle of that size,
# G glass, G15 glass 15 cl, C25/C50 carafe, CP coupe, FL flute, D dose 4 cl,
# D2 dose 2 cl, DE demi (draught 25 cl), PI pinte (draught 50 cl), '' nothing.
COMPTOIR_MEAS = {"B": "BTL", "H": "1/2", "M": "MAG", "S25": "25CL", "S33": "33CL",
                 "S50": "50CL", "S100": "1L", "S70": "70CL", "G": "VRE", "G15": "V15",
                 "C25": "C25", "C50": "C50", "CP": "CP", "D": "DOSE", "D2": "2CL",
                 "DE": "DEMI", "PI": "PINTE"}
SALLE_MEAS = {"B": "bouteille", "H": "demi-bouteille", "M": "magnum", "S25": "25cl",
              "S33": "33cl", "S50": "50cl", "S100": "1l", "S70": "70cl", "G": "verre",
              "G15": "verre 15cl", "C25": "carafe 25cl", "C50": "carafe 50cl",
              "CP": "coupe", "FL": "flûte", "D": "dose", "D2": "2cl", "DE": "demi",
              "PI": "pinte"}
Z_MEAS = {"H": "BT37,5", "M": "BT150", "S25": "BT25", "S33": "BT33", "S50": "BT50",
          "S100": "BT100", "S70": "BT70", "S75": "BT75", "G": "VR", "G15": "VR15",
          "C25": "CA25", "C50": "CA50", "CP": "CP", "D": "DS", "D2": "DS2",
          "DE": "PR25", "PI": "PR50"}
COMPTOIR_WIDTH = 16
Z_WIDTH = 22


def _h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:12], 16)


def render(till, fam, meas, vintage, text, bottle_cl=75):
    """The label a till prints.  vintage: an int or None (as typed by the staff)."""
    if till == "comptoir":
        body = text + (" %02d" % (vintage % 100) if vintage else "")
        body = body[:COMPTOIR_WIDTH].rstrip()
        lab = fam + "." + body
        if meas:
            lab += " " + COMPTOIR_MEAS[meas]
        return lab
    if till == "salle":
        lab = text + (" %d" % vintage if vintage else "")
        if meas:
            lab += ", " + SALLE_MEAS[meas]
        return lab
    if till == "z":
        if meas == "B":
            meas = "S%g" % bottle_cl
        code = Z_MEAS[meas] + " " if meas else ""
        desig = (code + text + (" %02d" % (vintage % 100) if vintage else ""))
        desig = desig[:Z_WIDTH].rstrip()
        h = _h("z|" + desig)
        plu = 1000 + h % 9000
        qty = 1 + (h >> 20) % 9
        price = unit_price(meas, bottle_cl, h)
        amount = ("%.2f" % (qty * price)).replace(".", ",")
        return "%04d %-22s %3d %8s" % (plu, desig, qty, amount)
    raise ValueError(till)


def unit_price(meas, bottle_cl, h):
    """A plausible sale price (deterministic, from the hash)."""
    base = {"G": 5.0, "G15": 6.5, "C25": 9.0, "C50": 17.0, "CP": 9.0, "D": 6.0,
            "D2": 4.0, "DE": 3.5, "PI": 7.0, "H": 19.0, "M": 68.0}.get(meas)
    if base is None:
        if meas and meas.startswith("S") and int(meas[1:]) in (75,):
            base = 30.0
        elif meas and meas.startswith("S"):
            base = {25: 3.5, 33: 4.0, 50: 4.5, 100: 6.0, 70: 60.0}.get(int(meas[1:]), 5.0)
        else:
            base = 3.0 + (h >> 30) % 12 * 2.0
    return base + (h >> 40) % 8 * 0.5


# ----------------------------------------------------------------- reading back
_C = re.compile(r"^(%s)\.(.+?)(?: (%s))?$" % ("|".join(FAMILIES),
                "|".join(re.escape(v) for v in sorted(set(COMPTOIR_MEAS.values()), key=len, reverse=True))))
_S_REV = {v: k for k, v in SALLE_MEAS.items()}
_C_REV = {v: k for k, v in COMPTOIR_MEAS.items()}
_Z_REV = {v: k for k, v in Z_MEAS.items()}
_Z = re.compile(r"^(\d{4}) (.{22}) ([ \d]{2}\d) ([ \d]{4}\d,\d\d)$")


def _two_digit(words):
    if len(words) >= 2 and re.fullmatch(r"\d\d", words[-1]):
        return 2000 + int(words[-1])
    return None


def read_back(till, label):
    """(family or None, measure code, vintage, text) read from a rendered label."""
    if till == "comptoir":
        m = _C.match(label)
        if not m:
            raise ValueError("comptoir form: %r" % label)
        fam, body, meas = m.group(1), m.group(2), m.group(3)
        if len(body) > COMPTOIR_WIDTH:
            raise ValueError("comptoir width: %r" % label)
        return fam, _C_REV.get(meas, ""), _two_digit(body.split()), body
    if till == "salle":
        if ", " in label and label.rsplit(", ", 1)[1] in _S_REV:
            text, meas = label.rsplit(", ", 1)
            meas = _S_REV[meas]
        else:
            text, meas = label, ""
        ys = [int(w) for w in text.split() if re.fullmatch(r"(19|20)\d\d", w)]
        return None, meas, (ys[-1] if ys else None), text
    if till == "z":
        m = _Z.match(label)
        if not m:
            raise ValueError("z form: %r" % label)
        desig = m.group(2).rstrip()
        words = desig.split()
        meas = ""
        if words and words[0] in _Z_REV:
            meas = _Z_REV[words[0]]
        return None, meas, _two_digit(words), desig
    raise ValueError(till)
