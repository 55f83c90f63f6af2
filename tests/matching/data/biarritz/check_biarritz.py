#!/usr/bin/env python3
"""Check biarritz_library.jsonl and biarritz_cases.jsonl alone (not the build).

    python3 check_biarritz.py             # check the files beside this script
    python3 check_biarritz.py --selftest  # break copies on purpose, show each is reported
"""
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "salle", "truck")

# measure -> (kind, volume)
MEAS = {
    "btl": ("bottle", None), "half": ("bottle", 37.5), "mag": ("bottle", 150),
    "c25": ("bottle", 25), "c33": ("bottle", 33), "c355": ("bottle", 35.5),
    "c375": ("bottle", 37.5), "c50": ("bottle", 50), "c70": ("bottle", 70),
    "c100": ("bottle", 100), "glass": ("pour", 12.5), "g15": ("pour", 15),
    "coupe": ("pour", 12.5), "p25": ("pour", 25), "p50": ("pour", 50),
    "dose": ("dose", 4), "d2": ("dose", 2), "demi": ("draught", 25), "pinte": ("draught", 50)}
C_MOD = {"BTL": "btl", "1/2": "half", "MAG": "mag", "VRE": "glass", "VRE15": "g15", "CP": "coupe",
         "P25": "p25", "P50": "p50", "DOSE": "dose", "2CL": "d2", "DEMI": "demi", "PINTE": "pinte",
         "25CL": "c25", "33CL": "c33", "35.5CL": "c355", "37.5CL": "c375", "50CL": "c50",
         "70CL": "c70", "1L": "c100"}
S_PARENT = {"BOUTEILLE": "btl", "DEMI-BOUTEILLE": "half", "MAGNUM": "mag", "VERRE": "glass",
            "VERRE 15CL": "g15", "COUPE": "coupe", "PICHET 25CL": "p25", "PICHET 50CL": "p50",
            "DOSE": "dose", "DOSE 2CL": "d2", "PRESSION DEMI": "demi", "PRESSION PINTE": "pinte",
            "BOUTEILLE 25CL": "c25", "BOUTEILLE 33CL": "c33", "BOUTEILLE 35,5CL": "c355",
            "BOUTEILLE 37,5CL": "c375", "BOUTEILLE 50CL": "c50", "BOUTEILLE 70CL": "c70",
            "BOUTEILLE 1L": "c100"}
T_VARIANT = {"Bottle": "btl", "Half bottle": "half", "Magnum": "mag", "Glass": "glass",
             "Glass 15cl": "g15", "Coupe": "coupe", "Jug 25cl": "p25", "Jug 50cl": "p50",
             "Shot": "dose", "Shot 2cl": "d2", "Tap 25cl": "demi", "Tap 50cl": "pinte",
             "25cl": "c25", "33cl": "c33", "35.5cl": "c355", "Stubby 375ml": "c375",
             "50cl": "c50", "70cl": "c70", "1L": "c100"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def dept(e):
    if e["category"] == "champagne":
        return 3
    if e["category"] == "vin":
        return 1 if e["colour"] == "rouge" else 2
    if e["category"] == "bière" or (e["category"] == "autre" and "idr" in (e["appellation"] or "")):
        return 4
    if e["category"] in ("spiritueux", "autre"):
        return 5
    return 6


def read_label(till, label, errs):
    """-> (measure or None, vintage or None, info dict); reports form errors."""
    info = {}
    if till == "comptoir":
        m = re.fullmatch(r"(\d)(\d\d) ([A-Z0-9 ./]+?)(?:\*([0-9A-Z./]+))?", label)
        if not m:
            errs.append("comptoir form: %r" % label)
            return None, None, info
        desc, mod = m.group(3), m.group(4)
        if len(desc) > 16:
            errs.append("comptoir descriptor over 16: %r" % label)
        if mod is not None and mod not in C_MOD:
            errs.append("comptoir unknown modifier: %r" % label)
        info.update(dept=int(m.group(1)), desc=desc)
        meas = C_MOD.get(mod)
        vm = re.search(r"(?<![\w.])(\d\d)$", desc)
        v = None
        if vm:
            yy = int(vm.group(1))
            v = 2000 + yy if yy <= 30 else 1900 + yy
        return meas, v, info
    if till == "salle":
        if not re.search(r" \+ ", label):
            if label != label.upper():
                errs.append("salle line without option not in capitals: %r" % label)
            return None, None, info
        m = re.fullmatch(r"([A-Z0-9 ,'-]+?) \+ (\S.*?)( \(\+\d+,\d\d\))?", label)
        if not m:
            errs.append("salle form: %r" % label)
            return None, None, info
        meas = S_PARENT.get(m.group(1))
        if m.group(3) and meas not in ("glass", "g15", "coupe", "btl"):
            errs.append("salle supplement on %r" % label)
        info.update(parent=m.group(1), supp=bool(m.group(3)))
        vm = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", m.group(2))
        return meas, int(vm.group(1)) if vm else None, info
    m = re.fullmatch(r"(.+) - (.+)", label)
    if not m:
        return None, None, info
    name = m.group(1)
    info.update(name=name)
    if len(name) > 18 or (name.endswith("…") and len(name) != 18 and not name.endswith(" …")
                          and len(name.rstrip("…")) > 17):
        errs.append("truck button over 18: %r" % label)
    if "…" in name[:-1]:
        errs.append("truck ellipsis inside: %r" % label)
    vm = re.search(r"'(\d\d)(?!\d)", name)
    return T_VARIANT.get(m.group(2)), 2000 + int(vm.group(1)) if vm else None, info


def check(libpath, casepath):
    errs = []
    lib, cases = [], []
    for path, rows, fields in ((libpath, lib, LIB_FIELDS), (casepath, cases, CASE_FIELDS)):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    obj = json.loads(line)
                except ValueError:
                    errs.append("%s:%d invalid JSON" % (os.path.basename(path), n))
                    continue
                if list(obj) != fields:
                    errs.append("%s:%d fields out of order" % (os.path.basename(path), n))
                rows.append(obj)
    if errs:
        return errs
    # library
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    byid, seen = {}, set()
    for i, e in enumerate(lib, 1):
        if e["id"] != "bi%03d" % i:
            errs.append("library id out of sequence: %s at %d" % (e["id"], i))
        byid[e["id"]] = e
        if e["category"] not in CATEGORIES:
            errs.append("%s category %r" % (e["id"], e["category"]))
        wine = e["category"] in ("vin", "champagne")
        if wine != (e["colour"] is not None) or (e["colour"] is not None and e["colour"] not in COLOURS):
            errs.append("%s colour %r on %s" % (e["id"], e["colour"], e["category"]))
        if e["format_cl"] >= 2000 and e["category"] != "bière":
            errs.append("%s keg format on a non-beer" % e["id"])
        if e["vintage"] is not None and not wine:
            errs.append("%s vintage on a non-wine" % e["id"])
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen:
            errs.append("%s duplicate entry" % e["id"])
        seen.add(k)
    group = defaultdict(list)    # same wine = name, producer, appellation, colour, format
    formats = defaultdict(set)   # same drink in every format
    for e in lib:
        group[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])].append(e)
        formats[(e["name"], e["producer"], e["appellation"], e["colour"])].add(e["format_cl"])
    # cases
    if not 280 <= len(cases) <= 300:
        errs.append("case count %d" % len(cases))
    labels = Counter(c["label"] for c in cases)
    for lab, n in labels.items():
        if n > 1:
            errs.append("duplicate label %r" % lab)
    for c in cases:
        lab, till = c["label"], c["connection"]
        if till not in TILLS:
            errs.append("unknown connection %r" % till)
            continue
        if not c["note"]:
            errs.append("empty note: %r" % lab)
        meas, v, info = read_label(till, lab, errs)
        if c["vintage"] != v:
            errs.append("vintage %r not what the label says (%r): %r" % (c["vintage"], v, lab))
        if "cut off by the till" in c["note"]:
            if till == "comptoir" and len(info.get("desc", "")) + 3 <= 16:
                errs.append("cut-off note on a short label: %r" % lab)
            if till == "truck" and not info.get("name", "").endswith("…"):
                errs.append("cut-off note on an uncut label: %r" % lab)
            if c["vintage"] is not None:
                errs.append("cut-off note but a vintage: %r" % lab)
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append("none with an answer: %r" % lab)
            if till == "comptoir" and info.get("dept") in (1, 2, 3, 4, 5, 6) and meas is None \
                    and info.get("dept") != 5:
                errs.append("comptoir drink without measure: %r" % lab)
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append("expect %r" % c["expect"])
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("unknown beverage_id %r" % c["beverage_id"])
            continue
        if meas is None:
            errs.append("yes/almost without a measure: %r" % lab)
            continue
        # format and units
        fmts = formats[(e["name"], e["producer"], e["appellation"], e["colour"])]
        nonkeg = sorted(f for f in fmts if f < 2000)
        kind, vol = MEAS[meas]
        u = c["units_per_sale"]
        if kind == "bottle":
            want = vol if vol is not None else (75 if (e["colour"] or 75 in nonkeg) else
                                                (nonkeg[0] if len(nonkeg) == 1 else None))
            if e["format_cl"] != want:
                errs.append("format %s not the label's %s: %r" % (e["format_cl"], want, lab))
            if u != 1:
                errs.append("bottle units %r: %r" % (u, lab))
        else:
            if kind == "pour":
                want = 75 if 75 in fmts else (nonkeg[0] if len(nonkeg) == 1 else None)
            elif kind == "dose":
                want = nonkeg[0] if len(nonkeg) == 1 and e["category"] in ("spiritueux", "autre") else None
            else:
                want = e["format_cl"] if e["format_cl"] >= 2000 else None
            if e["format_cl"] != want:
                errs.append("%s poured from %s cl, want %s: %r" % (kind, e["format_cl"], want, lab))
            if u != round(vol / e["format_cl"], 4):
                errs.append("units %r, want %r: %r" % (u, round(vol / e["format_cl"], 4), lab))
        # vintage rules
        g = group[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])]
        vs = sorted(x["vintage"] for x in g if x["vintage"] is not None)
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        if c["expect"] == "yes":
            if v is not None:
                if e["vintage"] != v:
                    errs.append("yes on vintage %r, label %r: %r" % (e["vintage"], v, lab))
                if c["also_ok"]:
                    errs.append("yes with a vintage has also_ok: %r" % lab)
            else:
                if vs and e["vintage"] != vs[-1]:
                    errs.append("yes without vintage not the most recent: %r" % lab)
                if sorted(c["also_ok"]) != others:
                    errs.append("also_ok %r, want %r: %r" % (c["also_ok"], others, lab))
        else:
            if v is None or not vs or v in vs:
                errs.append("almost without a missing vintage: %r" % lab)
            else:
                best = sorted(vs, key=lambda x: (abs(x - v), -x))[0]
                if e["vintage"] != best:
                    errs.append("almost on %r, nearest is %r: %r" % (e["vintage"], best, lab))
                if sorted(c["also_ok"]) != others:
                    errs.append("also_ok %r, want %r: %r" % (c["also_ok"], others, lab))
        # the label names the drink
        ltoks = set(re.findall(r"[a-z0-9]+", fold(lab)))
        etoks = {t for t in re.findall(r"[a-z0-9]+", fold(" ".join(
            [e["name"], e["producer"], e["appellation"] or ""]))) if len(t) >= 3}
        ok = any(t in ltoks or any(len(lt) >= 4 and (t.startswith(lt) or t in lt) for lt in ltoks)
                 for t in etoks)
        if not ok:
            errs.append("label shares no word with %s: %r" % (e["id"], lab))
        if till == "comptoir" and info.get("dept") != dept(e):
            errs.append("comptoir department %r for %s: %r" % (info.get("dept"), e["category"], lab))
    cnt = Counter(c["expect"] for c in cases)
    n = len(cases) or 1
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * cnt[k] / n <= hi:
            errs.append("%s share %.1f %% outside %d-%d" % (k, 100.0 * cnt[k] / n, lo, hi))
    by = Counter((c["connection"], c["expect"]) for c in cases)
    for t in TILLS:
        for k in ("yes", "almost", "none"):
            if not by[(t, k)]:
                errs.append("till %s has no %s" % (t, k))
    return errs


def selftest():
    lib0 = open(os.path.join(HERE, "biarritz_library.jsonl"), encoding="utf-8").read().splitlines()
    cas0 = open(os.path.join(HERE, "biarritz_cases.jsonl"), encoding="utf-8").read().splitlines()
    C = [json.loads(l) for l in cas0]
    L = [json.loads(l) for l in lib0]

    def find(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def mod_case(pred, fn):
        rows = [dict(c) for c in C]
        i = find(pred)
        fn(rows[i])
        return lib0, dump(rows)

    def byid(i):
        return next(e for e in L if e["id"] == i)

    def sibling_half(c):
        e = byid(c["beverage_id"])
        h = next(x for x in L if x["name"] == e["name"] and x["format_cl"] == 37.5)
        c["beverage_id"] = h["id"]

    breaks = []
    breaks.append(("invalid JSON", "invalid JSON", (lib0, [*cas0[:5], '{"label": ', *cas0[6:]])))
    r = [dict(c) for c in C]
    r[3] = {k: r[3][k] for k in reversed(CASE_FIELDS)}
    breaks.append(("fields out of order", "fields out of order", (lib0, dump(r))))
    l2 = list(lib0)
    l2[4], l2[5] = l2[5], l2[4]
    breaks.append(("library id out of sequence", "out of sequence", (l2, cas0)))
    l3 = [dict(e) for e in L]
    next(e for e in l3 if e["category"] == "bière")["colour"] = "blanc"
    breaks.append(("colour on a beer", "colour", (dump(l3), cas0)))
    breaks.append(("glass units", "units", mod_case(
        lambda c: c["label"].endswith("*VRE") and c["expect"] == "yes",
        lambda c: c.update(units_per_sale=0.2))))
    breaks.append(("almost on the farther vintage", "nearest", mod_case(
        lambda c: c["expect"] == "almost" and c["also_ok"],
        lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))))
    breaks.append(("yes on the sibling vintage", "yes on vintage", mod_case(
        lambda c: c["expect"] == "yes" and c["vintage"] and byid(c["beverage_id"])["name"] == "Château Montus"
        and byid(c["beverage_id"])["format_cl"] == 75,
        lambda c: c.update(beverage_id=next(e["id"] for e in L if e["name"] == "Château Montus"
                                            and e["format_cl"] == 75 and e["vintage"] != c["vintage"])))))
    breaks.append(("none with an id", "none with an answer", mod_case(
        lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="bi001"))))
    breaks.append(("also_ok dropped", "also_ok", mod_case(
        lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[]))))
    r = [dict(c) for c in C]
    r[10] = dict(r[10], label=r[9]["label"])
    breaks.append(("duplicate label", "duplicate label", (lib0, dump(r))))
    breaks.append(("half answered with the 75 cl entry", "format", mod_case(
        lambda c: c["label"].startswith("DEMI-BOUTEILLE + ") and c["expect"] == "yes"
        and "Batailley" in c["label"],
        lambda c: c.update(beverage_id=next(e["id"] for e in L if e["name"] == "Château Batailley"
                                            and e["format_cl"] == 75)))))
    breaks.append(("draught demi on the bottled beer", "poured from", mod_case(
        lambda c: c["label"].endswith("Tap 25cl") and c["expect"] == "yes",
        lambda c: c.update(beverage_id=next(e["id"] for e in L if e["name"] == byid(c["beverage_id"])["name"]
                                            and e["format_cl"] == 33)))))
    breaks.append(("vintage field not on the label", "not what the label says", mod_case(
        lambda c: c["vintage"] is None and c["expect"] == "yes", lambda c: c.update(vintage=2019))))
    breaks.append(("label sharing no word", "shares no word", mod_case(
        lambda c: c["connection"] == "truck" and c["expect"] == "yes" and c["label"].endswith("- Glass"),
        lambda c: c.update(label="Vino Tinto - Glass"))))
    breaks.append(("comptoir descriptor too long", "over 16", mod_case(
        lambda c: c["connection"] == "comptoir" and c["expect"] == "none" and "*" not in c["label"],
        lambda c: c.update(label=c["label"] + " AVEC SUPPLEMENT"))))
    breaks.append(("truck button too long", "over 18", mod_case(
        lambda c: c["connection"] == "truck" and c["expect"] == "none" and " - " in c["label"],
        lambda c: c.update(label=c["label"].replace(" - ", " Extra Large Special - ")))))
    breaks.append(("salle supplement on a magnum", "supplement", mod_case(
        lambda c: c["label"].startswith("MAGNUM + "), lambda c: c.update(label=c["label"] + " (+5,00)"))))
    breaks.append(("comptoir department against the entry", "department", mod_case(
        lambda c: c["connection"] == "comptoir" and c["expect"] == "yes" and c["label"].startswith("1"),
        lambda c: c.update(label="2" + c["label"][1:]))))
    breaks.append(("too few cases", "case count", (lib0, cas0[:200])))
    breaks.append(("a till without almost", "has no almost", (lib0, dump(
        [c for c in C if not (c["connection"] == "salle" and c["expect"] == "almost")]))))
    breaks.append(("half bottle from a wine without one", "format", mod_case(
        lambda c: c["label"] == "201 CHANT VIGNES*1/2" or c["label"].endswith("CHANT VIGNES*1/2"),
        lambda c: c.update(expect="yes", beverage_id=next(e["id"] for e in L if e["name"] == "Chant des Vignes"),
                           also_ok=[], units_per_sale=1))))
    tmp = tempfile.mkdtemp()
    failed = 0
    try:
        lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
        for name, expect, (lrows, crows) in breaks:
            with open(lp, "w", encoding="utf-8") as f:
                f.write("\n".join(lrows) + "\n")
            with open(cp, "w", encoding="utf-8") as f:
                f.write("\n".join(crows) + "\n")
            errs = check(lp, cp)
            hit = [e for e in errs if expect in e]
            print("%-4s %-40s %s" % ("ok" if hit else "MISS", name, hit[0] if hit else errs[:2]))
            failed += not hit
        clean = check(os.path.join(HERE, "biarritz_library.jsonl"), os.path.join(HERE, "biarritz_cases.jsonl"))
        print("%-4s %-40s %s" % ("ok" if not clean else "FAIL", "clean files pass", clean[:3]))
        failed += bool(clean)
    finally:
        shutil.rmtree(tmp)
    print("selftest: %d kinds of break, %s" % (len(breaks), "all reported" if not failed else "%d FAILED" % failed))
    return failed


def main():
    if "--selftest" in sys.argv:
        sys.exit(1 if selftest() else 0)
    errs = check(os.path.join(HERE, "biarritz_library.jsonl"), os.path.join(HERE, "biarritz_cases.jsonl"))
    for e in errs:
        print(e)
    if errs:
        print("FAILED: %d problems" % len(errs))
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
