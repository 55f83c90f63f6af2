"""The three tills of The Quiet Badger and how each one prints a product.

BAR  the counter register: capitals without accents or apostrophes, a family code and a
     hyphen (`BIE-`, `WHI-`...), the measure right after it, the name, a two-digit vintage
     at the end, every label cut at 22 characters.
TAB  the floor staff's handheld: lower case as typed, the name, the vintage as `'22` or
     `2022`, the measure in English (`pint`, `half`, `btl`, `glass 175ml`, `shot`...), the
     price with a decimal comma at the end.
APP  the delivery-app export: `Category > Menu name 2022 (50cl)`, no pours.
"""
import hashlib
import unicodedata

BAR_WIDTH = 22
BAR_FAMILIES = ("BIE", "CID", "WHI", "BOU", "GIN", "RHU", "VIN", "CHA", "SOF",
                "CUI", "CAF", "CKT", "DIV")

# measure word -> (kind, volume in cl). kinds: draught (from the keg), pour (from the
# ordinary bottle), size (a bottle of that format), container (the drink's one bottle or
# can; a wine's 75 cl), None (no drink measure: food, services).
BAR_MEASURES = {
    "DEMI": ("draught", 25), "PINTE": ("draught", 50),
    "VRE": ("pour", 12.5), "CP": ("pour", 12.5),
    "2CL": ("pour", 2), "4CL": ("pour", 4), "DOSE": ("pour", 4),
    "1/2": ("size", 37.5), "MAG": ("size", 150),
    "20CL": ("size", 20), "25CL": ("size", 25), "33CL": ("size", 33), "50CL": ("size", 50),
    "55CL": ("size", 55), "75CL": ("size", 75), "1L": ("size", 100),
}
TAB_MEASURES = {
    "pint": ("draught", 56.8), "half": ("draught", 28.4),
    "btl": ("container", None), "can": ("container", None),
    "glass": ("pour", 12.5), "glass 175ml": ("pour", 17.5), "coupe": ("pour", 12.5),
    "shot": ("pour", 4), "double": ("pour", 8),
    "half btl": ("size", 37.5), "magnum": ("size", 150),
    "50cl": ("size", 50), "1l": ("size", 100),
}
APP_CATEGORIES = {"BIE": "Beers", "CID": "Ciders", "VIN": "Wines", "CHA": "Champagne",
                  "SOF": "Soft Drinks"}
APP_OTHER = ("Food", "Bundles", "Services")

# base price (euros) of a tablet line by measure; a hash adds 0 to 3.50
TAB_PRICE = {"pint": 7.5, "half": 4.5, "btl": 6.0, "can": 5.5, "glass": 5.5, "glass 175ml": 7.5,
             "coupe": 9.0, "shot": 7.0, "double": 13.0, "half btl": 19.0, "magnum": 62.0,
             "50cl": 3.5, "1l": 5.5, "": 6.5}
TAB_WINE_BTL = 26.0
TAB_SOFT_BTL = 3.5
# base price of a tablet line that is no drink of the library, by kind
TAB_OTHER = {"food": 12.0, "dessert": 6.5, "wine": 26.0, "soft": 3.5}


def _h(*parts):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()


def plain(text):
    """Accents off (the register's printer has none)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def render_bar(fam, measure, vintage, text):
    """Return (label, vintage_kept, tail_kept). `text` may hold one `|` before the words
    that tell the product from others of its brand (an age, a number). Raises ValueError
    when the cut would make the label unreadable: a whole name word lost, a vintage or
    the distinguishing words cut in the middle, fewer than 4 letters left of a word."""
    if fam not in BAR_FAMILIES:
        raise ValueError("unknown family %r" % fam)
    if measure and measure not in BAR_MEASURES:
        raise ValueError("unknown register measure %r" % measure)
    clean = plain(text).upper().replace("'", "").replace("’", "")
    name, _, tail = clean.partition("|")
    head = fam + "-" + (measure + " " if measure else "")
    words = [(w, "name") for w in name.split()] + [(w, "tail") for w in tail.split()]
    if vintage is not None:
        words.append(("%02d" % (vintage % 100), "vint"))
    full = head + " ".join(w for w, _ in words)
    cut = full[:BAR_WIDTH].rstrip(" ")
    pos = len(head)
    kept = {"name": [], "tail": [], "vint": []}
    for w, kind in words:
        start, end = pos, pos + len(w)
        if end <= len(cut):
            kept[kind].append(True)
        elif start >= len(cut):
            kept[kind].append(False)
        else:  # the cut falls inside this word: only a name word, 4 letters or more left
            left = len(cut) - start
            if kind != "name" or left < 4 or not w[:left].isalpha():
                raise ValueError("cut inside %r: %r" % (w, cut))
            kept[kind].append(True)
        pos = end + 1
    if not all(kept["name"]):
        raise ValueError("cut loses a name word: %r" % cut)
    if any(kept["tail"]) and not all(kept["tail"]):
        raise ValueError("cut inside the distinguishing words: %r" % cut)
    if cut.endswith(("-", "/", "&", ".")):
        raise ValueError("label ends on a separator: %r" % cut)
    return cut, bool(kept["vint"]) and kept["vint"][0], all(kept["tail"])


def tab_vintage(vintage, text):
    return ("'%02d" % (vintage % 100)) if _h("tabv", text, vintage)[0] % 2 else str(vintage)


def tab_price(measure, text, wine=False, soft=False):
    base = TAB_PRICE[measure]
    if measure == "btl" and wine:
        base = TAB_WINE_BTL
    elif measure == "btl" and soft:
        base = TAB_SOFT_BTL
    step = _h("price", measure, text)[0] % 8
    return ("%.2f" % (base + 0.5 * step)).replace(".", ",")


def render_tab(measure, vintage, text, wine=False, soft=False, price_base=None):
    if measure and measure not in TAB_MEASURES:
        raise ValueError("unknown tablet measure %r" % measure)
    if text != text.lower():
        raise ValueError("tablet text must be lower case: %r" % text)
    parts = [text]
    if vintage is not None:
        parts.append(tab_vintage(vintage, text))
    if measure:
        parts.append(measure)
    if price_base is not None:
        step = _h("price", measure, text)[0] % 8
        price = ("%.2f" % (price_base + 0.5 * step)).replace(".", ",")
    else:
        price = tab_price(measure, text, wine, soft)
    parts.append(price)
    return " ".join(parts)


def app_size(fmt):
    if fmt is None:
        return ""
    if fmt == 100:
        return " (1L)"
    txt = ("%g" % fmt).replace(".", ",")
    return " (%scl)" % txt


def render_app(category, vintage, text, fmt):
    """`text` may hold `{v}` where the menu puts the year; otherwise the year follows the
    name."""
    if "{v}" in text:
        name = text.replace("{v}", " %d" % vintage if vintage is not None else "")
    else:
        name = text + (" %d" % vintage if vintage is not None else "")
    return "%s > %s%s" % (category, name.strip(), app_size(fmt))
