"""The three tills of "Le Bec de l'Aigle": how each prints a product, and how a label is read back.

- caisse: the restaurant's counter register. Its journal prints one line per sale in
  columns: a 20-column description (ASCII capitals, measure first, two-digit vintage last,
  cut hard at 20), the quantity, `x`, the unit price and the line total (decimal comma).
- folio: the hotel's property-management system (PMS). Every drink charged to a room is a
  folio line `Ch.214 | Outlet | item (format) | 1 x 34,00 €`, the item as named in the
  hotel's F&B catalogue (mixed case, accents, four-digit vintage, format in parentheses).
- badge: the slope terrace's cashless terminals, paid with the ski pass (its RFID chip is
  the wallet). Export line `TERR2 11:42 #C3F1 item 'yy measure -5,50`: terminal, time,
  the pass's last four hex digits, the item in lower-case ASCII, and the signed amount.

Every "random" figure (prices, quantities, rooms, times, pass numbers) is derived from an MD5.
"""
import hashlib
import re
import unicodedata

CUT = 20  # caisse description width


def md5int(*parts):
    return int(hashlib.md5("|".join(str(p) for p in parts).encode("utf-8")).hexdigest(), 16)


def ascii_fold(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def caisse_text(text):
    """Capitals without accents; apostrophes and hyphens printed as spaces."""
    t = ascii_fold(text).upper().replace("'", " ").replace("’", " ").replace("-", " ")
    return re.sub(r"\s+", " ", t).strip()


def badge_text(text):
    t = ascii_fold(text).lower()
    return re.sub(r"\s+", " ", t).strip()


def euros(x):
    return f"{x:.2f}".replace(".", ",")


# ---------------------------------------------------------------- measures
# internal code -> (kind, volume in cl); kind "bottle" (volume None = the wine's 75 cl),
# "pour" (from the ordinary bottle), "draught" (from the keg)
MEASURES = {
    "": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "b25": ("bottle", 25), "b33": ("bottle", 33), "b50": ("bottle", 50), "b70": ("bottle", 70),
    "b100": ("bottle", 100),
    "glass": ("pour", 12.5), "glass15": ("pour", 15), "glass12": ("pour", 12),
    "coupe": ("pour", 12.5), "pich25": ("pour", 25), "pich50": ("pour", 50),
    "dose": ("pour", 4), "2cl": ("pour", 2),
    "demi": ("draught", 25), "pinte": ("draught", 50),
}

CAISSE_CODES = {
    "": "", "half": "1/2", "mag": "MAG", "glass": "VRE", "glass15": "VRE15", "coupe": "CP",
    "pich25": "PICH25", "pich50": "PICH50", "dose": "DOSE", "2cl": "2CL", "demi": "DEMI",
    "pinte": "PINTE", "b25": "25CL", "b33": "33CL", "b50": "50CL", "b70": "70CL", "b100": "1L",
}
CAISSE_NONWINE = {"DOSE", "2CL", "DEMI", "PINTE", "25CL", "33CL", "50CL", "70CL", "1L"}

FOLIO_CODES = {
    "": "75 cl", "half": "37,5 cl", "mag": "150 cl", "glass12": "verre 12 cl", "coupe": "coupe",
    "pich25": "pichet 25 cl", "pich50": "pichet 50 cl", "dose": "4 cl", "2cl": "2 cl",
    "demi": "pression 25 cl", "pinte": "pression 50 cl", "b25": "25 cl", "b33": "33 cl",
    "b50": "50 cl", "b70": "70 cl", "b100": "100 cl",
}

BADGE_CODES = {
    "": "btl", "half": "1/2btl", "mag": "mag", "glass": "verre", "coupe": "coupe",
    "pich25": "pichet25", "pich50": "pichet50", "dose": "4cl", "2cl": "2cl",
    "demi": "pression25", "pinte": "pression50", "b25": "25cl", "b33": "33cl", "b50": "50cl",
    "b100": "100cl",
}
BADGE_CREDIT = ("recharge", "retour consigne", "remboursement")


def _inverse(table):
    return {v: k for k, v in table.items() if v}


# ---------------------------------------------------------------- prices
def bottle_price(key, region, category):
    h = md5int("btl", key)
    if category == "champagne":
        return 72 + h % 60
    if region in ("Bourgogne", "Vallée du Rhône"):
        return 48 + h % 70
    return 28 + h % 34


# products of no drink: (words, lowest price, spread in half-euros)
NONE_PRICES = [
    (("recharge",), 20, 0), (("consigne",), 1, 0), (("taxe de sejour",), 2.5, 0),
    (("demi-pension", "demi pension"), 48, 20), (("casier",), 35, 0), (("massage",), 85, 0),
    (("forfait",), 290, 60), (("petit-dejeuner", "petit dejeuner"), 24, 4),
    (("romanee-conti",), 2900, 0), (("bouchon",), 15, 0), (("grolle",), 24, 12), (("grog",), 7, 2), (("cafe genepi",), 6, 2),
    (("tonic", "spritz", "kir"), 8, 6),
    (("vin chaud",), 5.5, 2), (("chocolat",), 4.5, 2), (("cafe", "expresso", "the "), 2.5, 2),
    (("crepe", "gaufre", "frites"), 5, 4),
    (("croziflette", "tartiflette", "fondue", "raclette", "diots", "plat", "menu", "burger",
      "soupe", "assiette", "croute"), 17, 20),
    (("diabolo", "sirop", "limonade", "jus ", "ice tea", "panache", "monaco"), 4, 2),
]
MEASURE_PRICES = {
    "glass": (6, 6), "glass12": (6, 6), "glass15": (7, 6), "coupe": (11, 8), "pich25": (11, 6),
    "pich50": (18, 12), "dose": (6, 6), "2cl": (4, 2), "b25": (4.5, 2), "b33": (5, 4),
    "b50": (4, 2), "b100": (6.5, 0), "demi": (4.5, 2), "pinte": (8, 3), "half": (30, 20),
    "mag": (90, 80), "": (30, 60),
}


def none_price(text, measure, h):
    t = ascii_fold(text).lower() + " "
    measure = "" if measure == "btl" else measure
    if not measure and "champagne" in t:
        return 72 + (h % 121) / 2
    for words, low, spread in NONE_PRICES:
        if any(re.search(r"\b%s\b" % re.escape(w.strip()), t) for w in words):
            break
    else:
        low, spread = MEASURE_PRICES[measure]
    return low + (h % (spread + 1)) / 2 if spread else low


def price(key, measure, drink):
    """Unit price of one sale; drink is the library row or None (a product of no drink)."""
    h = md5int("px", key, measure)
    def half(x):
        return round(x * 2) / 2
    if drink is None:
        return none_price(key, measure, h)
    cat, region = drink["category"], drink["region"]
    if cat in ("vin", "champagne"):
        b = bottle_price(drink["key"], region, cat)
        return half({"": b, "half": b * 0.56, "mag": b * 2.1, "glass": b / 6, "glass15": b / 5,
                     "glass12": b / 6.2, "coupe": b / 6, "pich25": b / 2.9,
                     "pich50": b / 1.6}[measure])
    if cat == "spiritueux":
        d = 6.5 + (h % 6) / 2
        return half(d / 2 + 0.5) if measure == "2cl" else half(d)
    if cat == "bière":
        return {"demi": 4.5 + (h % 3) / 2, "pinte": 8 + (h % 4) / 2}.get(measure, 6 + (h % 4) / 2)
    return {"b100": 6.5, "b50": 4.0}.get(measure, 4.5 + (h % 2) / 2)


# ---------------------------------------------------------------- caisse
def render_caisse(key, measure, vintage, text, drink):
    """Return (label, printed_description, full_description, marked word spans)."""
    _words, _marked, _pos = [], [], 0
    code = CAISSE_CODES[measure]
    body = ((code + " ") if code else "") + text
    full, spans = "", []
    for raw in body.split():
        w = caisse_text(raw.lstrip("*"))
        if full:
            full += " "
        if raw.startswith("*"):
            spans.append((w, len(full), len(full) + len(w)))
        full += w
    if vintage:
        full += " %02d" % (vintage % 100)
    desc = full[:CUT].rstrip()
    pu = price(key if key != "-" else text, measure, drink)
    h = md5int("qty", full)
    if measure in ("", "mag", "half"):
        qty = 1 if h % 10 < 8 else 2
    else:
        qty = 1 if h % 10 < 6 else (2 if h % 10 < 9 else 3)
    label = f"{desc:<20} {qty:>2} x {euros(pu):>6} {euros(pu * qty):>7}"
    return label, desc, full, spans


def marked_lost(desc, spans):
    """A marked word survives the cut when it is whole or keeps at least four letters."""
    lost = []
    for w, a, b in spans:
        kept = max(0, min(b, len(desc)) - a)
        if kept < len(w) and kept < 4:
            lost.append(w)
    return lost


def read_caisse(label):
    desc = label[:CUT].rstrip()
    toks = desc.split()
    inv = _inverse(CAISSE_CODES)
    measure = inv.get(toks[0], "") if toks else ""
    vintage = None
    if len(toks) > 1 and toks[0] not in CAISSE_NONWINE and re.fullmatch(r"\d\d", toks[-1]):
        vintage = 2000 + int(toks[-1])
    return measure, vintage


# ---------------------------------------------------------------- folio
OUTLETS_BY_KIND = {
    "bottle": ("Restaurant", "Restaurant", "Room service"),
    "small": ("Minibar", "Bar"),
    "pour": ("Restaurant", "Bar"),
    "bar": ("Bar",),
}


def room(seed):
    h = md5int("room", seed)
    floor = 1 + h % 3
    return floor * 100 + 1 + (h // 3) % (48 if floor < 3 else 36)


def render_folio(key, measure, vintage, outlet, text, drink):
    item = text
    if vintage:
        item += " %d" % vintage
    if drink is not None or measure:
        item += " (%s)" % FOLIO_CODES["" if measure == "btl" else measure]
    if not outlet:
        kind, _ = MEASURES["" if measure == "btl" else measure]
        if measure in ("dose", "2cl", "demi", "pinte"):
            group = "bar"
        elif measure in ("b25", "b33", "b50") or (measure == "half" and drink["category"] == "champagne"):
            group = "small"
        elif kind == "pour":
            group = "pour"
        else:
            group = "bottle"
        opts = OUTLETS_BY_KIND[group]
        outlet = opts[md5int("outlet", item) % len(opts)]
    pu = price(key if key != "-" else text, measure, drink)
    h = md5int("fqty", item)
    qty = 1 if h % 4 else 2
    return f"Ch.{room(item)} | {outlet} | {item} | {qty} x {euros(pu)} €"


def read_folio(label):
    fields = label.split(" | ")
    item = fields[2]
    m = re.search(r"\(([^()]*)\)$", item)
    inv = _inverse(FOLIO_CODES)
    measure = inv.get(m.group(1)) if m else None
    v = re.findall(r"(?<![\d,])(19[5-9]\d|20[0-4]\d)(?![\d,])", item)
    return measure, (int(v[-1]) if v else None)


# ---------------------------------------------------------------- badge
def render_badge(key, measure, vintage, text, drink):
    item = badge_text(text)
    if vintage:
        item += " '%02d" % (vintage % 100)
    if drink is not None or measure:
        item += " " + BADGE_CODES["" if measure == "btl" else measure]
    h = md5int("badge", item)
    term = ("TERR1", "TERR2", "SNACK")[h % 3]
    minutes = 9 * 60 + (h // 3) % (8 * 60)
    pas = "ABCDEF"[(h >> 20) % 6] + "%03X" % ((h >> 30) % 4096)
    credit = item.startswith(BADGE_CREDIT)
    if key == "-" and drink is None and re.search(r"[+-]\d+,\d\d$", text):
        amount = ""  # the text carries its own amount
    else:
        pu = price(key if key != "-" else text, measure, drink)
        amount = " " + ("+" if credit else "-") + euros(pu)
    return f"{term} {minutes // 60:02d}:{minutes % 60:02d} #{pas} {item}{amount}"


def read_badge(label):
    toks = label.split()
    body = toks[3:]
    if body and re.fullmatch(r"[+-]\d+,\d\d", body[-1]):
        body = body[:-1]
    inv = _inverse(BADGE_CODES)
    measure = inv.get(body[-1]) if body else None
    vintage = None
    for t in body:
        if re.fullmatch(r"'\d\d", t):
            vintage = 2000 + int(t[1:])
    return measure, vintage
