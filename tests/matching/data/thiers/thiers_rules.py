"""The bench README's answer rules, applied to a drink row and a rendered label.

Measures (what was sold), shared by the three tills:
  btl          a bottle in the drink's ordinary bottle format (75 cl for a wine, else its
               only bottle format); btl25 / btl33 / btl50 / btl75 / btl100 name the size
  half, mag    a 37.5 cl half bottle, a 150 cl magnum (entries of their own or none)
  v, v12, v15  a glass (no volume = 12.5 cl), cp a coupe of champagne (12.5 cl)
  p25, p50     a pichet of 25 / 50 cl
  dose, d2     a 4 cl dose, a 2 cl dose
  demi, pinte  25 / 50 cl of a draught beer (its keg)
  unit         a dish, a hot drink or a service
"""

POUR_CL = {"v": 12.5, "cp": 12.5, "v12": 12, "v15": 15, "p25": 25, "p50": 50,
           "dose": 4, "d2": 2, "demi": 25, "pinte": 50}
WINE_POURS = {"v", "cp", "v12", "v15", "p25", "p50"}
BEER_POURS = {"demi", "pinte"}
SPIRIT_POURS = {"dose", "d2"}


def K(key, meas, text, vint=None, exp="y"):
    """A line keyed for a drink of the library (the answer may still be none for a format)."""
    return {"key": key, "meas": meas, "text": text, "vint": vint, "exp": exp, "why": None}


def N(meas, text, why, vint=None, fam=None):
    """A line for something the library does not hold (fam: wine, beer, spirit, soft,
    hot, food, svc; by default guessed from the measure)."""
    if fam is None:
        fam = ("beer" if meas in BEER_POURS else "spirit" if meas in SPIRIT_POURS
               else "food" if meas == "unit" else "wine")
    return {"key": None, "meas": meas, "text": text, "vint": vint, "exp": "n", "why": why,
            "fam": fam}


def is_wine(row):
    return row[6] in ("vin", "champagne")


def sought_format(row, meas):
    """The format_cl the measure refers to, or None when the drink is not held so."""
    fmts = sorted({f for _, f in row[7]})
    bottle_fmts = [f for f in fmts if f < 2000]
    if meas == "btl":
        if 75 in fmts and is_wine(row):
            return 75
        return bottle_fmts[0] if len(bottle_fmts) == 1 else None
    if meas.startswith("btl"):
        size = float(meas[3:])
        return size if size in fmts else None
    if meas == "half":
        return 37.5 if 37.5 in fmts else None
    if meas == "mag":
        return 150 if 150 in fmts else None
    if meas in WINE_POURS:
        if 75 in fmts:
            return 75
        return fmts[0] if len(fmts) == 1 else None
    if meas in BEER_POURS:
        kegs = [f for f in fmts if f >= 2000]
        return kegs[0] if kegs else None
    if meas in SPIRIT_POURS:
        return bottle_fmts[0] if len(bottle_fmts) == 1 else None
    raise ValueError(meas)


def answer(row, ids, meas, vintage):
    """(expect, beverage_id, also_ok, units, note_tail) for a keyed drink row.

    ids: the library ids of the row's entries, in the row's order.
    vintage: the vintage READ BACK from the rendered label (or None)."""
    fmt = sought_format(row, meas)
    if fmt is None:
        return "none", None, [], None, ""
    ents = [(v, i) for (v, f), i in zip(row[7], ids, strict=False) if f == fmt]
    units = 1 if meas.startswith("btl") or meas in ("half", "mag") else round(POUR_CL[meas] / fmt, 4)
    vints = sorted(v for v, _ in ents if v is not None)
    byv = dict(ents)
    if not vints:
        return "yes", ents[0][1], [], units, ""
    if vintage is None:
        best = vints[-1]
        return "yes", byv[best], [byv[v] for v in vints if v != best], units, ""
    if vintage in byv:
        return "yes", byv[vintage], [], units, ""
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    return ("almost", byv[best], [byv[v] for v in vints if v != best], units,
            f"label vintage {vintage} not held, has {vints}")
