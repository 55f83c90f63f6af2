#!/usr/bin/env python3
"""Build the rennes held-out set (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rennes_cases_cpt
import rennes_cases_sal
import rennes_cases_ter
import rennes_drinks as D
import rennes_rules as R
import rennes_tills as T

TILLS = (("CPT", rennes_cases_cpt), ("SAL", rennes_cases_sal), ("TER", rennes_cases_ter))


def library():
    rows, prods, n = [], {}, 0
    for (key, name, prod, app, reg, country, col, cat, formats, fam) in D.P:
        p = {"key": key, "name": name, "producer": prod, "category": cat,
             "family": fam, "formats": {}}
        for f, vints in formats.items():
            p["formats"][f] = []
            for v in vints:
                n += 1
                i = "rn%03d" % n
                p["formats"][f].append((v, i))
                rows.append({"id": i, "name": name, "producer": prod, "appellation": app,
                             "region": reg, "country": country, "colour": col,
                             "category": cat, "vintage": v,
                             "format_cl": int(f) if f == int(f) else f})
        prods[key] = p
    return rows, prods


def tier(p, measure):
    """Price range (euros) of a button on the dining-room handheld."""
    if measure in ("VRE", "CP", "DOSE", "DEMI", "PINTE", "BOLEE", "P25") and (
            p is None or p["category"] != "vin" or measure != "DEMI"):
        return (3, 14)
    if p is None:
        return (2, 19) if measure != "P50" else (9, 19)
    if measure == "P50":
        return (9, 26)
    if p["category"] in ("vin", "champagne"):
        return {"MAG": (70, 190), "HALF": (16, 48), "DEMI": (16, 48)}.get(measure, (24, 110))
    if p["category"] == "spiritueux":
        return (45, 120)
    if p["family"] == "CI" and measure == "":
        return (9, 22)
    return (3, 8)


def cases(prods):
    out, seen = [], set()
    for till, mod in TILLS:
        for line in mod.CASES.strip().splitlines():
            parts = line.split("|")
            key, measure, vint, text = parts[:4]
            vint = int(vint) if vint else None
            if key.startswith("-"):
                fam = key[1:] or "DV"
                rng = tier(None, measure)
                if len(parts) > 5:
                    rng = tuple(int(x) for x in parts[5].split("-"))
                label = T.render(till, fam, measure, text, vint, tier=rng)
                rec = ("none", None, [], T.read_vintage(till, label), None, parts[4])
            else:
                p = prods[key]
                nv = p["category"] == "champagne" and not vint and all(
                    v is None for vs in p["formats"].values() for v, _ in vs)
                label = T.render(till, p["family"], measure, text, vint, nv=nv,
                                 tier=tier(p, measure))
                rec = R.answer(p, till, label, measure)
                if rec[3] not in (None, vint):
                    raise SystemExit("vintage misread: %r" % label)
                if vint and rec[3] is None and rec[1]:
                    rec = (*rec[:5], rec[5] + " [%d cut off by the till]" % vint)
            if T.read_measure(till, label) != measure:
                raise SystemExit("measure misread: %r (%s)" % (label, measure))
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            expect, bid, also, lv, units, note = rec
            out.append({"label": label, "expect": expect, "beverage_id": bid,
                        "also_ok": also, "vintage": lv, "units_per_sale": units,
                        "note": note, "connection": till})
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    rows, prods = library()
    cs = cases(prods)
    dump(os.path.join(HERE, "rennes_library.jsonl"), rows)
    dump(os.path.join(HERE, "rennes_cases.jsonl"), cs)
    if "-v" in sys.argv:
        from collections import Counter
        c = Counter((r["connection"], r["expect"]) for r in cs)
        print(len(rows), "drinks,", len(cs), "cases")
        for t, _ in TILLS:
            print(t, {e: c[(t, e)] for e in ("yes", "almost", "none")})
        tot = Counter(r["expect"] for r in cs)
        print({e: "%d (%.1f %%)" % (tot[e], 100 * tot[e] / len(cs)) for e in tot})


if __name__ == "__main__":
    main()
