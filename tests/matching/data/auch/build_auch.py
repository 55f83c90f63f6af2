"""Build the blind held-out set of L'Auberge du Gers (Auch): auch_library.jsonl and
auch_cases.jsonl, byte-identical on every run (stdlib only, no randomness)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import auch_cases_bar
import auch_cases_compta
import auch_cases_salle
import auch_drinks
import auch_rules as R
import auch_tills as T

PREFIX = "ah"
TILLS = [("bar", auch_cases_bar.CASES), ("salle", auch_cases_salle.CASES),
         ("compta", auch_cases_compta.CASES)]


def library():
    rows, by_key, info = [], {}, {}
    n = 0
    for key, name, prod, app, reg, country, colour, cat, entries in auch_drinks.DRINKS:
        info[key] = (name, prod, colour, cat)
        by_key[key] = []
        for fmt, vint in entries:
            n += 1
            bid = "%s%03d" % (PREFIX, n)
            rows.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                         "region": reg, "country": country, "colour": colour,
                         "category": cat, "vintage": vint, "format_cl": fmt})
            by_key[key].append((bid, fmt, vint))
    return rows, by_key, info


def render(till, measure, text, vintage, fam, bottle_cl):
    if till == "bar":
        return T.render_bar(measure, text, vintage)
    if till == "salle":
        return T.render_salle(measure, text, vintage)
    return T.render_compta(measure, text, vintage, fam, bottle_cl)


def build():
    rows, by_key, info = library()
    cases, seen = [], set()
    for till, spec in TILLS:
        for c in spec:
            key, measure, typed, text = c[:4]
            if key is None:
                reason = c[4]
                fam = c[5] if len(c) > 5 else 9
                bcl = "75" if measure == "B" else (
                    R.fmt_cl(R.MEASURES[measure][1]) if measure else "")
                label = render(till, measure, text, typed, fam, bcl)
                vint = T.VINTAGE_READERS[till](label)
                case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                        "vintage": vint, "units_per_sale": None, "note": reason}
            else:
                name, prod, colour, cat = info[key]
                fmt = R.entry_format([e[1] for e in by_key[key]], measure)
                if fmt is None:
                    raise SystemExit("no format for %s %s" % (key, measure))
                label = render(till, measure, text, typed, T.family(cat, colour), R.fmt_cl(fmt))
                vint = T.VINTAGE_READERS[till](label)
                if vint is not None and vint != typed:
                    raise SystemExit("vintage misread on %r" % label)
                expect, bid, also, units, detail = R.answer(by_key[key], measure, vint)
                note = "%s (%s)" % (name, prod)
                kind, vol = R.MEASURES[measure]
                if kind != "bottle":
                    note += ", %s cl of %s cl" % (R.fmt_cl(vol), R.fmt_cl(fmt))
                if detail:
                    note += ": " + detail
                if typed is not None and vint is None:
                    note += " [%d cut off by the till]" % typed
                case = {"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                        "vintage": vint, "units_per_sale": units, "note": note}
            case["connection"] = till
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            cases.append(case)
    return rows, cases


def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    rows, cases = build()
    dump(os.path.join(HERE, "auch_library.jsonl"), rows)
    dump(os.path.join(HERE, "auch_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print("%d drinks, %d cases" % (len(rows), len(cases)))
    for till, _ in TILLS:
        print(till, [counts.get((till, e), 0) for e in ("yes", "almost", "none")])


if __name__ == "__main__":
    main()
