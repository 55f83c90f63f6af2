"""The three tills of "La Cave du Panier" and how each one renders a product button.

M: the old counter register. Upper case, no accents, apostrophes become spaces, a 3-letter family
   code and `*` (`RGE*`), serving words before the name (`VRE`, `CARAFE25`, `MAG`, `1/2`, `CP`),
   bar measures after it (`DOSE`, `2CL`, `DEMI`, `PINTE`, `33CL`, `1L`), two-digit vintages,
   `NV` on non-vintage bubbles, every label cut at 23 characters.
T: the bar tablet. As typed (mixed case, accents dropped on about a quarter of the buttons), a
   `[family] ` prefix, the vintage as `2019` or `'19`, then the measure spelt out (`verre`,
   `carafe 25cl`, `magnum`, `demi-bouteille`...), `N.V.`, a price in parentheses `(7,50)`; two
   words are sometimes glued.
K: the terrace handheld. Lower case, no accents, the measure first (`vr`, `pichet 25`, `mag`,
   `1/2`, `cp`), bar measures after, four-digit vintages, the name cut at 30 characters, then
   the family the export appends in parentheses (`(rouges)`).
A cut that would lose a whole word, cut a word to fewer than 4 letters, split a number or lose a
measure is not allowed: such a button was created on the tablet (T) instead.
"""

import unicodedata

WIDTH = {"M": 23, "K": 30}

PREFIX_M = {"rouge": "RGE*", "blanc": "BLC*", "rose": "RSE*", "orange": "ORA*",
            "bulles": "BUL*", "apero": "APE*", "biere": "BRE*", "soft": "SFT*",
            "cafe": "CAF*", "cuisine": "CUI*", "divers": "DIV*"}
PREFIX_T = {"rouge": "[rouges] ", "blanc": "[blancs] ", "rose": "[rosés] ",
            "orange": "[macérés] ", "bulles": "[bulles] ", "apero": "[apéros] ",
            "biere": "[bières] ", "soft": "[sans alcool] ", "cafe": "[cafés] ",
            "cuisine": "[à manger] ", "divers": "[divers] "}
SUFFIX_K = {"rouge": " (rouges)", "blanc": " (blancs)", "rose": " (roses)",
            "orange": " (oranges)", "bulles": " (bulles)", "apero": " (aperitifs)",
            "biere": " (bieres)", "soft": " (softs)", "cafe": " (cafe)",
            "cuisine": " (cuisine)", "divers": " (divers)"}

FRONT_M = {"vre": "VRE", "v12": "VRE12", "c25": "CARAFE25", "c50": "CARAFE50", "mag": "MAG",
           "half": "1/2", "cp": "CP"}
BACK_M = {"dose": "DOSE", "2cl": "2CL", "4cl": "4CL", "demi": "DEMI", "pinte": "PINTE",
          "33cl": "33CL", "50cl": "50CL", "1l": "1L", "70cl": "70CL"}
WORD_T = {"vre": "verre", "v12": "verre 12cl", "v15": "verre 15cl", "c25": "carafe 25cl",
          "c50": "carafe 50cl", "mag": "magnum", "half": "demi-bouteille", "cp": "coupe",
          "dose": "dose", "2cl": "2cl", "4cl": "4cl", "demi": "demi", "pinte": "pinte",
          "33cl": "33cl", "50cl": "50cl", "1l": "1L", "70cl": "70cl"}
FRONT_K = {"vre": "vr", "v12": "vr 12cl", "c25": "pichet 25", "c50": "pichet 50", "mag": "mag",
           "half": "1/2", "cp": "cp"}
BACK_K = {"dose": "dose", "2cl": "2cl", "4cl": "4cl", "demi": "demi", "pinte": "pinte",
          "33cl": "33cl", "50cl": "50cl", "1l": "1l", "70cl": "70cl"}

PRICE = {"btl": (24, 90), "vre": (5, 9), "v12": (5, 9), "v15": (6, 10), "c25": (9, 14),
         "c50": (16, 26), "mag": (60, 150), "half": (18, 35), "cp": (9, 13), "dose": (3, 5),
         "2cl": (2, 3), "4cl": (3, 5), "demi": (3, 5), "pinte": (6, 9), "33cl": (4, 7),
         "50cl": (3, 5), "1l": (4, 7), "70cl": (40, 60)}
PRICE_FAMILY = {"cafe": (2, 5), "cuisine": (6, 22), "divers": (2, 15), "soft": (3, 5),
                "apero": (3, 7), "biere": (4, 7)}


def plain(text):
    """The text without accents (NFKD, combining marks dropped; ° is kept)."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _vintage_text(till, vintage, rng):
    if vintage is None:
        return ""
    if vintage == "NV":
        return {"M": "NV", "T": "N.V.", "K": "nv"}[till]
    if till == "M":
        return f"{vintage % 100:02d}"
    if till == "T":
        return f"'{vintage % 100:02d}" if rng.random() < 0.5 else str(vintage)
    return str(vintage)


def _glue(core, rng):
    """Join two neighbouring words of the core (each alphabetic, three letters at least)."""
    words = core.split(" ")
    spots = [i for i in range(len(words) - 1)
             if words[i].isalpha() and words[i + 1].isalpha()
             and len(words[i]) >= 3 and len(words[i + 1]) >= 3]
    if not spots:
        return core
    i = rng.choice(spots)
    return " ".join([*words[:i], words[i] + words[i + 1], *words[i + 2:]])


def _price(measure, fam, rng):
    low, high = PRICE.get(measure, (4, 9))
    if fam in PRICE_FAMILY and measure == "btl":
        low, high = PRICE_FAMILY[fam]
    cents = rng.choice([0, 0, 50, 50, 90, 20])
    return f"{rng.randint(low, high)},{cents:02d}"


def _segments(till, fam, measure, core, vint_text):
    """The parts of a label in order: (text, kind), kinds head/core/tail/vintage."""
    if till == "M":
        head = PREFIX_M[fam] + (FRONT_M[measure] + " " if measure in FRONT_M else "")
        core = plain(core).upper().replace("'", " ").replace("  ", " ")
        tail = BACK_M.get(measure, "")
    else:
        head = FRONT_K[measure] + " " if measure in FRONT_K else ""
        core = plain(core).lower()
        tail = BACK_K.get(measure, "")
    segs = [(head, "head"), (core, "core")]
    if tail:
        segs.append((" " + tail, "tail"))
    if vint_text:
        segs.append((" " + vint_text, "vintage"))
    return segs


def _cut(segs, width):
    """The label cut at `width` and whether its vintage survived; None if the cut is not allowed."""
    full = "".join(t for t, _ in segs)
    if len(full) <= width:
        return full, True
    pos, has_vintage = 0, False
    for text, kind in segs:
        start, end = pos, pos + len(text)
        pos = end
        if end <= width:
            continue
        if kind in ("head", "tail"):
            return None
        if kind == "vintage":
            if start < width and full[:width].rstrip() != full[:start]:
                return None  # the cut splits the vintage
            return full[:width].rstrip(), has_vintage
        # the core is cut: only its last word, keeping four letters of it, and nothing after
        words_start = start + text.rfind(" ") + 1
        last = text[text.rfind(" ") + 1:]
        kept = width - words_start
        if not last.isalpha() or kept < 4 or len(last) <= 4:
            return None
        if any(k == "tail" for _, k in segs):
            return None
        return full[:width], False
    return full, True


def render(till, fam, measure, core, vintage, rng):
    """(label, connection, vintage printed on the label or None)."""
    vint_text = _vintage_text(till, vintage, rng)
    if till in WIDTH:
        cut = _cut(_segments(till, fam, measure, core, vint_text), WIDTH[till])
        if cut is not None:
            label, kept = cut
            label = label.rstrip()
            if till == "K":
                label += SUFFIX_K[fam]
            on_label = vintage if kept and isinstance(vintage, int) else None
            return label, till, on_label
        till = "T"
        vint_text = _vintage_text("T", vintage, rng)
    text = core
    if rng.random() < 0.12:
        text = _glue(text, rng)
    parts = [PREFIX_T[fam] + text]
    if vint_text:
        parts.append(vint_text)
    if measure != "btl":
        parts.append(WORD_T[measure])
    label = " ".join(parts)
    if rng.random() < 0.25:
        label = plain(label)
    label += f" ({_price(measure, fam, rng)})"
    return label, "T", vintage if isinstance(vintage, int) else None
