"""Build the Limoges blind held-out set (stdlib only, deterministic).

python3 tests/matching/data/limoges/build_limoges.py
writes limoges_library.jsonl and limoges_cases.jsonl beside this file.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import limoges_cases_b
import limoges_cases_r
import limoges_cases_t
import limoges_drinks
import limoges_tills as tills

ID = "lm"
CONNECTIONS = [("R", limoges_cases_r.SPECS), ("B", limoges_cases_b.SPECS), ("T", limoges_cases_t.SPECS)]


def build_library():
    lib, by_key = [], {}
    for key, (name, prod, app, reg, country, colour, cat, formats) in limoges_drinks.DRINKS:
        for fmt in sorted(formats, key=lambda f: (f != 75, f)):
            for v in sorted(formats[fmt], key=lambda x: x or 0):
                e = {"id": "%s%03d" % (ID, len(lib) + 1), "name": name, "producer": prod,
                     "appellation": app, "region": reg, "country": country, "colour": colour,
                     "category": cat, "vintage": v, "format_cl": fmt}
                lib.append(e)
                by_key.setdefault(key, []).append(e)
    return lib, by_key


def parse(spec_line):
    f = spec_line.split("|")
    exp = f[0]
    if exp in ("y", "a"):
        if len(f) == 4:
            f = [*f[:3], "", *f[3:]]
        assert len(f) == 5, spec_line
        return exp, f[1], f[2], f[3], f[4], ""
    if len(f) == 5:
        f = [*f[:3], "", *f[3:]]
    assert len(f) == 6, spec_line
    return exp, f[1], f[2], f[3], f[4], f[5]


def units(vol, fmt):
    u = round(vol / fmt, 4)
    return int(u) if u == int(u) else u


def describe(e):
    return "%s (%s)" % (e["name"], e["producer"])


def resolve(key, meas, label_vint, entries):
    """The bench README's answer for a typed product of the library, from the rendered label."""
    kind, vol = tills.MEASURES[meas][:2]
    formats = sorted({e["format_cl"] for e in entries})
    wine = entries[0]["category"] in ("vin", "champagne")
    if kind == "bottle":
        if vol is None:
            if wine:
                fmt = 75
            else:
                assert len(formats) == 1, (key, formats)
                fmt = formats[0]
        else:
            fmt = vol
        u_vol = fmt
    elif kind == "pour":
        small = [f for f in formats if f < 1000]
        fmt = 75 if 75 in formats else (small[0] if len(small) == 1 else None)
        assert fmt is not None, key
        u_vol = vol
    else:
        kegs = [f for f in formats if f >= 1000]
        fmt = kegs[0] if kegs else None
        u_vol = vol
    same = [e for e in entries if e["format_cl"] == fmt]
    if not same:
        why = {"bottle": "%s cl bottle not held" % fmt, "draught": "no draught (keg) held"}.get(kind, "format not held")
        return "none", None, [], None, "%s: %s" % (describe(entries[0]), why)
    vints = sorted(e["vintage"] for e in same if e["vintage"] is not None)
    u = units(u_vol, fmt)
    if label_vint is None or not vints:
        best = max(same, key=lambda e: e["vintage"] or 0)
        others = [e["id"] for e in same if e is not best]
        return "yes", best["id"], others, u, describe(best)
    hit = [e for e in same if e["vintage"] == label_vint]
    if hit:
        return "yes", hit[0]["id"], [], u, describe(hit[0])
    best = min(same, key=lambda e: (abs(e["vintage"] - label_vint), -e["vintage"]))
    others = [e["id"] for e in same if e is not best]
    return ("almost", best["id"], others, u,
            "%s: label vintage %d not in library, has %s" % (describe(best), label_vint, vints))


def main():
    lib, by_key = build_library()
    cases, errors, labels = [], [], set()
    for conn, specs in CONNECTIONS:
        used = set()
        for line in specs.strip().splitlines():
            exp, key, meas, vint, text, reason = parse(line)
            if key.startswith("-"):
                fam = key[1:]
                entries = None
            else:
                entries = by_key[key]
                e0 = entries[0]
                fam = tills.family_of(e0["colour"], e0["category"], e0["name"])
            label = tills.render(conn, fam, meas, vint, text, used)
            lv = tills.read_vintage(conn, label)
            if vint:
                typed = int(vint.strip("'"))
                typed = typed if typed > 100 else (2000 + typed if typed <= 30 else 1900 + typed)
                if lv is not None and lv != typed:
                    errors.append("%s: vintage read %s, typed %s" % (label, lv, typed))
            elif lv is not None:
                errors.append("%s: a vintage read where none was typed" % label)
            if entries is None:
                ans, bid, also, u, note = "none", None, [], None, reason
            else:
                ans, bid, also, u, note = resolve(key, meas, lv, entries)
                if vint and lv is None:
                    note += " [%s cut off by the till]" % (typed,)
            if ans[0] != exp:
                errors.append("%s: declared %s, computed %s (%s)" % (label, exp, ans, note))
            if label in labels:
                errors.append("duplicate label %s" % label)
            labels.add(label)
            cases.append({"label": label, "expect": ans, "beverage_id": bid, "also_ok": also,
                          "vintage": lv, "units_per_sale": u, "note": note, "connection": conn})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "limoges_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "limoges_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print(len(lib), "drinks,", len(cases), "cases")
    for conn in "RBT":
        print(conn, [counts.get((conn, a), 0) for a in ("yes", "almost", "none")])
    tot = [sum(counts.get((c, a), 0) for c in "RBT") for a in ("yes", "almost", "none")]
    print("all", tot, ["%.1f%%" % (100 * t / len(cases)) for t in tot])


if __name__ == "__main__":
    main()
