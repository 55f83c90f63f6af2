"""The bench README's answer rules, applied to what a printed label says (the drink it names,
the measure and the vintage read back from the label)."""
from bressuire_tills import BOTTLE_CL, DRAUGHT, POUR_CL, cl_value

WINE_CATS = ("vin", "champagne")


class NotHeld(Exception):
    pass


def fmt_txt(f):
    return ("%g" % f).replace(".", ",") + " cl"


def target_format(cat, formats, measure):
    """The entry format a measure asks for. formats: the formats held of that drink."""
    non_keg = sorted(f for f in formats if f < 2000)
    kegs = [f for f in formats if f >= 2000]
    if measure in DRAUGHT:
        if cat != "bière":
            raise ValueError("draught measure on a %s" % cat)
        if not kegs:
            raise NotHeld("held in bottle only (%s), not on draught" % ", ".join(map(fmt_txt, non_keg)))
        return kegs[0]
    if measure in BOTTLE_CL:
        f = BOTTLE_CL[measure]
        if f not in formats:
            raise NotHeld("no %s entry (held: %s)" % (fmt_txt(f), ", ".join(map(fmt_txt, sorted(formats)))))
        return f
    if measure and measure.startswith("cl"):
        f = cl_value(measure)
        if f not in formats:
            raise NotHeld("no %s entry (held: %s)" % (fmt_txt(f), ", ".join(map(fmt_txt, sorted(formats)))))
        return f
    # 'btl' and pours from the bottle: the ordinary bottle
    if cat in WINE_CATS or cat == "autre":
        if 75 in formats:
            return 75
        ordinary = [f for f in non_keg if f not in (37.5, 150)]
        if len(ordinary) == 1:
            return ordinary[0]
        raise ValueError("no ordinary bottle among %r" % formats)
    if measure == "btl" or measure in POUR_CL:
        if len(non_keg) == 1:
            return non_keg[0]
        raise ValueError("several bottle sizes %r: name one" % non_keg)
    raise ValueError("measure %r" % measure)


def units(measure, fmt):
    if measure in POUR_CL:
        u = round(POUR_CL[measure] / fmt, 4)
        return int(u) if u == int(u) else u
    return 1


def answer(entries, cat, measure, vintage):
    """entries: [(id, vintage, format)] of one wine (same name, producer, appellation, colour).
    Returns (expect, beverage_id, also_ok, units, detail)."""
    formats = sorted({f for _, _, f in entries})
    f = target_format(cat, formats, measure)
    same = sorted([(v, i) for i, v, ff in entries if ff == f], key=lambda x: (x[0] or 0))
    vints = [v for v, _ in same]
    u = units(measure, f)
    if vintage is not None and None in vints:
        raise ValueError("vintage on a non-vintage drink")
    if vintage is None:
        v, i = same[-1]
        return "yes", i, [j for _, j in same[:-1]], u, f
    for v, i in same:
        if v == vintage:
            return "yes", i, [], u, f
    best = min(same, key=lambda x: (abs(x[0] - vintage), -x[0]))
    return "almost", best[1], [j for _, j in same if j != best[1]], u, f
