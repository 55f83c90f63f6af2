"""Build the "lodeve" blind held-out set: lodeve_library.jsonl and lodeve_cases.jsonl.

python3 build_lodeve.py  (stdlib only, deterministic: writes both files byte for byte
the same on every run). Each label is rendered with its till's habits; the answer is
computed from the RENDERED label (a vintage the till's cut took off is no longer there).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lodeve_cases_caisse
import lodeve_cases_gestion
import lodeve_cases_tablette
from lodeve_drinks import DRINKS
from lodeve_rules import answer
from lodeve_tills import MEASURES, RENDER, read_vintage

TILLS = [("caisse", lodeve_cases_caisse.CASES), ("tablette", lodeve_cases_tablette.CASES),
         ("gestion", lodeve_cases_gestion.CASES)]
PREFIX = "lw"


def library():
    rows, by_key = [], {}
    n = 0
    for key, name, prod, app, region, country, colour, cat, entries in DRINKS:
        assert key not in by_key, key
        by_key[key] = {"cat": cat, "name": name, "producer": prod, "entries": []}
        for vintage, fmt in entries:
            n += 1
            bid = "%s%03d" % (PREFIX, n)
            rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                         "region": region, "country": country, "colour": colour,
                         "category": cat, "vintage": vintage, "format_cl": fmt})
            by_key[key]["entries"].append((bid, vintage, fmt))
    return rows, by_key


def parse(block):
    for line in block.strip("\n").split("\n"):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        meas, vint, key, text = parts[:4]
        reason = parts[4] if len(parts) > 4 else ""
        yield (None if meas == "." else meas, None if vint == "." else int(vint),
               None if key == "-" else key, text, reason)


def cases(by_key):
    out, seen = [], set()
    for till, block in TILLS:
        for meas, vint, key, text, reason in parse(block):
            assert meas is None or meas in MEASURES, meas
            fmt = 75
            if key is not None:
                d = by_key[key]
                bottles = sorted({f for (_i, _v, f) in d["entries"] if f < 2000})
                if d["cat"] not in ("vin", "champagne") and bottles:
                    fmt = bottles[0]
            label = RENDER[till](text, meas, vint, fmt)
            assert label not in seen, ("duplicate label", label)
            seen.add(label)
            lv = read_vintage(till, label)
            if key is None:
                assert reason, label
                out.append({"label": label, "expect": "none", "beverage_id": None,
                            "also_ok": [], "vintage": lv, "units_per_sale": None,
                            "note": reason, "connection": till})
                continue
            assert not reason, label
            d = by_key[key]
            expect, bid, also, units, detail = answer(d["entries"], d["cat"], meas, lv)
            who = "%s (%s)" % (d["name"], d["producer"])
            note = who
            if expect == "none":
                note = who + ": " + {"bottle": "this format is not held",
                                     "draught": "not held on draught",
                                     "pour": "no bottle to pour from"}[MEASURES[meas][0]]
                bid, also, units = None, [], None
            elif detail:
                note = who + ": " + detail
            if vint is not None and lv is None:
                note += " [%d cut off by the till]" % vint
            out.append({"label": label, "expect": expect, "beverage_id": bid,
                        "also_ok": also, "vintage": lv, "units_per_sale": units,
                        "note": note, "connection": till})
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    rows, by_key = library()
    cs = cases(by_key)
    dump(os.path.join(HERE, "lodeve_library.jsonl"), rows)
    dump(os.path.join(HERE, "lodeve_cases.jsonl"), cs)
    counts = {}
    for c in cs:
        counts.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    tot = {k: sum(v[k] for v in counts.values()) for k in ("yes", "almost", "none")}
    n = len(cs)
    for t, v in counts.items():
        print(t, v, sum(v.values()))
    print("total", n, {k: "%d (%.1f %%)" % (v, 100.0 * v / n) for k, v in tot.items()},
          "drinks", len(rows))


if __name__ == "__main__":
    main()
