#!/usr/bin/env python3
"""Check the "auvergne" set from its two files alone (no build module is imported).

python3 check_auvergne.py            check auvergne_library.jsonl and auvergne_cases.jsonl
python3 check_auvergne.py --selftest break copies on purpose and show each break is reported
"""

import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNECTIONS = ("caisse", "main", "z")

POUR = {"vre": 12.5, "vre15": 15, "p25": 25, "p50": 50, "cp": 12.5, "dose": 4, "2cl": 2,
        "6cl": 6, "demi": 25, "pinte": 50}
DRAUGHT = {"demi", "pinte"}
BOTTLE = {"b25": 25, "b33": 33, "b50": 50, "b70": 70, "b75": 75, "b100": 100}

C_TOKENS = {"1/2": "half", "MAG": "mag", "VRE": "vre", "V15": "vre15", "P25": "p25",
            "P50": "p50", "CP": "cp", "DOSE": "dose", "2CL": "2cl", "6CL": "6cl",
            "DEMI": "demi", "PINTE": "pinte", "25CL": "b25", "33CL": "b33", "50CL": "b50",
            "70CL": "b70", "75CL": "b75", "1L": "b100"}
C_WINE_FAMILIES = {"AUV", "STP", "AVY", "ROA", "LOI", "RHO", "BUL"}
C_FAMILIES = C_WINE_FAMILIES | {"APE", "LIQ", "EDV", "BIE", "PRE", "EAU", "SFT", "CAF",
                                "CUI", "FRO", "DIV"}
H_TOKENS = {"btl": "btl", "dbtl": "half", "mag": "mag", "vr": "vre", "vr15": "vre15",
            "pich25": "p25", "pich50": "p50", "cp": "cp", "dose": "dose", "2cl": "2cl",
            "6cl": "6cl", "demi": "demi", "pinte": "pinte", "25": "b25", "33": "b33",
            "50": "b50", "70": "b70", "75": "b75", "1l": "b100"}
Z_SERVINGS = {"bouteille 75 cl": "b75", "demi-bouteille 37,5 cl": "half",
              "magnum 150 cl": "mag", "verre 12,5 cl": "vre", "verre 15 cl": "vre15",
              "pichet 25 cl": "p25", "pichet 50 cl": "p50", "coupe": "cp",
              "dose 4 cl": "dose", "dose 2 cl": "2cl", "dose 6 cl": "6cl",
              "demi pression 25 cl": "demi", "pinte pression 50 cl": "pinte",
              "bouteille 25 cl": "b25", "bouteille 33 cl": "b33", "bouteille 50 cl": "b50",
              "bouteille 70 cl": "b70", "bouteille 100 cl": "b100"}
Z_OTHER = {"portion", "unité", "assiette", "forfait", "pot", "tasse"}
Z_FAMILIES = {"VINS D'AUVERGNE": "AUV", "SAINT-POURÇAIN": "STP",
              "VINS DE L'AVEYRON": "AVY", "CÔTE ROANNAISE & FOREZ": "ROA",
              "LOIRE & RHÔNE": "LOI", "BULLES": "BUL", "APÉRITIFS": "APE",
              "LIQUEURS": "LIQ", "EAUX-DE-VIE": "EDV", "BIÈRES BOUTEILLE": "BIE",
              "BIÈRES PRESSION": "PRE", "EAUX MINÉRALES": "EAU", "SOFTS": "SFT",
              "BOISSONS CHAUDES": "CAF", "CUISINE": "CUI", "FROMAGES": "FRO",
              "DIVERS": "DIV"}
Z_RE = re.compile(r"^Z(\d{3}) · (\d{2})/(0[78]) · ([^·]+) · ([^·]+) · ([^·]+) · "
                  r"qté (\d+) · CA (\d+),(\d{2}) €$")


# ------------------------------------------------------------------ reading labels

def read_label(conn, label, errs, where):
    """-> (family, measure, vintage) as printed; family is the register prefix or the
    Z family's code, None on the handheld."""
    if conn == "caisse":
        if len(label) > 18:
            errs.append("%s: register label longer than 18 columns" % where)
        if label != label.rstrip() or "  " in label:
            errs.append("%s: register label with stray blanks" % where)
        if not re.fullmatch(r"[A-Z0-9 /&.]+", label):
            errs.append("%s: register label not in ASCII capitals" % where)
        fam, _, rest = label.partition("/")
        if fam not in C_FAMILIES:
            errs.append("%s: unknown register family %r" % (where, fam))
        toks = rest.split(" ")
        measure = C_TOKENS.get(toks[0], "")
        vintage = None
        if fam in C_WINE_FAMILIES:
            m = re.search(r" (\d{2})$", label)
            vintage = 2000 + int(m.group(1)) if m else None
        return fam, measure, vintage
    if conn == "main":
        if label != label.lower() or not all(ord(c) < 128 for c in label):
            errs.append("%s: handheld label not in lower-case ASCII" % where)
        if label != label.strip():
            errs.append("%s: handheld label with stray blanks" % where)
        measure = ""
        if "/" in label:
            tok = label.rsplit("/", 1)[1]
            if tok not in H_TOKENS:
                errs.append("%s: unknown handheld measure %r" % (where, tok))
            measure = H_TOKENS.get(tok, "")
        m = re.search(r" (\d{2})/[a-z0-9]+$", label)
        return None, measure, (2000 + int(m.group(1)) if m else None)
    m = Z_RE.match(label)
    if not m:
        errs.append("%s: Z line does not have the report's form" % where)
        return None, "", None
    znum, day, month, fam, article, serving, qty, euros, cents = m.groups()
    offset = int(day) - 1 if month == "07" else int(day) + 30
    if not (1 <= int(day) <= 31) or int(znum) != 181 + offset:
        errs.append("%s: Z number %s does not follow the date %s/%s" % (where, znum, day,
                                                                        month))
    if fam not in Z_FAMILIES:
        errs.append("%s: unknown Z family %r" % (where, fam))
    q = int(qty)
    total = int(euros) * 100 + int(cents)
    if not 1 <= q <= 24 or total % q or (total // q) % 50:
        errs.append("%s: Z takings %s,%s are not %d × a price in 50 cents" % (
            where, euros, cents, q))
    if serving in Z_SERVINGS:
        measure = Z_SERVINGS[serving]
    elif serving in Z_OTHER:
        measure = "=" + serving
    else:
        errs.append("%s: unknown Z serving %r" % (where, serving))
        measure = ""
    vm = re.search(r" ((?:19|20)\d{2})$", article)
    return Z_FAMILIES.get(fam), measure, (int(vm.group(1)) if vm else None)


# ------------------------------------------------------------------ the checks

def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])


def drink_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"])


def check(lib_text, case_text):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_text.splitlines(), 1):
        try:
            obj = json.loads(line, object_pairs_hook=lambda p: p)
        except ValueError:
            errs.append("library line %d: invalid JSON" % i)
            continue
        if [k for k, _ in obj] != LIB_FIELDS:
            errs.append("library line %d: fields not in the bench order" % i)
        lib.append(dict(obj))
    for i, line in enumerate(case_text.splitlines(), 1):
        try:
            obj = json.loads(line, object_pairs_hook=lambda p: p)
        except ValueError:
            errs.append("cases line %d: invalid JSON" % i)
            continue
        if [k for k, _ in obj] != CASE_FIELDS:
            errs.append("cases line %d: fields not in the bench order" % i)
        cases.append(dict(obj))

    # ---- library
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d entries, not 110-130" % len(lib))
    by_id = {}
    for n, e in enumerate(lib, 1):
        w = "library %s" % e.get("id")
        if e.get("id") != "au%03d" % n:
            errs.append("%s: id out of sequence (expected au%03d)" % (w, n))
        by_id[e.get("id")] = e
        if e.get("colour") not in COLOURS:
            errs.append("%s: bad colour %r" % (w, e.get("colour")))
        if e.get("category") not in CATEGORIES:
            errs.append("%s: bad category %r" % (w, e.get("category")))
        if e.get("category") in ("vin", "champagne") and e.get("colour") is None:
            errs.append("%s: a wine without a colour" % w)
        if e.get("category") not in ("vin", "champagne") and e.get("colour") is not None:
            errs.append("%s: a colour on a drink that is no wine" % w)
        if e.get("country") != "France":
            errs.append("%s: country" % w)
        v = e.get("vintage")
        if v is not None and (not isinstance(v, int) or not 1950 <= v <= 2030):
            errs.append("%s: bad vintage %r" % (w, v))
        f = e.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("%s: bad format %r" % (w, f))
        elif f >= 2000 and e.get("category") != "bière":
            errs.append("%s: a keg that is no beer" % w)
        if not e.get("name") or not e.get("producer"):
            errs.append("%s: no name or producer" % w)
    groups, fmts = {}, {}
    for e in lib:
        groups.setdefault(wine_key(e), []).append(e)
        fmts.setdefault(drink_key(e), set()).add(e["format_cl"])
    for k, g in groups.items():
        vs = [e["vintage"] for e in g]
        if len(set(vs)) != len(vs) or (None in vs and len(vs) > 1):
            errs.append("library: repeated or mixed vintages for %r" % (k,))

    def ordinary(e):
        fs = fmts[drink_key(e)]
        if e["category"] in ("vin", "champagne"):
            if 75 in fs:
                return 75
            rest = [f for f in fs if f not in (37.5, 150)]
        else:
            rest = [f for f in fs if f < 2000]
        return rest[0] if len(rest) == 1 else None

    # ---- cases
    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d, not 280-300" % len(cases))
    seen = set()
    count = {c: {"yes": 0, "almost": 0, "none": 0} for c in CONNECTIONS}
    for i, c in enumerate(cases, 1):
        label = c.get("label")
        w = "case %d %r" % (i, label)
        if not isinstance(label, str) or not label:
            errs.append("%s: no label" % w)
            continue
        if label in seen:
            errs.append("%s: duplicate label" % w)
        seen.add(label)
        conn = c.get("connection")
        if conn not in CONNECTIONS:
            errs.append("%s: unknown connection %r" % (w, conn))
            continue
        exp = c.get("expect")
        if exp not in ("yes", "almost", "none"):
            errs.append("%s: bad expect %r" % (w, exp))
            continue
        count[conn][exp] += 1
        if not c.get("note"):
            errs.append("%s: no note" % w)
        fam, measure, vint = read_label(conn, label, errs, w)
        if c.get("vintage") != vint:
            errs.append("%s: vintage %r, the label says %r" % (w, c.get("vintage"), vint))
        u = c.get("units_per_sale")
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or u is not None:
                errs.append("%s: a none with an id, also_ok or units" % w)
            continue
        e = by_id.get(c.get("beverage_id"))
        if e is None:
            errs.append("%s: beverage_id %r not in the library" % (w, c.get("beverage_id")))
            continue
        if measure.startswith("="):
            errs.append("%s: a drink answer on a line that is no drink" % w)
            continue
        # the family or section the till printed must fit the entry
        cat = e["category"]
        if fam is not None:
            if cat in ("vin", "champagne") and fam not in C_WINE_FAMILIES:
                errs.append("%s: a wine under family %s" % (w, fam))
            if cat == "bière" and fam != ("PRE" if measure in DRAUGHT else "BIE"):
                errs.append("%s: a beer under family %s" % (w, fam))
            if cat == "soft" and fam not in ("EAU", "SFT"):
                errs.append("%s: a soft under family %s" % (w, fam))
            if cat in ("spiritueux", "autre") and fam not in ("APE", "LIQ", "EDV"):
                errs.append("%s: a spirit under family %s" % (w, fam))
        # format and units against the measure
        f = e["format_cl"]
        if measure in DRAUGHT:
            want_f = f if f >= 2000 else None
        elif measure in POUR or measure in ("", "btl"):
            want_f = ordinary(e)
        elif measure == "half":
            want_f = 37.5
        elif measure == "mag":
            want_f = 150
        elif measure in BOTTLE:
            want_f = BOTTLE[measure]
        else:
            want_f = None
        if want_f != f:
            errs.append("%s: entry format %s does not fit the measure %r" % (w, f, measure))
        want_u = round(POUR[measure] / f, 4) if measure in POUR else 1
        if u != want_u or (isinstance(u, float) and round(u, 4) != u):
            errs.append("%s: units %r, the measure gives %r" % (w, u, want_u))
        # vintages
        g = groups[wine_key(e)]
        vs = sorted(x["vintage"] for x in g if x["vintage"] is not None)
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        also = c.get("also_ok")
        if not isinstance(also, list):
            errs.append("%s: also_ok not a list" % w)
            continue
        if cat not in ("vin", "champagne") and vint is not None:
            errs.append("%s: a vintage read on a drink that is no wine" % w)
        if not vs:
            if vint is not None or also:
                errs.append("%s: a non-vintage drink with a vintage or also_ok" % w)
            if exp != "yes":
                errs.append("%s: a non-vintage drink answered %s" % (w, exp))
            continue
        if exp == "yes":
            if vint is not None:
                if e["vintage"] != vint:
                    errs.append("%s: yes on vintage %r, the label says %r" % (
                        w, e["vintage"], vint))
                if also:
                    errs.append("%s: also_ok on a yes with the label's vintage" % w)
            else:
                if e["vintage"] != vs[-1]:
                    errs.append("%s: yes without vintage is not the most recent" % w)
                if sorted(also) != others:
                    errs.append("%s: also_ok is not the other vintages" % w)
        else:
            if vint is None or vint in vs:
                errs.append("%s: almost, but the label's vintage is held or absent" % w)
            else:
                best = sorted(vs, key=lambda v: (abs(v - vint), -v))[0]
                if e["vintage"] != best:
                    errs.append("%s: almost not on the nearest vintage (%d)" % (w, best))
            if sorted(also) != others:
                errs.append("%s: also_ok is not the other vintages" % w)
    n = len(cases)
    if n:
        tot = {k: sum(count[c][k] for c in CONNECTIONS) for k in ("yes", "almost", "none")}
        for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            p = 100.0 * tot[k] / n
            if not lo <= p <= hi:
                errs.append("counts: %s is %.1f %%, not %d-%d %%" % (k, p, lo, hi))
        for conn in CONNECTIONS:
            for k in ("yes", "almost", "none"):
                if not count[conn][k]:
                    errs.append("counts: till %s has no %s" % (conn, k))
    return errs, count


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()


def dumps(objs):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)


def selftest():
    lib_text, case_text = read("auvergne_library.jsonl"), read("auvergne_cases.jsonl")
    errs, _ = check(lib_text, case_text)
    print("clean files: %d problem(s)" % len(errs))
    ok = not errs
    lib = [json.loads(x) for x in lib_text.splitlines()]
    cases = [json.loads(x) for x in case_text.splitlines()]
    by_id = {e["id"]: e for e in lib}

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    def pours(c):
        return c["expect"] != "none" and c["units_per_sale"] not in (1, None)

    breaks = []

    def brk(name, fn, lib_fn=None):
        cs, lb = copy.deepcopy(cases), copy.deepcopy(lib)
        text = fn(cs) if fn else None
        if lib_fn:
            lib_fn(lb)
        breaks.append((name, dumps(lb), text if isinstance(text, str) else dumps(cs)))

    def almost_far(cs):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        b = cs[i]["beverage_id"]
        cs[i]["beverage_id"], cs[i]["also_ok"] = cs[i]["also_ok"][-1], sorted(
            [b, *cs[i]["also_ok"][:-1]])
    brk("an almost pointed at a farther vintage", almost_far)

    def units(cs):
        cs[first(pours)]["units_per_sale"] = 0.2
    brk("a pour's units changed", units)

    def vint(cs):
        i = first(lambda c: c["vintage"] is not None)
        cs[i]["vintage"] += 1
    brk("a vintage field that the label does not say", vint)

    def mag75(cs):
        i = first(lambda c: c["expect"] == "yes" and by_id[c["beverage_id"]]["format_cl"] == 150)
        e = by_id[cs[i]["beverage_id"]]
        other = next(x for x in lib if x["name"] == e["name"] and
                     x["producer"] == e["producer"] and x["format_cl"] == 75)
        cs[i]["beverage_id"] = other["id"]
    brk("a magnum pointed at the 75 cl entry", mag75)

    def also_on_yes(cs):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None)
        cs[i]["also_ok"] = ["au001"]
    brk("also_ok on a yes with the label's vintage", also_on_yes)

    def none_id(cs):
        cs[first(lambda c: c["expect"] == "none")]["beverage_id"] = "au001"
    brk("a none with a beverage_id", none_id)

    def order(cs):
        c = cs[0]
        cs[0] = {k: c[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
    brk("case fields out of order", order)

    def dup(cs):
        cs[5]["label"] = cs[4]["label"]
    brk("a duplicate label", dup)

    def lib_id(lb):
        lb[10]["id"] = "au099"
    brk("a library id out of sequence", None, lib_id)

    def colour(lb):
        lb[0]["colour"] = "rose"
    brk("a bad colour", None, colour)

    def wide(cs):
        i = first(lambda c: c["connection"] == "caisse" and len(c["label"]) == 18)
        cs[i]["label"] += "X"
    brk("a register label wider than 18 columns", wide)

    def upper(cs):
        i = first(lambda c: c["connection"] == "main")
        cs[i]["label"] = cs[i]["label"].upper()
    brk("a handheld label in capitals", upper)

    def zca(cs):
        i = first(lambda c: c["connection"] == "z")
        cs[i]["label"] = re.sub(r"CA (\d+),(\d\d)", lambda m: "CA %s,%02d" % (
            m.group(1), (int(m.group(2)) + 1) % 100), cs[i]["label"])
    brk("a Z line whose takings are not quantity × price", zca)

    def znum(cs):
        i = first(lambda c: c["connection"] == "z")
        cs[i]["label"] = re.sub(r"^Z(\d{3})", lambda m: "Z%03d" % (int(m.group(1)) + 1),
                                cs[i]["label"])
    brk("a Z number that does not follow its date", znum)

    def bad_json(cs):
        return dumps(cs)[:-2] + "\n"
    brk("invalid JSON", bad_json)

    def draught(cs):
        i = first(lambda c: c["connection"] == "caisse" and c["label"].startswith("PRE/DEMI")
                  and c["expect"] == "yes")
        e = by_id[cs[i]["beverage_id"]]
        cs[i]["beverage_id"] = next(x["id"] for x in lib if x["name"] == e["name"] and
                                    x["format_cl"] < 2000)
    brk("a draught demi pointed at the bottle", draught)

    def not_recent(cs):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
        cs[i]["beverage_id"], cs[i]["also_ok"] = cs[i]["also_ok"][0], sorted(
            [*cs[i]["also_ok"][1:], cs[i]["beverage_id"]])
    brk("a yes without vintage not on the most recent", not_recent)

    def half_cases(cs):
        del cs[100:]
    brk("too few cases", half_cases)

    def family(cs):
        i = first(lambda c: c["connection"] == "caisse" and c["label"].startswith("AUV/")
                  and c["expect"] == "yes")
        cs[i]["label"] = "EDV/" + cs[i]["label"][4:]
    brk("a wine under the eaux-de-vie family", family)

    for name, lt, ct in breaks:
        e, _ = check(lt, ct)
        print("%-55s %s" % (name, ("reported (%d): %s" % (len(e), e[0])) if e
                           else "NOT REPORTED"))
        ok = ok and bool(e)
    errs, _ = check(read("auvergne_library.jsonl"), read("auvergne_cases.jsonl"))
    print("files on disk after the self-test: %d problem(s)" % len(errs))
    print("selftest %s (%d kinds of break)" % ("passed" if ok and not errs else "FAILED",
                                               len(breaks)))
    return 0 if ok and not errs else 1


def main():
    if "--selftest" in sys.argv[1:]:
        return selftest()
    errs, count = check(read("auvergne_library.jsonl"), read("auvergne_cases.jsonl"))
    for e in errs:
        print(e)
    for conn in CONNECTIONS:
        print("%-7s %s" % (conn, count[conn]))
    print("OK" if not errs else "%d problem(s)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
