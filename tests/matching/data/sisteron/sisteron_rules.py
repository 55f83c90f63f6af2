"""The bench README's answer rules, applied to a rendered label."""
from sisteron_tills import VOLUME, bottle_cl


def entry_format(fam_formats, meas, category):
    """The format of the library entry a sale of `meas` refers to (None: not held)."""
    fmts = list(fam_formats)
    plain = [f for f in fmts if f not in (37.5, 150) and f < 1000]
    if meas in ("DEMI", "PINTE"):
        kegs = [f for f in fmts if f >= 1000]
        return kegs[0] if kegs else None
    if meas == "B" or meas[0] in "GP":
        if 75 in fmts:
            return 75
        return plain[0] if len(plain) == 1 else None
    if meas[0] == "D":
        return plain[0] if len(plain) == 1 else None
    if meas.startswith("B"):
        cl = bottle_cl(meas)
        return cl if cl in fmts else None
    return None


def answer(entries, meas, label_vintage):
    """entries: [(id, vintage)] of the wine in that format. Returns (expect, id, also_ok)."""
    vints = sorted(entries, key=lambda e: (e[1] is None, e[1] or 0))
    if label_vintage is None or all(v is None for _, v in vints):
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        best = vints[-1]
        return "yes", best[0], [i for i, _ in vints if i != best[0]]
    for i, v in vints:
        if v == label_vintage:
            return "yes", i, []
    best = sorted(vints, key=lambda e: (abs(e[1] - label_vintage), -e[1]))[0]
    return "almost", best[0], [i for i, _ in vints if i != best[0]]


def units(meas, fmt):
    if meas.startswith("B"):
        return 1
    u = round(VOLUME[meas] / fmt, 4)
    return int(u) if u == int(u) else u
