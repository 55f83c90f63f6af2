"""Each till's habits: how it renders what the staff typed, and how a label is read back.

caisse    the bar counter's keyboard register (journal roll): 3-digit PLU, then the
          PLU text, ASCII capitals, measure key first, 2-digit vintage last, the text cut
          at 16 columns.
tablette  the terrace waiters' tablet (cloud POS): the button caption in mixed case with
          accents and a 4-digit vintage, shown on 28 characters with an ellipsis when
          longer, then the chosen variant in parentheses.
rapportz  the dining-room till's printed Z report, "ventes par article": designation in
          capitals cut at 24 columns (4-digit vintage at its end), unit, quantity, amount.
"""
import hashlib
import re


def h(s):
    return int(hashlib.md5(s.encode("utf-8")).hexdigest(), 16)


# --- caisse ---------------------------------------------------------------
C_TOK = {"b": "", "h": "1/2", "m": "MAG", "g": "VR", "g15": "VR15", "cp": "CP", "p25": "P25",
         "p50": "P50", "d": "DOSE", "d2": "2CL", "demi": "DEMI", "pinte": "PTE", "s33": "33CL",
         "s25": "25CL", "s50": "50CL", "s100": "1L", "s35.5": "35.5CL", "s150": "1.5L", "": ""}
C_WIDTH = 16
PLU = {}


def render_caisse(measure, vintage, text):
    parts = [C_TOK[measure], text, "%02d" % (vintage % 100) if vintage else ""]
    desc = " ".join(p for p in parts if p)[:C_WIDTH].rstrip()
    plu = PLU.get((measure, text))
    if plu is None:  # one PLU key per text: the first free number from a hash
        plu = 100 + h("caisse|" + measure + "|" + text) % 900
        while plu in PLU.values():
            plu = 100 + (plu - 99) % 900
        PLU[(measure, text)] = plu
    return "%03d %s" % (plu, desc)


def read_caisse(label):
    desc = label[4:]
    toks = desc.split(" ")
    rev = {v: k for k, v in C_TOK.items() if v}
    measure = rev.get(toks[0], "b")
    vintage = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) and int(toks[-1]) <= 25:
        vintage = 2000 + int(toks[-1])
    return measure, vintage


# --- tablette -------------------------------------------------------------
T_VAR = {"b": "bouteille", "h": "demi-bouteille", "m": "magnum", "g": "verre", "g15": "verre 15cl",
         "cp": "coupe", "p25": "pichet 25cl", "p50": "pichet 50cl", "d": "dose", "d2": "dose 2cl",
         "demi": "demi", "pinte": "pinte", "s33": "33cl", "s25": "25cl", "s50": "50cl", "s100": "1L",
         "s35.5": "35,5cl", "s150": "1,5L", "": ""}
T_WIDTH = 28


def render_tablette(measure, vintage, text):
    cap = text + (" %d" % vintage if vintage else "")
    if len(cap) > T_WIDTH:
        cap = cap[:T_WIDTH - 1].rstrip() + "…"
    return cap + (" (%s)" % T_VAR[measure] if T_VAR[measure] else "")


def read_tablette(label):
    m = re.fullmatch(r"(.*?)(?: \(([^()]*)\))?", label)
    cap, var = m.group(1), m.group(2)
    rev = {v: k for k, v in T_VAR.items() if v}
    measure = rev[var] if var else ""
    vintage = None
    if not cap.endswith("…"):
        last = cap.split(" ")[-1]
        if re.fullmatch(r"19[5-9]\d|20[0-2]\d", last):
            vintage = int(last)
    return measure, vintage


# --- rapportz -------------------------------------------------------------
Z_UNIT = {"b": "BT", "h": "1/2BT", "m": "MAG", "g": "VR", "g15": "VR15", "cp": "CP", "p25": "P25",
          "p50": "P50", "d": "DOSE", "d2": "2CL", "demi": "DEMI", "pinte": "PINTE", "s33": "33CL",
          "s25": "25CL", "s50": "50CL", "s100": "1L", "s35.5": "35,5", "s150": "1,5L", "": "U"}
Z_WIDTH = 24
BASE_PRICE = {"b": 26, "h": 17, "m": 62, "g": 5, "g15": 6, "cp": 9, "p25": 8, "p50": 14, "d": 4,
              "d2": 3, "demi": 3.5, "pinte": 7, "s33": 3.5, "s25": 3.5, "s50": 3, "s100": 5,
              "s35.5": 5, "s150": 6, "": 9}


def render_rapportz(measure, vintage, text):
    desig = (text + (" %d" % vintage if vintage else ""))[:Z_WIDTH].rstrip()
    k = h("z|" + measure + "|" + text + "|" + str(vintage))
    qty = 1 + k % (3 if measure in ("b", "h", "m") else 9)
    price = BASE_PRICE[measure] + (k // 7 % 12) * (2 if measure in ("b", "h", "m", "") else 0.5)
    total = ("%.2f" % (qty * price)).replace(".", ",")
    return "%-24s %-5s %3d %8s" % (desig, Z_UNIT[measure], qty, total)


def read_rapportz(label):
    desig, unit = label[:24].rstrip(), label[25:30].strip()
    rev = {v: k for k, v in Z_UNIT.items()}
    measure = rev[unit]
    vintage = None
    last = desig.split(" ")[-1]
    if re.fullmatch(r"19[5-9]\d|20[0-2]\d", last):
        vintage = int(last)
    return measure, vintage


TILLS = {"caisse": (render_caisse, read_caisse), "tablette": (render_tablette, read_tablette),
         "rapportz": (render_rapportz, read_rapportz)}
