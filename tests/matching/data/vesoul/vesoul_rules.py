"""The bench README's answer rules, applied to a rendered label's measure and vintage."""
POURS = {"v": 12.5, "v15": 15, "p25": 25, "p50": 50, "dose": 4, "demi": 25, "pinte": 50}
WINE_BOTTLES = {"bt": 75, "half": 37.5, "mag": 150, "clav": 62}

def pour_volume(measure):
    if measure in POURS:
        return POURS[measure]
    if measure.startswith("d") and measure[1:].replace(".", "").isdigit():
        return float(measure[1:])
    return None

def target(row, measure):
    """(format_cl, poured volume or None) that the label asks for, or (None, reason)."""
    cat, formats = row[7], sorted(row[8])
    wine = cat in ("vin", "champagne")
    vol = pour_volume(measure)
    if measure in ("demi", "pinte") and cat == "bière":
        kegs = [f for f in formats if f >= 2000]
        return (kegs[0], vol) if kegs else (None, "a draught measure of a bottled beer")
    if vol is not None:
        if wine:
            return (75 if 75 in formats else (formats[0] if len(formats) == 1 else None)), vol
        assert len(formats) == 1, row[0]
        return formats[0], vol
    if measure in WINE_BOTTLES:
        f = WINE_BOTTLES[measure]
    elif measure.startswith("c"):
        f = float(measure[1:])
        f = int(f) if f == int(f) else f
    elif measure == "":
        f = 75 if wine else (formats[0] if len(formats) == 1 else None)
        assert f is not None, row[0]
    else:
        raise ValueError(measure)
    if f not in formats:
        return None, "%s cl not held" % f
    return f, None

def units(fmt, vol):
    if vol is None:
        return 1
    return round(vol / fmt, 4)

def answer(vintages, label_vintage):
    """vintages held in the format -> (expect, chosen vintage, other vintages)."""
    vs = sorted(vintages, key=lambda v: (v is None, v))
    if vs == [None]:
        return "yes", None, []
    if label_vintage is None:
        best = max(vs)
        return "yes", best, [v for v in vs if v != best]
    if label_vintage in vs:
        return "yes", label_vintage, []
    best = min(vs, key=lambda v: (abs(v - label_vintage), -v))
    return "almost", best, [v for v in vs if v != best]
