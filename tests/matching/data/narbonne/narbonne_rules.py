"""The bench README's answer rules, applied to a family, a canonical measure and the
vintage read back from the rendered label."""
from narbonne_drinks import FAMILIES

FAM = {f[0]: f for f in FAMILIES}
# canonical measures: bottles
BOTTLE = {"bt": None, "mag": 150, "half": 37.5, "fut": "keg"}
# pours: volume in cl; "draught" pours only from a keg
POUR = {"vr": 12.5, "v15": 15, "p25": 25, "p50": 50, "ds": 4, "cp": 12.5}
DRAUGHT = {"demi": 25, "pinte": 50}


def bottle_size(measure):
    if measure.startswith("b") and measure[1:].replace(".", "").isdigit():
        s = float(measure[1:])
        return int(s) if s.is_integer() else s
    return None


def fmt_and_units(fam, measure):
    """Return (format held, units) or (None, None) when the format is not held."""
    key, name, prod, app, region, colour, cat, fmts = fam
    held = list(fmts)
    kegs = [f for f in held if f >= 1000]
    plain = [f for f in held if f < 1000]
    if measure in DRAUGHT:
        if cat != "bière" or not kegs:
            return None, None
        return kegs[0], round(DRAUGHT[measure] / kegs[0], 4)
    if measure == "fut":
        return (kegs[0], 1) if kegs else (None, None)
    if measure in POUR:
        if cat == "bière":
            return None, None
        if 75 in plain:
            f = 75
        elif len(plain) == 1:
            f = plain[0]
        else:
            return None, None
        return f, round(POUR[measure] / f, 4)
    if measure == "bt":
        if cat in ("vin", "champagne"):
            f = 75
        elif len(plain) == 1:
            f = plain[0]
        else:
            return None, None
        return (f, 1) if f in plain else (None, None)
    if measure in ("mag", "half"):
        f = BOTTLE[measure]
        return (f, 1) if f in plain else (None, None)
    s = bottle_size(measure)
    if s is not None:
        return (s, 1) if s in plain else (None, None)
    raise ValueError("unknown measure %r" % measure)


def answer(key, measure, vintage, index):
    """(expect, beverage_id, also_ok, units, reason) for a rendered label."""
    if key == "-":
        return "none", None, [], None, ""
    fam = FAM[key]
    f, units = fmt_and_units(fam, measure)
    if f is None:
        return "none", None, [], None, "format not held"
    vints = fam[7][f]
    ids = {v: index[(key, f, v)] for v in vints}
    if vints == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink: %s" % key)
        return "yes", ids[None], [], units, ""
    if vintage is not None and vintage in ids:
        return "yes", ids[vintage], [], units, ""
    if vintage is None:
        best = max(vints)
        return "yes", ids[best], sorted(ids[v] for v in vints if v != best), units, \
            "no vintage on the label: most recent"
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    return "almost", ids[best], sorted(ids[v] for v in vints if v != best), units, \
        "label vintage %d not held, has %s" % (vintage, sorted(vints))
