"""The three tills of "Le Beffroi" (Laon): how each renders a product, and how a label is read back.

Canonical measures used in the case modules:
  btl            the drink's ordinary bottle (a wine's 75 cl; the only format otherwise)
  b37 b75 b150 b33 b25 b50 b70 b100   a bottle of that size (b37 = 37.5 cl)
  gl             a glass with no volume (12.5 cl)      cp  a coupe (12.5 cl)
  gl12 gl15      a 12 / 15 cl glass                    c25 c50  a 25 / 50 cl carafe
  dose d2        a 4 cl / 2 cl pour                    demi pinte  25 / 50 cl of draught
Read back, a label gives ("bottle", cl or None) or ("pour", cl, kind) or ("code", cl) (caisse).
"""
import re
import unicodedata

SIZE = {"b37": 37.5, "b75": 75, "b150": 150, "b33": 33, "b25": 25, "b50": 50, "b70": 70, "b100": 100}
POUR = {"gl": 12.5, "cp": 12.5, "gl12": 12, "gl15": 15, "c25": 25, "c50": 50, "dose": 4, "d2": 2,
        "demi": 25, "pinte": 50}


def ascii_upper(text):
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("œ", "oe").replace("Œ", "OE").upper()
    t = re.sub(r"['’\-]", " ", t)
    return re.sub(r" +", " ", t).strip()


# ---------------------------------------------------------------- caisse
# Old counter register. ASCII capitals, name + two-digit vintage cut at 20 columns,
# then " #" and the size key's three-digit code: the volume served in cl (037 = 37.5 cl).
CAISSE_WIDTH = 20


def caisse_code(measure, ordinary_cl):
    if measure == "btl":
        cl = ordinary_cl
    elif measure in SIZE:
        cl = SIZE[measure]
    elif measure in ("gl12", "gl15", "c25", "c50", "dose", "d2", "demi", "pinte"):
        cl = POUR[measure]
    else:
        raise ValueError("caisse has no key for " + measure)
    return "%03d" % int(cl)


def render_caisse(text, measure, vintage, ordinary_cl):
    body = ascii_upper(text)
    if vintage:
        body += " %02d" % (vintage % 100)
    body = body[:CAISSE_WIDTH].rstrip()
    if measure is None:
        return body + " #000"
    return body + " #" + caisse_code(measure, ordinary_cl)


def parse_caisse(label):
    m = re.fullmatch(r"([A-Z0-9 &./]{1,20}) #(\d{3})", label)
    if not m:
        raise ValueError("not a caisse label: " + label)
    body, code = m.group(1), int(m.group(2))
    vm = re.search(r" (\d\d)$", body)
    vintage = 2000 + int(vm.group(1)) if vm else None
    if code == 0:
        return None, vintage
    return ("code", 37.5 if code == 37 else code), vintage


# ---------------------------------------------------------------- resa
# The booking platform's pre-order export (the "précommande" of a table booked online).
RESA_WORDS = {"btl": "Bouteille", "b75": "Bouteille", "b37": "Demi-bouteille", "b150": "Magnum",
              "b33": "Bouteille 33 cl", "b25": "Bouteille 25 cl", "b50": "Bouteille 50 cl",
              "b70": "Bouteille 70 cl", "b100": "Bouteille 1 L",
              "gl": "Verre", "cp": "Coupe", "gl12": "Verre 12 cl", "gl15": "Verre 15 cl",
              "c25": "Carafe 25 cl", "c50": "Carafe 50 cl", "dose": "Dose", "d2": "Dose 2 cl",
              "demi": "Demi pression", "pinte": "Pinte pression"}
RESA_BACK = {"Bouteille": ("bottle", None), "Demi-bouteille": ("bottle", 37.5),
             "Magnum": ("bottle", 150), "Bouteille 33 cl": ("bottle", 33),
             "Bouteille 25 cl": ("bottle", 25), "Bouteille 50 cl": ("bottle", 50),
             "Bouteille 70 cl": ("bottle", 70), "Bouteille 1 L": ("bottle", 100),
             "Verre": ("pour", 12.5, "glass"), "Coupe": ("pour", 12.5, "glass"),
             "Verre 12 cl": ("pour", 12, "glass"), "Verre 15 cl": ("pour", 15, "glass"),
             "Carafe 25 cl": ("pour", 25, "glass"), "Carafe 50 cl": ("pour", 50, "glass"),
             "Dose": ("pour", 4, "dose"), "Dose 2 cl": ("pour", 2, "dose"),
             "Demi pression": ("pour", 25, "draught"), "Pinte pression": ("pour", 50, "draught")}
RESA_CUT = 38


def render_resa(text, measure, vintage, qty, nm):
    name = text if len(text) <= RESA_CUT else text[:RESA_CUT - 1].rstrip() + "…"
    tail = " (%d)" % vintage if vintage else (" (NM)" if nm else "")
    if measure is None:
        return "Pré-commande : %s ×%d" % (name, qty)
    return "Pré-commande : %s – %s%s ×%d" % (RESA_WORDS[measure], name, tail, qty)


def parse_resa(label):
    m = re.fullmatch(r"Pré-commande : (?:(.+?) – )?(.+?)(?: \((\d{4}|NM)\))? ×(\d+)", label)
    if not m:
        raise ValueError("not a resa label: " + label)
    word, _name, vint, _q = m.groups()
    vintage = int(vint) if vint and vint != "NM" else None
    if word is None:
        return None, vintage
    return RESA_BACK[word], vintage


# ---------------------------------------------------------------- tablette
# The waiters' tablet: lower-case words, the houses and appellations the staff abbreviate in
# capital initials (PR, BS, VC, CDR, PF...), the measure word first, the vintage as 'yy last.
TAB_WORDS = {"btl": "", "b75": "75cl", "b37": "1/2", "b150": "mag", "b33": "33cl", "b25": "25cl",
             "b50": "50cl", "b70": "70cl", "b100": "1l", "gl": "vre", "cp": "coupe",
             "gl12": "vre12", "gl15": "vre15", "c25": "car25", "c50": "car50", "dose": "dose",
             "d2": "dose2", "demi": "demi", "pinte": "pinte"}
TAB_BACK = {"75cl": ("bottle", 75), "1/2": ("bottle", 37.5), "mag": ("bottle", 150),
            "33cl": ("bottle", 33), "25cl": ("bottle", 25), "50cl": ("bottle", 50),
            "70cl": ("bottle", 70), "1l": ("bottle", 100),
            "vre": ("pour", 12.5, "glass"), "coupe": ("pour", 12.5, "glass"),
            "vre12": ("pour", 12, "glass"), "vre15": ("pour", 15, "glass"),
            "car25": ("pour", 25, "glass"), "car50": ("pour", 50, "glass"),
            "dose": ("pour", 4, "dose"), "dose2": ("pour", 2, "dose"),
            "demi": ("pour", 25, "draught"), "pinte": ("pour", 50, "draught")}


def render_tablette(text, measure, vintage):
    parts = []
    if measure is not None and TAB_WORDS[measure]:
        parts.append(TAB_WORDS[measure])
    parts.append(text)
    if vintage:
        parts.append("'%02d" % (vintage % 100))
    return " ".join(parts)


def parse_tablette(label, food=False):
    vm = re.search(r" '(\d\d)$", label)
    vintage = 2000 + int(vm.group(1)) if vm else None
    first = label.split(" ", 1)[0]
    if first in TAB_BACK:
        return TAB_BACK[first], vintage
    return (None if food else ("bottle", None)), vintage
