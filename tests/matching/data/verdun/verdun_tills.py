"""The three tills' rendering habits, the guard on cuts, and the vintage read back from a
printed label."""
import hashlib
import re
import unicodedata

FAMILIES = ["ROUGE", "BLANC", "ROSE", "LIQ", "CREMANT", "CHAMP", "BIERE", "PRESSION",
            "SPIRIT", "APERO", "SOFT", "FOOD", "CAFE", "DIVERS"]
KEG_MEASURES = ("DM", "PT", "F30", "F40")


def family_of(drink, measure):
    key, name, producer, app, region, country, colour, cat, held = drink
    if cat == "champagne":
        return "CHAMP"
    if cat == "vin":
        if app and app.startswith("Crémant"):
            return "CREMANT"
        return {"rouge": "ROUGE", "blanc": "BLANC", "rosé": "ROSE", "liquoreux": "LIQ"}[colour]
    if cat == "bière":
        return "PRESSION" if measure in KEG_MEASURES else "BIERE"
    return {"spiritueux": "SPIRIT", "autre": "APERO", "soft": "SOFT"}[cat]


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s.replace("ß", "ss").replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c))


class CutRefused(ValueError):
    pass


def cut(text, vint, width):
    """Append the vintage and cut at width. Returns (printed, vintage_lost)."""
    full = text + (" " + vint if vint else "")
    if len(full) <= width:
        return full, False
    if len(text) <= width:
        return full[:width].rstrip(), bool(vint)
    rest = text[width:]
    if text[width] == " " or " " in rest.strip():
        raise CutRefused(f"cut at {width} loses a whole word: {text!r}")
    part = text[:width].split(" ")[-1]
    if len(part) < 3 or any(ch.isdigit() for ch in part):
        raise CutRefused(f"cut at {width} leaves {part!r}: {text!r}")
    return text[:width], bool(vint)


def fmt_cl(v):
    return ("%g" % v).replace(".", ",")


def litres(v):
    s = "%g" % (v / 100)
    return s.replace(".", ",") + "l"


# ---------------------------------------------------------------- siege
SIEGE_FAM = {"ROUGE": "VI", "BLANC": "VI", "ROSE": "VI", "LIQ": "VI", "CREMANT": "BU",
             "CHAMP": "BU", "BIERE": "BI", "PRESSION": "BI", "SPIRIT": "SP", "APERO": "AP",
             "SOFT": "SO", "FOOD": "RE", "CAFE": "CF", "DIVERS": "DV"}
SIEGE_POUR = {"G": "VERRE", "G10": "VR10", "G12": "VR12", "G15": "VR15", "G20": "VR20",
              "CP": "FLUTE", "C25": "PI25", "C50": "PI50", "D": "DOSE", "D2": "DS2",
              "DM": "PR25", "PT": "PR50", "F30": "PR30", "F40": "PR40"}
SIEGE_WIDTH = 26


def render_siege(fam, ident, measure, bottle_cl, text, vintage):
    code = 10000 + h("siege", ident, measure) % 90000
    design = ascii_fold(text).upper().replace("'", " ")
    design = re.sub(r" +", " ", design)
    vs = "%02d" % (vintage % 100) if vintage else ""
    printed, lost = cut(design, vs, SIEGE_WIDTH)
    if measure == "U":
        unit = "FORF" if fam == "DIVERS" else "PCE"
    elif measure in SIEGE_POUR:
        unit = SIEGE_POUR[measure]
    else:
        unit = "BT" + fmt_cl(bottle_cl)
    return f"{SIEGE_FAM[fam]}-{code} {printed} #{unit}", lost


SIEGE_RE = re.compile(r"^(VI|BU|BI|SP|AP|SO|RE|CF|DV)-(\d{5}) (.{1,26}) #([A-Z0-9,]+)$")


def vintage_siege(label):
    m = SIEGE_RE.match(label)
    if not m or m.group(1) not in ("VI", "BU"):
        return None
    v = re.search(r" (\d{2})$", m.group(3))
    if not v:
        return None
    n = int(v.group(1))
    return 1900 + n if n >= 50 else 2000 + n


# ---------------------------------------------------------------- kellner
KELLNER_CAT = {"ROUGE": "Rotwein", "BLANC": "Weißwein", "ROSE": "Roséwein", "LIQ": "Süßwein",
               "CREMANT": "Sekt", "CHAMP": "Champagner", "BIERE": "Flaschenbier",
               "PRESSION": "Fassbier", "SPIRIT": "Spirituosen", "APERO": "Aperitif",
               "SOFT": "Alkoholfrei", "FOOD": "Essen", "CAFE": "Heißgetränke",
               "DIVERS": "Sonstiges"}
KELLNER_MEASURE = {"B": "Flasche", "H": "halbe Flasche", "M": "Magnum", "G": "Glas",
                   "G10": "Glas 0,1l", "G12": "Glas 0,12l", "G15": "Glas 0,15l",
                   "G20": "Glas 0,2l", "CP": "Sektglas", "C25": "Karaffe 0,25l",
                   "C50": "Karaffe 0,5l", "D": "4cl", "D2": "2cl", "DM": "0,25l",
                   "PT": "0,5l", "F30": "0,3l", "F40": "0,4l"}


def render_kellner(fam, measure, text, vintage):
    s = f"{KELLNER_CAT[fam]}: {text}"
    if vintage:
        s += f" {vintage}"
    if measure == "U":
        return s, False
    if measure in KELLNER_MEASURE:
        w = KELLNER_MEASURE[measure]
    else:  # sized bottle
        w = "Flasche " + litres(float(measure[1:]))
    return f"{s} – {w}", False


def vintage_kellner(label):
    m = re.search(r" ((?:19|20)\d{2})(?: – |$)", label)
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------- compta
COMPTA_ACC = {"ROUGE": "70711", "BLANC": "70711", "ROSE": "70711", "LIQ": "70711",
              "CREMANT": "70711", "CHAMP": "70712", "BIERE": "70713", "PRESSION": "70713",
              "SPIRIT": "70714", "APERO": "70714", "SOFT": "70715", "FOOD": "70610",
              "CAFE": "70610", "DIVERS": "70800"}
COMPTA_MEAS = {"B": "BTL", "H": "1/2BTL", "M": "MAG", "G": "VRE", "G10": "VRE10",
               "G12": "VRE12", "G15": "VRE15", "G20": "VRE20", "CP": "FLUTE", "C25": "CAR25",
               "C50": "CAR50", "D": "DOSE", "D2": "DOSE2", "DM": "PRESS25", "PT": "PRESS50",
               "F30": "PRESS30", "F40": "PRESS40", "U": "PCE"}
COMPTA_WIDTH = 28
SECTIONS = ["BAR", "SALLE", "TERR"]


def title_ascii(text):
    words = ascii_fold(text).split(" ")
    return " ".join(w[:1].upper() + w[1:].lower() for w in words if w)


def render_compta(fam, ident, measure, pour_cl, text, vintage):
    hv = h("compta", ident, measure, text)
    period = "2024-%02d" % (1 + hv % 12)
    section = SECTIONS[(hv >> 8) % 3]
    qty = 1 + (hv >> 16) % 48
    lib, lost = cut(title_ascii(text), str(vintage) if vintage else "", COMPTA_WIDTH)
    meas = COMPTA_MEAS.get(measure) or ("BTL" + measure[1:])
    lit = "" if measure == "U" else ("%.2f" % (qty * pour_cl / 100)).replace(".", ",")
    return ";".join([period, COMPTA_ACC[fam], section, lib, meas, str(qty), lit]), lost


COMPTA_RE = re.compile(r"^2024-(0[1-9]|1[0-2]);(70711|70712|70713|70714|70715|70610|70800);"
                       r"(BAR|SALLE|TERR);([^;]{1,28});([A-Z0-9/]+);(\d+);(\d+,\d\d)?$")


def vintage_compta(label):
    m = COMPTA_RE.match(label)
    if not m:
        return None
    v = re.search(r" ((?:19|20)\d{2})$", m.group(4))
    return int(v.group(1)) if v else None


READ_VINTAGE = {"siege": vintage_siege, "kellner": vintage_kellner, "compta": vintage_compta}
