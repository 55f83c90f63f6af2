"""How each till renders a product, and how the vintage is read back from the rendered label."""
import hashlib
import re
import unicodedata

BAR_WIDTH = 20
BAR_CODE = {"btl": "", "half": "1/2", "mag": "MAG", "vr": "VR", "v15": "V15", "pot": "POT",
            "cp": "CP", "dose": "DS", "demi": "DM", "pinte": "PI"}
APERITIF_KEYS = {"ricard", "suze", "martini_bianco", "martini_rosso", "lillet_blanc", "aperol", "campari"}


def h(text, mod):
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % mod


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Z0-9/ ]", " ", s.upper())


def bar_family(d):
    key, colour, cat, fmts = d[0], d[6], d[7], [f for f, _ in d[8]]
    if cat == "champagne":
        return "13"
    if cat == "vin":
        return {"rouge": "10", "blanc": "11", "rosé": "12"}[colour]
    if cat == "bière":
        return "20" if max(fmts) >= 2000 else "21"
    if key in APERITIF_KEYS:
        return "30"
    if cat == "spiritueux":
        return "31"
    return "40"


def bar_code(measure):
    if measure.isupper():
        return measure
    if measure in BAR_CODE:
        return BAR_CODE[measure]
    size = int(float(measure[1:]))
    return "1L" if size == 100 else f"{size}CL"


def render_bar(family, measure, words, vintage):
    toks = [family]
    code = bar_code(measure) if measure else ""
    if code:
        toks.append(code)
    for w in ascii_upper(words).split():
        toks.append(w if w.isdigit() else w[:4])
    if vintage is not None:
        toks.append(f"{vintage % 100:02d}")
    return " ".join(toks)[:BAR_WIDTH].rstrip()


def read_bar_vintage(label):
    toks = label.split()
    if toks[0] in ("10", "11", "12", "13") and len(toks) > 2 and re.fullmatch(r"\d\d", toks[-1]):
        return 2000 + int(toks[-1])
    return None


SALLE_SERVING = {"btl": "Bouteille", "half": "1/2 bouteille", "mag": "Magnum", "vr": "Verre",
                 "v15": "Verre 15cl", "pot": "Pot 46cl", "cp": "Coupe", "dose": "Dose 4cl",
                 "demi": "Demi 25cl", "pinte": "Pinte 50cl"}
SERVING_MEASURE = {v: k for k, v in SALLE_SERVING.items()}
BASE_PRICE = {"btl": 24, "half": 16, "mag": 60, "vr": 5, "v15": 6, "pot": 14, "cp": 9, "dose": 6,
              "demi": 3, "pinte": 6}


def salle_serving(measure):
    if measure in SALLE_SERVING:
        return SALLE_SERVING[measure]
    size = int(float(measure[1:]))
    return "1L" if size == 100 else f"{size}cl"


def render_salle(article, vintage, serving, measure_for_price):
    core = article + (f" {vintage}" if vintage is not None else "") + f" {serving}"
    qmax = 6 if measure_for_price in ("vr", "v15", "cp", "dose", "demi", "pinte") else 3
    q = 1 + h(core + "q", qmax)
    base = BASE_PRICE.get(measure_for_price, 4)
    cents = base * 100 + h(core + "p", base * 2 + 1) * 50
    return f"{core} x{q} {cents // 100},{cents % 100:02d}"


def read_salle_vintage(label):
    m = re.search(r"\b((?:19|20)\d\d)\b", label)
    return int(m.group(1)) if m else None


def read_tab_vintage(label):
    m = re.search(r"'(\d\d)\b", label)
    if m:
        return 2000 + int(m.group(1))
    m = re.search(r"\b(20\d\d)\b", label)
    return int(m.group(1)) if m else None
