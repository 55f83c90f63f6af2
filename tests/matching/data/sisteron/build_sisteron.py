#!/usr/bin/env python3
"""Build the blind held-out set "Le Rocher de la Baume" (Sisteron). Stdlib only, deterministic.

Writes sisteron_library.jsonl and sisteron_cases.jsonl beside this file.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import sisteron_cases_caisse
import sisteron_cases_export
import sisteron_cases_tablette
import sisteron_drinks as D
import sisteron_rules as R
import sisteron_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
EXPECT = {"y": "yes", "a": "almost", "n": "none"}


def fmt_num(f):
    return int(f) if f == int(f) else f


def build_library():
    lib, fam = [], {}
    n = 0
    for key, name, prod, app, reg, country, colour, cat, formats in D.FAMILIES:
        assert key not in fam, key
        fam[key] = {"name": name, "producer": prod, "category": cat, "formats": {}}
        for f, vints in formats.items():
            fam[key]["formats"][f] = []
            for v in sorted(vints, key=lambda x: x or 0):
                n += 1
                bid = "sy%03d" % n
                lib.append(dict(zip(LIB_FIELDS, [bid, name, prod, app, reg, country, colour, cat,
                                                 v, fmt_num(f)], strict=False)))
                fam[key]["formats"][f].append((bid, v))
    return lib, fam


def render(conn, meas, yy, text, family, entry_cl):
    if conn == "caisse":
        return T.render_caisse(meas, yy, text)
    if conn == "tablette":
        return T.render_tablette(meas, yy, text)
    return T.render_export(meas, yy, text, family, entry_cl)


def build_cases(fam):
    out, seen = [], set()
    errors = []
    for conn, mod in (("caisse", sisteron_cases_caisse), ("tablette", sisteron_cases_tablette),
                      ("export", sisteron_cases_export)):
        for line in mod.CASES.strip("\n").split("\n"):
            e, key, meas, yy, text = line.split("|", 4)
            reason = ""
            if " # " in text:
                text, reason = text.split(" # ", 1)
            text = text.strip()
            if key.startswith("-"):
                family = key[1:] or "food"
                fmt = T.bottle_cl(meas) if meas.startswith("B") and meas != "B" else 75
                label = render(conn, meas, yy, text, family, fmt)
                v = T.read_vintage(conn, label)
                case = [label, "none", None, [], v, None, reason or "not a drink of the library"]
                if e != "n":
                    errors.append("stated %s but none: %s" % (e, line))
            else:
                f = fam[key]
                fmt = R.entry_format(f["formats"], meas, f["category"])
                if fmt is None:
                    errors.append("format not held: " + line)
                    continue
                label = render(conn, meas, yy, text, f["category"], fmt)
                v = T.read_vintage(conn, label)
                exp, bid, also = R.answer(f["formats"][fmt], meas, v)
                note = "%s (%s)" % (f["name"], f["producer"])
                if fmt != 75 and not meas.startswith(("D", "DEMI", "PINTE")):
                    note += " %g cl" % fmt
                if exp == "almost":
                    note += ": label vintage %d not in library, has %s" % (
                        v, "[" + ", ".join(str(x) for _, x in f["formats"][fmt]) + "]")
                if yy and v is None:
                    note += " [20%s cut off by the till]" % yy[-2:]
                if EXPECT[e] != exp:
                    errors.append("stated %s, computed %s: %s -> %s" % (e, exp, line, label))
                case = [label, exp, bid, also, v, R.units(meas, fmt), note]
            if label in seen:
                errors.append("duplicate label: " + label)
            seen.add(label)
            out.append(dict(zip(CASE_FIELDS, [*case, conn], strict=False)))
    return out, errors


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, fam = build_library()
    cases, errors = build_cases(fam)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    dump(os.path.join(HERE, "sisteron_library.jsonl"), lib)
    dump(os.path.join(HERE, "sisteron_cases.jsonl"), cases)
    print("library %d, cases %d" % (len(lib), len(cases)))


if __name__ == "__main__":
    main()
