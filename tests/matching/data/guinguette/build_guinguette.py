"""Build the blind matching set of the guinguette: guinguette_library.jsonl and
guinguette_cases.jsonl, byte for byte the same on every run (stdlib only, no randomness).

    python3 tests/matching/data/guinguette/build_guinguette.py [-v]

Each label is rendered through its till's habits (guinguette_tills.py); its expected answer
is then computed from the RENDERED label (its measure, and the vintage left on it) with the
bench README's rules (guinguette_rules.py).
"""

import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import guinguette_cases_appli
import guinguette_cases_cashless
import guinguette_cases_comptoir
import guinguette_drinks
import guinguette_rules
import guinguette_tills as tills

LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")
SPECS = (("comptoir", guinguette_cases_comptoir.CASES),
         ("appli", guinguette_cases_appli.CASES),
         ("cashless", guinguette_cases_cashless.CASES))
POUR_WORDS = {"verre": "glass (12.5 cl)", "verre12": "12 cl glass", "verre15": "15 cl glass",
              "pisc": "rosé piscine (12.5 cl glass over ice)", "pich25": "25 cl pichet",
              "pich50": "50 cl pichet", "pich1l": "1 L pichet", "pich15l": "1.5 L pichet",
              "demi": "demi (25 cl)", "pinte": "pinte (50 cl)", "d2": "2 cl", "d4": "4 cl",
              "d6": "6 cl"}


def fmt_cl(f):
    return int(f) if f == int(f) else f


def build_library():
    rows, ids, by_key = [], {}, {}
    n = 0
    for drink in guinguette_drinks.DRINKS:
        if drink["key"] in by_key:
            raise SystemExit("duplicate key %s" % drink["key"])
        by_key[drink["key"]] = drink
        ids[drink["key"]] = {}
        for vintage, fmt in drink["entries"]:
            n += 1
            bid = "gg%03d" % n
            if (vintage, fmt) in ids[drink["key"]]:
                raise SystemExit("duplicate entry %s %s %s" % (drink["key"], vintage, fmt))
            ids[drink["key"]][(vintage, fmt)] = bid
            row = {"id": bid, "name": drink["name"], "producer": drink["producer"],
                   "appellation": drink["appellation"], "region": drink["region"],
                   "country": drink["country"], "colour": drink["colour"],
                   "category": drink["category"], "vintage": vintage,
                   "format_cl": fmt_cl(fmt)}
            rows.append({k: row[k] for k in LIB_FIELDS})
    return rows, ids, by_key


def render(till, measure, vintage, text):
    if till == "comptoir":
        label, full, ident_end = tills.render_comptoir(measure, vintage, text)
        return label, tills.comptoir_cut_ok(full, ident_end)
    if till == "appli":
        return tills.render_appli(measure, vintage, text), True
    return tills.render_cashless(measure, vintage, text), True


def parse(spec):
    for line in spec.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) not in (4, 5):
            raise SystemExit("bad spec line: %s" % line)
        key, measure, vintage, text = parts[:4]
        extra = parts[4] if len(parts) == 5 else ""
        if measure not in tills.VOLUME:
            raise SystemExit("unknown measure: %s" % line)
        yield key, measure, (None if vintage == "-" else int(vintage)), text, extra, line


def case_for(till, spec, by_key, ids):
    key, measure, vintage, text, extra, line = spec
    label, cut_ok = render(till, measure, vintage, text)
    read = tills.READ_VINTAGE[till](label)
    if read is not None and read != vintage:
        raise SystemExit("vintage misread on %r" % label)
    if till != "comptoir" and read != vintage:
        raise SystemExit("vintage lost on %r" % label)
    base = {"label": label}
    if key == "-":
        if not extra:
            raise SystemExit("none without a reason: %s" % line)
        if not cut_ok:
            raise SystemExit("the cut took an identifying word: %s" % line)
        return dict(base, expect="none", beverage_id=None, also_ok=[], vintage=read,
                    units_per_sale=None, note=extra)
    drink = by_key[key]
    who = "%s (%s)" % (drink["name"], drink["producer"])
    if not cut_ok:
        if not extra.startswith("-:"):
            raise SystemExit("the cut took an identifying word: %s" % line)
        return dict(base, expect="none", beverage_id=None, also_ok=[], vintage=read,
                    units_per_sale=None, note="%s [typed for %s]" % (extra[2:], who))
    if extra:
        raise SystemExit("unexpected fifth field: %s" % line)
    ans = guinguette_rules.answer(drink, ids[key], measure, read)
    note = who
    if measure in POUR_WORDS:
        note += ", " + POUR_WORDS[measure]
    if ans["expect"] == "none" or ans["why"]:
        note += ": " + ans["why"]
    if vintage is not None and read is None:
        note += " [%d cut off by the till]" % vintage
    return dict(base, expect=ans["expect"], beverage_id=ans["beverage_id"],
                also_ok=ans["also_ok"], vintage=read, units_per_sale=ans["units_per_sale"],
                note=note)


def build():
    library, ids, by_key = build_library()
    cases, seen = [], set()
    for till, spec_text in SPECS:
        for spec in parse(spec_text):
            case = case_for(till, spec, by_key, ids)
            if case["label"] in seen:
                raise SystemExit("duplicate label %r" % case["label"])
            seen.add(case["label"])
            case["connection"] = till
            cases.append(case)
    return library, cases


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    library, cases = build()
    with open(os.path.join(HERE, "guinguette_library.jsonl"), "w", encoding="utf-8") as f:
        f.write(dump(library))
    with open(os.path.join(HERE, "guinguette_cases.jsonl"), "w", encoding="utf-8") as f:
        f.write(dump(cases))
    if "-v" in sys.argv:
        count = Counter((c["connection"], c["expect"]) for c in cases)
        total = Counter(c["expect"] for c in cases)
        for till in tills.TILLS:
            row = [count[(till, e)] for e in ("yes", "almost", "none")]
            print("%-9s yes %3d  almost %3d  none %3d  total %3d" % (till, *row, sum(row)))
        n = len(cases)
        print("all       yes %3d  almost %3d  none %3d  total %3d" % (
            total["yes"], total["almost"], total["none"], n))
        print("shares    yes %.1f %%  almost %.1f %%  none %.1f %%" % (
            100 * total["yes"] / n, 100 * total["almost"] / n, 100 * total["none"] / n))
        print("library   %d drinks" % len(library))
        pours = sum(1 for c in cases if c["expect"] != "none" and c["units_per_sale"] != 1)
        cut = sum(1 for c in cases if "cut off by the till" in c["note"])
        print("pours     %d   vintages cut off %d" % (pours, cut))


if __name__ == "__main__":
    main()
