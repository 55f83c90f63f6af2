"""Write libanais_library.jsonl and libanais_cases.jsonl (stdlib only, deterministic).

Each case is rendered through its till's habits (libanais_tills) and its expected
answer is computed from the rendered label with the bench README's rules:
`python3 tests/matching/data/libanais/build_libanais.py`.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import libanais_cases_caisse
import libanais_cases_livraison
import libanais_cases_salle
import libanais_tills as T
from libanais_drinks import drinks

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


AR_COLOURS = ("أحمر", "أبيض", "روزيه")  # red, white, rosé


class BuildError(Exception):
    pass


def build_library():
    library, by_key = [], {}
    for drink in drinks():
        by_key[drink["key"]] = drink
        drink["entries"] = []
        for fmt, vintage in drink["held"]:
            entry = {"id": f"lb{len(library) + 1:03d}", "name": drink["name"],
                     "producer": drink["producer"], "appellation": drink["appellation"],
                     "region": drink["region"], "country": drink["country"],
                     "colour": drink["colour"], "category": drink["category"],
                     "vintage": vintage, "format_cl": fmt}
            library.append(entry)
            drink["entries"].append(entry)
    return library, by_key


def fmt_text(cl):
    return f"{cl:g} cl".replace(".", ",")


def ordinary(drink):
    """The bottle a pour comes from: the 75 cl, a spirit's 70 cl, or the only bottle."""
    fmts = sorted({e["format_cl"] for e in drink["entries"] if e["format_cl"] < 1000})
    for usual in (75, 70):
        if usual in fmts:
            return usual
    if len(fmts) == 1:
        return fmts[0]
    raise BuildError(f"no ordinary bottle for {drink['key']}")


def target_format(drink, measure):
    """(format_cl or None, units numerator or None, description of the measure)."""
    if measure in T.POURS:
        fmt = ordinary(drink)
        return fmt, T.POURS[measure], f"{fmt_text(T.POURS[measure])} pour of the {fmt_text(fmt)} bottle"
    if measure in T.DRAUGHT:
        kegs = [e["format_cl"] for e in drink["entries"] if e["format_cl"] >= 1000]
        if not kegs:
            return None, None, f"draught {fmt_text(T.DRAUGHT[measure])}, but held in bottle only"
        return kegs[0], T.DRAUGHT[measure], f"{fmt_text(T.DRAUGHT[measure])} from the {fmt_text(kegs[0])} keg"
    if measure in T.BOTTLES:
        fmt = T.BOTTLES[measure]
    elif measure == "only":
        fmts = sorted({e["format_cl"] for e in drink["entries"] if e["format_cl"] < 1000})
        if len(fmts) != 1:
            raise BuildError(f"'only' on {drink['key']} held in {fmts}")
        fmt = fmts[0]
    elif measure.isdigit():
        fmt = int(measure)
    else:
        raise BuildError(f"measure {measure}")
    if not any(e["format_cl"] == fmt for e in drink["entries"]):
        return None, None, f"{fmt_text(fmt)} bottle not held"
    return fmt, None, f"{fmt_text(fmt)} bottle"


def resolve(drink, measure, vintage, cut_note=""):
    """The expected answer for `drink` sold by `measure`, the label giving `vintage`."""
    base = f"{drink['name']} ({drink['producer']})"
    fmt, volume, how = target_format(drink, measure)
    if fmt is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units": None,
                "note": f"{base}: {how}{cut_note}"}
    same = [e for e in drink["entries"] if e["format_cl"] == fmt]
    units = 1 if volume is None else round(volume / fmt, 4)
    held = sorted(e["vintage"] for e in same if e["vintage"] is not None)
    if vintage is not None and not held:
        raise BuildError(f"vintage {vintage} on non-vintage {drink['key']}")
    if vintage is None or any(e["vintage"] == vintage for e in same):
        if vintage is None:
            best = max(same, key=lambda e: e["vintage"] or 0)
            also = [e["id"] for e in same if e is not best]
        else:
            best = next(e for e in same if e["vintage"] == vintage)
            also = []
        return {"expect": "yes", "beverage_id": best["id"], "also_ok": also,
                "units": units, "note": f"{base}, {how}{cut_note}"}
    best = min(same, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return {"expect": "almost", "beverage_id": best["id"],
            "also_ok": [e["id"] for e in same if e is not best], "units": units,
            "note": f"{base}, {how}: label vintage {vintage} not held, has {held}{cut_note}"}


def none_case(reason):
    return {"expect": "none", "beverage_id": None, "also_ok": [], "units": None,
            "note": reason}


def spec_lines(module):
    return [line for line in module.CASES.strip().splitlines() if line.strip()]


def caisse_cases(by_key):
    out = []
    for line in spec_lines(libanais_cases_caisse):
        key, measure, yy, latin, arabic, extra = line.split("|")
        vintage = 2000 + int(yy) if yy else None
        marked = [w[1:] for w in latin.split() if w.startswith("*")]
        clean = latin.replace("*", "")
        if key != "-":
            arabic = arabic or T.ARABIC[key]
        label, _full = T.render_caisse(measure, vintage, clean, arabic)
        read = T.vintage_caisse(label)
        if read is not None and read != vintage:
            raise BuildError(f"caisse reads {read} in {label!r}")
        if key == "-":
            out.append((label, read, none_case(extra), "caisse"))
            continue
        toks = label.split(" | ", 1)[1].split()
        if measure.isdigit() and T.size_caisse(int(measure)) not in toks:
            raise BuildError(f"size cut off: {label!r}")
        cut_note = f" [{vintage} cut off by the till]" if vintage and read is None else ""
        lost = [m for m in marked if m not in toks]
        drink = by_key[key]
        if lost:
            if not extra:
                raise BuildError(f"cut took {lost} off {label!r} and no reading is given")
            if extra.startswith("none:"):
                if any(w in arabic for w in AR_COLOURS):
                    raise BuildError(f"the Arabic part still tells the colour: {label!r}")
                out.append((label, read, none_case(
                    f"{drink['name']} ({drink['producer']}): {extra[5:]}"
                    f" [{' '.join(lost)} cut off by the till]"), "caisse"))
                continue
            drink = by_key[extra[1:]]
            cut_note += f" [{' '.join(lost)} cut off, still this wine]"
        out.append((label, read, resolve(drink, measure, read, cut_note), "caisse"))
    return out


def salle_cases(by_key):
    out = []
    for line in spec_lines(libanais_cases_salle):
        parts = line.split("|")
        key, measure, yyyy, text, note = parts[:5]
        vintage = int(yyyy) if yyyy else None
        label = T.render_salle(measure, vintage, text, note)
        read = T.vintage_4(label)
        if read != vintage:
            raise BuildError(f"salle reads {read} in {label!r}")
        if key == "-":
            out.append((label, read, none_case(parts[5]), "salle"))
        else:
            assert len(parts) == 5, line
            out.append((label, read, resolve(by_key[key], measure, read), "salle"))
    return out


def livraison_cases(by_key):
    out = []
    for line in spec_lines(libanais_cases_livraison):
        parts = line.split("|")
        key, measure, yyyy, section, item, options = parts[:6]
        vintage = int(yyyy) if yyyy else None
        opts = [o for o in options.split(";") if o]
        label = T.render_livraison(measure, vintage, section, item, opts)
        read = T.vintage_4(label)
        if read != vintage:
            raise BuildError(f"livraison reads {read} in {label!r}")
        if key == "-":
            out.append((label, read, none_case(parts[6]), "livraison"))
        else:
            assert len(parts) == 6, line
            out.append((label, read, resolve(by_key[key], measure, read), "livraison"))
    return out


def main():
    library, by_key = build_library()
    rows = caisse_cases(by_key) + salle_cases(by_key) + livraison_cases(by_key)
    seen = set()
    cases = []
    for label, read, ans, till in rows:
        if label in seen:
            raise BuildError(f"duplicate label {label!r}")
        seen.add(label)
        cases.append({"label": label, "expect": ans["expect"],
                      "beverage_id": ans["beverage_id"], "also_ok": ans["also_ok"],
                      "vintage": read, "units_per_sale": ans["units"],
                      "note": ans["note"], "connection": till})
    with open(os.path.join(HERE, "libanais_library.jsonl"), "w", encoding="utf-8") as f:
        for entry in library:
            f.write(json.dumps({k: entry[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "libanais_cases.jsonl"), "w", encoding="utf-8") as f:
        for case in cases:
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    counts = {}
    for case in cases:
        row = counts.setdefault(case["connection"], {"yes": 0, "almost": 0, "none": 0})
        row[case["expect"]] += 1
    total = {k: sum(r[k] for r in counts.values()) for k in ("yes", "almost", "none")}
    n = len(cases)
    for till, row in [*list(counts.items()), ("all", total)]:
        print(f"{till:10s} yes {row['yes']:3d}  almost {row['almost']:3d}  none "
              f"{row['none']:3d}  total {sum(row.values()):3d}")
    print(f"{len(library)} drinks, {n} cases: yes {100 * total['yes'] / n:.1f} %, almost "
          f"{100 * total['almost'] / n:.1f} %, none {100 * total['none'] / n:.1f} %")


if __name__ == "__main__":
    main()
