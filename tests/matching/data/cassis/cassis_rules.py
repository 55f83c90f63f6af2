"""The bench README's answer rules, applied to what the rendered label says."""
import re

from cassis_tills import DRAUGHT_CL, POUR_CL, WINE_FAMS

KEG_MIN = 2000


def label_format(fam, formats, meas):
    """The entry format the label refers to, or (None, reason)."""
    fmts = sorted(formats)
    bottles = [f for f in fmts if f < KEG_MIN]
    if meas == "B":
        if fam in WINE_FAMS:
            return 75, None
        if len(bottles) == 1:
            return bottles[0], None
        raise ValueError("bottle of a drink held in several sizes needs a size")
    if meas == "H":
        return 37.5, None
    if meas == "M":
        return 150, None
    if re.fullmatch(r"C[\d.]+", meas):
        return float(meas[1:]) if "." in meas else int(meas[1:]), None
    if meas in POUR_CL:
        if 75 in formats:
            return 75, None
        if len(bottles) == 1:
            return bottles[0], None
        return None, "no ordinary bottle to pour from"
    if meas in DRAUGHT_CL:
        kegs = [f for f in fmts if f >= KEG_MIN]
        if kegs:
            return kegs[0], None
        return None, "draught measure, the beer is held only in bottle"
    raise ValueError(meas)


def fmt_txt(f):
    return ("%g" % f) + " cl"


def answer(prod, meas, vintage, ids):
    """prod: (key, name, producer, ..., formats). Returns expect, id, also_ok, units, note."""
    key, name, producer = prod[0], prod[1], prod[2]
    fam, formats = prod[7], prod[8]
    base = "%s (%s)" % (name, producer)
    fmt, why = label_format(fam, formats, meas)
    if fmt is None:
        return "none", None, [], None, base + ": " + why
    if fmt not in formats:
        held = ", ".join(fmt_txt(f) for f in sorted(formats))
        return "none", None, [], None, "%s: %s not held (library has %s)" % (base, fmt_txt(fmt), held)
    vints = formats[fmt]
    if meas in POUR_CL:
        units = round(POUR_CL[meas] / fmt, 4)
    elif meas in DRAUGHT_CL:
        units = round(DRAUGHT_CL[meas] / fmt, 4)
    else:
        units = 1
    if vints == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink: %s" % key)
        return "yes", ids[(key, fmt, None)], [], units, base
    if vintage is None:
        top = max(vints)
        also = [ids[(key, fmt, v)] for v in sorted(vints) if v != top]
        return "yes", ids[(key, fmt, top)], also, units, base + (", no vintage on the label: most recent %d" % top if also else "")
    if vintage in vints:
        return "yes", ids[(key, fmt, vintage)], [], units, base
    near = sorted(vints, key=lambda v: (abs(v - vintage), -v))[0]
    also = [ids[(key, fmt, v)] for v in sorted(vints) if v != near]
    return ("almost", ids[(key, fmt, near)], also, units,
            "%s: label vintage %d not in library in %s, has %s" % (base, vintage, fmt_txt(fmt), sorted(vints)))
