"""The bench README's answer rules, applied to a rendered label."""
import re

from riviera_tills import POUR_CL, SIZE_CL, WINE_FMT

WINE_FAMS = {"caisse": ("RO:", "BL:", "RG:", "BU:"),
             "plage": ("ROSÉS |", "BLANCS |", "ROUGES |", "CHAMPAGNES |")}


def read_vintage(till, label):
    """The vintage printed on the rendered label, or None."""
    if till == "caisse":
        if not label.startswith(WINE_FAMS["caisse"]):
            return None
        body = label.rsplit(" ", 1)[0]
        last = body[3:].split(" ")[-1]
        return 2000 + int(last) if re.fullmatch(r"\d\d", last) else None
    if till == "pda":
        m = re.search(r"'(\d\d)(?:\s|$)", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "plage":
        if not label.startswith(WINE_FAMS["plage"]):
            return None
        name = label.split(" | ")[1]
        last = name.split(" ")[-1]
        return int(last) if re.fullmatch(r"(19|20)\d\d", last) else None
    raise ValueError(till)


def answer(drink, entries, meas, vintage):
    """drink: the library rows of one wine/product (all formats); returns
    (expect, beverage_id, also_ok, units, why)."""
    is_wine = drink[0]["category"] in ("vin", "champagne")
    formats = sorted({e["format_cl"] for e in drink})
    units = 1
    if is_wine:
        if meas in WINE_FMT:
            fmt = WINE_FMT[meas]
        elif meas in ("glass", "glass15", "coupe", "pich50"):
            fmt = 75 if 75 in formats else (formats[0] if len(formats) == 1 else None)
            if fmt is None:
                return ("none", None, [], None, "no ordinary bottle for a pour")
            units = round(POUR_CL[meas] / fmt, 4)
        else:
            raise ValueError(f"measure {meas} on a wine")
    else:
        if meas in SIZE_CL:
            fmt = SIZE_CL[meas]
        elif meas in ("demi", "pinte"):
            kegs = [f for f in formats if f >= 2000]
            if not kegs:
                return ("none", None, [], None, "not on draught")
            fmt = kegs[0]
            units = round(POUR_CL[meas] / fmt, 4)
        elif meas in ("dose", "dose2", "glass"):
            assert len(formats) == 1, drink[0]["name"]
            fmt = formats[0]
            units = round(POUR_CL[meas] / fmt, 4)
        elif meas is None:
            assert len(formats) == 1, drink[0]["name"]
            fmt = formats[0]
        else:
            raise ValueError(f"measure {meas} on {drink[0]['name']}")
    rows = [e for e in drink if e["format_cl"] == fmt]
    if not rows:
        return ("none", None, [], None, f"{fmt:g} cl not held")
    held = [e["vintage"] for e in rows]
    if None in held:
        assert len(rows) == 1 and vintage is None, (drink[0]["name"], vintage)
        return ("yes", rows[0]["id"], [], units, "")
    rows.sort(key=lambda e: e["vintage"])
    if vintage is None:
        best = rows[-1]
        return ("yes", best["id"], [e["id"] for e in rows[:-1]], units, "")
    for e in rows:
        if e["vintage"] == vintage:
            return ("yes", e["id"], [], units, "")
    best = min(rows, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return ("almost", best["id"], [e["id"] for e in rows if e is not best], units,
            f"label vintage {vintage} not held, has {[e['vintage'] for e in rows]}")
