"""The three tills' rendering habits (see README.md)."""
import hashlib
import unicodedata

CAISSE_W = 19      # name field of the old register, cut hard
EXPORT_W = 24      # libelle field of the back-office export, cut hard

CAISSE_MEAS = {"b": "", "u": "", "h": "1/2", "m": "MAG", "b20": "BTL20", "b25": "BTL25",
               "b33": "BTL33", "b50": "BTL50", "b70": "BTL70", "b75": "BTL75", "b100": "BTL1L",
               "v": "VRE", "v15": "VRE15", "p25": "PICH25", "p50": "PICH50", "c": "COUPE",
               "d4": "DOSE", "d2": "DOSE2", "demi": "DEMI", "pinte": "PINTE"}
TABLETTE_MEAS = {"b": "btl", "u": "", "h": "1/2btl", "m": "mag", "b20": "20cl", "b25": "25cl",
                 "b33": "33cl", "b50": "50cl", "b70": "70cl", "b75": "75cl", "b100": "1l",
                 "v": "verre", "v15": "verre15", "p25": "pichet25", "p50": "pichet50",
                 "c": "coupe", "d4": "dose", "d2": "dose2", "shot": "shot", "demi": "demi",
                 "pinte": "pinte"}
EXPORT_MEAS = {"b": "Bouteille 75cl", "u": "Unité", "h": "Demi-bouteille 37,5cl",
               "m": "Magnum 150cl", "b20": "Bouteille 20cl", "b25": "Bouteille 25cl",
               "b33": "Bouteille 33cl", "b50": "Bouteille 50cl", "b70": "Bouteille 70cl",
               "b75": "Bouteille 75cl", "b100": "Bouteille 1L", "v": "Verre 12,5cl",
               "v15": "Verre 15cl", "p25": "Pichet 25cl", "p50": "Pichet 50cl", "c": "Coupe",
               "d4": "Dose 4cl", "d2": "Dose 2cl", "demi": "Demi pression 25cl",
               "pinte": "Pinte pression 50cl"}

BASE_PRICE = {"b": 26.0, "u": 3.5, "h": 16.0, "m": 55.0, "b20": 3.5, "b25": 3.8, "b33": 5.5,
              "b50": 6.5, "b70": 60.0, "b75": 14.0, "b100": 5.0, "v": 4.5, "v15": 5.5,
              "p25": 8.0, "p50": 14.0, "c": 7.0, "d4": 6.0, "d2": 3.0, "shot": 2.5,
              "demi": 3.0, "pinte": 5.5, None: 4.0}


def h(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def price(meas, text):
    p = BASE_PRICE.get(meas, 4.0) + (h(text) % 6) * 0.5
    return ("%.2f" % p).replace(".", ",")


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def ascii_low(s):
    return ascii_up(s).lower()


def render_caisse(meas, vintage, text, hh=False):
    m = CAISSE_MEAS[meas] if meas else ""
    typed = " ".join(x for x in (m, ascii_up(text), "%02d" % (vintage % 100) if vintage else "") if x)
    field = typed[:CAISSE_W].rstrip()
    if len(typed) > CAISSE_W and typed[CAISSE_W] != " ":
        last = field.split(" ")[-1]
        if not last.isdigit() and len(last) < 3 and field == typed[:CAISSE_W]:
            raise ValueError("unfair cut: %r" % typed)
    return field.ljust(CAISSE_W) + " " + price(meas, typed).rjust(6), typed


def render_tablette(meas, vintage, text, hh=False):
    m = TABLETTE_MEAS[meas] if meas else ""
    name = ".".join(ascii_low(text).replace("'", " ").replace("-", " ").split())
    parts = (["hh"] if hh else []) + ([m] if m else []) + [name] + (["%02d" % (vintage % 100)] if vintage else [])
    s = ".".join(parts)
    return s, s


def render_export(meas, vintage, text, fam, hh=False):
    cond = EXPORT_MEAS[meas] if meas else ""
    art = 10000 + h(text + "|" + cond) % 90000
    lib = text[:EXPORT_W].rstrip()
    line = "ART%05d;%s;%s;%s;%s;%s" % (art, fam, lib, vintage or "", cond, price(meas, text))
    return line, text
