"""Build the blind held-out set "montauban": writes montauban_library.jsonl and
montauban_cases.jsonl beside this file, byte-identically on every run (stdlib only,
no randomness).  The answer of every case is computed from the RENDERED label."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import montauban_tills as tills
from montauban_cases_c import CASES as CASES_C
from montauban_cases_e import CASES as CASES_E
from montauban_cases_t import CASES as CASES_T
from montauban_drinks import DRINKS

FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
          "category", "vintage", "format_cl"]
POUR = {"VRE": 12.5, "CP": 12.5, "P25": 25, "P50": 50}
DOSE = {"DOSE": 4, "CL2": 2}
DRAUGHT = {"DEMI": 25, "PINTE": 50}
SIZES = {"S25": 25, "S33": 33, "S35.5": 35.5, "S50": 50, "S70": 70, "S100": 100}


def fmt_num(x):
    return int(x) if float(x).is_integer() else x


def library():
    rows, by_key = [], {}
    n = 0
    for d in DRINKS:
        for fmt, vint in d["lines"]:
            n += 1
            row = {"id": "mb%03d" % n, "name": d["name"], "producer": d["producer"],
                   "appellation": d["appellation"], "region": d["region"],
                   "country": d["country"], "colour": d["colour"], "category": d["category"],
                   "vintage": vint, "format_cl": fmt_num(fmt)}
            rows.append(row)
            by_key.setdefault(d["key"], []).append(row)
    return rows, by_key, {d["key"]: d for d in DRINKS}


def is_wine(d):
    return d["category"] in ("vin", "champagne")


def resolve_format(d, rows, meas):
    """(format_cl, units) the measure means for this drink, or (None, reason)."""
    fmts = sorted({r["format_cl"] for r in rows})
    bottles = [f for f in fmts if f < 1000]
    kegs = [f for f in fmts if f >= 1000]
    ordinary = 75 if 75 in fmts else (bottles[0] if len(bottles) == 1 else None)
    if meas == "B":
        if is_wine(d) or (d["category"] == "autre" and 75 in fmts):
            return (75, 1) if 75 in fmts else (None, "no 75 cl bottle held")
        if len(bottles) == 1:
            return bottles[0], 1
        return None, "no bottle of that size held"
    if meas == "HALF":
        return (37.5, 1) if 37.5 in fmts else (None, "no half bottle held")
    if meas == "MAG":
        return (150, 1) if 150 in fmts else (None, "no magnum held")
    if meas in SIZES:
        s = SIZES[meas]
        return (s, 1) if s in fmts else (None, "no %s cl bottle held" % fmt_num(s))
    if meas in POUR:
        if ordinary is None:
            return None, "no ordinary bottle to pour from"
        return ordinary, POUR[meas] / ordinary
    if meas in DOSE:
        if len(bottles) != 1 or is_wine(d):
            return None, "no spirit bottle to pour from"
        return bottles[0], DOSE[meas] / bottles[0]
    if meas in DRAUGHT:
        if is_wine(d):
            raise ValueError("DEMI on a wine is HALF")
        if len(kegs) != 1:
            return None, "not on draught"
        return kegs[0], DRAUGHT[meas] / kegs[0]
    raise ValueError(meas)


def answer(spec_key, meas, label_vint, lib_by_key, drinks):
    d = drinks[spec_key]
    rows = lib_by_key[spec_key]
    fmt, units = resolve_format(d, rows, meas)
    base = "%s (%s)" % (d["name"], d["producer"])
    if fmt is None:
        return "none", None, [], None, "%s: %s" % (base, units)
    same = [r for r in rows if r["format_cl"] == fmt]
    vints = [r["vintage"] for r in same]
    units = 1 if units == 1 else round(units, 4)
    if None in vints:
        assert len(same) == 1, spec_key
        if label_vint is not None:
            raise ValueError("vintage on a non-vintage drink %s" % spec_key)
        return "yes", same[0]["id"], [], units, base
    if label_vint is not None:
        hit = [r for r in same if r["vintage"] == label_vint]
        if hit:
            return "yes", hit[0]["id"], [], units, base
        best = sorted(same, key=lambda r: (abs(r["vintage"] - label_vint), -r["vintage"]))[0]
        others = [r["id"] for r in same if r is not best]
        return ("almost", best["id"], others, units,
                "%s: label vintage %d not in library, has %s" % (base, label_vint, sorted(vints)))
    best = max(same, key=lambda r: r["vintage"])
    others = [r["id"] for r in same if r is not best]
    return "yes", best["id"], others, units, base + (": no vintage on the label, most recent" if others else "")


def build():
    rows, by_key, drinks = library()
    cases = []
    seen = set()
    for till, specs in (("C", CASES_C), ("T", CASES_T), ("E", CASES_E)):
        for sp in specs:
            if sp[0] == "D":
                _, key, meas, vint, text = sp
                fam = drinks[key]["fam"]
                reason = None
            else:
                _, fam, meas, vint, text, reason = sp
                key = None
            label, cut = tills.render(till, meas, text, vint, fam, key)
            if label in seen:
                raise ValueError("duplicate label %r" % label)
            seen.add(label)
            lv = tills.read_vintage(till, label)
            if lv != vint and not (cut and lv is None):
                raise ValueError("vintage read back %r for %r" % (lv, label))
            if key is None:
                exp, bid, also, units, note = "none", None, [], None, reason
            else:
                exp, bid, also, units, note = answer(key, meas, lv, by_key, drinks)
                if vint is not None and lv is None:
                    note += " [%d cut off by the till]" % vint
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": lv, "units_per_sale": units, "note": note,
                          "connection": till})
    return rows, cases


def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    rows, cases = build()
    dump(os.path.join(HERE, "montauban_library.jsonl"), [{k: r[k] for k in FIELDS} for r in rows])
    dump(os.path.join(HERE, "montauban_cases.jsonl"), cases)
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print(len(rows), "drinks,", len(cases), "cases")
    for t in "CTE":
        print(t, {e: counts.get((t, e), 0) for e in ("yes", "almost", "none")})
    tot = {e: sum(v for (t, ee), v in counts.items() if ee == e) for e in ("yes", "almost", "none")}
    print("all", tot, {e: round(100 * v / len(cases), 1) for e, v in tot.items()})


if __name__ == "__main__":
    main()
