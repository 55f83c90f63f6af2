"""The three tills of the Brasserie de la Vraine and how each one writes an article.

Internal measures: B bottle, H half (37.5), M magnum, S<cl> a bottle/can of that size,
G / G12 / G15 glass, P25 / P50 pichet, CP coupe, D dose (4 cl), D2 (2 cl), DE demi and
PI pinte of draught, '' for what is not poured (food, services, hot drinks).

- zinc: the counter register. ASCII capitals, article name field of 16 columns (cut
  mid-word, padded with spaces), then one space and the measure key. Two-digit vintage at
  the end of the name, so the cut often takes it.
- pda: the waiters' handheld. `Menu/Article`, the article as typed from the wine list
  (mixed case, accents), four-digit vintage, measure words in lower case at the end when
  the menu does not say it.
- bo: the back office's article export, `CODE;LIBELLÉ;UNITÉ;PRIX`: family code + four
  digits, the libellé in capitals with accents kept, unit key, price TTC with a comma.
"""
import hashlib
import re
import unicodedata

TILLS = ("zinc", "pda", "bo")

ZINC_W = 16
ZINC_CODES = {"B": "BTL", "H": "1/2", "M": "MAG", "G": "VRE", "G12": "VRE12", "G15": "VRE15",
              "P25": "PICH25", "P50": "PICH50", "CP": "COUPE", "D": "DOSE", "D2": "2CL",
              "DE": "DEMI", "PI": "PINTE", "S25": "25CL", "S33": "33CL", "S50": "50CL",
              "S70": "70CL", "S75": "75CL", "S100": "1L"}
ZINC_BACK = {v: k for k, v in ZINC_CODES.items()}

PDA_MENUS = {"blanc": "Vins blancs", "rouge": "Vins rouges", "rose": "Vins rosés",
             "bulles": "Bulles", "biere": "Bières", "apero": "Apéritifs",
             "digestif": "Digestifs", "soft": "Softs", "chaud": "Boissons chaudes",
             "cuisine": "Cuisine", "divers": "Divers"}
PDA_SUFFIX = {"G": "", "G12": " 12cl", "G15": " 15cl", "P25": " 25cl", "P50": " 50cl",
              "CP": " coupe", "DE": " demi", "PI": " pinte", "D": " 4cl", "D2": " 2cl",
              "H": " 37,5cl", "M": " magnum", "S25": " 25cl", "S33": " 33cl", "S50": " 50cl",
              "S70": " 70cl", "S75": " 75cl", "S100": " 1l"}

BO_FAM = {"blanc": "VBL", "rouge": "VRG", "rose": "VRS", "bulles": "EFF", "biere": "BIE",
          "apero": "APE", "digestif": "DIG", "soft": "SOF", "chaud": "CHA", "cuisine": "CUI",
          "divers": "DIV"}
BO_UNITS = {"B": "BT", "H": "1/2BT", "M": "MAG", "G": "VR", "G12": "VR12", "G15": "VR15",
            "P25": "PICH25", "P50": "PICH50", "CP": "CP", "D": "DOSE", "D2": "DOSE2",
            "DE": "DEMI", "PI": "PINTE", "S25": "25CL", "S33": "33CL", "S50": "50CL",
            "S70": "70CL", "S75": "75CL", "S100": "1L", "": "U"}
BO_BACK = {v: k for k, v in BO_UNITS.items()}
BO_PRICE = {"B": (19, 48), "H": (12, 24), "M": (46, 84), "G": (3.5, 7), "G12": (3.5, 6.5),
            "G15": (4.5, 8), "P25": (6, 9), "P50": (10.5, 16), "CP": (6.5, 9.5), "D": (4.5, 9),
            "D2": (3, 5.5), "DE": (2.8, 4), "PI": (5.5, 7.8), "S25": (2.8, 4.5),
            "S33": (3, 5.5), "S50": (3, 4.5), "S70": (30, 60), "S75": (24, 40),
            "S100": (4.5, 7), "": (1.5, 20)}
BO_PRICE_FAM = {"chaud": (1.6, 4.8), "cuisine": (5.5, 22), "divers": (1, 30)}


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def _h(*parts):
    return int(hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest(), 16)


def pda_menu(measure, fam):
    if measure in ("G", "G12", "G15"):
        return "Au verre"
    if measure in ("P25", "P50"):
        return "Pichets"
    if measure == "CP":
        return "Bulles"
    if measure in ("DE", "PI"):
        return "Pression"
    return PDA_MENUS[fam]


def render(till, measure, vintage, text, fam):
    if till == "zinc":
        name = ascii_upper(text)
        if vintage:
            name += " %02d" % (vintage % 100)
        field = name[:ZINC_W]
        if not measure:
            return field.rstrip()
        return field.ljust(ZINC_W) + " " + ZINC_CODES[measure]
    if till == "pda":
        item = text + (" %d" % vintage if vintage else "")
        suffix = PDA_SUFFIX.get(measure, "")
        if measure == "B" and fam == "bulles":
            suffix = " bouteille"
        return pda_menu(measure, fam) + "/" + item + suffix
    if till == "bo":
        lib = text.upper() + (" %d" % vintage if vintage else "")
        h = _h(text, measure, str(vintage))
        code = BO_FAM[fam] + "%04d" % (1000 + h % 9000)
        lo, hi = BO_PRICE_FAM.get(fam, BO_PRICE[""]) if not measure else BO_PRICE[measure]
        steps = round((hi - lo) / 0.1)
        price = lo + ((h >> 20) % (steps + 1)) * 0.1
        return "%s;%s;%s;%s" % (code, lib, BO_UNITS[measure], ("%.2f" % price).replace(".", ","))
    raise ValueError(till)


def _vint4(s):
    found = re.findall(r"(?<![\w,])((?:19|20)\d\d)(?![\w,])", s)
    return int(found[-1]) if found else None


def read_back(till, label):
    """(measure, vintage) as a reader of the label would take them."""
    if till == "zinc":
        if len(label) > ZINC_W + 1 and label[ZINC_W] == " " and label[ZINC_W + 1:] in ZINC_BACK:
            measure, name = ZINC_BACK[label[ZINC_W + 1:]], label[:ZINC_W].rstrip()
        else:
            measure, name = "", label
        toks = name.split()
        vint = 2000 + int(toks[-1]) if toks and re.fullmatch(r"\d\d", toks[-1]) else None
        return measure, vint
    if till == "pda":
        menu, item = label.split("/", 1)
        low = item.lower()
        measure = None
        if menu == "Au verre":
            measure = "G12" if low.endswith(" 12cl") else "G15" if low.endswith(" 15cl") else "G"
        elif menu == "Pichets":
            measure = "P25" if low.endswith(" 25cl") else "P50" if low.endswith(" 50cl") else None
        elif menu == "Pression":
            measure = "DE" if low.endswith(" demi") else "PI" if low.endswith(" pinte") else None
        elif menu in ("Boissons chaudes", "Cuisine", "Divers"):
            measure = ""
        else:
            for m, suf in PDA_SUFFIX.items():
                if m in ("H", "M", "S25", "S33", "S50", "S70", "S75", "S100", "D", "D2", "CP") \
                        and suf and low.endswith(suf):
                    measure = m
                    break
            if measure is None and (low.endswith(" bouteille") or menu in
                                    ("Vins blancs", "Vins rouges", "Vins rosés")):
                measure = "B"
        return measure, _vint4(item)
    if till == "bo":
        code, lib, unit, price = label.split(";")
        return BO_BACK.get(unit), _vint4(lib)
    raise ValueError(till)
