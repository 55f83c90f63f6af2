#!/usr/bin/env python3
"""Build the besancon blind set: writes besancon_library.jsonl and besancon_cases.jsonl.
Stdlib only, deterministic. Each label is rendered with its till's habits; the answer is
computed from the RENDERED label (vintage read back off it)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import besancon_cases_bar
import besancon_cases_salle
import besancon_cases_traiteur
import besancon_drinks as D
import besancon_rules as R
import besancon_tills as T

FAMILY = {"rouge": 1, "blanc": 2, "liquoreux": 2, "rosé": 3, "effervescent": 4}
CAT_FAMILY = {"bière": 5, "spiritueux": 6, "autre": 6, "soft": 7}


def family_of(d):
    return FAMILY[d["colour"]] if d["colour"] else CAT_FAMILY[d["category"]]


def library():
    lib, drinks, n = [], {}, 0
    for key, name, prod, app, reg, col, cat, formats in D.DRINKS:
        d = {"key": key, "name": name, "producer": prod, "category": cat, "colour": col,
             "formats": formats, "entries": {}}
        country = "France"
        if reg in ("Belgique", "Italie", "Irlande", "Écosse", "Japon", "Venezuela"):
            country = reg
        for fmt, vs in formats.items():
            d["entries"][fmt] = []
            for v in sorted(vs, key=lambda x: x or 0):
                n += 1
                bid = "be%03d" % n
                lib.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                            "region": reg, "country": country, "colour": col,
                            "category": cat, "vintage": v,
                            "format_cl": fmt if fmt != 37.5 else 37.5})
                d["entries"][fmt].append((v, bid))
        drinks[key] = d
    return lib, drinks


def parse(line):
    p = line.split("|")
    key, measure, vint, text = p[0], p[1], p[2], p[3]
    reason = p[4] if len(p) > 4 else ""
    yy = int(vint) if vint else None
    return key, measure, yy, text, reason


def cases(drinks):
    out = []
    for conn, mod in (("BAR", besancon_cases_bar), ("SALLE", besancon_cases_salle),
                      ("TRAITEUR", besancon_cases_traiteur)):
        for line in mod.CASES.strip().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, measure, yy, text, reason = parse(line)
            d = None if key.startswith("-") else drinks[key]
            bvol = None
            if measure.startswith("BTL:"):
                bvol = float(measure[4:]) if "." in measure[4:] else int(measure[4:])
                measure = "BTL"
            if conn == "BAR":
                label = T.render_bar(measure, yy, text)
            elif conn == "SALLE":
                label = T.render_salle(measure, yy, text)
            else:
                if d is None:
                    fam = int(key[1:])
                    fmt = bvol or 75
                else:
                    fam = family_of(d)
                    fmt = bvol or (R.target(d, "BTL")[0] if measure == "BTL" else None)
                label = T.render_trai(fam, measure, yy, text, fmt)
            v = T.read_vintage(conn, label)
            rec = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                   "vintage": v, "units_per_sale": None, "note": "", "connection": conn}
            if d is None:
                rec["note"] = reason
            else:
                fmt, units = R.target(d, measure, bvol)
                if fmt is None:
                    rec["note"] = "%s (%s): %s" % (d["name"], d["producer"], units)
                else:
                    exp, bid, also, why = R.answer(d, fmt, units, v)
                    cut = ""
                    if yy is not None and v is None:
                        cut = " [%d cut off by the till]" % (yy if yy > 100 else 2000 + yy)
                    rec.update(expect=exp, beverage_id=bid, also_ok=also,
                               units_per_sale=units,
                               note="%s (%s)%s%s" % (d["name"], d["producer"], why, cut))
            out.append(rec)
    labels = [c["label"] for c in out]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise SystemExit("duplicate labels: %s" % sorted(dup))
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, drinks = library()
    cs = cases(drinks)
    dump(os.path.join(HERE, "besancon_library.jsonl"), lib)
    dump(os.path.join(HERE, "besancon_cases.jsonl"), cs)
    from collections import Counter
    c = Counter((x["connection"], x["expect"]) for x in cs)
    print(len(lib), "drinks,", len(cs), "cases")
    for conn in ("BAR", "SALLE", "TRAITEUR"):
        print(conn, [c[(conn, e)] for e in ("yes", "almost", "none")])
    t = Counter(x["expect"] for x in cs)
    print({k: "%d (%.1f %%)" % (v, 100 * v / len(cs)) for k, v in t.items()})


if __name__ == "__main__":
    main()
