"""Build the blind held-out set "Brasserie des Célestins" (Vichy): stdlib only, deterministic.
python3 build_vichy.py [-v]  writes vichy_library.jsonl and vichy_cases.jsonl beside it."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import vichy_cases_caisse
import vichy_cases_export
import vichy_cases_tablette
from vichy_drinks import DRINKS
from vichy_rules import answer
from vichy_tills import TILLS, vol_of

FMT_ORDER = lambda f: (f != 75, f)  # noqa: E731


def library():
    rows, ids, n = [], {}, 0
    for d in DRINKS:
        key, name, prod, app, region, colour, cat, fmts = d[:8]
        country = d[8] if len(d) > 8 else "France"
        ids[key] = {}
        for f in sorted(fmts, key=FMT_ORDER):
            for v in sorted(fmts[f], key=lambda v: (v is None, v)):
                n += 1
                bid = "vy%03d" % n
                ids[key][(f, v)] = bid
                fc = int(f) if float(f).is_integer() else f
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                             "region": region, "country": country, "colour": colour,
                             "category": cat, "vintage": v, "format_cl": fc})
    return rows, ids


def parse(line):
    p = line.split("|")
    key, measure, vint, text = p[0], p[1], p[2], p[3]
    reason = p[4] if len(p) > 4 else ""
    return key, measure, int(vint) if vint else None, text, reason


def cases(ids):
    drinks = {d[0]: d for d in DRINKS}
    out, seen = [], set()
    for conn, mod in (("caisse", vichy_cases_caisse), ("tablette", vichy_cases_tablette),
                      ("export", vichy_cases_export)):
        render, read = TILLS[conn]
        for line in mod.CASES:
            key, measure, typed, text, reason = parse(line)
            label = render(text, measure, typed)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            vol, lv = read(label)
            want = vol_of(measure) if measure else None
            if vol != want:
                raise SystemExit("%s: measure misread %r: %r != %r" % (conn, label, vol, want))
            if lv not in (typed, None):
                raise SystemExit("%s: vintage misread %r" % (conn, label))
            cut = typed is not None and lv is None
            if key == "-":
                if not reason:
                    raise SystemExit("none without reason: %r" % line)
                exp, bid, also, units, why = "none", None, [], None, reason
                note = reason
            else:
                d = drinks[key]
                exp, bid, also, units, why = answer(d, ids[key], measure, lv)
                note = "%s (%s)" % (d[1], d[2]) + (": " + why if why else "")
                if reason:
                    raise SystemExit("reason on a library drink: %r" % line)
            if cut:
                note += " [%d cut off by the till]" % typed
            if units is not None:
                units = 1 if units == 1 else round(units, 4)
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": lv, "units_per_sale": units, "note": note,
                        "connection": conn})
    return out


def main():
    lib, ids = library()
    cs = cases(ids)
    with open(os.path.join(HERE, "vichy_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "vichy_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in cs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c = Counter((r["connection"], r["expect"]) for r in cs)
    tot = Counter(r["expect"] for r in cs)
    print("library %d, cases %d" % (len(lib), len(cs)))
    for conn in ("caisse", "tablette", "export"):
        print("%-9s yes %3d almost %3d none %3d" % (conn, c[conn, "yes"], c[conn, "almost"], c[conn, "none"]))
    print("all       " + "  ".join("%s %d (%.1f %%)" % (k, tot[k], 100 * tot[k] / len(cs)) for k in ("yes", "almost", "none")))
    if "-v" in sys.argv:
        for r in cs:
            print("%-8s %-6s %-6s %-40s %s" % (r["connection"][:8], r["expect"], r["beverage_id"], r["label"], r["units_per_sale"]))


if __name__ == "__main__":
    main()
