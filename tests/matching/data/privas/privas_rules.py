"""The bench README's answer rules, applied to a rendered label."""
from privas_tills import POUR_CL, SIZE_CL


def target_format(drink, measure):
    """The format a sale of `drink` with `measure` draws on, or None if not held."""
    fmts = list(drink["formats"])
    bottles = [f for f in fmts if f < 2000]
    kegs = [f for f in fmts if f >= 2000]
    if measure in ("DEMI", "PINTE") and drink["category"] == "bière":
        return kegs[0] if kegs else None
    if measure in SIZE_CL:
        f = SIZE_CL[measure]
        return f if f in fmts else None
    # a bottle or a pour: the ordinary bottle (75 cl, or the only bottle format)
    if drink["category"] in ("vin", "champagne"):
        if 75 in fmts:
            return 75
        plain = [f for f in bottles if f not in (37.5, 150)]
        return plain[0] if len(plain) == 1 else None
    if len(bottles) == 1:
        return bottles[0]
    raise ValueError("ambiguous bottle for %s" % drink["key"])


def units(measure, fmt):
    if measure in POUR_CL:
        return round(POUR_CL[measure] / fmt, 4)
    return 1


def answer(group, label_vintage):
    """group: list of (vintage, id) of one wine in one format.
    Returns expect, beverage_id, also_ok."""
    group = sorted(group, key=lambda t: (t[0] or 0))
    ids = [i for _, i in group]
    vints = [v for v, _ in group]
    if label_vintage is None or vints == [None]:
        best = ids[-1]
        return "yes", best, [i for i in ids if i != best]
    if label_vintage in vints:
        return "yes", ids[vints.index(label_vintage)], []
    best_v = min(vints, key=lambda v: (abs(v - label_vintage), -v))
    best = ids[vints.index(best_v)]
    return "almost", best, [i for i in ids if i != best]
