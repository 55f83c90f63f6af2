"""The bench README's answer rules, applied to what the rendered label says."""

from auxerre_tills import BOTTLE_CL, DRAUGHT_CL, POUR_CL


def rnd(x):
    x = round(x, 4)
    return int(x) if x == int(x) else x


def answer(drink, entries, meas, vintage):
    """drink: tuple from DRINKS; entries: {(fmt, vintage): id}. Returns
    (expect, beverage_id, also_ok, units, why)."""
    key, _name, _prod, _app, _region, _country, _colour, cat, fm = drink
    wine = cat in ("vin", "champagne")
    if meas == "CART6":
        return "none", None, [], None, "a case of six: format not held"
    if meas in DRAUGHT_CL:
        kegs = [f for f in fm if f >= 2000]
        if cat != "bière" or not kegs:
            return "none", None, [], None, "not on draught"
        fmt, units = kegs[0], DRAUGHT_CL[meas] / kegs[0]
    elif meas in POUR_CL:
        if cat in ("bière", "soft"):
            raise ValueError(f"pour of a beer or soft: {key}")
        if 75 in fm:
            fmt = 75
        else:
            fmts = [f for f in fm if f not in (37.5, 150)]
            assert len(fmts) == 1, key
            fmt = fmts[0]
        units = POUR_CL[meas] / fmt
    else:
        if meas == "BTL":
            if wine:
                fmt = 75
            else:
                fmts = [f for f in fm if f < 2000]
                assert len(fmts) == 1, key
                fmt = fmts[0]
        else:
            fmt = BOTTLE_CL[meas]
        if fmt not in fm:
            return "none", None, [], None, f"format not held ({fmt} cl)"
        units = 1
    vints = sorted(fm[fmt], key=lambda v: v or 0)
    if vintage is None or vints == [None]:
        if vintage is not None:
            raise ValueError(f"vintage on a non-vintage drink: {key}")
        best = vints[-1]
        return (
            "yes",
            entries[(key, fmt, best)],
            [entries[(key, fmt, v)] for v in vints if v != best],
            rnd(units),
            "",
        )
    if vintage in vints:
        return "yes", entries[(key, fmt, vintage)], [], rnd(units), ""
    best = sorted(vints, key=lambda v: (abs(v - vintage), -v))[0]
    return (
        "almost",
        entries[(key, fmt, best)],
        [entries[(key, fmt, v)] for v in vints if v != best],
        rnd(units),
        "label vintage %d not held, has %s" % (vintage, vints),
    )
