#!/usr/bin/env python3
"""Check the blind set "issoire": reads only issoire_library.jsonl and
issoire_cases.jsonl and re-derives what it can. `--selftest` breaks copies on
purpose and shows that each break is reported and the clean files pass."""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country",
              "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage",
               "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "salle", "export")
CAISSE_CODES = {"VRE": 12.5, "V15": 15, "C25": 25, "C50": 50, "DOSE": 4, "2CL": 2,
                "DEMI": 25, "PINT": 50}
SALLE_WORDS = {"bouteille": ("btl", None), "demi-bouteille": ("btl", 37.5), "magnum": ("btl", 150),
               "25cl": ("btl", 25), "33cl": ("btl", 33), "50cl": ("btl", 50), "70cl": ("btl", 70),
               "75cl": ("btl", 75), "1l": ("btl", 100), "verre": ("pour", 12.5),
               "verre 12cl": ("pour", 12), "verre 15cl": ("pour", 15), "carafe 25cl": ("pour", 25),
               "carafe 50cl": ("pour", 50), "dose": ("pour", 4), "2cl": ("pour", 2),
               "demi": ("draught", 25), "pinte": ("draught", 50)}
EXPORT_CATS = {"VINS ROUGES", "VINS BLANCS", "VINS ROSES", "BULLES", "BIERES PRESSION",
               "BIERES BOUTEILLE", "APERITIFS", "DIGESTIFS", "EAUX ET SOFTS", "CUISINE",
               "DESSERTS", "BOISSONS CHAUDES", "DIVERS"}
EXPORT_VARIANTS = {"Demi-bouteille 37,5cl": ("btl", 37.5), "Magnum 150cl": ("btl", 150),
                   "Verre": ("pour", 12.5), "Verre 12cl": ("pour", 12), "Verre 15cl": ("pour", 15),
                   "Carafe 25cl": ("pour", 25), "Carafe 50cl": ("pour", 50),
                   "Dose 4cl": ("pour", 4), "Dose 2cl": ("pour", 2), "Demi 25cl": ("draught", 25),
                   "Pinte 50cl": ("draught", 50), "Bouteille 1L": ("btl", 100), "Unite": (None, None)}
ABBR = {"cdr": ["cotes", "rhone"], "cndp": ["chateauneuf"], "pn": ["pinot"], "rs": ["rose"]}


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def toks(s):
    return [t for t in re.split(r"[^a-z0-9]+", ascii_(s).lower()) if t]


def load(path_or_lines, errors, what):
    lines = path_or_lines
    if isinstance(lines, str):
        with open(lines, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
    out = []
    for i, line in enumerate(lines, 1):
        try:
            out.append(json.loads(line))
        except ValueError as e:
            errors.append("%s line %d: bad JSON (%s)" % (what, i, e))
    return out


def export_cat(e):
    cat, colour = e["category"], e["colour"]
    if cat in ("vin", "champagne"):
        if colour == "effervescent" or (colour == "rosé" and "Crémant" in (e["appellation"] or "")):
            return "BULLES"
        return {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "liquoreux": "VINS BLANCS",
                "rosé": "VINS ROSES"}.get(colour, "?")
    if cat == "bière":
        return "BIERES PRESSION" if e["format_cl"] >= 2000 else "BIERES BOUTEILLE"
    return {"autre": "APERITIFS", "spiritueux": "DIGESTIFS", "soft": "EAUX ET SOFTS"}.get(cat, "?")


def read_label(label, till):
    """(vintage, kind, volume) read back from the label: kind btl (volume = format or
    None for the default bottle), pour / draught (volume = cl poured), or None."""
    if till == "caisse":
        m = re.match(r"^(.*)/(%s)$" % "|".join(CAISSE_CODES), label)
        art = m.group(1) if m else label
        t = art.split()
        v = 2000 + int(t[-1]) if t and re.fullmatch(r"\d\d", t[-1]) else None
        if m:
            code = m.group(2)
            return v, ("draught" if code in ("DEMI", "PINT") else "pour"), CAISSE_CODES[code]
        if art.startswith("1/2 "):
            return v, "btl", 37.5
        if art.startswith("MAG "):
            return v, "btl", 150
        s = re.search(r"\b(25|33|50|70|75)CL\b|\b1L\b", art)
        if s:
            return v, "btl", float(s.group(1)) if s.group(1) else 100
        return v, "btl", None
    if till == "salle":
        m = re.match(r"^(.*) \(([^()]+)\)$", label)
        head = m.group(1) if m else label
        ys = re.findall(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,])", head)
        v = int(ys[-1]) if ys else None
        if not m:
            return v, None, None
        kind, vol = SALLE_WORDS[m.group(2)]
        return v, kind, vol
    parts = label.split(";")
    ys = re.findall(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,])", parts[1])
    v = int(ys[-1]) if ys else None
    var = parts[2]
    if var in EXPORT_VARIANTS:
        kind, vol = EXPORT_VARIANTS[var]
    else:
        m = re.fullmatch(r"Bouteille (\d+(?:,\d+)?)cl", var)
        kind, vol = "btl", float(m.group(1).replace(",", "."))
    return v, kind, vol


def form_error(label, till):
    if till == "caisse":
        if not re.fullmatch(r"[A-Z0-9 ./'-]+", label):
            return "caisse label not ASCII capitals"
        m = re.match(r"^(.*)/(%s)$" % "|".join(CAISSE_CODES), label)
        art = m.group(1) if m else label
        if len(art) > 16:
            return "caisse article over 16 columns"
        if art != art.strip() or "  " in art:
            return "caisse article badly spaced"
        return None
    if till == "salle":
        if ";" in label or "/" in label:
            return "salle label with a separator"
        if not re.search(r"[a-zà-ÿ]", label) or label.upper() == label:
            return "salle label not in mixed case"
        m = re.match(r"^(.*) \(([^()]+)\)$", label)
        if "(" in label and (not m or m.group(2) not in SALLE_WORDS):
            return "salle measure unknown"
        if re.search(r"(?<!\d)\d\d(?!\d)\s*(\(|$)", label) and not re.search(r"(?:19|20)\d\d", label):
            if re.search(r"\b\d\d$", label.split(" (")[0]):
                return "salle vintage not in four digits"
        return None
    parts = label.split(";")
    if len(parts) != 3:
        return "export line without three fields"
    cat, art, var = parts
    if cat not in EXPORT_CATS:
        return "export category unknown"
    if ascii_(art) != art or not art:
        return "export article not ASCII"
    if var not in EXPORT_VARIANTS and not re.fullmatch(r"Bouteille \d+(,\d+)?cl", var):
        return "export variant unknown"
    if (var == "Unite") != (cat in ("CUISINE", "DESSERTS", "BOISSONS CHAUDES", "DIVERS")):
        return "export Unite only on non-drinks"
    return None


def check(lib, cases, errors):
    # library
    ids = {}
    for i, r in enumerate(lib, 1):
        if list(r) != LIB_FIELDS:
            errors.append("library %d: field order %s" % (i, list(r)))
            continue
        if r["id"] != "is%03d" % i:
            errors.append("library %d: id %s out of sequence" % (i, r["id"]))
        ids[r["id"]] = r
        if r["category"] not in CATS:
            errors.append("%s: category %r" % (r["id"], r["category"]))
        wine = r["category"] in ("vin", "champagne")
        if (wine and r["colour"] not in COLOURS) or (not wine and r["colour"] is not None):
            errors.append("%s: colour %r for %s" % (r["id"], r["colour"], r["category"]))
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            errors.append("%s: format %r" % (r["id"], r["format_cl"]))
        elif r["format_cl"] >= 2000 and r["category"] != "bière":
            errors.append("%s: keg format on a %s" % (r["id"], r["category"]))
        if r["vintage"] is not None and not (isinstance(r["vintage"], int) and 1900 < r["vintage"] < 2030):
            errors.append("%s: vintage %r" % (r["id"], r["vintage"]))
    if not 110 <= len(lib) <= 130:
        errors.append("library has %d drinks (110-130)" % len(lib))

    def wine_key(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    drinks = {}
    for r in ids.values():
        drinks.setdefault(wine_key(r), []).append(r)

    seen, counts = set(), {}
    for i, c in enumerate(cases, 1):
        where = "case %d" % i
        if list(c) != CASE_FIELDS:
            errors.append("%s: field order %s" % (where, list(c)))
            continue
        lab, till, exp = c["label"], c["connection"], c["expect"]
        where = "case %d %r" % (i, lab)
        if lab in seen:
            errors.append("%s: duplicate label" % where)
        seen.add(lab)
        if till not in TILLS:
            errors.append("%s: unknown connection %r" % (where, till))
            continue
        if exp not in ("yes", "almost", "none"):
            errors.append("%s: expect %r" % (where, exp))
            continue
        counts.setdefault(till, {}).setdefault(exp, 0)
        counts[till][exp] += 1
        fe = form_error(lab, till)
        if fe:
            errors.append("%s: %s" % (where, fe))
            continue
        v, kind, vol = read_label(lab, till)
        if v != c["vintage"]:
            errors.append("%s: vintage field %r, label reads %r" % (where, c["vintage"], v))
        if not isinstance(c["also_ok"], list):
            errors.append("%s: also_ok not a list" % where)
            continue
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errors.append("%s: none with an answer" % where)
            continue
        e = ids.get(c["beverage_id"])
        if e is None:
            errors.append("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        fam = drinks[wine_key(e)]
        allfmt = sorted({x["format_cl"] for x in fam})
        # format / measure
        if kind == "draught":
            if e["category"] != "bière" or e["format_cl"] < 2000:
                errors.append("%s: draught measure on a non-keg entry" % where)
            want = vol / e["format_cl"]
        elif kind == "pour":
            ordinary = 75 if 75 in allfmt else (allfmt[0] if len(allfmt) == 1 else None)
            if e["format_cl"] != ordinary:
                errors.append("%s: a pour must use the ordinary bottle, got %g cl" % (where, e["format_cl"]))
            want = vol / e["format_cl"]
        elif kind == "btl":
            if vol is None:
                if e["category"] in ("vin", "champagne"):
                    fmt = 75
                else:
                    small = [f for f in allfmt if f < 2000]
                    fmt = small[0] if len(small) == 1 else None
            else:
                fmt = vol
            if fmt is None or abs(e["format_cl"] - fmt) > 1e-9:
                errors.append("%s: label means %r cl, entry is %g cl" % (where, fmt, e["format_cl"]))
            want = 1
        else:
            errors.append("%s: a drink answer on a label without measure" % where)
            continue
        want = round(want, 4)
        if not isinstance(c["units_per_sale"], (int, float)) or abs(c["units_per_sale"] - want) > 1e-9:
            errors.append("%s: units %r, measure gives %r" % (where, c["units_per_sale"], want))
        if till == "export":
            want_cat = export_cat(e)
            if lab.split(";")[0] != want_cat:
                errors.append("%s: export category %s, entry is %s" % (where, lab.split(";")[0], want_cat))
        # vintages
        group = [x for x in fam if x["format_cl"] == e["format_cl"]]
        others = sorted(x["id"] for x in group if x is not e)
        gv = [x["vintage"] for x in group]
        if exp == "yes":
            if c["vintage"] is not None and any(g is not None for g in gv):
                if e["vintage"] != c["vintage"]:
                    errors.append("%s: yes on vintage %r, label says %r" % (where, e["vintage"], c["vintage"]))
                if c["also_ok"]:
                    errors.append("%s: also_ok on a yes with the vintage" % where)
            else:
                if e["vintage"] != max(gv, key=lambda g: g or 0):
                    errors.append("%s: yes without vintage not on the most recent" % where)
                if sorted(c["also_ok"]) != others:
                    errors.append("%s: also_ok %r, should be %r" % (where, c["also_ok"], others))
        else:
            lv = c["vintage"]
            if lv is None or lv in gv:
                errors.append("%s: almost with a held or no vintage" % where)
            else:
                best = min(group, key=lambda x: (abs(x["vintage"] - lv), -x["vintage"]))
                if best is not e:
                    errors.append("%s: almost not on the nearest vintage (%s)" % (where, best["id"]))
                if sorted(c["also_ok"]) != others:
                    errors.append("%s: also_ok %r, should be %r" % (where, c["also_ok"], others))
        # shared word or stem
        lt = set(toks(lab))
        et = set(toks(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation"))))
        ok = False
        for a in lt:
            for b in et:
                if a == b or (len(a) >= 3 and b.startswith(a)) or (len(b) >= 3 and a.startswith(b) and len(a) >= 3):
                    ok = True
            if a in ABBR and all(x in et for x in ABBR[a]):
                ok = True
        if not ok:
            errors.append("%s: shares no word or stem with %s" % (where, e["id"]))
    n = len(cases)
    if not 280 <= n <= 300:
        errors.append("%d cases (280-300)" % n)
    tot = {x: sum(counts.get(t, {}).get(x, 0) for t in TILLS) for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        p = 100.0 * tot[x] / max(n, 1)
        if not lo <= p <= hi:
            errors.append("%s is %.1f %% (%d-%d)" % (x, p, lo, hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not counts.get(t, {}).get(x):
                errors.append("till %s has no %s" % (t, x))
    return counts, tot


def run(lib_lines, case_lines):
    errors = []
    lib = load(lib_lines, errors, "library")
    cases = load(case_lines, errors, "cases")
    counts, tot = check(lib, cases, errors)
    return errors, counts, tot, len(cases)


def selftest(lib_path, case_path):
    with open(lib_path, encoding="utf-8") as f:
        L = f.read().split("\n")[:-1]
    with open(case_path, encoding="utf-8") as f:
        C = f.read().split("\n")[:-1]
    base = run(L, C)[0]
    print("clean files: %s" % ("pass" if not base else "FAIL %s" % base[:3]))
    ok = not base
    cs = [json.loads(x) for x in C]
    ls = [json.loads(x) for x in L]

    def dumps(objs):
        return [json.dumps(o, ensure_ascii=False) for o in objs]

    def first(pred):
        return next(i for i, c in enumerate(cs) if pred(c))

    def with_case(i, **kw):
        cc = copy.deepcopy(cs)
        cc[i].update(kw)
        return L, dumps(cc)

    breaks = []
    breaks.append(("broken JSON", L, [*C[:5], C[5][:-3], *C[6:]]))
    i = first(lambda c: True)
    swapped = dict(list(cs[i].items())[1::-1] + list(cs[i].items())[2:])
    breaks.append(("field order", L, dumps([*cs[:i], swapped, *cs[i + 1:]])))
    ll = copy.deepcopy(ls)
    ll[10]["id"] = "is999"
    breaks.append(("id out of sequence", dumps(ll), C))
    ll = copy.deepcopy(ls)
    ll[0]["colour"] = "red"
    breaks.append(("bad colour", dumps(ll), C))
    breaks.append(("duplicate label", L, [*C, C[0]]))
    i = first(lambda c: c["vintage"] is not None)
    breaks.append(("vintage not on the label", *with_case(i, vintage=c_v(cs[i]["vintage"]))))
    i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    breaks.append(("almost on a farther vintage", *with_case(i, beverage_id=cs[i]["also_ok"][0],
                                                             also_ok=[cs[i]["beverage_id"], *cs[i]["also_ok"][1:]])))
    i = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    breaks.append(("also_ok dropped", *with_case(i, also_ok=[])))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None)
    breaks.append(("also_ok on a vintage-exact yes", *with_case(i, also_ok=["is001"])))
    i = first(lambda c: c["units_per_sale"] not in (None, 1))
    breaks.append(("pour units", *with_case(i, units_per_sale=1)))
    i = first(lambda c: c["expect"] == "none")
    breaks.append(("none with an id", *with_case(i, beverage_id="is001")))
    i = first(lambda c: c["connection"] == "caisse" and "/" not in c["label"] and c["expect"] == "none")
    breaks.append(("caisse over 16 columns", *with_case(i, label=cs[i]["label"] + " XXXXXXXXXXXXX")))
    i = first(lambda c: c["connection"] == "salle")
    breaks.append(("salle in capitals", *with_case(i, label=cs[i]["label"].upper())))
    i = first(lambda c: c["connection"] == "export")
    breaks.append(("export unknown category", *with_case(i, label="VINS;" + cs[i]["label"].split(";", 1)[1])))
    i = first(lambda c: c["connection"] == "export")
    breaks.append(("export two fields", *with_case(i, label=cs[i]["label"].rsplit(";", 1)[0])))
    i = first(lambda c: c["label"].startswith("MAG ") and c["expect"] == "yes")
    mag = ids_by(ls, cs[i]["beverage_id"])
    std = next(r for r in ls if r["name"] == mag["name"] and r["format_cl"] == 75)
    breaks.append(("magnum on the 75 cl entry", *with_case(i, beverage_id=std["id"])))
    i = first(lambda c: c["label"].endswith("/DEMI") and c["expect"] == "yes")
    bottle = next(r for r in ls if r["category"] == "bière" and r["format_cl"] == 33)
    breaks.append(("draught on a bottle entry", *with_case(i, beverage_id=bottle["id"])))
    i = first(lambda c: True)
    breaks.append(("unknown connection", *with_case(i, connection="bar")))
    nones = [k for k, c in enumerate(cs) if c["expect"] == "none"][:45]
    breaks.append(("counts out of range", L, [x for k, x in enumerate(C) if k not in nones]))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None and c["also_ok"] == [])
    other = next(r for r in ls if r["id"] != cs[i]["beverage_id"])
    breaks.append(("yes on another drink", *with_case(i, beverage_id=other["id"])))
    i = first(lambda c: c["connection"] == "export" and c["label"].startswith("VINS ROUGES;") and c["expect"] == "yes")
    breaks.append(("export colour category wrong", *with_case(i, label=cs[i]["label"].replace("VINS ROUGES;", "VINS BLANCS;"))))
    for name, l2, c2 in breaks:
        errs = run(l2, c2)[0]
        print("%-32s %s  %s" % (name, "reported" if errs else "NOT REPORTED", errs[0] if errs else ""))
        ok = ok and bool(errs)
    print("selftest: %d breaks, %s" % (len(breaks), "all reported" if ok else "FAILED"))
    return ok


def c_v(v):
    return v - 1


def ids_by(ls, i):
    return next(r for r in ls if r["id"] == i)


def main():
    lib = os.path.join(HERE, "issoire_library.jsonl")
    cas = os.path.join(HERE, "issoire_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib, cas) else 1)
    errors, counts, tot, n = run(lib, cas)
    for t in TILLS:
        c = counts.get(t, {})
        print("%-7s yes %3d  almost %3d  none %3d  total %3d" % (
            t, c.get("yes", 0), c.get("almost", 0), c.get("none", 0), sum(c.values())))
    print("total   " + "  ".join("%s %d (%.1f %%)" % (x, k, 100.0 * k / n) for x, k in tot.items()), n)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
