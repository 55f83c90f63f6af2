#!/usr/bin/env python3
"""Build the Le Pilier (Tarbes) blind held-out set: tarbes_library.jsonl, tarbes_cases.jsonl.

Stdlib only, deterministic.  Each case is rendered with its till's habits; the measure and
vintage are READ BACK from the rendered label and the answer follows from them.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tarbes_cases_kiosque
import tarbes_cases_salle
import tarbes_cases_zinc
import tarbes_drinks
import tarbes_rules
import tarbes_tills as T

LIB_FIELDS = [
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
]
CASE_FIELDS = [
    "label",
    "expect",
    "beverage_id",
    "also_ok",
    "vintage",
    "units_per_sale",
    "note",
    "connection",
]
TILLS = [
    ("zinc", tarbes_cases_zinc.CASES),
    ("salle", tarbes_cases_salle.CASES),
    ("kiosque", tarbes_cases_kiosque.CASES),
]


def expected_read(measure):
    if measure == "BTL":
        return "bottle", None
    if measure in T.POUR_CL:
        return "pour", T.POUR_CL[measure]
    if measure in T.BOTTLE_CL:
        return "bottle", T.BOTTLE_CL[measure]
    return None, None


def main():
    lib, groups = [], {}
    for key, e in tarbes_drinks.entries():
        lib.append(e)
        groups.setdefault(key, {}).setdefault(e["format_cl"], []).append(e)
    cases, seen = [], set()
    for till, text in TILLS:
        for raw in text.strip().splitlines():
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            f = raw.split("|")
            if f[0] == "-":
                if till == "zinc":
                    _, fam, meas, vin, txt, reason = f
                else:
                    _, meas, vin, txt, reason = f
                    fam = None
                key = None
            else:
                key, meas, vin, txt = f
                reason = None
                if key not in groups:
                    sys.exit(f"unknown key {key!r}")
                e0 = next(iter(groups[key].values()))[0]
                fam = T.zinc_family(e0)
            vin = int(vin) if vin else None
            if key:
                g = groups[key]
                cat = next(iter(g.values()))[0]["category"]
                dcl = 75 if cat in ("vin", "champagne") else tarbes_rules.ordinary(list(g))
            else:
                dcl = 75 if meas == "BTL" else None
            if till == "zinc":
                label = T.render_zinc(fam, meas, vin, txt)
            else:
                label = T.RENDER[till](meas, vin, txt, dcl)
            if label in seen:
                sys.exit(f"duplicate label {label!r}")
            seen.add(label)
            kind, cl, lvin = T.READ[till](label)
            if till == "kiosque":
                exp = None if not meas else (dcl if meas == "BTL" else T.KIOSK_ML[meas] / 10)
                if cl != exp:
                    sys.exit(f"misread measure {label!r}")
            elif (kind, cl) != expected_read(meas):
                sys.exit(f"misread measure {label!r}: {(kind, cl)!r}")
            if lvin is not None and lvin != vin:
                sys.exit(f"misread vintage {label!r}")
            cut = " [%d cut off by the till]" % vin if (vin and lvin is None) else ""
            if key is None:
                c = {
                    "label": label,
                    "expect": "none",
                    "beverage_id": None,
                    "also_ok": [],
                    "vintage": lvin,
                    "units_per_sale": None,
                    "note": reason + cut,
                    "connection": till,
                }
            else:
                exp_, ent, also, units, extra = tarbes_rules.answer(groups[key], kind, cl, lvin)
                e0 = next(iter(groups[key].values()))[0]
                base = "{} ({})".format(e0["name"], e0["producer"])
                if exp_ == "none":
                    c = {
                        "label": label,
                        "expect": "none",
                        "beverage_id": None,
                        "also_ok": [],
                        "vintage": lvin,
                        "units_per_sale": None,
                        "note": f"{base}: {extra}" + cut,
                        "connection": till,
                    }
                else:
                    c = {
                        "label": label,
                        "expect": exp_,
                        "beverage_id": ent["id"],
                        "also_ok": also,
                        "vintage": lvin,
                        "units_per_sale": units,
                        "note": base + extra + cut,
                        "connection": till,
                    }
            cases.append({k: c[k] for k in CASE_FIELDS})
    with open(
        os.path.join(HERE, "tarbes_library.jsonl"), "w", encoding="utf-8", newline="\n"
    ) as fh:
        for e in lib:
            fh.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "tarbes_cases.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tab = {}
    for c in cases:
        tab.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    n = len(cases)
    print("library %d, cases %d" % (len(lib), n))
    for t, d in tab.items():
        print(
            "%-8s yes %3d almost %3d none %3d total %3d"
            % (t, d["yes"], d["almost"], d["none"], sum(d.values()))
        )
    for a in ("yes", "almost", "none"):
        k = sum(d[a] for d in tab.values())
        print("%-6s %3d %.1f %%" % (a, k, 100.0 * k / n))
    print("cut-off vintages:", sum(1 for c in cases if "cut off" in c["note"]))


if __name__ == "__main__":
    main()
