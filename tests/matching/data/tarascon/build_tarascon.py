"""Build the Tarascon blind set: tarascon_library.jsonl and tarascon_cases.jsonl.

Stdlib only, deterministic. Renders each case with its till's habits, reads the measure and
vintage back from the rendered label, and answers by the bench README's rules.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tarascon_cases_comptoir
import tarascon_cases_emporter
import tarascon_cases_terrasse
from tarascon_drinks import FAMILIES
from tarascon_rules import answer, units4
from tarascon_tills import read_measure, read_vintage, render

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def fmt_num(f):
    return int(f) if f == int(f) else f


def build_library():
    lib, ids = [], {}
    for key, fam in FAMILIES.items():
        name, producer, app, region, country, colour, cat, formats = fam
        for f, vints in formats.items():
            for v in vints:
                bid = "ts%03d" % (len(lib) + 1)
                ids[(key, f, v)] = bid
                lib.append(dict(zip(LIB_FIELDS, [bid, name, producer, app, region, country,
                                                 colour, cat, v, fmt_num(f)], strict=False)))
    return lib, ids


def build_cases(ids):
    out, seen = [], set()
    tills = [("comptoir", tarascon_cases_comptoir.CASES),
             ("terrasse", tarascon_cases_terrasse.CASES),
             ("emporter", tarascon_cases_emporter.CASES)]
    for till, cases in tills:
        for key, meas, vint, text, why in cases:
            cat = FAMILIES[key][6] if key else None
            label, cut = render(till, text, meas, vint, cat)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            rv = read_vintage(till, label)
            rm = read_measure(till, label)
            if rm != meas:
                raise SystemExit("measure misread %r: %s != %s" % (label, rm, meas))
            if rv != vint and not cut:
                raise SystemExit("vintage misread %r: %s != %s" % (label, rv, vint))
            if cut and label.split(" ")[-1].isdigit():
                raise SystemExit("cut leaves a lone digit: %r" % label)
            if key is None:
                rec = ["none", None, [], rv, None, why]
            else:
                fam = FAMILIES[key]
                exp, f, ev, others, units, reason = answer(fam, fam[7], meas, rv)
                desc = "%s (%s)" % (fam[0], fam[1])
                if fam[5]:
                    desc += ", %s" % fam[5]
                if exp == "none":
                    rec = ["none", None, [], rv, None, "%s: %s" % (desc, reason)]
                else:
                    note = desc + (": " + reason if reason else "")
                    if cut:
                        note += " [%d cut off by the till]" % vint
                    rec = [exp, ids[(key, f, ev)], [ids[(key, f, o)] for o in others], rv,
                           units4(units), note]
            exp, bid, also, rv, units, note = rec
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": rv, "units_per_sale": units, "note": note,
                        "connection": till})
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, ids = build_library()
    cases = build_cases(ids)
    dump(os.path.join(HERE, "tarascon_library.jsonl"), lib)
    dump(os.path.join(HERE, "tarascon_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print("library", len(lib), "cases", len(cases))
    for t in ("comptoir", "terrasse", "emporter"):
        print(t, [counts.get((t, e), 0) for e in ("yes", "almost", "none")])
    tot = [sum(counts.get((t, e), 0) for t in ("comptoir", "terrasse", "emporter"))
           for e in ("yes", "almost", "none")]
    print("all", tot, ["%.1f%%" % (100.0 * x / len(cases)) for x in tot])


if __name__ == "__main__":
    main()
