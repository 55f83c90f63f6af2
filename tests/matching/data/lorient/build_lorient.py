"""Build the blind held-out set "lorient": python3 build_lorient.py (stdlib only)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lorient_cases_bar
import lorient_cases_caisse
import lorient_cases_tablette
import lorient_tills as tills
from lorient_drinks import DRINKS
from lorient_rules import answer, read_label

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
          "category", "vintage", "format_cl"]


def library():
    rows, drinks, n = [], {}, 0
    for key, name, prod, app, reg, country, colour, cat, formats in DRINKS:
        d = {"formats": formats, "category": cat, "entries": {}, "name": name,
             "producer": prod, "colour": colour}
        for fmt, vints in formats.items():
            for v in vints:
                n += 1
                eid = "lr%03d" % n
                d["entries"][(fmt, v)] = eid
                rows.append(dict(zip(FIELDS, [eid, name, prod, app, reg, country, colour,
                                              cat, v, fmt], strict=False)))
        drinks[key] = d
    return rows, drinks


def cases(drinks):
    out = []
    for conn, mod in (("caisse", lorient_cases_caisse), ("tablette", lorient_cases_tablette),
                      ("bar", lorient_cases_bar)):
        for line in mod.CASES.strip().splitlines():
            parts = line.split("|")
            if parts[0] == "-":
                _, measure, text, reason = parts
                measure = measure or None
                if conn == "caisse":
                    label = text[:tills.CUT].rstrip()
                    # the register cuts typed names too
                elif conn == "tablette":
                    label = tills.render_tablette(measure, text, None)
                else:
                    label = tills.render_bar(None, measure, text, None)
                out.append({"label": label, "expect": "none", "beverage_id": None,
                            "also_ok": [], "vintage": read_label(conn, label)[1],
                            "units_per_sale": None, "note": reason, "connection": conn})
                continue
            key, measure, vint, text = parts
            d = drinks[key]
            typed = int(vint) if vint else None
            full = None
            if conn == "caisse":
                fam = tills.family({"category": d["category"], "colour": d["colour"],
                                    "name": d["name"]}, measure)
                label, full = tills.render_caisse(fam, measure, text, typed)
            elif conn == "tablette":
                label = tills.render_tablette(measure, text, typed)
            else:
                label = tills.render_bar(key, measure, text, typed)
            m, lv = read_label(conn, label)
            assert m == measure, (label, m, measure)
            expect, bid, also, units = answer(d, lv, measure)
            note = "%s (%s)" % (d["name"], d["producer"])
            if expect == "none":
                note += ": format or measure not held"
            elif expect == "almost":
                note += ": label vintage %d not held" % lv
            if typed and lv is None:
                note += " [%d cut off by the till]" % typed
            out.append({"label": label, "expect": expect, "beverage_id": bid,
                        "also_ok": also, "vintage": lv, "units_per_sale": units,
                        "note": note, "connection": conn})
    labels = [c["label"] for c in out]
    dup = {x for x in labels if labels.count(x) > 1}
    assert not dup, dup
    return out


def main():
    rows, drinks = library()
    cs = cases(drinks)
    with open(os.path.join(HERE, "lorient_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "lorient_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("library", len(rows), "cases", len(cs))
    tot = {}
    for c in cs:
        tot.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    for k, v in tot.items():
        print(k, v, sum(v.values()))
    for e in ("yes", "almost", "none"):
        n = sum(v[e] for v in tot.values())
        print(e, n, "%.1f%%" % (100 * n / len(cs)))


if __name__ == "__main__":
    main()
