"""Build the blind matching set of "La Treille des Papes" (Avignon).

    python3 tests/matching/data/avignon/build_avignon.py

writes avignon_library.jsonl and avignon_cases.jsonl beside this file, byte for byte the
same on every run (stdlib only; bins and prices come from an MD5 of the product). Each
label is rendered through its till's habits (avignon_tills) and the expected answer is
computed from the label as rendered, with the bench README's rules.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import avignon_cases_carte
import avignon_cases_terrasse
import avignon_cases_zinc
import avignon_drinks
import avignon_tills as tills

SPECS = {
    "zinc": avignon_cases_zinc.SPEC,
    "carte": avignon_cases_carte.SPEC,
    "terrasse": avignon_cases_terrasse.SPEC,
}
WINE_CATEGORIES = ("vin", "champagne")


class BuildError(Exception):
    pass


def fmt_cl(value):
    return int(value) if value == int(value) else value


def build_library(drinks):
    entries, index, n = [], {}, 0
    for d in drinks:
        for fmt, vintages in d["holdings"]:
            for v in vintages:
                n += 1
                entry = {
                    "id": "av%03d" % n, "name": d["name"], "producer": d["producer"],
                    "appellation": d["appellation"], "region": d["region"],
                    "country": d["country"], "colour": d["colour"],
                    "category": d["category"], "vintage": v, "format_cl": fmt_cl(fmt),
                }
                entries.append(entry)
                index[(d["key"], fmt, v)] = entry["id"]
    return entries, index


def parse_spec(till, spec):
    cases = []
    for lineno, line in enumerate(spec.strip().splitlines(), 1):
        parts = line.split("|")
        if len(parts) not in (4, 5):
            raise BuildError("%s line %d: %r" % (till, lineno, line))
        key, measure, vintage, text = parts[:4]
        extra = parts[4] if len(parts) == 5 else None
        if measure not in tills.MEASURES:
            raise BuildError("%s line %d: unknown measure %s" % (till, lineno, measure))
        if key == "-" and not extra:
            raise BuildError("%s line %d: a none needs its reason" % (till, lineno))
        cases.append({"key": key, "measure": measure,
                      "vintage": int(vintage) if vintage else None,
                      "text": text, "extra": extra, "line": lineno})
    return cases


def target_format(drink, measure):
    """(format_cl the sale refers to or None when not held, pour volume or None, why)."""
    kind, vol = tills.MEASURES[measure]
    formats = [f for f, _ in drink["holdings"]]
    cat = drink["category"]
    if kind == "bottle":
        if vol is None:
            if cat not in WINE_CATEGORIES or 75 not in formats:
                raise BuildError("%s: `btl` is a wine's 75 cl bottle" % drink["key"])
            return 75, None, None
        if vol in (37.5, 150) and cat not in WINE_CATEGORIES:
            raise BuildError("%s: half or magnum of a non-wine" % drink["key"])
        if vol in formats:
            return vol, None, None
        word = {37.5: "a half bottle", 150: "a magnum"}.get(vol, "a %s cl bottle" % fmt_cl(vol))
        return None, None, "%s is not held" % word
    if kind == "pour":
        if cat not in WINE_CATEGORIES:
            raise BuildError("%s: a glass of a non-wine" % drink["key"])
        ordinary = 75 if 75 in formats else None
        if ordinary is None:
            small = [f for f in formats if f not in (37.5, 150)]
            if len(small) != 1:
                raise BuildError("%s: no ordinary bottle" % drink["key"])
            ordinary = small[0]
        return ordinary, vol, None
    if kind == "spirit":
        if cat not in ("spiritueux", "autre") or len(formats) != 1:
            raise BuildError("%s: a dose of what?" % drink["key"])
        return formats[0], vol, None
    if kind == "draught":
        if cat != "bière":
            raise BuildError("%s: draught of a non-beer" % drink["key"])
        kegs = [f for f in formats if f >= 1000]
        if not kegs:
            return None, None, "not on draught (held in bottle only)"
        return kegs[0], vol, None
    raise BuildError("%s: a drink needs a measure" % drink["key"])


def expected(drink, measure, vintage, index):
    fmt, pour, why = target_format(drink, measure)
    label_name = "%s (%s)" % (drink["name"], drink["producer"])
    if fmt is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units": None,
                "note": "%s: %s" % (label_name, why)}
    vints = dict(drink["holdings"])[fmt]
    ids = {v: index[(drink["key"], fmt, v)] for v in vints}
    units = 1 if pour is None else round(pour / fmt, 4)
    if vints == [None]:
        if vintage is not None:
            raise BuildError("%s: a vintage on a non-vintage drink" % drink["key"])
        return {"expect": "yes", "beverage_id": ids[None], "also_ok": [], "units": units,
                "note": label_name}
    if vintage is None:
        best = max(vints)
        return {"expect": "yes", "beverage_id": ids[best],
                "also_ok": [ids[v] for v in vints if v != best], "units": units,
                "note": label_name}
    if vintage in vints:
        return {"expect": "yes", "beverage_id": ids[vintage], "also_ok": [],
                "units": units, "note": label_name}
    best = min(vints, key=lambda v: (abs(v - vintage), -v))
    return {"expect": "almost", "beverage_id": ids[best],
            "also_ok": [ids[v] for v in vints if v != best], "units": units,
            "note": "%s: label vintage %d not in library, has %s"
                    % (label_name, vintage, sorted(vints))}


def zinc_render(case):
    full = tills.zinc_full(case["measure"], case["text"], case["vintage"])
    label = tills.zinc_cut(full)
    full_tokens, tokens = full.split(), label.split()
    last = len(tokens) - 1
    vintage_whole = (case["vintage"] is not None and len(tokens) == len(full_tokens)
                     and tokens[-1] == full_tokens[-1])
    if tokens[last] != full_tokens[last] and any(c.isdigit() for c in tokens[last]):
        partial_vintage = (case["vintage"] is not None and last == len(full_tokens) - 1
                           and len(tokens[last]) == 1)
        if not partial_vintage:
            raise BuildError("zinc line %d: the cut splits a number: %r" % (case["line"], label))
    if not tokens or (tills.ZINC_PREFIX[case["measure"]] and len(tokens) < 2):
        raise BuildError("zinc line %d: nothing left of the name" % case["line"])
    lost = []
    prefix_n = 1 if tills.ZINC_PREFIX[case["measure"]] else 0
    for i, word in enumerate(case["text"].split()):
        if word.startswith("*"):
            pos = prefix_n + i
            if pos >= len(tokens) or tokens[pos] != word[1:]:
                lost.append(word[1:])
    return label, (case["vintage"] if vintage_whole else None), lost


def build():
    drinks = avignon_drinks.load()
    by_key = {d["key"]: d for d in drinks}
    library, index = build_library(drinks)
    parsed = {t: parse_spec(t, SPECS[t]) for t in tills.TILLS}

    # carte: one bin per product (wine or item and format), from an MD5, never shared
    products = sorted({(c["key"] if c["key"] != "-" else "txt:" + c["text"], c["measure"])
                       for c in parsed["carte"]})
    bins, used = {}, set()
    for product in products:
        b = 101 + tills.md5_int("bin", *product) % 889
        while b in used:
            b = 101 if b >= 989 else b + 1
        used.add(b)
        bins[product] = b

    cases, labels = [], set()
    for till in tills.TILLS:
        for c in parsed[till]:
            key, measure = c["key"], c["measure"]
            drink = by_key.get(key)
            if key != "-" and drink is None:
                raise BuildError("%s line %d: unknown key %s" % (till, c["line"], key))
            cut_note = ""
            if till == "zinc":
                label, vintage, lost = zinc_render(c)
                gone = list(lost)
                if c["vintage"] is not None and vintage is None:
                    gone.append(str(c["vintage"]))
                if gone:
                    cut_note = " [%s cut off by the till]" % " and ".join(gone)
                if lost:
                    if key == "-" or not (c["extra"] or "").startswith("="):
                        raise BuildError("zinc line %d: the cut took %s from %r; say how "
                                         "the label reads" % (c["line"], lost, label))
                    alt = c["extra"][1:]
                    if alt.startswith("none:"):
                        key, drink = "-", None
                        c = dict(c, extra=alt[5:])
                    else:
                        key, drink = alt, by_key[alt]
                elif key != "-" and c["extra"]:
                    raise BuildError("zinc line %d: a reading given but nothing lost" % c["line"])
            elif till == "carte":
                product = (key if key != "-" else "txt:" + c["text"], measure)
                category = drink["category"] if drink else None
                label = tills.carte_label(bins[product], measure, c["text"], c["vintage"],
                                          tills.carte_price("|".join(product), measure, category,
                                                            c["text"]))
                vintage = c["vintage"]
            else:
                label = tills.terrasse_label(measure, c["text"], c["vintage"])
                vintage = c["vintage"]
            if tills.read_vintage(till, label) != vintage:
                raise BuildError("%s line %d: %r reads as vintage %s, not %s"
                                 % (till, c["line"], label,
                                    tills.read_vintage(till, label), vintage))
            if label in labels:
                raise BuildError("duplicate label %r" % label)
            labels.add(label)
            if key == "-":
                exp = {"expect": "none", "beverage_id": None, "also_ok": [], "units": None,
                       "note": c["extra"]}
            else:
                if key != "-" and c["extra"] and till != "zinc":
                    raise BuildError("%s line %d: extra field on a drink" % (till, c["line"]))
                exp = expected(drink, measure, vintage, index)
            cases.append({
                "label": label, "expect": exp["expect"], "beverage_id": exp["beverage_id"],
                "also_ok": exp["also_ok"], "vintage": vintage,
                "units_per_sale": exp["units"], "note": exp["note"] + cut_note,
                "connection": till,
            })
    return library, cases


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    library, cases = build()
    with open(os.path.join(HERE, "avignon_library.jsonl"), "w", encoding="utf-8") as f:
        f.write(dump(library))
    with open(os.path.join(HERE, "avignon_cases.jsonl"), "w", encoding="utf-8") as f:
        f.write(dump(cases))
    counts = {}
    for c in cases:
        counts.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    total = {k: sum(v[k] for v in counts.values()) for k in ("yes", "almost", "none")}
    n = len(cases)
    for till in tills.TILLS:
        v = counts[till]
        print("%-9s yes %3d  almost %3d  none %3d  total %3d"
              % (till, v["yes"], v["almost"], v["none"], sum(v.values())))
    print("all       yes %3d  almost %3d  none %3d  total %3d   (%.1f / %.1f / %.1f %%)"
          % (total["yes"], total["almost"], total["none"], n, 100.0 * total["yes"] / n,
             100.0 * total["almost"] / n, 100.0 * total["none"] / n))
    print("library", len(library))


if __name__ == "__main__":
    main()
