#!/usr/bin/env python3
"""Check the "Le Refuge Gapençais" set, reading only gap_library.jsonl and gap_cases.jsonl.

Usage: python3 check_gap.py            (check the two files; exit 1 on any problem)
       python3 check_gap.py --selftest (break copies on purpose; each break must be reported)
"""
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "kiosque", "tablette")
KEG = 2000

# --- how each till prints a measure: token -> (kind, volume); kind bottle / pour / draught / bulk
C_TOK = {"1/2": ("bottle", 37.5), "MG": ("bottle", 150), "B20": ("bottle", 20),
         "B25": ("bottle", 25), "B33": ("bottle", 33), "B50": ("bottle", 50),
         "B70": ("bottle", 70), "B100": ("bottle", 100), "VR": ("pour", 12.5),
         "VR15": ("pour", 15), "CP": ("pour", 12.5), "P25": ("pour", 25), "P50": ("pour", 50),
         "DS": ("pour", 4), "DS2": ("pour", 2), "TASSE": ("bulk", 25), "DM": ("draught", 25),
         "PT": ("draught", 50)}
K_TOK = {"btl": ("bottle", 75), "demibtl": ("bottle", 37.5), "b20": ("bottle", 20),
         "b25": ("bottle", 25), "b33": ("bottle", 33), "b50": ("bottle", 50),
         "b100": ("bottle", 100), "gob12": ("pour", 12), "shot": ("pour", 4),
         "gob25": ("bulk", 25), "gob50": ("bulk", 50)}
T_TOK = {"Bouteille": ("bottle", 75), "Demi-bouteille": ("bottle", 37.5),
         "Magnum": ("bottle", 150), "Bouteille 20cl": ("bottle", 20),
         "Bouteille 25cl": ("bottle", 25), "Bouteille 33cl": ("bottle", 33),
         "Bouteille 50cl": ("bottle", 50), "Bouteille 70cl": ("bottle", 70),
         "Bouteille 1L": ("bottle", 100), "Verre": ("pour", 12.5), "Verre 15cl": ("pour", 15),
         "Coupe": ("pour", 12.5), "Pichet 25cl": ("pour", 25), "Pichet 50cl": ("pour", 50),
         "Dose": ("pour", 4), "Dose 2cl": ("pour", 2), "Mug 25cl": ("bulk", 25),
         "Demi pression": ("draught", 25), "Pinte pression": ("draught", 50)}
T_FOOD = {"Plat", "Entrée", "Dessert", "Café", "Service", "Menu"}
ABBREV = {"cdr": "rhone", "htes": "hautes", "hv": "hautes", "bdv": "beaumes", "blde": "blonde",
          "kro": "kronenbourg", "despe": "desperados", "res": "reserve", "mond": "mondeuse",
          "aprem": "apremont", "crem": "cremant", "clair": "clairette", "trad": "tradition",
          "moiss": "moissons", "chartr": "chartreuse", "bdb": "blancs", "gig": "gigondas",
          "vacq": "vacqueyras"}
STOP = {"de", "du", "des", "la", "le", "les", "et", "d", "l", "en", "the", "dom", "domaine",
        "chateau", "ch", "cave", "vin", "vins", "rouge", "blanc", "rose", "brut", "fut", "ans",
        "maison", "from"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


# ------------------------------------------------------------------ reading a label back
def read_label(till, label):
    """-> (ok_form, problem, measure (kind, vol) or None, vintage or None, name words)."""
    if till == "comptoir":
        m = re.fullmatch(r"([A-Z0-9/ ]{1,18}) D(0[1-9]|1[0-2])", label)
        if not m or m.group(1) != m.group(1).strip() or "  " in m.group(1):
            return False, "comptoir form (ASCII capitals, <= 18 columns, ' Dnn')", None, None, []
        desc, dept = m.group(1), m.group(2)
        toks = desc.split(" ")
        if toks[0] in C_TOK:
            meas, rest = C_TOK[toks[0]], toks[1:]
        else:
            meas, rest = (None if dept in ("10", "11", "12") else ("bottle", 75)), toks
        vm = re.fullmatch(r"M(\d\d)", rest[-1]) if rest else None
        vint = 2000 + int(vm.group(1)) if vm and len(rest) > 1 else None
        return True, "", meas, vint, words(" ".join(rest))
    if till == "kiosque":
        m = re.fullmatch(r"([VBASCNX])(\d\d) ([a-z0-9 ]+(?:/[a-z0-9 ]+)?)(?: - ([a-z0-9]+))?", label)
        if not m or (m.group(4) is not None and m.group(4) not in K_TOK):
            return False, "kiosque form (code, lower-case lines, ' - token')", None, None, []
        lines = m.group(3).split("/")
        if any(len(x) > 14 or x != x.strip() for x in lines):
            return False, "kiosque line over 14 columns", None, None, []
        meas = K_TOK[m.group(4)] if m.group(4) else None
        vm = re.search(r"\b((?:19|20)\d\d)\b", m.group(3))
        return True, "", meas, int(vm.group(1)) if vm else None, words(m.group(3))
    m = re.fullmatch(r"(.+) — (.+) — (\d+,\d\d) €((?: \+[^+]+)*)", label)
    if not m or (m.group(2) not in T_TOK and m.group(2) not in T_FOOD):
        return False, "tablette form ('name — measure — 0,00 €' [+modifiers])", None, None, []
    name = m.group(1)
    meas = T_TOK.get(m.group(2))
    vm = re.search(r" ((?:19|20)\d\d)$", name)
    return True, "", meas, int(vm.group(1)) if vm else None, words(name)


def shares_word(lw, e):
    ew = set(words(" ".join(x for x in (e["name"], e["producer"], e["appellation"]) if x)))
    ew -= STOP
    for w in lw:
        if w in STOP or re.fullmatch(r"(19|20)\d\d|m\d\d", w):
            continue
        if w in ew:
            return True
        if len(w) >= 3 and any(x.startswith(w) or (len(x) >= 4 and w.startswith(x)) for x in ew):
            return True
        if w in ABBREV and any(ABBREV[w] in x for x in ew):
            return True
    return False


# ------------------------------------------------------------------ the check
def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_lines, 1):
        try:
            lib.append(json.loads(line))
        except ValueError:
            errs.append("library line %d: invalid JSON" % i)
    for i, line in enumerate(case_lines, 1):
        try:
            cases.append(json.loads(line))
        except ValueError:
            errs.append("cases line %d: invalid JSON" % i)
    if errs:
        return errs
    # library
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks (110-130)" % len(lib))
    seen = set()
    for i, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            errs.append("library %d: field order" % i)
            continue
        if e["id"] != "gp%03d" % i:
            errs.append("library %d: id %s out of sequence" % (i, e["id"]))
        if e["category"] not in CATEGORIES or e["colour"] not in COLOURS:
            errs.append("%s: category/colour" % e["id"])
        if e["category"] in ("bière", "soft", "spiritueux") and e["colour"] is not None:
            errs.append("%s: colour on a %s" % (e["id"], e["category"]))
        if e["category"] in ("vin", "champagne") and e["colour"] is None:
            errs.append("%s: wine without colour" % e["id"])
        if e["category"] == "champagne" and e["colour"] not in ("effervescent", "rosé"):
            errs.append("%s: champagne colour" % e["id"])
        if not (e["vintage"] is None or (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030)):
            errs.append("%s: vintage" % e["id"])
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format" % e["id"])
        elif e["format_cl"] >= KEG and e["category"] != "bière":
            errs.append("%s: keg format on a non-beer" % e["id"])
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["vintage"], e["format_cl"])
        if k in seen:
            errs.append("%s: same drink twice" % e["id"])
        seen.add(k)
    byid = {e["id"]: e for e in lib if list(e) == LIB_FIELDS}

    def group(e):
        g = (e["name"], e["producer"], e["appellation"], e["colour"])
        return [x for x in byid.values() if (x["name"], x["producer"], x["appellation"], x["colour"]) == g]

    # cases
    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d (280-300)" % len(cases))
    labels = set()
    counts = {}
    for i, c in enumerate(cases, 1):
        where = "case %d %r" % (i, c.get("label"))
        if list(c) != CASE_FIELDS:
            errs.append(where + ": field order")
            continue
        if c["label"] in labels:
            errs.append(where + ": duplicate label")
        labels.add(c["label"])
        if c["connection"] not in TILLS or c["expect"] not in ("yes", "almost", "none"):
            errs.append(where + ": connection/expect")
            continue
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append(where + ": note")
        ok, why, meas, vint, lw = read_label(c["connection"], c["label"])
        if not ok:
            errs.append(where + ": " + why)
            continue
        if c["vintage"] != vint:
            errs.append(where + ": vintage %r, label reads %r" % (c["vintage"], vint))
        if "cut off by the till" in c["note"] and vint is not None:
            errs.append(where + ": 'cut off' note on a label with a vintage")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(where + ": none must have null id, [] also_ok, null units")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(where + ": unknown beverage_id")
            continue
        if meas is None:
            errs.append(where + ": a drink answer on a label with no measure")
            continue
        if not shares_word(lw, e):
            errs.append(where + ": shares no word, stem or abbreviation with %s" % e["id"])
        g = group(e)
        kind, vol = meas
        if kind == "bottle":
            size = vol
            if c["connection"] in ("comptoir", "kiosque", "tablette") and vol == 75 and e["category"] not in ("vin", "champagne"):
                errs.append(where + ": a bare bottle word on a non-wine")
            if e["format_cl"] != size:
                errs.append(where + ": bottle of %s cl answered with a %s cl entry" % (size, e["format_cl"]))
            want_units = 1
        elif kind == "pour":
            fmts = sorted({x["format_cl"] for x in g})
            ordinary = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
            if e["category"] in ("bière", "soft") or e["format_cl"] >= KEG:
                errs.append(where + ": a pour from a beer, soft or keg")
            if e["format_cl"] != ordinary:
                errs.append(where + ": a pour must come from the ordinary bottle (%s cl)" % ordinary)
            want_units = round(vol / e["format_cl"], 4)
        elif kind == "draught":
            if e["category"] != "bière" or e["format_cl"] < KEG:
                errs.append(where + ": draught only from a keg")
            want_units = round(vol / e["format_cl"], 4)
        else:  # bulk: a draught beer or the hot-wine bag
            if e["format_cl"] < 500 or e["category"] not in ("bière", "autre"):
                errs.append(where + ": a cup only from a keg or the hot-wine bag")
            want_units = round(vol / e["format_cl"], 4)
        if c["units_per_sale"] != want_units:
            errs.append(where + ": units %r, measure gives %r" % (c["units_per_sale"], want_units))
        cands = [x for x in g if x["format_cl"] == e["format_cl"]]
        vints = {x["vintage"]: x["id"] for x in cands}
        others = sorted(x["id"] for x in cands if x["id"] != e["id"])
        if c["expect"] == "yes":
            if vint is None:
                if len(cands) > 1 and e["vintage"] != max(v for v in vints if v is not None):
                    errs.append(where + ": no vintage on label: must be the most recent")
                if sorted(c["also_ok"]) != others:
                    errs.append(where + ": also_ok must list the other vintages")
            else:
                if e["vintage"] != vint:
                    errs.append(where + ": yes with a vintage not the entry's")
                if c["also_ok"]:
                    errs.append(where + ": yes with a vintage has empty also_ok")
        else:
            if vint is None or vint in vints:
                errs.append(where + ": almost needs a label vintage the wine does not hold")
            else:
                held = [v for v in vints if v is not None]
                best = min(held, key=lambda v: (abs(v - vint), -v)) if held else None
                if e["vintage"] != best:
                    errs.append(where + ": almost must be the nearest vintage (tie: more recent)")
                if sorted(c["also_ok"]) != others:
                    errs.append(where + ": almost also_ok must list the other vintages")
    n = len(cases) or 1
    for a, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(v for (t, b), v in counts.items() if b == a)
        if not lo <= 100.0 * k / n <= hi:
            errs.append("split: %s %.1f %% (%d-%d %%)" % (a, 100.0 * k / n, lo, hi))
    for t in TILLS:
        for a in ("yes", "almost", "none"):
            if not counts.get((t, a)):
                errs.append("till %s has no %s" % (t, a))
    return errs


def load():
    with open(os.path.join(HERE, "gap_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "gap_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


# ------------------------------------------------------------------ selftest
def selftest():
    lib, cases = load()
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    dump = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        for i, c in enumerate(C):
            if pred(c):
                return i
        raise SystemExit("selftest: no case for a break")

    def with_case(i, **kw):
        rows = [dict(c) for c in C]
        rows[i].update(kw)
        return dump(rows)

    breaks = []
    expect = {"invalid JSON": "invalid JSON", "field order": "field order", "id sequence": "sequence",
              "colour on a beer": "colour on a", "glass units": "units", "almost on a farther vintage": "nearest",
              "none with an id": "none must", "also_ok dropped": "also_ok", "duplicate label": "duplicate",
              "half answered with the 75 cl": "bottle of 37.5", "draught on a bottled beer": "draught only",
              "vintage not on the label": "label reads", "label sharing no word": "shares no word",
              "comptoir over 18 columns": "comptoir form", "kiosque line over 14": "over 14",
              "tablette without price": "tablette form", "till without almost": "has no almost",
              "too few cases": "(280-300)", "yes on a vintage not held": "yes with a vintage",
              "cut-off note on an uncut label": "cut off"}
    breaks.append(("invalid JSON", [*lib[:5], "{not json", *lib[5:]], cases))
    r = [dict(c) for c in C]
    r[3] = {k: r[3][k] for k in reversed(CASE_FIELDS)}
    breaks.append(("field order", lib, dump(r)))
    r = [dict(e) for e in L]
    r[10]["id"] = "gp099"
    breaks.append(("id sequence", dump(r), cases))
    r = [dict(e) for e in L]
    j = next(i for i, e in enumerate(r) if e["category"] == "bière")
    r[j]["colour"] = "blanc"
    breaks.append(("colour on a beer", dump(r), cases))
    i = first(lambda c: c["expect"] == "yes" and c["label"].startswith("VR "))
    breaks.append(("glass units", lib, with_case(i, units_per_sale=0.2)))
    i = first(lambda c: c["expect"] == "almost" and len(c["also_ok"]) >= 1)
    breaks.append(("almost on a farther vintage", lib,
                   with_case(i, beverage_id=C[i]["also_ok"][0],
                             also_ok=sorted([C[i]["beverage_id"], *C[i]["also_ok"][1:]]))))
    i = first(lambda c: c["expect"] == "none")
    breaks.append(("none with an id", lib, with_case(i, beverage_id="gp001")))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    breaks.append(("also_ok dropped", lib, with_case(i, also_ok=[])))
    r = [dict(c) for c in C]
    r[7]["label"] = r[6]["label"]
    breaks.append(("duplicate label", lib, dump(r)))
    i = first(lambda c: c["expect"] == "yes" and "Demi-bouteille" in c["label"])
    e = next(x for x in L if x["id"] == C[i]["beverage_id"])
    big = next(x for x in L if (x["name"], x["producer"]) == (e["name"], e["producer"]) and x["format_cl"] == 75)
    breaks.append(("half answered with the 75 cl", lib, with_case(i, beverage_id=big["id"])))
    i = first(lambda c: c["expect"] == "yes" and c["label"].startswith("DM "))
    bottled = next(x for x in L if x["category"] == "bière" and x["format_cl"] == 33)
    breaks.append(("draught on a bottled beer", lib, with_case(i, beverage_id=bottled["id"])))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None)
    breaks.append(("vintage not on the label", lib, with_case(i, vintage=C[i]["vintage"] - 1)))
    i = first(lambda c: c["expect"] == "yes" and c["connection"] == "kiosque" and "shot" in c["label"])
    breaks.append(("label sharing no word", lib, with_case(i, label="A55 zzz qqq - shot")))
    i = first(lambda c: c["connection"] == "comptoir" and c["expect"] == "none")
    breaks.append(("comptoir over 18 columns", lib, with_case(i, label="VR VIN DE PAYS DES ALPES D01")))
    i = first(lambda c: c["connection"] == "kiosque" and c["expect"] == "none")
    breaks.append(("kiosque line over 14", lib, with_case(i, label="N12 tartiflettegeante - btl")))
    i = first(lambda c: c["connection"] == "tablette" and c["expect"] == "none")
    breaks.append(("tablette without price", lib, with_case(i, label=C[i]["label"].split(" — ")[0] + " — Plat")))
    r = [dict(c) for c in C]
    for c in r:
        if c["connection"] == "kiosque" and c["expect"] == "almost":
            c.update(expect="none", beverage_id=None, also_ok=[], units_per_sale=None)
    breaks.append(("till without almost", lib, dump(r)))
    breaks.append(("too few cases", lib, cases[:250]))
    i = first(lambda c: c["expect"] == "almost")
    breaks.append(("yes on a vintage not held", lib, with_case(i, expect="yes")))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None and c["connection"] == "comptoir")
    breaks.append(("cut-off note on an uncut label", lib, with_case(i, note=C[i]["note"] + " [2022 cut off by the till]")))
    failed = 0
    clean = check(lib, cases)
    print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:3]))
    failed += bool(clean)
    for name, bl, bc in breaks:
        errs = [x for x in check(bl, bc) if expect[name] in x]
        print("%-32s %s" % (name, ("reported: " + errs[0])[:110] if errs else "NOT REPORTED"))
        failed += not errs
    print("%d breaks, %s" % (len(breaks), "all reported" if not failed else "%d problem(s)" % failed))
    return 1 if failed else 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    lib, cases = load()
    errs = check(lib, cases)
    for e in errs:
        print(e)
    if errs:
        print("%d problem(s)" % len(errs))
        sys.exit(1)
    C = [json.loads(x) for x in cases]
    print("OK: %d drinks, %d cases" % (len(lib), len(C)))
    for t in TILLS:
        print("  %-9s" % t, {a: sum(1 for c in C if c["connection"] == t and c["expect"] == a)
                             for a in ("yes", "almost", "none")})


if __name__ == "__main__":
    main()
