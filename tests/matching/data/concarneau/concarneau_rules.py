"""The bench README's answer rules, applied to what a RENDERED label says."""

POURS = {"G": 12.5, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4, "D2": 2}
DRAUGHT = {"DE": 25, "PI": 50}
KEG_MIN = 2000


def bottle_formats(holdings):
    return sorted(f for f in holdings if f < KEG_MIN)


def target_format(holdings, code):
    """The format the label refers to, or None when the product is not held in it."""
    bottles = bottle_formats(holdings)
    if code in DRAUGHT:
        kegs = [f for f in holdings if f >= KEG_MIN]
        return kegs[0] if kegs else None
    if code == "H":
        return 37.5 if 37.5 in holdings else None
    if code == "M":
        return 150 if 150 in holdings else None
    if code[0] == "C" and code[1:].isdigit():
        cl = int(code[1:])
        return cl if cl in bottles else None
    if code == "B" or code in POURS:
        # the ordinary bottle: the 75 cl entry, or the only bottle format
        if 75 in bottles:
            return 75
        ordinary = [f for f in bottles if f not in (37.5, 150)]
        return ordinary[0] if len(ordinary) == 1 else None
    raise ValueError(code)


def units(code, fmt):
    if code in POURS:
        vol = POURS[code]
    elif code in DRAUGHT:
        vol = DRAUGHT[code]
    else:
        return 1
    u = round(vol / fmt, 4)
    return int(u) if u == int(u) else u


def answer(product_ids, holdings, code, label_vintage):
    """product_ids: {(format, vintage): id}.  Returns (expect, id, also_ok, units, why)."""
    fmt = target_format(holdings, code)
    if fmt is None:
        return "none", None, [], None, "format not held"
    vintages = sorted(holdings[fmt], key=lambda v: v or 0)
    ids = {v: product_ids[(fmt, v)] for v in vintages}
    u = units(code, fmt)
    if vintages == [None]:
        return "yes", ids[None], [], u, ""
    if label_vintage is None:
        best = vintages[-1]
        return "yes", ids[best], [ids[v] for v in vintages if v != best], u, ""
    if label_vintage in vintages:
        return "yes", ids[label_vintage], [], u, ""
    best = min(vintages, key=lambda v: (abs(v - label_vintage), -v))
    return ("almost", ids[best], [ids[v] for v in vintages if v != best], u,
            f"label vintage {label_vintage} not held, has {vintages}")
