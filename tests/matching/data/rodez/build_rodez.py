"""Build the rodez held-out set: rodez_library.jsonl and rodez_cases.jsonl (stdlib only,
deterministic). python3 build_rodez.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rodez_cases_carnet
import rodez_cases_export
import rodez_cases_zinc
import rodez_drinks
import rodez_rules
import rodez_tills

LIB_KEYS = ["id", "name", "producer", "appellation", "region", "country", "colour",
            "category", "vintage", "format_cl"]
FAM = {"rouge": "R", "blanc": "B", "rosé": "Ro", "effervescent": "E", "liquoreux": "L"}


def family(r):
    if r["colour"]:
        return FAM[r["colour"]]
    return {"autre": "A", "spiritueux": "G", "soft": "S"}.get(
        r["category"], "K" if r["format_cl"] >= 2000 else "Bi")


def fmt_units(u):
    return u if u == 1 else round(u, 4)


def build():
    lib = [{k: r[k] for k in LIB_KEYS} for r in rodez_drinks.rows()]
    by_id = {r["id"]: r for r in lib}
    cases, seen = [], set()
    for conn, mod in (("zinc", rodez_cases_zinc), ("carnet", rodez_cases_carnet),
                      ("export", rodez_cases_export)):
        render = rodez_tills.TILLS[conn]
        for line in mod.CASES.strip().splitlines():
            parts = line.split("|") + [""] * 6
            core, ref, vv, meas, fam, note = parts[:6]
            ref = by_id.get(ref)
            fam = fam or family(ref)
            label = render(core, fam, vv, meas)
            if label in seen:
                raise SystemExit("duplicate label: " + label)
            seen.add(label)
            vint = rodez_rules.label_vintage(conn, label)
            if ref is None:
                c = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                     "vintage": vint, "units_per_sale": None, "note": note}
            else:
                exp, bid, also, units = rodez_rules.answer(lib, ref, meas, vint)
                b = by_id[bid]
                n = "%s (%s)" % (b["name"], b["producer"])
                if exp == "almost":
                    n += ": label vintage %d not in library, has %s" % (
                        vint, sorted(by_id[i]["vintage"] for i in [bid, *also]))
                elif vv and vint is None:
                    n += ": vintage %s cut off by the till's width" % vv
                c = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                     "vintage": vint, "units_per_sale": fmt_units(units), "note": n}
            c["connection"] = conn
            cases.append(c)
    return lib, cases


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    lib, cases = build()
    dump(os.path.join(HERE, "rodez_library.jsonl"), lib)
    dump(os.path.join(HERE, "rodez_cases.jsonl"), cases)
    from collections import Counter
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    for t in ("zinc", "carnet", "export"):
        print(t, [cnt[(t, e)] for e in ("yes", "almost", "none")])
    tot = Counter(c["expect"] for c in cases)
    print(len(lib), "drinks", len(cases), "cases", {k: "%d (%.1f%%)" % (v, 100 * v / len(cases)) for k, v in tot.items()})
