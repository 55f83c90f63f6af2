"""What the staff typed, and the expected answer computed from the rendered label.

A spec line is ``key|measure|vintage|text|reason|cut``:

- key: a drink of ``trattoria_drinks`` (the drink the staff meant), or ``-`` for a product
  that is no drink of the library (the reason says why);
- measure: a code of ``trattoria_tills.MEASURES`` (``-``: no serving, a dish or service);
- vintage: ``2019``, empty, or ``sa`` (a non-vintage wine on the delivery export);
- text: the name as typed on that till (on the tablet, kitchen modifiers after `` + ``);
- reason: why a ``-`` is none (or a remark);
- cut: on the register only, how the label reads when the cut took more than the vintage
  and the tail of the last word: a key, or ``-`` (none).
"""
from trattoria_drinks import BY_KEY, fmt_cl, library
from trattoria_tills import MEASURES

ROWS, INDEX = library()
BY_ID = {r["id"]: r for r in ROWS}

POUR_WORDS = {"g": "calice 12.5 cl", "g15": "calice 15 cl", "g8": "calice 8 cl",
              "q": "carafe 25 cl", "c": "carafe 50 cl", "d": "dose 4 cl",
              "p25": "draught 25 cl", "p50": "draught 50 cl"}


def parse(block):
    specs = []
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        parts += [""] * (6 - len(parts))
        key, meas, vint, text, reason, cut = parts[:6]
        if key != "-" and key not in BY_KEY:
            raise ValueError("unknown key %r in %r" % (key, line))
        if meas not in MEASURES:
            raise ValueError("unknown measure %r in %r" % (meas, line))
        if vint == "":
            v = None
        elif vint == "sa":
            v = "sa"
        else:
            v = int(vint)
        specs.append({"key": key, "meas": meas, "vintage": v, "text": text, "reason": reason, "cut": cut})
    return specs


def bottle_format(key, meas):
    """The bottle size a bottle measure means for this drink (None when not a bottle)."""
    kind, vol = MEASURES[meas][:2]
    if kind != "bottle":
        return None
    if vol is not None:
        return vol
    if key == "-":
        return 75
    fmts = list(BY_KEY[key]["formats"])
    if 75 in fmts:
        return 75
    return fmts[0] if len(fmts) == 1 else 75


def ordinary(key):
    """The bottle a pour comes from: the 75 cl entry, or the only format that is no keg."""
    fmts = [f for f in BY_KEY[key]["formats"] if f < 1000]
    if 75 in fmts:
        return 75
    return fmts[0] if len(fmts) == 1 else None


def none(note):
    return {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None, "note": note}


def resolve(key, meas, vintage, reason=""):
    """Expected answer for a label meaning `key` served as `meas`, with `vintage` (the one
    printed on the label, or None) by the bench README's rules."""
    if key == "-":
        return none(reason)
    d = BY_KEY[key]
    who = "%s (%s)" % (d["name"], d["producer"])
    kind, vol = MEASURES[meas][:2]
    if kind == "bottle":
        fmt = bottle_format(key, meas)
        if fmt not in d["formats"]:
            return none("%s: %s cl not held, held in %s" % (
                who, fmt_cl(fmt), sorted(fmt_cl(f) for f in d["formats"])))
        units, how = 1, ("%s cl bottle" % fmt_cl(fmt))
    elif kind == "pour":
        fmt = ordinary(key)
        if fmt is None:
            return none("%s: no ordinary bottle to pour from" % who)
        units = round(vol / fmt, 4)
        how = "%s of the %s cl bottle" % (POUR_WORDS[meas], fmt_cl(fmt))
    elif kind == "draught":
        kegs = [f for f in d["formats"] if f >= 1000]
        if not kegs:
            return none("%s: not held on draught" % who)
        fmt = kegs[0]
        units = round(vol / fmt, 4)
        how = "%s of the %s cl keg" % (POUR_WORDS[meas], fmt_cl(fmt))
    else:
        raise ValueError("a drink needs a measure: %s" % key)
    entries = INDEX[key][fmt]
    held = sorted(entries, key=lambda x: (x is not None, x))
    if held == [None]:
        if isinstance(vintage, int):
            raise ValueError("a vintage on a non-vintage drink: %s" % key)
        return {"expect": "yes", "beverage_id": entries[None], "also_ok": [], "units_per_sale": units,
                    "note": "%s, %s" % (who, how)}
    if isinstance(vintage, int):
        if vintage in entries:
            return {"expect": "yes", "beverage_id": entries[vintage], "also_ok": [],
                        "units_per_sale": units, "note": "%s %d, %s" % (who, vintage, how)}
        best = min(held, key=lambda v: (abs(v - vintage), -v))
        also = sorted(entries[v] for v in held if v != best)
        return {"expect": "almost", "beverage_id": entries[best], "also_ok": also,
                    "units_per_sale": units,
                    "note": "%s, %s: label vintage %d not in library, has %s" % (
                        who, how, vintage, held)}
    best = max(held)
    also = sorted(entries[v] for v in held if v != best)
    return {"expect": "yes", "beverage_id": entries[best], "also_ok": also, "units_per_sale": units,
                "note": "%s, %s, no vintage on the label: the most recent" % (who, how)
                if also else "%s, %s" % (who, how)}
