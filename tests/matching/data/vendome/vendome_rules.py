"""The bench README's answer rules, applied to what a rendered label says.

measure codes: see vendome_tills.  The format a label refers to:
  B  -> the drink's ordinary bottle: 75 cl, or its only bottle format;
  H  -> 37.5; M -> 150; C<n> -> n; U -> the drink's only format;
  G, G12, G15, CP, P25, P50 -> the ordinary bottle (never a half or a magnum);
  D, D2 -> the spirit's / aperitif's ordinary bottle;
  DE, PI -> the draught beer's keg (format_cl >= 1000).
If the drink is not held in that format the answer is none.
"""
POUR_CL = {"G": 12.5, "G12": 12, "G15": 15, "CP": 12.5, "P25": 25, "P50": 50,
           "D": 4, "D2": 2, "DE": 25, "PI": 50}


def ordinary(formats):
    bottles = [f for f in formats if f < 1000]
    if 75 in bottles:
        return 75
    if len(bottles) == 1:
        return bottles[0]
    return None


def target_format(formats, measure):
    formats = sorted(formats)
    if measure in ("B", "G", "G12", "G15", "CP", "P25", "P50", "D", "D2"):
        f = ordinary(formats)
        if measure != "B" and f in (37.5, 150):
            return None
        return f
    if measure == "H":
        return 37.5 if 37.5 in formats else None
    if measure == "M":
        return 150 if 150 in formats else None
    if (measure[0] == "C" and measure[1:2].isdigit()):
        n = float(measure[1:])
        n = int(n) if n == int(n) else n
        return n if n in formats else None
    if measure == "U":
        if len(formats) != 1:
            raise ValueError("U on a drink held in several formats")
        return formats[0]
    if measure in ("DE", "PI"):
        kegs = [f for f in formats if f >= 1000]
        return kegs[0] if kegs else None
    raise ValueError(measure)


def units(measure, fmt):
    if measure in POUR_CL:
        return round(POUR_CL[measure] / fmt, 4)
    return 1


def answer(entries, measure, vintage):
    """entries: the library rows of one product (same wine in every format held).
    Returns (expect, beverage_id, also_ok, units, why)."""
    formats = sorted({e["format_cl"] for e in entries})
    fmt = target_format(formats, measure)
    if fmt is None:
        return "none", None, [], None, "format not held"
    same = sorted((e for e in entries if e["format_cl"] == fmt),
                  key=lambda e: (e["vintage"] is None, e["vintage"] or 0))
    u = units(measure, fmt)
    if same[0]["vintage"] is None:
        if vintage is not None:
            raise ValueError("vintage on a non-vintage drink")
        return "yes", same[0]["id"], [], u, ""
    held = [e["vintage"] for e in same]
    if vintage is None:
        best = same[-1]
        return "yes", best["id"], [e["id"] for e in same[:-1]], u, ""
    if vintage in held:
        return "yes", same[held.index(vintage)]["id"], [], u, ""
    best = min(same, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return ("almost", best["id"], [e["id"] for e in same if e is not best], u,
            "label vintage %d not in library, has %s" % (vintage, held))
