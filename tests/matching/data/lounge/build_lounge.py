#!/usr/bin/env python3
"""Build the held-out set "lounge" (Le Foyer Héré, Nancy): library and cases.

Stdlib only, deterministic: `python3 build_lounge.py [-v]` writes lounge_library.jsonl and
lounge_cases.jsonl beside it, byte for byte the same on every run. Every answer is computed
from the RENDERED label (measure and vintage read back by lounge_tills.measure).
"""
import hashlib
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import lounge_cases_billet
import lounge_cases_entracte
import lounge_cases_salle
import lounge_drinks
import lounge_rules
import lounge_tills

LIB_FIELDS = ("id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl")
CASE_FIELDS = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection")
SPECS = (("ENTRACTE", lounge_cases_entracte.SPECS), ("SALLE", lounge_cases_salle.SPECS),
         ("BILLETTERIE", lounge_cases_billet.SPECS))
STOP = {"de", "du", "des", "la", "le", "les", "et", "d", "l", "ch", "chateau", "domaine",
        "brut", "rouge", "blanc", "rose", "cuvee", "champagne", "vin"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if len(w) >= 3 and w not in STOP]


def shares_word(label, entry):
    """A yes/almost label must share a word or a 4-letter stem with its entry."""
    lw = words(label)
    ew = words(" ".join(str(entry[k] or "") for k in ("name", "producer", "appellation")))
    for a in lw:
        for b in ew:
            if a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]):
                return True
    return False


def library():
    lib, prods = [], {}
    for p in lounge_drinks.PRODUCTS:
        key, name, producer, app, region, country, colour, cat, entries = p
        prod = {"key": key, "category": cat, "entries": entries, "ids": [], "name": name,
                "producer": producer}
        for vintage, fmt in entries:
            eid = "lo%03d" % (len(lib) + 1)
            lib.append(dict(zip(LIB_FIELDS, (eid, name, producer, app, region, country, colour,
                                             cat, vintage, lounge_rules.fmt_cl(fmt)), strict=False)))
            prod["ids"].append(eid)
        prods[key] = prod
    return lib, prods


def cases(lib, prods):
    byid = {e["id"]: e for e in lib}
    out = []
    taken = set()

    def render(till, family, token, typed, name):
        salt = 0
        while True:
            label = lounge_tills.render(till, family, token, typed, name, salt)
            if till != "ENTRACTE" or label.split(" ")[0] not in taken:
                taken.add(label.split(" ")[0])
                return label
            salt += 1

    for till, text in SPECS:
        for line in text.strip().splitlines():
            f = line.split("|")
            key, token, vin, name = f[0], f[1], f[2], f[3]
            typed = int(vin) if vin else None
            if key.startswith("-"):
                family = key[1:]
                label = render(till, family, token, typed, name)
                kind, cl, vintage = lounge_tills.measure(till, label, family == "B")
                out.append(dict(zip(CASE_FIELDS, (label, "none", None, [], vintage, None,
                                                   f[4], till), strict=False)))
                continue
            prod = prods[key]
            family = lounge_tills.FAMILY[prod["category"]]
            label = render(till, family, token, typed, name)
            kind, cl, vintage = lounge_tills.measure(till, label, prod["category"] == "bière")
            if typed and vintage is None:
                cut = " [%d cut off by the till]" % typed
            elif typed != vintage:
                raise SystemExit("vintage misread: %r" % label)
            else:
                cut = ""
            expect, idx, units, why = lounge_rules.answer(prod, kind, cl, vintage)
            head = "%s (%s)" % (prod["name"], prod["producer"])
            if expect == "none":
                out.append(dict(zip(CASE_FIELDS, (label, "none", None, [], vintage, None,
                                                   head + ": " + why + cut, till), strict=False)))
                continue
            ids = [prod["ids"][i] for i in idx]
            best = byid[ids[0]]
            if not shares_word(label, best):
                raise SystemExit("label shares no word with its entry: %r" % label)
            note = "%s %s cl" % (head, best["format_cl"])
            if kind != "bt":
                note += ", %s %s cl" % ({"pour": "pour of", "tap": "draught"}[kind],
                                          lounge_rules.fmt_cl(cl))
            if why:
                note += ": " + why
            out.append(dict(zip(CASE_FIELDS, (label, expect, ids[0], ids[1:], vintage, units,
                                               note + cut, till), strict=False)))
    seen = set()
    for c in out:
        if c["label"] in seen:
            raise SystemExit("duplicate label %r" % c["label"])
        seen.add(c["label"])
    out.sort(key=lambda c: hashlib.sha256(c["label"].encode("utf-8")).hexdigest())
    return out


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, prods = library()
    cs = cases(lib, prods)
    dump(lib, os.path.join(HERE, "lounge_library.jsonl"))
    dump(cs, os.path.join(HERE, "lounge_cases.jsonl"))
    if "-v" in sys.argv:
        tab = {}
        for c in cs:
            tab[(c["connection"], c["expect"])] = tab.get((c["connection"], c["expect"]), 0) + 1
        print("library %d, cases %d" % (len(lib), len(cs)))
        for t, _ in SPECS:
            print(t, [tab.get((t, e), 0) for e in ("yes", "almost", "none")])
        n = len(cs)
        for e in ("yes", "almost", "none"):
            k = sum(c["expect"] == e for c in cs)
            print(e, k, "%.1f %%" % (100.0 * k / n))


if __name__ == "__main__":
    main()
