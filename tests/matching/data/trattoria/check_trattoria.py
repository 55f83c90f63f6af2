#!/usr/bin/env python3
"""Checks trattoria_library.jsonl and trattoria_cases.jsonl alone (it imports nothing of the
build): JSON, field order, ids, one entry per wine, vintage and format, the bench README's
rules for yes / almost / none, also_ok and units_per_sale, each till's form, and the counts.

    python3 check_trattoria.py             # check the two files
    python3 check_trattoria.py --selftest  # break copies on purpose, each must be reported
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
TILLS = ("cassa", "tablet", "consegna")
CUT = 23

# --- how each till writes a serving: (kind, cl); kind bottle / pour / draught
CASSA_FIRST = {"CAL": ("pour", 12.5), "CAL15": ("pour", 15), "CAL8": ("pour", 8),
               "QUART": ("pour", 25), "CARAF": ("pour", 50), "BICCH": ("pour", 4),
               "SPINA25": ("draught", 25), "SPINA50": ("draught", 50),
               "MEZZA": ("bottle", 37.5), "MAG": ("bottle", 150)}
TABLET_VARIANTS = {"bottiglia": ("bottle", None), "mezza bottiglia": ("bottle", 37.5),
                   "magnum": ("bottle", 150), "calice": ("pour", 12.5),
                   "calice 15cl": ("pour", 15), "calice 8cl": ("pour", 8),
                   "caraffa ¼ lt": ("pour", 25), "caraffa ½ lt": ("pour", 50),
                   "bicchierino": ("pour", 4), "spina piccola": ("draught", 25),
                   "spina media": ("draught", 50), "lattina 33cl": ("bottle", 33),
                   "bottiglietta 10cl": ("bottle", 10), "bottiglia 1 lt": ("bottle", 100)}
SECTIONS_DRINK = {"Vini rossi", "Vini bianchi", "Vini rosati", "Bollicine", "Champagne",
                  "Vini da dessert", "Aperitivi e amari", "Grappe e liquori", "Birre",
                  "Acque e bibite"}
SECTIONS_OTHER = {"Antipasti", "Primi", "Dolci", "Box", "Servizio"}
MODIFIERS = {"ghiaccio", "arancia", "limone", "secchiello", "decanter",
             "scorza d'arancia", "3 chicchi di caffè"}


def size_cl(text):
    """`33`, `35,5` in cl."""
    return float(text.replace(",", "."))


def section_ok(section, e):
    cat, col = e["category"], e["colour"]
    if cat == "champagne":
        return section == "Champagne"
    if cat == "vin":
        if col == "liquoreux":
            return section == "Vini da dessert"
        if col == "effervescent":
            return section == "Bollicine"
        if col == "rosé":
            return section in ("Vini rosati", "Bollicine")
        return section == {"rouge": "Vini rossi", "blanc": "Vini bianchi"}[col]
    if cat in ("spiritueux", "autre"):
        return section in ("Aperitivi e amari", "Grappe e liquori")
    return section == {"bière": "Birre", "soft": "Acque e bibite"}[cat]


def read_label(till, label, errs, where):
    """(vintage, serving) read from the label with the till's habits; serving is
    (kind, cl) where cl None means the wine's ordinary bottle, or None for no serving."""
    if till == "cassa":
        if len(label) > CUT:
            errs.append("%s: longer than %d columns" % (where, CUT))
        if not re.fullmatch(r"[A-Z0-9.,]+( [A-Z0-9.,]+)*", label):
            errs.append("%s: not the register's form (ASCII capitals, single spaces)" % where)
        words = label.split(" ")
        vintage = 2000 + int(words[-1]) if re.fullmatch(r"\d\d", words[-1]) else None
        m = re.fullmatch(r"(CL)(\d+(?:,\d)?)|(LT)(\d+)", words[-1])
        if m:
            cl = size_cl(m.group(2)) if m.group(1) else 100 * float(m.group(4))
            return vintage, ("bottle", cl)
        return vintage, CASSA_FIRST.get(words[0], ("bottle", None))
    if till == "tablet":
        m = re.fullmatch(r"(.+) € \d{1,3},\d\d", label)
        if not m:
            errs.append("%s: no price `€ 8,50` at the end" % where)
            return None, None
        body, _, mods = m.group(1).partition(" + ")
        for mod in mods.split(" + ") if mods else []:
            if mod not in MODIFIERS:
                errs.append("%s: unknown modifier %r" % (where, mod))
        v = re.search(r"\((.+)\)$", body)
        serving = None
        if v:
            word = v.group(1)
            sz = re.fullmatch(r"bottiglia (\d+(?:,\d)?)cl", word)
            if word in TABLET_VARIANTS:
                serving = TABLET_VARIANTS[word]
            elif sz:
                serving = ("bottle", size_cl(sz.group(1)))
            else:
                errs.append("%s: unknown serving %r" % (where, word))
            body = body[:v.start()].rstrip()
        years = re.findall(r"(?<![\d'])((?:19|20)\d\d)(?!\d)", body)
        if len(years) > 1:
            errs.append("%s: two years" % where)
        return (int(years[0]) if years else None), serving
    # consegna
    head, _, rest = label.partition(" » ")
    if head not in SECTIONS_DRINK | SECTIONS_OTHER or not rest:
        errs.append("%s: no known `Sezione » `" % where)
        return None, None
    fields = rest.split(" – ")
    m = re.fullmatch(r"(cl|lt)\. (\d+(?:,\d+)?)", fields[-1])
    if head in SECTIONS_OTHER:
        if m:
            errs.append("%s: a dish or service with a size" % where)
        return None, None
    if not m:
        errs.append("%s: a drink without its size `cl. 75`" % where)
        return None, None
    cl = size_cl(m.group(2)) * (100 if m.group(1) == "lt" else 1)
    vintage = None
    if head.startswith("Vini") or head in ("Bollicine", "Champagne"):
        if len(fields) < 3 or not re.fullmatch(r"\d{4}|s\.a\.", fields[-2]):
            errs.append("%s: a wine without its year or s.a." % where)
        elif fields[-2] != "s.a.":
            vintage = int(fields[-2])
    return vintage, ("bottle", cl)


def norm_words(text):
    t = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return [w for w in re.split(r"[^a-z0-9]+", t) if w]


def shares_word(label, e):
    names = set(norm_words(" ".join(str(e[k] or "") for k in ("name", "producer",
                                                               "appellation"))))
    for w in norm_words(label):
        if len(w) < 3 or (w.isdigit() and w != "61"):
            continue
        for n in names:
            if w == n or (len(w) >= 4 and (n.startswith(w) or (w.startswith(n) and len(n) >= 4))):
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    lib, by_id = [], {}
    for i, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % i)
            continue
        if list(r) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (i, list(r)))
            continue
        if r["id"] != "w%03d" % i:
            errs.append("library line %d: id %s out of sequence" % (i, r["id"]))
        if r["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (r["id"], r["category"]))
        wine = r["category"] in ("vin", "champagne")
        if wine != (r["colour"] in COLOURS) or (not wine and r["colour"] is not None):
            errs.append("%s: colour %r for a %s" % (r["id"], r["colour"], r["category"]))
        if not (r["vintage"] is None or (isinstance(r["vintage"], int) and
                1990 <= r["vintage"] <= 2025)):
            errs.append("%s: vintage %r" % (r["id"], r["vintage"]))
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            errs.append("%s: format %r" % (r["id"], r["format_cl"]))
        lib.append(r)
        by_id[r["id"]] = r
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))
    group = defaultdict(list)  # same wine: name, producer, appellation, colour, format
    for r in lib:
        group[(r["name"], r["producer"], r["appellation"], r["colour"],
               r["format_cl"])].append(r)
    for k, rs in group.items():
        vs = [r["vintage"] for r in rs]
        if len(set(vs)) != len(vs) or (None in vs and len(vs) > 1):
            errs.append("library: %s held twice in one vintage or mixed with NV" % (k,))
    wines = defaultdict(list)  # all formats of a wine
    for r in lib:
        wines[(r["name"], r["producer"], r["appellation"], r["colour"])].append(r)

    def same(e):
        return group[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])]

    seen, counts = Counter(), Counter()
    for i, line in enumerate(case_lines, 1):
        where = "case %d" % i
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("%s: not JSON" % where)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("%s: fields %s" % (where, list(c)))
            continue
        where = "case %d %r" % (i, c["label"])
        seen[c["label"]] += 1
        till = c["connection"]
        if till not in TILLS:
            errs.append("%s: connection %r" % (where, till))
            continue
        counts[(till, c["expect"])] += 1
        vintage, serving = read_label(till, c["label"], errs, where)
        if c["vintage"] != vintage:
            errs.append("%s: vintage %r, the label reads %r" % (where, c["vintage"], vintage))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or \
                    c["units_per_sale"] is not None:
                errs.append("%s: a none with an id, also_ok or units" % where)
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append("%s: expect %r" % (where, c["expect"]))
            continue
        e = by_id.get(c["beverage_id"])
        if e is None or any(a not in by_id for a in c["also_ok"]):
            errs.append("%s: unknown id" % where)
            continue
        grp = same(e)
        others = sorted(r["id"] for r in grp if r["id"] != e["id"])
        if c["expect"] == "yes" and vintage is not None:
            others = []  # the label names its vintage: nothing else is right
        if sorted(c["also_ok"]) != others:
            errs.append("%s: also_ok %s, should be %s" % (where, c["also_ok"], others))
        held = [r["vintage"] for r in grp]
        if c["expect"] == "yes":
            if vintage is not None and (e["vintage"] != vintage or c["also_ok"]):
                errs.append("%s: yes on %s, not the label's vintage %s" % (
                    where, e["vintage"], vintage))
            if vintage is None and None not in held and e["vintage"] != max(held):
                errs.append("%s: no vintage on the label, not the most recent" % where)
        else:
            if vintage is None or vintage in held or None in held:
                errs.append("%s: almost without a missing vintage" % where)
            else:
                best = min(held, key=lambda v: (abs(v - vintage), -v))
                if e["vintage"] != best:
                    errs.append("%s: almost on %s, the nearest is %s" % (
                        where, e["vintage"], best))
        if not shares_word(c["label"], e):
            errs.append("%s: shares no word with %s" % (where, e["name"]))
        if till == "consegna" and not section_ok(c["label"].split(" » ")[0], e):
            errs.append("%s: section does not fit %s %s" % (where, e["category"], e["colour"]))
        # the serving: format and units
        fmts = sorted(r["format_cl"] for r in wines[(e["name"], e["producer"],
                                                      e["appellation"], e["colour"])])
        small = sorted({f for f in fmts if f < 1000})
        ordinary = 75 if 75 in small else (small[0] if len(small) == 1 else None)
        kind, cl = serving if serving else ("bottle", None)
        u = c["units_per_sale"]
        if kind == "bottle":
            want = cl if cl is not None else ordinary
            if e["format_cl"] != want or u != 1:
                errs.append("%s: a bottle of %s cl answered with %s cl, units %r" % (
                    where, want, e["format_cl"], u))
        elif kind == "pour":
            if e["format_cl"] != ordinary or u != round(cl / e["format_cl"], 4):
                errs.append("%s: a %s cl pour answered from %s cl with units %r" % (
                    where, cl, e["format_cl"], u))
        else:
            if e["format_cl"] < 1000 or u != round(cl / e["format_cl"], 4):
                errs.append("%s: draught answered from %s cl with units %r" % (
                    where, e["format_cl"], u))
    for label, n in seen.items():
        if n > 1:
            errs.append("label %r appears %d times" % (label, n))
    total = sum(counts.values())
    per = Counter()
    for (till, exp), n in counts.items():
        per[exp] += n
    if not 280 <= total <= 300:
        errs.append("cases: %d, not 280-300" % total)
    elif not (0.44 <= per["yes"] / total <= 0.52 and 0.12 <= per["almost"] / total <= 0.16
              and 0.34 <= per["none"] / total <= 0.42):
        errs.append("cases: yes/almost/none %s off the 48/14/38 %% aim" % dict(per))
    return errs, counts


def load():
    with open(os.path.join(HERE, "trattoria_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "trattoria_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def breaks(lib, cases):
    """Broken copies: (what, library lines, case lines)."""
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    dump = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def edit(pred, **kw):
        rows = [dict(c) for c in C]
        i = first(pred)
        rows[i].update(kw)
        return dump(rows)

    out = []
    g = first(lambda c: c["label"].startswith("CAL ") and c["expect"] == "yes")
    out.append(("a glass's units", lib, edit(lambda c: c is C[g], units_per_sale=0.2)))
    a = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    out.append(("almost on the farther vintage", lib,
                edit(lambda c: c is C[a], beverage_id=C[a]["also_ok"][0],
                     also_ok=[C[a]["beverage_id"]])))
    k = first(lambda c: c["connection"] == "cassa" and c["vintage"] is None and
              re.search(r" \d$", c["label"]))
    out.append(("a cut vintage kept", lib, edit(lambda c: c is C[k], vintage=2019)))
    n = first(lambda c: c["expect"] == "none")
    out.append(("a none with an id", lib, edit(lambda c: c is C[n], beverage_id="w001")))
    k = first(lambda c: c["connection"] == "cassa")
    out.append(("a register label in lower case and too long", lib,
                edit(lambda c: c is C[k], label=C[k]["label"].lower() + " extra words")))
    t = first(lambda c: c["connection"] == "tablet")
    out.append(("a tablet label without its price", lib,
                edit(lambda c: c is C[t], label=C[t]["label"].rsplit(" € ", 1)[0])))
    rows = dump(C)
    r = dict(C[5])
    rows[5] = json.dumps({k2: r[k2] for k2 in ["expect", "label", *CASE_FIELDS[2:]]},
                         ensure_ascii=False)
    out.append(("fields out of order", lib, rows))
    h = first(lambda c: c["label"].startswith("MEZZA ") and c["expect"] == "yes")
    e = next(x for x in L if x["id"] == C[h]["beverage_id"])
    full = next(x["id"] for x in L if x["name"] == e["name"] and x["producer"] ==
                e["producer"] and x["format_cl"] == 75)
    out.append(("a half bottle answered with the 75 cl entry", lib,
                edit(lambda c: c is C[h], beverage_id=full)))
    y = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    out.append(("also_ok dropped", lib, edit(lambda c: c is C[y], also_ok=[])))
    lrows = [dict(x) for x in L]
    lrows[0]["vintage"] = lrows[1]["vintage"]
    out.append(("an entry's vintage changed", dump(lrows), cases))
    d = first(lambda c: c["label"].startswith("SPINA25 ") and c["expect"] == "yes")
    bot = next(x["id"] for x in L if x["name"] == "Tipopils" and x["format_cl"] == 33)
    out.append(("a draught answered with the 33 cl bottle", lib,
                edit(lambda c: c is C[d], beverage_id=bot)))
    s = first(lambda c: c["label"].startswith("Vini rosati » ") and c["expect"] == "yes")
    out.append(("a rosé filed under Vini bianchi", lib,
                edit(lambda c: c is C[s], label=C[s]["label"].replace("Vini rosati",
                                                                      "Vini bianchi", 1))))
    rows = dump(C)
    rows[1] = rows[0]
    out.append(("a label twice", lib, rows))
    lrows = [dict(x) for x in L]
    lrows[3]["id"] = "w099"
    out.append(("a library id out of sequence", dump(lrows), cases))
    out.append(("a case line that is not JSON", lib, [*cases[:-1], cases[-1][:-3]]))
    return out


def main():
    lib, cases = load()
    if "--selftest" in sys.argv:
        errs, _ = check(lib, cases)
        ok = not errs
        print("unbroken files: %s" % ("clean" if ok else "%d errors" % len(errs)))
        for what, l2, c2 in breaks(lib, cases):
            e2, _ = check(l2, c2)
            e2 = [e for e in e2 if e not in errs]  # only what the break added
            print("%-45s %s" % (what, ("reported: " + e2[0][:70]) if e2 else "NOT REPORTED"))
            ok = ok and bool(e2)
        print("selftest %s" % ("passed" if ok else "FAILED"))
        return 0 if ok else 1
    errs, counts = check(lib, cases)
    for e in errs:
        print(e)
    for till in TILLS:
        print("%-9s yes %3d  almost %3d  none %3d" % (
            till, counts[(till, "yes")], counts[(till, "almost")], counts[(till, "none")]))
    print("%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
