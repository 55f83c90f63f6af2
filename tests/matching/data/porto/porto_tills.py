"""The three tills of the porto set and how each one renders what the staff typed.

G  the waiters' handheld (Portuguese-speaking staff): lower case with accents, the
   Portuguese measure word first, four-digit vintage after the name, sizes after it,
   service modifiers last (`c/ gelo`, `fresco`, `com elas`...). No cut, no price.
F  the French counter till: a two-letter family code and `=`, ASCII capitals, the
   measure code right after `=` (pours and formats), bottle sizes after the name, the
   vintage as two digits at the end, every label cut at 24 characters.
C  the catalogue export: a 13-digit EAN first (560... for the bottles, the GS1 prefix of
   Portugal; 21... in-store codes for pours, food and services), the importer's
   catalogue name (English style words, ages as `20Y`), a four-digit vintage, then the
   volume (`75cl`, `37.5cl`, `glass 6cl`, `draught 20cl`...). No cut.

Measures (the same keys on every till):
  btl        the drink's ordinary bottle (75 cl, or its only format)
  half, mag  37.5 cl and 150 cl bottles
  b50 b75 b70 b100 b33 b25 b20   a bottle of that size
  mini       a 25 cl beer bottle;   lata   a 33 cl can
  copo 12.5 cl glass, calice 6 cl port glass, copinho 4 cl shot,
  jarro 50 cl carafe, meiojarro 25 cl carafe,
  imperial / fino 20 cl and caneca 50 cl of draught (from a keg)
"""

import hashlib

WIDTH_F = 24

MEASURES = {
    "btl": ("bottle", None),
    "half": ("bottle", 37.5),
    "mag": ("bottle", 150),
    "b50": ("bottle", 50),
    "b75": ("bottle", 75),
    "b70": ("bottle", 70),
    "b100": ("bottle", 100),
    "b33": ("bottle", 33),
    "b25": ("bottle", 25),
    "b20": ("bottle", 20),
    "mini": ("bottle", 25),
    "lata": ("bottle", 33),
    "copo": ("pour", 12.5),
    "calice": ("pour", 6),
    "copinho": ("pour", 4),
    "jarro": ("pour", 50),
    "meiojarro": ("pour", 25),
    "imperial": ("draught", 20),
    "fino": ("draught", 20),
    "caneca": ("draught", 50),
}


def num(x):
    """12.5 -> '12.5', 75 -> '75', 37.5 -> '37.5'."""
    return str(int(x)) if float(x) == int(x) else str(x)


# ---------------------------------------------------------------- G: handheld
G_WORD = {
    "btl": "garrafa",
    "half": "meia garrafa",
    "mag": "magnum",
    "b50": "garrafa",
    "b75": "garrafa",
    "b70": "garrafa",
    "b100": "garrafa",
    "b33": "garrafa",
    "b25": "garrafa",
    "b20": "garrafa",
    "mini": "mini",
    "lata": "lata",
    "copo": "copo",
    "calice": "cálice",
    "copinho": "copinho",
    "jarro": "jarro",
    "meiojarro": "meio jarro",
    "imperial": "imperial",
    "fino": "fino",
    "caneca": "caneca",
}
G_SIZE = {
    "b50": "50cl",
    "b75": "75cl",
    "b70": "70cl",
    "b100": "1l",
    "b33": "33cl",
    "b25": "25cl",
    "b20": "20cl",
}


def render_g(measure, vintage, text, mods):
    parts = []
    if measure:
        parts.append(G_WORD[measure])
    if text:
        parts.append(text)
    if vintage:
        parts.append(str(vintage))
    if measure in G_SIZE:
        parts.append(G_SIZE[measure])
    if mods:
        parts.append(mods)
    label = " ".join(parts)
    assert label == label.lower(), label
    return label, vintage


# ---------------------------------------------------------------- F: French till
F_PRE = {
    "half": "1/2BTL",
    "mag": "MAG",
    "copo": "VRE",
    "calice": "6CL",
    "copinho": "4CL",
    "jarro": "PICH50",
    "meiojarro": "PICH25",
    "imperial": "PR20",
    "fino": "PR20",
    "caneca": "PR50",
}
F_SUF = {
    "b50": "50CL",
    "b75": "75CL",
    "b70": "70CL",
    "b100": "1L",
    "b33": "33CL",
    "b25": "25CL",
    "b20": "20CL",
    "mini": "25CL",
    "lata": "33CL",
}


class CutRefused(ValueError):
    pass


def f_cut(prefix, name, size, yy):
    """Cut `prefix + name [size] [yy]` at WIDTH_F characters, the register's way.

    Allowed: everything fits; or the vintage goes off whole (the cut falls at the end of
    what comes before it); or, with no bottle size after the name, the cut falls inside
    the last word of the name, keeping four letters of it at least (the vintage then goes
    too). Anything else (a whole word, a size, part of a number or of the vintage lost)
    is refused: the staff typed such buttons shorter. Returns (label, vintage_kept)."""
    body = prefix + name + (" " + size if size else "")
    full = body + (" " + yy if yy else "")
    if len(full) <= WIDTH_F:
        return full, True
    if len(body) <= WIDTH_F:
        if full[:WIDTH_F].rstrip() != body:
            raise CutRefused("the cut would leave part of the vintage: " + full)
        return body, False
    if size:
        raise CutRefused("the cut would lose the size: " + full)
    if " " not in name:
        raise CutRefused("the cut would cut the only word of the name: " + full)
    last = name.rsplit(" ", 1)[1]
    start = len(prefix) + len(name) - len(last)
    if WIDTH_F - start < 4 or not last.isalpha():
        raise CutRefused("the cut would lose more than the end of the last word: " + full)
    return body[:WIDTH_F], False


def render_f(fam, measure, vintage, text):
    assert text == text.upper() and text.isascii(), text
    prefix = fam + "=" + (F_PRE[measure] + " " if measure in F_PRE else "")
    yy = "%02d" % (vintage % 100) if vintage else None
    label, kept = f_cut(prefix, text, F_SUF.get(measure), yy)
    return label, (vintage if kept else None)


# ---------------------------------------------------------------- C: catalogue export
C_VOL = {
    "half": "37.5cl",
    "mag": "150cl",
    "b50": "50cl",
    "b75": "75cl",
    "b70": "70cl",
    "b100": "100cl",
    "b33": "33cl",
    "b25": "25cl",
    "b20": "20cl",
    "mini": "25cl",
    "lata": "33cl",
    "copo": "glass 12.5cl",
    "calice": "glass 6cl",
    "copinho": "shot 4cl",
    "jarro": "carafe 50cl",
    "meiojarro": "carafe 25cl",
    "imperial": "draught 20cl",
    "fino": "draught 20cl",
    "caneca": "draught 50cl",
}


def ean13(prefix, seed):
    digits = prefix
    h = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    i = 0
    while len(digits) < 12:
        digits += str(int(h[i], 16) % 10)
        i += 1
    total = sum(int(d) * (1 if k % 2 == 0 else 3) for k, d in enumerate(digits))
    return digits + str((10 - total % 10) % 10)


def render_c(measure, vintage, text, ordinary_cl, foreign=False):
    parts = [text]
    if vintage:
        parts.append(str(vintage))
    if measure == "btl":
        parts.append(num(ordinary_cl) + "cl")
    elif measure:
        parts.append(C_VOL[measure])
    body = " ".join(parts)
    bottle = measure is not None and MEASURES[measure][0] == "bottle"
    prefix = ("544" if foreign else "560") if bottle else "21"
    return ean13(prefix, body) + " " + body, vintage


def label_vintage(till, label):
    """The vintage printed on a rendered label, read back the till's way."""
    words = label.split()
    if till == "F":
        last = words[-1]
        if len(words) > 1 and len(last) == 2 and last.isdigit():
            return (1900 if int(last) > 30 else 2000) + int(last)
        return None
    if till == "C":
        words = words[1:]
    years = [int(w) for w in words if len(w) == 4 and w.isdigit() and 1950 <= int(w) <= 2030]
    assert len(years) <= 1, label
    return years[0] if years else None


def render(till, fam, measure, vintage, text, mods, ordinary_cl, foreign=False):
    """Returns (label, vintage still on the label)."""
    if till == "G":
        return render_g(measure, vintage, text, mods)
    assert not mods
    if till == "F":
        return render_f(fam, measure, vintage, text)
    if till == "C":
        return render_c(measure, vintage, text, ordinary_cl, foreign)
    raise ValueError(till)
