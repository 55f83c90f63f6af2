"""Build the BLIND held-out set of Le Berry Gourmand (Bourges): bourges_library.jsonl and
bourges_cases.jsonl. Stdlib only, deterministic: python3 build_bourges.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import bourges_rules as R
import bourges_tills as T
from bourges_cases_compta import CASES as C_COMPTA
from bourges_cases_comptoir import CASES as C_COMPTOIR
from bourges_cases_tablette import CASES as C_TABLETTE
from bourges_drinks import DRINKS

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
          "category", "vintage", "format_cl"]


def library():
    lib, n = [], 0
    for key, name, prod, app, reg, ctry, col, cat, fmts in DRINKS:
        for fmt in sorted(fmts):
            for v in sorted(fmts[fmt], key=lambda x: x or 0):
                n += 1
                e = dict(zip(FIELDS, ["bg%03d" % n, name, prod, app, reg, ctry, col, cat, v, fmt], strict=False))
                e["_key"] = key
                lib.append(e)
    return lib


def units(x):
    return 1 if abs(x - 1) < 1e-9 else round(x, 4)


def build_case(lib, drinks, till, spec):
    key, meas, vint, text = spec[:4]
    reason = spec[4] if len(spec) > 4 else None
    d = drinks.get(key)
    if key != "-" and d is None:
        raise SystemExit("unknown key %r" % key)
    cat = d[7] if d else None
    if till == "comptoir":
        label = T.render_comptoir(text, meas, vint)
        rmeas, rvint = T.read_comptoir(label)
        if rmeas != meas:
            raise SystemExit("misread measure: %r" % label)
        kind, vol = T.MEASURES[meas]
    elif till == "tablette":
        label = T.render_tablette(text, meas, vint, key)
        rmeas, rvint = T.read_tablette(label)
        if rmeas != meas:
            raise SystemExit("misread measure: %r" % label)
        kind, vol = T.MEASURES[meas]
    else:
        k0, v0 = T.MEASURES[meas]
        if k0 == "bottle" and v0 is None:
            if d and cat not in ("vin", "champagne"):
                fl = sorted(d[8])
                v0 = fl[0] if len(fl) == 1 else None
            else:
                v0 = 75
        label = T.render_compta(text, meas, vint, key, d[6] if d else None, v0 if k0 else None)
        vol, rvint = T.read_compta(label)
        kind = "volume" if vol is not None else None
    if vint is not None and rvint is None:
        cut = " [%d cut off by the till]" % vint
    elif rvint != vint:
        raise SystemExit("misread vintage: %r" % label)
    else:
        cut = ""
    none = {"expect": "none", "beverage_id": None, "also_ok": [], "vintage": rvint,
            "units_per_sale": None}
    if key == "-":
        out = dict(none, note=reason + cut)
    else:
        name = "%s (%s)" % (d[1], d[2])
        fmt, u = R.resolve(lib, key, kind, vol, cat) if kind else (None, "no measure")
        if fmt is None:
            out = dict(none, note="%s: %s%s" % (name, u, cut))
        else:
            exp, best, also = R.answer(lib, key, fmt, rvint)
            note = name
            if exp == "almost":
                held = sorted(e["vintage"] for e in lib if e["_key"] == key and e["format_cl"] == fmt)
                note += ": label vintage %d not in library, has %s" % (rvint, held)
            out = {"expect": exp, "beverage_id": best["id"], "also_ok": also, "vintage": rvint,
                   "units_per_sale": units(u), "note": note + cut}
            if reason:
                out["note"] += "; " + reason
    case = {"label": label}
    for f in ["expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note"]:
        case[f] = out[f]
    case["connection"] = till
    return case


def main():
    lib = library()
    drinks = {d[0]: d for d in DRINKS}
    cases, seen = [], set()
    for till, specs in (("comptoir", C_COMPTOIR), ("tablette", C_TABLETTE), ("compta", C_COMPTA)):
        for spec in specs:
            c = build_case(lib, drinks, till, spec)
            if c["label"] in seen:
                raise SystemExit("duplicate label %r" % c["label"])
            seen.add(c["label"])
            cases.append(c)
    with open(os.path.join(HERE, "bourges_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "bourges_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        cnt = Counter((c["connection"], c["expect"]) for c in cases)
        for till in ("comptoir", "tablette", "compta"):
            print(till, [cnt[(till, a)] for a in ("yes", "almost", "none")])
        tot = Counter(c["expect"] for c in cases)
        print(len(lib), "drinks,", len(cases), "cases", {k: "%d (%.1f%%)" % (v, 100 * v / len(cases)) for k, v in tot.items()})


if __name__ == "__main__":
    main()
