"""The bench README's answer rules, applied to what a rendered label says."""
import re

from lunel_tills import BOTTLE_CL, POUR_CL, WINE_FAMILIES


def read_vintage(till, label):
    """The vintage as printed on the rendered label (None when there is none)."""
    if till == "caisse":
        fam, _, rest = label.partition("-")
        toks = rest.split()
        if fam in WINE_FAMILIES and len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            return 2000 + int(toks[-1])
        return None
    if till == "pda":
        m = re.search(r" '(\d\d)(?: |$)", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "export":
        body = label.rsplit(" - ", 1)[0]
        m = re.search(r" ((?:19|20)\d\d)$", body)
        return int(m.group(1)) if m else None
    raise ValueError(till)


def answer(lib, key, meas, label_vintage):
    """lib: key -> {fmt: [(vintage, id), ...]} ; returns (expect, id, also_ok, units, why)."""
    fmts = lib[key]
    if meas in ("DEMI", "PINTE"):
        kegs = [f for f in fmts if f >= 2000]
        if not kegs:
            return "none", None, [], None, "no draught of it held"
        fmt = kegs[0]
        units = round(POUR_CL[meas] / fmt, 4)
    elif meas in POUR_CL:
        if 75 in fmts:
            fmt = 75
        elif len(fmts) == 1:
            fmt = next(iter(fmts))
        else:
            raise ValueError("no ordinary bottle for %s" % key)
        units = round(POUR_CL[meas] / fmt, 4)
    else:
        fmt = BOTTLE_CL[meas]
        units = 1
        if fmt not in fmts:
            return "none", None, [], None, "format %s cl not held" % fmt
    held = sorted(fmts[fmt], key=lambda p: -(p[0] or 0))  # most recent first
    if label_vintage is None or held[0][0] is None:
        ids = [i for _, i in held]
        return "yes", ids[0], ids[1:], units, ""
    for v, i in held:
        if v == label_vintage:
            return "yes", i, [], units, ""
    best = min(held, key=lambda p: (abs(p[0] - label_vintage), -p[0]))
    return ("almost", best[1], [i for _, i in held if i != best[1]], units,
            "label vintage %d not held, has %s" % (label_vintage, sorted(v for v, _ in held)))
