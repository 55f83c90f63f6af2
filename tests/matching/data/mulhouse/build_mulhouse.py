"""Build the blind held-out set "Zum Wagges" (Mulhouse): writes mulhouse_library.jsonl and
mulhouse_cases.jsonl, byte-identical on every run (stdlib only, no randomness)."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mulhouse_cases_journal
import mulhouse_cases_kasse
import mulhouse_cases_zapf
import mulhouse_drinks
import mulhouse_rules as R
import mulhouse_tills as T

TILLS = [("kasse", mulhouse_cases_kasse), ("zapf", mulhouse_cases_zapf), ("journal", mulhouse_cases_journal)]


def library():
    rows, by_key = [], {}
    for key, name, prod, app, reg, country, colour, cat, formats in mulhouse_drinks.DRINKS:
        for fmt in sorted(formats):
            for v in sorted(formats[fmt], key=lambda x: x or 0):
                bid = f"mu{len(rows) + 1:03d}"
                rows.append({"id": bid, "name": name, "producer": prod, "appellation": app, "region": reg,
                             "country": country, "colour": colour, "category": cat, "vintage": v,
                             "format_cl": R.fmt_num(fmt)})
                by_key.setdefault(key, {"cat": cat, "name": name, "producer": prod, "formats": {}})
                by_key[key]["formats"].setdefault(fmt, []).append((bid, v))
    return rows, by_key


def cases(by_key):
    out, seen = [], set()
    for till, mod in TILLS:
        for line in mod.CASES.strip().splitlines():
            f = line.split("|")
            key, meas, vint, text = f[0], f[1] or None, int(f[2]) if f[2] else None, f[3]
            label = T.RENDER[till](None if key == "-" else key, meas, vint, text)
            if label in seen:
                raise SystemExit(f"duplicate label {label!r}")
            seen.add(label)
            read = T.READ[till](label)
            if read is None:
                raise SystemExit(f"{till}: unreadable label {label!r}")
            lv = read["vintage"]
            if vint and lv not in (None, vint):
                raise SystemExit(f"{label!r}: vintage read {lv}, typed {vint}")
            if key != "-" and read["measure"] != meas:
                raise SystemExit(f"{label!r}: measure read {read['measure']}, typed {meas}")
            cut = " [%d cut off by the till]" % vint if vint and lv is None else ""
            case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [], "vintage": lv,
                    "units_per_sale": None, "note": "", "connection": till}
            if key == "-":
                case["note"] = f[4] + cut
            else:
                d = by_key[key]
                fmt = R.target_format(d["cat"], d["formats"], meas)
                desc = f"{d['name']} ({d['producer']})"
                if fmt is None:
                    case["note"] = f"{desc}: format not held for {meas}" + cut
                else:
                    exp, bid, also = R.answer(d["formats"][fmt], lv)
                    held = sorted(v for _, v in d["formats"][fmt] if v)
                    note = desc
                    if exp == "almost":
                        note += f": label vintage {lv} not in library, has {held}"
                    case.update(expect=exp, beverage_id=bid, also_ok=also,
                                units_per_sale=R.units(meas, fmt), note=note + cut)
            out.append(case)
    return out


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    rows, by_key = library()
    cs = cases(by_key)
    dump(rows, os.path.join(HERE, "mulhouse_library.jsonl"))
    dump(cs, os.path.join(HERE, "mulhouse_cases.jsonl"))
    c = Counter((x["connection"], x["expect"]) for x in cs)
    tot = Counter(x["expect"] for x in cs)
    print(f"library {len(rows)}, cases {len(cs)}")
    for till, _ in TILLS:
        print(till, {e: c[(till, e)] for e in ("yes", "almost", "none")})
    print({e: f"{tot[e]} ({100 * tot[e] / len(cs):.1f} %)" for e in ("yes", "almost", "none")})
    if "-v" in sys.argv:
        for x in cs:
            print(x["connection"][0], x["expect"][:2], x["label"], x["units_per_sale"], x["note"][-40:])


if __name__ == "__main__":
    main()
