#!/usr/bin/env python3
"""Check the blind set "issoudun" from its two jsonl files only.

    python3 check_issoudun.py            # validate issoudun_library.jsonl / issoudun_cases.jsonl
    python3 check_issoudun.py --selftest # break copies on purpose, show each break is caught

Self-contained (stdlib; imports nothing from the build): re-derives from each label its
till's form, the vintage, the measure and the format it refers to, then checks the
answer against the library with the bench README's rules.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
FORMATS = {25, 33, 37.5, 50, 70, 75, 100, 150, 2000, 3000}
TILLS = ("comptoir", "salle", "z")

# measure kinds: ("bottle", None) ordinary bottle; ("size", cl); ("pour", cl);
# ("dose", cl); ("draught", cl)
C_MEAS = {"BTL": ("bottle", None), "1/2": ("size", 37.5), "MAG": ("size", 150),
          "25CL": ("size", 25), "33CL": ("size", 33), "50CL": ("size", 50),
          "1L": ("size", 100), "70CL": ("size", 70), "VRE": ("pour", 12.5),
          "V15": ("pour", 15), "C25": ("pour", 25), "C50": ("pour", 50),
          "CP": ("pour", 12.5), "DOSE": ("dose", 4), "2CL": ("dose", 2),
          "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
S_MEAS = {"bouteille": ("bottle", None), "demi-bouteille": ("size", 37.5),
          "magnum": ("size", 150), "25cl": ("size", 25), "33cl": ("size", 33),
          "50cl": ("size", 50), "1l": ("size", 100), "70cl": ("size", 70),
          "verre": ("pour", 12.5), "verre 15cl": ("pour", 15),
          "carafe 25cl": ("pour", 25), "carafe 50cl": ("pour", 50),
          "coupe": ("pour", 12.5), "flûte": ("pour", 12.5), "dose": ("dose", 4),
          "2cl": ("dose", 2), "demi": ("draught", 25), "pinte": ("draught", 50)}
Z_MEAS = {"BT25": ("size", 25), "BT33": ("size", 33), "BT37,5": ("size", 37.5),
          "BT50": ("size", 50), "BT70": ("size", 70), "BT75": ("size", 75),
          "BT100": ("size", 100), "BT150": ("size", 150), "VR": ("pour", 12.5),
          "VR15": ("pour", 15), "CA25": ("pour", 25), "CA50": ("pour", 50),
          "CP": ("pour", 12.5), "DS": ("dose", 4), "DS2": ("dose", 2),
          "PR25": ("draught", 25), "PR50": ("draught", 50)}
FAMILY = {"BLC": lambda e: e["category"] == "vin" and e["colour"] == "blanc",
          "RGE": lambda e: e["category"] == "vin" and e["colour"] == "rouge",
          "RSE": lambda e: e["category"] == "vin" and e["colour"] == "rosé"
          and "Crémant" not in e["name"],
          "BUL": lambda e: e["category"] == "champagne" or e["colour"] == "effervescent"
          or "Crémant" in e["name"],
          "MOE": lambda e: e["colour"] == "liquoreux",
          "APE": lambda e: e["category"] in ("autre", "spiritueux"),
          "DIG": lambda e: e["category"] == "spiritueux",
          "BIE": lambda e: e["category"] == "bière",
          "SOF": lambda e: e["category"] == "soft",
          "CHD": lambda e: False, "CUI": lambda e: False, "DIV": lambda e: False}
C_RE = re.compile(r"^(%s)\.([A-Z0-9 ./']+?)(?: (%s))?$" % (
    "|".join(FAMILY), "|".join(re.escape(k) for k in sorted(C_MEAS, key=len, reverse=True))))
Z_RE = re.compile(r"^(\d{4}) (.{22}) ([ \d]{2}\d) ([ \d]{4}\d,\d\d)$")


def two_digit(words):
    if len(words) >= 2 and re.fullmatch(r"\d\d", words[-1]):
        return 2000 + int(words[-1])
    return None


def parse(till, label):
    """-> (family, measure kind or None, vintage) or raises ValueError."""
    if till == "comptoir":
        m = C_RE.match(label)
        if not m:
            raise ValueError("not the comptoir form FAM.TEXT[ MEAS] in ASCII capitals")
        body = m.group(2)
        if len(body) > 16:
            raise ValueError("comptoir text over 16 columns")
        if body != body.strip() or "  " in body:
            raise ValueError("comptoir text badly spaced")
        return m.group(1), C_MEAS.get(m.group(3)), two_digit(body.split())
    if till == "salle":
        if label != label.lower():
            raise ValueError("salle label not in lower case")
        if label != label.strip() or "  " in label:
            raise ValueError("salle label badly spaced")
        text, meas = label, None
        if ", " in label and label.rsplit(", ", 1)[1] in S_MEAS:
            text, tok = label.rsplit(", ", 1)
            meas = S_MEAS[tok]
        if re.search(r", ", text):
            raise ValueError("salle: unknown measure after the comma")
        ys = [int(w) for w in text.split() if re.fullmatch(r"(19|20)\d\d", w)]
        if len(ys) > 1:
            raise ValueError("salle: two vintages")
        return None, meas, (ys[0] if ys else None)
    if till == "z":
        m = Z_RE.match(label)
        if not m:
            raise ValueError("not the Z report's fixed columns PLU/designation/qty/amount")
        desig = m.group(2).rstrip()
        if not re.fullmatch(r"[A-Z0-9 ,.'/]+", desig) or desig != desig.lstrip():
            raise ValueError("z designation not in ASCII capitals")
        if int(m.group(3)) < 1:
            raise ValueError("z quantity below 1")
        words = desig.split()
        return None, Z_MEAS.get(words[0]), two_digit(words)
    raise ValueError("unknown connection %r" % till)


def fnum(x):
    return float(x)


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            o = json.loads(line)
        except ValueError:
            errs.append("library line %d: bad JSON" % i)
            continue
        if list(o) != LIB_FIELDS:
            errs.append("library line %d: field order %s" % (i, list(o)))
            continue
        lib.append(o)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))
    byid, groups, seen = {}, defaultdict(dict), set()
    for n, e in enumerate(lib, 1):
        if e["id"] != "ISS%03d" % n:
            errs.append("library: id %s out of sequence (expected ISS%03d)" % (e["id"], n))
        byid[e["id"]] = e
        if e["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (e["id"], e["category"]))
        wine = e["category"] in ("vin", "champagne")
        if (wine and e["colour"] not in COLOURS) or (not wine and e["colour"] is not None):
            errs.append("%s: colour %r on a %s" % (e["id"], e["colour"], e["category"]))
        if e["format_cl"] not in FORMATS:
            errs.append("%s: format %r" % (e["id"], e["format_cl"]))
        if e["format_cl"] in (2000, 3000) and e["category"] != "bière":
            errs.append("%s: keg on a %s" % (e["id"], e["category"]))
        if not (e["vintage"] is None or (isinstance(e["vintage"], int) and 1950 <= e["vintage"] <= 2025)):
            errs.append("%s: vintage %r" % (e["id"], e["vintage"]))
        if e["vintage"] is not None and not wine:
            errs.append("%s: vintage on a %s" % (e["id"], e["category"]))
        gk = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        k = (*gk, e["vintage"])
        if k in seen:
            errs.append("%s: the same drink twice" % e["id"])
        seen.add(k)
        groups[gk][e["vintage"]] = e["id"]
    wines = defaultdict(set)  # (name, producer, appellation, colour) -> formats
    for gk in groups:
        wines[gk[:4]].add(gk[4])

    def ordinary(e):
        fs = wines[(e["name"], e["producer"], e["appellation"], e["colour"])]
        if 75 in fs:
            return 75
        rest = [f for f in fs if f not in (37.5, 150) and f < 2000]
        return rest[0] if len(rest) == 1 else None

    cases, labels = [], Counter()
    for i, line in enumerate(case_lines, 1):
        try:
            o = json.loads(line)
        except ValueError:
            errs.append("case line %d: bad JSON" % i)
            continue
        if list(o) != CASE_FIELDS:
            errs.append("case line %d: field order %s" % (i, list(o)))
            continue
        cases.append(o)
        labels[o["label"]] += 1
    for lab, n in labels.items():
        if n > 1:
            errs.append("label %r appears %d times" % (lab, n))
    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d, not 280-300" % len(cases))

    for c in cases:
        lab, till, exp = c["label"], c["connection"], c["expect"]
        where = "%s %r" % (till, lab)
        if exp not in ("yes", "almost", "none"):
            errs.append("%s: expect %r" % (where, exp))
            continue
        try:
            fam, meas, vint = parse(till, lab)
        except ValueError as ex:
            errs.append("%s: %s" % (where, ex))
            continue
        if c["vintage"] != vint:
            errs.append("%s: vintage %r but the label reads %r" % (where, c["vintage"], vint))
        if "cut off by the till" in c["note"] and vint is not None:
            errs.append("%s: cut-off note but a vintage on the label" % where)
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append("%s: a none with an answer" % where)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        if not isinstance(c["also_ok"], list) or any(a not in byid for a in c["also_ok"]):
            errs.append("%s: bad also_ok" % where)
            continue
        if fam is not None and not FAMILY[fam](e):
            errs.append("%s: family %s does not fit %s" % (where, fam, e["id"]))
        if meas is None:
            errs.append("%s: a drink answer without a measure" % where)
            continue
        kind, vol = meas
        f = e["format_cl"]
        units = c["units_per_sale"]
        if kind == "bottle":
            want = 75 if e["category"] in ("vin", "champagne") else ordinary(e)
            if f != want:
                errs.append("%s: a bottle label on the %s cl entry" % (where, f))
            exp_units = 1
        elif kind == "size":
            if fnum(f) != fnum(vol):
                errs.append("%s: a %s cl label on the %s cl entry" % (where, vol, f))
            exp_units = 1
        elif kind == "draught":
            if e["category"] != "bière" or f < 2000:
                errs.append("%s: a draught measure on a %s cl %s" % (where, f, e["category"]))
            exp_units = round(vol / f, 4)
        else:
            if f >= 2000 or f != ordinary(e):
                errs.append("%s: a %s on the %s cl entry, not the ordinary bottle" % (where, kind, f))
            if kind == "dose" and e["category"] not in ("spiritueux", "autre"):
                errs.append("%s: a dose of a %s" % (where, e["category"]))
            exp_units = round(vol / f, 4)
        if not isinstance(units, (int, float)) or abs(units - exp_units) > 1e-9:
            errs.append("%s: units %r, expected %r" % (where, units, exp_units))
        gk = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        vs = groups[gk]
        others = sorted((i for v, i in vs.items() if i != e["id"]))
        if (exp == "almost" or vint is None) and sorted(c["also_ok"]) != others:
            errs.append("%s: also_ok %s, expected %s" % (where, c["also_ok"], others))
        if exp == "yes":
            if vint is not None:
                if e["vintage"] != vint:
                    errs.append("%s: yes on vintage %s, label says %s" % (where, e["vintage"], vint))
                if c["also_ok"]:
                    errs.append("%s: yes with a vintage but also_ok" % where)
            else:
                if e["vintage"] is not None and e["vintage"] != max(v for v in vs if v is not None):
                    errs.append("%s: yes without vintage not on the most recent" % where)
        else:
            if vint is None or vint in vs:
                errs.append("%s: almost but the label's vintage %r is held or absent" % (where, vint))
            else:
                held = [v for v in vs if v is not None]
                best = min(held, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append("%s: almost on %s, nearest is %s" % (where, e["vintage"], best))

    n = len(cases) or 1
    cnt = Counter(c["expect"] for c in cases)
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * cnt[k] / n <= hi:
            errs.append("share of %s: %.1f %% not in %d-%d %%" % (k, 100.0 * cnt[k] / n, lo, hi))
    tx = Counter((c["connection"], c["expect"]) for c in cases)
    for t in TILLS:
        for k in ("yes", "almost", "none"):
            if not tx[t, k]:
                errs.append("till %s has no %s case" % (t, k))
    if {c["connection"] for c in cases} - set(TILLS):
        errs.append("unknown connection")
    return errs


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().splitlines()


def selftest(lib, cases):
    def edit_case(pred, fn):
        out, done = [], False
        for line in cases:
            o = json.loads(line)
            if not done and pred(o):
                fn(o)
                done = True
                line = json.dumps(o, ensure_ascii=False)
            out.append(line)
        assert done
        return out

    def first(pred):
        return lambda o: pred(o)

    breaks = []
    breaks.append(("broken JSON in cases", lib, [*cases[:5], cases[5][:-3], *cases[6:]]))
    o = json.loads(cases[0]); o2 = {k: o[k] for k in reversed(CASE_FIELDS)}
    breaks.append(("case field order", lib, [json.dumps(o2, ensure_ascii=False), *cases[1:]]))
    breaks.append(("library id gap", lib[:3] + lib[4:], cases))
    lb = [json.loads(x) for x in lib]
    beer = next(i for i, e in enumerate(lb) if e["category"] == "bière")
    lb2 = [dict(e) for e in lb]; lb2[beer]["colour"] = "blanc"
    breaks.append(("colour on a beer", [json.dumps(e, ensure_ascii=False) for e in lb2], cases))
    breaks.append(("vintage field not on the label", lib, edit_case(
        lambda o: o["expect"] == "yes" and o["vintage"], lambda o: o.update(vintage=o["vintage"] - 1))))
    breaks.append(("also_ok dropped", lib, edit_case(
        lambda o: o["expect"] == "yes" and o["also_ok"], lambda o: o.update(also_ok=[]))))
    breaks.append(("almost not the nearest", lib, edit_case(
        lambda o: o["expect"] == "almost" and o["also_ok"],
        lambda o: o.update(beverage_id=o["also_ok"][0], also_ok=[o["beverage_id"]]))))
    breaks.append(("glass units", lib, edit_case(
        lambda o: o["units_per_sale"] == 0.1667, lambda o: o.update(units_per_sale=0.16))))
    breaks.append(("comptoir text over 16 columns", lib, edit_case(
        lambda o: o["connection"] == "comptoir" and o["label"].endswith(" VRE"),
        lambda o: o.update(label=o["label"][:-4] + " EXTRA LONG VRE"))))
    breaks.append(("salle label in capitals", lib, edit_case(
        lambda o: o["connection"] == "salle", lambda o: o.update(label=o["label"].upper()))))
    breaks.append(("z amount malformed", lib, edit_case(
        lambda o: o["connection"] == "z", lambda o: o.update(label=o["label"][:-3] + ".00"))))
    breaks.append(("none with an answer", lib, edit_case(
        lambda o: o["expect"] == "none", lambda o: o.update(beverage_id="ISS001"))))
    breaks.append(("duplicate label", lib, [*cases, cases[10]]))
    half = {e["id"] for e in lb if e["format_cl"] == 37.5}
    breaks.append(("half-bottle label on a 75 cl entry", lib, edit_case(
        lambda o: o["connection"] == "salle" and o["label"].endswith(", bouteille")
        and o["expect"] == "yes" and not o["also_ok"] and o["vintage"] is None,
        lambda o: o.update(label=o["label"].replace(", bouteille", ", demi-bouteille")))))
    beer33 = next(e["id"] for e in lb if e["category"] == "bière" and e["format_cl"] == 33)
    breaks.append(("draught on a bottle entry", lib, edit_case(
        lambda o: o["label"].startswith("BIE.") and o["label"].endswith(" DEMI") and o["expect"] == "yes",
        lambda o: o.update(beverage_id=beer33))))
    nones = [x for x in cases if json.loads(x)["expect"] == "none"]
    breaks.append(("counts out of range", lib, [x for x in cases if x not in nones[:60]]))
    breaks.append(("comptoir family against colour", lib, edit_case(
        lambda o: o["label"].startswith("RGE.") and o["expect"] == "yes",
        lambda o: o.update(label="BLC." + o["label"][4:]))))
    breaks.append(("cut-off note with a vintage", lib, edit_case(
        lambda o: o["expect"] == "yes" and o["vintage"] and not o["also_ok"],
        lambda o: o.update(note=o["note"] + " [2019 cut off by the till]"))))
    breaks.append(("magnum on a bottle entry", lib, edit_case(
        lambda o: o["connection"] == "comptoir" and o["label"].endswith(" BTL"),
        lambda o: o.update(label=o["label"][:-4] + " MAG"))))
    del half
    ok = True
    clean = check(lib, cases)
    print("clean files: %d error(s)" % len(clean))
    ok &= not clean
    for name, l2, c2 in breaks:
        errs = [e for e in check(l2, c2) if e not in clean]
        print("%-40s -> %s" % (name, ("caught: " + errs[0]) if errs else "NOT CAUGHT"))
        ok &= bool(errs)
    print("selftest %s (%d kinds of break)" % ("passed" if ok else "FAILED", len(breaks)))
    return ok


def main():
    lib, cases = read("issoudun_library.jsonl"), read("issoudun_cases.jsonl")
    if "--selftest" in sys.argv[1:]:
        sys.exit(0 if selftest(lib, cases) else 1)
    errs = check(lib, cases)
    for e in errs:
        print(e)
    objs = [json.loads(x) for x in cases]
    cnt = Counter((o["connection"], o["expect"]) for o in objs)
    print("%d drinks, %d cases" % (len(lib), len(objs)))
    for t in TILLS:
        print("  %-9s yes %3d  almost %3d  none %3d" % (t, cnt[t, "yes"], cnt[t, "almost"], cnt[t, "none"]))
    print("OK" if not errs else "%d error(s)" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
