"""The bench README's answer rules, applied to a rendered label."""
import re

from bayonne_tills import E_WORDS, MEASURES


def read_vintage(till, label):
    """The vintage printed on the label, or None."""
    if till == "B":
        m = re.search(r" (\d{2})$", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "S":
        name = label.split(" - ")[0]
        m = re.search(r" ((?:19|20)\d{2})$", name)
        return int(m.group(1)) if m else None
    words = label.split(" ")[1:-1]
    text = " ".join(words)
    for w in sorted((w for w in E_WORDS.values() if w), key=len, reverse=True):
        if text.endswith(" " + w):
            text = text[: -len(w) - 1]
            break
    m = re.search(r" (\d{2})$", text)
    return 2000 + int(m.group(1)) if m else None


def ordinary_format(formats):
    if 75 in formats:
        return 75
    if len(formats) == 1:
        return next(iter(formats))
    return None


def target_format(measure, formats):
    kind, vol = MEASURES[measure]
    if kind == "beer":
        kegs = [f for f in formats if f >= 2000]
        return kegs[0] if kegs else None
    if kind == "pour":
        return ordinary_format(formats)
    if measure in ("btl", "only"):
        return ordinary_format(formats)
    return vol


def units(measure, fmt):
    kind, vol = MEASURES[measure]
    if kind == "bottle":
        return 1
    u = round(vol / fmt, 4)
    return int(u) if u == int(u) else u


def fmt_cl(f):
    return ("%g" % f)


def answer(family, ids, measure, label_vintage):
    """family: the drinks tuple; ids: {(format, vintage): id}. Returns expect, id, also_ok,
    units, note."""
    key, name, producer = family[0], family[1], family[2]
    formats = family[8]
    who = "%s (%s)" % (name, producer)
    fmt = target_format(measure, formats)
    if fmt is None or fmt not in formats:
        kind, vol = MEASURES[measure]
        what = {"beer": "no keg", "pour": "no ordinary bottle"}.get(kind, "%s cl not held" % fmt_cl(vol or 0))
        return "none", None, [], None, "%s: %s (holds %s cl)" % (
            who, what, ", ".join(fmt_cl(f) for f in sorted(formats)))
    vints = sorted(formats[fmt], key=lambda v: v or 0)
    u = units(measure, fmt)
    if label_vintage is not None:
        if vints == [None]:
            raise ValueError("vintage on a non-vintage drink: %s" % key)
        if label_vintage in vints:
            return "yes", ids[(fmt, label_vintage)], [], u, who
        best = sorted(vints, key=lambda v: (abs(v - label_vintage), -v))[0]
        others = [ids[(fmt, v)] for v in vints if v != best]
        return ("almost", ids[(fmt, best)], others, u,
                "%s: label vintage %d not in library, has %s" % (who, label_vintage, vints))
    best = vints[-1]
    others = [ids[(fmt, v)] for v in vints if v != best]
    return "yes", ids[(fmt, best)], others, u, who
