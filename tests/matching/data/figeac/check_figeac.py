#!/usr/bin/env python3
"""Validate figeac_library.jsonl and figeac_cases.jsonl using only those two files.
`python3 check_figeac.py` checks the files; `--selftest` breaks copies on purpose and shows
that each break is reported and that the clean files pass."""
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("fiston", "appli", "cloud")

# measure word of each till -> (kind, volume cl); kind bottle / pour / unit
F_MEAS = {"bout": ("bottle", None), "demibout": ("bottle", 37.5), "mag": ("bottle", 150),
          "50cl": ("bottle", 50), "1l": ("bottle", 100), "vr": ("pour", 12.5),
          "vr12": ("pour", 12), "vr15": ("pour", 15), "vr6": ("pour", 6),
          "pich25": ("pour", 25), "pich50": ("pour", 50), "shot": ("pour", 4),
          "shot2": ("pour", 2), "demi": ("pour", 25), "pinte": ("pour", 50), "": ("unit", None)}
A_MEAS = {"Bouteille": ("bottle", None), "Demi-bouteille": ("bottle", 37.5),
          "Magnum": ("bottle", 150), "Bouteille 50 cl": ("bottle", 50), "1 L": ("bottle", 100),
          "Verre": ("pour", 12.5), "Verre 12 cl": ("pour", 12), "Verre 15 cl": ("pour", 15),
          "Verre 6 cl": ("pour", 6), "Pichet 25 cl": ("pour", 25), "Pichet 50 cl": ("pour", 50),
          "Dose": ("pour", 4), "Dose 2 cl": ("pour", 2), "Demi": ("pour", 25),
          "Pinte": ("pour", 50), "Standard": ("unit", None)}
C_MEAS = {"Bottle": ("bottle", None), "Half Bottle": ("bottle", 37.5), "Magnum": ("bottle", 150),
          "Bottle 50cl": ("bottle", 50), "1L": ("bottle", 100), "Glass": ("pour", 12.5),
          "Glass 12cl": ("pour", 12), "Glass 15cl": ("pour", 15), "Glass 6cl": ("pour", 6),
          "Carafe 25cl": ("pour", 25), "Carafe 50cl": ("pour", 50), "Shot": ("pour", 4),
          "Shot 2cl": ("pour", 2), "Draft 25cl": ("pour", 25), "Draft 50cl": ("pour", 50),
          "Regular": ("unit", None)}
C_CATS = {"Red Wine", "White Wine", "Rose Wine", "Sweet Wine", "Sparkling", "Aperitifs",
          "Spirits", "Draft Beer", "Bottled Beer", "Soft Drinks", "Food", "Hot Drinks", "Misc"}
F_STOP = {"de", "du", "des", "la", "le", "les", "d", "l", "et", "chateau", "domaine"}

def parse_label(conn, label):
    """(measure kind, volume, vintage, extra) or raises ValueError on a label off the till's form."""
    if conn == "fiston":
        m = re.fullmatch(r"([a-z0-9' .]+?)(?:/([a-z0-9]+))?", label)
        if not m or (m.group(2) is not None and m.group(2) not in F_MEAS):
            raise ValueError("fiston form")
        words = m.group(1).split(" ")
        vint = None
        for i, w in enumerate(words):
            if re.fullmatch(r"'\d\d", w):
                vint = 2000 + int(w[1:])
            elif re.fullmatch(r"19[5-9]\d", w):
                vint = int(w)
            elif w.isalpha():
                if len(w) > 5 or w in F_STOP:
                    raise ValueError("fiston word %r" % w)
            elif not re.fullmatch(r"[a-z0-9.]+", w):
                raise ValueError("fiston token %r" % w)
            if vint is not None and i != len(words) - 1:
                raise ValueError("fiston vintage not last")
        kind, vol = F_MEAS[m.group(2) or ""]
        return kind, vol, vint, None
    if conn == "appli":
        m = re.fullmatch(r"1 × (.+?) – (.+?)(?: \(((?:19|20)\d\d)\))?", label)
        if not m or m.group(1) not in A_MEAS:
            raise ValueError("appli form")
        kind, vol = A_MEAS[m.group(1)]
        return kind, vol, int(m.group(3)) if m.group(3) else None, None
    if conn == "cloud":
        m = re.fullmatch(r"([A-Za-z ]+): ([A-Z0-9 '.\-]+), ([A-Za-z0-9 ]+)", label)
        if not m or m.group(1) not in C_CATS or m.group(3) not in C_MEAS:
            raise ValueError("cloud form")
        item = m.group(2)
        if len(item) > 24 or item != item.strip():
            raise ValueError("cloud item longer than 24 columns")
        v = re.search(r" ((?:19[5-9]|20[0-2])\d)$", item)
        kind, vol = C_MEAS[m.group(3)]
        return kind, vol, int(v.group(1)) if v else None, m.group(1)
    raise ValueError("unknown connection %r" % conn)

def cloud_category(e):
    if e["category"] == "vin":
        return {"rouge": "Red Wine", "blanc": "White Wine", "rosé": "Rose Wine",
                "liquoreux": "Sweet Wine", "effervescent": "Sparkling"}[e["colour"]]
    if e["category"] == "bière":
        return "Draft Beer" if e["format_cl"] >= 1000 else "Bottled Beer"
    return {"champagne": "Sparkling", "spiritueux": "Spirits", "autre": "Aperitifs",
            "soft": "Soft Drinks"}[e["category"]]

def key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"])

def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, l in enumerate(lib_lines, 1):
        try:
            d = json.loads(l)
        except ValueError:
            errs.append("library line %d: not JSON" % i); continue
        if list(d) != LIB_FIELDS:
            errs.append("library line %d: field order %s" % (i, list(d)))
        lib.append(d)
    for i, d in enumerate(lib, 1):
        if d.get("id") != "fg%03d" % i:
            errs.append("library line %d: id %r out of sequence" % (i, d.get("id")))
        if d.get("category") not in CATEGORIES:
            errs.append("%s: category %r" % (d.get("id"), d.get("category")))
        if d.get("category") in ("vin", "champagne"):
            if d.get("colour") not in COLOURS:
                errs.append("%s: colour %r" % (d.get("id"), d.get("colour")))
        elif d.get("colour") is not None:
            errs.append("%s: colour on a non-wine" % d.get("id"))
        v = d.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 <= v <= 2024):
            errs.append("%s: vintage %r" % (d.get("id"), v))
        f = d.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("%s: format %r" % (d.get("id"), f))
        if d.get("category") == "bière" and isinstance(f, (int, float)) and f > 100 and f not in (2000, 3000):
            errs.append("%s: a keg must be 2000 or 3000 cl" % d.get("id"))
    if not 110 <= len(lib) <= 130:
        errs.append("library holds %d drinks (110-130)" % len(lib))
    seen = {}
    for d in lib:
        k = (*key(d), d.get("vintage"), d.get("format_cl"))
        if k in seen:
            errs.append("%s duplicates %s" % (d["id"], seen[k]))
        seen[k] = d.get("id")
    byid = {d.get("id"): d for d in lib}

    for i, l in enumerate(case_lines, 1):
        try:
            d = json.loads(l)
        except ValueError:
            errs.append("case line %d: not JSON" % i); continue
        if list(d) != CASE_FIELDS:
            errs.append("case line %d: field order %s" % (i, list(d)))
        cases.append(d)
    labels = set()
    counts = {}
    for i, c in enumerate(cases, 1):
        lab, exp, conn = c.get("label"), c.get("expect"), c.get("connection")
        where = "case %d %r" % (i, lab)
        if lab in labels:
            errs.append(where + ": duplicate label")
        labels.add(lab)
        if conn not in TILLS:
            errs.append(where + ": connection %r" % conn); continue
        if exp not in ("yes", "almost", "none"):
            errs.append(where + ": expect %r" % exp); continue
        counts[(conn, exp)] = counts.get((conn, exp), 0) + 1
        try:
            kind, vol, vint, ccat = parse_label(conn, lab)
        except ValueError as e:
            errs.append(where + ": " + str(e)); continue
        if c.get("vintage") != vint:
            errs.append(where + ": vintage %r but label reads %r" % (c.get("vintage"), vint))
        if not isinstance(c.get("note"), str) or not c["note"]:
            errs.append(where + ": empty note")
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                errs.append(where + ": a none carries an answer")
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            errs.append(where + ": unknown beverage_id %r" % c.get("beverage_id")); continue
        if ccat is not None and ccat != cloud_category(e):
            errs.append(where + ": cloud category %s for %s" % (ccat, e["id"]))
        fam = [x for x in lib if key(x) == key(e)]
        fmts = sorted({x["format_cl"] for x in fam})
        if kind == "bottle":
            fmt = vol if vol is not None else 75
        elif kind == "unit":
            fmt = fmts[0] if len(fmts) == 1 else None
        else:
            fmt = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
        if e["format_cl"] != fmt:
            errs.append(where + ": format %s but the label means %s" % (e["format_cl"], fmt)); continue
        cands = [x for x in fam if x["format_cl"] == fmt]
        if vint is None or all(x["vintage"] is None for x in cands):
            want = ("yes", max(cands, key=lambda x: x["vintage"] or 0)["id"])
        elif any(x["vintage"] == vint for x in cands):
            want = ("yes", next(x for x in cands if x["vintage"] == vint)["id"])
        else:
            want = ("almost", min(cands, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))["id"])
        if (exp, e["id"]) != want:
            errs.append(where + ": %s %s, the rules give %s %s" % (exp, e["id"], want[0], want[1]))
        if exp == "yes" and vint is not None and not all(x["vintage"] is None for x in cands):
            want_also = []
        else:
            want_also = sorted(x["id"] for x in cands if x["id"] != want[1])
        if sorted(c.get("also_ok") or []) != want_also or len(set(c.get("also_ok") or [])) != len(c.get("also_ok") or []):
            errs.append(where + ": also_ok %s, want %s" % (c.get("also_ok"), want_also))
        want_u = 1 if kind in ("bottle", "unit") else round(vol / fmt, 4)
        u = c.get("units_per_sale")
        if not isinstance(u, (int, float)) or abs(u - want_u) > 1e-9 or round(u, 4) != u:
            errs.append(where + ": units %r, want %r" % (u, want_u))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases (280-300)" % n)
    if n:
        share = {x: sum(v for (t, a), v in counts.items() if a == x) / n for x in ("yes", "almost", "none")}
        for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[x] <= hi:
                errs.append("share of %s %.3f outside %.2f-%.2f" % (x, share[x], lo, hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not counts.get((t, x)):
                errs.append("till %s has no %s" % (t, x))
    return errs, counts

def load():
    with open(os.path.join(HERE, "figeac_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "figeac_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases

def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    assert not errs, errs
    print("clean files: pass")
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    def find(pred):
        return next(i for i, c in enumerate(C) if pred(c))
    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]
    breaks = []
    def brk(name, fn_lib=None, fn_cases=None, raw=None):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        if fn_lib: fn_lib(l2)
        if fn_cases: fn_cases(c2)
        ll, cl = dump(l2), dump(c2)
        if raw: raw(ll, cl)
        breaks.append((name, ll, cl))
    brk("not JSON", raw=lambda ll, cl: cl.__setitem__(5, cl[5][:-1]))
    brk("field order", fn_cases=lambda c: c.__setitem__(3, {k: c[3][k] for k in reversed(CASE_FIELDS)}))
    brk("library id gap", fn_lib=lambda l: l[10].__setitem__("id", "fg999"))
    brk("bad colour", fn_lib=lambda l: l[0].__setitem__("colour", "red"))
    i_v = find(lambda c: c["expect"] == "yes" and c["vintage"])
    brk("vintage field wrong", fn_cases=lambda c: c[i_v].__setitem__("vintage", c[i_v]["vintage"] - 1))
    brk("also_ok on a yes with vintage", fn_cases=lambda c: c[i_v].__setitem__("also_ok", ["fg001"]))
    i_a = find(lambda c: c["expect"] == "almost" and c["also_ok"])
    def swap_almost(c):
        c[i_a]["beverage_id"], c[i_a]["also_ok"][0] = c[i_a]["also_ok"][0], c[i_a]["beverage_id"]
    brk("almost not the nearest vintage", fn_cases=swap_almost)
    i_g = find(lambda c: c["units_per_sale"] not in (None, 1))
    brk("units wrong", fn_cases=lambda c: c[i_g].__setitem__("units_per_sale", 0.1667 if c[i_g]["units_per_sale"] != 0.1667 else 0.2))
    i_n = find(lambda c: c["expect"] == "none")
    brk("none with an answer", fn_cases=lambda c: c[i_n].__setitem__("beverage_id", "fg001"))
    brk("duplicate label", fn_cases=lambda c: c[1].__setitem__("label", c[0]["label"]))
    i_f = find(lambda c: c["connection"] == "fiston")
    brk("fiston form (capitals)", fn_cases=lambda c: c[i_f].__setitem__("label", c[i_f]["label"].upper()))
    i_c = find(lambda c: c["connection"] == "cloud")
    brk("cloud item over 24 columns", fn_cases=lambda c: c[i_c].__setitem__("label", c[i_c]["label"].replace(": ", ": XXXXXXXXXXXXXXXXXXXXXXXXX ")))
    i_h = find(lambda c: c["connection"] == "appli" and "Demi-bouteille" in c["label"] and c["expect"] == "yes")
    brk("half bottle on the 75 cl entry", fn_cases=lambda c: c[i_h].__setitem__("label", c[i_h]["label"].replace("Demi-bouteille", "Bouteille")))
    brk("counts out of range", fn_cases=lambda c: c.__delitem__(slice(0, 40)))
    brk("unknown connection", fn_cases=lambda c: c[0].__setitem__("connection", "web"))
    i_cc = find(lambda c: c["connection"] == "cloud" and c["expect"] == "yes" and c["label"].startswith("Red Wine"))
    brk("cloud category contradicts the entry", fn_cases=lambda c: c[i_cc].__setitem__("label", c[i_cc]["label"].replace("Red Wine", "White Wine")))
    brk("keg volume", fn_lib=lambda l: [d.__setitem__("format_cl", 2500) for d in l if d["name"] == "1664"])
    ok = True
    for name, ll, cl in breaks:
        errs, _ = check(ll, cl)
        print("%-40s %s" % (name, ("reported: " + errs[0][:90]) if errs else "NOT REPORTED"))
        ok = ok and bool(errs)
    print("selftest: %d breaks, %s" % (len(breaks), "all reported" if ok else "SOME MISSED"))
    return ok

def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, counts = check(*load())
    for e in errs:
        print("ERROR", e)
    tot = sum(counts.values())
    print("%-8s %5s %7s %5s %6s" % ("till", "yes", "almost", "none", "total"))
    for t in (*TILLS, "all"):
        row = [sum(v for (tt, a), v in counts.items() if a == x and (t == "all" or tt == t)) for x in ("yes", "almost", "none")]
        print("%-8s %5d %7d %5d %6d" % (t, row[0], row[1], row[2], sum(row)))
    print("%d cases, %s" % (tot, "OK" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
