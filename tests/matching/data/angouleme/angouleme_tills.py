"""The three tills' rendering habits, and each till's reading of measure and vintage."""
import hashlib
import re
import unicodedata

from angouleme_drinks import BY_KEY


def h(*parts):
    return int(hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest(), 16)


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", " ").replace("’", " ").replace("-", " ").replace("°", "").upper()
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- caisse (Z report)
CAISSE_WIDTH = 20
CAISSE_WORD = {"gl": "VRE", "g12": "VRE12", "g14": "VRE14", "cp": "CP", "p25": "PCH25",
               "p50": "PCH50", "d2": "2CL", "d4": "4CL", "dose": "DOSE", "demi": "DEMI",
               "pinte": "PINTE", "half": "1/2", "mag": "MAG", "f25": "25CL", "f33": "33CL",
               "f35": "35CL", "f50": "50CL", "f70": "70CL", "f75": "75CL", "f100": "1L"}
CAISSE_READ = {v: k for k, v in CAISSE_WORD.items()}
CAISSE_PRICE = {"gl": 550, "g12": 500, "g14": 650, "cp": 900, "p25": 950, "p50": 1700,
                "d2": 600, "d4": 1100, "dose": 450, "demi": 350, "pinte": 650}


def render_caisse(key, measure, vintage, text):
    words = []
    if measure == "bt":
        if key and BY_KEY[key][7] not in ("vin", "champagne"):
            words.append("BTL")
    elif measure:
        words.append(CAISSE_WORD[measure])
    words.append(ascii_upper(text))
    full = " ".join(words)
    if vintage:
        full += " %02d" % (vintage % 100)
    name = full[:CAISSE_WIDTH].rstrip()
    seed = h("caisse", key, measure, vintage, text)
    plu = 100 + seed % 8900
    qty = 1 + (seed >> 20) % 6
    if measure in CAISSE_PRICE:
        unit = CAISSE_PRICE[measure] + 50 * ((seed >> 40) % 5)
    elif measure in ("", None):
        unit = 350 + 50 * ((seed >> 40) % 40)
    elif key and BY_KEY[key][7] in ("bière", "soft"):
        unit = 300 + 50 * ((seed >> 40) % 8)
    else:
        unit = 2200 + 100 * ((seed >> 40) % 90)
    amount = qty * unit
    return "%04d %-20s %2d %8s" % (plu, name, qty, "%d.%02d" % (amount // 100, amount % 100))


CAISSE_RE = re.compile(r"^(\d{4}) (.{20}) ([ \d]\d) ([ \d]{4}\d\.\d\d)$")


def read_caisse(label):
    m = CAISSE_RE.match(label)
    if not m:
        raise ValueError("not a caisse row: %r" % label)
    name = m.group(2).rstrip()
    toks = name.split(" ")
    measure = CAISSE_READ.get(toks[0], "bt")
    if toks[0] == "BTL":
        measure = "bt"
    vintage = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        yy = int(toks[-1])
        vintage = 2000 + yy if yy <= 30 else 1900 + yy
    return measure, vintage


# ---------------------------------------------------------------- festival (phone app)
EMOJI = {"vin": "🍷", "champagne": "🍾", "spiritueux": "🥃", "autre": "🍸", "bière": "🍺",
         "soft": "🥤", "food": "🌭", "cafe": "☕", "divers": "🎟️"}
FEST_WORD = {"bt": "btl", "half": "1/2 btl", "mag": "magnum", "f25": "25cl", "f33": "33cl",
             "f35": "35cl", "f50": "50cl", "f70": "70cl", "f75": "75cl", "f100": "1L",
             "gl": "verre", "g12": "verre 12cl", "g14": "verre 14cl", "cp": "coupe",
             "p25": "pichet 25cl", "p50": "pichet 50cl", "d2": "2cl", "d4": "4cl",
             "dose": "dose", "demi": "demi", "pinte": "pinte"}
FEST_READ = {v: k for k, v in FEST_WORD.items()}
FEST_EXTRA = ["", "", "", "", " ⭐", " ✨", " 🎉", " !!", " 👍"]


def render_festival(key, measure, vintage, text, cat=None):
    emo = EMOJI[BY_KEY[key][7] if key else cat]
    if key and BY_KEY[key][6] == "effervescent":
        emo = EMOJI["champagne"]
    s = "%s %s" % (emo, text)
    if vintage:
        s += " %d" % vintage
    if measure:
        s += " · " + FEST_WORD[measure]
    s += FEST_EXTRA[h("fest", key, measure, vintage, text) % len(FEST_EXTRA)]
    return s


FEST_RE = re.compile(r"^(🍷|🍾|🥃|🍸|🍺|🥤|🌭|☕|🎟️) (.+?)( · ([a-zA-Z0-9/ ]+?))?( ⭐| ✨| 🎉| !!| 👍)?$")


def read_festival(label):
    m = FEST_RE.match(label)
    if not m:
        raise ValueError("not a festival line: %r" % label)
    measure = FEST_READ.get(m.group(4)) if m.group(4) else None
    if m.group(4) and measure is None:
        raise ValueError("unknown festival measure %r" % m.group(4))
    yrs = re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", m.group(2))
    return measure, (int(yrs[-1]) if yrs else None)


# ---------------------------------------------------------------- resa (CSV export)
RESA_WIDTH = 30
RESA_WORD = {"bt": "Bouteille", "half": "Demi-bouteille", "mag": "Magnum", "f25": "25 cl",
             "f33": "33 cl", "f35": "35 cl", "f50": "50 cl", "f70": "70 cl", "f75": "75 cl",
             "f100": "1 l", "gl": "Verre", "g12": "Verre 12 cl", "g14": "Verre 14 cl",
             "cp": "Coupe", "p25": "Pichet 25 cl", "p50": "Pichet 50 cl", "d2": "Dose 2 cl",
             "d4": "Dose 4 cl", "dose": "Dose", "demi": "Demi", "pinte": "Pinte"}
RESA_READ = {v: k for k, v in RESA_WORD.items()}
RESA_CATS = ["ROUGES", "BLANCS", "ROSES", "LIQUOREUX", "BULLES", "CHAMPAGNES", "PINEAUX",
             "COGNACS", "SPIRITUEUX", "APERITIFS", "BIERES", "PRESSION", "SOFTS", "CUISINE",
             "CAFETERIE", "DIVERS"]


def resa_category(key, measure):
    d = BY_KEY[key]
    col, cat, app = d[6], d[7], d[3] or ""
    if cat == "champagne":
        return "CHAMPAGNES"
    if cat == "vin":
        if app.startswith("Pineau"):
            return "PINEAUX"
        return {"rouge": "ROUGES", "blanc": "BLANCS", "rosé": "ROSES", "liquoreux": "LIQUOREUX",
                "effervescent": "BULLES"}[col]
    if cat == "spiritueux":
        return "COGNACS" if app.startswith("Cognac") else "SPIRITUEUX"
    if cat == "autre":
        return "APERITIFS"
    if cat == "bière":
        return "PRESSION" if measure in ("demi", "pinte") else "BIERES"
    return "SOFTS"


def render_resa(key, measure, vintage, text, cat=None):
    c = resa_category(key, measure) if key else cat
    assert c in RESA_CATS, c
    prod = text[:RESA_WIDTH].rstrip()
    return '%s,"%s",%s,%s' % (c, prod, vintage or "", RESA_WORD[measure] if measure else "")


RESA_RE = re.compile(r'^([A-Z]+),"([^"]+)",((?:19|20)\d\d)?,(.*)$')


def read_resa(label):
    m = RESA_RE.match(label)
    if not m or m.group(1) not in RESA_CATS:
        raise ValueError("not a resa row: %r" % label)
    w = m.group(4)
    if w and w not in RESA_READ:
        raise ValueError("unknown resa size %r" % w)
    return (RESA_READ[w] if w else None), (int(m.group(3)) if m.group(3) else None)


RENDER = {"caisse": render_caisse, "festival": render_festival, "resa": render_resa}
READ = {"caisse": read_caisse, "festival": read_festival, "resa": read_resa}
