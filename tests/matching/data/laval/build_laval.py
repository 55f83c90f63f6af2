"""Build the Laval blind held-out set: laval_library.jsonl and laval_cases.jsonl (stdlib only)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import laval_cases_comptoir
import laval_cases_livraison
import laval_cases_salle
import laval_tills as T
from laval_drinks import GROUPS
from laval_rules import MEASURES, answer, target_format, units

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def library():
    rows, by_key = [], {}
    n = 0
    for key, (name, prod, app, reg, ctry, col, cat, entries) in GROUPS:
        by_key[key] = []
        for vint, fmt in entries:
            n += 1
            rid = f"lv{n:03d}"
            rows.append(dict(zip(LIB_FIELDS, [rid, name, prod, app, reg, ctry, col, cat, vint,
                                              int(fmt) if fmt == int(fmt) else fmt], strict=False)))
            by_key[key].append((rid, vint, fmt))
    return rows, by_key


def read_vintage(conn, label):
    """The vintage as printed on the rendered label (None if absent or cut)."""
    import re
    if conn == "comptoir":
        m = re.search(r" (\d{4})$", label.split("/")[0])
    elif conn == "salle":
        m = re.search(r" \((\d{4})\)$", label)
    else:
        m = re.fullmatch(r"(\d{4})", label.split(";")[2])
    return int(m.group(1)) if m else None


def render(conn, spec, lib_rows_by_key):
    kind = spec[0]
    if conn == "comptoir":
        return T.render_comptoir(spec[2], spec[3], spec[4])
    if conn == "salle":
        return T.render_salle(spec[2], spec[3], spec[4])
    if kind == "D":
        row = lib_rows_by_key[spec[1]]
        section = T.section_of(row["colour"], row["category"])
    else:
        section = spec[1]
    return T.render_livraison(section, spec[2], spec[3], spec[4])


def main():
    rows, by_key = library()
    row_of = {r["id"]: r for r in rows}
    first_row = {k: row_of[v[0][0]] for k, v in by_key.items()}
    cases = []
    for conn, mod in (("comptoir", laval_cases_comptoir), ("salle", laval_cases_salle),
                      ("livraison", laval_cases_livraison)):
        for spec in mod.CASES:
            label = render(conn, spec, first_row)
            lv = read_vintage(conn, label)
            kind, key, measure, vint, _text = spec[:5]
            if kind == "N":
                case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                        "vintage": lv, "units_per_sale": None, "note": spec[5]}
            else:
                g = first_row[key]
                desc = f"{g['name']} ({g['producer']})"
                entries = by_key[key]
                is_wine = g["category"] in ("vin", "champagne")
                fmt = target_format([(v, f) for _, v, f in entries], measure, is_wine)
                if fmt is None:
                    case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                            "vintage": lv, "units_per_sale": None,
                            "note": f"{desc}: {MEASURES[measure][0]} {measure} format not held"}
                else:
                    same = [(i, v) for i, v, f in entries if f == fmt]
                    exp, bid, also = answer(same, lv)
                    note = desc
                    if exp == "almost":
                        held = sorted(v for _, v in same)
                        note += f": label vintage {lv} not in library, has {held}"
                    if vint and lv is None:
                        note += f" [{vint} cut off by the till]"
                    case = {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                            "vintage": lv, "units_per_sale": units(measure, fmt), "note": note}
            case["connection"] = conn
            cases.append(case)
    labels = [c["label"] for c in cases]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise SystemExit(f"duplicate labels: {sorted(dup)}")
    with open(os.path.join(HERE, "laval_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "laval_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        counts[c["connection"]][c["expect"]] += 1
    tot = {e: sum(v.get(e, 0) for v in counts.values()) for e in ("yes", "almost", "none")}
    print(len(rows), "drinks,", len(cases), "cases", tot,
          {k: round(100 * v / len(cases), 1) for k, v in tot.items()})
    for k, v in counts.items():
        print(k, v, sum(v.values()))


if __name__ == "__main__":
    main()
