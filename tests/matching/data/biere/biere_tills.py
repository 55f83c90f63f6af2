"""The three tills of "Les Fûts de l'Erdre" and their habits.

CAISSE    the bar register: capitals without accents or apostrophes, a family and a slash
          (PRESS/ BTL/ CAN/ CID/ VIN/ WSK/ GIN/ SOFT/ MIX/ CUIS/ CAFE/ DIV/), the measure
          after the name, a vintage as 'YY at the very end, every label cut at 22.
TABLETTE  the floor staff's tablet: lower case with accents as typed, the style and the
          degree (`6,5°`) after the name, a four-digit vintage, the measure word, and the
          price with a decimal comma.
BOUTIQUE  the take-away shop's order export: `Name [year] — Maker — packaging`, the menu
          spelling (capitalised, accents), bottles, cans and whole kegs only.
"""

import hashlib
import unicodedata

from biere_rules import BOTTLES

WIDTH = 22


def ascii_upper(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("'", "").replace("’", "").upper()


# ---------------------------------------------------------------- CAISSE (register)

def family(kind, m, name):
    if kind in ("beer", "cider") and m in ("g", "d", "p33", "p"):
        return "PRESS"
    if kind == "beer":
        return "CAN" if m == "b44" else "BTL"
    return {"cider": "CID", "wine": "VIN", "whisky": "WSK", "gin": "GIN",
            "soft": "SOFT", "food": "CUIS", "cafe": "CAFE", "div": "DIV",
            "mix": "MIX"}[kind]


def register_measure(kind, m):
    if m == "":
        return ""
    if m in ("d", "p33", "p"):
        return {"d": "25", "p33": "33", "p": "50"}[m]
    if kind == "wine":
        return {"b75": "", "b37": "1/2", "b150": "MAG", "b50": "50CL", "vre": "VRE"}[m]
    if m in ("c2", "c4"):
        return m[1] + "CL"
    if m in BOTTLES:
        return "37" if m == "b37" else str(BOTTLES[m])
    raise ValueError(f"no register measure for {kind} {m}")


class Refused(Exception):
    """The register's width would spoil this button: it must be typed shorter."""


def cut(base, meas, vintage):
    """Render and cut at WIDTH.  Returns (label, vintage_kept).  The cut may take the
    vintage off whole, and, when no measure follows the name, cut into the last word of
    the name if 4 letters of it remain; anything else is refused."""
    core = base + (" " + meas if meas else "")
    full = core + (f" '{vintage % 100:02d}" if vintage else "")
    if len(full) <= WIDTH:
        return full, bool(vintage)
    if len(core) <= WIDTH:
        if full[:WIDTH].rstrip() != core:
            raise Refused(f"cut inside the vintage: {full!r}")
        return core, False
    if meas:
        raise Refused(f"cut would lose the measure: {full!r}")
    kept = full[:WIDTH].rstrip()
    words, kept_words = base.split(" "), kept.split(" ")
    last = kept_words[-1]
    if (len(kept_words) != len(words) or not words[-1].startswith(last)
            or len(last) < 4 or not last.isalpha()):
        raise Refused(f"cut would lose a word: {full!r}")
    return kept, False


def render_caisse(kind, m, vintage, text):
    base = family(kind, m, text) + "/" + ascii_upper(text)
    return cut(base, register_measure(kind, m), vintage)


# ---------------------------------------------------------------- TABLETTE (tablet)

PRICES = {
    "g": (2.2, 3.2), "d": (3.5, 5.0), "p": (6.5, 9.0), "b20": (3.0, 4.0),
    "b25": (3.5, 4.5), "b33": (4.5, 7.5), "b37": (8.0, 15.0), "b44": (6.5, 9.5),
    "b50": (6.0, 9.0), "b65": (5.0, 7.0), "b75": (11.0, 24.0), "b100": (4.0, 5.5), "vre": (4.5, 7.5),
    "wb75": (24.0, 39.0), "wb37": (14.0, 21.0), "wb150": (55.0, 78.0), "wb50": (28.0, 36.0),
    "c2": (5.0, 8.0), "c4": (8.0, 14.0), "": (3.0, 18.0),
    "soft": (2.8, 4.5), "cafe": (2.0, 8.5), "food": (5.0, 18.0),
}


def price(kind, m, seed_text):
    if kind in ("soft", "cafe", "food"):
        lo, hi = PRICES[kind]
    else:
        lo, hi = PRICES[("w" + m) if kind == "wine" and m.startswith("b") else m]
    h = int(hashlib.sha256(seed_text.encode("utf-8")).hexdigest()[:8], 16)
    steps = round((hi - lo) * 10)
    value = lo + (h % (steps + 1)) / 10
    return f"{value:.2f}".replace(".", ",")


def tablet_measure(kind, m):
    if m == "":
        return ""
    if m in ("g", "d", "p"):
        return {"g": "galopin", "d": "demi", "p": "pinte"}[m]
    if kind == "wine":
        return {"b75": "bouteille", "b37": "demi-bouteille", "b150": "magnum",
                "b50": "50cl", "vre": "verre"}[m]
    if m in ("c2", "c4"):
        return m[1] + "cl"
    if m == "b100":
        return "1l"
    if m in BOTTLES:
        return f"{BOTTLES[m]:g}cl".replace(".", ",")
    raise ValueError(f"no tablet measure for {kind} {m}")


def render_tablette(kind, m, vintage, text, abv):
    parts = [text.lower()]
    if abv:
        parts.append(abv + "°")
    if vintage:
        parts.append(str(vintage))
    meas = tablet_measure(kind, m)
    if meas:
        parts.append(meas)
    body = " ".join(parts)
    return body + " " + price(kind, m, body), bool(vintage)


# ---------------------------------------------------------------- BOUTIQUE (shop)

def shop_pack(kind, m):
    if m.startswith("="):
        return m[1:]
    if m in ("keg20", "keg30"):
        return "fût " + m[3:] + " L"
    size = f"{BOTTLES[m]:g}".replace(".", ",")
    if m == "b44":
        return f"canette {size} cl"
    if m == "b150":
        return "magnum 150 cl"
    return f"bouteille {size} cl"


def render_boutique(kind, m, vintage, name, maker):
    head = name + (f" {vintage}" if vintage else "")
    return f"{head} — {maker} — {shop_pack(kind, m)}", bool(vintage)
