#!/usr/bin/env python3
"""Check cahors_library.jsonl and cahors_cases.jsonl on their own (no import of the build).
--selftest breaks copies on purpose and shows each break is reported."""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LF = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
      "vintage", "format_cl"]
CF = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
      "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
STOP = {"chateau", "domaine", "cuvee", "les", "la", "le", "de", "du", "des", "vin", "rouge",
        "blanc", "rose", "clos", "cht", "dne", "the", "mas", "ans"}
ABBR = {"cah": "cahors", "cq": "quercy", "cdl": "lot", "plag": "plageoles", "lagrz": "lagrezette",
        "hte": "haute", "mt": "mont", "crois": "croisille", "vign": "vignerons",
        "press": "pression", "coca": "coca", "rhum": "diplomatico"}


def ascii_low(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def words(s):
    return re.findall(r"[a-z0-9]+", ascii_low(s))


def read_label(conn, label):
    """-> (measure, vintage) or raise ValueError on a malformed label."""
    if conn == "bar":
        if label != label.upper() or not label.isascii():
            raise ValueError("bar label not ASCII capitals")
        field, code = ([*label.rsplit(" /", 1), None])[:2] if " /" in label else (label, None)
        if len(field) > 18:
            raise ValueError("bar name field over 18 columns")
        m = re.search(r" M(\d\d)$", field)
        v = 2000 + int(m.group(1)) if m else None
        table = {"BTL": ("btl", None), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
                 "VR": ("pour", 12.5), "VR15": ("pour", 15), "P25": ("pour", 25),
                 "P50": ("pour", 50), "DOSE": ("pour", 4), "2CL": ("pour", 2),
                 "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
        if code is None:
            return None, v
        if code in table:
            return table[code], v
        m = re.fullmatch(r"(\d+)CL", code)
        if not m:
            raise ValueError("bar measure code " + code)
        return ("bottle", float(m.group(1))), v
    if conn == "tablette":
        m = re.match(r"^T(\d\d) (.+?)(?: ((?:19|20)\d\d))?(?: \(([^)]+)\))? (\d+),(\d\d) €$", label)
        if not m or not 1 <= int(m.group(1)) <= 24:
            raise ValueError("tablette form")
        w = m.group(4)
        v = int(m.group(3)) if m.group(3) else None
        table = {"btl": ("btl", None), "½ btl": ("bottle", 37.5), "mag": ("bottle", 150),
                 "verre": ("pour", 12.5), "verre 15cl": ("pour", 15),
                 "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50),
                 "dose 4cl": ("pour", 4), "demi": ("draught", 25), "pinte": ("draught", 50)}
        if w is None:
            return None, v
        if w in table:
            return table[w], v
        m2 = re.fullmatch(r"(\d+)cl", w)
        if not m2:
            raise ValueError("tablette measure " + w)
        return ("bottle", float(m2.group(1))), v
    if conn == "livraison":
        m = re.fullmatch(r"cmd=(\d{6});sku=PV(\d{4});item=([ -~]{1,40});fmt=((\d+(?:,5)?)cl)?;mill=(\d{4}|NM)?", label)
        if not m or m.group(3) != m.group(3).rstrip():
            raise ValueError("livraison form")
        fmt, mill = m.group(5), m.group(6)
        if bool(fmt) != bool(mill):
            raise ValueError("livraison: fmt and mill must both be set or both empty")
        meas = ("bottle", float(fmt.replace(",", "."))) if fmt else None
        return meas, (int(mill) if mill and mill != "NM" else None)
    raise ValueError("unknown connection " + str(conn))


def shares_word(label, e):
    lw = [w for w in words(label) if w not in STOP and not w.isdigit() and len(w) >= 2]
    ew = {w for w in words(" ".join(x for x in (e["name"], e["producer"], e["appellation"] or "")))
          if w not in STOP}
    for t in lw:
        t2 = ABBR.get(t, t)
        for w in ew:
            if t2 == w or (len(t2) >= 4 and (w.startswith(t2) or (t2.startswith(w) and len(w) >= 4))):
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_lines):
        try:
            lib.append(json.loads(line, object_pairs_hook=lambda p: p))
        except ValueError:
            errs.append("library line %d: invalid JSON" % (i + 1))
    for i, line in enumerate(case_lines):
        try:
            cases.append(json.loads(line, object_pairs_hook=lambda p: p))
        except ValueError:
            errs.append("cases line %d: invalid JSON" % (i + 1))
    if errs:
        return errs
    L = []
    for i, p in enumerate(lib):
        if [k for k, _ in p] != LF:
            errs.append("library %d: field order" % (i + 1))
        L.append(dict(p))
    C = []
    for i, p in enumerate(cases):
        if [k for k, _ in p] != CF:
            errs.append("case %d: field order" % (i + 1))
        C.append(dict(p))
    if errs:
        return errs
    # library
    if not 110 <= len(L) <= 130:
        errs.append("library size %d" % len(L))
    byid = {}
    seen = set()
    for i, e in enumerate(L):
        if e["id"] != "ch%03d" % (i + 1):
            errs.append("id out of sequence: %s" % e["id"])
        byid[e["id"]] = e
        if e["colour"] not in COLOURS or e["category"] not in CATS:
            errs.append("%s: colour/category" % e["id"])
        if e["category"] in ("vin", "champagne") and e["colour"] is None:
            errs.append("%s: wine without colour" % e["id"])
        if e["category"] not in ("vin", "champagne") and e["colour"] is not None:
            errs.append("%s: colour on a %s" % (e["id"], e["category"]))
        if e["format_cl"] >= 1000 and e["category"] != "bière":
            errs.append("%s: keg that is not a beer" % e["id"])
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen:
            errs.append("%s: drink twice" % e["id"])
        seen.add(k)

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    fam = {}
    for e in L:
        fam.setdefault(wine(e), []).append(e)
    # cases
    if not 280 <= len(C) <= 300:
        errs.append("case count %d" % len(C))
    labels = set()
    tally = {}
    for c in C:
        lab, conn = c["label"], c["connection"]
        tag = "%r: " % lab
        if lab in labels:
            errs.append(tag + "duplicate label")
        labels.add(lab)
        tally.setdefault(conn, {"yes": 0, "almost": 0, "none": 0})
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append(tag + "expect")
            continue
        tally[conn][c["expect"]] += 1
        try:
            meas, v = read_label(conn, lab)
        except ValueError as x:
            errs.append(tag + str(x))
            continue
        if c["vintage"] != v:
            errs.append(tag + "vintage field %s, label says %s" % (c["vintage"], v))
        if "cut off by the till" in c["note"] and conn != "bar":
            errs.append(tag + "cut-off note on a till that does not cut vintages")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(tag + "none with an id, also_ok or units")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(tag + "unknown beverage_id")
            continue
        if meas is None:
            errs.append(tag + "a yes/almost without a measure")
            continue
        allf = fam[wine(e)]
        kind, vol = meas
        keg = e["category"] == "bière" and e["format_cl"] >= 1000
        if kind == "btl":
            vol = 75 if e["category"] in ("vin", "champagne") else None
            if vol is None:
                fm = {x["format_cl"] for x in allf}
                vol = fm.pop() if len(fm) == 1 else -1
            kind = "bottle"
        if kind == "bottle":
            if e["format_cl"] != vol or keg:
                errs.append(tag + "format %s, label says %s" % (e["format_cl"], vol))
            want = 1
        elif kind == "draught":
            if not keg:
                errs.append(tag + "draught on a drink that is not a keg")
            want = round(vol / e["format_cl"], 4)
        else:
            if e["category"] in ("bière", "soft"):
                errs.append(tag + "pour of a beer or soft")
            fm = sorted({x["format_cl"] for x in allf})
            ordf = 75 if 75 in fm else (fm[0] if len(fm) == 1 else None)
            if e["format_cl"] != ordf:
                errs.append(tag + "pour not from the ordinary bottle")
            want = round(vol / e["format_cl"], 4)
        if c["units_per_sale"] != want:
            errs.append(tag + "units %s, want %s" % (c["units_per_sale"], want))
        grp = sorted([x for x in allf if x["format_cl"] == e["format_cl"]],
                     key=lambda x: x["vintage"] or 0)
        vints = [x["vintage"] for x in grp]
        others = sorted(x["id"] for x in grp if x is not e)
        if c["expect"] == "yes":
            if v is not None:
                if e["vintage"] != v or c["also_ok"]:
                    errs.append(tag + "yes: entry vintage differs or also_ok not empty")
            else:
                if e is not grp[-1]:
                    errs.append(tag + "yes without vintage: not the most recent")
                if sorted(c["also_ok"]) != others:
                    errs.append(tag + "also_ok is not the other vintages")
        else:
            if v is None or v in vints or vints == [None]:
                errs.append(tag + "almost but the label's vintage is held or absent")
            else:
                best = min(grp, key=lambda x: (abs(x["vintage"] - v), -x["vintage"]))
                if e is not best:
                    errs.append(tag + "almost: not the nearest vintage")
                if sorted(c["also_ok"]) != others:
                    errs.append(tag + "also_ok is not the other vintages")
        if not shares_word(lab.split(";item=")[-1] if conn == "livraison" else lab, e):
            errs.append(tag + "shares no word with its entry")
    n = len(C) or 1
    tot = {a: sum(t[a] for t in tally.values()) for a in ("yes", "almost", "none")}
    for a, (lo, hi) in {"yes": (45, 52), "almost": (12, 17), "none": (33, 40)}.items():
        if not lo <= 100 * tot[a] / n <= hi:
            errs.append("answer split: %s %.1f %%" % (a, 100 * tot[a] / n))
    if set(tally) != {"bar", "tablette", "livraison"}:
        errs.append("tills: %s" % sorted(tally))
    for k, t in tally.items():
        for a in t:
            if t[a] == 0:
                errs.append("till %s has no %s" % (k, a))
    return errs


def load():
    with open(os.path.join(HERE, "cahors_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "cahors_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    assert check(lib, cases) == [], "clean files must pass"
    print("clean files: pass")
    def J(s):
        return json.loads(s)
    def D(o):
        return json.dumps(o, ensure_ascii=False)

    def first(pred):
        return next(i for i, s in enumerate(cases) if pred(J(s)))

    def edit(i, fn):
        c = copy.copy(cases)
        o = J(c[i])
        fn(o)
        c[i] = D(o)
        return c

    breaks = []
    b = copy.copy(cases); b[3] = b[3][:-1]; breaks.append(("invalid JSON", lib, b))
    o = J(cases[0]); b = copy.copy(cases)
    b[0] = D({k: o[k] for k in reversed(CF)}); breaks.append(("field order", lib, b))
    l2 = copy.copy(lib); del l2[10]; breaks.append(("id sequence", l2, cases))
    beer = next(i for i, s in enumerate(lib) if J(s)["category"] == "bière")
    l2 = copy.copy(lib); o = J(l2[beer]); o["colour"] = "blanc"; l2[beer] = D(o)
    breaks.append(("colour on a beer", l2, cases))
    i = first(lambda o: o["units_per_sale"] == 0.1667)
    breaks.append(("glass units", lib, edit(i, lambda o: o.update(units_per_sale=0.2))))
    i = first(lambda o: o["expect"] == "almost" and o["also_ok"])
    breaks.append(("almost on the farther vintage", lib,
                   edit(i, lambda o: o.update(beverage_id=o["also_ok"][0], also_ok=[]))))
    i = first(lambda o: o["expect"] == "none")
    breaks.append(("none with an id", lib, edit(i, lambda o: o.update(beverage_id="ch001"))))
    i = first(lambda o: o["expect"] == "yes" and o["also_ok"])
    breaks.append(("also_ok dropped", lib, edit(i, lambda o: o.update(also_ok=[]))))
    b = copy.copy(cases); b[5] = D(dict(J(b[5]), label=J(b[4])["label"]))
    breaks.append(("duplicate label", lib, b))
    i = first(lambda o: "½ btl" in o["label"] and o["expect"] == "yes")
    half = J(cases[i])["beverage_id"]
    n75 = next(J(s)["id"] for s in lib if J(s)["name"] == next(J(x)["name"] for x in lib if J(x)["id"] == half) and J(s)["format_cl"] == 75)
    breaks.append(("half answered with the 75 cl", lib, edit(i, lambda o: o.update(beverage_id=n75))))
    i = first(lambda o: o["label"].endswith("/DEMI") and o["expect"] == "yes")
    bott = next(J(s)["id"] for s in lib if J(s)["name"] == "Olt Blonde")
    breaks.append(("draught on the bottled beer", lib, edit(i, lambda o: o.update(beverage_id=bott))))
    i = first(lambda o: o["vintage"] is not None)
    breaks.append(("vintage not on the label", lib, edit(i, lambda o: o.update(vintage=o["vintage"] - 1))))
    i = first(lambda o: o["connection"] == "tablette" and o["expect"] == "yes")
    breaks.append(("label sharing no word", lib,
                   edit(i, lambda o: o.update(label=re.sub(r"^(T\d\d) .*?( \d{4})? (\(.*)$", r"\1 Xyzzy Qwerty\2 \3", o["label"])))))
    i = first(lambda o: o["connection"] == "bar" and o["expect"] == "none")
    breaks.append(("bar field over 18", lib, edit(i, lambda o: o.update(label="ABCDEFGHIJ KLMNOPQRST /VR"))))
    i = first(lambda o: o["connection"] == "tablette")
    breaks.append(("tablette price missing", lib, edit(i, lambda o: o.update(label=o["label"].rsplit(" ", 2)[0]))))
    i = first(lambda o: o["connection"] == "livraison" and o["expect"] == "yes" and "fmt=75cl" in o["label"])
    breaks.append(("livraison fmt against the entry", lib,
                   edit(i, lambda o: o.update(label=o["label"].replace("fmt=75cl", "fmt=150cl")))))
    b = [s for s in cases if not (J(s)["connection"] == "livraison" and J(s)["expect"] == "almost")]
    breaks.append(("a till without almost (and too few cases)", lib, b))
    i = first(lambda o: o["connection"] == "tablette" and o["expect"] == "yes")
    breaks.append(("cut-off note on an uncut till", lib,
                   edit(i, lambda o: o.update(note=o["note"] + " [2019 cut off by the till]"))))
    b = [s for s in cases if J(s)["expect"] != "almost"][:285]
    breaks.append(("answer split", lib, b))
    bad = 0
    for name, l, c in breaks:
        e = check(l, c)
        print("%-45s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        bad += not e
    print("%d kinds of break, %d not reported" % (len(breaks), bad))
    return bad == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    print("%d drinks, %d cases: %s" % (len(lib), len(cases), "OK" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
