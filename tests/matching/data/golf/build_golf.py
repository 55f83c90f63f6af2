"""Build the golf held-out set: golf_library.jsonl and golf_cases.jsonl (stdlib only).

    python3 tests/matching/data/golf/build_golf.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import golf_cases_b
import golf_cases_r
import golf_cases_t
import golf_drinks
import golf_rules
import golf_tills

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def build_library():
    lib, drinks = [], {}
    n = 0
    for key, name, prod, app, reg, country, colour, cat, formats in golf_drinks.DRINKS:
        d = {"key": key, "name": name, "producer": prod, "appellation": app,
             "region": reg, "country": country, "colour": colour, "category": cat,
             "formats": formats, "by_format": {}}
        for fmt in sorted(formats, key=lambda f: (f != 75 and f != ordinary_guess(formats), f)):
            for v in formats[fmt]:
                n += 1
                e = {"id": "gf%03d" % n, "name": name, "producer": prod, "appellation": app,
                     "region": reg, "country": country, "colour": colour, "category": cat,
                     "vintage": v, "format_cl": fmt_num(fmt)}
                lib.append(e)
                d["by_format"].setdefault(fmt, []).append(e)
        if key in drinks:
            raise SystemExit("duplicate key " + key)
        drinks[key] = d
    return lib, drinks


def ordinary_guess(formats):
    return 75 if 75 in formats else max(formats)


def parse(spec):
    parts = spec.split("|")
    if parts[0].startswith("-"):
        fam, meas, vint, text, reason = parts
        return None, fam[1:] or None, meas, int(vint) if vint else None, text, reason
    key, meas, vint, text = parts
    return key, None, meas, int(vint) if vint else None, text, ""


def describe(d):
    return "%s (%s)" % (d["name"], d["producer"])


def build_cases(drinks):
    cases, seen, errors = [], set(), []
    for till, mod in (("R", golf_cases_r), ("B", golf_cases_b), ("T", golf_cases_t)):
        for spec in mod.CASES:
            key, fam, meas, vint, text, reason = parse(spec)
            d = drinks[key] if key else None
            if key is None and fam is None and till != "T":
                raise SystemExit("no family: " + spec)
            try:
                label, _ = golf_tills.render(till, d, meas, vint, text, fam)
            except golf_tills.CutRefused as e:
                errors.append("%s: %s" % (till, e))
                continue
            printed = golf_tills.read_vintage(till, label)
            if printed != vint and printed is not None:
                raise SystemExit("vintage read back %r != %r: %s" % (printed, vint, label))
            if label in seen:
                raise SystemExit("duplicate label " + label)
            seen.add(label)
            if d is None:
                case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                        "vintage": printed, "units_per_sale": None, "note": reason,
                        "connection": till}
            else:
                expect, e, others, units, why = golf_rules.resolve(d, meas, printed)
                note = describe(d)
                if expect == "none":
                    note += ": " + why
                    case = {"label": label, "expect": "none", "beverage_id": None,
                            "also_ok": [], "vintage": printed, "units_per_sale": None,
                            "note": note, "connection": till}
                else:
                    if why:
                        note += ": " + why
                    if vint is not None and printed is None:
                        note += " [%d cut off by the till]" % vint
                    case = {"label": label, "expect": expect, "beverage_id": e["id"],
                            "also_ok": [o["id"] for o in others], "vintage": printed,
                            "units_per_sale": units, "note": note, "connection": till}
            cases.append(case)
    if errors:
        raise SystemExit("\n".join(errors))
    return cases


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, drinks = build_library()
    cases = build_cases(drinks)
    write(os.path.join(HERE, "golf_library.jsonl"), lib)
    write(os.path.join(HERE, "golf_cases.jsonl"), cases)
    from collections import Counter
    c = Counter((x["connection"], x["expect"]) for x in cases)
    tot = Counter(x["expect"] for x in cases)
    print("library %d, cases %d" % (len(lib), len(cases)))
    for till in "RBT":
        print(till, {k: c[(till, k)] for k in ("yes", "almost", "none")},
              sum(c[(till, k)] for k in ("yes", "almost", "none")))
    print({k: "%d (%.1f%%)" % (tot[k], 100.0 * tot[k] / len(cases)) for k in tot})


if __name__ == "__main__":
    main()
