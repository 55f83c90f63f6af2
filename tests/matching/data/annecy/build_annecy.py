"""Build the annecy set (stdlib only, deterministic): python3 build_annecy.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import annecy_cases_comptoir
import annecy_cases_lac
import annecy_cases_salle
from annecy_drinks import DRINKS
from annecy_tills import MEASURES, read_back, render_comptoir, render_lac, render_salle


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def build_library():
    lib, by_key = [], {}
    for d in DRINKS:
        key, name, prod, app, reg, colour, cat, formats = d[:8]
        country = d[8] if len(d) > 8 else "France"
        by_key[key] = {}
        for f in sorted(formats, key=lambda x: (x != 75, x)):
            for v in sorted(formats[f], key=lambda x: x or 0):
                bid = "an%03d" % (len(lib) + 1)
                lib.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                            "region": reg, "country": country, "colour": colour,
                            "category": cat, "vintage": v, "format_cl": fmt_num(f)})
                by_key[key].setdefault(f, []).append((v, bid))
    return lib, by_key


def family_of(d):
    cat, colour = d[6], d[5]
    if cat in ("vin", "champagne"):
        return {"blanc": "bl", "rouge": "rg", "rosé": "rs", "effervescent": "bu"}[colour] \
            if not (cat == "champagne" or d[0] in ("cerdon", "belluard_mb", "varichon")) else "bu"
    return {"autre": "ap", "spiritueux": "sp", "bière": "bi", "soft": "so"}[cat] \
        if d[0] not in ("ricard", "p51") else "ap"


def answer(key, meas, vint, by_key, drinks):
    """-> expect, bid, also_ok, units, why"""
    if key == "-":
        return "none", None, [], None, None
    drinks[key]
    fmts = by_key[key]
    kind, vol = MEASURES[meas]
    if kind == "bottle":
        f = vol
        if f not in fmts:
            return "none", None, [], None, "format %s cl not held" % fmt_num(f)
        units = 1
    elif kind == "pour":
        f = 75 if 75 in fmts else (next(iter(fmts)) if len(fmts) == 1 else None)
        if f is None or f >= 2000:
            return "none", None, [], None, "no ordinary bottle to pour from"
        units = round(vol / f, 4)
    else:  # keg
        kegs = [x for x in fmts if x >= 2000]
        if not kegs:
            return "none", None, [], None, "not on draught"
        f = kegs[0]
        units = round(vol / f, 4)
    vs = fmts[f]
    held = [v for v, _ in vs if v is not None]
    ids = dict(vs)
    if vint is None:
        best = max(vs, key=lambda x: x[0] or 0)
        return "yes", best[1], [b for v, b in vs if b != best[1]], units, None
    if not held:
        raise SystemExit("vintage on a non-vintage drink: %s" % key)
    if vint in ids:
        return "yes", ids[vint], [], units, None
    best = min(held, key=lambda v: (abs(v - vint), -v))
    return "almost", ids[best], [b for v, b in vs if v != best], units, \
        "label vintage %d not held, has %s" % (vint, held)


def main():
    lib, by_key = build_library()
    drinks = {d[0]: d for d in DRINKS}
    cases, seen = [], set()
    for conn, mod in (("comptoir", annecy_cases_comptoir), ("salle", annecy_cases_salle),
                      ("lac", annecy_cases_lac)):
        for c in mod.CASES:
            key, meas, vint, text = c[:4]
            extra = c[4] if len(c) > 4 else ""
            if key == "-":
                fam, reason = extra.split(":", 1) if ":" in extra else (extra, "")
                if meas and fam in ("", None):
                    raise SystemExit("family needed " + text)
            else:
                fam = family_of(drinks[key])
                reason = extra
            if conn == "comptoir":
                label = render_comptoir(text, meas, vint, fam)
            elif conn == "salle":
                label = render_salle(text, meas, vint, fam, key)
            else:
                label = render_lac(text, meas, vint, key)
            rmeas, rvint = read_back(label, conn)
            if rmeas != meas:
                raise SystemExit("measure read back wrong: %r" % label)
            if vint is None and rvint is not None:
                raise SystemExit("false vintage read: %r" % label)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            exp, bid, also, units, why = answer(key, meas, rvint, by_key, drinks)
            if key == "-":
                note = "not in library: " + (reason or text)
            else:
                d = drinks[key]
                note = "%s (%s)" % (d[1], d[2])
                if why:
                    note += ": " + why
                if reason:
                    note += "; " + reason
                if vint and rvint != vint:
                    note += " [%d cut off by the till]" % vint
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": rvint, "units_per_sale": units, "note": note,
                          "connection": conn})
    with open(os.path.join(HERE, "annecy_library.jsonl"), "w", encoding="utf-8") as fh:
        for e in lib:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "annecy_cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    tot = Counter(c["expect"] for c in cases)
    print(len(lib), "drinks,", len(cases), "cases", dict(tot),
          {k: round(100 * v / len(cases), 1) for k, v in tot.items()})
    for conn in ("comptoir", "salle", "lac"):
        print(conn, [cnt[(conn, e)] for e in ("yes", "almost", "none")])


if __name__ == "__main__":
    main()
