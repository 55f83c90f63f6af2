"""The three tills' rendering habits, and each till's reading of its own labels."""
import re
import unicodedata

# measure code -> poured / bottle volume in cl (None: the bottle of the entry's ordinary size)
POUR = {"glass": 12.5, "g12": 12, "g15": 15, "p25": 25, "p50": 50, "coupe": 12.5,
        "dose": 4, "c2": 2, "c4": 4, "demi": 25, "pinte": 50}
BOTTLE = {"btl": 75, "half": 37.5, "mag": 150}


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper().replace("’", "'")


def vol_of(measure):
    if measure in POUR:
        return POUR[measure]
    if measure in BOTTLE:
        return BOTTLE[measure]
    if measure.startswith("b"):
        return float(measure[1:])
    return None


def _num(v, comma=True):
    s = ("%g" % v)
    return s.replace(".", ",") if comma else s


# ---- caisse: the bar register (name field 16 columns, volume in litres) -------------
CAISSE_W = 16


def caisse(text, measure, vintage):
    name = ascii_up(text).replace("'", " ").replace("-", " ")
    name = re.sub(r"\s+", " ", name).strip()
    if vintage:
        name += " %02d" % (vintage % 100)
    name = name[:CAISSE_W].rstrip()
    if not measure:
        return name + " PCE"
    v = vol_of(measure)
    return "%s %s" % (name, _num(v / 100))


def caisse_read(label):
    name, vol = label.rsplit(" ", 1)
    vint = None
    m = re.search(r"(?:^| )(\d\d)$", name)
    if m:
        y = int(m.group(1))
        vint = 2000 + y if y < 40 else 1900 + y
    if vol == "PCE":
        return None, vint
    return round(float(vol.replace(",", ".")) * 100, 3), vint


# ---- tablette: the dining-room tablet, natural French, measure first ---------------
TAB_WORD = {"btl": "Bouteille", "half": "Demi-bouteille", "mag": "Magnum", "glass": "Verre",
            "g12": "Verre 12 cl", "g15": "Verre 15 cl", "p25": "Pichet 25 cl",
            "p50": "Pichet 50 cl", "coupe": "Coupe", "dose": "Dose", "c2": "Dose 2 cl",
            "c4": "Dose 4 cl", "demi": "Demi", "pinte": "Pinte"}
TAB_READ = {v: k for k, v in TAB_WORD.items()}


def tab_size(measure):
    if measure in TAB_WORD:
        return TAB_WORD[measure]
    v = float(measure[1:])
    return "Bouteille " + (("%s l" % _num(v / 100)) if v >= 100 else ("%s cl" % _num(v)))


def tablette(text, measure, vintage):
    if not measure:
        lab = text
    else:
        first = ascii_up(text)[0]
        de = "d'" if first in "AEIOUYH" else "de "
        lab = "%s %s%s" % (tab_size(measure), de, text)
    if vintage:
        lab += " (%d)" % vintage
    return lab


def tablette_read(label):
    m = re.search(r" \((\d{4})\)$", label)
    vint = int(m.group(1)) if m else None
    m2 = re.match(r"^(Bouteille (\d+(?:,\d+)?) (cl|l)|Demi-bouteille|Verre 1[25] cl|Pichet [25][05] cl|"
                  r"Dose [24] cl|Bouteille|Magnum|Verre|Coupe|Dose|Demi|Pinte) (?:de |d')", label)
    if not m2:
        return None, vint
    w = m2.group(1)
    if m2.group(2):
        v = float(m2.group(2).replace(",", "."))
        return (round(v * 100, 3) if m2.group(3) == "l" else v), vint
    return vol_of(TAB_READ[w]), vint


# ---- export: the hotel PMS's fixed-width sales report ------------------------------
EXP_W = 30


def export(text, measure, vintage):
    lib = ascii_up(text)[:EXP_W].rstrip()
    vin = "%d" % vintage if vintage else ""
    if not measure:
        vol = ""
    else:
        v = vol_of(measure)
        vol = "%.1fCL" % v
    return ("%-30s %4s %8s" % (lib, vin, vol)).rstrip()


def export_read(label):
    vin = label[31:35].strip()
    vol = label[36:].strip()
    vint = int(vin) if vin else None
    if not vol:
        return None, vint
    return float(vol[:-2]), vint


TILLS = {"caisse": (caisse, caisse_read), "tablette": (tablette, tablette_read),
         "export": (export, export_read)}
