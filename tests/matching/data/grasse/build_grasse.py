"""Build the grasse held-out set: python3 build_grasse.py [-v]. Stdlib only, deterministic."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import grasse_cases_banquets
import grasse_cases_piscine
import grasse_cases_pms
from grasse_drinks import DRINKS
from grasse_rules import answer, pick_format
from grasse_tills import NAMES, READ, RENDER

NATIONS = {"Belgique", "Mexique", "Espagne", "Pologne", "Venezuela", "Cuba", "Allemagne", "Italie", "Pays-Bas"}
FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]


def library():
    rows, by_key = [], {}
    for key, name, prod, app, region, colour, cat, fmts in DRINKS:
        country = "France"
        if region in NATIONS:
            country, region = region, None
        elif region == "Écosse" or prod == "Fever-Tree":
            country = "Royaume-Uni"
        for fmt in sorted(fmts):
            for v in sorted(fmts[fmt], key=lambda x: x or 0):
                r = dict(zip(FIELDS, ["gs%03d" % (len(rows) + 1), name, prod, app, region, country, colour, cat, v,
                                      int(fmt) if float(fmt).is_integer() else fmt], strict=False))
                rows.append(r)
                by_key.setdefault(key, []).append(r)
    return rows, by_key


def fam_of(e):
    if e["category"] == "champagne":
        return "CH"
    if e["category"] == "vin":
        return {"rosé": "RS", "blanc": "BL", "rouge": "RG"}[e["colour"]]
    return {"bière": "BI", "spiritueux": "SP", "autre": "AP", "soft": "SO"}[e["category"]]


def parse(line):
    f = line.split("|")
    f += [""] * (6 - len(f))
    key, meas, vint, text, fam, why = f[:6]
    return (None if key == "-" else key), meas, (int(vint) if vint else None), text, fam, why


def build(verbose=False):
    rows, by_key = library()
    cases, seen = [], set()
    for till, mod in zip(NAMES, (grasse_cases_pms, grasse_cases_piscine, grasse_cases_banquets), strict=False):
        for line in mod.CASES:
            key, meas, vint, text, fam, why = parse(line)
            ent = by_key[key] if key else None
            if ent:
                fam = fam or fam_of(ent[0])
            label, cut = RENDER[till](key, meas, vint, text, fam)
            if label in seen:
                raise SystemExit("duplicate label: " + label)
            seen.add(label)
            rmeas, rvint = READ[till](label)
            want_meas = meas if meas and not meas.startswith("=") else None
            if rmeas != want_meas:
                raise SystemExit("measure misread %r: %r != %r" % (label, rmeas, want_meas))
            lost = vint is not None and rvint is None
            if rvint is not None and rvint != vint:
                raise SystemExit("vintage misread %r" % label)
            if lost and not cut:
                raise SystemExit("vintage lost without cut %r" % label)
            case = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [], "vintage": rvint,
                    "units_per_sale": None, "note": "", "connection": till}
            if ent is None:
                case["note"] = why or "not in the library"
            else:
                e0 = ent[0]
                who = "%s (%s)" % (e0["name"], e0["producer"])
                fmt, units = pick_format(rows, ent, rmeas)
                if fmt is None:
                    case["note"] = "%s: %s" % (who, units)
                else:
                    exp, bid, also, vints = answer(ent, fmt, rvint)
                    case.update(expect=exp, beverage_id=bid, also_ok=also, units_per_sale=units)
                    note = who
                    if exp == "almost":
                        note += ": label vintage %d not in library, has %s" % (rvint, vints)
                    case["note"] = note
            if lost:
                case["note"] += " [%d cut off by the till]" % vint
            cases.append(case)
    out_l = os.path.join(HERE, "grasse_library.jsonl")
    out_c = os.path.join(HERE, "grasse_cases.jsonl")
    with open(out_l, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(out_c, "w", encoding="utf-8", newline="\n") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print("library", len(rows), "cases", len(cases))
    for t in (*NAMES, "all"):
        ys = [counts.get((t, e), 0) if t != "all" else sum(counts.get((x, e), 0) for x in NAMES)
              for e in ("yes", "almost", "none")]
        print("%-9s yes %3d almost %3d none %3d total %3d" % (t, *ys, sum(ys)),
              "(%.1f/%.1f/%.1f %%)" % tuple(100 * y / sum(ys) for y in ys))
    if verbose:
        for c in cases:
            print(c["connection"], c["expect"], c["units_per_sale"], "|", c["label"], "|", c["note"])


if __name__ == "__main__":
    build("-v" in sys.argv)
