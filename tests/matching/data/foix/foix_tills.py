"""The three tills' habits: how each renders a product, and how each label is read back."""
import hashlib
import re
import unicodedata

TILLS = ("tauleta", "dos", "andorra")

# ---------------------------------------------------------------- tauleta (Catalan tablet)
CAT_WORDS = {
    "btl": "ampolla", "half": "mitja ampolla", "mag": "màgnum", "glass": "got",
    "g15": "got 15cl", "flute": "copa", "c25": "gerra 25cl", "c50": "gerra 50cl",
    "dose": "xopet", "d2": "xopet 2cl", "demi": "demi", "pinte": "pinta",
    "b20": "ampolla 20cl", "b25": "ampolla 25cl", "b50": "ampolla 50cl",
    "b70": "ampolla 70cl", "b100": "ampolla 1l",
}


def _cat_measure(meas, cat):
    if meas == "b33":
        return {"bière": "mitjana", "soft": "llauna"}.get(cat, "ampolla 33cl")
    return CAT_WORDS[meas]


def render_tauleta(meas, vint, text, cat):
    if meas is None:
        s = text
    else:
        m = _cat_measure(meas, cat)
        prep = "d'" if re.match(r"[aeiouhàèéíòóúAEIOUHÀÈÉÍÒÓÚ]", text) else "de "
        s = "%s %s%s" % (m, prep, text)
    if vint is not None:
        s += " del %02d" % (vint % 100)
    return s[0].upper() + s[1:]


def read_tauleta(label):
    m = re.search(r" del (\d\d)$", label)
    return 2000 + int(m.group(1)) if m and int(m.group(1)) < 50 else (1900 + int(m.group(1)) if m else None)


TAULETA_MEAS = [("mitja ampolla", "half"), ("ampolla 20cl", "b20"), ("ampolla 25cl", "b25"),
                ("ampolla 33cl", "b33"), ("ampolla 50cl", "b50"), ("ampolla 70cl", "b70"),
                ("ampolla 1l", "b100"), ("ampolla", "btl"), ("màgnum", "mag"),
                ("got 15cl", "g15"), ("got", "glass"), ("copa", "flute"),
                ("gerra 25cl", "c25"), ("gerra 50cl", "c50"), ("xopet 2cl", "d2"),
                ("xopet", "dose"), ("demi", "demi"), ("pinta", "pinte"),
                ("mitjana", "b33"), ("llauna", "b33")]


def measure_tauleta(label):
    low = label[0].lower() + label[1:]
    for w, code in TAULETA_MEAS:
        if low.startswith((w + " de ", w + " d'")):
            return code
    return None

# ---------------------------------------------------------------- dos (cp850 journal read as cp1252)
DOS_COND = {"btl": "75cl", "half": "37,5cl", "mag": "150cl", "glass": "Verre",
            "g15": "Verre 15cl", "flute": "Flûte", "c25": "Pichet 25cl", "c50": "Pichet 50cl",
            "dose": "Dose 4cl", "d2": "Dose 2cl", "demi": "Demi", "pinte": "Pinte",
            "b20": "20cl", "b25": "25cl", "b33": "33cl", "b50": "50cl", "b70": "70cl",
            "b100": "100cl"}
DOS_WIDTH = 26


def plu(*parts):
    h = hashlib.md5("|".join(parts).encode("utf-8")).hexdigest()
    return "%04d" % (1000 + int(h[:8], 16) % 9000)


def mojibake(s):
    return s.encode("cp850").decode("cp1252")


def unmojibake(s):
    return s.encode("cp1252").decode("cp850")


def render_dos(meas, vint, text, cond=None):
    desig = text[:DOS_WIDTH].rstrip()
    c = cond if cond is not None else DOS_COND[meas]
    line = "%s %-*s %s %s" % (plu(desig, c), DOS_WIDTH, desig,
                              "%04d" % vint if vint else "    ", c)
    return mojibake(line)


def read_dos(label):
    v = label[5 + DOS_WIDTH + 1:5 + DOS_WIDTH + 5]
    return int(v) if v.strip() else None


def measure_dos(label):
    c = unmojibake(label[5 + DOS_WIDTH + 6:])
    for code, w in DOS_COND.items():
        if w == c:
            return code
    return None

# ---------------------------------------------------------------- andorra (supplier's catalogue)
AND_CONT = {20: "0,2L", 25: "0,25L", 33: "0,33L", 37.5: "0,375L", 50: "0,5L", 70: "0,7L",
            75: "0,75L", 100: "1L", 150: "1,5L", 2000: "20L", 3000: "30L"}
AND_SERV = {"glass": "/COPA", "flute": "/COPA", "g15": "/COPA 15CL", "c25": "/JARRA 25CL",
            "c50": "/JARRA 50CL", "dose": "/CHUPITO 4CL", "d2": "/CHUPITO 2CL",
            "demi": "/CAÑA 25CL", "pinte": "/PINTA 50CL", "d6": "/VASO 6CL"}


def and_type(drink):
    col, cat, key = drink[6], drink[7], drink[0]
    rosado = " ROSADO" if col == "rosé" else ""
    if cat == "champagne":
        return "CHAMPAGNE" + rosado
    if cat == "vin":
        if drink[3] in ("Cava", "Corpinnat"):
            return "CAVA" + rosado
        if drink[3] in ("Crémant de Limoux", "Blanquette de Limoux"):
            return "ESPUMOSO" + rosado
        return {"rouge": "VINO TINTO", "blanc": "VINO BLANCO", "rosé": "VINO ROSADO",
                "effervescent": "ESPUMOSO", "liquoreux": "VINO DULCE"}[col]
    if cat == "bière":
        return None  # CERVEZA or BARRIL, by the format
    if cat == "soft":
        return {"evian": "AGUA", "perrier": "AGUA", "pellegrino": "AGUA",
                "milliat_o": "ZUMO", "milliat_p": "ZUMO"}.get(key, "REFRESCO")
    return ""  # spirits and aperitifs: the type word is in the catalogue text


def asciicaps(s):
    out = []
    for ch in s:
        if ch in "ñÑ":
            out.append("Ñ")
        else:
            out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode())
    return "".join(out).upper()


def render_andorra(prefix, fmt, meas, vint, text):
    parts = [p for p in (prefix, text) if p]
    if vint is not None:
        parts.append("%04d" % vint)
    if fmt is not None:
        parts.append(AND_CONT[fmt])
    if meas in AND_SERV:
        parts.append(AND_SERV[meas])
    return asciicaps(" ".join(parts))


AND_RE = re.compile(r"(?:^| )(?:((?:19|20)\d\d) )?(\d+(?:,\d+)?L)(?: (/[A-ZÑ]+(?: \d+CL)?))?$")


def read_andorra(label):
    m = AND_RE.search(label)
    return int(m.group(1)) if m and m.group(1) else None


def measure_andorra(label):
    """(container in cl, service code or None) read back from the label."""
    m = AND_RE.search(label)
    if not m:
        return None, None
    inv = {v: k for k, v in AND_CONT.items()}
    cont = inv.get(m.group(2))
    serv = None
    if m.group(3):
        serv = {v: k for k, v in AND_SERV.items() if k != "flute"}.get(m.group(3))
    return cont, serv


READ_VINTAGE = {"tauleta": read_tauleta, "dos": read_dos, "andorra": read_andorra}
