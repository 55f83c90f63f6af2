"""The bench README's answer rules, applied to a drink key, a measure and the vintage
read back from the RENDERED label."""

# measure code -> (kind, volume in cl)
#   bottle kinds: "btl" (ordinary / only format), "half" 37.5, "mag" 150, "bNN" NN cl
#   pours from the ordinary bottle: glasses, coupe, pichets, bolée, doses
#   draught: from the keg entry
POURS = {"g": 12.5, "g12": 12, "g15": 15, "cp": 12.5, "p25": 25, "p50": 50,
         "bolee": 25, "dose": 4, "d2": 2}
DRAUGHT = {"demi": 25, "pinte": 50}
SIZES = {"half": 37.5, "mag": 150}


def is_keg(fmt):
    return fmt >= 2000


def ordinary_format(drink):
    fmts = sorted({f for _, f in drink[8] if not is_keg(f)})
    if 75 in fmts:
        return 75
    rest = [f for f in fmts if f not in (37.5, 150)]
    return rest[0] if len(rest) == 1 else None


def target(drink, meas):
    """(format wanted, pour volume or None for a whole bottle)."""
    if meas == "btl":
        if drink[7] in ("vin", "champagne"):
            return 75, None
        fmts = {f for _, f in drink[8] if not is_keg(f)}
        return (fmts.pop() if len(fmts) == 1 else None), None
    if meas in SIZES:
        return SIZES[meas], None
    if meas.startswith("b") and meas[1:].isdigit():
        return int(meas[1:]), None
    if meas in POURS:
        return ordinary_format(drink), POURS[meas]
    if meas in DRAUGHT:
        kegs = [f for _, f in drink[8] if is_keg(f)]
        return (kegs[0] if kegs else None), DRAUGHT[meas]
    raise ValueError(meas)


def answer(drink, ids, meas, vintage):
    """ids: {(vintage, format): id}. Returns (expect, beverage_id, also_ok, units, why)."""
    fmt, vol = target(drink, meas)
    cands = sorted([(v, i) for (v, f), i in ids.items() if f == fmt],
                   key=lambda t: (t[0] or 0))
    if fmt is None or not cands:
        return "none", None, [], None, "format not held"
    units = 1 if vol is None else round(vol / fmt, 4)
    vints = [v for v, _ in cands]
    if vintage is None:
        best = cands[-1][1]
        return "yes", best, [i for _, i in cands if i != best], units, ""
    if vintage in vints:
        return "yes", dict(cands)[vintage], [], units, ""
    if vints == [None]:
        raise ValueError("vintage on a non-vintage drink")
    best_v = min(vints, key=lambda v: (abs(v - vintage), -v))
    best = dict(cands)[best_v]
    return ("almost", best, [i for _, i in cands if i != best], units,
            f"label vintage {vintage} not held, has {vints}")
