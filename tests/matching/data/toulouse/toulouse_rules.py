"""The bench README's answer rules, applied to what a rendered label says.

`resolve(library, key, code, label_vintage)` returns the expected answer of a label
that names the held wine `key` with the measure `code` and shows `label_vintage`
(None when the label has no vintage or the till's cut took it off).
"""

from toulouse_tills import MEASURES

WINE_CATEGORIES = ("vin", "autre")


def fmt_text(fmt):
    return ("%g" % fmt).replace(".", ",") + " cl"


def entries_of(library, key, fmt):
    return [e for e in library if e["_key"] == key and e["format_cl"] == fmt]


def formats_of(library, key):
    seen = []
    for e in library:
        if e["_key"] == key and e["format_cl"] not in seen:
            seen.append(e["format_cl"])
    return seen


def none_answer(note):
    return {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None,
            "note": note}


def target(library, key, code):
    """(format_cl, volume poured or None for a whole bottle or keg, reason if none)."""
    kind, volume = MEASURES[code]
    first = next(e for e in library if e["_key"] == key)
    category = first["category"]
    formats = formats_of(library, key)
    if kind == "bottle":
        if volume is None:
            if category in WINE_CATEGORIES:
                volume = 75
            else:
                assert len(formats) == 1, (key, "a bare bottle of a drink with formats",
                                           formats)
                volume = formats[0]
        if volume not in formats:
            return volume, None, "%s not held in %s" % (first["name"], fmt_text(volume))
        return volume, None, None
    if kind == "keg":
        if volume not in formats:
            return volume, None, "%s not held in a %s keg" % (first["name"],
                                                               fmt_text(volume))
        return volume, None, None
    if kind == "glass":
        assert category in WINE_CATEGORIES, (key, code)
        if 75 in formats:
            return 75, volume, None
        small = [f for f in formats if f < 100 and f not in (37.5,)]
        assert len(small) == 1, (key, "no ordinary bottle", formats)
        return small[0], volume, None
    if kind == "dose":
        assert category == "spiritueux", (key, code)
        assert len(formats) == 1, (key, formats)
        return formats[0], volume, None
    if kind == "draught":
        assert category == "bière", (key, code)
        kegs = [f for f in formats if f >= 1000]
        if not kegs:
            return None, volume, "%s is not held on draught" % first["name"]
        return kegs[0], volume, None
    raise ValueError(code)


def resolve(library, key, code, label_vintage, cut_vintage=None):
    first = next(e for e in library if e["_key"] == key)
    who = "%s (%s)" % (first["name"], first["producer"])
    twins = {e["colour"] for e in library if e["name"] == first["name"]
             and e["producer"] == first["producer"]}
    if len(twins) > 1:
        who = "%s, %s (%s)" % (first["name"], first["colour"], first["producer"])
    fmt, volume, reason = target(library, key, code)
    if reason:
        return none_answer(who + ": " + reason)
    wine = entries_of(library, key, fmt)
    held = sorted(e["vintage"] for e in wine if e["vintage"] is not None)
    units = 1 if volume is None else round(volume / fmt, 4)
    note = who
    if fmt != 75 and first["category"] in WINE_CATEGORIES:
        note += ", " + fmt_text(fmt)
    if volume is not None:
        note += ", %s poured" % fmt_text(volume)
    if not held:
        assert label_vintage is None, (key, "vintage on a non-vintage drink")
        assert len(wine) == 1
        answer = {"expect": "yes", "beverage_id": wine[0]["id"], "also_ok": [],
                  "units_per_sale": units}
    elif label_vintage is None:
        best = max(wine, key=lambda e: e["vintage"])
        answer = {"expect": "yes", "beverage_id": best["id"],
                  "also_ok": [e["id"] for e in wine if e is not best],
                  "units_per_sale": units}
        if len(held) > 1:
            note += ": no vintage on the label, the most recent"
    else:
        exact = [e for e in wine if e["vintage"] == label_vintage]
        if exact:
            answer = {"expect": "yes", "beverage_id": exact[0]["id"], "also_ok": [],
                      "units_per_sale": units}
        else:
            best = min(wine, key=lambda e: (abs(e["vintage"] - label_vintage),
                                            -e["vintage"]))
            answer = {"expect": "almost", "beverage_id": best["id"],
                      "also_ok": [e["id"] for e in wine if e is not best],
                      "units_per_sale": units}
            note += ": label vintage %d not in library, has %s" % (label_vintage, held)
    if cut_vintage:
        note += " [%d cut off by the till]" % cut_vintage
    answer["note"] = note
    return answer
