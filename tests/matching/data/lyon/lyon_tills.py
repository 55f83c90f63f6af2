"""The three tills of Le Mâchon des Canuts and their habits.

R  old counter cash register: upper case, no accents, apostrophes and hyphens turned into
   spaces, a two-letter family code glued with a dot (`RG.`), serving words before the
   name, bar measures after it, two-digit vintage last, every label cut at WIDTH_R.
T  bar tablet: lower or sentence case as typed, accents dropped on some buttons, two words
   sometimes glued, vintage as 'yy, measure spelled after the name, price with a comma.
W  online ordering catalogue: long descriptive Title Case label, parts joined by " – ",
   "Millésime 2019", the format spelled out last ("Bouteille 75 cl", "Pot Lyonnais 46 cl").
"""

import unicodedata

WIDTH_R = 19

FAMILY_R = {
    "rg": "RG",
    "bl": "BL",
    "rs": "RS",
    "bu": "BU",
    "ap": "AP",
    "di": "DI",
    "bi": "BI",
    "so": "SO",
    "cu": "CU",
    "ca": "CA",
    "dv": "DV",
}

# measure code -> (kind, volume cl)
#   kind "bottle": a bottle of that format (None = the drink's ordinary bottle)
#   kind "pour": volume poured from the ordinary bottle; "draught": from the keg
MEASURES = {
    "": ("bottle", None),
    "half": ("bottle", 37.5),
    "mag": ("bottle", 150),
    "b25": ("bottle", 25),
    "b33": ("bottle", 33),
    "b50": ("bottle", 50),
    "b70": ("bottle", 70),
    "b100": ("bottle", 100),
    "vre": ("pour", 12.5),
    "vre12": ("pour", 12),
    "vre15": ("pour", 15),
    "cp": ("pour", 12.5),
    "pot": ("pour", 46),
    "fil": ("pour", 23),
    "dose": ("pour", 4),
    "2cl": ("pour", 2),
    "4cl": ("pour", 4),
    "6cl": ("pour", 6),
    "demi": ("draught", 25),
    "pinte": ("draught", 50),
}

R_PRE = {
    "vre": "VRE",
    "vre12": "VRE12",
    "vre15": "VRE15",
    "cp": "CP",
    "pot": "POT",
    "fil": "FILL",
    "half": "1/2",
    "mag": "MAG",
}
R_POST = {
    "dose": "DOSE",
    "2cl": "2CL",
    "4cl": "4CL",
    "6cl": "6CL",
    "demi": "DEMI",
    "pinte": "PINTE",
    "b25": "25CL",
    "b33": "33CL",
    "b50": "50CL",
    "b70": "70CL",
    "b100": "1L",
}

T_MEAS = {
    "vre": "verre",
    "vre12": "verre 12cl",
    "vre15": "verre 15cl",
    "cp": "coupe",
    "pot": "pot",
    "fil": "fillette",
    "half": "1/2 btl",
    "mag": "mag",
    "dose": "dose",
    "2cl": "2cl",
    "4cl": "4cl",
    "6cl": "6cl",
    "demi": "demi",
    "pinte": "pinte",
    "b25": "25cl",
    "b33": "33cl",
    "b50": "50cl",
    "b70": "70cl",
    "b100": "1l",
}

W_MEAS = {
    "vre": "Verre",
    "vre12": "Verre 12 cl",
    "vre15": "Verre 15 cl",
    "cp": "Coupe 12,5 cl",
    "pot": "Pot Lyonnais 46 cl",
    "fil": "Fillette 23 cl",
    "half": "Demi-Bouteille 37,5 cl",
    "mag": "Magnum 150 cl",
    "dose": "Dose 4 cl",
    "2cl": "Dose 2 cl",
    "4cl": "Dose 4 cl",
    "6cl": "Dose 6 cl",
    "demi": "Demi 25 cl",
    "pinte": "Pinte 50 cl",
    "b25": "Bouteille 25 cl",
    "b33": "Bouteille 33 cl",
    "b50": "Bouteille 50 cl",
    "b70": "Bouteille 70 cl",
    "b100": "Bouteille 1 L",
}
W_BOTTLE = {
    75: "Bouteille 75 cl",
    62: "Clavelin 62 cl",
    70: "Bouteille 70 cl",
    100: "Bouteille 1 L",
    50: "Bouteille 50 cl",
    33: "Bouteille 33 cl",
    25: "Bouteille 25 cl",
    37.5: "Demi-Bouteille 37,5 cl",
    150: "Magnum 150 cl",
}

SMALL = {
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "et",
    "à",
    "en",
    "aux",
    "au",
    "sur",
    "d'",
    "l'",
    "d'à",
}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def r_norm(s):
    s = strip_accents(s).upper().replace("'", " ").replace("-", " ")
    return " ".join(s.split())


def render_r(fam, measure, vintage, core):
    """Return (label, vintage_visible, ok). `~` in core: the words after it may be lost."""
    toks = []  # (text, kind)
    head = FAMILY_R[fam] + "."
    pre = R_PRE.get(measure)
    name_part, _, opt_part = core.partition("~")
    name_toks = r_norm(name_part).split()
    opt_toks = r_norm(opt_part).split()
    if pre:
        toks.append((head + pre, "fixed"))
    else:
        name_toks[0] = head + name_toks[0]
        toks.append((name_toks.pop(0), "fixed"))
    toks += [(t, "name") for t in name_toks]
    toks += [(t, "opt") for t in opt_toks]
    if measure in R_POST:
        toks.append((R_POST[measure], "fixed"))
    if vintage:
        toks.append(("%02d" % (vintage % 100), "vint"))
    full = " ".join(t for t, _ in toks)
    if len(full) <= WIDTH_R:
        return full, vintage, True
    cut = full[:WIDTH_R].rstrip()
    vis = cut.split()
    n = len(vis)
    ok = True
    for i in range(n - 1):
        if vis[i] != toks[i][0]:
            ok = False
    last_tok, last_kind = toks[n - 1]
    if vis[-1] != last_tok:
        if last_kind not in ("name", "opt") or not vis[-1].isalpha() or len(vis[-1]) < 4:
            ok = False
    for _t, k in toks[n:]:
        if k not in ("opt", "vint"):
            ok = False
    if vis[-1].isdigit() and toks[n - 1][1] != "vint":
        ok = False  # a number that is a name would be read as a vintage
    vis_vintage = vintage if (vintage and toks[-1][1] == "vint" and n == len(toks)) else None
    return cut, vis_vintage, ok


def glue(words, rng):
    idx = [
        i
        for i in range(len(words) - 1)
        if words[i].isalpha()
        and words[i + 1].isalpha()
        and len(words[i]) >= 3
        and len(words[i + 1]) >= 3
    ]
    if not idx:
        return words
    i = rng.choice(idx)
    return [*words[:i], words[i] + words[i + 1], *words[i + 2:]]


def price(rng, measure, cat, fam):
    kind, vol = MEASURES[measure]
    if fam == "cu":
        cents = rng.randrange(700, 2600, 50)
    elif fam == "ca":
        cents = rng.randrange(200, 950, 50)
    elif fam == "dv":
        cents = rng.randrange(100, 1200, 100)
    elif (
        fam in ("ap", "so", "bi")
        and measure == ""
        and cat not in ("soft", "bière", "spiritueux", "autre")
    ):
        cents = rng.randrange(450, 1100, 50)  # mixed drinks
    elif kind == "draught":
        cents = {25: rng.choice([400, 450, 500]), 50: rng.choice([750, 800, 850])}[vol]
    elif measure in ("vre", "vre12", "vre15", "cp"):
        cents = rng.randrange(550, 1300, 50)
    elif measure == "pot":
        cents = rng.randrange(1900, 3400, 100)
    elif measure == "fil":
        cents = rng.randrange(1000, 1700, 50)
    elif measure in ("dose", "2cl", "4cl", "6cl"):
        cents = rng.randrange(400, 1100, 50)
    elif cat in ("soft", "bière"):
        cents = rng.randrange(350, 750, 50)
    elif measure == "half":
        cents = rng.randrange(2200, 4000, 100)
    elif measure == "mag":
        cents = rng.randrange(7000, 16000, 500)
    else:
        cents = rng.randrange(2800, 9500, 100)
    return "%d,%02d" % (cents // 100, cents % 100)


def render_t(rng, measure, vintage, core, cat, wine_bottle, fam):
    text = core.replace("~", " ")
    words = text.split()
    style = rng.random()
    drop = rng.random() < 0.3
    if rng.random() < 0.12:
        words = glue(words, rng)
    text = " ".join(words).lower()
    if style < 0.35:
        text = text[:1].upper() + text[1:]
    if drop:
        text = strip_accents(text)
    parts = [text]
    if vintage:
        parts.append("'%02d" % (vintage % 100))
    if measure:
        parts.append(T_MEAS[measure])
    elif wine_bottle:
        parts.append("btl")
    parts.append(price(rng, measure, cat, fam))
    return " ".join(parts)


def title_case(s):
    out = []
    for i, w in enumerate(s.split(" ")):
        if i and w in SMALL:
            out.append(w)
        elif w.startswith(("d'", "l'")) and len(w) > 2:
            out.append(
                w[:2] + w[2:3].upper() + w[3:]
                if i
                else w[0].upper() + w[1] + w[2:3].upper() + w[3:]
            )
        else:
            out.append(
                "-".join(
                    p if j and p in SMALL else p[:1].upper() + p[1:]
                    for j, p in enumerate(w.split("-"))
                )
            )
    return " ".join(out)


def render_w(measure, vintage, core, bottle_cl):
    parts = [title_case(core.replace("~", " ").strip())]
    if vintage:
        parts.append("Millésime %d" % vintage)
    if measure:
        parts.append(W_MEAS[measure])
    elif bottle_cl is not None:
        parts.append(W_BOTTLE[bottle_cl])
    return " – ".join(parts)
