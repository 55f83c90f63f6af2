"""Check avignon_library.jsonl and avignon_cases.jsonl on their own.

    python3 tests/matching/data/avignon/check_avignon.py [--selftest]

Reads the two files only (it imports nothing of the build): JSON, field order, ids,
colours and categories, one entry per wine, vintage and format; for each case the vintage
read back from the label by its till's habit, the yes / almost / none rules, `also_ok`,
the format and `units_per_sale` against the measure printed, a word shared with the
entry, each till's form, carte bins, and the counts. `--selftest` breaks copies of the
files on purpose and shows each break is reported, then that the unbroken files are clean.
"""

import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
WINES = ("vin", "champagne")
TILLS = ("zinc", "carte", "terrasse")

# measure word -> (kind, cl); kind: bottle / pour / spirit / draught
ZINC_MEASURES = {
    "1/2": ("bottle", 37.5), "MG": ("bottle", 150), "25": ("bottle", 25),
    "33": ("bottle", 33), "50": ("bottle", 50), "70": ("bottle", 70), "1L": ("bottle", 100),
    "VR": ("pour", 12.5), "V15": ("pour", 15), "CP": ("pour", 12.5), "P25": ("pour", 25),
    "P50": ("pour", 50), "DS": ("spirit", 4), "2CL": ("spirit", 2), "DM": ("draught", 25),
    "PT": ("draught", 50),
}
CARTE_MEASURES = {
    "demi-bouteille": ("bottle", 37.5), "magnum": ("bottle", 150), "25 cl": ("bottle", 25),
    "33 cl": ("bottle", 33), "50 cl": ("bottle", 50), "70 cl": ("bottle", 70),
    "100 cl": ("bottle", 100), "verre 12 cl": ("pour", 12), "verre 15 cl": ("pour", 15),
    "coupe 12 cl": ("pour", 12), "pichet 25 cl": ("pour", 25), "pichet 50 cl": ("pour", 50),
    "4 cl": ("spirit", 4), "2 cl": ("spirit", 2), "pression 25 cl": ("draught", 25),
    "pression 50 cl": ("draught", 50),
}
TERRASSE_MEASURES = {
    "btl": ("bottle", 75), "1/2": ("bottle", 37.5), "mag": ("bottle", 150),
    "25cl": ("bottle", 25), "33cl": ("bottle", 33), "50cl": ("bottle", 50),
    "70cl": ("bottle", 70), "1l": ("bottle", 100), "vr": ("pour", 12.5),
    "vr15": ("pour", 15), "coupe": ("pour", 12.5), "p25": ("pour", 25), "p50": ("pour", 50),
    "dose": ("spirit", 4), "2cl": ("spirit", 2), "demi": ("draught", 25),
    "pinte": ("draught", 50),
}
CARTE_RE = re.compile(r"^(\d{3})  (\d{4}|----)  (.+?) \.{3,} (\d+(?:,\d\d)?)$")
CARTE_MEASURE_RE = re.compile(r" \((%s)\)$" % "|".join(re.escape(k) for k in CARTE_MEASURES))
TERRASSE_RE = re.compile(r"^[a-z0-9]+( [a-z0-9]+)*( \[[a-z0-9/]+\])?$")


def fold(text):
    text = text.replace("œ", "oe").replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c)).lower()


def words(text):
    return [w for w in re.split(r"[^a-z0-9]+", fold(text)) if w]


def read_jsonl(path, errors, what):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line, object_pairs_hook=lambda p: p))
            except ValueError as exc:
                errors.append("%s line %d: invalid JSON (%s)" % (what, n, exc))
    return rows


def to_dicts(rows, fields, what, errors):
    out = []
    for n, pairs in enumerate(rows, 1):
        if [k for k, _ in pairs] != fields:
            errors.append("%s line %d: fields %s, expected %s"
                          % (what, n, [k for k, _ in pairs], fields))
        out.append(dict(pairs))
    return out


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])


def check_library(lib, errors):
    seen = set()
    for n, e in enumerate(lib, 1):
        where = "library %s" % e.get("id")
        if e.get("id") != "av%03d" % n:
            errors.append("%s: id out of sequence (expected av%03d)" % (where, n))
        if e.get("category") not in CATEGORIES:
            errors.append("%s: category %r" % (where, e.get("category")))
        if e.get("category") in WINES:
            if e.get("colour") not in COLOURS:
                errors.append("%s: wine colour %r" % (where, e.get("colour")))
        elif e.get("colour") is not None:
            errors.append("%s: colour on a non-wine" % where)
        if not (e.get("vintage") is None or isinstance(e.get("vintage"), int)):
            errors.append("%s: vintage %r" % (where, e.get("vintage")))
        if not isinstance(e.get("format_cl"), (int, float)) or e.get("format_cl") <= 0:
            errors.append("%s: format %r" % (where, e.get("format_cl")))
        for field in ("name", "producer", "country"):
            if not isinstance(e.get(field), str) or not e.get(field):
                errors.append("%s: %s missing" % (where, field))
        k = (*wine_key(e), e.get("vintage"))
        if k in seen:
            errors.append("%s: a second entry for the same wine, format and vintage" % where)
        seen.add(k)


def read_label(till, label, errors, where):
    """(vintage, measure (kind, cl) or None) as the till prints them."""
    if till == "zinc":
        if len(label) > 16 or label != label.rstrip() or not re.fullmatch(r"[A-Z0-9 /&.]+", label):
            errors.append("%s: not a 16-column ASCII-capitals register label" % where)
        m = re.search(r" (\d\d)$", label)
        first = label.split()[0] if label.split() else ""
        return (2000 + int(m.group(1)) if m else None), ZINC_MEASURES.get(first)
    if till == "carte":
        m = CARTE_RE.match(label)
        if not m:
            errors.append("%s: not a carte line (bin, vintage, text, leaders, price)" % where)
            return None, None
        mm = CARTE_MEASURE_RE.search(m.group(3))
        return (None if m.group(2) == "----" else int(m.group(2))), \
            (CARTE_MEASURES[mm.group(1)] if mm else None)
    if not TERRASSE_RE.match(label):
        errors.append("%s: not a terrasse label (lower-case short words, [measure])" % where)
        return None, None
    measure = None
    body = label
    m = re.search(r" \[([a-z0-9/]+)\]$", label)
    if m:
        if m.group(1) not in TERRASSE_MEASURES:
            errors.append("%s: unknown measure [%s]" % (where, m.group(1)))
        measure = TERRASSE_MEASURES.get(m.group(1))
        body = label[:m.start()]
    for w in body.split():
        if not w.isdigit() and len(w) > 5:
            errors.append("%s: %r longer than the handheld's five letters" % (where, w))
    v = re.search(r" ((?:19|20)\d\d)$", body)
    return (int(v.group(1)) if v else None), measure


def shares_word(till, label, entry):
    entry_words = [w for w in words("%s %s %s" % (entry["name"], entry["producer"],
                                                 entry["appellation"] or "")) if len(w) >= 3]
    text = label
    if till == "carte":
        text = CARTE_RE.match(label).group(3) if CARTE_RE.match(label) else label
    for t in words(text):
        if len(t) < 3:
            continue
        for w in entry_words:
            if w.startswith(t) or t.startswith(w):
                return True
    return False


def check_cases(lib, cases, errors):
    by_id = {e["id"]: e for e in lib}
    wines = {}
    for e in lib:
        wines.setdefault(wine_key(e), []).append(e)
    labels, bins, counts = set(), {}, {}
    for n, c in enumerate(cases, 1):
        where = "case %d %r" % (n, c.get("label"))
        till, label = c.get("connection"), c.get("label")
        if till not in TILLS:
            errors.append("%s: connection %r" % (where, till))
            continue
        if not isinstance(label, str) or not label:
            errors.append("%s: label missing" % where)
            continue
        if label in labels:
            errors.append("%s: duplicate label" % where)
        labels.add(label)
        if not isinstance(c.get("note"), str) or not c["note"]:
            errors.append("%s: note missing" % where)
        vintage, measure = read_label(till, label, errors, where)
        if c.get("vintage") != vintage:
            errors.append("%s: vintage %r, the label reads %r" % (where, c.get("vintage"), vintage))
        if till == "carte" and CARTE_RE.match(label):
            b = CARTE_RE.match(label).group(1)
            rest = CARTE_RE.sub(r"\3 \4", label)
            if b in bins and bins[b] != rest:
                errors.append("%s: bin %s already holds another product" % (where, b))
            bins.setdefault(b, rest)
        expect = c.get("expect")
        counts.setdefault(till, {"yes": 0, "almost": 0, "none": 0})
        if expect not in ("yes", "almost", "none"):
            errors.append("%s: expect %r" % (where, expect))
            continue
        counts[till][expect] += 1
        if expect == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] \
                    or c.get("units_per_sale") is not None:
                errors.append("%s: a none has no id, no also_ok, no units" % where)
            continue
        entry = by_id.get(c.get("beverage_id"))
        if entry is None:
            errors.append("%s: unknown beverage_id %r" % (where, c.get("beverage_id")))
            continue
        siblings = wines[wine_key(entry)]
        others = sorted(e["id"] for e in siblings if e is not entry)
        also = c.get("also_ok")
        if not isinstance(also, list) or any(a not in by_id for a in also):
            errors.append("%s: also_ok %r" % (where, also))
            continue
        vints = [e["vintage"] for e in siblings]
        if expect == "yes":
            if vintage is not None:
                if entry["vintage"] != vintage or also:
                    errors.append("%s: yes must be the label's vintage, also_ok empty" % where)
            else:
                if entry["vintage"] is not None and entry["vintage"] != max(vints):
                    errors.append("%s: without a vintage, yes is the most recent" % where)
                if sorted(also) != others:
                    errors.append("%s: also_ok must list the other vintages %s" % (where, others))
        else:
            if vintage is None or vintage in vints or None in vints:
                errors.append("%s: almost needs a label vintage the wine lacks" % where)
            else:
                best = min(vints, key=lambda v: (abs(v - vintage), -v))
                if entry["vintage"] != best:
                    errors.append("%s: almost must be the nearest vintage %s" % (where, best))
                if sorted(also) != others:
                    errors.append("%s: also_ok must list the other vintages %s" % (where, others))
        check_measure(till, c, entry, measure, wines, errors, where)
        if not shares_word(till, label, entry):
            errors.append("%s: shares no word with %s" % (where, entry["name"]))
    return counts


def check_measure(till, c, entry, measure, wines, errors, where):
    units, fmt, cat = c.get("units_per_sale"), entry["format_cl"], entry["category"]
    if measure is None:
        # a wine's 75 cl bottle (zinc and carte print nothing for it)
        if till == "terrasse" or cat not in WINES or fmt != 75:
            errors.append("%s: no measure printed, so a wine's 75 cl bottle, not %s cl %s"
                          % (where, fmt, cat))
        if units != 1:
            errors.append("%s: a bottle is 1 unit" % where)
        return
    kind, cl = measure
    if kind == "bottle":
        if cl != fmt:
            errors.append("%s: the label says %s cl, the entry is %s cl" % (where, cl, fmt))
        if cl == 75 and cat not in WINES:
            errors.append("%s: [btl] is a wine's bottle" % where)
        if units != 1:
            errors.append("%s: a bottle is 1 unit" % where)
        return
    if kind == "pour":
        formats = {k[4] for k in wines if k[:4] == wine_key(entry)[:4]}
        plain = sorted(f for f in formats if f not in (37.5, 150))
        ordinary = 75 if 75 in formats else (plain[0] if len(plain) == 1 else None)
        if cat not in WINES or fmt != ordinary:
            errors.append("%s: a glass or carafe comes from the wine's ordinary bottle" % where)
    elif kind == "spirit":
        if cat not in ("spiritueux", "autre"):
            errors.append("%s: a dose of a %s" % (where, cat))
    elif kind == "draught":
        if cat != "bière" or fmt < 1000:
            errors.append("%s: draught comes from a keg" % where)
    if units != round(cl / fmt, 4):
        errors.append("%s: units %r, expected %s / %s = %s"
                      % (where, units, cl, fmt, round(cl / fmt, 4)))


def check_counts(counts, errors):
    total = {k: sum(v[k] for v in counts.values()) for k in ("yes", "almost", "none")}
    n = sum(total.values())
    if not 280 <= n <= 300:
        errors.append("counts: %d cases, expected 280-300" % n)
    for k, (lo, hi) in {"yes": (0.45, 0.51), "almost": (0.12, 0.16),
                        "none": (0.35, 0.41)}.items():
        if n and not lo <= total[k] / n <= hi:
            errors.append("counts: %s is %.1f %%" % (k, 100.0 * total[k] / n))
    for till in TILLS:
        if till not in counts or min(counts[till].values()) == 0:
            errors.append("counts: till %s lacks a kind of case" % till)


def check(lib_rows, case_rows):
    errors = []
    lib = to_dicts(lib_rows, LIB_FIELDS, "library", errors)
    cases = to_dicts(case_rows, CASE_FIELDS, "cases", errors)
    if not 110 <= len(lib) <= 130:
        errors.append("library: %d drinks, expected 110-130" % len(lib))
    check_library(lib, errors)
    counts = check_cases(lib, cases, errors)
    check_counts(counts, errors)
    return errors, counts


def load():
    errors = []
    lib = read_jsonl(os.path.join(HERE, "avignon_library.jsonl"), errors, "library")
    cases = read_jsonl(os.path.join(HERE, "avignon_cases.jsonl"), errors, "cases")
    return lib, cases, errors


def selftest(lib_rows, case_rows):
    lib = [dict(r) for r in lib_rows]
    cases = [dict(r) for r in case_rows]

    def rows(dicts):
        return [list(d.items()) for d in dicts]

    def find(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    breaks = []

    def brk(name, fn, expect):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        fn(L, C)
        breaks.append((name, L, C, expect))

    glass = find(lambda c: c["connection"] == "zinc" and c["label"].startswith("VR ")
                 and c["expect"] == "yes")
    brk("a glass's units", lambda L, C: C[glass].update(units_per_sale=0.2), "units 0.2")
    almost = find(lambda c: c["expect"] == "almost" and c["also_ok"])
    brk("almost on the farther vintage", lambda L, C: C[almost].update(
        beverage_id=C[almost]["also_ok"][0], also_ok=[C[almost]["beverage_id"]]),
        "nearest vintage")
    cut = find(lambda c: "cut off by the till" in c["note"] and c["expect"] == "yes"
               and c["vintage"] is None and c["also_ok"])
    brk("a cut vintage kept", lambda L, C: C[cut].update(vintage=2019), "the label reads None")
    none = find(lambda c: c["expect"] == "none")
    brk("a none with an id", lambda L, C: C[none].update(beverage_id="av001"), "a none has no id")
    zinc = find(lambda c: c["connection"] == "zinc")
    brk("a register label in lower case and too long",
        lambda L, C: C[zinc].update(label=C[zinc]["label"].lower() + " xxxxx"),
        "16-column")
    carte = find(lambda c: c["connection"] == "carte")
    brk("a carte line without its price",
        lambda L, C: C[carte].update(label=re.sub(r" \.+ [\d,]+$", "", C[carte]["label"])),
        "not a carte line")
    brk("fields out of order", lambda L, C: C.__setitem__(0, dict(
        [("expect", C[0]["expect"]), ("label", C[0]["label"])] +
        [(k, C[0][k]) for k in CASE_FIELDS[2:]])), "fields")
    half = find(lambda c: c["label"].startswith("1/2 ") and c["expect"] == "yes")

    def half_to_bottle(L, C):
        e = next(x for x in L if x["id"] == C[half]["beverage_id"])
        big = [x for x in L if wine_key(x)[:4] == wine_key(e)[:4] and x["format_cl"] == 75]
        same = [x for x in big if x["vintage"] == e["vintage"]] or big
        C[half].update(beverage_id=same[0]["id"])
    brk("a half bottle answered with the 75 cl entry", half_to_bottle, "the entry is 75 cl")
    drop = find(lambda c: c["expect"] == "yes" and c["also_ok"])
    brk("also_ok dropped", lambda L, C: C[drop].update(also_ok=[]), "also_ok must list")
    brk("an entry's vintage changed into a duplicate",
        lambda L, C: L[1].update(vintage=L[0]["vintage"]), "a second entry")
    pint = find(lambda c: c["label"].startswith("PT ") and c["expect"] == "yes")

    def pint_to_bottle(L, C):
        e = next(x for x in L if x["id"] == C[pint]["beverage_id"])
        btl = next((x for x in L if x["name"] == e["name"] and x["format_cl"] == 33), None)
        other = btl or next(x for x in L if x["format_cl"] == 33)
        C[pint].update(beverage_id=other["id"])
    brk("a draught pint answered with a 33 cl bottle", pint_to_bottle, "from a keg")
    ter = find(lambda c: c["connection"] == "terrasse" and c["expect"] == "yes")
    brk("a terrasse word of six letters",
        lambda L, C: C[ter].update(label="domaine " + C[ter]["label"]), "five letters")
    brk("a duplicate label", lambda L, C: C[1].update(label=C[0]["label"]), "duplicate label")
    cartes = [i for i, c in enumerate(cases) if c["connection"] == "carte"
              and c["expect"] == "none"]

    def share_bin(L, C):
        a, b = cartes[0], cartes[1]
        C[b]["label"] = C[a]["label"][:3] + C[b]["label"][3:]
    brk("two carte products on one bin", share_bin, "another product")

    ok = True
    for name, L, C, expect in breaks:
        errors, _ = check(rows(L), rows(C))
        hit = [e for e in errors if expect in e]
        print("%-46s %s" % (name, ("reported: " + hit[0][:90]) if hit else "NOT REPORTED"))
        ok = ok and bool(hit)
    errors, _ = check(lib_rows, case_rows)
    print("%-48s %s" % ("unbroken files", "clean" if not errors else "ERRORS: %s" % errors[:3]))
    return ok and not errors


def main():
    lib_rows, case_rows, errors = load()
    if errors:
        print("\n".join(errors))
        return 1
    if "--selftest" in sys.argv:
        return 0 if selftest(lib_rows, case_rows) else 1
    errors, counts = check(lib_rows, case_rows)
    for e in errors:
        print(e)
    for till in TILLS:
        v = counts.get(till, {})
        print("%-9s yes %3d  almost %3d  none %3d" % (till, v.get("yes", 0),
                                                       v.get("almost", 0), v.get("none", 0)))
    print("%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
