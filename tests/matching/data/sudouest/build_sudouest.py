"""Build the held-out set "Le Relais de la Gravette": writes sudouest_library.jsonl and
sudouest_cases.jsonl beside this file, byte for byte the same on every run (stdlib only,
no randomness: prices come from MD5 digests of the label)."""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import sudouest_cases_c
import sudouest_cases_s
import sudouest_cases_t
import sudouest_tills as tills
from sudouest_rules import BY_KEY, ROWS, resolve

T_FAMILY = {"rouge": "ROUGE", "blanc": "BLANC", "rose": "ROSE", "liq": "MOEL",
            "bulle": "BULLE", "apero": "APERO", "digest": "DIGEST", "biere": "BIERE",
            "soft": "SOFT", "cuis": "CUIS", "cafe": "CAFE", "div": "DIV"}
S_FAMILY = {v: k for k, v in tills.FAMILY_S.items()}
ROW_BY_ID = {r["id"]: r for r in ROWS}


def family_of(key):
    d = BY_KEY[key]
    colour, cat = d[5], d[6]
    if key == "ricard":
        return "APERO"
    if cat == "vin":
        return tills.FAMILY_C[colour]
    return tills.FAMILY_C[cat]


def fmt_cl(f):
    return ("%g" % f).replace(".", ",") + " cl"


def build_cases():
    cases, errors = [], []
    for till, mod in (("C", sudouest_cases_c), ("S", sudouest_cases_s), ("T", sudouest_cases_t)):
        for line in mod.SPECS.strip().splitlines():
            f = line.split("|")
            try:
                if f[0].startswith("-"):
                    fam, measure, vint, text, reason = f
                    fam = fam[1:]
                    family = {"C": lambda x: x, "S": S_FAMILY.get, "T": T_FAMILY.get}[till](fam)
                    label, was_cut = tills.render(till, family, measure, vint, text)
                    v = tills.read_vintage(till, label)
                    case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                            "vintage": v, "units_per_sale": None, "note": reason,
                            "connection": till}
                else:
                    key, measure, vint, text = f
                    family = family_of(key)
                    label, was_cut = tills.render(till, family, measure, vint, text)
                    v = tills.read_vintage(till, label)
                    typed = int(vint.lstrip("'")) if vint else None
                    if typed is not None and typed < 100:
                        typed += 2000
                    if not was_cut and v != typed:
                        raise ValueError("vintage read back %s, typed %s: %r" % (v, typed, label))
                    expect, bid, also, units, why = resolve(key, measure, v)
                    d = BY_KEY[key]
                    note = "%s (%s)" % (d[1], d[2])
                    if expect == "none":
                        note += ": " + why
                    else:
                        row = ROW_BY_ID[bid]
                        if row["format_cl"] != 75:
                            note += ", " + fmt_cl(row["format_cl"])
                        if expect == "almost":
                            held = sorted([row["vintage"]] + [ROW_BY_ID[a]["vintage"] for a in also])
                            note += ": label vintage %s not in library, has %s" % (v, held)
                    if was_cut:
                        note += " [%s cut off by the till]" % typed
                    if expect == "yes" and units is not None and units == int(units):
                        units = int(units)
                    case = {"label": label, "expect": expect, "beverage_id": bid,
                            "also_ok": also, "vintage": v, "units_per_sale": units,
                            "note": note, "connection": till}
                cases.append(case)
            except (ValueError, KeyError) as e:
                errors.append("%s %s: %s" % (till, line, e))
    labels = [c["label"] for c in cases]
    dups = sorted({x for x in labels if labels.count(x) > 1})
    if dups:
        errors.append("duplicate labels: %s" % dups)
    return cases, errors


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    cases, errors = build_cases()
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        sys.exit(1)
    dump(os.path.join(HERE, "sudouest_library.jsonl"), ROWS)
    dump(os.path.join(HERE, "sudouest_cases.jsonl"), cases)
    from collections import Counter
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    for t in "CST":
        print(t, cnt[(t, "yes")], cnt[(t, "almost")], cnt[(t, "none")])
    tot = Counter(c["expect"] for c in cases)
    n = len(cases)
    print("total", n, {k: "%d (%.1f%%)" % (v, 100.0 * v / n) for k, v in tot.items()},
          "library", len(ROWS))


if __name__ == "__main__":
    main()
