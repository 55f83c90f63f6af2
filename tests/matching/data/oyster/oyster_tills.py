"""The oyster bar's three tills: each one's habits, applied to what was typed."""

from __future__ import annotations

import random
import unicodedata

from oyster_specs import Spec

# --- the tills ---------------------------------------------------------------------------

CODE_K = {
    "vb": "11",
    "vr": "12",
    "vs": "13",
    "ch": "14",
    "ci": "21",
    "ap": "23",
    "bi": "22",
    "sp": "31",
    "so": "41",
    "hu": "51",
    "cu": "52",
    "ca": "61",
    "sv": "91",
}
CODE_E = {
    "vb": "vb",
    "vr": "vr",
    "vs": "vs",
    "ch": "ch",
    "ci": "ci",
    "ap": "ap",
    "bi": "bi",
    "sp": "sp",
    "so": "so",
    "hu": "hu",
    "cu": "cu",
    "ca": "ca",
    "sv": "sv",
}
WIDTH_K, WIDTH_E = 26, 18
MEASURE_WORDS = {
    "VERRE",
    "CARAFE",
    "PICHET",
    "1/2",
    "MAG",
    "DOSE",
    "DEMI",
    "PINTE",
    "BOLEE",
    "COUPE",
    "GL",
    "VRE",
    "CAR",
    "PICH",
    "CP",
    "BTL",
}


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def strip_cl(core: str) -> str:
    """The core without a trailing bottle volume (the till prints the measure itself)."""
    words = core.split()
    if words and words[-1].lower().endswith("cl") and words[-1][:-2].isdigit():
        words = words[:-1]
    return " ".join(words)


def measure_k(m: object) -> tuple[str, str]:
    """(before, after) the core on till K."""
    if m is None or m == "btl":
        return "", ""
    if isinstance(m, tuple):
        kind, cl = m
        cl_txt = f"{cl:g}"
        return {
            "glass": (f"VERRE {cl_txt}CL", ""),
            "carafe": ("CARAFE 50CL", ""),
            "pichet": ("PICHET 25", ""),
            "dose": ("", f"{cl_txt}CL"),
            "cl": ("", f"{cl_txt}CL"),
        }[kind]
    return {
        "glass": ("VERRE", ""),
        "half": ("1/2", ""),
        "mag": ("MAG", ""),
        "dose": ("", "DOSE"),
        "demi": ("", "DEMI"),
        "pinte": ("", "PINTE"),
        "bolee": ("BOLEE", ""),
        "coupe": ("COUPE", ""),
    }[m]  # type: ignore[index]


WINE_FAMILIES = ("vb", "vr", "vs", "ch")


def measure_t(m: object, rng: random.Random, family: str) -> str:
    if m is None:
        return "btl" if family in WINE_FAMILIES and rng.random() < 0.2 else ""
    if m == "btl":
        return "btl"
    if isinstance(m, tuple):
        kind, cl = m
        return {
            "glass": f"gl {cl:g}cl",
            "carafe": "carafe 50cl",
            "pichet": "pichet 25cl",
            "dose": f"{cl:g}cl",
            "cl": f"{cl:g}cl",
        }[kind]
    return {
        "glass": "gl",
        "half": "1/2 btl",
        "mag": "mag",
        "dose": "dose",
        "demi": "demi",
        "pinte": "pinte",
        "bolee": "bolée",
        "coupe": "coupe",
    }[m]  # type: ignore[index]


def measure_e(m: object) -> str:
    if m is None or m == "btl":
        return ""
    if isinstance(m, tuple):
        kind, cl = m
        return {
            "glass": f"vre {cl:g}cl",
            "carafe": "car 50cl",
            "pichet": "pich 25cl",
            "dose": f"{cl:g}cl",
            "cl": f"{cl:g}cl",
        }[kind]
    return {
        "glass": "vre",
        "half": "demi",
        "mag": "mag",
        "dose": "dose",
        "demi": "demi",
        "pinte": "pinte",
        "bolee": "bolee",
        "coupe": "cp",
    }[m]  # type: ignore[index]


def cut(text: str, vintage: str, width: int, sep: str = " ") -> tuple[str, bool] | None:
    """The till's cut at `width`. The vintage goes first (it is at the end). None when the
    cut would lose a whole word, cut into a word holding a digit or a measure, or leave
    fewer than 3 letters of the last word: such a product is typed on the tablet instead."""
    if len(text + vintage) <= width:
        return text + vintage, bool(vintage)
    kept_text = text[:width]
    kept, words = kept_text.split(sep), text.split(sep)
    kept = [w for w in kept if w]
    if len(kept) < len(words):
        return None
    last, part = words[len(kept) - 1], kept[-1]
    if last != part and (
        any(ch.isdigit() for ch in last)
        or last.upper() in MEASURE_WORDS
        or len(part) < 3
        or "/" in last
    ):
        return None
    return kept_text.rstrip(sep), False


def render_k(spec: Spec, rng: random.Random) -> tuple[str, bool] | None:
    """Counter register: upper case without accents or apostrophes, a two-digit family
    code and a colon, CH / DOM / ST abbreviations, measure words first (a bottle volume
    last), two-digit vintages, cut at 26 characters."""
    core = fold(
        strip_cl(spec.core) if isinstance(spec.m, tuple) and spec.m[0] == "cl" else spec.core
    ).upper()
    core = core.replace("CHATEAU ", "CH ").replace("DOMAINE ", "DOM ").replace("'", " ")
    core = core.replace("N°", "N").replace("+", "")
    if rng.random() < 0.5:
        core = core.replace("SAINT-", "ST ").replace("SAINT ", "ST ")
    if rng.random() < 0.5:
        core = core.replace("-", " ")
    before, after = measure_k(spec.m)
    text = CODE_K[spec.family] + ":" + " ".join(x for x in (before, core, after) if x)
    text = " ".join(text.split())
    vintage = f" {spec.vintage % 100:02d}" if spec.vintage else ""
    return cut(text, vintage, WIDTH_K)


def render_e(spec: Spec, rng: random.Random) -> tuple[str, bool] | None:
    """Oyster-counter handheld: lower case without accents, a two-letter family code and
    `>`, underscores for spaces, measure first, four-digit vintages, cut at 18."""
    core = fold(
        strip_cl(spec.core) if isinstance(spec.m, tuple) and spec.m[0] == "cl" else spec.core
    ).lower()
    core = core.replace("chateau ", "ch ").replace("domaine ", "dom ").replace("'", " ")
    core = core.replace("-", " ")
    m = measure_e(spec.m)
    if m and isinstance(spec.m, tuple) and spec.m[0] == "cl":
        words = core.split() + m.split()
    else:
        words = m.split() + core.split()
    text = CODE_E[spec.family] + ">" + "_".join(words)
    vintage = f"_{spec.vintage}" if spec.vintage else ""
    return cut(text, vintage, WIDTH_E, sep="_")


def price_range(spec: Spec) -> tuple[int, int]:
    """A plausible price range (euros) for the tablet's price suffix."""
    m = spec.m
    kind = m[0] if isinstance(m, tuple) else m
    if kind in ("glass", "coupe"):
        return 6, 15
    if kind == "dose":
        return 5, 13
    if kind in ("demi", "bolee"):
        return 4, 7
    if kind == "pinte":
        return 7, 10
    if kind == "pichet":
        return 9, 15
    if kind == "carafe":
        return 18, 29
    if kind == "half":
        return 19, 49
    if kind == "mag":
        return 69, 229
    if spec.core.startswith("Kir"):
        return 7, 14
    if spec.family in WINE_FAMILIES:
        return 29, 139
    if kind == "cl" and m[1] <= 50:  # type: ignore[index]
        return 2, 8
    if spec.family in ("bi", "so", "ca"):
        return 2, 8
    if spec.family == "ci":
        return 12, 30
    if spec.family in ("ap", "sp"):
        return 45, 95
    if spec.family in ("hu", "cu"):
        return 5, 96
    return 0, 30


def render_t(spec: Spec, rng: random.Random) -> tuple[str, bool]:
    """Waiters' tablet: as typed (mixed case, accents mostly kept), Ch. / Dom. / vdp
    abbreviations, two words sometimes glued, the measure after the name, vintage as '19,
    19 or 2019, and the price at the end written 8€50."""
    core = strip_cl(spec.core) if isinstance(spec.m, tuple) and spec.m[0] == "cl" else spec.core
    core = core.replace("Château ", "Ch. ").replace("Domaine ", "Dom. ")
    core = core.replace("Vin de Pays", "vdp")
    if rng.random() < 0.2:
        core = fold(core)
    words = core.split()
    if len(words) >= 2 and rng.random() < 0.25:
        at = rng.randrange(len(words) - 1)
        pair = words[at : at + 2]
        if all(w.isalpha() and len(w) >= 3 for w in pair):
            words[at : at + 2] = [words[at] + words[at + 1]]
    m = measure_t(spec.m, rng, spec.family)
    if m:
        words.append(m)
    vintage = ""
    if spec.vintage:
        vintage = " " + rng.choice(
            [f"'{spec.vintage % 100:02d}", f"{spec.vintage % 100:02d}", f"{spec.vintage}"]
        )
    low, high = price_range(spec)
    price = f" {rng.randrange(low, high)}€{rng.choice(['00', '50', '90', '20'])}"
    return " ".join(words) + vintage + price, bool(vintage)
