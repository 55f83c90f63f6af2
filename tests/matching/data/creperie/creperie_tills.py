"""The three tills of the crêperie and how each prints a product.

H  waiter's handheld: upper-case ASCII, a family prefix with its separator, the measure,
   the button's text, a two-digit vintage ('21 or 21); every label cut at 22 characters.
C  counter till: mixed case as typed (dots and glued words), the vintage as a year, the
   measure word, then the price with a decimal comma.
W  online shop export (take-away bottles): a category path and a lower-case slug, the
   vintage as a year, the bottle size as a suffix.

Each till has a `render_*` (spec -> label) and a `parse_*` (label -> measure, vintage):
the build computes the answer from what `parse_*` reads back on the rendered label.
"""
import re
import unicodedata
import zlib

H_WIDTH = 22

H_PREFIX = {"cid": "CID-", "biere": "BIERE ", "vinb": "VIN B ", "vinr": "VIN R ",
            "vinrs": "VIN RS ", "bulles": "BULLES ", "apero": "APERO-", "alc": "ALC-",
            "soft": "SOFT-", "gal": "GAL-", "crep": "CREP-", "mer": "MER-",
            "cafe": "CAFE-", "div": "DIV-"}

H_MEASURE = {"btl": "BTL", "b33": "BTL 33", "b75": "BTL 75", "b50": "BTL 50",
             "b25": "BTL 25", "b100": "BTL 1L", "half": "1/2", "mag": "MAG",
             "glass": "VERRE", "coupe": "COUPE", "p50": "PICH 50", "p25": "PICH 25",
             "bolee": "BOLEE", "demi": "DEMI", "pinte": "PINTE", "dose": "DOSE"}

C_MEASURE = {"btl": "Btl", "b33": "33cl", "b75": "75cl", "b50": "50cl", "b25": "25cl",
             "b70": "70cl", "b100": "1L", "half": "1/2btl", "mag": "Mag", "glass": "Vre",
             "coupe": "Coupe", "p50": "Pich.50", "p25": "Pich.25", "bolee": "Bolée",
             "demi": "Demi", "pinte": "Pinte", "dose": "Dose", "c6": "6cl"}

W_CATEGORY = {"cid": "cidres", "biere": "bieres", "vinb": "vins-blancs",
              "vinr": "vins-rouges", "vinrs": "vins-roses", "bulles": "bulles",
              "apero": "aperitifs", "alc": "spiritueux", "soft": "sans-alcool",
              "epic": "epicerie", "serv": "services"}

W_SUFFIX = {"btl": "", "half": "-demi-bouteille", "mag": "-magnum", "b33": "-33cl",
            "b75": "-75cl", "b70": "-70cl", "b50": "-50cl", "b25": "-25cl",
            "b100": "-1l"}

# C prices: per measure, then per family for bottles; cents added from the product's crc
C_PRICE = {"bolee": 350, "p25": 550, "p50": 950, "glass": 550, "coupe": 1100,
           "demi": 350, "pinte": 700, "dose": 650, "c6": 600, "half": 1800, "mag": 6200}
C_BOTTLE = {"cid": 1400, "biere": 550, "vinb": 2900, "vinr": 3100, "vinrs": 2600,
            "bulles": 6500, "apero": 3800, "alc": 5900, "soft": 350}
C_SIZED = {"cid": {"b33": 450, "b75": 1300}, "biere": {"b33": 550, "b75": 1100},
           "soft": {"b25": 350, "b33": 350, "b50": 350, "b100": 550}}
C_FOOD = {"gal": 950, "crep": 650, "mer": 2200, "cafe": 220, "div": 150}


def ascii_upper(text):
    """Upper case without accents or apostrophes, hyphens and dots as spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("'", "").replace("’", "").replace("-", " ").replace(".", " ")
    return " ".join(text.upper().split())


def crc(text):
    return zlib.crc32(text.encode("utf-8"))


# ---------------------------------------------------------------- H (handheld)

def render_h(fam, measure, vintage, text):
    """Return (label, cut) where cut tells whether the 22-character cut took text.

    `text` marks with `~` the end of what must survive the cut (the rest is optional).
    """
    essential, _, optional = text.partition("~")
    head = H_PREFIX[fam] + (H_MEASURE[measure] + " " if measure else "")
    body = ascii_upper(essential)
    rest = ascii_upper(optional)
    full = head + body + ((" " if optional.startswith(" ") else "") + rest if rest else "")
    if vintage:
        yy = "%02d" % (vintage % 100)
        full += " " + ("'" + yy if crc(text) % 2 == 0 else yy)
    label = full[:H_WIDTH].rstrip()
    if len(label) < len(head + body):
        raise ValueError("H cut takes essential text: %r -> %r" % (full, label))
    if len(full) > H_WIDTH and full[H_WIDTH] != " " and full[H_WIDTH - 1] != " ":
        start = full.rfind(" ", 0, H_WIDTH) + 1
        end = full.find(" ", H_WIDTH)
        word = full[start:] if end < 0 else full[start:end]
        if any(ch.isdigit() or ch == "'" for ch in word):
            raise ValueError("H cut falls inside a number: %r -> %r" % (full, label))
    return label


H_MEASURE_TOKENS = sorted(((v, k) for k, v in H_MEASURE.items()), key=lambda p: -len(p[0]))


def parse_h(label):
    """(family, measure, vintage) read back from an H label."""
    fam = None
    for key, prefix in sorted(H_PREFIX.items(), key=lambda p: -len(p[1])):
        if label.startswith(prefix):
            fam, rest = key, label[len(prefix):]
            break
    if fam is None:
        raise ValueError("H label without family: %r" % label)
    measure = None
    for token, key in H_MEASURE_TOKENS:
        if rest == token or rest.startswith(token + " "):
            measure, rest = key, rest[len(token) + 1:]
            break
    vintage = None
    match = re.search(r" '?(\d\d)$", label)
    if match:
        vintage = 2000 + int(match.group(1))
    return fam, measure, vintage


# ---------------------------------------------------------------- C (counter)

def c_price(fam, measure, key):
    if measure in C_PRICE:
        base = C_PRICE[measure]
        if fam == "alc" and measure == "dose":
            base += 200
    elif measure in C_SIZED.get(fam, {}):
        base = C_SIZED[fam][measure]
    elif measure:
        base = C_BOTTLE[fam]
    else:
        base = C_FOOD[fam]
    cents = base + (crc(key) % 7) * 50
    return "%d,%02d" % (cents // 100, cents % 100)


def render_c(fam, measure, vintage, text, key):
    parts = [text]
    if vintage:
        parts.append(str(vintage))
    if measure:
        parts.append(C_MEASURE[measure])
    parts.append(c_price(fam, measure, key))
    return " ".join(parts)


C_MEASURE_BACK = {v: k for k, v in C_MEASURE.items()}


def parse_c(label):
    """(measure, vintage) read back from a C label: `... [year] [measure] price`."""
    tokens = label.split(" ")
    if not re.fullmatch(r"\d+,\d\d", tokens[-1]):
        raise ValueError("C label without price: %r" % label)
    tokens = tokens[:-1]
    measure = C_MEASURE_BACK.get(tokens[-1])
    if measure:
        tokens = tokens[:-1]
    vintage = None
    if re.fullmatch(r"(19|20)\d\d", tokens[-1]):
        vintage = int(tokens[-1])
    return measure, vintage


# ---------------------------------------------------------------- W (web shop)

def slug(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def render_w(fam, measure, vintage, text):
    label = W_CATEGORY[fam] + "/" + slug(text)
    if vintage:
        label += "-%d" % vintage
    if measure:
        label += W_SUFFIX[measure]
    return label


W_SUFFIX_BACK = sorted(((v, k) for k, v in W_SUFFIX.items() if v), key=lambda p: -len(p[0]))


def parse_w(label):
    """(measure, vintage) read back from a W label; no suffix is the ordinary bottle."""
    measure = "btl"
    for suffix, key in W_SUFFIX_BACK:
        if label.endswith(suffix) and label[-len(suffix) - 1].isalnum():
            measure = key
            label = label[:-len(suffix)]
            break
    vintage = None
    match = re.search(r"-((?:19|20)\d\d)$", label)
    if match:
        vintage = int(match.group(1))
    return measure, vintage
