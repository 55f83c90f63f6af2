"""The three tills of the Winstub Zum Storchennescht and how each renders what was typed.

A product is (till, key, measure, vintage, text): `text` is what the staff typed for the
name on that till (abbreviations included); the till adds the measure, the vintage, its
casing, separators and price, then cuts the label to its width.

- R: counter register. Upper case, no accents, umlauts or apostrophes (apostrophes and
  hyphens become spaces); serving words BEFORE the name (1/8, 10CL, 1/4, PICH50, 1/2, MAG,
  CP), bar measures AFTER it (2CL, 4CL, DEMI, PINTE, 25CL, 33CL, 50CL, 65CL, 1L); two-digit
  vintage at the end; every label cut at 22 characters.
- T: waiters' tablet, German-speaking staff. As typed, mixed case, umlauts and accents kept
  (Gewürztraminer); the vintage after the name as 2019 or '19; the measure in German after
  it (Glas, Glas 0,1l, Viertel, Karaffe 0,5l, halbe Fl., Magnum, 2cl, 4cl,
  vom Fass 0,25l / 0,4l / 0,5l, Fl. 0,33l ...); a price "12,50 €" at the end.
- S: Stube handheld. A lower-case slug: words joined by hyphens, no accents, umlauts
  written ae/oe/ue, ß as ss; the measure FIRST (glas, 10cl, pichet25, pichet50, demibtl,
  mag, flute, 2cl, 4cl, demi, pinte, 33cl, 1l); four-digit vintage at the end; cut at 30
  characters.

Cut rule (R and S): the cut may take the vintage off whole and cut into the last word of
the name when at least four letters of it remain; it never loses another word, a measure or
part of a number. A product whose cut would do more is an error of the source (retyped
shorter there), never a silent loss.
"""

import hashlib
import unicodedata

WIDTH = {"R": 22, "S": 30}

# measure code -> (R word, R position, T word, S word)
MEASURES = {
    "btl": ("", "pre", "", ""),
    "b8": ("1/8", "pre", "Glas", "glas"),
    "g10": ("10CL", "pre", "Glas 0,1l", "10cl"),
    "q": ("1/4", "pre", "Viertel", "pichet25"),
    "c50": ("PICH50", "pre", "Karaffe 0,5l", "pichet50"),
    "half": ("1/2", "pre", "halbe Fl.", "demibtl"),
    "mag": ("MAG", "pre", "Magnum", "mag"),
    "cp": ("CP", "pre", "Glas", "flute"),
    "d2": ("2CL", "post", "2cl", "2cl"),
    "d4": ("4CL", "post", "4cl", "4cl"),
    "demi": ("DEMI", "post", "vom Fass 0,25l", "demi"),
    "p40": ("40CL", "post", "vom Fass 0,4l", "40cl"),
    "pinte": ("PINTE", "post", "vom Fass 0,5l", "pinte"),
    "b25": ("25CL", "post", "Fl. 0,25l", "25cl"),
    "b33": ("33CL", "post", "Fl. 0,33l", "33cl"),
    "b50": ("50CL", "post", "Fl. 0,5l", "50cl"),
    "b65": ("65CL", "post", "Fl. 0,65l", "65cl"),
    "b75": ("75CL", "post", "Fl. 0,75l", "75cl"),
    "b100": ("1L", "post", "Fl. 1l", "1l"),
}


def _h(text):
    return int(hashlib.sha256(text.encode()).hexdigest(), 16)


def ascii_upper(text):
    t = text.replace("'", " ").replace("’", " ").replace("-", " ")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    return " ".join(t.upper().split())


def slug(text):
    t = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        t = t.replace(a, b)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("'", "").replace("’", "")
    out, word = [], ""
    for c in t:
        if c.isalnum() or c == "/":
            word += c
        else:
            if word:
                out.append(word)
            word = ""
    if word:
        out.append(word)
    return out


def _cut(tokens, sep, width):
    """tokens: list of (kind, text) with kind m (measure), w (word), v (vintage).
    Returns (label, vintage_kept). Raises ValueError when the cut breaks the rule."""
    full = sep.join(t for _, t in tokens)
    if len(full) <= width:
        return full, any(k == "v" for k, _ in tokens)
    kept, pos = [], 0
    for i, (kind, text) in enumerate(tokens):
        start = pos + (len(sep) if i else 0)
        end = start + len(text)
        if end <= width:
            kept.append(text)
            pos = end
            continue
        rest = tokens[i + 1 :]
        room = width - start
        if kind == "v" and not rest:
            break
        if kind == "w" and all(k == "v" for k, _ in rest) and room >= 4 and text.isalpha():
            kept.append(text[:room])
            break
        raise ValueError(f"cut at {width} breaks {full!r}")
    return sep.join(kept), False


def price(key, measure, text, category):
    """A plausible price, fixed by a hash of the product (same bytes every run)."""
    h = _h(f"{key}|{measure}|{text}")
    if measure in ("b8", "g10", "cp"):
        cents = 450 + (h % 9) * 50
    elif measure in ("d2", "d4"):
        cents = 400 + (h % 8) * 50
    elif measure == "q":
        cents = 850 + (h % 6) * 50
    elif measure == "c50":
        cents = 1600 + (h % 6) * 100
    elif measure in ("demi", "p40", "pinte") or category in ("bière", "soft"):
        cents = 350 + (h % 9) * 50
    elif category is None:  # food, services and other products that are no drink held
        cents = 600 + (h % 17) * 100
    elif measure == "half" or measure == "b50":
        cents = 2400 + (h % 30) * 100
    else:
        cents = 2800 + (h % 60) * 100
    return f"{cents // 100},{cents % 100:02d} €"


def render(till, key, measure, vintage, text, category=None):
    """Returns (label, vintage_kept)."""
    r_word, r_pos, t_word, s_word = MEASURES[measure]
    if till == "R":
        tokens = []
        if r_word and r_pos == "pre":
            tokens.append(("m", r_word))
        tokens += [("w", x) for x in ascii_upper(text).split()]
        if r_word and r_pos == "post":
            tokens.append(("m", r_word))
        if vintage:
            tokens.append(("v", f"{vintage % 100:02d}"))
        return _cut(tokens, " ", WIDTH["R"])
    if till == "S":
        tokens = [("m", s_word)] if s_word else []
        tokens += [("w", x) for x in slug(text)]
        if vintage:
            tokens.append(("v", str(vintage)))
        return _cut(tokens, "-", WIDTH["S"])
    if till == "T":
        parts = [text]
        if vintage:
            parts.append(str(vintage) if _h(text) % 2 else f"'{vintage % 100:02d}")
        if t_word:
            parts.append(t_word)
        parts.append(price(key, measure, text, category))
        return " ".join(parts), bool(vintage)
    raise ValueError(till)
