"""Check guinguette_library.jsonl and guinguette_cases.jsonl on their own (the build and its
data modules are not imported): JSON, fields and their order, ids, one entry per wine,
vintage and format, the bench README's rules for yes / almost / none, also_ok and
units_per_sale as read back from each label, and each till's form.

    python3 check_guinguette.py             # check the two files
    python3 check_guinguette.py --selftest  # break copies on purpose, show each is reported
"""

import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "appli", "cashless")
DEPOSIT = " +GOB 1,00"
STANDS = {"BAR BERGE", "BAR SCENE", "PONTON", "GLACIER", "CUISINE", "CAISSE CENTRALE"}

# (kind, cl): kind "pour", "draught" (from a keg, or a bag-in-box for a wine), "dose",
# "bottle"; "demi?" on the cashless export depends on the drink (half bottle of a wine).
C_MEASURES = {"VRE": ("pour", 12.5), "VRE15": ("pour", 15), "PISC": ("pour", 12.5),
              "PICH25": ("pour", 25), "PICH50": ("pour", 50), "PICH1L": ("draught", 100),
              "PICH1,5L": ("draught", 150), "DEMI": ("draught", 25),
              "PINTE": ("draught", 50), "2CL": ("dose", 2), "DOSE": ("dose", 4),
              "6CL": ("dose", 6), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
              "25CL": ("bottle", 25), "33CL": ("bottle", 33), "44CL": ("bottle", 44),
              "50CL": ("bottle", 50), "70CL": ("bottle", 70), "75CL": ("bottle", 75),
              "1L": ("bottle", 100)}
C_CUP = {"VRE", "VRE15", "PISC", "DEMI", "PINTE", "2CL", "DOSE", "6CL"}
A_MEASURES = {"Bouteille 75 cl": ("bottle", 75), "Demi-bouteille 37,5 cl": ("bottle", 37.5),
              "Magnum 150 cl": ("bottle", 150), "Verre 12 cl": ("pour", 12),
              "Verre 15 cl": ("pour", 15), "Pichet 25 cl": ("pour", 25),
              "Pichet 50 cl": ("pour", 50), "Pichet 1 L": ("draught", 100),
              "Pichet 1,5 L": ("draught", 150), "Demi 25 cl": ("draught", 25),
              "Pinte 50 cl": ("draught", 50), "2 cl": ("dose", 2), "4 cl": ("dose", 4),
              "6 cl": ("dose", 6), "Bouteille 25 cl": ("bottle", 25),
              "Bouteille 33 cl": ("bottle", 33), "Canette 33 cl": ("bottle", 33),
              "Canette 44 cl": ("bottle", 44), "Bouteille 50 cl": ("bottle", 50),
              "Bouteille 70 cl": ("bottle", 70), "Bouteille 1 L": ("bottle", 100)}
K_BEFORE = [("Pichet 1,5L", ("draught", 150)), ("Pichet 1L", ("draught", 100)),
            ("Pichet 50cl", ("pour", 50)), ("Pichet 25cl", ("pour", 25)),
            ("Verre", ("pour", 12.5)), ("Piscine", ("pour", 12.5)), ("Demi", ("demi?", 25)),
            ("Pinte", ("draught", 50)), ("Btl", ("bottle", 75)), ("Magnum", ("bottle", 150))]
K_AFTER = {"25cl": ("bottle", 25), "33cl": ("bottle", 33), "44cl": ("bottle", 44),
           "50cl": ("bottle", 50), "70cl": ("bottle", 70), "75cl": ("bottle", 75),
           "1L": ("bottle", 100), "2cl": ("dose", 2), "4cl": ("dose", 4), "6cl": ("dose", 6)}
ABBREV = {"cab": "cabernet", "bj": "beaujolais", "cte": "cote", "ste": "sainte",
          "gd": "grand", "gde": "grande", "mav": "moulin", "wc": "west", "rs": "rose",
          "vv": "vieilles"}


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def words(text):
    return [w for w in re.split(r"[^a-z0-9#]+", fold(text)) if w]


# ---- reading labels ---------------------------------------------------------------------------
def read_comptoir(label):
    desc = label[:-len(DEPOSIT)] if label.endswith(DEPOSIT) else label
    toks = desc.split()
    vintage = 2000 + int(toks[-1]) if len(toks) >= 2 and re.fullmatch(r"\d\d", toks[-1]) else None
    measure = C_MEASURES.get(toks[0]) if toks else None
    return vintage, measure, desc


def read_appli(label):
    head = label.split(" [")[0].split(" +")[0]
    years = [int(t) for t in head.split()[1:] if re.fullmatch(r"(19|20)\d\d", t)]
    m = re.search(r" \[([^\]]+)\]", label)
    measure = A_MEASURES.get(m.group(1)) if m else None
    return (years[-1] if years else None), measure, head


def read_cashless(label):
    parts = label.split(";")
    product = parts[1] if len(parts) == 3 else ""
    years = [int(t) for t in product.split() if re.fullmatch(r"(19|20)\d\d", t)]
    measure = None
    for word, meas in K_BEFORE:
        if product.startswith(word + " "):
            measure = meas
            break
    toks = [t for t in product.split() if not re.fullmatch(r"(19|20)\d\d", t)]
    if measure is None and toks and toks[-1] in K_AFTER:
        measure = K_AFTER[toks[-1]]
    return (years[-1] if years else None), measure, product


READ = {"comptoir": read_comptoir, "appli": read_appli, "cashless": read_cashless}


# ---- checks -----------------------------------------------------------------------------------
def load(text, what, errors):
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except ValueError as exc:
            errors.append("%s line %d: invalid JSON (%s)" % (what, n, exc))
    return rows


def check_library(rows, errors):
    lib, seen = {}, set()
    for n, r in enumerate(rows, 1):
        if list(r) != LIB_FIELDS:
            errors.append("library line %d: fields %s" % (n, list(r)))
            continue
        if r["id"] != "gg%03d" % n:
            errors.append("library line %d: id %s out of sequence" % (n, r["id"]))
        if r["category"] not in CATEGORIES:
            errors.append("%s: category %r" % (r["id"], r["category"]))
        wine = r["category"] in ("vin", "champagne")
        if (wine and r["colour"] not in COLOURS) or (not wine and r["colour"] is not None):
            errors.append("%s: colour %r for %s" % (r["id"], r["colour"], r["category"]))
        if not (r["vintage"] is None or isinstance(r["vintage"], int)):
            errors.append("%s: vintage %r" % (r["id"], r["vintage"]))
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            errors.append("%s: format %r" % (r["id"], r["format_cl"]))
        if not wine and r["vintage"] is not None:
            errors.append("%s: a vintage on a %s" % (r["id"], r["category"]))
        if r["category"] in ("bière", "autre") and r["format_cl"] >= 1000 \
                and r["format_cl"] not in (2000, 3000):
            errors.append("%s: keg of %s cl" % (r["id"], r["format_cl"]))
        key = (r["name"], r["producer"], r["appellation"], r["colour"], r["vintage"],
               r["format_cl"])
        if key in seen:
            errors.append("%s: a second entry for %s" % (r["id"], key))
        seen.add(key)
        lib[r["id"]] = r
    return lib


def wine_key(r):
    return (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])


def ordinary(lib, r):
    formats = {e["format_cl"] for e in lib.values()
               if (e["name"], e["producer"], e["appellation"], e["colour"])
               == (r["name"], r["producer"], r["appellation"], r["colour"])}
    if 75 in formats:
        return 75
    return formats.pop() if len(formats) == 1 else None


def shares_word(label, r):
    lw = {ABBREV.get(w, w) for w in words(label)}
    ew = set(words(" ".join(x for x in (r["name"], r["producer"], r["appellation"]) if x)))
    for w in lw:
        for e in ew:
            if (w == e and len(w) >= 2) or (len(w) >= 4 and e.startswith(w)) \
                    or (len(e) >= 4 and w.startswith(e)):
                return True
    return False


def check_form(c, errors):
    label, till = c["label"], c["connection"]
    where = "%s %r" % (till, label)
    if till == "comptoir":
        desc = label[:-len(DEPOSIT)] if label.endswith(DEPOSIT) else label
        if not re.fullmatch(r"[A-Z0-9 /,.#]+", desc) or desc != desc.strip() or "  " in desc:
            errors.append("%s: not the register's ASCII capitals" % where)
        if len(desc) > 20:
            errors.append("%s: description over 20 columns" % where)
        first = desc.split()[0] if desc.split() else ""
        if (first in C_CUP) != label.endswith(DEPOSIT):
            errors.append("%s: cup deposit wrong for %s" % (where, first))
    elif till == "appli":
        m = re.match(r"#([0-9A-F]{6}) \S", label)
        if not m or sum(ch.isalpha() for ch in m.group(1)) < 2:
            errors.append("%s: no item id" % where)
        if c["expect"] != "none" and not re.search(r" \[[^\]]+\]", label):
            errors.append("%s: no format option" % where)
    elif till == "cashless":
        parts = label.split(";")
        if len(parts) != 3 or parts[0] not in STANDS:
            errors.append("%s: not STAND;Product;tokens" % where)
        else:
            m = re.fullmatch(r"(-?\d+(?:,5)?) (jetons?)", parts[2])
            if not m or (m.group(2) == "jeton") != (m.group(1) in ("1", "-1")):
                errors.append("%s: price in tokens malformed" % where)
            if not parts[1].isascii():
                errors.append("%s: accents on the cashless export" % where)
    else:
        errors.append("%r: unknown connection %r" % (label, till))


def check_case(c, lib, groups, errors):
    label, till = c["label"], c["connection"]
    where = "%s %r" % (till, label)
    vintage, measure, _ = READ[till](label)
    if c["vintage"] != vintage:
        errors.append("%s: vintage %r, the label reads %r" % (where, c["vintage"], vintage))
    if c["expect"] == "none":
        if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
            errors.append("%s: a none with an answer" % where)
        return
    if c["expect"] not in ("yes", "almost"):
        errors.append("%s: expect %r" % (where, c["expect"]))
        return
    r = lib.get(c["beverage_id"])
    if r is None:
        errors.append("%s: unknown id %r" % (where, c["beverage_id"]))
        return
    same = groups[wine_key(r)]
    ids = [e["id"] for e in same]
    if c["beverage_id"] in c["also_ok"] or len(set(c["also_ok"])) != len(c["also_ok"]):
        errors.append("%s: also_ok repeats" % where)
    if any(a not in ids for a in c["also_ok"]):
        errors.append("%s: also_ok outside the wine %s" % (where, r["name"]))
    held = sorted(e["vintage"] for e in same if e["vintage"] is not None)
    others = sorted(i for i in ids if i != r["id"])
    if c["expect"] == "yes":
        if vintage is not None and (r["vintage"] != vintage or c["also_ok"]):
            errors.append("%s: yes with the label's vintage: entry %s, also_ok %s" % (
                where, r["vintage"], c["also_ok"]))
        if vintage is None:
            if held and r["vintage"] != held[-1]:
                errors.append("%s: yes without vintage not on the most recent" % where)
            if sorted(c["also_ok"]) != others:
                errors.append("%s: also_ok should be %s" % (where, others))
    else:
        if vintage is None or vintage in held:
            errors.append("%s: almost with vintage %r, held %s" % (where, vintage, held))
        else:
            best = min(held, key=lambda v: (abs(v - vintage), -v))
            if r["vintage"] != best:
                errors.append("%s: almost on %s, nearest is %s" % (where, r["vintage"], best))
            if sorted(c["also_ok"]) != others:
                errors.append("%s: also_ok should be %s" % (where, others))
    check_measure(c, r, lib, measure, where, errors)
    if not shares_word(label, r):
        errors.append("%s: shares no word with %s" % (where, r["name"]))


def check_measure(c, r, lib, measure, where, errors):
    wine = r["category"] in ("vin", "champagne")
    fmt, units = r["format_cl"], c["units_per_sale"]
    if measure is None:
        if c["connection"] == "comptoir" and wine:
            measure = ("bottle", 75)
        else:
            errors.append("%s: no measure read" % where)
            return
    kind, cl = measure
    if kind == "demi?":
        kind, cl = ("bottle", 37.5) if wine else ("draught", 25)
    if kind == "bottle":
        if fmt != cl or units != 1:
            errors.append("%s: a %s cl bottle answered with %s cl, units %s" % (
                where, cl, fmt, units))
        return
    if kind == "draught" and not wine and fmt not in (2000, 3000):
        errors.append("%s: draught measure from a %s cl bottle" % (where, fmt))
    if kind == "dose" and (wine or r["category"] not in ("spiritueux", "autre") or fmt >= 1000):
        errors.append("%s: a dose of %s" % (where, r["name"]))
    if kind in ("pour",) and not wine:
        errors.append("%s: a wine pour on %s" % (where, r["name"]))
    if wine and fmt != ordinary(lib, r):
        errors.append("%s: pour from %s cl, not the ordinary bottle" % (where, fmt))
    if kind == "draught" and wine and fmt < 500:
        errors.append("%s: a pichet of 1 L from a bottle" % where)
    if units != round(cl / fmt, 4):
        errors.append("%s: units %s, expected %s" % (where, units, round(cl / fmt, 4)))


def check(lib_text, cases_text):
    errors = []
    lib = check_library(load(lib_text, "library", errors), errors)
    groups = defaultdict(list)
    for r in lib.values():
        groups[wine_key(r)].append(r)
    cases = load(cases_text, "cases", errors)
    seen = set()
    for n, c in enumerate(cases, 1):
        if list(c) != CASE_FIELDS:
            errors.append("cases line %d: fields %s" % (n, list(c)))
            continue
        if c["label"] in seen:
            errors.append("cases line %d: label %r twice" % (n, c["label"]))
        seen.add(c["label"])
        check_form(c, errors)
        check_case(c, lib, groups, errors)
    count = Counter(c.get("expect") for c in cases)
    n = len(cases)
    if not (280 <= n <= 300):
        errors.append("%d cases, not 280-300" % n)
    elif not (0.45 <= count["yes"] / n <= 0.51 and 0.12 <= count["almost"] / n <= 0.16
              and 0.35 <= count["none"] / n <= 0.41):
        errors.append("shares off: %s" % dict(count))
    if not (110 <= len(lib) <= 130):
        errors.append("%d drinks, not 110-130" % len(lib))
    for till in TILLS:
        got = {c.get("expect") for c in cases if c.get("connection") == till}
        if got != {"yes", "almost", "none"}:
            errors.append("till %s has only %s" % (till, sorted(got)))
    return errors


# ---- self-test -----------------------------------------------------------------------------------
def edit(lines, pick, change):
    """Apply change to a copy of the first case (a dict) for which pick is true."""
    out, done = [], False
    for line in lines:
        c = json.loads(line)
        if not done and pick(c):
            c, done = change(dict(c)), True
        out.append(json.dumps(c, ensure_ascii=False))
    assert done
    return "\n".join(out) + "\n"


def selftest(lib_text, cases_text):
    L = cases_text.splitlines()
    lib_lines = lib_text.splitlines()
    lib = {r["id"]: r for r in map(json.loads, lib_lines)}
    def first(till, exp):
        return (lambda c: c["connection"] == till and c["expect"] == exp)

    def farther(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][-1], [c["beverage_id"], *c["also_ok"][:-1]]
        return c

    def reorder(c):
        return {k: c[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}

    def lib_swap():
        rows = [json.loads(x) for x in lib_lines]
        rows[4]["id"], rows[5]["id"] = rows[5]["id"], rows[4]["id"]
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"

    def lib_vintage():
        rows = [json.loads(x) for x in lib_lines]
        rows[1]["vintage"] = rows[0]["vintage"]
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"

    def to_75(c):
        r = lib[c["beverage_id"]]
        for e in lib.values():
            if e["format_cl"] == 75 and (e["name"], e["producer"]) == (r["name"], r["producer"]):
                return dict(c, beverage_id=e["id"])
        raise AssertionError(c)
    breaks = [
        ("a glass's units", lib_text, edit(L, lambda c: c["label"].startswith("VRE ")
                                           and c["expect"] == "yes",
                                           lambda c: dict(c, units_per_sale=0.2))),
        ("an almost on the farther vintage", lib_text, edit(
            L, lambda c: c["expect"] == "almost" and len(c["also_ok"]) >= 2, farther)),
        ("a cut vintage kept", lib_text, edit(
            L, lambda c: "cut off by the till" in c["note"], lambda c: dict(c, vintage=2024))),
        ("a none with an id", lib_text, edit(L, first("appli", "none"),
                                              lambda c: dict(c, beverage_id="gg001"))),
        ("a register label in lower case, too long", lib_text, edit(
            L, first("comptoir", "none"), lambda c: dict(c, label=c["label"].lower() + " xx"))),
        ("an app label without its item id", lib_text, edit(
            L, first("appli", "yes"), lambda c: dict(c, label=c["label"][8:]))),
        ("case fields out of order", lib_text, edit(L, first("cashless", "yes"), reorder)),
        ("a half bottle answered with the 75 cl entry", lib_text, edit(
            L, lambda c: c["label"].startswith("1/2 ") and c["expect"] == "yes", to_75)),
        ("also_ok dropped", lib_text, edit(L, lambda c: c["expect"] == "yes" and c["also_ok"],
                                            lambda c: dict(c, also_ok=[]))),
        ("a library vintage changed", lib_vintage(), cases_text),
        ("a draught pint answered with the 33 cl bottle", lib_text, edit(
            L, lambda c: c["label"].startswith("PINTE ASTRO"),
            lambda c: dict(c, beverage_id=next(i for i, e in lib.items()
                                           if e["name"] == "Astroblonde"
                                           and e["format_cl"] == 33)))),
        ("a cup pour without its deposit", lib_text, edit(
            L, lambda c: c["label"].endswith(DEPOSIT),
            lambda c: dict(c, label=c["label"][:-len(DEPOSIT)]))),
        ("tokens malformed", lib_text, edit(
            L, first("cashless", "yes"),
            lambda c: dict(c, label=c["label"].rsplit(";", 1)[0] + ";4 jeton"))),
        ("library ids out of sequence", lib_swap(), cases_text),
        ("a label twice", lib_text, cases_text + L[0] + "\n"),
    ]
    clean = check(lib_text, cases_text)
    ok = not clean
    print("unbroken files: %s" % ("clean" if not clean else "%d errors" % len(clean)))
    for name, lt, ct in breaks:
        errs = check(lt, ct)
        print("%-46s %s" % (name, "reported (%d): %s" % (len(errs), errs[0][:70]) if errs
                             else "NOT REPORTED"))
        ok = ok and bool(errs)
    return ok


def main():
    with open(os.path.join(HERE, "guinguette_library.jsonl"), encoding="utf-8") as f:
        lib_text = f.read()
    with open(os.path.join(HERE, "guinguette_cases.jsonl"), encoding="utf-8") as f:
        cases_text = f.read()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_text, cases_text) else 1)
    errors = check(lib_text, cases_text)
    for e in errors:
        print(e)
    if errors:
        sys.exit(1)
    cases = [json.loads(x) for x in cases_text.splitlines()]
    count = Counter((c["connection"], c["expect"]) for c in cases)
    for till in TILLS:
        print("%-9s yes %3d  almost %3d  none %3d" % (
            till, count[(till, "yes")], count[(till, "almost")], count[(till, "none")]))
    print("OK: %d drinks, %d cases" % (len(lib_text.splitlines()), len(cases)))


if __name__ == "__main__":
    main()
