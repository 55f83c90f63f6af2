"""The three tills of the brasserie and how each one prints what the staff typed.

A label is rendered as pieces (prefix, measure, name, age, vintage, price) so that a
fixed-width cut can be checked: the cut may take off a vintage or an age *whole* (the
label then no longer says it) and cut into the last word of the name, but a product whose
cut would lose a whole word of the name, leave fewer than four letters of it, cut into a
number, an age, a vintage or a measure, is typed on the tablet (till T) instead.
"""

from __future__ import annotations

import random
import unicodedata

# Till C: the old counter register. Upper case, no accents or apostrophes, a 3-letter family
# code and a hyphen, serving words before a wine's name and bar measures after the name,
# two-digit vintages, every label cut at 20 characters.
C_FAMILY = {
    "rouge": "VRG-", "blanc": "VBL-", "rose": "VRS-", "champ": "CHP-", "rhum": "RHM-",
    "whisky": "WSK-", "gin": "GIN-", "vodka": "VDK-", "tequila": "TEQ-", "cognac": "COG-",
    "armagnac": "ARM-", "calva": "CAL-", "liqueur": "LIQ-", "pastis": "ANI-", "aperitif": "APE-",
    "pression": "PRS-", "biere": "BTL-", "soft": "SFT-", "eau": "EAU-", "cocktail": "CKT-",
    "cuisine": "CUI-", "cafe": "CAF-", "service": "SRV-",
}
C_WIDTH = 20
C_MEASURE = {
    "btl": "", "vre": "VRE", "v15": "15CL", "p25": "PICH25", "p50": "PICH50", "pot": "POT",
    "half": "1/2", "mag": "MAG", "cp": "CP", "dose": "DOSE", "2cl": "2CL", "4cl": "4CL",
    "6cl": "6CL",
    "demi": "DEMI", "pinte": "PINTE", "galopin": "GALOPIN", "formidable": "FORMIDABLE",
    "20cl": "20CL", "25cl": "25CL", "33cl": "33CL", "35cl": "35.5", "50cl": "50CL", "75cl": "75CL",
    "1l": "1L", "70cl": "70CL",
}
WINE_FIRST = {"vre", "v15", "p25", "p50", "pot", "half", "mag", "cp"}

# Till T: the waiters' tablet. Lower case, accents often dropped, "family | name | price",
# vintages as '19 or 2019, the measure spelt out after the name, two words sometimes glued.
T_FAMILY = {
    "rouge": "vins rouges", "blanc": "vins blancs", "rose": "rosés", "champ": "champagnes",
    "rhum": "rhums", "whisky": "whiskies", "gin": "gins", "vodka": "vodkas", "tequila": "agaves",
    "cognac": "cognacs", "armagnac": "armagnacs", "calva": "calvados", "liqueur": "liqueurs",
    "pastis": "anisés", "aperitif": "apéritifs", "pression": "pression", "biere": "bières",
    "soft": "softs", "eau": "eaux", "cocktail": "cocktails", "cuisine": "cuisine", "cafe": "chaud",
    "service": "divers",
}
T_MEASURE = {
    "btl": "", "vre": "verre", "v15": "verre 15cl", "p25": "pichet 25cl", "p50": "pichet 50cl",
    "pot": "pot", "half": "demi", "mag": "magnum", "cp": "coupe", "dose": "dose", "2cl": "2cl",
    "4cl": "4cl", "6cl": "6cl", "demi": "demi", "pinte": "pinte", "galopin": "galopin",
    "formidable": "formidable", "20cl": "20cl", "25cl": "25cl", "33cl": "33cl", "35cl": "35,5cl",
    "50cl": "50cl", "75cl": "75cl", "1l": "1l", "70cl": "70cl",
}

# Till S: the cocktail bar's handheld. A 3-digit family code and a space, then words joined by
# dots, each capitalised, no accents, the measure first, four-digit vintages, cut at 24.
S_FAMILY = {
    "rouge": "100", "blanc": "110", "rose": "120", "champ": "130", "rhum": "300", "whisky": "310",
    "gin": "320", "vodka": "330", "tequila": "340", "cognac": "350", "armagnac": "351",
    "calva": "352", "liqueur": "360", "pastis": "370", "aperitif": "380", "pression": "400",
    "biere": "410", "soft": "500", "eau": "510", "cocktail": "600", "cuisine": "700", "cafe": "800",
    "service": "900",
}
S_WIDTH = 24
S_MEASURE = {
    "btl": "", "vre": "Vre", "v15": "Vre15", "p25": "Pch25", "p50": "Pch50", "pot": "Pot",
    "half": "37.5", "mag": "Mag", "cp": "Cp", "dose": "Dose", "2cl": "2cl", "4cl": "4cl",
    "6cl": "6cl", "demi": "Demi", "pinte": "Pinte", "galopin": "Galopin",
    "formidable": "Formidable", "20cl": "20cl",
    "25cl": "25cl", "33cl": "33cl", "35cl": "35.5cl", "50cl": "50cl", "75cl": "75cl", "1l": "1L",
    "70cl": "70cl",
}

Piece = tuple[str, str]  # (text, kind): kind in prefix, measure, name, age, vintage, price, sep


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _split_core(core: str) -> tuple[str, str]:
    """'El Dorado {12 ans}' -> ('El Dorado ', '12 ans'); the age is always at the end."""
    if "{" not in core:
        return core, ""
    head, rest = core.split("{", 1)
    age, tail = rest.split("}", 1)
    assert not tail, core
    return head, age


def pieces_c(fam: str, core: str, measure: str, vintage: int | None) -> list[Piece]:
    def up(s: str) -> str:
        return strip_accents(s).upper().replace("'", "").replace("’", "")
    head, age = _split_core(core)
    out: list[Piece] = [(C_FAMILY[fam], "prefix")]
    m = C_MEASURE[measure]
    if m and measure in WINE_FIRST:
        out += [(m, "measure"), (" ", "sep")]
    out.append((up(head), "name"))
    if age:
        out.append((up(age), "age"))
    if m and measure not in WINE_FIRST:
        out += [(" ", "sep"), (m, "measure")]
    if vintage is not None:
        out += [(" ", "sep"), (f"{vintage % 100:02d}", "vintage")]
    return out


def pieces_t(fam: str, core: str, measure: str, vintage: int | None, rng: random.Random,
             price: str) -> list[Piece]:
    def low(s: str) -> str:
        s = s.lower()
        return strip_accents(s) if drop else s
    drop = rng.random() < 0.35
    head, age = _split_core(core)
    words = low(head).split(" ")
    if len(words) >= 3 and not age and rng.random() < 0.2:
        i = rng.randrange(len(words) - 2)
        words[i:i + 2] = [words[i] + words[i + 1]]
    out: list[Piece] = [(T_FAMILY[fam] + " | ", "prefix"), (" ".join(words), "name")]
    if age:
        out.append((low(age), "age"))
    if vintage is not None:
        v = f"'{vintage % 100:02d}" if rng.random() < 0.5 else str(vintage)
        out += [(" ", "sep"), (v, "vintage")]
    m = T_MEASURE[measure]
    if measure == "half" and rng.random() < 0.5:
        m = "1/2"
    if m:
        out += [(" ", "sep"), (m, "measure")]
    if price:
        out.append((" | " + price, "price"))
    return out


def pieces_s(fam: str, core: str, measure: str, vintage: int | None) -> list[Piece]:
    def title(s: str) -> str:
        s = strip_accents(s).replace("'", "").replace("’", "")
        return ".".join(w[:1].upper() + w[1:] for w in s.split(" ") if w)
    head, age = _split_core(core)
    out: list[Piece] = [(S_FAMILY[fam] + " ", "prefix")]
    m = S_MEASURE[measure]
    if m:
        out += [(m, "measure"), (".", "sep")]
    name = title(head)
    if age:
        if head.endswith(" "):
            name += "."
        out += [(name, "name"), (strip_accents(age).replace(" ", ""), "age")]
    else:
        out.append((name, "name"))
    if vintage is not None:
        out += [(".", "sep"), (str(vintage), "vintage")]
    return out


def cut(pieces: list[Piece], width: int) -> tuple[str, set[str]] | None:
    """The label cut at `width`, and the kinds lost whole; None if the cut is not allowed."""
    text = "".join(p[0] for p in pieces)
    if len(text) <= width:
        return text, set()
    lost: set[str] = set()
    pos = 0
    for piece, kind in pieces:
        keep = max(0, min(len(piece), width - pos))
        pos += len(piece)
        if keep == len(piece) or kind == "sep":
            continue
        if kind in ("vintage", "age"):
            if keep:
                return None
            lost.add(kind)
        elif kind == "name":
            words = [w for w in piece.replace(".", " ").split(" ") if w]
            kept = [w for w in piece[:keep].replace(".", " ").split(" ") if w]
            if len(kept) < len(words) or not kept:
                return None
            last_full, last_kept = words[len(kept) - 1], kept[-1]
            has_digit = any(c.isdigit() for c in last_full)
            if last_kept != last_full and (len(last_kept) < 4 or has_digit):
                return None
        else:
            return None
    return text[:width].rstrip(" ."), lost


# Price bands (euros) by what is sold, for the tablet's price at the end of a label.
_BANDS = {"pour": (5, 14), "dose": (6, 16), "draught": (3, 9), "bottle": (4, 8),
          "wine": (26, 95), "champ": (60, 140), "food": (6, 24), "cafe": (2, 6),
          "cocktail": (10, 15), "service": (1, 5)}


def _price(fam: str, measure: str, rng: random.Random) -> str:
    if fam in ("cuisine", "cafe", "cocktail", "service"):
        band = {"cuisine": "food"}.get(fam, fam)
    elif measure in ("vre", "v15", "cp", "p25", "p50", "pot"):
        band = "pour" if measure in ("vre", "v15", "cp") else "wine"
    elif measure in ("dose", "2cl", "4cl", "6cl"):
        band = "dose"
    elif measure in ("demi", "pinte", "galopin", "formidable"):
        band = "draught"
    elif fam in ("rouge", "blanc", "rose"):
        band = "wine"
    elif fam == "champ":
        band = "champ"
    else:
        band = "bottle"
    lo, hi = _BANDS[band]
    if measure == "half":
        lo, hi = 18, 48
    elif measure == "mag":
        lo, hi = 70, 190
    if band == "wine" and measure in ("p25", "pot"):
        lo, hi = 12, 22
    return f"{rng.randint(lo, hi)},{rng.choice(['00', '50', '90'])}"


def render(till: str, fam: str, core: str, measure: str, vintage: int | None,
           rng: random.Random) -> tuple[str, str, set[str]]:
    """(till actually used, label, kinds the cut took off)."""
    price = _price(fam, measure, rng)
    if till == "C":
        res = cut(pieces_c(fam, core, measure, vintage), C_WIDTH)
    elif till == "S":
        res = cut(pieces_s(fam, core, measure, vintage), S_WIDTH)
    else:
        res = None
    if res is not None:
        return till, res[0], res[1]
    tp = pieces_t(fam, core, measure, vintage, rng, price if rng.random() < 0.8 else "")
    return "T", "".join(p[0] for p in tp), set()
