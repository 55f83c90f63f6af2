"""The three tills of Lakou Rhum and how each prints a product.

A product is (family, measure, vintage, text): the family of the drink (see rhum_drinks),
an internal measure, the vintage the staff typed (or None) and the name as typed on that
till. Internal measures:

  bt     the wine's 75 cl bottle          half  the 37.5 cl half bottle    mag  the magnum
  glass  a glass (12.5 cl)                coupe a coupe of champagne (12.5 cl)
  d2 d4 d6   a 2 / 4 / 6 cl pour of a spirit
  b70 b100 b50 b33 b25   a bottle of that size (spirits, sweet wine, beers, softs, waters)
  p25 p50  a 25 / 50 cl draught beer from the keg
  None   no measure (food, coffee, cocktails, services)

T (bartender's tablet): fields joined by " • ": family word, then the name fields as typed
    (mixed case, accents kept), the vintage as its own four-digit field, the measure last.
C (counter register): upper case ASCII, the measure code first, the vintage as "M" and two
    digits after the name; the export is fixed-width: every label is exactly 18 characters,
    cut or padded with spaces.
S (dining-room handheld): lower case ASCII, the name, the vintage in four digits, then the
    modifiers, each " +..." (the measure first, then service modifiers such as +glacons).
"""

T_FAMILY = {
    "ra": "Rhum agricole",
    "rh": "Rhum",
    "wh": "Whisky",
    "co": "Cognac",
    "ar": "Armagnac",
    "vr": "Vin rouge",
    "vb": "Vin blanc",
    "vs": "Vin rosé",
    "vd": "Vin doux",
    "ch": "Champagne",
    "bi": "Bière",
    "so": "Soft",
    "cu": "Cuisine",
    "ck": "Cocktail",
    "ca": "Café",
    "dv": "Divers",
}
SMALL = ("bi", "so")  # beers and softs: a bottle is printed by its bare volume

T_MEASURE = {
    "bt": "bouteille",
    "half": "demi-bouteille",
    "mag": "magnum",
    "glass": "verre",
    "coupe": "coupe",
    "d2": "2cl",
    "d4": "4cl",
    "d6": "6cl",
    "b70": "bouteille 70cl",
    "b100": "bouteille 1L",
    "b50": "bouteille 50cl",
    "p25": "pression 25cl",
    "p50": "pression 50cl",
}
T_SMALL = {"b33": "33cl", "b25": "25cl", "b50": "50cl", "b100": "1L"}

C_CODE = {
    "bt": "BT",
    "half": "DB",
    "mag": "MG",
    "glass": "VR",
    "coupe": "CP",
    "d2": "D2",
    "d4": "D4",
    "d6": "D6",
    "b70": "B70",
    "b100": "B100",
    "b50": "B50",
    "b33": "B33",
    "b25": "B25",
    "p25": "P25",
    "p50": "P50",
}
C_WIDTH = 18

S_MEASURE = {
    "bt": "",
    "half": " +1/2 btl",
    "mag": " +magnum",
    "glass": " +verre",
    "coupe": " +coupe",
    "d2": " +2cl",
    "d4": " +dose",
    "d6": " +6cl",
    "b70": " +btl 70cl",
    "b100": " +btl 1l",
    "b50": " +btl 50cl",
    "p25": " +demi",
    "p50": " +pinte",
}
S_SMALL = {"b33": " +33cl", "b25": " +25cl", "b50": " +50cl", "b100": " +1l"}


class CutRefused(ValueError):
    pass


def render_t(family, measure, vintage, text):
    assert "•" not in text.replace(" • ", ""), text
    fields = [T_FAMILY[family], text]
    if vintage is not None:
        fields.append(str(vintage))
    if measure is not None:
        if family in SMALL and measure in T_SMALL:
            fields.append(T_SMALL[measure])
        else:
            fields.append(T_MEASURE[measure])
    return " • ".join(fields)


def _is_word(token):
    return token.isalpha()


def cut_c(full, vintage_token):
    """The register's fixed-width export: the first 18 characters, padded with spaces.

    Allowed losses: the vintage token whole (it is last), and the end of the last word of
    the name when at least four letters of it remain. Anything else (a whole word, part of
    a number, an age, a degree, a vintage or the measure code) was never typed that way:
    the staff shortened the button, so the build refuses it.
    """
    if len(full) <= C_WIDTH:
        return full.ljust(C_WIDTH)
    tokens = full.split(" ")
    kept = full[:C_WIDTH]
    pos = 0
    for i, tok in enumerate(tokens):
        start, end = pos, pos + len(tok)
        pos = end + 1
        if end <= C_WIDTH:
            continue  # kept whole
        rest = tokens[i + 1 :]
        if start >= C_WIDTH:
            # lost whole: only the vintage may be lost whole
            if not (tok == vintage_token and not rest):
                raise CutRefused(f"cut loses {tok!r}: {full!r}")
            continue
        # straddling token
        if rest not in ([], [vintage_token]) or not _is_word(tok):
            raise CutRefused(f"cut splits {tok!r}: {full!r}")
        if C_WIDTH - start < 4:
            raise CutRefused(f"cut keeps under four letters of {tok!r}: {full!r}")
        if i == 0:
            raise CutRefused(f"cut into the measure code: {full!r}")
    return kept.ljust(C_WIDTH)


def render_c(family, measure, vintage, text):
    assert text == text.upper() and text.isascii(), text
    parts = []
    if measure is not None:
        parts.append(C_CODE[measure])
    parts.append(text)
    vtok = None
    if vintage is not None:
        vtok = "M%02d" % (vintage % 100)
        parts.append(vtok)
    return cut_c(" ".join(parts), vtok)


def render_s(family, measure, vintage, text):
    name, _, extras = text.partition("|")
    assert name == name.lower() and name.isascii(), name
    out = name
    if vintage is not None:
        out += " %d" % vintage
    if measure is not None:
        if family in SMALL and measure in S_SMALL:
            out += S_SMALL[measure]
        else:
            out += S_MEASURE[measure]
    if extras:
        out += " " + extras
    return out


RENDER = {"T": render_t, "C": render_c, "S": render_s}


def render(till, family, measure, vintage, text):
    return RENDER[till](family, measure, vintage, text)
