"""Build the Morlaix blind set: python3 build_morlaix.py  (stdlib only, deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import morlaix_cases_caisse
import morlaix_cases_export
import morlaix_cases_pda
import morlaix_drinks as D
import morlaix_rules as R
import morlaix_tills as T

PREFIX = "mx"
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
EXP = {"y": "yes", "a": "almost", "n": "none"}


def library():
    out = []
    for n, (key, e) in enumerate(D.entries(), 1):
        row = {"id": "%s%03d" % (PREFIX, n)}
        row.update(e)
        out.append((row["id"], key, row))
    return out


def parse_lines(text):
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        exp, key, meas, vint, txt = parts[:5]
        reason = parts[5] if len(parts) > 5 else ""
        yield exp, key, meas, (int(vint) if vint else None), txt, reason


def eff(meas, ordinary):
    kind, size = T.MEASURES[meas]
    return kind, (ordinary if kind == "bottle" and size is None else size)


def main():
    lib = library()
    by_key = {}
    for i, k, e in lib:
        by_key.setdefault(k, []).append(e)
    cases, seen, errors = [], set(), []
    for till, mod in (("caisse", morlaix_cases_caisse), ("pda", morlaix_cases_pda), ("export", morlaix_cases_export)):
        for exp, key, meas, vint, txt, reason in parse_lines(mod.CASES):
            if key.startswith("-"):
                family, ordinary = key[1:], None
                if till == "export" and T.MEASURES[meas][0] == "bottle":
                    assert T.MEASURES[meas][1] is not None or meas == "B", (txt, meas)
                    ordinary = 75
            else:
                es = by_key[key]
                family = "soft" if es[0]["category"] == "soft" else "alc"
                ordinary = R.ordinary_format(sorted({e["format_cl"] for e in es}), es[0]["category"])
                if es[0]["category"] in R.WINE_CATS:
                    ordinary = 75
            label = T.render(till, txt, meas, vint, family, ordinary)
            rmeas, rvint = T.read(till, label)
            if rmeas not in T.MEASURES:
                errors.append("%s: unreadable measure %s" % (label, rmeas))
                continue
            cut = ""
            if rvint != vint:
                if rvint is None and till == "pda":
                    cut = " [%d cut off by the till]" % vint
                else:
                    errors.append("%s: vintage read %s, typed %s" % (label, rvint, vint))
            if eff(rmeas, ordinary) != eff(meas, ordinary):
                errors.append("%s: measure read %s, typed %s" % (label, rmeas, meas))
            if label in seen:
                errors.append("duplicate label %s" % label)
            seen.add(label)
            ans = R.answer(lib, key, rmeas, rvint)
            if ans["expect"] != EXP[exp]:
                errors.append("%s [%s]: computed %s, author wrote %s" % (label, till, ans["expect"], EXP[exp]))
            if ans["beverage_id"]:
                e = next(x for i, k, x in lib if i == ans["beverage_id"])
                note = "%s (%s)" % (e["name"], e["producer"])
                if e["colour"] and e["category"] == "vin":
                    note += ", %s" % e["colour"]
                if ans["why"]:
                    note += ": " + ans["why"]
            elif ans["why"]:
                e = by_key[key][0]
                note = "%s (%s): %s" % (e["name"], e["producer"], ans["why"])
            else:
                note = reason or "not a drink of the library"
            note += cut
            cases.append({"label": label, "expect": ans["expect"], "beverage_id": ans["beverage_id"],
                          "also_ok": ans["also_ok"], "vintage": rvint, "units_per_sale": ans["units"],
                          "note": note, "connection": till})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "morlaix_library.jsonl"), "w", encoding="utf-8") as f:
        for i, k, e in lib:
            f.write(json.dumps({k2: e[k2] for k2 in D.FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "morlaix_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps({k: c[k] for k in CASE_FIELDS}, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        from collections import Counter
        print(Counter((c["connection"], c["expect"]) for c in cases), len(cases), len(lib))


if __name__ == "__main__":
    main()
