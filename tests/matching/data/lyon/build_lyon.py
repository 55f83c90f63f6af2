"""Build lyon_library.jsonl and lyon_cases.jsonl (Le Mâchon des Canuts, Lyon 2e).

python3 build_lyon.py  -- same bytes on every run.
Each case is what a till rendered from a spec; the expected answer is computed from the
RENDERED label (a vintage cut off by the register is no longer on the label).
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lyon_drinks as D
import lyon_specs as S
import lyon_tills as TL

SEED = 20261129


def build_library():
    lib, by_key = [], {}
    n = 0
    for key, name, prod, app, reg, col, cat, fmts in D.WINES:
        rows = [
            (key, name, prod, app, reg, "France", col, cat, f, v)
            for f in sorted(fmts)
            for v in sorted(fmts[f], key=lambda x: x or 0)
        ]
        for r in rows:
            n += 1
            lib.append(
                dict(
                    zip(
                        (
                            "key",
                            "name",
                            "producer",
                            "appellation",
                            "region",
                            "country",
                            "colour",
                            "category",
                            "format_cl",
                            "vintage",
                        ),
                        r, strict=False,
                    ),
                    id="y%03d" % n,
                )
            )
    for key, name, prod, app, reg, country, cat, fmts in D.OTHERS:
        for f in sorted(fmts):
            for v in fmts[f]:
                n += 1
                lib.append(
                    {
                        "key": key,
                        "name": name,
                        "producer": prod,
                        "appellation": app,
                        "region": reg,
                        "country": country,
                        "colour": None,
                        "category": cat,
                        "format_cl": f,
                        "vintage": v,
                        "id": "y%03d" % n,
                    }
                )
    for e in lib:
        by_key.setdefault(e["key"], []).append(e)
    return lib, by_key


def ordinary_format(entries):
    fmts = sorted({e["format_cl"] for e in entries})
    if 75 in fmts:
        return 75
    if len(fmts) == 1:
        return fmts[0]
    bottles = [f for f in fmts if f < 1000]
    if len(bottles) == 1:
        return bottles[0]
    raise ValueError(f"no ordinary format among {fmts}")


def fmt_cl(x):
    return f"{x:g}"


def answer(by_key, key, measure, vis_vintage):
    """(expect, entry, also_ok, units, why) by the bench README's rules."""
    entries = by_key[key]
    kind, vol = TL.MEASURES[measure]
    if kind == "bottle":
        fmt = vol if vol is not None else ordinary_format(entries)
        units = 1
    elif kind == "pour":
        fmt = ordinary_format(entries)
        units = round(vol / fmt, 4)
    else:
        kegs = [e["format_cl"] for e in entries if e["format_cl"] >= 1000]
        if not kegs:
            return "none", None, [], None, "not held on draught"
        fmt = kegs[0]
        units = round(vol / fmt, 4)
    cands = [e for e in entries if e["format_cl"] == fmt]
    if not cands:
        return "none", None, [], None, f"format {fmt_cl(fmt)} cl not held"
    vints = [e["vintage"] for e in cands]
    if vis_vintage is not None and None in vints:
        raise ValueError(f"vintage on a non-vintage drink {key}")
    if vis_vintage is not None and vis_vintage in vints:
        e = cands[vints.index(vis_vintage)]
        return "yes", e, [], units, ""
    if vis_vintage is not None:
        best = min(cands, key=lambda e: (abs(e["vintage"] - vis_vintage), -e["vintage"]))
        others = [e["id"] for e in cands if e is not best]
        return (
            "almost",
            best,
            others,
            units,
            "label vintage %d not in library, has %s" % (vis_vintage, sorted(vints)),
        )
    best = max(cands, key=lambda e: e["vintage"] or 0)
    others = [e["id"] for e in cands if e is not best]
    return "yes", best, others, units, ""


def main():
    lib, by_key = build_library()
    rng = random.Random(SEED)
    cases, fallbacks = [], []
    for till, specs in (("R", S.R), ("T", S.T), ("W", S.W)):
        for line in specs:
            f = [x.strip() for x in line.split("|")]
            fam, key, measure, vint, text = f[:5]
            reason = f[5] if len(f) > 5 else ""
            vintage = int(vint) if vint else None
            if vintage is not None and vintage < 100:
                vintage += 2000
            held = key != "-"
            if held and key not in by_key:
                raise SystemExit(f"unknown key {key}")
            cat = (
                by_key[key][0]["category"]
                if held
                else {"rg": "vin", "bl": "vin", "rs": "vin", "bu": "vin"}.get(fam, "divers")
            )
            is_wine_bottle = measure == "" and fam in ("rg", "bl", "rs", "bu")
            conn = till
            if till == "R":
                label, vis, ok = TL.render_r(fam, measure, vintage, text)
                if not ok:
                    fallbacks.append(label)
                    conn = "T"
                    label = TL.render_t(
                        rng, measure, vintage, text.lower(), cat, is_wine_bottle, fam
                    )
                    vis = vintage
            elif till == "T":
                label = TL.render_t(rng, measure, vintage, text, cat, is_wine_bottle, fam)
                vis = vintage
            else:
                bottle = None
                if measure == "":
                    if held:
                        bottle = ordinary_format(by_key[key])
                    elif fam in ("rg", "bl", "rs", "bu"):
                        bottle = 75
                label = TL.render_w(measure, vintage, text, bottle)
                vis = vintage
            if held:
                exp, e, also, units, why = answer(by_key, key, measure, vis)
                ent = by_key[key][0]
                note = "{} ({})".format(ent["name"], ent["producer"])
                if why:
                    note += ": " + why
                if vintage and vis is None:
                    note += " [%d cut off by the till]" % vintage
            else:
                exp, e, also, units = "none", None, [], None
                note = "not held: " + reason
            cases.append(
                {
                    "label": label,
                    "expect": exp,
                    "beverage_id": e["id"] if e and exp != "none" else None,
                    "also_ok": also if exp != "none" else [],
                    "vintage": vis,
                    "units_per_sale": units if exp != "none" else None,
                    "note": note,
                    "connection": conn,
                }
            )
    labels = [c["label"] for c in cases]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise SystemExit(f"duplicate labels: {sorted(dup)}")
    with open(os.path.join(HERE, "lyon_library.jsonl"), "w", encoding="utf-8") as fh:
        for e in lib:
            fh.write(
                json.dumps(
                    {
                        k: e[k]
                        for k in (
                            "id",
                            "name",
                            "producer",
                            "appellation",
                            "region",
                            "country",
                            "colour",
                            "category",
                            "vintage",
                            "format_cl",
                        )
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    with open(os.path.join(HERE, "lyon_cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        print("fallbacks to T:", *fallbacks, sep="\n  ")
        from collections import Counter

        print(len(lib), "drinks", len(cases), "cases")
        print(Counter(c["expect"] for c in cases))
        print(Counter((c["connection"], c["expect"]) for c in cases))


if __name__ == "__main__":
    main()
