"""Build the blind "nancy" set: nancy_library.jsonl and nancy_cases.jsonl (stdlib only,
deterministic). python3 tests/matching/data/nancy/build_nancy.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import nancy_cases_comptoir
import nancy_cases_export
import nancy_cases_tablette
import nancy_drinks
import nancy_rules
import nancy_tills

PREFIX = "nc"


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def library():
    rows, by_key, meta = [], {}, {}
    n = 0
    for key, name, prod, app, reg, country, colour, cat, held in nancy_drinks.DRINKS:
        meta[key] = (name, prod, colour, cat, held)
        for vint, fmt in held:
            n += 1
            bid = f"{PREFIX}{n:03d}"
            rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                         "region": reg, "country": country, "colour": colour,
                         "category": cat, "vintage": vint, "format_cl": fmt_num(fmt)})
            by_key.setdefault(key, []).append((bid, vint, fmt))
    return rows, by_key, meta


WANT = {"y": "yes", "a": "almost", "n": "none"}


def cases(by_key, meta):
    out, seen = [], set()
    for conn, mod in (("comptoir", nancy_cases_comptoir), ("tablette", nancy_cases_tablette),
                      ("export", nancy_cases_export)):
        for line in mod.CASES.strip().splitlines():
            key, meas, vint, text, extra = line.split("|")
            vint = int(vint) if vint else None
            if key.startswith("-"):
                fam = key[1:]
                label = nancy_tills.render(conn, fam, meas, vint, text, conn)
                rec = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                       "vintage": nancy_tills.read_vintage(conn, label),
                       "units_per_sale": None, "note": extra, "connection": conn}
            else:
                name, prod, colour, cat, held = meta[key]
                fmts = [f for _, f in held]
                fam = nancy_tills.family(colour, cat, fmts if cat == "bière" else name)
                if cat == "bière" and meas in ("DM", "PT"):
                    fam = "PRS"
                elif cat == "bière":
                    fam = "BRE"
                label = nancy_tills.render(conn, fam, meas, vint, text, conn)
                lv = nancy_tills.read_vintage(conn, label)
                exp, bid, also, units, why = nancy_rules.answer(by_key[key], cat, meas, lv)
                note = f"{name} ({prod})"
                if why:
                    note += f": {why}"
                if vint is not None and lv is None:
                    note += f" [{vint} cut off by the till]"
                if extra and WANT[extra] != exp:
                    raise SystemExit(f"{conn}: {label!r} gives {exp}, meant {WANT[extra]}")
                rec = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                       "vintage": lv, "units_per_sale": units, "note": note,
                       "connection": conn}
            if label in seen:
                raise SystemExit(f"duplicate label {label!r}")
            seen.add(label)
            out.append(rec)
    return out


def main():
    rows, by_key, meta = library()
    cs = cases(by_key, meta)
    with open(os.path.join(HERE, "nancy_library.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "nancy_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tab = {}
    for c in cs:
        tab.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    tot = {k: sum(t[k] for t in tab.values()) for k in ("yes", "almost", "none")}
    n = len(cs)
    print(f"{len(rows)} drinks, {n} cases")
    for conn, t in tab.items():
        print(f"  {conn:9s} {t['yes']:4d} {t['almost']:4d} {t['none']:4d} {sum(t.values()):4d}")
    print(f"  {'all':9s} {tot['yes']:4d} {tot['almost']:4d} {tot['none']:4d}   "
          + " / ".join(f"{100 * tot[k] / n:.1f}%" for k in ("yes", "almost", "none")))
    if "-v" in sys.argv:
        for c in cs:
            print(c["connection"], c["expect"], c["label"], c["beverage_id"], c["also_ok"], c["units_per_sale"])


if __name__ == "__main__":
    main()
