"""The bench README's answer rules, applied to a (drink, measure, label vintage)."""
from sete_tills import MEASURES


def units(vol, fmt):
    u = round(vol / fmt, 4)
    return 1 if u == 1 else u


def pick_format(drink, meas):
    """(format_cl, units) of the library entry one sale of this measure uses, or (None, reason)."""
    key, _name, _prod, _app, _reg, _cty, _colour, cat, fmts = drink
    kind, vol = MEASURES[meas]
    kegs = [f for f in fmts if f >= 2000]
    bottles = [f for f in fmts if f < 2000]
    if kind == "draught" or (kind == "ecocup" and cat == "bière"):
        if not kegs:
            return None, "not on draught"
        return kegs[0], units(vol, kegs[0])
    if kind in ("pour", "ecocup"):
        if cat in ("bière", "soft"):
            raise ValueError(f"pour of {key}")
        ordinary = 75 if 75 in fmts else (bottles[0] if len(bottles) == 1 else None)
        if ordinary is None:
            raise ValueError(f"no ordinary bottle for {key}")
        return ordinary, units(vol, ordinary)
    if kind == "dose":
        if cat not in ("spiritueux", "autre") or len(bottles) != 1:
            raise ValueError(f"dose of {key}")
        return bottles[0], units(vol, bottles[0])
    if kind == "half":
        return (37.5, 1) if 37.5 in fmts else (None, "format not held (no half bottle)")
    if kind == "mag":
        return (150, 1) if 150 in fmts else (None, "format not held (no magnum)")
    if kind == "bottle":
        if vol is None:
            if cat in ("vin", "champagne"):
                return (75, 1) if 75 in fmts else (None, "format not held (no 75 cl)")
            if len(bottles) != 1:
                raise ValueError(f"bare bottle of {key} with several sizes")
            return bottles[0], 1
        return (vol, 1) if vol in fmts else (None, f"format not held (no {vol:g} cl)")
    raise ValueError(f"measure {meas!r} on drink {key}")


def answer(drink, fmt, label_vintage, ids):
    """ids: {vintage: id} of the drink in that format. -> expect, beverage_id, also_ok."""
    vints = sorted(ids, key=lambda v: (v is None, v or 0))
    if label_vintage is None or vints == [None]:
        if label_vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        best = vints[-1]
        return "yes", ids[best], [ids[v] for v in vints if v != best]
    if label_vintage in ids:
        return "yes", ids[label_vintage], []
    best = min(vints, key=lambda v: (abs(v - label_vintage), -v))
    return "almost", ids[best], [ids[v] for v in vints if v != best]
