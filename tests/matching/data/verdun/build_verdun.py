"""Build the Verdun blind set: numbers the library, renders every label with its till's
habits, reads the vintage back from the printed label, applies the bench README's rules and
writes verdun_library.jsonl and verdun_cases.jsonl (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import verdun_cases_compta
import verdun_cases_kellner
import verdun_cases_siege
import verdun_tills as T
from verdun_drinks import DRINKS
from verdun_rules import MEASURES, answer

TILLS = [("siege", verdun_cases_siege.CASES), ("kellner", verdun_cases_kellner.CASES),
         ("compta", verdun_cases_compta.CASES)]


def library():
    rows, entries, by_key = [], {}, {}
    n = 0
    for d in DRINKS:
        key, name, producer, app, region, country, colour, cat, held = d
        by_key[key] = d
        for vint, fmt in held:
            n += 1
            i = "vd%03d" % n
            rows.append({"id": i, "name": name, "producer": producer, "appellation": app,
                         "region": region, "country": country, "colour": colour,
                         "category": cat, "vintage": vint, "format_cl": fmt})
            entries.setdefault(key, []).append((i, vint, fmt))
    return rows, entries, by_key


def vol_of(measure, drink):
    kind, vol = MEASURES[measure]
    if kind == "U":
        return None
    if kind == "B":
        if drink is None or drink[7] in ("vin", "champagne"):
            return 75
        fmts = [f for _, f in drink[8] if f < 1000]
        return fmts[0]
    return vol


def fmt_units(u):
    return u if u is None else (1 if u == 1 else round(u, 4))


def build(verbose=False):
    rows, entries, by_key = library()
    cases, seen = [], set()
    for till, text in TILLS:
        for line in text.strip().splitlines():
            parts = line.split("|")
            if len(parts) != 5:
                raise SystemExit(f"bad line: {line}")
            ident, measure, vint, desc, last = parts
            vint = int(vint) if vint else None
            if measure not in MEASURES:
                raise SystemExit(f"unknown measure: {line}")
            drink = None
            if ident.startswith("-"):
                fam = ident[1:]
                if fam not in T.FAMILIES:
                    raise SystemExit(f"unknown family: {line}")
            else:
                drink = by_key[ident]
                fam = T.family_of(drink, measure)
            vol = vol_of(measure, drink)
            try:
                if till == "siege":
                    label, lost = T.render_siege(fam, ident if drink else desc, measure, vol, desc, vint)
                elif till == "kellner":
                    label, lost = T.render_kellner(fam, measure, desc, vint)
                else:
                    label, lost = T.render_compta(fam, ident if drink else desc, measure, vol, desc, vint)
            except T.CutRefused as e:
                raise SystemExit(f"{till}: {e}")
            if label in seen:
                raise SystemExit(f"duplicate label: {label}")
            seen.add(label)
            read = T.READ_VINTAGE[till](label)
            if lost:
                if read is not None:
                    raise SystemExit(f"cut vintage still read: {label}")
            elif read != vint:
                raise SystemExit(f"vintage read back {read} != {vint}: {label}")
            if drink is None:
                expect, bid, also, units, note = "none", None, [], None, last
            else:
                wine = drink[7] in ("vin", "champagne")
                expect, bid, also, units, why = answer(entries[ident], wine, measure, read)
                if expect != last:
                    raise SystemExit(f"{till}: computed {expect}, wanted {last}: {label} ({why})")
                note = f"{drink[1]} ({drink[2]})"
                if expect == "none" or why:
                    note += f": {why}"
                if MEASURES[measure][0] in ("P", "K") and expect != "none":
                    fmt = next(f for i, v, f in entries[ident] if i == bid)
                    note += f"; {MEASURES[measure][1]:g} cl of {fmt:g} cl"
                if lost:
                    note += f" [{vint} cut off by the till]"
            cases.append({"label": label, "expect": expect, "beverage_id": bid,
                          "also_ok": also, "vintage": read, "units_per_sale": fmt_units(units),
                          "note": note, "connection": till})
            if verbose:
                print(f"{till:8} {expect:6} {label}")
    return rows, cases


def main():
    rows, cases = build("-v" in sys.argv)
    with open(os.path.join(HERE, "verdun_library.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "verdun_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tot = {}
    for c in cases:
        tot.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    n = len(cases)
    print(f"library {len(rows)}  cases {n}")
    for t, d in tot.items():
        print(f"  {t:8} yes {d['yes']:3} almost {d['almost']:3} none {d['none']:3} total {sum(d.values())}")
    for a in ("yes", "almost", "none"):
        k = sum(d[a] for d in tot.values())
        print(f"  {a:6} {k:3} {100 * k / n:5.1f} %")


if __name__ == "__main__":
    main()
