"""Check jura_library.jsonl and jura_cases.jsonl on their own (no import of the build).

    python3 check_jura.py             # check the two files, print the counts
    python3 check_jura.py --selftest  # break copies on purpose, each must be reported

It re-reads every label with its own reading of each till (vintage, measure,
format), then checks the answer against the bench README's rules.
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
FORMATS = {25, 33, 37.5, 50, 62, 70, 75, 100, 150, 2000, 3000}
TILLS = ("caisse", "tablette", "groupes")
VOWELS = set("AEIOUY")

# measure word -> (kind, cl); kind: bottle, pour, draught, keg
CAISSE_M = {"CLAV": ("bottle", 62), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
            "25CL": ("bottle", 25), "33CL": ("bottle", 33), "50CL": ("bottle", 50),
            "70CL": ("bottle", 70), "75CL": ("bottle", 75), "1L": ("bottle", 100),
            "VRE": ("pour", 12.5), "VRE10": ("pour", 10), "VRE12": ("pour", 12),
            "VRE6": ("pour", 6), "CP": ("pour", 12.5), "PICH25": ("pour", 25),
            "PICH50": ("pour", 50), "DOSE": ("pour", 4), "2CL": ("pour", 2),
            "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
CAISSE_NO_VINTAGE = {"DOSE", "2CL", "DEMI", "PINTE", "25CL", "33CL", "70CL", "75CL", "1L"}
TAB_M = {"btl": ("ord", None), "clavelin": ("bottle", 62), "37,5cl": ("bottle", 37.5),
         "1/2 btl": ("bottle", 37.5), "magnum": ("bottle", 150), "25cl": ("bottle", 25),
         "33cl": ("bottle", 33), "50cl": ("bottle", 50), "70cl": ("bottle", 70),
         "75cl": ("bottle", 75), "1l": ("bottle", 100), "verre": ("pour", 12.5),
         "verre 10cl": ("pour", 10), "verre 12cl": ("pour", 12), "verre 6cl": ("pour", 6),
         "coupe": ("pour", 12.5), "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50),
         "dose": ("pour", 4), "2cl": ("pour", 2), "demi": ("draught", 25),
         "pinte": ("draught", 50)}
GRP_M = {"75 cl": ("bottle", 75), "62 cl": ("bottle", 62), "37,5 cl": ("bottle", 37.5),
         "150 cl": ("bottle", 150), "25 cl": ("bottle", 25), "33 cl": ("bottle", 33),
         "50 cl": ("bottle", 50), "70 cl": ("bottle", 70), "100 cl": ("bottle", 100),
         "verre": ("pour", 12.5), "verre 10 cl": ("pour", 10), "verre 12 cl": ("pour", 12),
         "verre 6 cl": ("pour", 6), "coupe": ("pour", 12.5), "pichet 25 cl": ("pour", 25),
         "pichet 50 cl": ("pour", 50), "dose 4 cl": ("pour", 4), "dose 2 cl": ("pour", 2),
         "pression 25 cl": ("draught", 25), "pression 50 cl": ("draught", 50),
         "fût 30 L": ("keg", 3000), "fût 20 L": ("keg", 2000)}
TAB_RE = re.compile(r"^(?P<text>[^,€]+?)(?: '(?P<yy>\d\d))?(?:, (?P<m>[^€]+?))? "
                    r"(?P<price>\d{1,3},\d\d)€(?: → chambre (?P<room>\d{1,2})| \(DP\))?$")
GRP_RE = re.compile(r"^(?P<d>\d\d)/(?P<mo>\d\d) (?P<g>(?:(?! » ).)+) \((?P<pax>\d+) pax\) » "
                    r"(?P<item>(?:(?! » ).)+?)(?: » (?P<m>(?:(?! » ).)+))?$")
STOP = {"VIN", "DE", "DU", "LA", "LE", "LES", "DES", "D", "L", "ET", "CH", "DOM", "DOMAINE",
        "CHATEAU", "CUVEE", "BRASSERIE", "DISTILLERIE", "NM"}
ABBR = {"VJ": "JAUNE", "CHT": "CHALON", "CDJ": "COTES", "RG": "ROUGE", "BL": "BLANC",
        "ST": "SAINT"}


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def devowel(w):
    return w[0] + "".join(c for c in w[1:] if c not in VOWELS) if len(w) >= 8 else w


def read(case):
    """(vintage, measure kind, cl, errors) read from the label with the till's habits."""
    lab, till, errs = case["label"], case["connection"], []
    if till == "caisse":
        if not re.fullmatch(r"[A-Z0-9/ ]+", lab) or len(lab) > 20 or lab != lab.strip() \
                or "  " in lab:
            errs.append("caisse label not 20-column ASCII capitals")
        t = lab.split()
        for w in t:
            if w.isalpha() and len(w) >= 8 and set(w[1:]) & VOWELS:
                errs.append("caisse word %s keeps its vowels" % w)
        kind, cl = CAISSE_M.get(t[0], (None, None)) if t else (None, None)
        v = None
        if len(t) > 1 and re.fullmatch(r"\d\d", t[-1]) and t[0] not in CAISSE_NO_VINTAGE:
            v = 2000 + int(t[-1])
        return v, kind, cl, errs
    if till == "tablette":
        m = TAB_RE.match(lab)
        if not m:
            return None, None, None, ["tablette label without its form (text, price)"]
        if m.group("text") != m.group("text").lower():
            errs.append("tablette text not in lower case")
        if m.group("room") and not 1 <= int(m.group("room")) <= 24:
            errs.append("tablette room number out of range")
        v = 2000 + int(m.group("yy")) if m.group("yy") else None
        if m.group("m") is None:
            return v, None, None, errs
        if m.group("m") not in TAB_M:
            return v, None, None, [*errs, "tablette measure %r unknown" % m.group("m")]
        return (v,) + TAB_M[m.group("m")] + (errs,)
    m = GRP_RE.match(lab)
    if not m:
        return None, None, None, ["groupes label without its form (date, group, pax)"]
    if not (1 <= int(m.group("d")) <= 31 and 1 <= int(m.group("mo")) <= 12):
        errs.append("groupes date out of range")
    y = re.search(r" ((?:19|20)\d\d)$", m.group("item"))
    v = int(y.group(1)) if y else None
    if m.group("m") is None:
        return v, None, None, errs
    if m.group("m") not in GRP_M:
        return v, None, None, [*errs, "groupes format %r unknown" % m.group("m")]
    return (v,) + GRP_M[m.group("m")] + (errs,)


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for n, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % n)
            continue
        if list(r) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (n, list(r)))
        lib.append(r)
    for n, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("cases line %d: not JSON" % n)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("cases line %d: fields %s" % (n, list(c)))
        cases.append(c)
    if not 110 <= len(lib) <= 130:
        errs.append("library holds %d drinks, not 110-130" % len(lib))
    if not 280 <= len(cases) <= 300:
        errs.append("%d cases, not 280-300" % len(cases))
    by_id, seen = {}, set()
    for n, r in enumerate(lib, 1):
        i = r.get("id")
        if i != "ju%03d" % n:
            errs.append("library id %s out of sequence (expected ju%03d)" % (i, n))
        by_id[i] = r
        if r.get("category") not in CATEGORIES:
            errs.append("%s: category %r" % (i, r.get("category")))
        wine = r.get("category") in ("vin", "champagne")
        if wine != (r.get("colour") in COLOURS) or (not wine and r.get("colour") is not None):
            errs.append("%s: colour %r on category %r" % (i, r.get("colour"), r.get("category")))
        if r.get("format_cl") not in FORMATS:
            errs.append("%s: format %r" % (i, r.get("format_cl")))
        v = r.get("vintage")
        if v is not None and not (isinstance(v, int) and 1990 <= v <= 2025):
            errs.append("%s: vintage %r" % (i, v))
        if not r.get("name") or not r.get("producer"):
            errs.append("%s: name or producer missing" % i)
        k = tuple(r.get(f) for f in ("name", "producer", "appellation", "colour",
                                      "format_cl", "vintage"))
        if k in seen:
            errs.append("%s: a second entry for %s" % (i, k))
        seen.add(k)

    def wine_key(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    groups = {}
    for r in lib:
        groups.setdefault(wine_key(r), []).append(r)

    def ordinary(r):
        fm = sorted({s["format_cl"] for s in groups[wine_key(r)]})
        if r["category"] in ("vin", "champagne") and 75 in fm:
            return 75
        small = [f for f in fm if f < 1000]
        return small[0] if len(small) == 1 else None

    labels = set()
    tally = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        lab = c.get("label")
        where = "%s %r" % (c.get("connection"), lab)
        if lab in labels:
            errs.append("duplicate label %r" % lab)
        labels.add(lab)
        if c.get("connection") not in TILLS:
            errs.append("%s: connection unknown" % where)
            continue
        if c.get("expect") not in ("yes", "almost", "none"):
            errs.append("%s: expect %r" % (where, c.get("expect")))
            continue
        tally[c["connection"]][c["expect"]] += 1
        if not isinstance(c.get("note"), str) or not c["note"]:
            errs.append("%s: no note" % where)
        v, kind, cl, e = read(c)
        errs += ["%s: %s" % (where, x) for x in e]
        if c.get("vintage") != v:
            errs.append("%s: vintage %r, the label reads %r" % (where, c.get("vintage"), v))
        if c["expect"] == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] \
                    or c.get("units_per_sale") is not None:
                errs.append("%s: a none case carries an answer" % where)
            continue
        r = by_id.get(c.get("beverage_id"))
        if r is None:
            errs.append("%s: beverage_id %r not in the library" % (where, c.get("beverage_id")))
            continue
        if not isinstance(c.get("also_ok"), list) or any(a not in by_id for a in c["also_ok"]):
            errs.append("%s: also_ok %r" % (where, c.get("also_ok")))
            continue
        wine = r["category"] in ("vin", "champagne")
        fmt, units = r["format_cl"], c.get("units_per_sale")
        ordf = ordinary(r)
        if kind is None or kind == "ord":
            if not wine:
                errs.append("%s: a bottle of %s without its size" % (where, r["name"]))
            elif fmt != ordf:
                errs.append("%s: no format on the label, entry is %g cl, ordinary %s"
                            % (where, fmt, ordf))
            if units != 1:
                errs.append("%s: units %r for a bottle" % (where, units))
        elif kind == "bottle":
            if fmt != cl:
                errs.append("%s: label says %g cl, entry is %g cl" % (where, cl, fmt))
            if units != 1:
                errs.append("%s: units %r for a bottle" % (where, units))
        elif kind == "keg":
            if fmt != cl or units != 1:
                errs.append("%s: a whole %g cl keg answered with %g cl x %r"
                            % (where, cl, fmt, units))
        elif kind == "draught":
            if fmt < 1000:
                errs.append("%s: draught measure answered with a %g cl bottle" % (where, fmt))
            elif units != round(cl / fmt, 4):
                errs.append("%s: units %r, expected %r" % (where, units, round(cl / fmt, 4)))
        elif kind == "pour":
            if fmt != ordf or fmt >= 1000:
                errs.append("%s: a pour from the %g cl entry, not the ordinary bottle %s"
                            % (where, fmt, ordf))
            elif units != round(cl / fmt, 4):
                errs.append("%s: units %r, expected %r" % (where, units, round(cl / fmt, 4)))
        same = sorted((s for s in groups[wine_key(r)] if s["format_cl"] == fmt),
                      key=lambda s: s["id"])
        vins = [s["vintage"] for s in same]
        others = [s["id"] for s in same if s["id"] != r["id"]]
        if c["expect"] == "yes":
            if v is not None:
                if r["vintage"] != v:
                    errs.append("%s: label vintage %d, entry %r" % (where, v, r["vintage"]))
                if c["also_ok"]:
                    errs.append("%s: also_ok on a label with its vintage" % where)
            else:
                top = max(vins, key=lambda x: x or 0)
                if r["vintage"] != top:
                    errs.append("%s: not the most recent vintage" % where)
                if sorted(c["also_ok"]) != others or c["also_ok"] != sorted(c["also_ok"]):
                    errs.append("%s: also_ok %r, expected %r" % (where, c["also_ok"], others))
        else:
            if v is None or v in vins or None in vins:
                errs.append("%s: almost without a vintage missing from the library" % where)
            else:
                best = sorted(vins, key=lambda x: (abs(x - v), -x))[0]
                if r["vintage"] != best:
                    errs.append("%s: almost on %r, nearest is %r" % (where, r["vintage"], best))
                if c["also_ok"] != others:
                    errs.append("%s: also_ok %r, expected %r" % (where, c["also_ok"], others))
        # the label shares a word (or the register's shorthand of one) with the entry
        words = set()
        for f in (r["name"], r["producer"], r["appellation"] or ""):
            for w in re.split(r"[^A-Z0-9]+", ascii_up(f)):
                if w and w not in STOP:
                    words |= {w, devowel(w)}
        toks = [t for t in re.split(r"[^A-Z0-9]+", ascii_up(lab)) if t]
        if c["connection"] == "groupes":
            toks = [t for t in re.split(r"[^A-Z0-9]+", ascii_up(lab.split(" » ")[1])) if t]
        ok = False
        for t in toks:
            t2 = ABBR.get(t, t)
            if t2 in words or (len(t2) >= 3 and any(w.startswith(t2) for w in words)
                               and t == toks[-1]):
                ok = True
        if not ok:
            errs.append("%s: shares no word with %s" % (where, r["id"]))
    n = len(cases) or 1
    tot = {k: sum(t[k] for t in tally.values()) for k in ("yes", "almost", "none")}
    for k, lo, hi in (("yes", 44, 52), ("almost", 12, 16), ("none", 35, 41)):
        if not lo <= 100 * tot[k] / n <= hi:
            errs.append("%s is %.1f %% of the cases, not %d-%d %%" % (k, 100 * tot[k] / n, lo, hi))
    return errs, tally


def load():
    with open(os.path.join(HERE, "jura_library.jsonl"), encoding="utf-8") as fh:
        lib = fh.read().splitlines()
    with open(os.path.join(HERE, "jura_cases.jsonl"), encoding="utf-8") as fh:
        cases = fh.read().splitlines()
    return lib, cases


def selftest():
    lib_lines, case_lines = load()
    base_errs, _ = check(lib_lines, case_lines)
    if base_errs:
        print("the unbroken files do not check clean:", *base_errs[:5], sep="\n  ")
        return 1
    L = [json.loads(x) for x in lib_lines]
    C = [json.loads(x) for x in case_lines]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def dumps(objs):
        return [json.dumps(o, ensure_ascii=False) for o in objs]

    breaks = []

    def brk(name, fn, on_lib=False):
        lib, cs = copy.deepcopy(L), copy.deepcopy(C)
        fn(lib, cs)
        breaks.append((name, dumps(lib), dumps(cs)))

    g = first(lambda c: c["expect"] == "yes" and (c["units_per_sale"] or 1) < 1)
    brk("a glass's units", lambda l, c: c[g].update(units_per_sale=0.2))
    a = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    brk("an almost on the farther vintage",
        lambda l, c: c[a].update(beverage_id=c[a]["also_ok"][0],
                                 also_ok=[C[a]["beverage_id"], *C[a]["also_ok"][1:]]))
    k = first(lambda c: "cut off by the till" in c["note"])
    brk("a cut vintage kept", lambda l, c: c[k].update(vintage=2019))
    nn = first(lambda c: c["expect"] == "none")
    brk("a none with an id", lambda l, c: c[nn].update(beverage_id="ju001"))
    ca = first(lambda c: c["connection"] == "caisse")
    brk("a register label in lower case and too long",
        lambda l, c: c[ca].update(label=C[ca]["label"].lower() + " extra words"))
    t = first(lambda c: c["connection"] == "tablette")
    brk("a tablet label without its price",
        lambda l, c: c[t].update(label=re.sub(r" \d+,\d\d€.*$", "", C[t]["label"])))
    brk("fields out of order",
        lambda l, c: c.__setitem__(0, {k2: C[0][k2] for k2 in reversed(CASE_FIELDS)}))
    h = first(lambda c: c["label"].startswith("1/2 ") and c["expect"] == "yes")
    full = next(r["id"] for r in L if r["name"] == L[int(C[h]["beverage_id"][2:]) - 1]["name"]
                and r["producer"] == L[int(C[h]["beverage_id"][2:]) - 1]["producer"]
                and r["format_cl"] == 75)
    brk("a half bottle answered with the 75 cl entry",
        lambda l, c: c[h].update(beverage_id=full))
    o = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    brk("also_ok dropped", lambda l, c: c[o].update(also_ok=[]))
    brk("an entry's vintage changed into a duplicate",
        lambda l, c: l[1].update(vintage=L[0]["vintage"]))
    p = first(lambda c: c["label"].startswith("PINTE ") or ", pinte " in c["label"])
    bottle = next(r["id"] for r in L if r["category"] == "bière" and r["format_cl"] < 1000)
    brk("a draught pint answered with a bottle",
        lambda l, c: c[p].update(beverage_id=bottle))
    gr = first(lambda c: c["connection"] == "groupes")
    brk("a group line without its guests",
        lambda l, c: c[gr].update(label=re.sub(r" \(\d+ pax\)", "", C[gr]["label"])))
    brk("a register word keeping its vowels",
        lambda l, c: c[ca].update(label="VRE POULSARD ROLET"))
    brk("a duplicate label", lambda l, c: c[1].update(label=C[0]["label"]))
    brk("library ids out of sequence", lambda l, c: l[5].update(id="ju099"))
    def sibling(c):
        r = L[int(c["beverage_id"][2:]) - 1]
        return next((s["id"] for s in L if s["id"] != r["id"] and s["name"] == r["name"]
                     and s["producer"] == r["producer"] and s["format_cl"] == r["format_cl"]),
                    None)
    y = first(lambda c: c["expect"] == "yes" and c["vintage"] and sibling(c))
    brk("a labelled vintage answered with another vintage",
        lambda l, c: c[y].update(beverage_id=sibling(C[y])))
    failed = 0
    for name, lib, cs in breaks:
        e, _ = check(lib, cs)
        print("%-48s %s" % (name, ("reported: " + e[0][:70]) if e else "NOT REPORTED"))
        failed += not e
    print("unbroken files: clean")
    print("%d breaks, %d not reported" % (len(breaks), failed))
    return 1 if failed else 0


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs, tally = check(*load())
    for e in errs:
        print(e)
    tot = {"yes": 0, "almost": 0, "none": 0}
    for till, t in tally.items():
        print("%-9s yes %3d  almost %3d  none %3d  total %3d" % (
            till, t["yes"], t["almost"], t["none"], sum(t.values())))
        for k in tot:
            tot[k] += t[k]
    print("all       yes %3d  almost %3d  none %3d  total %3d" % (
        tot["yes"], tot["almost"], tot["none"], sum(tot.values())))
    print("OK" if not errs else "%d problems" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
