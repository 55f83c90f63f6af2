"""Build the blind held-out set "La Bodega des Arènes" (Béziers): writes
beziers_library.jsonl and beziers_cases.jsonl beside this file, byte-identical on every run."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import beziers_cases_bar
import beziers_cases_feria
import beziers_cases_salle
import beziers_drinks
import beziers_rules as R
import beziers_tills as T

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
          "category", "vintage", "format_cl"]


def library():
    lib, by_key, info = [], {}, {}
    for (key, name, prod, app, reg, ctry, col, cat, ents) in beziers_drinks.ALL:
        info[key] = {"name": name, "producer": prod, "colour": col, "category": cat}
        for fmt, vin in ents:
            e = dict(zip(FIELDS, ["bz%03d" % (len(lib) + 1), name, prod, app, reg, ctry, col,
                                  cat, vin, fmt], strict=False))
            lib.append(e)
            by_key.setdefault(key, []).append(e)
    return lib, by_key, info


def cases(by_key, info):
    out, seen = [], set()
    for till, mod in (("BAR", beziers_cases_bar), ("SALLE", beziers_cases_salle),
                      ("FERIA", beziers_cases_feria)):
        for line in mod.CASES.strip().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            p = [x.strip() for x in line.split("|")]
            if p[0] == "-":
                _, measure, vv, fam, text, reason = p
                vv = int(vv) if vv else None
                label = T.render(till, measure, text, vv, fam)
                vin = T.read_vintage(till, label)
                c = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                     "vintage": vin, "units_per_sale": None, "note": reason}
            else:
                key, measure, vv, text = p
                vv = int(vv) if vv else None
                d = info[key]
                label = T.render(till, measure, text, vv, T.family(key, d))
                vin = T.read_vintage(till, label)
                who = "%s (%s)" % (d["name"], d["producer"])
                ents, upc = R.target(by_key[key], d["category"], measure)
                if not ents:
                    c = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                         "vintage": vin, "units_per_sale": None,
                         "note": "%s: the library does not hold it for '%s'" % (who, measure)}
                else:
                    exp, bid, also = R.answer(ents, vin)
                    note = who
                    if exp == "almost":
                        note += ": label vintage %d not in library, has %s" % (
                            vin, sorted(e["vintage"] for e in ents))
                    if vv and vin is None:
                        note += " [%d cut off by the till]" % vv
                    c = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                         "vintage": vin, "units_per_sale": upc, "note": note}
            if vv and vin is None and c["expect"] == "none" and "cut off" not in c["note"]:
                c["note"] += " [%d cut off by the till]" % vv
            if vin is not None and vv is not None and vin != vv:
                raise SystemExit("vintage read back wrong: %r" % label)
            if vv is None and vin is not None:
                raise SystemExit("vintage read where none typed: %r" % label)
            c["connection"] = till
            if label in seen:
                raise SystemExit("duplicate label: %r" % label)
            seen.add(label)
            out.append(c)
    return out


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key, info = library()
    cs = cases(by_key, info)
    dump(lib, os.path.join(HERE, "beziers_library.jsonl"))
    dump(cs, os.path.join(HERE, "beziers_cases.jsonl"))
    tally = {}
    for c in cs:
        tally[(c["connection"], c["expect"])] = tally.get((c["connection"], c["expect"]), 0) + 1
    print(len(lib), "drinks,", len(cs), "cases")
    for till in ("BAR", "SALLE", "FERIA"):
        print(till, [tally.get((till, e), 0) for e in ("yes", "almost", "none")])
    for e in ("yes", "almost", "none"):
        n = sum(1 for c in cs if c["expect"] == e)
        print(e, n, "%.1f %%" % (100 * n / len(cs)))


if __name__ == "__main__":
    main()
