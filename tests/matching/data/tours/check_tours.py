#!/usr/bin/env python3
"""Check the "Le Balto" (Tours) held-out set from its two jsonl files alone.

python3 check_tours.py [library.jsonl cases.jsonl]   check the files (default: beside this script)
python3 check_tours.py --selftest                    break copies on purpose, show each is caught
"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("zinc", "salle", "web")
SALLE_FAMS = {"rge", "blc", "rse", "bul", "pres", "bib", "ape", "alc", "sft", "chd", "cuis", "div"}
# staff short forms accepted as sharing a word with the entry
ABBR = {"cdr": "rhône", "vouv": "vouvray", "sanc": "sancerre", "stnic": "nicolas", "st-nic": "nicolas",
        "stnicolas": "nicolas", "tour": "touraine", "sauv": "sauvignon", "kro": "kronenbourg",
        "grim": "grimbergen", "despe": "desperados", "rge": "rouge", "blc": "blanc", "bl": "blanc",
        "ch": "château", "calva": "calvados", "d.sec": "demi-sec"}
POUR_VOL = {"vre": 12.5, "cp": 12.5, "vre12": 12.0, "p25": 25.0, "p50": 50.0, "dose": 4.0, "d2": 2.0,
            "demi": 25.0, "pinte": 50.0}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rows.append((n, line))
    return rows


def parse(rows, errs, what):
    out = []
    for n, line in rows:
        try:
            out.append(json.loads(line, object_pairs_hook=lambda p: p))
        except ValueError as e:
            errs.append("%s line %d: bad JSON (%s)" % (what, n, e))
            out.append(None)
    return out


def label_vintage(till, label):
    if till == "zinc":
        if re.match(r"(DOSE|PRESS|BTL) ", label):
            return None
        m = re.search(r" (\d\d)$", label)
    elif till == "salle":
        m = re.search(r" '(\d\d) ", label)
    else:
        m = re.search(r"^\d{4} .* ((?:19|20)\d\d)(?: - |$)", label)
    if not m:
        return None
    y = int(m.group(1))
    return y + (2000 if y <= 30 else 1900) if y < 100 else y


def label_measure(till, label):
    """The measure printed on the label: (code, cl or None)."""
    if till == "zinc":
        for pre, code in (("PRESS DEMI ", "demi"), ("PRESS PINTE ", "pinte"), ("1/2 ", "half"),
                          ("MAG ", "mag"), ("VRE ", "vre"), ("CP ", "cp"), ("PICH25 ", "p25"),
                          ("PICH50 ", "p50"), ("DOSE ", "dose")):
            if label.startswith(pre):
                return code, None
        if label.startswith("BTL "):
            m = re.search(r" (\d+(?:\.\d+)?)CL$", label)
            return ("cl", float(m.group(1))) if m else ("bib", None)
        return "", None
    if till == "salle":
        body = re.sub(r" \d+,\d0$", "", label)
        for word, code in ((" pichet 25", "p25"), (" pichet 50", "p50"), (" 1/2btl", "half"),
                           (" mag", "mag"), (" verre", "vre"), (" coupe", "cp"), (" dose", "dose"),
                           (" 2cl", "d2"), (" demi", "demi"), (" pinte", "pinte"), (" btl", "btl")):
            if body.endswith(word):
                return code, None
        m = re.search(r" (\d+(?:\.\d+)?)cl$", body)
        return ("cl", float(m.group(1))) if m else ("", None)
    m = re.search(r" - (.*)$", label)
    if not m:
        return "", None
    v = m.group(1)
    table = {"Bouteille 75cl": "btl", "Demi-bouteille 37,5cl": "half", "Magnum 150cl": "mag",
             "Verre": "vre", "Verre 12cl": "vre12", "Pichet 25cl": "p25", "Pichet 50cl": "p50",
             "Coupe": "cp", "Dose 4cl": "dose", "Dose 2cl": "d2", "Demi 25cl": "demi",
             "Pinte 50cl": "pinte"}
    if v in table:
        return table[v], None
    m = re.match(r"Bouteille (\d+(?:,\d+)?)cl$", v)
    if m:
        return "cl", float(m.group(1).replace(",", "."))
    return "?", None


def shares_word(label, e):
    words = set()
    for f in ("name", "producer", "appellation"):
        if e[f]:
            words |= {w for w in re.split(r"[\s'’.,()-]+", fold(e[f])) if len(w) >= 2}
    toks = [t for t in re.split(r"[\s]+", fold(label)) if t]
    for t in toks:
        for part in [t, *re.split(r"[.\-]", t)]:
            if not part or (part.isdigit() and len(part) == 4 and part.startswith(("19", "20")) \
                    and part not in words):
                continue
            if part in ABBR and fold(ABBR[part]) in words:
                return True
            for w in words:
                if len(w) < 3 and not w.isdigit():
                    continue
                if part == w or (len(part) >= 4 and w.startswith(part)) or (len(w) >= 4 and w in part):
                    return True
    return False


def check(lib_rows, case_rows, quiet=False):
    errs = []
    lib = parse(lib_rows, errs, "library")
    cases = parse(case_rows, errs, "cases")
    if errs:
        return errs
    by_id, seen = {}, set()
    for n, p in enumerate(lib, 1):
        keys = [k for k, _ in p]
        e = dict(p)
        if keys != LIB_FIELDS:
            errs.append("library %d: fields %s" % (n, keys))
            continue
        if e["id"] != "tb%03d" % n:
            errs.append("library %d: id %s out of sequence" % (n, e["id"]))
        if e["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (e["id"], e["category"]))
        wine = e["category"] in ("vin", "champagne")
        if (wine and e["colour"] not in COLOURS) or (not wine and e["colour"] is not None):
            errs.append("%s: colour %r for %s" % (e["id"], e["colour"], e["category"]))
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            errs.append("%s: vintage %r" % (e["id"], e["vintage"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format %r" % (e["id"], e["format_cl"]))
        if e["category"] == "bière" and e["format_cl"] >= 2000 and e["format_cl"] not in (2000, 3000):
            errs.append("%s: keg of %s cl" % (e["id"], e["format_cl"]))
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen:
            errs.append("%s: duplicate entry" % e["id"])
        seen.add(k)
        by_id[e["id"]] = e
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, want 110-130" % len(lib))

    def siblings(e):
        return [x for x in by_id.values() if all(x[f] == e[f] for f in
                ("name", "producer", "appellation", "colour", "format_cl"))]

    labels, counts = set(), {}
    for n, p in enumerate(cases, 1):
        keys = [k for k, _ in p]
        c = dict(p)
        if keys != CASE_FIELDS:
            errs.append("case %d: fields %s" % (n, keys))
            continue
        lab, till, exp = c["label"], c["connection"], c["expect"]
        tag = "case %d %r" % (n, lab)
        if lab in labels:
            errs.append(tag + ": duplicate label")
        labels.add(lab)
        if not c["note"]:
            errs.append(tag + ": empty note")
        if till not in TILLS:
            errs.append(tag + ": connection %r" % till)
            continue
        if exp not in ("yes", "almost", "none"):
            errs.append(tag + ": expect %r" % exp)
            continue
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        # each till's form
        if till == "zinc":
            if len(lab) > 16 or lab != lab.upper() or not re.fullmatch(r"[A-Z0-9 ./'-]+", lab) \
                    or lab != lab.strip():
                errs.append(tag + ": not a 16-column ASCII capital zinc label")
        elif till == "salle":
            m = re.fullmatch(r"([a-z]+)-[a-z0-9 .'/-]+ \d+,\d0", lab)
            if not m or m.group(1) not in SALLE_FAMS:
                errs.append(tag + ": not a salle label (family-, lower case, price)")
        else:
            if not re.fullmatch(r"[3-8]\d{3} [A-ZÀ-Ý0-9].*", lab) or re.search(r"\d+,\d\d$", lab) \
                    or lab == lab.upper():
                errs.append(tag + ": not a web label (PLU, Title case, no price)")
        vint = label_vintage(till, lab)
        if c["vintage"] != vint:
            errs.append(tag + ": vintage %r, label reads %r" % (c["vintage"], vint))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(tag + ": none with an id, also_ok or units")
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append(tag + ": unknown beverage_id %r" % c["beverage_id"])
            continue
        sib = siblings(e)
        others = sorted(x["id"] for x in sib if x is not e)
        if any(a not in by_id for a in c["also_ok"]):
            errs.append(tag + ": unknown id in also_ok")
        if sorted(c["also_ok"]) != others and not (exp == "yes" and vint is not None and e["vintage"]):
            errs.append(tag + ": also_ok %s, other vintages %s" % (c["also_ok"], others))
        vints = [x["vintage"] for x in sib]
        if exp == "yes":
            if vint is not None and e["vintage"] is not None:
                if e["vintage"] != vint:
                    errs.append(tag + ": yes on %s, label says %d" % (e["vintage"], vint))
                if c["also_ok"]:
                    errs.append(tag + ": yes with a vintage must have empty also_ok")
            elif e["vintage"] is not None and e["vintage"] != max(vints):
                errs.append(tag + ": yes without vintage must be the most recent")
        else:
            if vint is None or e["vintage"] is None or vint in vints:
                errs.append(tag + ": almost needs a label vintage not held")
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append(tag + ": almost on %s, nearest is %s" % (e["vintage"], best))
        if till == "salle":
            fam = lab.split("-", 1)[0]
            want = {"rouge": "rge", "blanc": "blc", "rosé": "rse", "effervescent": "bul"}.get(e["colour"])
            if e["category"] == "bière":
                want = "pres" if e["format_cl"] >= 2000 else "bib"
            elif e["category"] == "soft":
                want = "sft"
            elif e["category"] in ("spiritueux", "autre"):
                want = ("ape", "alc")
            if fam != want and fam not in (want if isinstance(want, tuple) else ()):
                errs.append(tag + ": salle family %s for a %s %s" % (fam, e["colour"], e["category"]))
        if not shares_word(lab, e):
            errs.append(tag + ": shares no word with %s" % e["name"])
        # format and units against the printed measure
        code, cl = label_measure(till, lab)
        f, cat = e["format_cl"], e["category"]
        wine = cat in ("vin", "champagne")
        fmts = sorted({x["format_cl"] for x in by_id.values() if x["name"] == e["name"]
                       and x["producer"] == e["producer"] and x["colour"] == e["colour"]})
        if code in POUR_VOL:
            units = round(POUR_VOL[code] / f, 4)
            if code in ("demi", "pinte") and not (cat == "bière" and f >= 2000):
                errs.append(tag + ": draught measure on a non-keg entry")
            if code in ("dose", "d2") and cat not in ("spiritueux", "autre"):
                errs.append(tag + ": dose of a %s" % cat)
            if code in ("vre", "vre12", "cp", "p25", "p50") and (not wine or
                                                                 f != (75 if 75 in fmts else fmts[0])):
                errs.append(tag + ": pour not from the ordinary bottle")
        else:
            units = 1
            if (code == "half" and f != 37.5) or (code == "mag" and f != 150):
                errs.append(tag + ": %s answered with a %s cl entry" % (code, f))
            if code in ("btl", "") and wine and f != 75:
                errs.append(tag + ": bottle answered with a %s cl entry" % f)
            if code == "cl" and float(f) != cl:
                errs.append(tag + ": %s cl answered with a %s cl entry" % (cl, f))
            if code in ("bib", "", "btl", "cl") and cat == "bière" and f >= 2000:
                errs.append(tag + ": bottle answered with a keg")
            if code == "?":
                errs.append(tag + ": unknown measure")
        if c["units_per_sale"] != units:
            errs.append(tag + ": units %r, measure gives %r" % (c["units_per_sale"], units))
    total = sum(counts.values())
    if not 280 <= total <= 300:
        errs.append("cases: %d, want 280-300" % total)
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(v for (t, x), v in counts.items() if x == exp)
        if total and not lo <= 100.0 * k / total <= hi:
            errs.append("cases: %s %.1f %% outside %d-%d %%" % (exp, 100.0 * k / total, lo, hi))
    for t in TILLS:
        for exp in ("yes", "almost", "none"):
            if not counts.get((t, exp)):
                errs.append("till %s has no %s case" % (t, exp))
    if not quiet and not errs:
        print("library %d drinks, %d cases" % (len(lib), total))
        for t in TILLS:
            print("  %-6s" % t, " ".join("%s %d" % (x, counts.get((t, x), 0)) for x in ("yes", "almost", "none")))
    return errs


def selftest(lib_path, case_path):
    lib = [l for _, l in read_jsonl(lib_path)]
    cs = [l for _, l in read_jsonl(case_path)]
    if check(list(enumerate(lib, 1)), list(enumerate(cs, 1)), quiet=True):
        print("clean files do not pass")
        return 1
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cs]

    def find(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def dumpl(rows):
        return [json.dumps(r, ensure_ascii=False) + "\n" for r in rows]

    breaks = []

    def brk(name, fn, on_lib=False):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        fn(l2, c2)
        breaks.append((name, dumpl(l2), dumpl(c2)))

    def set_(pred, **kw):
        def f(l2, c2):
            i = find(pred)
            c2[i].update(kw)
        return f
    brk("glass units", set_(lambda c: c["label"].startswith("VRE ") and c["expect"] == "yes",
                             units_per_sale=1))
    ia = find(lambda c: c["expect"] == "almost" and c["also_ok"])
    brk("almost on the farther vintage", lambda l2, c2: c2[ia].update(
        beverage_id=C[ia]["also_ok"][0], also_ok=[C[ia]["beverage_id"]]))
    brk("cut vintage kept", set_(lambda c: "cut off" in c["note"], vintage=2022))
    brk("none with an id", set_(lambda c: c["expect"] == "none", beverage_id="tb001"))
    brk("zinc label lower case and too long", lambda l2, c2: c2[find(
        lambda c: c["connection"] == "zinc")].update(label="vre vouvray sec aubuisieres"))
    brk("salle label without price", lambda l2, c2: c2[find(
        lambda c: c["connection"] == "salle")].update(label=re.sub(r" \d+,\d0$", "", C[find(
            lambda c: c["connection"] == "salle")]["label"])))
    brk("fields out of order", lambda l2, c2: c2.__setitem__(0, {k: c2[0][k] for k in
                                                                 reversed(CASE_FIELDS)}))
    ih = find(lambda c: c["label"].startswith("1/2 ") and c["expect"] == "yes")
    brk("half bottle answered with the 75 cl entry", lambda l2, c2: c2[ih].update(
        beverage_id=next(e["id"] for e in L if e["name"] == next(
            x for x in L if x["id"] == C[ih]["beverage_id"])["name"] and e["format_cl"] == 75)))
    brk("also_ok dropped", set_(lambda c: c["expect"] == "yes" and c["also_ok"], also_ok=[]))
    brk("library id out of sequence", lambda l2, c2: l2[5].update(id="tb099"))
    brk("duplicate label", lambda l2, c2: c2[1].update(label=c2[0]["label"]))
    brk("draught demi answered with a bottle", set_(lambda c: c["label"] == "PRESS DEMI 1664",
                                                    beverage_id=next(e["id"] for e in L if e["name"] == "Kronenbourg 1664 Blanc")))
    brk("salle family wrong", lambda l2, c2: c2[find(lambda c: c["label"].startswith("rge-") and
                                                     c["expect"] == "yes")].update(
        label="rse-" + C[find(lambda c: c["label"].startswith("rge-") and c["expect"] == "yes")]["label"][4:]))
    brk("wine without colour", lambda l2, c2: l2[0].update(colour=None))
    brk("yes on a vintage other than the label's", set_(
        lambda c: c["expect"] == "yes" and c["connection"] == "web" and c["vintage"] == 2022
        and c["label"].startswith(tuple("0123456789")) and "Vouvray Demi" in c["label"],
        beverage_id="tb004"))
    brk("too few cases", lambda l2, c2: c2.__delitem__(slice(0, 40)))
    bad = 0
    for name, l2, c2 in breaks:
        errs = check(list(enumerate(l2, 1)), list(enumerate(c2, 1)), quiet=True)
        print("%-45s %s" % (name, ("caught: " + errs[0][:90]) if errs else "NOT CAUGHT"))
        bad += not errs
    print("%d breaks, %d caught; clean files pass" % (len(breaks), len(breaks) - bad))
    return 1 if bad else 0


def main():
    args = [a for a in sys.argv[1:] if a != "--selftest"]
    lp = args[0] if args else os.path.join(HERE, "tours_library.jsonl")
    cp = args[1] if len(args) > 1 else os.path.join(HERE, "tours_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(selftest(lp, cp))
    errs = check(read_jsonl(lp), read_jsonl(cp))
    for e in errs:
        print(e)
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
