"""The bench README's answer rules, applied to what the rendered label says.

Measures: B ordinary bottle (75 cl for a wine, else the only bottle format), H half (37.5),
M magnum (150), C<n> a bottle of n cl, O the drink's only format (one unit), G glass 12.5,
G15 glass 15, P25 / P50 pichet, CP coupe 12.5, D dose 4, D2 dose 2, DE demi 25 (draught),
PI pinte 50 (draught), N nothing (food, services, mixed drinks).
"""
import re

from mayenne_drinks import KEYS, fmt_num

POUR_CL = {"G": 12.5, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4, "D2": 2, "DE": 25, "PI": 50}
KEG_MIN = 2000


def is_keg(f):
    return f >= KEG_MIN


def ordinary(formats):
    """The ordinary bottle a glass / dose / BTL refers to: 75 cl, or the only format."""
    if 75 in formats:
        return 75
    plain = [f for f in formats if not is_keg(f)]
    return plain[0] if len(plain) == 1 else None


def target_format(key, measure):
    """The library format the label's measure refers to, or None (format not held)."""
    formats = sorted(fmt_num(f) for f in KEYS[key][8])
    if measure == "B":
        f = ordinary(formats)
        return f if f is not None and f <= 150 else None
    if measure == "H":
        return 37.5 if 37.5 in formats else None
    if measure == "M":
        return 150 if 150 in formats else None
    if re.match(r"C\d", measure):
        f = fmt_num(float(measure[1:]))
        return f if f in formats else None
    if measure == "O":
        return formats[0] if len(formats) == 1 and not is_keg(formats[0]) else None
    if measure in ("DE", "PI"):
        kegs = [f for f in formats if is_keg(f)]
        return kegs[0] if kegs else None
    if measure in ("G", "G15", "P25", "P50", "CP", "D", "D2"):
        return ordinary(formats)
    raise ValueError(measure)


def units(measure, f):
    if measure in POUR_CL:
        return round(POUR_CL[measure] / f, 4)
    return 1


def answer(index, key, measure, label_vintage):
    """-> (expect, beverage_id, also_ok, units, why) from what the label says."""
    if key is None:
        return "none", None, [], None, None
    f = target_format(key, measure)
    if f is None or f not in index[key]:
        return "none", None, [], None, "format not held"
    by_v = index[key][f]
    vints = sorted(by_v, key=lambda x: -1 if x is None else x)
    u = units(measure, f)
    if vints == [None]:
        return "yes", by_v[None], [], u, None
    if label_vintage is None:
        best = max(vints)
        return "yes", by_v[best], [by_v[v] for v in vints if v != best], u, None
    if label_vintage in by_v:
        return "yes", by_v[label_vintage], [], u, None
    best = min(vints, key=lambda v: (abs(v - label_vintage), -v))
    return "almost", by_v[best], [by_v[v] for v in vints if v != best], u, None
