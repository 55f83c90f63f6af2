#!/usr/bin/env python3
"""Check geneve_library.jsonl and geneve_cases.jsonl on their own (no build module).

Usage: python3 check_geneve.py [library.jsonl cases.jsonl]
Checks JSON, field order, ids, colours and categories, unique labels, `also_ok` = the other
vintages of the same wine, the vintage read back from the label, the vintage rules (yes /
almost), the format read from the label, `units_per_sale` from the measure, and each till's
habits (D, T, E). Exits 1 and lists every problem found.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = [
    "id",
    "name",
    "producer",
    "appellation",
    "region",
    "country",
    "colour",
    "category",
    "vintage",
    "format_cl",
]
CASE_FIELDS = [
    "label",
    "expect",
    "beverage_id",
    "also_ok",
    "vintage",
    "units_per_sale",
    "note",
    "connection",
]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
ERR = []


def err(msg):
    ERR.append(msg)


def load(path, fields):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s:%d: not JSON (%s)" % (os.path.basename(path), n, e))
                continue
            if list(obj) != fields:
                err("%s:%d: fields %s" % (os.path.basename(path), n, list(obj)))
            rows.append(obj)
    return rows


# ---------------------------------------------------------------- label parsing
D_RE = re.compile(
    r"^(?:FL (\d+(?:\.\d+)?)(DL|L)|([1235])DL|([24])CL|(STANGE|KÜBEL|HERRGÖTTLI))(?: |$)"
)
D_DRAUGHT = {"HERRGÖTTLI": 20, "STANGE": 30, "KÜBEL": 50}
D_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ./&ÄÖÜ")
T_PRICE = re.compile(r"^Fr\. \d{1,3}(?:'\d{3})*\.(?:–|\d\d)$")
E_PRICE = re.compile(r"^CHF \d{1,3}(?:'\d{3})*\.(?:–|\d\d)$")
T_MEASURES = {
    "bouteille": ("bottle", 75),
    "bouteille 70 cl": ("bottle", 70),
    "bouteille 50 cl": ("bottle", 50),
    "demi-bouteille": ("bottle", 37.5),
    "magnum": ("bottle", 150),
    "bouteille 1 l": ("bottle", 100),
    "33 cl": ("bottle", 33),
    "50 cl": ("bottle", 50),
    "1 l": ("bottle", 100),
    "ballon": ("pour", 10),
    "2 dl": ("pour", 20),
    "3 dl": ("pour", 30),
    "1/2 l": ("pour", 50),
    "2 cl": ("dose", 2),
    "4 cl": ("dose", 4),
    "pression 2 dl": ("draught", 20),
    "pression 3 dl": ("draught", 30),
    "pression 5 dl": ("draught", 50),
}
E_MEASURES = {
    "75 cl": ("bottle", 75),
    "70 cl": ("bottle", 70),
    "50 cl": ("bottle", 50),
    "37,5 cl": ("bottle", 37.5),
    "150 cl": ("bottle", 150),
    "100 cl": ("bottle", 100),
    "33 cl": ("bottle", 33),
    "1 dl": ("pour", 10),
    "2 dl": ("pour", 20),
    "3 dl": ("pour", 30),
    "5 dl": ("pour", 50),
    "2 cl": ("dose", 2),
    "4 cl": ("dose", 4),
    "Fass 2 dl": ("draught", 20),
    "Fass 3 dl": ("draught", 30),
    "Fass 5 dl": ("draught", 50),
}


def parse_d(label):
    """(measure or None, vintage or None) of a D label, checking D's habits."""
    if label != label.upper():
        err("D lower case: %r" % label)
    if len(label) > 28:
        err("D longer than 28: %r" % label)
    if set(label) - D_CHARS:
        err("D characters: %r" % label)
    measure = None
    m = D_RE.match(label)
    if m:
        if m.group(1):
            vol = float(m.group(1)) * (10 if m.group(2) == "DL" else 100)
            measure = ("bottle", vol)
        elif m.group(3):
            measure = ("pour", int(m.group(3)) * 10)
        elif m.group(4):
            measure = ("dose", int(m.group(4)))
        else:
            measure = ("draught", D_DRAUGHT[m.group(5)])
    vm = re.search(r" (\d\d)$", label)
    vintage = 2000 + int(vm.group(1)) if vm else None
    return measure, vintage


def parse_t(label):
    parts = label.split(" · ")
    if len(parts) not in (2, 3) or not T_PRICE.match(parts[-1]):
        err("T shape: %r" % label)
        return None, None
    name = parts[0]
    if name != name.lower():
        err("T name not lower case: %r" % label)
    measure = None
    if len(parts) == 3:
        measure = T_MEASURES.get(parts[1])
        if measure is None:
            err("T measure: %r" % label)
    vm = re.search(r" (\d{4})$", name)
    vintage = int(vm.group(1)) if vm and 1950 <= int(vm.group(1)) <= 2030 else None
    return measure, vintage


def parse_e(label):
    parts = label.split(" / ")
    m = re.match(r"^Art\.-Nr\. ([1-9]\d{4})$", parts[0])
    if not m or len(parts) < 3 or not E_PRICE.match(parts[-1]):
        err("E shape: %r" % label)
        return None, None, None
    vintage, measure = None, None
    for p in parts[2:-1]:
        vm = re.match(r"^Jg\. (\d{4})$", p)
        if vm:
            vintage = int(vm.group(1))
        elif p in E_MEASURES:
            measure = E_MEASURES[p]
        else:
            err("E field: %r in %r" % (p, label))
    return measure, vintage, int(m.group(1))


def words(text):
    """Lower-case ASCII words of four letters or more (accents and umlauts folded)."""
    import unicodedata

    t = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "OE"))
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower()
    return {w for w in re.findall(r"[a-z]+", t) if len(w) >= 4}


def shares_a_word(label_words, entry):
    """At least one word of the label is (the start of) a word of the entry."""
    ew = words(" ".join(x for x in (entry["name"], entry["producer"], entry["appellation"]) if x))
    return any(e.startswith(w) for w in label_words for e in ew)


def family_digit(entry):
    if entry["category"] == "spiritueux":
        return 4
    if entry["category"] == "bière":
        return 5
    if entry["category"] == "soft":
        return 6
    return {"blanc": 1, "rouge": 2}.get(entry["colour"], 3)


# ---------------------------------------------------------------- checks
def check(lib_path, cases_path):
    lib = load(lib_path, LIB_FIELDS)
    cases = load(cases_path, CASE_FIELDS)
    by_id, wines = {}, {}
    for n, r in enumerate(lib, 1):
        if r.get("id") != "g%03d" % n:
            err("library id %r at line %d" % (r.get("id"), n))
        by_id[r["id"]] = r
        if r["colour"] not in COLOURS or r["category"] not in CATEGORIES:
            err("colour/category of %s" % r["id"])
        if (r["category"] == "vin") != (r["colour"] is not None):
            err("colour of a non-wine or no colour on a wine: %s" % r["id"])
        if r["vintage"] is not None and not (
            isinstance(r["vintage"], int) and 1950 <= r["vintage"] <= 2030
        ):
            err("vintage of %s" % r["id"])
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            err("format of %s" % r["id"])
        wine = (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])
        if r["vintage"] in [by_id[i]["vintage"] for i in wines.get(wine, [])]:
            err("duplicate vintage in %s" % r["id"])
        wines.setdefault(wine, []).append(r["id"])
    if not 120 <= len(lib) <= 160:
        err("library size %d" % len(lib))

    def wine_of(entry):
        return (
            entry["name"],
            entry["producer"],
            entry["appellation"],
            entry["colour"],
            entry["format_cl"],
        )

    def formats_of(entry):
        return {f for (n, p, a, c, f) in wines if (n, p, a, c) == wine_of(entry)[:4]}

    def ordinary(entry):
        fmts = formats_of(entry)
        if entry["category"] == "bière":
            kegs = [f for f in fmts if f >= 2000]
            return kegs[0] if kegs else None
        for f in (75, 70):
            if f in fmts:
                return f
        return next(iter(fmts)) if len(fmts) == 1 else None

    labels, artnos = set(), {}
    for c in cases:
        lab = c["label"]
        if lab in labels:
            err("duplicate label %r" % lab)
        labels.add(lab)
        till = c["connection"]
        if till == "D":
            measure, vintage = parse_d(lab)
        elif till == "T":
            measure, vintage = parse_t(lab)
        elif till == "E":
            measure, vintage, artno = parse_e(lab)
            if artno is not None:
                product = (lab.split(" / ")[1], measure)
                if artnos.setdefault(artno, product) != product:
                    err("E article %d on two products" % artno)
        else:
            err("connection %r" % till)
            continue
        if c["vintage"] != vintage:
            err("vintage %r but the label reads %r: %r" % (c["vintage"], vintage, lab))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                err("none with an answer: %r" % lab)
            continue
        if c["expect"] not in ("yes", "almost"):
            err("expect %r" % c["expect"])
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            err("unknown id %r" % c["beverage_id"])
            continue
        name_part = {
            "E": lambda l: l.split(" / ")[1] if " / " in l else l,
            "T": lambda l: l.split(" · ")[0],
        }.get(till, lambda l: l)(lab)
        if not shares_a_word(words(name_part), e):
            err("no word of the label in %s %r: %r" % (e["id"], e["name"], lab))
        if till == "E" and artno is not None and artno // 10000 != family_digit(e):
            err("E family digit %d for %s: %r" % (artno // 10000, e["id"], lab))
        # format and units
        if measure is None:
            err("no measure on a drink: %r" % lab)
            continue
        kind, vol = measure
        if kind == "bottle":
            if e["format_cl"] != vol:
                err("format %s but the label says %s cl: %r" % (e["format_cl"], vol, lab))
            if c["units_per_sale"] != 1:
                err("units of a bottle: %r" % lab)
        else:
            if kind == "draught" and e["format_cl"] < 2000:
                err("draught measure on a bottle entry: %r" % lab)
            if kind != "draught" and e["format_cl"] != ordinary(e):
                err("pour not from the ordinary bottle (%s): %r" % (ordinary(e), lab))
            if c["units_per_sale"] != round(vol / e["format_cl"], 4):
                err("units %r != %g/%g: %r" % (c["units_per_sale"], vol, e["format_cl"], lab))
        # vintages
        same = wines[wine_of(e)]
        vints = {by_id[i]["vintage"]: i for i in same}
        others = sorted(i for i in same if i != e["id"])
        if sorted(c["also_ok"]) != (others if (vintage is None or c["expect"] == "almost") else []):
            err("also_ok %r, expected %r: %r" % (c["also_ok"], others, lab))
        if c["expect"] == "yes":
            if vintage is None:
                if e["vintage"] != max(vints, key=lambda v: v or 0):
                    err("yes without vintage not the most recent: %r" % lab)
            elif e["vintage"] != vintage:
                err("yes with vintage %d on entry %r: %r" % (vintage, e["vintage"], lab))
        else:
            if vintage is None or vintage in vints:
                err("almost but the vintage is held or absent: %r" % lab)
            else:
                best = min((v for v in vints if v), key=lambda v: (abs(v - vintage), -v))
                if e["vintage"] != best:
                    err("almost not the nearest (%d): %r" % (best, lab))
    n = len(cases)
    none = sum(1 for c in cases if c["expect"] == "none")
    if not 250 <= n <= 280:
        err("%d cases" % n)
    if not 0.35 <= none / float(n or 1) <= 0.40:
        err("none share %.3f" % (none / float(n or 1)))
    return lib, cases


def main():
    args = sys.argv[1:] or [
        os.path.join(HERE, "geneve_library.jsonl"),
        os.path.join(HERE, "geneve_cases.jsonl"),
    ]
    lib, cases = check(*args)
    for till in "DTE":
        cs = [c for c in cases if c["connection"] == till]
        print(
            "%s: %d yes, %d almost, %d none"
            % (till, *(sum(1 for c in cs if c["expect"] == x) for x in ("yes", "almost", "none")))
        )
    if ERR:
        print("%d problem(s):" % len(ERR))
        for e in ERR:
            print("  " + e)
        sys.exit(1)
    print("OK: %d drinks, %d cases" % (len(lib), len(cases)))


if __name__ == "__main__":
    main()
