"""The bench README's answer rules, applied to what was read back from the rendered label."""

import re

POUR = {"glass": 12.5, "g12": 12, "g15": 15, "flute": 12.5, "coupe": 12.5,
        "pichet25": 25, "pichet50": 50}
DOSE = {"dose": 4, "d2": 2, "d4": 4}
DRAUGHT = {"demi": 25, "pinte": 50}
BOTTLE = {"half": 37.5, "mag": 150, "jero": 300}


def units(vol, fmt):
    return round(vol / fmt, 4)


def resolve(drink, measure, vintage):
    """drink: dict(category, formats {fmt: [(vintage, id)]}). Returns
    (expect, id, also_ok, units, reason) with expect in yes/almost/none."""
    cat = drink["category"]
    fmts = drink["formats"]
    bottles = [f for f in fmts if f < 1000]
    kegs = [f for f in fmts if f >= 1000]
    if measure in BOTTLE or measure == "btl" or re.fullmatch(r"c[\d.]+", measure):
        if measure == "btl":
            if cat in ("vin", "champagne") or 75 in bottles:
                fmt = 75
            elif len(bottles) == 1:
                fmt = bottles[0]
            else:
                raise ValueError("ambiguous bottle")
        elif measure in BOTTLE:
            fmt = BOTTLE[measure]
        else:
            fmt = float(measure[1:])
            fmt = int(fmt) if fmt.is_integer() else fmt
        if fmt not in bottles:
            return "none", None, [], None, f"format not held ({fmt} cl)"
        u = 1
    elif measure in POUR:
        if cat in ("spiritueux", "bière", "soft"):
            raise ValueError("glass of a " + cat)
        ordinary = [f for f in bottles if f == 75] or [f for f in bottles if f not in (37.5, 150)]
        if len(ordinary) != 1:
            return "none", None, [], None, "no ordinary bottle to pour from"
        fmt = ordinary[0]
        u = units(POUR[measure], fmt)
    elif measure in DOSE:
        if cat not in ("spiritueux", "autre") or len(bottles) != 1:
            raise ValueError("dose of " + drink["name"])
        fmt = bottles[0]
        u = units(DOSE[measure], fmt)
    elif measure in DRAUGHT:
        if cat != "bière":
            raise ValueError("draught of non-beer")
        if not kegs:
            return "none", None, [], None, "not on draught"
        fmt = kegs[0]
        u = units(DRAUGHT[measure], fmt)
    else:
        raise ValueError(f"no measure for a drink: {measure!r}")
    vins = sorted(fmts[fmt], key=lambda x: (x[0] or 0))
    ids = dict(vins)
    if vintage is None or list(ids) == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        best = vins[-1][1]
        return "yes", best, [i for v, i in vins if i != best], u, ""
    if vintage in ids:
        return "yes", ids[vintage], [], u, ""
    best = min(vins, key=lambda x: (abs(x[0] - vintage), -x[0]))
    return ("almost", best[1], [i for v, i in vins if i != best[1]], u,
            "label vintage %d not held, has %s" % (vintage, [v for v, i in vins]))
