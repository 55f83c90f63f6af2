"""The three tills of "La Table des Climats" and how each one writes a product's label.

- R: the dining-room register (old, fixed font): upper case without accents, hyphens or
  apostrophes (`D ANGERVILLE` is written `DANGERVILLE`), a family code and a hyphen
  (`VR-`, `VB-`...), the sommelier's abbreviations, the measure first, two-digit vintages,
  every label cut at 24 characters.
- B: the bar's touch till: a three-digit PLU code (first digit = family) and a space, upper
  case with accents, words sometimes joined with dots, the measure first, vintages as
  `'19`, every label cut at 22 characters.
- T: the sommelier's tablet: mixed case as typed, accents kept, sometimes two words glued,
  the vintage as `2019` or `'19`, the measure after the name, a price with a decimal comma.

A product whose cut on R or B would lose more than its vintage or the end of its last
word (at least four letters of it kept) is created on the tablet instead (`place`).
"""

from __future__ import annotations

import random
import re
import unicodedata

R_WIDTH = 24
B_WIDTH = 22

R_FAMILY = {
    "r": "VR-", "b": "VB-", "rs": "VRS-", "bul": "CHP-", "dig": "DIG-", "ape": "APE-",
    "bie": "BIE-", "eau": "EAU-", "sof": "SFT-", "caf": "CAF-", "cui": "CUI-", "srv": "DIV-",
}
B_FAMILY = {
    "ape": 1, "bie": 2, "bul": 3, "b": 4, "rs": 4, "r": 5, "dig": 6, "eau": 7, "sof": 7,
    "caf": 8, "cui": 9, "srv": 9,
}
# The sommelier's abbreviations on the dining-room register, longest first.
R_ABBREV = [
    ("Chassagne-Montrachet", "CHASS. MONT."), ("Puligny-Montrachet", "PULIGNY M."),
    ("Gevrey-Chambertin", "GEVREY CH."), ("Nuits-Saint-Georges", "NUITS ST G"),
    ("Chambolle-Musigny", "CHAMBOLLE M."), ("Vosne-Romanée", "VOSNE ROM."),
    ("Morey-Saint-Denis", "MOREY ST D."), ("Savigny-lès-Beaune", "SAVIGNY L.B."),
    ("Chorey-lès-Beaune", "CHOREY L.B."), ("Corton-Charlemagne", "CORTON CH."),
    ("Vieilles Vignes", "VV"), ("Grand Cru", "GC"), ("1er Cru", "1ER"), ("Domaine", "DOM"),
    ("Château", "CH"), ("Saint-", "ST "), ("Père & Fils", "P&F"),
]
B_ABBREV = [("1er Cru", "1ER"), ("Grand Cru", "GC"), ("Vieilles Vignes", "V.V."),
            ("Saint-", "St-"), ("Château", "CHÂT."), ("Domaine", "DOM.")]

R_MEASURE = {
    "gl": "VRE", "gl12": "VRE 12CL", "gl15": "VRE 15CL", "cor10": "CORAVIN 10CL",
    "cor8": "CORAVIN 8CL", "car50": "CARAFE 50CL", "car25": "CARAFE 25CL", "half": "1/2",
    "mag": "MAG", "dose": "DOSE", "cl2": "2CL", "cl4": "4CL", "cl6": "6CL", "demi": "DEMI",
    "pinte": "PINTE", "cp": "COUPE", "s33": "33CL", "s50": "50CL", "s100": "1L",
    "s25": "25CL", "s62": "62CL",
}
B_MEASURE = dict(R_MEASURE, cp="CP", s100="100CL")
T_MEASURE = {
    "gl": "verre", "gl12": "verre 12cl", "gl15": "verre 15cl", "cor10": "coravin 10cl",
    "cor8": "coravin 8cl", "car50": "carafe 50cl", "car25": "carafe 25cl", "half": "37,5cl",
    "mag": "magnum", "dose": "dose", "cl2": "2cl", "cl4": "4cl", "cl6": "6cl",
    "demi": "demi", "pinte": "pinte", "cp": "coupe", "s33": "33cl", "s50": "50cl",
    "s100": "1L", "s25": "25cl", "s62": "clavelin",
}


def strip_accents(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
    ).replace("Œ", "OE").replace("œ", "oe")


def _abbreviate(text: str, table: list[tuple[str, str]], rng: random.Random, p: float) -> str:
    for long, short in table:
        if long in text and rng.random() < p:
            text = text.replace(long, short)
    return text


class Rendered:
    def __init__(self, label: str, vintage_shown: bool, cut: bool) -> None:
        self.label = label
        self.vintage_shown = vintage_shown
        self.cut = cut


def _cut(head: str, body: str, tail: str, width: int) -> Rendered | None:
    """Cut `head + body + tail` at `width`; None when the cut loses more than allowed.

    A `|` in the body marks the end of what identifies the drink: the cut may fall anywhere
    after it. Without a mark the cut may take only the vintage and the end of the last word
    (at least four of its letters kept, and no digit in it). It never splits a number.
    """
    if "|" in body:
        need = len(head) + body.index("|")
        body = body.replace("|", "")
    else:
        last = body.split(" ")[-1]
        need = len(head) + len(body) - (len(last) - 4 if last.isalpha() else 0)
    full = f"{head}{body}{tail}".rstrip()
    if len(full) <= width:
        return Rendered(full, bool(tail.strip()), False)
    if width < need:
        return None
    token = full[:width].split(" ")[-1] + full[width:].split(" ")[0]
    if full[width] not in " ." and any(c.isdigit() for c in token):
        return None  # a number cut in two would be misread
    kept = full[:width].rstrip(" .")
    return Rendered(kept, False, True)  # the vintage comes last: it is gone


def render_r(text: str, fam: str, vintage: int | None, measure: str | None,
             rng: random.Random) -> Rendered | None:
    t = _abbreviate(text, R_ABBREV, rng, 1.0)
    t = re.sub(r"\b([dlDL])'", r"\1", t)
    t = strip_accents(t).upper().replace("-", " ").replace("'", "")
    head = R_FAMILY[fam] + (R_MEASURE[measure] + " " if measure else "")
    tail = f" {vintage % 100:02d}" if vintage else ""
    return _cut(head, " ".join(t.split()), tail, R_WIDTH)


def render_b(text: str, fam: str, vintage: int | None, measure: str | None, plu: int,
             rng: random.Random) -> Rendered | None:
    t = _abbreviate(text, B_ABBREV, rng, 0.7).upper().replace("&", "ET")
    sep = "." if rng.random() < 0.35 else " "
    body = sep.join(t.split())
    head = f"{B_FAMILY[fam]}{plu:02d} " + (B_MEASURE[measure] + sep if measure else "")
    tail = f" '{vintage % 100:02d}" if vintage else ""
    if sep == "." and len(head) + len(body) > B_WIDTH:
        sep = " "  # dots only on labels that fit
        body = " ".join(t.split())
        head = head.replace(".", " ")
    return _cut(head, body, tail, B_WIDTH)


def render_t(text: str, vintage: int | None, measure: str | None, price: str,
             rng: random.Random) -> Rendered:
    words = text.split()
    if len(words) >= 3 and rng.random() < 0.2:
        i = rng.randrange(len(words) - 1)
        if words[i].isalpha() and words[i + 1].isalpha():
            words[i : i + 2] = [words[i] + words[i + 1]]
    parts = [" ".join(words).replace("|", "")]
    if vintage:
        parts.append(str(vintage) if rng.random() < 0.6 else f"'{vintage % 100:02d}")
    if measure:
        parts.append(T_MEASURE[measure])
    parts.append(price)
    return Rendered(" ".join(parts), bool(vintage), False)


def price(fam: str, measure: str | None, rng: random.Random) -> str:
    if measure in {"gl", "gl12", "gl15", "cor10", "cor8", "cp", "dose", "cl2", "cl4", "cl6"}:
        euros = rng.choice([9, 11, 12, 14, 16, 18, 22, 26, 32])
    elif fam in {"bie", "eau", "sof", "caf"} or measure in {"demi", "pinte", "s33"}:
        euros = rng.choice([3, 4, 5, 6, 7, 8])
    elif fam in {"cui", "srv"}:
        euros = rng.choice([6, 9, 12, 18, 24, 38, 95, 145])
    else:
        euros = rng.choice([48, 65, 78, 95, 120, 145, 180, 240, 320, 450])
    cents = rng.choice(["00", "00", "50", "90"])
    return f"{euros},{cents}"
