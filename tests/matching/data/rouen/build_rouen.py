#!/usr/bin/env python3
"""Build rouen_library.jsonl and rouen_cases.jsonl (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rouen_cases_bar
import rouen_cases_evt
import rouen_cases_salle
import rouen_drinks
import rouen_rules as R
import rouen_tills as T

TILLS = [("BAR", rouen_cases_bar.CASES), ("SALLE", rouen_cases_salle.CASES), ("EVT", rouen_cases_evt.CASES)]

def library():
    lib, bykey, n = [], {}, 0
    for key, name, prod, app, reg, col, cat, kind, entries in rouen_drinks.D:
        bykey[key] = (kind, [])
        for fmt, v in entries:
            n += 1
            bid = "ro%03d" % n
            lib.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                        "region": reg, "country": "Écosse" if reg in ("Speyside",) else ("Portugal" if reg == "Douro" else "France"),
                        "colour": col, "category": cat, "vintage": v, "format_cl": fmt})
            bykey[key][1].append((fmt, v, bid))
    return lib, bykey

def render(till, fam, meas, text, vint, fmt):
    if till == "BAR":
        return T.render_bar(fam, meas, text, vint, fmt)
    if till == "SALLE":
        return T.render_salle(meas, text, vint, fmt)
    return T.render_evt(meas, text, vint, fmt)

def main():
    lib, bykey = library()
    names = {e["id"]: e for e in lib}
    cases, seen = [], set()
    for till, block in TILLS:
        for line in [l for l in block.strip().splitlines() if l]:
            f = line.split("|")
            key, meas, typed = f[0], f[1], (int(f[2]) + (2000 if int(f[2]) <= 30 else 1900)) if f[2] else None
            if typed and typed > 100000:
                raise SystemExit(line)
            if key == "-":
                fam, text, reason = f[3], f[4], f[5]
                fmt = 75 if meas == "btl" else None
            else:
                text = f[3]
                kind, ents = bykey[key]
                fam = kind
                tg = R.target_formats(meas, kind, [(a, b) for a, b, _ in ents])
                fmt = tg[0][0] if tg else (75 if kind in ("VIN", "CHP") else ents[0][0])
            label = render(till, fam, meas, text, typed, fmt)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            lv = T.vintage_of(label, till)
            cut = " [%d cut off by the till]" % typed if typed and lv is None else ""
            if key == "-":
                c = ("none", None, [], None, reason)
            else:
                group = [(bid, v) for fm, v, bid in ents if (fm, v) in tg]
                e0 = names[bykey[key][1][0][2]]
                desc = "%s (%s)" % (e0["name"], e0["producer"])
                if not group:
                    c = ("none", None, [], None, desc + ": format not held (%s)" % meas)
                else:
                    ex, bid, also = R.answer(group, lv)
                    note = desc
                    if ex == "almost":
                        note += ": label vintage %d not in library, has %s" % (lv, sorted(v for _, v in group))
                    c = (ex, bid, also, R.units(meas, names[bid]["format_cl"]), note + cut)
            cases.append({"label": label, "expect": c[0], "beverage_id": c[1], "also_ok": c[2],
                          "vintage": lv, "units_per_sale": c[3], "note": c[4], "connection": till})
    with open(os.path.join(HERE, "rouen_library.jsonl"), "w", encoding="utf-8") as fh:
        for e in lib:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "rouen_cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        cnt = Counter((c["connection"], c["expect"]) for c in cases)
        for t, _ in TILLS:
            print(t, [cnt[(t, x)] for x in ("yes", "almost", "none")])
        tot = Counter(c["expect"] for c in cases)
        print(len(lib), len(cases), {k: round(100 * v / len(cases), 1) for k, v in tot.items()})

if __name__ == "__main__":
    main()
