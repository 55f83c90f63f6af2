"""The bench README's answer rules, applied to a rendered label (its measure and vintage)."""

from guinguette_tills import BOTTLE_FORMAT, DRAUGHT, VOLUME

KEG_MIN = 1000      # a keg's format (2,000 or 3,000 cl); a bag-in-box is 500 cl


def ordinary_format(drink):
    """The wine's ordinary bottle: its 75 cl entry, or its only format."""
    formats = sorted({f for _, f in drink["entries"]})
    if 75 in formats:
        return 75
    if len(formats) == 1:
        return formats[0]
    raise ValueError("no ordinary bottle for %s" % drink["key"])


def target_format(drink, measure):
    """The format a sale in this measure draws on, or (None, reason) when it is not held."""
    wine = drink["category"] == "vin"
    formats = sorted({f for _, f in drink["entries"]})
    if measure in BOTTLE_FORMAT:
        if measure in ("btl", "half", "mag") and not wine:
            raise ValueError("wine bottle word on %s" % drink["key"])
        if measure.startswith("s") and wine:
            raise ValueError("size word on the wine %s" % drink["key"])
        fmt = BOTTLE_FORMAT[measure]
        if fmt not in formats:
            return None, "no %s cl bottle held" % (("%g" % fmt).replace(".", ","))
        return fmt, None
    if measure in DRAUGHT and not wine:
        kegs = [f for f in formats if f >= KEG_MIN]
        if not kegs:
            return None, "not on draught (held only in %s cl)" % "/".join("%g" % f for f in formats)
        return kegs[0], None
    if wine:
        fmt = ordinary_format(drink)
        if measure == "pich1l" and fmt < 500:
            raise ValueError("1 L pichet of a bottled wine %s" % drink["key"])
        return fmt, None
    if measure in ("d2", "d4", "d6"):
        if len(formats) != 1:
            raise ValueError("dose of %s" % drink["key"])
        return formats[0], None
    raise ValueError("measure %s on %s" % (measure, drink["key"]))


def answer(drink, ids, measure, label_vintage):
    """ids: {(vintage, format): id} of the drink. Returns a dict of the answer fields."""
    fmt, reason = target_format(drink, measure)
    if fmt is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None,
                "why": reason}
    held = sorted(v for v, f in drink["entries"] if f == fmt)
    vol = VOLUME[measure]
    units = 1 if vol is None else round(vol / fmt, 4)
    if held == [None]:
        return {"expect": "yes", "beverage_id": ids[(None, fmt)], "also_ok": [],
                "units_per_sale": units, "why": ""}
    if label_vintage in held:
        return {"expect": "yes", "beverage_id": ids[(label_vintage, fmt)], "also_ok": [],
                "units_per_sale": units, "why": ""}
    if label_vintage is None:
        pick, expect, why = held[-1], "yes", ""
    else:
        pick = min(held, key=lambda v: (abs(v - label_vintage), -v))
        expect = "almost"
        why = "label vintage %d not held, has %s" % (label_vintage, held)
    also = [ids[(v, fmt)] for v in held if v != pick]
    return {"expect": expect, "beverage_id": ids[(pick, fmt)], "also_ok": sorted(also),
            "units_per_sale": units, "why": why}
