"""The bench README's answer rules, applied to a drink key, a measure and the label's vintage."""
from roanne_drinks import DRINKS

# canonical measures: kind, volume in cl
MEASURES = {
    "btl": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "c25": ("bottle", 25), "c33": ("bottle", 33), "c50": ("bottle", 50),
    "c70": ("bottle", 70), "c100": ("bottle", 100),
    "vr": ("pour", 12.5), "cp": ("pour", 12.5), "vr10": ("pour", 10), "vr15": ("pour", 15),
    "p25": ("pour", 25), "p50": ("pour", 50), "pot": ("pour", 46),
    "d2": ("pour", 2), "d4": ("pour", 4), "dose": ("pour", 4),
    "demi": ("draught", 25), "pinte": ("draught", 50),
    "": (None, None),
}

BY_KEY = {d[0]: d for d in DRINKS}
DIGESTIFS = {"cartron_marc", "chartreuse_verte", "chartreuse_jaune", "remy_vsop", "remy_xo",
             "ferrand_1840", "roque_prune", "drouin_hda"}


def ordinary_format(fmts):
    """75 cl if held, else the only format that is neither a half, a magnum nor a keg."""
    if 75 in fmts:
        return 75
    rest = [f for f in fmts if f not in (37.5, 150) and f < 2000]
    return rest[0] if len(rest) == 1 else None


def fmt_num(f):
    return int(f) if float(f).is_integer() else f


def units(x):
    x = round(x, 4)
    return int(x) if float(x).is_integer() else x


def answer(key, meas, vint):
    """-> (expect, (key, format, vintage) or None, [also_ok (key, format, vintage)], units, reason)."""
    d = BY_KEY[key]
    fmts = d[8]
    kind, vol = MEASURES[meas]
    cat = d[7]
    if kind == "bottle":
        if vol is None:
            if cat in ("vin", "champagne"):
                target = 75
            else:
                nk = [f for f in fmts if f < 2000]
                assert len(nk) == 1, (key, meas)
                target = nk[0]
        else:
            target = vol
        u = 1
    elif kind == "pour":
        target = ordinary_format(fmts)
        u = None if target is None else vol / target
    elif kind == "draught":
        kegs = [f for f in fmts if f >= 2000]
        target = kegs[0] if kegs else None
        u = None if target is None else vol / target
    else:
        raise ValueError(meas)
    if target is None or target not in fmts:
        return "none", None, [], None, "format not held" if kind != "draught" else "not on draught"
    vs = fmts[target]
    if vint is not None:
        assert vs != [None], (key, "vintage on a non-vintage drink")
        if vint in vs:
            return "yes", (key, target, vint), [], units(u), ""
        best = sorted(vs, key=lambda v: (abs(v - vint), -v))[0]
        return ("almost", (key, target, best), [(key, target, v) for v in sorted(vs) if v != best],
                units(u), "label vintage %d not in library, has %s" % (vint, sorted(vs)))
    best = max(vs, key=lambda v: -1 if v is None else v)
    return "yes", (key, target, best), [(key, target, v) for v in sorted(vs, key=lambda v: v or 0) if v != best], units(u), ""
