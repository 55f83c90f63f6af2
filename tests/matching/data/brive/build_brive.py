"""Build brive_library.jsonl and brive_cases.jsonl (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import brive_cases_k
import brive_cases_t
import brive_cases_x
from brive_drinks import DRINKS
from brive_tills import BOTTLES, POURS, READ_VINTAGE, RENDER

FOREIGN = {"glen12": "Écosse", "glen15": "Écosse", "jackd": "États-Unis", "diplomatico": "Venezuela",
           "absolut": "Suède", "kaffligem": "Belgique", "kgrim": "Belgique", "bcorona": "Mexique",
           "bchimayb": "Belgique", "bchimayr": "Belgique", "bduvel": "Belgique", "bheineken": "Pays-Bas",
           "bdesperados": "Pays-Bas", "coca": "États-Unis", "cocazero": "États-Unis", "schweppes": "Royaume-Uni"}

def library():
    rows, bykey, n = [], {}, 0
    for key, name, prod, app, reg, col, cat, held in DRINKS:
        for vin, fmt in held:
            n += 1
            r = {"id": "bw%03d" % n, "name": name, "producer": prod, "appellation": app, "region": reg,
                 "country": FOREIGN.get(key, "France"),
                 "colour": col, "category": cat, "vintage": vin, "format_cl": fmt}
            rows.append(r); bykey.setdefault(key, []).append(r)
    return rows, bykey

def num(x):
    return int(x) if float(x).is_integer() else x

def resolve(entries, meas, vintage):
    """Answer by the bench README for a drink with these entries; returns (expect, id, also_ok, units, why)."""
    fmts = sorted({e["format_cl"] for e in entries})
    keg = all(f >= 2000 for f in fmts)
    if meas in POURS:
        if meas in ("DEMI", "PINTE") and not keg:
            return ("none", None, [], None, "beer measure on a drink not on a keg")
        if keg and meas not in ("DEMI", "PINTE"):
            return ("none", None, [], None, "keg poured only as demi or pinte")
        target = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 and fmts[0] not in (37.5, 150) else None)
        if target is None:
            return ("none", None, [], None, "no ordinary bottle")
        units = round(POURS[meas] / target, 4)
    else:
        if keg:
            return ("none", None, [], None, "keg sold only by the measure")
        want = BOTTLES[meas]
        if meas == "BTL" and 75 not in fmts:
            want = fmts[0] if len(fmts) == 1 and fmts[0] not in (37.5, 150) else 75
        elif want is None:
            want = fmts[0] if len(fmts) == 1 else 75
        if want not in fmts:
            return ("none", None, [], None, f"format {num(want)} cl not held")
        target, units = want, 1
    cand = [e for e in entries if e["format_cl"] == target]
    vins = [e["vintage"] for e in cand if e["vintage"] is not None]
    if vintage is None or not vins:
        best = max(cand, key=lambda e: (e["vintage"] or 0))
        return ("yes", best["id"], [e["id"] for e in cand if e is not best], units, "")
    for e in cand:
        if e["vintage"] == vintage:
            return ("yes", e["id"], [], units, "")
    best = min(cand, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return ("almost", best["id"], [e["id"] for e in cand if e is not best], units,
            "label vintage %d not held, has %s" % (vintage, sorted(vins)))

def cases(bykey):
    out, seen, errors = [], set(), []
    for conn, mod in (("K", brive_cases_k), ("T", brive_cases_t), ("X", brive_cases_x)):
        for spec in mod.CASES:
            exp, key, meas, vin, text, reason = spec
            if key.startswith("-"):
                family, entries = key, None
            else:
                entries = bykey[key]; e0 = entries[0]
                family = e0["colour"] if e0["category"] in ("vin", "champagne") else e0["category"]
            label = RENDER[conn](family, meas, text, vin)
            rv = READ_VINTAGE[conn](label)
            if rv is not None and rv != vin:
                errors.append(f"{label}: vintage read {rv} != typed {vin}")
            ans = ("none", None, [], None, "") if entries is None else resolve(entries, meas, rv)
            note = reason
            if ans[4]: note += "; " + ans[4]
            if vin and rv is None: note += " [%d cut off by the till]" % vin
            if ans[1]:
                e = next(r for r in entries if r["id"] == ans[1])
                note = "{} ({}): {}".format(e["name"], e["producer"], note)
            if ans[0] != exp:
                errors.append(f"{conn} {label}: declared {exp}, computed {ans[0]} ({ans[4]})")
            if label in seen:
                errors.append("duplicate label " + label)
            seen.add(label)
            out.append({"label": label, "expect": ans[0], "beverage_id": ans[1], "also_ok": ans[2],
                        "vintage": rv, "units_per_sale": ans[3], "note": note.strip("; "), "connection": conn})
    return out, errors

def main():
    lib, bykey = library()
    cs, errors = cases(bykey)
    if errors:
        print("\n".join(errors)); sys.exit(1)
    with open(os.path.join(HERE, "brive_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in lib: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "brive_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cs: f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("library %d, cases %d" % (len(lib), len(cs)))

if __name__ == "__main__":
    main()
