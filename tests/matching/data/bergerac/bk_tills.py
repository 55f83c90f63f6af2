"""How each of the three tills renders a sale, and how a label is read back.

resto : the dining-room till. COLOUR-FAMILY prefix of two capitals and a hyphen, then the
        key's body: the size token first (none for the ordinary bottle), the staff's words in
        ASCII capitals, the vintage as two digits at the end; the key field holds 20
        characters, so the body is cut at 20 columns, mid-word, and a long name loses its
        vintage.
bar   : the bar's touch till. Title-case ASCII words, the vintage as 'yy, and the size
        button in parentheses at the end.
export: the back office's article export, ';'-separated: 5-digit article number (first
        digit the family), designation in mixed case with accents, 4-digit vintage or empty,
        packaging code, unit price with a decimal comma.
"""
import hashlib
import re
import unicodedata

FAMILIES = ["RG", "BL", "RS", "MO", "BU", "AP", "DI", "BI", "SF", "CU", "CF", "DV"]
FAMILY_DIGIT = {"RG": "1", "BL": "2", "RS": "3", "MO": "4", "BU": "5", "AP": "6",
                "DI": "7", "BI": "8", "SF": "9", "CU": "0", "CF": "0", "DV": "0"}
RESTO_WIDTH = 20

RESTO_TOK = {"BT": "", "DB": "1/2", "MG": "MAG", "B50": "50CL", "B33": "33CL", "B25": "25CL",
             "B100": "1L", "VR": "VR", "V12": "VR12", "V15": "VR15", "V8": "VR8", "P25": "P25",
             "P50": "P50", "CP": "CP", "DS": "DS", "D2": "2CL", "D6": "6CL", "DM": "DM",
             "PT": "PT", "U": ""}
BAR_TOK = {"BT": "Btl", "DB": "1/2 Btl", "MG": "Mag", "B50": "50cl", "B33": "33cl",
           "B25": "25cl", "B100": "1L", "VR": "Verre", "V12": "Verre 12cl",
           "V15": "Verre 15cl", "V8": "Verre 8cl", "P25": "Pichet 25cl",
           "P50": "Pichet 50cl", "CP": "Coupe", "DS": "Dose", "D2": "2cl", "D6": "6cl",
           "DM": "Demi", "PT": "Pinte", "U": "Unite"}
EXPORT_TOK = {"DB": "BT37,5", "MG": "MAG150", "B50": "BT50", "B33": "BT33", "B25": "BT25",
              "B100": "BT100", "VR": "VERRE", "V12": "VERRE12", "V15": "VERRE15",
              "V8": "VERRE8", "P25": "PICH25", "P50": "PICH50", "CP": "COUPE", "DS": "DOSE",
              "D2": "DOSE2", "D6": "DOSE6", "DM": "DEMI", "PT": "PINTE", "U": "U"}
EXPORT_BT = {75: "BT75", 70: "BT70", 100: "BT100", 50: "BT50", 33: "BT33", 25: "BT25"}


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def render(till, fam, measure, vintage, text, bottle_fmt=75):
    if till == "resto":
        parts = [RESTO_TOK[measure], ascii_(text).upper(),
                 "%02d" % (vintage % 100) if vintage else ""]
        body = " ".join(p for p in parts if p)
        return fam + "-" + body[:RESTO_WIDTH].rstrip()
    if till == "bar":
        s = ascii_(text)
        if vintage:
            s += " '%02d" % (vintage % 100)
        return s + " (" + BAR_TOK[measure] + ")"
    if till == "export":
        tok = EXPORT_BT[bottle_fmt] if measure == "BT" else EXPORT_TOK[measure]
        art = FAMILY_DIGIT[fam] + "%04d" % (h("art|" + fam + text + tok) % 10000)
        p = h("prix|" + text + tok + str(vintage))
        if fam in ("SF", "BI") and tok.startswith("BT"):
            cents = 350 + p % 300
        elif tok.startswith(("BT", "MAG")):
            cents = 1800 + p % 4500
            cents = cents * 2 if tok.startswith("MAG") else cents
            cents = cents * 55 // 100 if tok == "BT37,5" else cents
        elif tok == "U":
            cents = 250 + p % 3000
        else:
            cents = 300 + p % 900
        cents -= cents % 10
        price = "%d,%02d" % (cents // 100, cents % 100)
        return ";".join([art, text, str(vintage) if vintage else "", tok, price])
    raise ValueError(till)


def _yy(s):
    y = int(s)
    return 2000 + y if y < 40 else 1900 + y


def read_back(till, label):
    """-> (family, measure_kind, volume_or_None, vintage). kind: bottle | pour | unit."""
    if till == "resto":
        fam, body = label.split("-", 1)
        toks = body.split(" ")
        rev = {v: k for k, v in RESTO_TOK.items() if v}
        meas = rev.get(toks[0], "BT")
        vint = _yy(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        return fam, meas, vint
    if till == "bar":
        m = re.fullmatch(r"(.*) \(([^()]*)\)", label)
        rev = {v: k for k, v in BAR_TOK.items()}
        meas = rev[m.group(2)]
        v = re.search(r" '(\d\d)$", m.group(1))
        return None, meas, _yy(v.group(1)) if v else None
    if till == "export":
        art, text, vint, tok, price = label.split(";")
        fam_digit = art[0]
        rev = {v: k for k, v in EXPORT_TOK.items()}
        if tok in rev:
            meas = rev[tok]
        else:
            meas = "BT:" + tok[2:]
        return fam_digit, meas, int(vint) if vint else None
    raise ValueError(till)
