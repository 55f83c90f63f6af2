"""The bench README's answer rules, applied to what a rendered label says.

Measures (internal codes, shared by the three tills):
  B  the drink's ordinary bottle (75 cl for a wine, its only bottle otherwise)
  U  the drink's only bottle (softs, bottled beers), printed without a word on some tills
  H  half bottle 37.5 cl        M  magnum 150 cl        C<n>  a bottle of n cl
  G  glass (12.5 cl)   G15 glass 15 cl   V6 aperitif glass 6 cl   CP coupe (12.5 cl)
  K25 / K50 carafe (pichet) 25 / 50 cl   D dose 4 cl   D2 dose 2 cl
  DE demi 25 cl (draught)   PI pinte 50 cl (draught)   '' no measure (food, services)
"""

POUR_CL = {"G": 12.5, "G15": 15, "V6": 6, "CP": 12.5, "K25": 25, "K50": 50,
           "D": 4, "D2": 2, "DE": 25, "PI": 50}
DRAUGHT = ("DE", "PI")


def num(x):
    return float(x) if "." in str(x) else int(x)


def bottle_formats(drink):
    return sorted(f for f in drink["formats"] if f < 1000)


def ordinary(drink):
    """The ordinary bottle: the 75 cl entry, else the only bottle format, else None."""
    fm = bottle_formats(drink)
    if 75 in fm:
        return 75
    return fm[0] if len(fm) == 1 else None


def target_format(drink, meas):
    """The format the label refers to, or None when the drink has no such entry."""
    fm = drink["formats"]
    if meas in DRAUGHT:
        kegs = [f for f in fm if f >= 1000]
        return kegs[0] if kegs else None
    if meas == "H":
        f = 37.5
    elif meas == "M":
        f = 150
    elif meas.startswith("C") and meas not in POUR_CL:
        f = num(meas[1:])
    elif meas == "U":
        bf = bottle_formats(drink)
        assert len(bf) == 1, (drink["key"], "U on a drink with several bottles")
        f = bf[0]
    elif meas in ("B",) or meas in POUR_CL:
        f = ordinary(drink)
    else:
        raise ValueError(meas)
    return f if f in fm else None


def units(meas, fmt):
    if meas in POUR_CL:
        return round(POUR_CL[meas] / fmt, 4)
    return 1


def answer(drink, meas, vintage, ids):
    """Answer for a label naming `drink` (or None) with measure `meas` and the vintage
    read back from the rendered label.  ids: {(key, format, vintage): id}.
    Returns (expect, beverage_id, also_ok, units, why)."""
    if drink is None:
        return "none", None, [], None, ""
    fmt = target_format(drink, meas)
    if fmt is None:
        return "none", None, [], None, "format not held"
    vs = drink["formats"][fmt]
    u = units(meas, fmt)
    if vs == [None]:
        assert vintage is None, (drink["key"], "vintage on a non-vintage drink")
        return "yes", ids[(drink["key"], fmt, None)], [], u, ""
    if vintage is None:
        best = max(vs)
        return ("yes", ids[(drink["key"], fmt, best)],
                [ids[(drink["key"], fmt, v)] for v in sorted(vs) if v != best], u, "")
    if vintage in vs:
        return "yes", ids[(drink["key"], fmt, vintage)], [], u, ""
    best = min(vs, key=lambda v: (abs(v - vintage), -v))
    return ("almost", ids[(drink["key"], fmt, best)],
            [ids[(drink["key"], fmt, v)] for v in sorted(vs) if v != best], u,
            f"label vintage {vintage} not held, has {sorted(vs)}")
