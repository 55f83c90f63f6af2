"""Builds cherbourg_library.jsonl and cherbourg_cases.jsonl (stdlib only, deterministic).
python3 build_cherbourg.py [-v]"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cherbourg_cases_caisse as CC
import cherbourg_cases_stock as CS
import cherbourg_cases_voucher as CV
import cherbourg_drinks as D
import cherbourg_rules as R
import cherbourg_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def num(x):
    return int(x) if float(x) == int(x) else x


def library():
    rows, by_key, n = [], {}, 0
    for key, name, prod, app, reg, cty, col, cat, fmts in D.DRINKS:
        by_key[key] = []
        for fmt in fmts:
            for v in fmts[fmt]:
                n += 1
                i = "cb%03d" % n
                rows.append(dict(zip(LIB_FIELDS, [i, name, prod, app, reg, cty, col, cat, v, num(fmt)], strict=False)))
                by_key[key].append((i, fmt, v))
    return rows, by_key


def describe(key):
    r = next(d for d in D.DRINKS if d[0] == key)
    return "%s (%s)" % (r[1], r[2])


def build_case(till, spec, by_key):
    parts = spec.split("|")
    key, meas, v, text = parts[:4]
    vint = int(v) if v else None
    reason = parts[4] if len(parts) > 4 else ""
    cut = False
    if till == "CAISSE":
        wine = key == "-" or next(d for d in D.DRINKS if d[0] == key)[7] in ("vin", "champagne")
        label, cut = T.render_caisse(meas, text, vint, wine)
        m2, v2, body = T.parse_caisse(label)
        assert m2 == meas, (spec, label)
        if vint and v2 is None:
            last = body.split()[-1]
            assert not (len(last) == 1 and last.isdigit()), ("half a vintage", spec)
            assert cut, spec
    elif till == "STOCK":
        if meas == "RAW":
            label = text
        else:
            if key != "-":
                fmts = sorted({e[1] for e in by_key[key]})
                fmt, vol = R.resolve(fmts, meas)
            else:
                m, at = meas.split("@")
                fmt, vol = R.resolve([float(at)], m)
            label = T.render_stock(fmt, vol, text, vint)
        p = T.parse_stock(label)
        v2 = p[2] if p else None
    else:
        if key == "-" and meas in T.VOUCHER_OTHER:
            label = T.render_voucher("", text, vint, other=meas)
        else:
            label = T.render_voucher(meas, text, vint)
        m2, v2, typ, name = T.parse_voucher(label)
    if vint is not None and v2 is None and till != "CAISSE":
        raise SystemExit("vintage lost: " + spec)
    if v2 is not None and v2 != vint:
        raise SystemExit("vintage misread: %s -> %s" % (spec, v2))
    if key == "-":
        return {"label": label, "expect": "none", "beverage_id": None, "also_ok": [], "vintage": v2,
                    "units_per_sale": None, "note": reason, "connection": till}
    rmeas = "BT" if meas in ("CAN", "SOFT") else meas
    exp, bid, also, units, why = R.answer(by_key[key], rmeas, v2)
    note = describe(key)
    if exp == "none":
        note += ": " + (reason or "format not held")
    elif why:
        note += ": " + why
    if cut and vint and v2 is None:
        note += " [%d cut off by the till]" % vint
    return {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also, "vintage": v2,
                "units_per_sale": units, "note": note, "connection": till}


def main():
    rows, by_key = library()
    cases = []
    for till, mod in (("CAISSE", CC), ("STOCK", CS), ("VOUCHER", CV)):
        for spec in mod.CASES:
            cases.append(build_case(till, spec.strip(), by_key))
    labels = [c["label"] for c in cases]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise SystemExit("duplicate labels: %s" % dup)
    with open(os.path.join(HERE, "cherbourg_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "cherbourg_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        tot = {}
        for c in cases:
            tot.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
        print(len(rows), "drinks,", len(cases), "cases")
        for t, d in tot.items():
            print(t, d)
        n = len(cases)
        for a in ("yes", "almost", "none"):
            print(a, round(100 * sum(d[a] for d in tot.values()) / n, 1))


if __name__ == "__main__":
    main()
