"""The bench README's answer rules, applied to what the RENDERED label says."""

# measure code -> poured volume in cl (a pour of the ordinary bottle)
POURS = {"G": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50, "C": 12.5,
         "D": 4, "D2": 2, "D6": 6}
# draught measures, poured from a keg
DRAUGHT = {"DEMI": 25, "PINTE": 50}
# explicit bottle / can sizes
SIZES = {"S25": 25, "S33": 33, "S50": 50, "S70": 70, "S75": 75, "S100": 100}
# wine bottle words
BOTTLES = {"B": None, "H": 37.5, "M": 150}
POURABLE = {"vin", "champagne", "autre", "spiritueux"}


def fmt_cl(x):
    return int(x) if float(x).is_integer() else x


def volume_of(measure, drink):
    """The volume one sale of `measure` pours or sells, in cl (None for non-drinks)."""
    if measure is None:
        return None
    if measure in POURS:
        return POURS[measure]
    if measure in DRAUGHT:
        return DRAUGHT[measure]
    if measure in SIZES:
        return SIZES[measure]
    if measure == "B":
        if drink is None or drink["category"] in ("vin", "champagne"):
            return 75
        fmts = sorted({f for _, f in drink["held"]})
        return fmts[0] if len(fmts) == 1 else None
    return BOTTLES[measure]


def target_format(drink, measure):
    """(format_cl of the entry the sale draws on, is_pour) or (None, reason)."""
    fmts = sorted({f for _, f in drink["held"]})
    cat = drink["category"]
    if measure in POURS:
        if cat not in POURABLE:
            return None, "a pour of a drink held only in bottle or can"
        if 75 in fmts:
            return 75, True
        ordinary = [f for f in fmts if f not in (37.5, 150)]
        if len(ordinary) == 1:
            return ordinary[0], True
        return None, "no ordinary bottle to pour from (a glass never pours from a half or a magnum)"
    if measure in DRAUGHT:
        kegs = [f for f in fmts if f >= 1000]
        if kegs:
            return kegs[0], True
        return None, "a draught measure of a beer not held on draught"
    if measure in SIZES:
        if SIZES[measure] in fmts:
            return SIZES[measure], False
        return None, "a %scl not held" % fmt_cl(SIZES[measure])
    if measure == "B":
        if cat in ("vin", "champagne"):
            if 75 in fmts:
                return 75, False
            return None, "no 75 cl bottle held"
        if len(fmts) == 1:
            return fmts[0], False
        return None, "several formats held, none named"
    if measure == "H":
        return (37.5, False) if 37.5 in fmts else (None, "no half bottle held")
    if measure == "M":
        return (150, False) if 150 in fmts else (None, "no magnum held")
    raise ValueError(measure)


def answer(drink, ids, measure, vintage):
    """Apply the rules. `ids` maps (vintage, format) -> id. Returns a dict."""
    fmt, how = target_format(drink, measure)
    if fmt is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None,
                "why": how}
    vints = sorted((v for v, f in drink["held"] if f == fmt), key=lambda v: (v is None, v))
    if how:
        units = round(POURS.get(measure, DRAUGHT.get(measure, 0)) / fmt, 4)
    else:
        units = 1
    if vints == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink: %s" % drink["key"])
        return {"expect": "yes", "beverage_id": ids[(None, fmt)], "also_ok": [],
                "units_per_sale": units, "why": None}
    if vintage is None:
        best = max(vints)
        return {"expect": "yes", "beverage_id": ids[(best, fmt)],
                "also_ok": [ids[(v, fmt)] for v in vints if v != best],
                "units_per_sale": units, "why": None}
    if vintage in vints:
        return {"expect": "yes", "beverage_id": ids[(vintage, fmt)], "also_ok": [],
                "units_per_sale": units, "why": None}
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    return {"expect": "almost", "beverage_id": ids[(best, fmt)],
            "also_ok": [ids[(v, fmt)] for v in vints if v != best],
            "units_per_sale": units, "why": "label vintage %d not held, has %s" % (vintage, vints)}
