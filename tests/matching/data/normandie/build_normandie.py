#!/usr/bin/env python3
"""Build the BLIND matching set of the Auberge des Trois Pommiers (Pays d'Auge).

Writes normandie_library.jsonl and normandie_cases.jsonl beside this file, byte
for byte the same on every run (stdlib only, no randomness).  Each label is
rendered through its till's habits and the expected answer is computed from
the RENDERED label with the bench README's rules.  `-v` prints the counts.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import normandie_cases_bons as CB
import normandie_cases_boutique as CS
import normandie_cases_caisse as CC
import normandie_drinks as D
import normandie_tills as T

LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")
KIND = {d[0]: d[8] for d in D.DRINKS}
PRICE_RANGE = {"wine": (18, 95), "sweet": (24, 70), "champ": (34, 80), "calva": (32, 130),
               "spirit": (55, 90), "pommeau": (16, 24), "cider": (6, 13), "beer": (3, 6),
               "soft": (2, 5)}


def price_range(key, measure, text):
    """Shelf price band of a shop line (drives the loyalty points)."""
    if key != "-":
        lo, hi = PRICE_RANGE[KIND[key]]
        return (lo // 2, hi // 2) if measure == "half" else (lo, hi)
    if measure.startswith("~"):
        return (50, 50) if "50 €" in text else (4, 24)
    if measure == "b70":
        return PRICE_RANGE["calva"]
    if measure == "b33" or "Bière" in text or "Brasserie" in text:
        return (4, 9)
    if "Cidre" in text or "Poiré" in text:
        return PRICE_RANGE["cider"]
    if measure == "b50":
        return PRICE_RANGE["pommeau"]
    return PRICE_RANGE["wine"] if measure != "half" else (12, 45)


def fmt_cl(x):
    return int(x) if float(x).is_integer() else x


def build_library():
    lib, index = [], {}
    n = 0
    for d in D.DRINKS:
        key, name, prod, app, reg, ctry, col, cat, _kind, formats = d
        for fcl, vints in formats.items():
            for v in sorted(vints, key=lambda x: -1 if x is None else x):
                n += 1
                e = dict(zip(LIB_FIELDS, ("no%03d" % n, name, prod, app, reg, ctry, col, cat,
                                          v, fmt_cl(fcl)), strict=False))
                lib.append(e)
                index.setdefault((key, fcl), []).append(e)
    return lib, index


def pour_format(key, sort):
    """The entry format a pour or draught measure takes from."""
    kind, formats = KIND[key], D.BY_KEY[key][9]
    kegs = [f for f in formats if f >= 1000]
    if sort == "draught":
        return kegs[0] if kegs and kind == "beer" else None
    if kind == "cider":
        if kegs:
            return kegs[0]
        return 75 if 75 in formats else None
    if kind in ("calva", "spirit", "pommeau"):
        return next(iter(formats)) if len(formats) == 1 else None
    if kind in ("wine", "sweet", "champ"):
        if 75 in formats:
            return 75
        return next(iter(formats)) if len(formats) == 1 else None
    return None


def resolve(key, measure, vintage, index):
    """Bench README rules: (expect, entry, also_ok, units, why) for a drink key."""
    sort, vol = T.MEASURES[measure]
    formats = D.BY_KEY[key][9]
    if sort == "bottle":
        fcl = vol if vol in formats else None
        if measure == "" and KIND[key] not in ("wine", "sweet", "champ"):
            raise SystemExit("bare bottle on a non-wine: %s" % key)
    else:
        fcl = pour_format(key, sort)
    if fcl is None:
        return ("none", None, [], None, "format not held")
    entries = index[(key, fcl)]
    held = [e["vintage"] for e in entries]
    units = 1 if sort == "bottle" else round(vol / fcl, 4)
    if held == [None]:
        if vintage is not None:
            raise SystemExit("vintage on a non-vintage drink: %s %s" % (key, vintage))
        return ("yes", entries[0], [], units, "")
    if vintage is None:
        best = max(entries, key=lambda e: e["vintage"])
        return ("yes", best, [e["id"] for e in entries if e is not best], units, "")
    for e in entries:
        if e["vintage"] == vintage:
            return ("yes", e, [], units, "")
    best = min(entries, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return ("almost", best, [e["id"] for e in entries if e is not best], units,
            "label vintage %d not held, has %s" % (vintage, sorted(held)))


def split_spec(line):
    f = [x.strip() for x in line.split("|")]
    while len(f) < 5:
        f.append("")
    key, measure, vint, text, extra = f[:5]
    return key, measure, (int(vint) if vint else None), text, extra


def family(key):
    d = D.BY_KEY[key]
    kind, colour = d[8], d[6]
    if kind in ("calva", "spirit"):
        return "calva"
    if kind == "champ" or colour == "effervescent":
        return "bubbles"
    if kind in ("wine", "sweet"):
        return "red" if colour == "rouge" else "white"
    return "cold"


def none_family(measure):
    """Send modifiers for a product that is no drink of the library."""
    if measure in ("dose", "cl2"):
        return "calva"
    if measure == "coupe":
        return "bubbles"
    if measure in ("", "glass", "glass15", "half", "mag", "pich25"):
        return "wine"
    return "cold"


def measure_words(measure):
    sort, vol = T.MEASURES[measure]
    if sort == "bottle":
        return "bottle %s cl" % fmt_cl(vol)
    return "%s %s cl" % ({"pour": "pour", "draught": "draught"}[sort], fmt_cl(vol))


def case_for(till, line, index, seen):
    key, measure, vint, text, extra = split_spec(line)
    if till == "caisse":
        full, label = T.render_caisse(measure, vint, text)
        lost = full[len(label):].split()
        pm, pv = T.parse_caisse(label)
    elif till == "bons":
        fam = "food" if measure == "-" else (none_family(measure) if key == "-" else family(key))
        label = T.render_bons(None if measure == "-" else measure, vint, text, fam)
        pm, pv = T.parse_bons(label)
        lost = []
    else:
        if measure.startswith("~"):
            size, ean = measure[1:], T.instore_ean(text)
        else:
            size = T.BOUTIQUE_SIZES[measure]
            k = key if key != "-" else "-" + text
            pre = {"coca": "5449000", "evian": "3068320"}.get(key)
            ean = T.product_ean(k, measure, pre)
        lo, hi = price_range(key, measure, text)
        price = lo + T.md5int("price", text, measure, vint) % (hi - lo + 1)
        label = T.render_boutique(measure, vint, text, size, ean, price)
        pm, pv = T.parse_boutique(label)
        lost = []
    if label in seen:
        raise SystemExit("duplicate label: %s" % label)
    seen.add(label)
    cut_note = ""
    name_lost = []
    if till == "caisse" and lost:
        whole = full.split()
        kept = label.split()
        for i, w in enumerate(whole[len(kept) - 1:], start=len(kept) - 1):
            if i == len(kept) - 1:
                if kept[-1] != w:
                    if w.isdigit() and vint is not None and i == len(whole) - 1:
                        continue
                    if len(kept[-1]) < 4:
                        raise SystemExit("cut leaves < 4 letters: %s" % label)
                continue
            if i == len(whole) - 1 and vint is not None:
                continue
            name_lost.append(w)
        if vint is not None and pv is None:
            cut_note = " [%d cut off by the till]" % vint
        if name_lost and not extra.startswith("alt:"):
            raise SystemExit("cut takes words %s off without a declared reading: %s"
                             % (name_lost, label))
    if key != "-" and extra.startswith("alt:"):
        alt = extra[4:]
        if not (till == "caisse" and lost):
            raise SystemExit("alt reading without a cut: %s" % label)
        key_eff = alt
    else:
        key_eff = key
    if pv != (vint if not cut_note else None):
        raise SystemExit("vintage read back %s != %s: %s" % (pv, vint, label))
    if measure not in ("-",) and not measure.startswith("~") and pm != measure \
            and not (pm == "" and measure == "b75" and till == "boutique"):
        raise SystemExit("measure read back %r != %r: %s" % (pm, measure, label))
    base = {"label": label}
    if key_eff == "-":
        reason = extra if key == "-" else "read as it stands (%s)" % ", ".join(lost)
        if key != "-":
            reason = "typed for %s; %s: none" % (D.BY_KEY[key][1], reason)
        base.update(expect="none", beverage_id=None, also_ok=[], vintage=pv,
                    units_per_sale=None, note=reason + cut_note)
    else:
        exp, ent, also, units, why = resolve(key_eff, measure, pv, index)
        d = D.BY_KEY[key_eff]
        desc = "%s (%s)" % (d[1], d[2])
        if exp == "none":
            base.update(expect="none", beverage_id=None, also_ok=[], vintage=pv,
                        units_per_sale=None,
                        note="%s: %s, %s%s" % (desc, measure_words(measure), why, cut_note))
        else:
            note = "%s, %s" % (desc, measure_words(measure))
            if ent["format_cl"] != T.MEASURES[measure][1]:
                note += " of the %s cl entry" % ent["format_cl"]
            if why:
                note += ": " + why
            if key_eff != key:
                note += "; typed for %s, read as it stands" % D.BY_KEY[key][1]
            elif name_lost:
                note += " [%s cut off by the till, still that drink]" % " ".join(name_lost)
            base.update(expect=exp, beverage_id=ent["id"], also_ok=also, vintage=pv,
                        units_per_sale=units, note=note + cut_note)
    base["connection"] = till
    return base


def build():
    lib, index = build_library()
    cases, seen = [], set()
    for till, mod in (("caisse", CC), ("bons", CB), ("boutique", CS)):
        for line in mod.SPECS:
            if line.strip():
                cases.append(case_for(till, line, index, seen))
    return lib, cases


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, cases = build()
    dump(os.path.join(HERE, "normandie_library.jsonl"), lib)
    dump(os.path.join(HERE, "normandie_cases.jsonl"), cases)
    if "-v" in sys.argv:
        tot = {}
        for c in cases:
            t = tot.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})
            t[c["expect"]] += 1
        allc = {k: sum(t[k] for t in tot.values()) for k in ("yes", "almost", "none")}
        for k, t in tot.items():
            print(k, t, sum(t.values()))
        n = len(cases)
        print("all", allc, n, {k: round(100.0 * v / n, 1) for k, v in allc.items()})
        print("library", len(lib))


if __name__ == "__main__":
    main()
