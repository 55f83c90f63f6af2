#!/usr/bin/env python3
"""Check the Vitre blind set using only vitre_library.jsonl and vitre_cases.jsonl.

    python3 check_vitre.py              # validate the two files
    python3 check_vitre.py --selftest   # break copies on purpose, show each is caught
"""
import json
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "vitre_library.jsonl")
CASES = os.path.join(HERE, "vitre_cases.jsonl")

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("BAR", "RESTO", "COMPTA")
ACCOUNTS = {"707100", "707110", "707120", "706100", "708800"}

# measure as printed -> (kind, volume cl): kind in bottle, half, mag, vol (bottle of n cl),
# glass, dose, beer
BAR_SUF = {"BTL": ("bottle", None), "1/2": ("half", 37.5), "MAG": ("mag", 150),
           "VRE": ("glass", 12.5), "VRE12": ("glass", 12), "VRE15": ("glass", 15),
           "PICH50": ("glass", 50), "PICH25": ("glass", 25), "COUPE": ("glass", 12.5),
           "DOSE": ("dose", 4), "DEMI": ("beer", 25), "PINTE": ("beer", 50)}
RESTO_BR = {"1/2 btl 37,5cl": ("half", 37.5), "magnum 150cl": ("mag", 150),
            "verre": ("glass", 12.5), "verre 12cl": ("glass", 12), "verre 15cl": ("glass", 15),
            "pichet 50cl": ("glass", 50), "pichet 25cl": ("glass", 25),
            "coupe": ("glass", 12.5), "dose": ("dose", 4), "dose 2cl": ("dose", 2),
            "demi": ("beer", 25), "pinte": ("beer", 50)}
COMPTA_UNIT = {"VER": ("glass", 12.5), "VER12": ("glass", 12), "VER15": ("glass", 15),
               "PIC50": ("glass", 50), "PIC25": ("glass", 25), "CPE": ("glass", 12.5),
               "DOS": ("dose", 4), "DOS2": ("dose", 2), "DEM25": ("beer", 25),
               "PIN50": ("beer", 50), "UN": (None, None), "NUIT": (None, None),
               "PERS": (None, None)}


def num(s):
    f = float(s.replace(",", "."))
    return int(f) if f == int(f) else f


def parse_label(till, label):
    """(vintage, (kind, vol)) read from the label, or raise ValueError on a bad form."""
    if till == "BAR":
        m = re.fullmatch(r"([A-Z0-9 ./&+-]+?)(?: /(\S+))?", label)
        if not m or label != label.upper() or not label.isascii():
            raise ValueError("BAR form")
        name, suf = m.group(1), m.group(2)
        if len(name) > 18 or name != name.strip():
            raise ValueError("BAR key text longer than 18 or padded")
        if suf is None:
            meas = (None, None)
        elif suf in BAR_SUF:
            meas = BAR_SUF[suf]
        elif re.fullmatch(r"\d+(\.5)?CL", suf):
            meas = ("vol", num(suf[:-2]))
        else:
            raise ValueError("BAR suffix")
        t = re.search(r" (\d\d)$", name)
        v = None
        if t:
            yy = int(t.group(1))
            v = 2000 + yy if yy < 50 else 1900 + yy
        return v, meas
    if till == "RESTO":
        if ";" in label or not re.search(r"[a-zé]", label) or label != label.strip():
            raise ValueError("RESTO form")
        m = re.fullmatch(r"(.*?)(?: \(([^()]+)\))?", label)
        name, br = m.group(1), m.group(2)
        if br is None:
            meas = (None, None)
        elif br in RESTO_BR:
            meas = RESTO_BR[br]
        elif re.fullmatch(r"btl (75|50)cl", br):
            meas = ("vol", num(br[4:-2]))
        elif re.fullmatch(r"\d+(,5)?cl", br):
            meas = ("vol", num(br[:-2]))
        else:
            raise ValueError("RESTO bracket")
        t = re.search(r" ((?:19|20)\d\d)$", name)
        return (int(t.group(1)) if t else None), meas
    if till == "COMPTA":
        m = re.fullmatch(r"(\d{6});([A-Z0-9 ./&+-]{1,24});((?:19|20)\d\d)?;([A-Z0-9.]+)", label)
        if not m or m.group(1) not in ACCOUNTS or m.group(2) != m.group(2).strip():
            raise ValueError("COMPTA form")
        unit = m.group(4)
        if unit in COMPTA_UNIT:
            meas = COMPTA_UNIT[unit]
        elif re.fullmatch(r"BT\d+(\.5)?", unit):
            meas = ("vol", num(unit[2:]))
        else:
            raise ValueError("COMPTA unit")
        return (int(m.group(3)) if m.group(3) else None), meas
    raise ValueError("unknown connection")


def load(path, errs, what):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                errs.append("%s line %d: invalid JSON" % (what, n))
    return rows


def check(lib_path, cases_path):
    errs = []
    lib = load(lib_path, errs, "library")
    cases = load(cases_path, errs, "cases")
    byid, wines = {}, {}
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, want 110-130" % len(lib))
    seen_entry = set()
    for n, d in enumerate(lib, 1):
        w = "library %s" % d.get("id")
        if list(d) != LIB_FIELDS:
            errs.append(w + ": field order")
            continue
        if d["id"] != "vw%03d" % n:
            errs.append(w + ": id out of sequence (want vw%03d)" % n)
        byid[d["id"]] = d
        if d["category"] not in CATEGORIES:
            errs.append(w + ": category")
        if d["category"] in ("vin", "champagne"):
            if d["colour"] not in COLOURS:
                errs.append(w + ": wine without a valid colour")
        elif d["colour"] is not None:
            errs.append(w + ": colour on a non-wine")
        if not (d["vintage"] is None or (isinstance(d["vintage"], int) and 1950 <= d["vintage"] <= 2025)):
            errs.append(w + ": vintage")
        f = d["format_cl"]
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append(w + ": format")
        elif f >= 1000 and d["category"] not in ("bière", "autre"):
            errs.append(w + ": keg format on a %s" % d["category"])
        key = (d["name"], d["producer"], d["appellation"], d["colour"], f, d["vintage"])
        if key in seen_entry:
            errs.append(w + ": duplicate entry")
        seen_entry.add(key)
        wines.setdefault((d["name"], d["producer"], d["appellation"], d["colour"]), []).append(d)

    def group(d):  # the same wine in the same format
        return [e for e in wines[(d["name"], d["producer"], d["appellation"], d["colour"])]
                if e["format_cl"] == d["format_cl"]]

    def formats(d):
        return sorted({e["format_cl"] for e in wines[(d["name"], d["producer"], d["appellation"], d["colour"])]})

    counts = {(t, e): 0 for t in TILLS for e in ("yes", "almost", "none")}
    labels = set()
    for n, c in enumerate(cases, 1):
        w = "case %d %r" % (n, c.get("label"))
        if list(c) != CASE_FIELDS:
            errs.append(w + ": field order")
            continue
        if c["label"] in labels:
            errs.append(w + ": duplicate label")
        labels.add(c["label"])
        if c["connection"] not in TILLS:
            errs.append(w + ": connection")
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append(w + ": expect")
            continue
        counts[(c["connection"], c["expect"])] += 1
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append(w + ": note")
        try:
            v, (kind, vol) = parse_label(c["connection"], c["label"])
        except ValueError as e:
            errs.append(w + ": " + str(e))
            continue
        if v != c["vintage"]:
            errs.append(w + ": vintage %r but the label reads %r" % (c["vintage"], v))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(w + ": none with a drink, also_ok or units")
            continue
        d = byid.get(c["beverage_id"])
        if d is None:
            errs.append(w + ": unknown beverage_id")
            continue
        g = group(d)
        others = sorted(e["id"] for e in g if e["id"] != d["id"])
        if c["expect"] == "yes" and v is not None and d["vintage"] is not None:
            others = []  # the label names its vintage: that entry only
        if sorted(c["also_ok"]) != others or len(set(c["also_ok"])) != len(c["also_ok"]):
            errs.append(w + ": also_ok should be %s" % others)
        vs = [e["vintage"] for e in g]
        if c["expect"] == "yes":
            if v is None:
                if d["vintage"] is not None and d["vintage"] != max(x for x in vs if x):
                    errs.append(w + ": yes without vintage must be the most recent")
            elif d["vintage"] is not None and d["vintage"] != v:
                errs.append(w + ": yes with vintage %d on entry %s" % (v, d["vintage"]))
        else:
            if v is None or d["vintage"] is None:
                errs.append(w + ": almost needs a label vintage and a vintage wine")
            elif v in vs:
                errs.append(w + ": almost but the vintage is held")
            else:
                best = min(vs, key=lambda x: (abs(x - v), -x))
                if d["vintage"] != best:
                    errs.append(w + ": almost not the nearest vintage (%d)" % best)
        # format from the printed measure
        f = d["format_cl"]
        fs = formats(d)
        wine = d["category"] in ("vin", "champagne")
        ordinary = 75 if 75 in fs else ([x for x in fs if x not in (37.5, 150) and x < 1000] or [None])[0]
        exp_units = 1
        if kind is None:
            if not wine or f != 75:
                errs.append(w + ": no measure, so a 75 cl wine bottle expected")
        elif kind == "bottle":
            if (wine and f != ordinary) or (not wine and len([x for x in fs if x < 1000]) != 1):
                errs.append(w + ": BTL should be the ordinary bottle")
        elif kind == "half" and f != 37.5:
            errs.append(w + ": half bottle label on a %s cl entry" % f)
        elif kind == "mag" and f != 150:
            errs.append(w + ": magnum label on a %s cl entry" % f)
        elif kind == "vol" and f != vol:
            errs.append(w + ": %s cl label on a %s cl entry" % (vol, f))
        elif kind == "glass":
            if f != ordinary:
                errs.append(w + ": a pour refers to the ordinary bottle (%s cl)" % ordinary)
            exp_units = round(vol / f, 4)
        elif kind == "dose":
            if f >= 1000:
                errs.append(w + ": dose from a keg")
            exp_units = round(vol / f, 4)
        elif kind == "beer":
            if f < 1000 or d["category"] != "bière":
                errs.append(w + ": demi/pinte must come from a beer keg")
            exp_units = round(vol / f, 4)
        if c["units_per_sale"] != exp_units:
            errs.append(w + ": units_per_sale %r, want %r" % (c["units_per_sale"], exp_units))
        if c["connection"] == "COMPTA":
            acct = c["label"][:6]
            want = "707120" if d["category"] == "soft" else "707110"
            if acct != want:
                errs.append(w + ": sales account %s for a %s" % (acct, d["category"]))
    total = len(cases)
    if not 280 <= total <= 300:
        errs.append("cases: %d, want 280-300" % total)
    if total:
        share = {e: sum(counts[(t, e)] for t in TILLS) / total for e in ("yes", "almost", "none")}
        for e, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[e] <= hi:
                errs.append("cases: %s share %.3f outside %.2f-%.2f" % (e, share[e], lo, hi))
    for k, n in counts.items():
        if n == 0:
            errs.append("till %s has no %s case" % k)
    return errs, counts


# ---- selftest -------------------------------------------------------------------------

def _mutate(rows, pred, fn):
    for i, r in enumerate(rows):
        if pred(r):
            rows[i] = fn(dict(r))
            return True
    raise SystemExit("selftest: nothing to break")


def selftest():
    lib_txt = open(LIB, encoding="utf-8").read().splitlines()
    case_txt = open(CASES, encoding="utf-8").read().splitlines()
    L = [json.loads(x) for x in lib_txt]
    C = [json.loads(x) for x in case_txt]
    byid = {d["id"]: d for d in L}

    def reorder(r):
        return {k: r[k] for k in reversed(list(r))}

    breaks = []

    def brk(name, lib=None, cases=None, raw_cases=None):
        breaks.append((name, lib, cases, raw_cases))

    c = [dict(x) for x in C]
    brk("bad JSON", raw_cases=[*case_txt[:5], "{not json", *case_txt[5:]])
    c = [dict(x) for x in C]; c[3] = reorder(c[3]); brk("field order", cases=c)
    lb = [dict(x) for x in L]; lb[10]["id"] = "vw099"; brk("id sequence", lib=lb)
    lb = [dict(x) for x in L]; _mutate(lb, lambda r: r["category"] == "vin", lambda r: dict(r, colour="orange")); brk("colour", lib=lb)
    lb = [dict(x) for x in L]; _mutate(lb, lambda r: r["category"] == "spiritueux", lambda r: dict(r, colour="rouge")); brk("colour on spirit", lib=lb)
    c = [dict(x) for x in C]; _mutate(c, lambda r: r["vintage"] is not None, lambda r: dict(r, vintage=r["vintage"] - 1)); brk("vintage not on label", cases=c)
    c = [dict(x) for x in C]; _mutate(c, lambda r: r["expect"] == "yes" and r["also_ok"], lambda r: dict(r, also_ok=[])); brk("also_ok missing", cases=c)
    c = [dict(x) for x in C]; _mutate(c, lambda r: r["expect"] == "yes" and r["vintage"] and not r["also_ok"], lambda r: dict(r, also_ok=["vw001"])); brk("also_ok extra", cases=c)
    c = [dict(x) for x in C]
    _mutate(c, lambda r: r["expect"] == "almost" and len(r["also_ok"]) == 1,
            lambda r: dict(r, beverage_id=r["also_ok"][0], also_ok=[r["beverage_id"]]))
    brk("almost not nearest", cases=c)
    c = [dict(x) for x in C]; _mutate(c, lambda r: r["expect"] == "none", lambda r: dict(r, beverage_id="vw001")); brk("none with a drink", cases=c)
    c = [dict(x) for x in C]; _mutate(c, lambda r: r["expect"] == "yes" and r["units_per_sale"] != 1, lambda r: dict(r, units_per_sale=0.2)); brk("wrong units", cases=c)
    c = [dict(x) for x in C]
    def to75(r):
        d = byid[r["beverage_id"]]
        tw = [e for e in L if e["name"] == d["name"] and e["format_cl"] == 75]
        return dict(r, beverage_id=tw[-1]["id"], also_ok=[e["id"] for e in tw[:-1]])
    _mutate(c, lambda r: r["expect"] == "yes" and r["beverage_id"] and byid[r["beverage_id"]]["format_cl"] == 37.5, to75)
    brk("half bottle put on the 75 cl", cases=c)
    c = [dict(x) for x in C]; c[7] = dict(c[7], label=c[6]["label"]); brk("duplicate label", cases=c)
    c = [dict(x) for x in C]; _mutate(c, lambda r: r["connection"] == "BAR", lambda r: dict(r, label=r["label"].lower())); brk("BAR form", cases=c)
    c = [dict(x) for x in C]; _mutate(c, lambda r: r["connection"] == "BAR" and len(r["label"].split(" /")[0]) > 15, lambda r: dict(r, label=r["label"].replace(" /", "XXXX /"))); brk("BAR longer than its cut", cases=c)
    c = [dict(x) for x in C]; _mutate(c, lambda r: r["connection"] == "RESTO", lambda r: dict(r, label=r["label"].upper())); brk("RESTO form", cases=c)
    c = [dict(x) for x in C]; _mutate(c, lambda r: r["connection"] == "COMPTA", lambda r: dict(r, label="999999" + r["label"][6:])); brk("COMPTA account", cases=c)
    c = [dict(x) for x in C]; _mutate(c, lambda r: r["connection"] == "COMPTA" and r["expect"] == "yes" and "707120" in r["label"], lambda r: dict(r, label=r["label"].replace("707120", "707110"))); brk("COMPTA soft on the alcohol account", cases=c)
    c = [dict(x) for x in C]; _mutate(c, lambda r: r["expect"] == "yes", lambda r: dict(r, expect="maybe")); brk("unknown expect", cases=c)
    c = [dict(x) for x in C]; _mutate(c, lambda r: r["expect"] == "yes", lambda r: dict(r, beverage_id="vw999")); brk("unknown id", cases=c)
    c = [x for x in C if x["expect"] != "none" or x["connection"] != "BAR"]; brk("counts (BAR nones dropped)", cases=c)
    c = [dict(x) for x in C]; _mutate(c, lambda r: r["expect"] == "yes" and "/DEMI" in r["label"], lambda r: dict(r, label=r["label"].replace("/DEMI", "/33CL"))); brk("draught sold as a bottle", cases=c)

    tmp = tempfile.mkdtemp()
    bad = 0
    try:
        clean, _ = check(LIB, CASES)
        print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:3]))
        bad += bool(clean)
        for name, lb, cs, raw in breaks:
            lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
            with open(lp, "w", encoding="utf-8") as fh:
                fh.write("\n".join(lib_txt if lb is None else [json.dumps(x, ensure_ascii=False) for x in lb]) + "\n")
            with open(cp, "w", encoding="utf-8") as fh:
                rows = raw if raw is not None else (case_txt if cs is None else [json.dumps(x, ensure_ascii=False) for x in cs])
                fh.write("\n".join(rows) + "\n")
            errs, _ = check(lp, cp)
            print("%-40s %s" % (name, ("caught: " + errs[0][:70]) if errs else "NOT CAUGHT"))
            bad += not errs
    finally:
        shutil.rmtree(tmp)
    print("selftest: %d kinds of break, %s" % (len(breaks), "all caught" if not bad else "%d problems" % bad))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    errs, counts = check(LIB, CASES)
    for e in errs:
        print(e)
    for t in TILLS:
        print(t, {e: counts[(t, e)] for e in ("yes", "almost", "none")})
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
