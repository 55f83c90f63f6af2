"""The bench README's answer rules, applied to a rendered label."""
import re

POURS = {"vre": 12.5, "v15": 15, "p25": 25, "p50": 50, "cp": 12.5, "dose": 4, "2cl": 2, "6cl": 6}
DRAUGHT = {"demi": 25, "pinte": 50}
SIZES = {"b25": 25, "b33": 33, "b50": 50, "b75": 75, "b100": 100, "half": 37.5, "mag": 150}
WINE_CATS = ("vin", "champagne")


def read_vintage(till, label):
    """The vintage printed on a rendered label, or None."""
    if till == "comptoir":
        toks = label.split(".")
        if toks[0] in ("VR", "VB", "VRS", "CHP") and re.fullmatch(r"\d\d", toks[-1]) and len(toks) > 2:
            return 2000 + int(toks[-1])
        return None
    if till == "tablette":
        for t in label.split(" ")[:-1]:
            if re.fullmatch(r"\d{4}", t) and 1950 <= int(t) <= 2030:
                return int(t)
        return None
    if till == "bar":
        toks = label.split(" ")
        if len(toks) > 3 and re.fullmatch(r"\d\d", toks[-1]):
            return 2000 + int(toks[-1])
        return None
    raise ValueError(till)


def target_format(drink, meas):
    """(format_cl, volume poured or None for a whole bottle) or (None, reason)."""
    fmts = list(drink["formats"])
    bottles = [f for f in fmts if f < 1000]
    kegs = [f for f in fmts if f >= 1000]
    if meas in DRAUGHT:
        return (kegs[0], DRAUGHT[meas]) if kegs else (None, "no draught of it held")
    if meas in POURS:
        if 75 in bottles:
            return 75, POURS[meas]
        ordinary = [f for f in bottles if f not in (37.5, 150)]
        return (ordinary[0], POURS[meas]) if len(ordinary) == 1 else (None, "no ordinary bottle")
    if meas == "btl":
        if drink["category"] in WINE_CATS:
            return (75, None) if 75 in bottles else (None, "75 cl not held")
        return (bottles[0], None) if len(bottles) == 1 else (None, "no single bottle")
    f = SIZES[meas]
    return (f, None) if f in bottles else (None, "%s cl not held" % (f if f != int(f) else int(f)))


def answer(drink, meas, label_vintage, ids):
    """expect, beverage_id, also_ok, units, note-suffix. ids: {(format, vintage): id}."""
    fmt, vol = target_format(drink, meas)
    if fmt is None:
        return "none", None, [], None, vol
    vints = sorted(v for (f, v) in ids if f == fmt)
    units = 1 if vol is None else round(vol / fmt, 4)
    if vints == [None]:
        assert label_vintage is None, (drink["name"], label_vintage)
        return "yes", ids[(fmt, None)], [], units, ""
    if label_vintage is None:
        best = max(vints)
        return "yes", ids[(fmt, best)], [ids[(fmt, v)] for v in vints if v != best], units, ""
    if label_vintage in vints:
        return "yes", ids[(fmt, label_vintage)], [], units, ""
    best = min(vints, key=lambda v: (abs(v - label_vintage), -v))
    return ("almost", ids[(fmt, best)], [ids[(fmt, v)] for v in vints if v != best], units,
            "label vintage %d not held, has %s" % (label_vintage, vints))
