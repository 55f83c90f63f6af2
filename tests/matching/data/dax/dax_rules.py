"""The bench README's answer rules, applied to a case's family, format and the RENDERED vintage."""
from dax_drinks import FAMILIES

POUR = {"v": 12.5, "v10": 10, "v12": 12, "v15": 15, "p25": 25, "p50": 50, "d": 4, "d2": 2,
        "d3": 3, "d4": 4, "cp": 12.5, "demi": 25, "pinte": 50}


def library():
    rows, fam_ids, n = [], {}, 0
    for key, (name, prod, app, reg, ctry, col, cat, entries) in FAMILIES:
        for vint, fmt in entries:
            n += 1
            bid = "dx%03d" % n
            rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                         "region": reg, "country": ctry, "colour": col, "category": cat,
                         "vintage": vint, "format_cl": fmt})
            fam_ids.setdefault(key, []).append(rows[-1])
    return rows, fam_ids


def fmt_units(v):
    v = round(v, 4)
    return int(v) if v == int(v) else v


def answer(fam_rows, meas, vint):
    """-> (expect, beverage_id, also_ok, units_per_sale, why)"""
    if not fam_rows or meas in ("x", "xs"):
        return "none", None, [], None, "not held"
    formats = sorted({r["format_cl"] for r in fam_rows})
    is_wine = fam_rows[0]["category"] in ("vin", "champagne")
    if meas in POUR:
        fmt = 75 if 75 in formats else (formats[0] if len(formats) == 1 else None)
        vol = POUR[meas]
        if fmt is None:
            raise ValueError("pour on a multi-format non-wine")
        units = vol / fmt
    else:
        if meas == "db":
            fmt = 37.5
        elif meas == "mg":
            fmt = 150
        elif meas == "bt":
            fmt = 75 if is_wine else (formats[0] if len(formats) == 1 else None)
            if fmt is None:
                raise ValueError("bt on multi-format")
        elif meas == "pot":
            fmt = formats[0]
        elif meas.startswith("b"):
            fmt = float(meas[1:])
            fmt = int(fmt) if fmt == int(fmt) else fmt
        else:
            raise ValueError(meas)
        units = 1
    rows = [r for r in fam_rows if r["format_cl"] == fmt]
    if not rows:
        return "none", None, [], None, "format %s cl not held" % fmt
    units = fmt_units(units)
    vints = [r["vintage"] for r in rows]
    if vint is not None and None not in vints:
        hit = [r for r in rows if r["vintage"] == vint]
        if hit:
            return "yes", hit[0]["id"], [], units, "vintage held"
        best = sorted(rows, key=lambda r: (abs(r["vintage"] - vint), -r["vintage"]))[0]
        return ("almost", best["id"], [r["id"] for r in rows if r is not best], units,
                "vintage %d not held, has %s" % (vint, sorted(vints)))
    best = sorted(rows, key=lambda r: -(r["vintage"] or 0))[0]
    return "yes", best["id"], [r["id"] for r in rows if r is not best], units, "no vintage on label"
