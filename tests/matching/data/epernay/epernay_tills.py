"""The three tills of La Table de l'Avenue and how each prints a product.

B  bar register: upper-case ASCII name cut at 20 characters, then '/' and a size code.
T  dining-room tablet: mixed case as typed, year, '(measure)' and the price 'NN,NN€'.
S  tasting-room / shop export: 'CODE;DESIGNATION;CONTENANCE;QTE' (EAN-13 or ART-nnnn).
"""
import hashlib
import re
import unicodedata

B_WIDTH = 20
POUR_CL = {"glass": 12.5, "flute": 12.5, "g10": 10, "carafe50": 50, "dose": 4, "d2": 2,
           "d6": 6, "demi": 25, "pinte": 50}
WINE_BOTTLE_CL = {"btl": 75, "mag": 150, "half": 37.5}
OTHER_BOTTLE_CL = {"b20": 20, "b25": 25, "b33": 33, "b50": 50, "b70": 70, "b75": 75, "b100": 100}

B_SIZE = {"btl": "BTL", "mag": "MAG", "half": "1/2", "glass": "VRE", "flute": "FLUTE",
          "g10": "VRE10", "carafe50": "PICH50", "dose": "DOSE", "d2": "2CL", "d6": "6CL",
          "demi": "DEMI", "pinte": "PINTE", "b20": "20CL", "b25": "25CL", "b33": "33CL",
          "b50": "50CL", "b70": "70CL", "b75": "75CL", "b100": "1L"}
T_SIZE = {"btl": "Bouteille", "mag": "Magnum", "half": "1/2 btlle", "glass": "Verre",
          "flute": "Flûte", "g10": "Verre 10cl", "carafe50": "Carafe 50cl", "dose": "Dose",
          "d2": "2cl", "d6": "6cl", "demi": "Demi", "pinte": "Pinte", "b20": "20cl",
          "b25": "25cl", "b33": "33cl", "b50": "50cl", "b70": "70cl", "b75": "75cl", "b100": "1L"}
S_SIZE = {"btl": "75CL", "mag": "150CL", "half": "37,5CL", "glass": "VERRE", "flute": "FLUTE",
          "g10": "VERRE 10CL", "carafe50": "CARAFE 50CL", "dose": "DOSE 4CL", "d2": "DOSE 2CL",
          "d6": "VERRE 6CL", "demi": "PRESSION 25CL", "pinte": "PRESSION 50CL", "b20": "20CL",
          "b25": "25CL", "b33": "33CL", "b50": "50CL", "b70": "70CL", "b75": "75CL",
          "b100": "100CL", "-": "UNITE"}
S_BOTTLE = set(WINE_BOTTLE_CL) | set(OTHER_BOTTLE_CL)


def h(*parts):
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16)


def ascii_upper(s):
    s = s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def ean13(seed):
    body = "37" + str(h("ean", seed) % 10 ** 10).zfill(10)
    tot = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - tot % 10) % 10)


def ean_ok(code):
    if not re.fullmatch(r"\d{13}", code):
        return False
    tot = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(code[:12]))
    return (10 - tot % 10) % 10 == int(code[12])


def price(text, measure):
    n = h("price", text, measure)
    base = {"btl": 48, "mag": 110, "half": 29, "glass": 9, "flute": 11, "g10": 7, "carafe50": 26,
            "dose": 8, "d2": 5, "d6": 7, "demi": 4, "pinte": 7, "-": 9}.get(measure, 4)
    return "%d,%s€" % (base + n % (base + 1), ("00", "50", "00", "90")[n // 7 % 4])


def render(till, measure, vintage, text):
    if till == "B":
        name = ascii_upper(text)
        if vintage:
            name += " %02d" % (vintage % 100)
        if len(name) > B_WIDTH:
            cut = name[:B_WIDTH]
            frag = cut.split(" ")[-1]
            if frag and name[B_WIDTH] != " " and (frag.isdigit() or len(frag) < 3):
                raise ValueError("B cut leaves %r in %r" % (frag, name))
            name = cut.rstrip()
        return name if measure == "-" else name + "/" + B_SIZE[measure]
    if till == "T":
        s = text + (" %d" % vintage if vintage else "")
        if measure != "-":
            s += " (%s)" % T_SIZE[measure]
        return s + " " + price(text, measure)
    if till == "S":
        desig = text + (" %d" % vintage if vintage else "")
        if measure in S_BOTTLE:
            code, qty = ean13(text + measure), 1 + h("q", text, measure) % 6
        else:
            code, qty = "ART-%04d" % (h("art", text, measure) % 10000), 1 + h("q", text, measure) % 3
        return "%s;%s;%s;%d" % (code, desig, S_SIZE[measure], qty)
    raise ValueError(till)


def _year(tok, two):
    if two and re.fullmatch(r"\d\d", tok):
        return 2000 + int(tok) if int(tok) < 50 else 1900 + int(tok)
    if not two and re.fullmatch(r"(19|20)\d\d", tok):
        return int(tok)
    return None


def readback(till, label):
    """(measure, vintage, name part) as printed on the label."""
    if till == "B":
        measure, name = "-", label
        for m, tok in sorted(B_SIZE.items(), key=lambda kv: -len(kv[1])):
            if label.endswith("/" + tok):
                measure, name = m, label[: -len(tok) - 1]
                break
        toks = name.split(" ")
        return measure, (_year(toks[-1], True) if len(toks) > 1 else None), name
    if till == "T":
        m = re.fullmatch(r"(.*?)(?: \(([^()]*)\))? (\d+,\d\d€)", label)
        name, size = m.group(1), m.group(2)
        inv = {v: k for k, v in T_SIZE.items()}
        measure = inv[size] if size else "-"
        toks = name.split(" ")
        return measure, (_year(toks[-1], False) if len(toks) > 1 else None), name
    if till == "S":
        code, desig, cont, qty = label.split(";")
        inv = {v: k for k, v in S_SIZE.items() if k not in ("b75",)}
        measure = inv[cont]
        toks = desig.split(" ")
        return measure, (_year(toks[-1], False) if len(toks) > 1 else None), desig
    raise ValueError(till)
