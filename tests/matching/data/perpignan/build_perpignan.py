"""Builds the Le Castillet (Perpignan) blind held-out set: perpignan_library.jsonl and
perpignan_cases.jsonl. Stdlib only, deterministic. python3 build_perpignan.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import perpignan_cases_bar
import perpignan_cases_caisse
import perpignan_cases_export
from perpignan_drinks import DRINKS
from perpignan_rules import answer
from perpignan_tills import read, render

ID = "pp"


def family(e):
    cat, col = e["category"], e["colour"]
    if cat == "champagne" or col == "effervescent" or (col == "rosé" and "Crémant" in (e["appellation"] or "")):
        return "BUL"
    if cat == "vin":
        return {"rouge": "VR", "blanc": "VB", "rosé": "VRS", "liquoreux": "VDN"}[col]
    if cat == "bière":
        return "PRS" if e["format_cl"] >= 2000 else "BIB"
    return {"spiritueux": "ALC", "autre": "APE", "soft": "SFT"}[cat]


def library():
    rows, by_key = [], {}
    for key, name, prod, app, region, col, cat, fmts in DRINKS:
        for fmt in sorted(fmts):
            for v in sorted(fmts[fmt], key=lambda x: x or 0):
                row = {"id": "%s%03d" % (ID, len(rows) + 1), "name": name, "producer": prod,
                       "appellation": app, "region": region, "country": "France",
                       "colour": col, "category": cat, "vintage": v, "format_cl": fmt}
                rows.append(row)
                by_key.setdefault(key, []).append(row)
    return rows, by_key


def cases(by_key):
    out, seen = [], set()
    for mod, style in ((perpignan_cases_caisse, "caisse"), (perpignan_cases_bar, "bar"), (perpignan_cases_export, "export")):
        for line in mod.CASES.strip().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            f = [x.strip() for x in line.split("|")]
            while len(f) < 5:
                f.append("")
            key, meas, vint, words, note = f
            vint = int(vint) if vint else None
            meas = meas or "btl"
            if key.startswith("!"):
                fam = key[1:]
                product = words
                entries = None
            else:
                entries = by_key[key]
                # pours of a draught beer print the keg family
                fam = family(max(entries, key=lambda e: e["format_cl"]) if meas in ("demi", "pinte") else entries[0])
                if entries[0]["category"] == "bière" and meas not in ("demi", "pinte"):
                    fam = "BIB"
                product = key
            label = render(style, fam, product, meas, vint, words)
            rv, rm = read(style, label)
            if rm != meas:
                raise SystemExit("measure lost on %r (%s): %s" % (label, meas, rm))
            if rv is not None and rv != vint:
                raise SystemExit("vintage misread on %r: %s" % (label, rv))
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            if entries is None:
                exp, bid, also, units, why = "none", None, [], None, note
            else:
                exp, bid, also, units, why = answer(entries, meas, rv)
                e0 = entries[0]
                why = "; ".join(x for x in ("%s (%s)" % (e0["name"], e0["producer"]), why, note) if x)
                if exp == "none":
                    pass
            if vint is not None and rv is None:
                why += " [%d cut off by the till]" % vint
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": rv, "units_per_sale": units, "note": why, "connection": style})
    return out


def main():
    rows, by_key = library()
    cs = cases(by_key)
    with open(os.path.join(HERE, "perpignan_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "perpignan_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    cnt = Counter((c["connection"], c["expect"]) for c in cs)
    print(len(rows), "drinks,", len(cs), "cases")
    for t in ("caisse", "bar", "export"):
        print(t, [cnt[(t, x)] for x in ("yes", "almost", "none")])
    tot = Counter(c["expect"] for c in cs)
    print({k: "%d (%.1f%%)" % (v, 100 * v / len(cs)) for k, v in tot.items()})


if __name__ == "__main__":
    main()
