"""The bench README's answer rules, and reading a vintage back from a rendered label."""
import re

from aurillac_tills import MEASURES, WINE_FAMS


def read_vintage(till, label):
    if till == "bar":
        name = label.split(" *")[0]
        fam = name[:2]
        m = re.search(r" (\d{2})$", name)
        if fam in WINE_FAMS and m:
            return 2000 + int(m.group(1))
        return None
    if till == "appli":
        m = re.search(r" (\d{2}) - [0-9.]+e$", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "compta":
        v = label.split(";")[3]
        return int(v) if v else None
    raise ValueError(till)


def target_format(formats, meas):
    kind, cl = MEASURES[meas]
    if kind == "bottle":
        return cl
    if kind == "pour":
        if 75 in formats:
            return 75
        ordinary = [f for f in formats if f not in (37.5, 150) and f < 2000]
        return ordinary[0] if len(ordinary) == 1 else None
    if kind == "keg":
        kegs = [f for f in formats if f >= 2000]
        return kegs[0] if kegs else None
    return None


def answer(drink_formats, ids, meas, vintage):
    """drink_formats: {fmt: [vintages]}; ids: {(fmt, vintage): id}.
    Returns (expect, beverage_id, also_ok, units, why)."""
    fmt = target_format(drink_formats, meas)
    if fmt is None or fmt not in drink_formats:
        return "none", None, [], None, "format not held"
    kind, cl = MEASURES[meas]
    units = 1 if kind == "bottle" else round(cl / fmt, 4)
    vints = sorted(drink_formats[fmt], key=lambda v: -1 if v is None else v)
    if vints == [None]:
        return "yes", ids[(fmt, None)], [], units, ""
    if vintage is None:
        best = vints[-1]
        return "yes", ids[(fmt, best)], [ids[(fmt, v)] for v in vints if v != best], units, ""
    if vintage in vints:
        return "yes", ids[(fmt, vintage)], [], units, ""
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    why = "label vintage %d not held, has %s" % (vintage, vints)
    return "almost", ids[(fmt, best)], [ids[(fmt, v)] for v in vints if v != best], units, why
