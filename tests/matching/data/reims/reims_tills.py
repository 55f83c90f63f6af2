"""The three tills of "La Flûte du Parvis" and how each writes a product.

- R, the bar register: upper-case ASCII, the measure first with every bottle written in
  litres with a decimal comma (0,375L 0,75L 1,5L 3L 0,33L 1L...), pours as CP / FLUTE / VRE
  / DOSE / 2CL / 6CL / DEMI / PINTE, two-digit vintage last, the label cut at 27 characters.
- I, the sommelier's iPad: an emoji for the kind of drink, then fields joined by " • ":
  PRODUCER in capitals with accents, the cuvée in lower case with the vintage as ’15
  (typographic apostrophe), the measure in lower case (btl, ½, mag, jéro, coupe, flûte,
  verre, verre 8cl, carafe 50cl, dose, 2cl, 6cl, demi, pinte, 33cl, 75cl, 50cl, 70cl, 1l, 20cl).
- C, the cloud POS's product export: "SKU | Name | Variant"; the SKU is the family, the
  first three letters of the name and a three-digit number (CH-PAL-417); the name in the
  catalogue's mixed case with accents and the vintage as a four-digit year at its end; the
  variant is the bottle in litres with a decimal comma (0,75L, 1,5L...) or the pour spelt out
  (Coupe, Flûte, Verre, Verre 10cl, Carafe 50cl, Dose 4cl, Dose 2cl, Verre 6cl,
  Pression 25cl, Pression 50cl), and "Unique" for what is no drink.
"""

import hashlib
import unicodedata

# measure -> volume in cl, by kind
BOTTLES = {
    "btl": 75,
    "half": 37.5,
    "mag": 150,
    "jero": 300,
    "b20": 20,
    "b33": 33,
    "b50": 50,
    "b70": 70,
    "b75": 75,
    "b100": 100,
}
POURS = {
    "coupe": 12.5,
    "flute": 12.5,
    "glass": 12.5,
    "g8": 8,
    "g10": 10,
    "car50": 50,
    "dose": 4,
    "cl2": 2,
    "cl6": 6,
}
DRAUGHT = {"demi": 25, "pinte": 50}

R_TOKENS = {
    "btl": "0,75L",
    "half": "0,375L",
    "mag": "1,5L",
    "jero": "3L",
    "b20": "0,2L",
    "b33": "0,33L",
    "b50": "0,5L",
    "b70": "0,7L",
    "b75": "0,75L",
    "b100": "1L",
    "coupe": "CP",
    "flute": "FLUTE",
    "glass": "VRE",
    "dose": "DOSE",
    "cl2": "2CL",
    "cl6": "6CL",
    "demi": "DEMI",
    "pinte": "PINTE",
}
I_TOKENS = {
    "btl": "btl",
    "half": "½",
    "mag": "mag",
    "jero": "jéro",
    "b20": "20cl",
    "b33": "33cl",
    "b50": "50cl",
    "b70": "70cl",
    "b75": "75cl",
    "b100": "1l",
    "coupe": "coupe",
    "flute": "flûte",
    "glass": "verre",
    "g8": "verre 8cl",
    "car50": "carafe 50cl",
    "dose": "dose",
    "cl2": "2cl",
    "cl6": "6cl",
    "demi": "demi",
    "pinte": "pinte",
}
C_TOKENS = {
    "btl": "0,75L",
    "half": "0,375L",
    "mag": "1,5L",
    "jero": "3L",
    "b20": "0,2L",
    "b33": "0,33L",
    "b50": "0,5L",
    "b70": "0,7L",
    "b75": "0,75L",
    "b100": "1L",
    "coupe": "Coupe",
    "flute": "Flûte",
    "glass": "Verre",
    "g10": "Verre 10cl",
    "car50": "Carafe 50cl",
    "dose": "Dose 4cl",
    "cl2": "Dose 2cl",
    "cl6": "Verre 6cl",
    "demi": "Pression 25cl",
    "pinte": "Pression 50cl",
}

# families: CH champagnes, VI still wines, DI eaux-de-vie and ratafias, BI beers, SO waters
# and softs, CK cocktails and mixed drinks, CU kitchen, CA coffee and tea, SV services
EMOJI = {
    "CH": "🍾",
    "VI": "🍷",
    "DI": "🥃",
    "BI": "🍺",
    "SO": "💧",
    "CK": "🍸",
    "CU": "🍽",
    "CA": "☕",
    "SV": "🛎",
}

R_WIDTH = 27


def family_of(entry):
    return {
        "champagne": "CH",
        "vin": "VI",
        "spiritueux": "DI",
        "autre": "DI",
        "bière": "BI",
        "soft": "SO",
    }[entry["category"]]


def ascii_upper(text):
    t = unicodedata.normalize("NFKD", text)
    return "".join(c for c in t if not unicodedata.combining(c)).upper()


class CutError(ValueError):
    pass


def _cut_r(head, vintage_tok):
    """R's 27-character cut: the vintage goes whole, the last word may keep four letters."""
    full = head + (" " + vintage_tok if vintage_tok else "")
    if len(full) <= R_WIDTH:
        return full, False
    if len(head) <= R_WIDTH:
        return head, bool(vintage_tok)
    last = head.rsplit(" ", 1)[1]
    start = len(head) - len(last)
    kept = R_WIDTH - start
    if kept < 4 or not last.isalpha():
        raise CutError("R cut would lose more than the end of the last word: %r" % full)
    return head[:R_WIDTH], bool(vintage_tok)


def render_r(measure, vintage, text):
    if text != ascii_upper(text) or not text.isascii():
        raise ValueError("R text must be typed in upper-case ASCII: %r" % text)
    head = (R_TOKENS[measure] + " " if measure else "") + text
    return _cut_r(head, "%02d" % (vintage % 100) if vintage else None)


def render_i(family, measure, vintage, text):
    producer, _, cuvee = text.partition("|")
    if producer != producer.upper() or cuvee != cuvee.lower():
        raise ValueError("I producer in capitals, cuvée in lower case: %r" % text)
    if vintage:
        cuvee = (cuvee + " " if cuvee else "") + "’%02d" % (vintage % 100)
    fields = [f for f in (producer, cuvee) if f]
    if measure:
        fields.append(I_TOKENS[measure])
    return EMOJI[family] + " " + " • ".join(fields), False


def sku_stem(name):
    letters = "".join(c for c in ascii_upper(name) if c.isalpha())
    return (letters + "XXX")[:3]


def render_c(family, measure, vintage, text, used):
    name = text + (" %d" % vintage if vintage else "")
    variant = C_TOKENS[measure] if measure else "Unique"
    h = int(hashlib.sha256((name + "|" + variant).encode()).hexdigest(), 16)
    num = 100 + h % 900
    while (family, num) in used:
        num = 100 + (num - 99) % 900
    used.add((family, num))
    sku = "%s-%s-%03d" % (family, sku_stem(text), num)
    return "%s | %s | %s" % (sku, name, variant), False


def read_vintage(till, label):
    """The vintage printed on a rendered label, by the till's habit (None without one)."""
    import re

    if till == "R":
        m = re.search(r" (\d{2})$", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "I":
        m = re.search(r"(?:^| )’(\d{2})(?= •|$)", label.split(" ", 1)[1])
        return 2000 + int(m.group(1)) if m else None
    name = label.split(" | ")[1]
    m = re.search(r" ((?:19|20)\d{2})$", name)
    return int(m.group(1)) if m else None
