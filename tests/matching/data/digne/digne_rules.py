"""The bench README's answer rules, applied to a rendered label.

Measures (till-independent codes used by the case modules):
  btl  the bottle (75 cl for a wine; the drink's only bottle otherwise)
  half 37.5 cl bottle, mag 150 cl bottle, bNN a bottle of NN cl (b33, b25, b50, b100, b70)
  gl   a glass without volume (12.5 cl); g12 / g15 a 12 / 15 cl glass
  p25 / p50  a carafe of 25 / 50 cl
  d2 / d4    a 2 / 4 cl dose
  demi / k33 / pinte  25 / 33 / 50 cl drawn from the keg
  u    a unit of food or a service (no drink)
"""
POUR = {"gl": 12.5, "g12": 12, "g15": 15, "p25": 25, "p50": 50, "d2": 2, "d4": 4}
DRAUGHT = {"demi": 25, "k33": 33, "pinte": 50}
BOTTLE = {"half": 37.5, "mag": 150}


def ordinary(fmts):
    """The drink's ordinary bottle: 75 cl if held, else its only non-keg format."""
    small = [f for f in fmts if f < 1000]
    if 75 in small:
        return 75
    if len(small) == 1:
        return small[0]
    return None


def target_format(drink, meas):
    """(format_cl the measure refers to, volume poured or None for a whole bottle)."""
    fmts = drink["formats"]
    if meas == "btl":
        if drink["category"] in ("vin", "champagne"):
            return 75, None
        return ordinary(fmts), None
    if meas in BOTTLE:
        return BOTTLE[meas], None
    if meas.startswith("b") and meas[1:].isdigit():
        return float(meas[1:]), None
    if meas in POUR:
        return ordinary(fmts), POUR[meas]
    if meas in DRAUGHT:
        kegs = [f for f in fmts if f >= 1000]
        return (kegs[0] if kegs else -1), DRAUGHT[meas]
    return None, None


def units(vol, fmt):
    if vol is None:
        return 1
    return round(vol / fmt, 4)


def answer(drink, meas, label_vintage, entries):
    """entries: library rows.  Returns (expect, beverage_id, also_ok, units, why)."""
    if drink is None:
        return "none", None, [], None, None
    fmt, vol = target_format(drink, meas)
    rows = [e for e in entries if e["_key"] == drink["key"] and fmt is not None
            and float(e["format_cl"]) == float(fmt)]
    if not rows:
        return "none", None, [], None, "format %s cl not held" % (int(fmt) if fmt == int(fmt) else fmt)
    u = units(vol, rows[0]["format_cl"])
    held = sorted((e["vintage"] for e in rows if e["vintage"] is not None), reverse=True)
    by_v = {e["vintage"]: e["id"] for e in rows}
    if not held:
        return "yes", rows[0]["id"], [], u, None
    if label_vintage is None:
        return "yes", by_v[held[0]], [by_v[v] for v in sorted(held[1:])], u, None
    if label_vintage in by_v:
        return "yes", by_v[label_vintage], [], u, None
    best = sorted(held, key=lambda v: (abs(v - label_vintage), -v))[0]
    return ("almost", by_v[best], [by_v[v] for v in sorted(held) if v != best], u,
            "label vintage %d not in library, has %s" % (label_vintage, sorted(held)))
