"""The bench README's answer rules, applied to what a rendered label says.

A label is read back by its till into (measure, vintage); the measure is one of
  B  a bottle in the drink's ordinary format (75 cl for a wine, the only format otherwise)
  H  a half bottle (37.5 cl)        M  a magnum (150 cl)
  C<cl> a bottle of that volume (C33, C25, C50, C100, C20, C75)
  G  a glass without volume (12.5 cl)   G12 / G15 a glass of 12 / 15 cl
  CP a coupe (12.5 cl)   P25 / P50 a pichet of 25 / 50 cl
  D  a dose (4 cl)       D2 a 2 cl dose
  DE a demi of draught (25 cl)   PI a pinte of draught (50 cl)
"""

POUR_CL = {"G": 12.5, "G12": 12, "G15": 15, "CP": 12.5, "P25": 25, "P50": 50,
           "D": 4, "D2": 2, "DE": 25, "PI": 50}
WINE_POURS = {"G", "G12", "G15", "CP", "P25", "P50"}
DOSES = {"D", "D2"}
DRAUGHT = {"DE", "PI"}
WINELIKE = {"vin", "champagne"}


def units(x):
    return float(f"{x:.4f}") if x != int(x) else int(x)


def ordinary_format(formats, category):
    """The drink's ordinary bottle: 75 cl if held, else its only bottle format."""
    bottles = [f for f in formats if f < 1000]
    if 75 in bottles:
        return 75
    if len(bottles) == 1 and bottles[0] not in (37.5, 150):
        return bottles[0]
    return None


def target_format(product, measure):
    """(format_cl, units_per_sale) the measure refers to, or (None, why)."""
    formats = sorted(product["formats"])
    cat = product["category"]
    if measure in DRAUGHT:
        kegs = [f for f in formats if f >= 1000]
        if not kegs:
            return None, "no draught of it"
        return kegs[0], units(POUR_CL[measure] / kegs[0])
    if measure in WINE_POURS or measure in DOSES:
        if measure in DOSES and cat not in ("spiritueux", "autre"):
            return None, "a dose of a wine or soft"
        f = ordinary_format(formats, cat)
        if f is None:
            return None, "no ordinary bottle to pour from"
        return f, units(POUR_CL[measure] / f)
    if measure == "B":
        if cat in WINELIKE:
            return 75, 1
        bottles = [f for f in formats if f < 1000]
        if len(bottles) != 1 or len(formats) != 1:
            return None, "bottle size not given"
        return bottles[0], 1
    if measure == "H":
        return 37.5, 1
    if measure == "M":
        return 150, 1
    if measure.startswith("C"):
        return float(measure[1:]) if "." in measure else int(measure[1:]), 1
    raise ValueError(measure)


def answer(product, measure, vintage):
    """(expect, format, entry vintage, also_ok vintages, units, why)."""
    fmt, u = target_format(product, measure)
    if fmt is None:
        return "none", None, None, [], None, u
    held = product["formats"].get(fmt)
    if not held:
        return "none", fmt, None, [], None, f"no {fmt:g} cl held"
    vints = sorted(held, key=lambda v: (v is None, v))
    if vints == [None]:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", fmt, None, [], u, ""
    if vintage is None:
        best = max(vints)
        return "yes", fmt, best, [v for v in vints if v != best], u, "no vintage on label"
    if vintage in vints:
        return "yes", fmt, vintage, [], u, ""
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    return "almost", fmt, best, [v for v in vints if v != best], u, f"{vintage} not held"
