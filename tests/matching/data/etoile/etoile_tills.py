"""The three tills of L'Étoile de Loire and how each prints a product.

S  the sommelier's cellar register: `BIN nnnn` (the wine's cellar bin) or `CHARIOT` (the
   digestif trolley) first, then the serving word, the name in ASCII capitals, the vintage
   as two digits at the end; every label cut at 36 characters.
T  the dining-room tablet: the vintage first (`2015`, `NM` for a non-vintage wine), the
   name as on the printed list (mixed case, accents, cuvée in double quotes), then a comma
   and the serving word (`Coravin 10cl`, `1/2 bout.`, `Mag.`...); nothing for a bottle.
B  the lounge-bar till's export: `FAMILY;name mill. yyyy;measure;price`, lower case without
   accents, the measure always in its own field, a dot-decimal price.
"""

import re
import unicodedata

S_WIDTH = 40

# internal measure -> (kind, volume in cl); "bottle" volumes are the format asked for
MEASURES = {
    "btl": ("bottle", 75),
    "half": ("bottle", 37.5),
    "mag": ("bottle", 150),
    "b50": ("bottle", 50),
    "l1": ("bottle", 100),
    "b33": ("bottle", 33),
    "cv10": ("pour", 10),
    "cv15": ("pour", 15),
    "glass": ("pour", 12.5),
    "coupe": ("pour", 12.5),
    "d2": ("pour", 2),
    "d4": ("pour", 4),
    "": (None, None),
}

S_WORD = {
    "btl": "",
    "half": "FILLETTE",
    "mag": "MAG",
    "b50": "50CL",
    "cv10": "CORA10",
    "cv15": "CORA15",
    "coupe": "CP",
    "d2": "2CL",
    "d4": "4CL",
    "": "",
}
T_WORD = {
    "btl": "",
    "half": "1/2 bout.",
    "mag": "Mag.",
    "b50": "50cl",
    "l1": "1L",
    "b33": "33cl",
    "cv10": "Coravin 10cl",
    "cv15": "Coravin 15cl",
    "glass": "verre",
    "coupe": "coupe",
    "d2": "2cl",
    "d4": "4cl",
    "": "",
}
B_WORD = {
    "btl": "75cl",
    "half": "37.5cl",
    "mag": "150cl",
    "b50": "50cl",
    "l1": "100cl",
    "b33": "33cl",
    "cv10": "cora 10",
    "cv15": "cora 15",
    "glass": "verre",
    "coupe": "coupe",
    "d2": "2cl",
    "d4": "4cl",
    "": "",
}

B_FAMILIES = (
    "BULLES",
    "BLANCS",
    "ROUGES",
    "DOUX",
    "DIGESTIFS",
    "EAUX",
    "SOFTS",
    "COCKTAILS",
    "CAFES THES",
    "MIGNARDISES",
    "DIVERS",
)

# bin rows of the cellar book: 11 Loire whites, 12 Vouvray, Montlouis and Loire sweet wines,
# 13 Loire reds, 14 Champagne and Loire bubbles, 15 Bordeaux, 16 Burgundy,
# 17 half bottles, 18 magnums (of every region)
VOUVRAY_ROW = ("Vouvray", "Montlouis-sur-Loire")


def bin_row(kind, region, appellation, colour, fmt):
    if fmt == 37.5:
        return 17
    if fmt == 150:
        return 18
    if kind == "bubbles":
        return 14
    if region == "Bordeaux":
        return 15
    if region == "Bourgogne":
        return 16
    if colour == "rouge":
        return 13
    if appellation in VOUVRAY_ROW or colour == "liquoreux":
        return 12
    return 11


def b_family(kind, colour):
    if kind == "bubbles":
        return "BULLES"
    if kind == "spirit":
        return "DIGESTIFS"
    if kind == "water":
        return "EAUX"
    if kind == "soft":
        return "SOFTS"
    return {"blanc": "BLANCS", "rouge": "ROUGES", "liquoreux": "DOUX"}[colour]


def ascii_upper(text):
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def s_cut(prefix, name, vtok):
    """Cut an S label at S_WIDTH. Returns (label, vintage_lost) or raises ValueError.

    Allowed: the whole label fits; or only the vintage is lost, and the last word of the
    name keeps at least four letters (and holds no digit)."""
    toks = prefix + name + ([vtok] if vtok else [])
    full = " ".join(toks)
    if len(full) <= S_WIDTH:
        return full, False
    kept = full[:S_WIDTH].rstrip().split(" ")
    n_body = len(prefix) + len(name)
    if len(kept) != n_body:
        raise ValueError(f"cut loses a word or leaves part of the vintage: {full!r}")
    for a, b in zip(kept[:-1], toks[: n_body - 1], strict=False):
        if a != b:
            raise ValueError(f"bad cut: {full!r}")
    last, whole = kept[-1], toks[n_body - 1]
    if last != whole:
        if (
            len(name) == 0
            or len(last) < 4
            or any(c.isdigit() for c in whole)
            or not whole.startswith(last)
        ):
            raise ValueError(f"cut leaves under four letters of {whole!r}: {full!r}")
    return " ".join(kept), bool(vtok)


def render_s(prefix_word, meas, vintage, text):
    """prefix_word: 'BIN 1207', 'CHARIOT' or '' (no drink)."""
    name = text.split()
    for tok in name:
        assert tok == ascii_upper(tok) and "'" not in tok and "-" not in tok, text
    assert not (name[-1].isdigit() and len(name[-1]) == 2), text
    prefix = prefix_word.split() if prefix_word else []
    if S_WORD[meas]:
        prefix.append(S_WORD[meas])
    vtok = f"{vintage % 100:02d}" if vintage else ""
    return s_cut(prefix, name, vtok)


def render_t(meas, vintage, text):
    """vintage: int, 'NM' or None."""
    head = "" if vintage is None else f"{vintage} "
    word = T_WORD[meas]
    return f"{head}{text}{', ' + word if word else ''}"


def render_b(family, meas, vintage, text, price):
    assert family in B_FAMILIES, family
    assert (
        text == text.lower()
        and text == unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ), text
    name = f"{text} mill. {vintage}" if vintage else text
    assert re.fullmatch(r"\d+\.\d\d", price), price
    return f"{family};{name};{B_WORD[meas]};{price}"
