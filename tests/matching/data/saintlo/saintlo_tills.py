"""The three tills' rendering habits and how each one's measure and vintage are read back.

Internal measures: BTL (a wine's 75 cl bottle), HALF (37.5), MAG (150), GLASS (12.5 cl, no volume),
G12, G15, P25, P50 (pichets), DOSE (4 cl), D2 (2 cl), DEMI (25 cl draught), PINTE (50 cl draught),
C25, C275, C33, C50, C70, C75, C100 (a bottle of that size, non-wines), NONE (no measure)."""
import hashlib
import re
import unicodedata

POUR_CL = {"GLASS": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50, "DOSE": 4, "D2": 2}
DRAUGHT_CL = {"DEMI": 25, "PINTE": 50}
BOTTLE_CL = {"BTL": 75, "HALF": 37.5, "MAG": 150, "C25": 25, "C275": 27.5, "C33": 33, "C50": 50,
             "C70": 70, "C75": 75, "C100": 100}

# --- comptoir: the counter's register -------------------------------------------------------
COMPTOIR_WIDTH = 18
COMPTOIR_KEY = {"BTL": "BTL", "HALF": "1/2", "MAG": "MAG", "GLASS": "VR", "G12": "V12", "G15": "V15",
                "P25": "P25", "P50": "P50", "DOSE": "DOSE", "D2": "2CL", "DEMI": "DEMI", "PINTE": "PINTE",
                "C25": "25CL", "C275": "27CL", "C33": "33CL", "C50": "50CL", "C70": "70CL", "C75": "75CL",
                "C100": "1L"}

# --- pda: the waiters' handheld ----------------------------------------------------------------
PDA_WIDTH = 38
PDA_WORD = {"BTL": "Bouteille", "HALF": "Demi-bouteille", "MAG": "Magnum", "GLASS": "Verre",
            "G12": "Verre 12cl", "G15": "Verre 15cl", "P25": "Pichet 25cl", "P50": "Pichet 50cl",
            "DOSE": "Dose", "D2": "Dose 2cl", "DEMI": "Demi", "PINTE": "Pinte"}
PDA_SUFFIX = {"C25": "25cl", "C275": "27,5cl", "C33": "33cl", "C50": "50cl", "C70": "70cl", "C75": "75cl",
              "C100": "1L"}

# --- export: the back office's article export ------------------------------------------------
EXPORT_WIDTH = 28
EXPORT_CONT = {"BTL": "75CL", "HALF": "37,5CL", "MAG": "150CL", "GLASS": "VERRE", "G12": "VERRE 12CL",
               "G15": "VERRE 15CL", "P25": "PICHET 25CL", "P50": "PICHET 50CL", "DOSE": "DOSE 4CL",
               "D2": "DOSE 2CL", "DEMI": "DEMI 25CL", "PINTE": "PINTE 50CL", "C25": "25CL",
               "C275": "27,5CL", "C33": "33CL", "C50": "50CL", "C70": "70CL", "C75": "75CL", "C100": "1L",
               "NONE": "UNITE"}
EXPORT_FAMILIES = {"1": "vins rouges", "2": "vins blancs", "3": "rosés", "4": "bulles",
                   "5": "bières et cidres", "6": "apéritifs", "7": "spiritueux", "8": "softs et chauds",
                   "9": "cuisine et divers"}


class TillError(Exception):
    pass


def ascii_caps(text):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("'", " ").replace("’", " ").replace("-", " ")
    t = re.sub(r"\s+", " ", t).strip().upper()
    if not re.fullmatch(r"[A-Z0-9 ./&]+", t):
        raise TillError("comptoir cannot print %r" % text)
    return t


def render_comptoir(text, measure, vintage):
    field = ascii_caps(text)
    if vintage is not None:
        field += " %02d" % (vintage % 100)
    full = field
    field = field[:COMPTOIR_WIDTH].rstrip()
    last = field.split(" ")[-1]
    if field != full:
        if vintage is not None and re.fullmatch(r"\d", last):
            raise TillError("comptoir cut leaves half a vintage: %r" % field)
        if not full.startswith(field + " ") and len(last) < 3:
            raise TillError("comptoir cut leaves under 3 letters: %r" % field)
    if measure == "NONE":
        return field
    return field + " /" + COMPTOIR_KEY[measure]


def read_comptoir(label):
    """(measure, vintage) read back from a counter label."""
    name, measure = label, "NONE"
    if " /" in label:
        name, key = label.rsplit(" /", 1)
        inv = {v: k for k, v in COMPTOIR_KEY.items()}
        measure = inv[key]
    m = re.search(r" (\d\d)$", name)
    vintage = None
    if m and int(m.group(1)) <= 26:
        vintage = 2000 + int(m.group(1))
    return measure, vintage


def render_pda(text, measure, vintage):
    parts = []
    if measure in PDA_WORD:
        parts.append(PDA_WORD[measure])
    parts.append(text)
    if measure in PDA_SUFFIX:
        parts.append(PDA_SUFFIX[measure])
    if vintage is not None:
        parts.append(str(vintage))
    full = " ".join(parts)
    if len(full) <= PDA_WIDTH:
        return full
    cut = full[:PDA_WIDTH - 1].rstrip(" ,.")
    last = cut.split(" ")[-1]
    if re.fullmatch(r"\d{1,3}", last):
        raise TillError("pda cut leaves half a vintage: %r" % cut)
    if not full.startswith(cut + " ") and len(last) < 3:
        raise TillError("pda cut leaves under 3 letters: %r" % cut)
    return cut + "…"


def read_pda(label):
    measure = "NONE"
    for m, w in sorted(PDA_WORD.items(), key=lambda kv: -len(kv[1])):
        if label.startswith(w + " "):
            measure = m
            break
    if measure == "NONE":
        for m, s in PDA_SUFFIX.items():
            if re.search(r" %s( (19|20)\d\d)?(…)?$" % re.escape(s), label):
                measure = m
                break
    vs = re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", label)
    vintage = int(vs[-1]) if vs else None
    return measure, vintage


def article(family, designation):
    h = int(hashlib.md5(designation.encode("utf-8")).hexdigest(), 16) % 10000
    return "%s%04d" % (family, h)


def render_export(text, measure, vintage, family):
    des = text.upper()
    des = des[:EXPORT_WIDTH].rstrip(" ,.")
    return "%s;%s;%s;%s" % (article(family, "%s|%s|%s" % (des, vintage or "", EXPORT_CONT[measure])), des, "" if vintage is None else str(vintage),
                            EXPORT_CONT[measure])


def read_export(label):
    art, des, mill, cont = label.split(";")
    inv = {v: k for k, v in EXPORT_CONT.items() if k != "C75"}  # 75CL is a bottle, whatever the drink
    return inv[cont], (int(mill) if mill else None)


RENDER = {"comptoir": render_comptoir, "pda": render_pda}
READ = {"comptoir": read_comptoir, "pda": read_pda, "export": read_export}
