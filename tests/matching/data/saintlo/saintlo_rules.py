"""The bench README's answer rules, applied to a rendered label's measure and vintage."""
from saintlo_tills import BOTTLE_CL, DRAUGHT_CL, POUR_CL


class RuleError(Exception):
    pass


def ordinary_format(drink):
    fmts = sorted({f for _, f in drink["entries"] if f < 1000})
    if 75 in fmts:
        return 75
    small = [f for f in fmts if f not in (37.5, 150)] if drink["colour"] else fmts
    if len(small) == 1:
        return small[0]
    return None


def wanted_format(drink, measure):
    """(format_cl, units) the measure asks of this drink, or (None, reason)."""
    kegs = [f for _, f in drink["entries"] if f >= 1000]
    if measure in DRAUGHT_CL:
        if not kegs:
            return None, "draught of a drink not held on keg"
        return kegs[0], round(DRAUGHT_CL[measure] / kegs[0], 4)
    if measure in POUR_CL:
        fmt = ordinary_format(drink)
        if fmt is None:
            return None, "pour of a drink with no ordinary bottle"
        return fmt, round(POUR_CL[measure] / fmt, 4)
    if measure in BOTTLE_CL:
        return BOTTLE_CL[measure], 1
    if measure == "NONE":
        fmt = ordinary_format(drink)
        if fmt is None:
            return None, "no measure"
        return fmt, 1
    raise RuleError(measure)


def answer(drink, ids, measure, vintage):
    """ids: {(vintage, format): id}. Returns (expect, beverage_id, also_ok, units, reason)."""
    fmt, units = wanted_format(drink, measure)
    if fmt is None:
        return "none", None, [], None, units
    held = sorted(v for (v, f) in ids if f == fmt)
    if not held:
        return "none", None, [], None, "format not held"
    if vintage is None or held == [None]:
        if vintage is not None:
            raise RuleError("vintage on a non-vintage drink")
        best = held[-1]
        return "yes", ids[(best, fmt)], [ids[(v, fmt)] for v in held if v != best], units, ""
    if vintage in held:
        return "yes", ids[(vintage, fmt)], [], units, ""
    best = min(held, key=lambda v: (abs(v - vintage), -v))
    return "almost", ids[(best, fmt)], [ids[(v, fmt)] for v in held if v != best], units, \
        "label vintage %d not in library, has %s" % (vintage, held)
