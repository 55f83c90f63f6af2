#!/usr/bin/env python3
"""Check the besancon set from its two jsonl files alone. --selftest breaks copies."""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_F = ("id", "name", "producer", "appellation", "region", "country", "colour", "category",
         "vintage", "format_cl")
CASE_F = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
          "connection")
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
POUR = {"VRE": 12.5, "VRE15": 15, "PICH25": 25, "PICH50": 50, "DOSE": 4, "CP": 12.5,
        "PINTE": 50, "verre": 12.5, "verre 15cl": 15, "pichet 25cl": 25, "pichet 50cl": 50,
        "4cl": 4, "coupe": 12.5, "pinte": 50}
BOTTLE = {"BTL": "btl", "btl": "btl", "MAG": "mag", "magnum": "mag", "1/2": "half",
          "1/2 btl": "half"}
FAM = {"rouge": "1", "blanc": "2", "liquoreux": "2", "rosé": "3", "effervescent": "4"}
CFAM = {"bière": "5", "spiritueux": "6", "autre": "6", "soft": "7"}
TRAI = re.compile(r"^(\d)\d{4} ([A-Z0-9 ,]{1,24}?)(?: (\d+(?:,5)?)CL)? (\d+),(\d\d)$")


def read_vintage(conn, label):
    if conn == "BAR":
        t = label.split(" ")
        return 2000 + int(t[-1]) if len(t) > 2 and re.fullmatch(r"\d\d", t[-1]) else None
    if conn == "SALLE":
        m = re.search(r" ((?:19|20)\d\d) \([^()]*\)$", label)
        return int(m.group(1)) if m else None
    m = TRAI.match(label)
    if not m:
        return None
    v = re.findall(r"(?:^| )((?:19|20)\d\d)(?= |$)", m.group(2))
    return int(v[-1]) if v else None


def measure(conn, label):
    """('pour', cl) | ('btl'|'mag'|'half'|'demi', None) | ('vol', cl) | (None, None)."""
    if conn == "BAR":
        w = label.split(" ")[0]
        if w in POUR:
            return "pour", POUR[w]
        if w == "DEMI":
            return "demi", None
        return (BOTTLE[w], None) if w in BOTTLE else (None, None)
    if conn == "SALLE":
        m = re.search(r"\(([^()]*)\)$", label)
        if not m:
            return None, None
        w = m.group(1)
        if w in POUR:
            return "pour", POUR[w]
        if w == "demi":
            return "demi", None
        return (BOTTLE[w], None) if w in BOTTLE else (None, None)
    m = TRAI.match(label)
    if not m or not m.group(3):
        return None, None
    return "vol", float(m.group(3).replace(",", "."))


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for name, lines, fields, out in (("library", lib_lines, LIB_F, lib),
                                     ("cases", case_lines, CASE_F, cases)):
        for n, line in enumerate(lines, 1):
            try:
                o = json.loads(line)
            except ValueError:
                errs.append("%s line %d: invalid JSON" % (name, n))
                continue
            if tuple(o) != fields:
                errs.append("%s line %d: field order %s" % (name, n, list(o)))
            out.append(o)
    if errs:
        return errs
    byid = {}
    for n, e in enumerate(lib, 1):
        if e["id"] != "be%03d" % n:
            errs.append("library: id %s out of sequence" % e["id"])
        byid[e["id"]] = e
        if e["colour"] not in COLOURS or e["category"] not in CATS:
            errs.append("%s: colour/category" % e["id"])
        wine = e["category"] in ("vin", "champagne")
        if wine != (e["colour"] is not None):
            errs.append("%s: colour against category" % e["id"])
        if e["format_cl"] >= 1000 and (e["category"] != "bière" or e["format_cl"] not in (2000, 3000)):
            errs.append("%s: keg format" % e["id"])
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks" % len(lib))

    def group(e):
        def k(x):
            return (x["name"], x["producer"], x["appellation"], x["colour"], x["format_cl"])
        return sorted([x for x in lib if k(x) == k(e)], key=lambda x: x["vintage"] or 0)

    seen = set()
    for c in cases:
        L, conn, ex = c["label"], c["connection"], c["expect"]
        tag = "case %r" % L
        if L in seen:
            errs.append(tag + ": duplicate label")
        seen.add(L)
        if conn not in ("BAR", "SALLE", "TRAITEUR"):
            errs.append(tag + ": connection")
            continue
        if ex not in ("yes", "almost", "none"):
            errs.append(tag + ": expect %r" % ex)
            continue
        if not c["note"]:
            errs.append(tag + ": empty note")
        # till form
        if conn == "BAR" and (len(L) > 20 or not re.fullmatch(r"[A-Z0-9 ./]+", L)):
            errs.append(tag + ": BAR form")
        if conn == "SALLE" and (not L[0].isupper() or any(ch.isupper() for ch in L[1:])):
            errs.append(tag + ": SALLE sentence case")
        if conn == "TRAITEUR" and not TRAI.match(L):
            errs.append(tag + ": TRAITEUR form")
        if read_vintage(conn, L) != c["vintage"]:
            errs.append(tag + ": vintage field %r, label says %r" % (c["vintage"], read_vintage(conn, L)))
        if ex == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(tag + ": none with an answer")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(tag + ": unknown beverage_id")
            continue
        kind, vol = measure(conn, L)
        if kind is None:
            errs.append(tag + ": no measure on a drink label")
            continue
        if conn == "TRAITEUR":
            fam = FAM.get(e["colour"]) or CFAM.get(e["category"], "?")
            if L[0] != fam:
                errs.append(tag + ": family digit against the entry")
        wine = e["category"] in ("vin", "champagne")
        if conn == "BAR" and kind == "pour" and L.split(" ")[0] in ("DOSE",) and wine:
            errs.append(tag + ": DOSE on a wine")
        fmt, units = e["format_cl"], c["units_per_sale"]
        if (kind == "mag" and fmt != 150) or (kind == "half" and fmt != 37.5):
            errs.append(tag + ": format word against the entry's %s cl" % fmt)
        if kind in ("btl", "mag", "half") and units != 1:
            errs.append(tag + ": units %s for a bottle" % units)
        if kind == "btl" and fmt in (150, 37.5):
            errs.append(tag + ": bottle label on a %s cl entry" % fmt)
        if kind == "demi":
            want = 1 if wine else round(25 / fmt, 4)
            if (wine and fmt != 37.5) or (not wine and fmt < 1000) or units != want:
                errs.append(tag + ": DEMI against entry/units")
        if kind == "pour":
            if fmt in (150, 37.5) or units != round(vol / fmt, 4):
                errs.append(tag + ": units %s for %s cl of %s cl" % (units, vol, fmt))
        if kind == "vol":
            if vol in (150, 37.5) and fmt != vol:
                errs.append(tag + ": format %s cl against entry %s cl" % (vol, fmt))
            if units != round(vol / fmt, 4):
                errs.append(tag + ": units %s for %s cl of %s cl" % (units, vol, fmt))
        g = group(e)
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        vs = [x["vintage"] for x in g]
        v = c["vintage"]
        if sorted(c["also_ok"]) != (others if (ex == "almost" or v is None) else []):
            errs.append(tag + ": also_ok")
        if ex == "yes":
            if v is not None and e["vintage"] != v:
                errs.append(tag + ": yes on vintage %s, label %s" % (e["vintage"], v))
            if v is None and e["vintage"] != vs[-1]:
                errs.append(tag + ": yes without vintage not the most recent")
        else:
            if v is None or v in vs or None in vs:
                errs.append(tag + ": almost but the vintage is held or absent")
            else:
                best = min(vs, key=lambda x: (abs(x - v), -x))
                if e["vintage"] != best:
                    errs.append(tag + ": almost not the nearest vintage")
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases: %d" % n)
    cnt = {}
    for c in cases:
        cnt[(c["connection"], c["expect"])] = cnt.get((c["connection"], c["expect"]), 0) + 1
    for conn in ("BAR", "SALLE", "TRAITEUR"):
        for ex in ("yes", "almost", "none"):
            if not cnt.get((conn, ex)):
                errs.append("till %s has no %s" % (conn, ex))
    for ex, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(1 for c in cases if c["expect"] == ex)
        if n and not lo <= 100 * k / n <= hi:
            errs.append("share of %s %.1f %%" % (ex, 100 * k / n))
    return errs


def load():
    def r(f):
        return open(os.path.join(HERE, f), encoding="utf-8").read().splitlines()
    return r("besancon_library.jsonl"), r("besancon_cases.jsonl")


def selftest():
    lib, cases = load()
    assert not check(lib, cases), "clean files fail"
    print("clean files pass")
    C = [json.loads(l) for l in cases]
    Lb = [json.loads(l) for l in lib]
    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, fn, onlib=False):
        l2, c2 = copy.deepcopy(Lb), copy.deepcopy(C)
        fn(l2 if onlib else c2)
        lines_l = dump(l2)
        lines_c = dump(c2)
        if name == "invalid JSON":
            lines_c[0] = lines_c[0][:-1]
        if name == "field order":
            lines_c[1] = json.dumps(dict(reversed(list(c2[1].items()))), ensure_ascii=False)
        breaks.append((name, check(lines_l, lines_c)))

    y_v = first(lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "SALLE")
    y_nv = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    al = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    pour = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] not in (1, None))
    none = first(lambda c: c["expect"] == "none")
    bar = first(lambda c: c["connection"] == "BAR")
    tr = first(lambda c: c["connection"] == "TRAITEUR" and c["expect"] == "yes")
    sal = first(lambda c: c["connection"] == "SALLE")
    half = first(lambda c: c["expect"] == "yes" and c["label"].startswith("1/2 "))
    brk("invalid JSON", lambda c: None)
    brk("field order", lambda c: None)
    brk("id sequence", lambda l: l[5].update(id="be099"), onlib=True)
    brk("colour", lambda l: l[0].update(colour="rouge pâle"), onlib=True)
    brk("vintage field", lambda c: c[y_v].update(vintage=c[y_v]["vintage"] - 1))
    brk("yes on the wrong vintage", lambda c: c[y_nv].update(beverage_id=c[y_nv]["also_ok"][0]))
    brk("almost not the nearest", lambda c: c[al].update(beverage_id=c[al]["also_ok"][0],
                                                            also_ok=[c[al]["beverage_id"]]))
    brk("missing also_ok", lambda c: c[y_nv].update(also_ok=[]))
    brk("units", lambda c: c[pour].update(units_per_sale=1))
    brk("none with an answer", lambda c: c[none].update(beverage_id="be001"))
    brk("duplicate label", lambda c: c[1].update(label=c[0]["label"], connection=c[0]["connection"]))
    brk("BAR width", lambda c: c[bar].update(label=c[bar]["label"] + " XXXXXXXXXXXXXXX"))
    brk("TRAITEUR family digit", lambda c: c[tr].update(label="9" + c[tr]["label"][1:]))
    brk("SALLE case", lambda c: c[sal].update(label=c[sal]["label"].upper()))
    brk("half bottle on the 75 cl entry", lambda c: c[half].update(
        beverage_id=next(x["id"] for x in Lb if x["name"] == Lb[int(c[half]["beverage_id"][2:]) - 1]["name"] and x["format_cl"] == 75)))
    brk("a till without almost", lambda c: c.__setitem__(slice(None), [x for x in c if not (x["connection"] == "SALLE" and x["expect"] == "almost")]))
    brk("unknown expect", lambda c: c[0].update(expect="maybe"))
    ok = True
    for name, errs in breaks:
        print("%-32s %s" % (name, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
        ok &= bool(errs)
    print("selftest", "passed" if ok else "FAILED", "(%d kinds of break)" % len(breaks))
    return ok


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs = check(*load())
    for e in errs:
        print(e)
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)
