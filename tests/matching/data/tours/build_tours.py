#!/usr/bin/env python3
"""Build the blind held-out set "Le Balto" (Tours): tours_library.jsonl, tours_cases.jsonl.

Stdlib only, deterministic. python3 build_tours.py [-v]
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tours_cases_salle
import tours_cases_web
import tours_cases_zinc
import tours_drinks
import tours_rules
import tours_tills

LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl")
TILLS = (("zinc", tours_cases_zinc), ("salle", tours_cases_salle), ("web", tours_cases_web))


def library():
    lib, by_key, n = [], {}, 0
    for key, name, prod, app, reg, ctry, col, cat, fmts in tours_drinks.DRINKS:
        for fmt, vints in fmts.items():
            for v in vints:
                n += 1
                e = dict(zip(LIB_FIELDS, ("tb%03d" % n, name, prod, app, reg, ctry, col, cat, v, fmt), strict=False))
                lib.append(e)
                by_key.setdefault(key, []).append(e)
    return lib, by_key


def read_vintage(till, label):
    """The vintage printed on the rendered label, by the till's own habit."""
    if till == "zinc":
        if re.match(r"(DOSE|PRESS|BTL) ", label):
            return None
        m = re.search(r" (\d\d)$", label)
    elif till == "salle":
        m = re.search(r" '(\d\d) ", label)
    else:
        m = re.search(r" ((?:19|20)\d\d)(?: - |$)", label)
    if not m:
        return None
    y = int(m.group(1))
    if y < 100:
        y += 2000 if y <= 30 else 1900
    return y


def desc(e):
    s = "%s (%s)" % (e["name"], e["producer"])
    if e["format_cl"] not in (75,) and e["category"] in ("vin", "champagne"):
        s += " %scl" % e["format_cl"]
    return s


def cases(by_key):
    out = []
    for till, mod in TILLS:
        for line in mod.CASES.strip().splitlines():
            key, measure, year, text, reason = line.split("|")
            entries = by_key.get(key) if not key.startswith("-") else None
            if not key.startswith("-") and not entries:
                raise SystemExit("unknown key " + key)
            if till == "zinc":
                label = tours_tills.zinc(text, measure, year)
            elif till == "salle":
                fam = key[1:] if key.startswith("-") else tours_tills.family(entries[0], measure)
                label = tours_tills.salle(text, measure, year, fam)
            else:
                label = tours_tills.web(text, measure, year, key if not key.startswith("-") else text)
            vint = read_vintage(till, label)
            if entries is None:
                exp, bid, also, units, why = "none", None, [], None, reason
                note = reason
            else:
                exp, bid, also, units, why = tours_rules.answer(entries, measure, vint)
                note = desc(entries[0])
                if exp == "none":
                    note += ": " + {"half": "half bottle", "mag": "magnum", "demi": "draught",
                                    "pinte": "draught", "bib": "bottle"}.get(
                        measure, measure[2:] + " cl" if measure.startswith("cl") else measure) + " not held"
                elif exp == "almost":
                    note += ": " + why
                if year and vint is None and entries[0]["vintage"] is not None:
                    note += " [%s cut off by the till]" % (year if len(year) == 4 else "20" + year[-2:])
            if exp != "none" and vint is not None and entries[0]["vintage"] is None:
                raise SystemExit("vintage on a non-vintage drink: " + label)
            out.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                        "vintage": vint, "units_per_sale": units, "note": note, "connection": till})
    labels = [c["label"] for c in out]
    dup = {l for l in labels if labels.count(l) > 1}
    if dup:
        raise SystemExit("duplicate labels: %s" % sorted(dup))
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key = library()
    cs = cases(by_key)
    dump(os.path.join(HERE, "tours_library.jsonl"), lib)
    dump(os.path.join(HERE, "tours_cases.jsonl"), cs)
    if "-v" in sys.argv:
        print("library", len(lib), "cases", len(cs))
        for till in ("zinc", "salle", "web", None):
            sel = [c for c in cs if till is None or c["connection"] == till]
            cnt = {k: sum(c["expect"] == k for c in sel) for k in ("yes", "almost", "none")}
            print("%-6s" % (till or "all"), cnt, len(sel),
                  " ".join("%.1f%%" % (100.0 * cnt[k] / len(sel)) for k in cnt))


if __name__ == "__main__":
    main()
