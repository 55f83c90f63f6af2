"""How each of the three tills renders a line, and how the vintage is read back.

comptoir  the counter's old cash register: PLU number (family hundreds) + a description
          of 22 columns, ASCII capitals; the measure key prints first, the two-digit
          vintage last; the register cuts the description at 22 columns.
salle     the dining room's touch till: a French phrase as the waitress reads it,
          "Pichet 50 cl de Ficelle St-Pourçain 2023", mixed case with accents,
          four-digit vintage at the end; never cut.
compta    the accountant's monthly export: "account;VAT;libellé", the libellé in lower
          case ASCII, four-digit vintage, then the measure with its volume in litres.
"""
import hashlib
import re
import unicodedata

FAM_HUNDREDS = {"wine": 1, "beer": 2, "spirit": 3, "soft": 4, "hot": 4, "food": 5, "svc": 6}

COMPTOIR_PREFIX = {"btl": "BTL ", "half": "1/2 ", "mag": "MAG ", "v": "VRE ", "cp": "COUPE ",
                   "v12": "VRE12 ", "v15": "VRE15 ", "p25": "PICH25 ", "p50": "PICH50 ",
                   "dose": "DOSE ", "d2": "2CL ", "demi": "DEMI ", "pinte": "PINTE ", "unit": "",
                   "btl25": "25CL ", "btl33": "33CL ", "btl50": "50CL ", "btl75": "75CL ",
                   "btl100": "1L "}
COMPTOIR_WIDTH = 22

SALLE_PHRASE = {"btl": "Bouteille", "half": "Demi-bouteille", "mag": "Magnum", "v": "Verre",
                "cp": "Coupe", "v12": "Verre 12 cl", "v15": "Verre 15 cl",
                "p25": "Pichet 25 cl", "p50": "Pichet 50 cl", "dose": "Dose",
                "d2": "Dose 2 cl", "demi": "Demi", "pinte": "Pinte"}
SIZE_SALLE = {25: "25 cl", 33: "33 cl", 50: "50 cl", 75: "75 cl", 100: "1 L"}

COMPTA_MEAS = {"half": "1/2 bt 0,375l", "mag": "mag 1,5l", "v": "verre", "cp": "coupe",
               "v12": "verre 0,12l", "v15": "verre 0,15l", "p25": "pichet 0,25l",
               "p50": "pichet 0,5l", "dose": "dose 0,04l", "d2": "dose 0,02l",
               "demi": "demi 0,25l", "pinte": "pinte 0,5l", "unit": ""}
SIZE_COMPTA = {25: "bt 0,25l", 33: "bt 0,33l", 50: "bt 0,5l", 75: "bt 0,75l", 100: "bt 1l"}

ACCOUNTS = {"wine": ("70710000", "20%"), "beer": ("70710000", "20%"),
            "spirit": ("70710000", "20%"), "soft": ("70720000", "10%"),
            "hot": ("70720000", "10%"), "food": ("70610000", "10%"),
            "svc": ("70880000", "20%")}


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def bottle_size(case, row):
    """Bottle size in cl for a bottle measure of a non-wine, or None for a wine bottle."""
    m = case["meas"]
    if m.startswith("btl") and m != "btl":
        return int(float(m[3:]))
    if m == "btl" and case["fam"] not in ("wine",):
        fmts = sorted({f for _, f in row[7] if f < 2000}) if row else []
        return int(fmts[0]) if fmts else None
    return None


def render(till, case, row):
    text, vint, meas = case["text"], case["vint"], case["meas"]
    if till == "comptoir":
        pre = COMPTOIR_PREFIX[meas]
        if meas == "btl" and case["fam"] != "wine":
            pre = ""
        desc = pre + text + (" %02d" % (vint % 100) if vint else "")
        desc = desc[:COMPTOIR_WIDTH].rstrip()
        h = int(hashlib.sha1(text.encode()).hexdigest(), 16) % 100
        return "%d%02d %s" % (FAM_HUNDREDS[case["fam"]], h, desc)
    if till == "salle":
        if meas == "unit":
            body = text
        elif meas.startswith("btl") and case["fam"] != "wine":
            body = text + " " + SIZE_SALLE[bottle_size(case, row)]
        else:
            ph = SALLE_PHRASE[meas]
            first = ascii_fold(text[0]).lower()
            if text.startswith("Les "):
                body = ph + " des " + text[4:]
            elif text.startswith("Le "):
                body = ph + " du " + text[3:]
            else:
                body = ph + (" d'" if first in "aeiouyh" else " de ") + text
        return body + (" %d" % vint if vint else "")
    if till == "compta":
        acc, tva = ACCOUNTS[case["fam"]]
        if meas.startswith("btl"):
            size = bottle_size(case, row)
            mw = SIZE_COMPTA[size if size else 75]
        else:
            mw = COMPTA_MEAS[meas]
        lib = " ".join(x for x in (text, str(vint) if vint else "", mw) if x)
        return "%s;%s;%s" % (acc, tva, lib)
    raise ValueError(till)


def read_vintage(till, label):
    """The vintage as a reader finds it on the rendered label (None if none)."""
    if till == "comptoir":
        last = label.split()[-1]
        if re.fullmatch(r"\d\d", last) and int(last) <= 30:
            return 2000 + int(last)
        return None
    found = re.findall(r"(?<![\d,])(?:19|20)\d\d(?![\d,])", label.split(";")[-1])
    return int(found[-1]) if found else None
