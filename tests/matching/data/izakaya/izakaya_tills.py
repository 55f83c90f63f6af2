"""The three tills of the izakaya: measures, label rendering, cut, prices.

R  counter register, romaji, upper case, measure last, name cut at 22.
T  waiters' tablet, kanji/katakana + romaji + French measure after " — ".
H  handheld, "x1 "/"x2 " quantity first, lower case, name cut at 20, measure
   code, then the unit price in euro cents without separator.
"""

import hashlib

# canonical measure -> (kind, volume in cl, what it is poured from)
MEASURES = {
    "go": ("pour", 18, "sake"),
    "masu": ("pour", 18, "sake"),
    "tokk": ("pour", 30, "sake"),
    "gl10": ("pour", 10, "sake"),
    "gl12": ("pour", 12, "wine"),
    "d4": ("pour", 4, "spirit"),
    "d6": ("pour", 6, "spirit"),
    "demi": ("draught", 25, None),
    "pinte": ("draught", 50, None),
}
BOTTLES = (20, 30, 33, 50, 63.3, 70, 72, 74, 75, 90, 150, 180)
for _b in BOTTLES:
    _k = "bt%d" % int(_b)
    MEASURES[_k] = ("bottle", _b, None)
MEASURES["can20"] = ("bottle", 20, None)
MEASURES["can50"] = ("bottle", 50, None)

MEASURE_EN = {
    "go": "go 18 cl",
    "masu": "masu 18 cl",
    "tokk": "tokkuri 30 cl",
    "gl10": "glass 10 cl",
    "gl12": "glass 12 cl",
    "d4": "4 cl",
    "d6": "6 cl",
    "demi": "demi 25 cl",
    "pinte": "pinte 50 cl",
}


def _ml(cl):
    return "%d" % round(cl * 10)


def _cl_fr(cl):
    return ("%g" % cl).replace(".", ",")


def word(till, m):
    """The measure as the till prints it."""
    _kind, vol, _ = MEASURES[m]
    if till == "R":
        fixed = {
            "go": "GO",
            "masu": "MASU",
            "tokk": "TOKK",
            "gl10": "100ML",
            "gl12": "120ML",
            "d4": "40ML",
            "d6": "60ML",
            "demi": "NAMA250",
            "pinte": "NAMA500",
        }
        if m in fixed:
            return fixed[m]
        return ("CAN" if m.startswith("can") else "BIN") + _ml(vol)
    if till == "T":
        fixed = {
            "go": "gō",
            "masu": "masu",
            "tokk": "tokkuri 30cl",
            "gl10": "verre 10cl",
            "gl12": "verre 12cl",
            "d4": "4cl",
            "d6": "6cl",
            "demi": "demi",
            "pinte": "pinte",
            "bt75": "bouteille",
            "bt150": "magnum",
            "bt180": "isshōbin 1,8L",
        }
        if m in fixed:
            return fixed[m]
        return ("canette " if m.startswith("can") else "bouteille ") + _cl_fr(vol) + "cl"
    if till == "H":
        fixed = {
            "go": "go",
            "masu": "masu",
            "tokk": "tokk",
            "gl10": "10cl",
            "gl12": "12cl",
            "d4": "4cl",
            "d6": "6cl",
            "demi": "jk25",
            "pinte": "jk50",
        }
        if m in fixed:
            return fixed[m]
        return ("cn" if m.startswith("can") else "bt") + "%d" % int(vol)
    raise ValueError(till)


MODS = {"R": {"kan": "ATSUKAN", "rock": "ROCK"}, "T": {"kan": "(chaud)", "rock": "(rock)"}, "H": {}}
WIDTH = {"R": 22, "H": 20}


def vintage_token(till, v):
    if v is None:
        return None
    return str(v) if till in ("R", "T") else "'%02d" % (v % 100)


class CutRefused(ValueError):
    pass


def cut(name, vt, width):
    """Cut `name` (+ vintage token `vt`) to `width` characters.

    The cut may take the vintage off whole and cut into the last word of the
    name when it is made of letters and four of them remain; anything else is
    refused (the staff typed such buttons shorter). Returns (text, vintage kept).
    """
    words = name.split(" ")
    full = name + (" " + vt if vt else "")
    if len(full) <= width:
        return full, vt is not None
    head = full[:width]
    if full[width] == " " or head.endswith(" "):
        kept = head.rstrip()
        if kept == name:
            return kept, False
        raise CutRefused("cut loses a word: %r" % full)
    parts = head.split(" ")
    k = len(parts) - 1
    if k != len(words) - 1:
        raise CutRefused("cut is not in the last word of the name: %r" % full)
    if not words[k].isalpha() or len(parts[k]) < 4:
        raise CutRefused("cut leaves under four letters or splits a number: %r" % full)
    return head, False


# The handheld's price list: cents per cl poured, per drink. A pour costs
# volume x rate; a bottle of 70 cl or more 0.8 of that (0.75 from 150 cl).
RATE = {
    "dassai45": 140,
    "dassai23": 380,
    "senju": 95,
    "hakkaisan_thj": 90,
    "hakkaisan_jdg": 170,
    "ryu": 190,
    "oka": 100,
    "okuden": 90,
    "nanbu": 100,
    "kuheiji": 160,
    "jozen": 95,
    "dreamy": 95,
    "sayuri": 65,
    "suzune": 90,
    "mio": 60,
    "daishichi": 110,
    "no6s": 170,
    "born": 220,
    "kizakura": 55,
    "daruma10": 240,
    "kamotsuru": 130,
    "moriizo": 550,
    "silhouette": 120,
    "rento": 350,
    "zuisen3": 330,
    "kura12": 300,
    "togpremium": 250,
    "ichirowl": 330,
    "shinobu": 320,
    "komagatake": 340,
    "masahiro": 260,
    "aragoshiyuzu": 110,
    "gilbourg": 95,
    "crozes_r": 110,
    "crozes_b": 115,
    "cornaline": 140,
    "milady": 100,
    "rouliers": 80,
    "sapporo": 17,
    "hitawhite": 20,
    "orion": 23,
    "beniaka": 25,
    "ramunemelon": 25,
    "calpico": 14,
    "hitared": 26,
}


def _round50(x):
    return int((x + 25) // 50 * 50)


# rate for a drink the library does not hold, by what the measure pours
DEFAULT_RATE = {"sake": 120, "wine": 100, "spirit": 300, "draught": 18, "bottle": 25}


def price(label_key, key, m, rate=None):
    """Unit price in euro cents: a rate per cl for a drink, else a SHA-256."""
    kind, vol, what = MEASURES[m] if m else (None, None, None)
    if kind is not None:
        if rate is None:
            rate = RATE.get(key)
        if rate is None:
            rate = DEFAULT_RATE[what or kind]
            if kind == "bottle" and vol >= 70:
                rate = 150
        factor = 1.0 if kind != "bottle" or vol < 70 else (0.8 if vol < 150 else 0.75)
        return max(300, _round50(rate * vol * factor))
    h = int(hashlib.sha256(label_key.encode("utf-8")).hexdigest()[:8], 16)
    return 400 + (h % 21) * 50


def render(till, text, m, v=None, mods=(), q=1, key=None, rate=None):
    """The label and whether its vintage survived the cut."""
    vt = vintage_token(till, v)
    mod_words = [MODS[till][x] for x in mods]
    if till == "R":
        name, kept = cut(text, vt, WIDTH["R"])
        parts = [name] + ([word("R", m)] if m else []) + mod_words
        return " ".join(parts), kept
    if till == "T":
        name = text + (" " + vt if vt else "")
        if m is None:
            return name, vt is not None
        return name + " — " + " ".join([word("T", m), *mod_words]), vt is not None
    if till == "H":
        name, kept = cut(text, vt, WIDTH["H"])
        code = word("H", m) if m else None
        p = price(text + "|" + str(m), key, m, rate)
        parts = ["x%d" % q, name] + ([code] if code else []) + [str(p)]
        return " ".join(parts), kept
    raise ValueError(till)


class Spec:
    """What the staff typed: the drink meant (key, or None with a reason)."""

    def __init__(self, key, m, text, v=None, mods=(), q=1, why=None, want=None, rate=None):
        self.key, self.m, self.text, self.v, self.rate = key, m, text, v, rate
        self.mods, self.q, self.why, self.want = tuple(mods), q, why, want


def Y(key, m, text, v=None, mods=(), q=1, want=None):
    """A drink of the library, in measure `m`; `want` asserts the computed answer."""
    return Spec(key, m, text, v, mods, q, None, want)


def N(why, text, m=None, v=None, mods=(), q=1, rate=None):
    """No drink of the library: `why` is the reason, kept in the note; `rate`
    is the handheld's price per cl when it differs from the default."""
    return Spec(None, m, text, v, mods, q, why, "none", rate)
