"""The bench README's answer rules, applied to what the rendered label says."""
from chamonix_tills import POURS

WINEISH = ("vin", "champagne")


def target_format(drink, measure):
    """Return (format_cl, units) or (None, reason)."""
    fmts = drink["formats"]
    bottles = [f for f in fmts if f < 1000]
    cat = drink["category"]
    if measure == "btl":
        if cat in WINEISH:
            return (75, 1) if 75 in fmts else (None, "no 75 cl bottle held")
        if len(bottles) == 1:
            return bottles[0], 1
        raise ValueError("ambiguous bottle for " + drink["key"])
    if measure == "half":
        return (37.5, 1) if 37.5 in fmts else (None, "half bottle not held")
    if measure == "mag":
        return (150, 1) if 150 in fmts else (None, "magnum not held")
    if measure == "clav":
        return (62, 1) if 62 in fmts else (None, "clavelin not held")
    if measure and measure.startswith("cl"):
        f = float(measure[2:])
        f = int(f) if f.is_integer() else f
        return (f, 1) if f in fmts else (None, f"{measure[2:]} cl bottle not held")
    if measure in ("demi", "pinte"):
        kegs = [f for f in fmts if f >= 1000]
        if not kegs:
            return None, "not on draught"
        return kegs[0], round(POURS[measure] / kegs[0], 4)
    if measure in ("dose", "2cl", "4cl"):
        if cat in WINEISH or cat in ("bière", "soft") or len(bottles) != 1:
            raise ValueError("dose of {}".format(drink["key"]))
        return bottles[0], round(POURS[measure] / bottles[0], 4)
    if measure in POURS:
        if cat not in (*WINEISH, "autre"):
            raise ValueError("glass of {}".format(drink["key"]))
        if 75 in fmts:
            base = 75
        else:
            ordinary = [f for f in fmts if f not in (37.5, 150)]
            if len(ordinary) != 1:
                raise ValueError("no ordinary bottle for " + drink["key"])
            base = ordinary[0]
        return base, round(POURS[measure] / base, 4)
    raise ValueError(f"measure {measure!r}")


def answer(drink, measure, vintage):
    """drink: dict with key, category, formats {f: {vintage: id}}. Returns a partial case."""
    f, units = target_format(drink, measure)
    if f is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None,
                "why": units}
    vint_ids = drink["formats"][f]
    vints = sorted(v for v in vint_ids if v is not None)
    if None in vint_ids:  # non-vintage drink
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink " + drink["key"])
        return {"expect": "yes", "beverage_id": vint_ids[None], "also_ok": [], "units_per_sale": units}
    if vintage is None:
        best = vints[-1]
        return {"expect": "yes", "beverage_id": vint_ids[best],
                "also_ok": [vint_ids[v] for v in vints if v != best], "units_per_sale": units}
    if vintage in vint_ids:
        return {"expect": "yes", "beverage_id": vint_ids[vintage], "also_ok": [], "units_per_sale": units}
    best = sorted(vints, key=lambda v: (abs(v - vintage), -v))[0]
    return {"expect": "almost", "beverage_id": vint_ids[best],
            "also_ok": [vint_ids[v] for v in vints if v != best], "units_per_sale": units}
