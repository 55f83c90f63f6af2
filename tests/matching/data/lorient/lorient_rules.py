"""The bench README's answer rules, and reading a label back (shared by the build)."""
import re

from lorient_tills import MEASURES, POUR, SIZE, WINE_FAMILIES

CAISSE_WORDS = {v[0]: k for k, v in MEASURES.items() if v[0]}
TABLETTE_WORDS = {v[1]: k for k, v in MEASURES.items()}
BAR_WORDS = {v[2]: k for k, v in MEASURES.items()}


def read_label(conn, label):
    """(measure code or None, vintage or None) as printed on the label."""
    if conn == "caisse":
        fam, rest = label.split("-", 1)
        toks = rest.split()
        measure = CAISSE_WORDS.get(toks[0]) if toks else None
        vintage = None
        if fam in WINE_FAMILIES and len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            vintage = 2000 + int(toks[-1])
        return measure or "btl", vintage
    if conn == "tablette":
        body = label[3:]
        measure = None
        if " - " in body:
            body, word = body.rsplit(" - ", 1)
            measure = TABLETTE_WORDS[word]
        m = re.search(r"(?<!\d)(19[5-9]\d|20[0-3]\d)(?!\d)", body)
        return measure, int(m.group(1)) if m else None
    if conn == "bar":
        body = re.sub(r" \d+,\d\d$", "", label)
        measure = None
        if ":" in body:
            word, body = body.split(":", 1)
            measure = BAR_WORDS[word]
        m = re.search(r" '(\d\d)$", body)
        return measure, 2000 + int(m.group(1)) if m else None
    raise ValueError(conn)


def entry_format(formats, category, measure):
    """The format (cl) a measure takes from a drink, or None when not held."""
    bottles = sorted(f for f in formats if f < 1000)
    kegs = sorted(f for f in formats if f >= 1000)
    if measure in ("demi", "pinte"):
        return kegs[0] if kegs else None
    if measure in SIZE:
        return SIZE[measure] if SIZE[measure] in formats else None
    # a bottle without size, or a glass / pichet / coupe / dose: the ordinary bottle
    if 75 in formats and category in ("vin", "champagne"):
        return 75
    return bottles[0] if len(bottles) == 1 else None


def answer(drink, label_vintage, measure):
    """drink: dict(formats, entries={(fmt, vintage): id}, category).
    Returns (expect, beverage_id, also_ok, units)."""
    fmt = entry_format(drink["formats"], drink["category"], measure)
    if fmt is None:
        return "none", None, [], None
    vints = drink["formats"][fmt]
    ids = drink["entries"]
    units = 1 if measure not in POUR else round(POUR[measure] / fmt, 4)
    if vints == [None]:
        return "yes", ids[(fmt, None)], [], units
    if label_vintage in vints:
        return "yes", ids[(fmt, label_vintage)], [], units
    if label_vintage is None:
        best = max(vints)
        expect = "yes"
    else:
        best = sorted(vints, key=lambda v: (abs(v - label_vintage), -v))[0]
        expect = "almost"
    others = [ids[(fmt, v)] for v in sorted(vints) if v != best]
    return expect, ids[(fmt, best)], others, units
