#!/usr/bin/env python3
"""Check rouen_library.jsonl / rouen_cases.jsonl alone (imports nothing of the build). --selftest breaks copies."""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LF = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CF = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
POUR = {"VRE": 12.5, "VRE12": 12, "VRE15": 15, "PICH25": 25, "PICH50": 50, "CP": 12.5, "DOSE": 4, "DEMI": 25, "PINTE": 50, "BOLEE": 25}
EVTP = [("DemiBtl", "half"), ("Verre12", 12), ("Verre15", 15), ("Verre", 12.5), ("Pich25", 25), ("Pich50", 50), ("Coupe", 12.5), ("Dose", 4), ("Demi", 25), ("Pinte", 50), ("Bolee", 25), ("Mag", "mag")]
SALP = {"verre": 12.5, "verre 12cl": 12, "verre 15cl": 15, "pichet 25cl": 25, "pichet 50cl": 50, "coupe": 12.5, "dose 4cl": 4, "demi 25cl": 25, "pinte 50cl": 50, "bolée 25cl": 25}

def vintage_of(label, till):
    if till == "BAR":
        t = label.split(" ")[-1]
        if re.fullmatch(r"\d\d", t):
            n = int(t); return 2000 + n if n <= 30 else 1900 + n
        return None
    if till == "SALLE":
        m = re.search(r" ((?:19|20)\d\d)(?: \(|$)", label); return int(m.group(1)) if m else None
    m = re.search(r"[A-Za-z]((?:19|20)\d\d)$", label); return int(m.group(1)) if m else None

def measure(label, till):
    """('pour', cl) | ('half',) | ('mag',) | ('size', cl) | ('btl',)"""
    if till == "BAR":
        w = label.split(":", 1)[1].split(" ")
        if w[0] in POUR: return ("pour", POUR[w[0]])
        if w[0] == "1/2": return ("half",)
        if w[0] == "MAG": return ("mag",)
        m = re.search(r" (\d+)CL\b", label)
        return ("size", float(m.group(1))) if m else ("btl",)
    if till == "SALLE":
        m = re.search(r"\(([^)]*)\)$", label)
        if not m: return ("btl",)
        t = m.group(1)
        if t in SALP: return ("pour", SALP[t])
        if t == "37,5cl": return ("half",)
        if t == "150cl": return ("mag",)
        return ("size", float(t[:-2].replace(",", ".")))
    for p, v in EVTP:
        if (label.startswith(p) and label[len(p):len(p) + 1].isupper()) or (label.startswith(p) and label[len(p):len(p)+1].isdigit() and p == "Mag"):
            return (v,) if isinstance(v, str) else ("pour", v)
    m = re.search(r"(25|33|50|70|75|100)cl$", label)
    return ("size", float(m.group(1))) if m else ("btl",)

def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib = []
    for i, l in enumerate(lib_lines):
        try: e = json.loads(l)
        except Exception: E("library line %d not JSON" % (i + 1)); continue
        if list(e) != LF: E("library %d fields out of order" % (i + 1))
        if e.get("id") != "ro%03d" % (i + 1): E("library id %s out of sequence" % e.get("id"))
        cat, col = e.get("category"), e.get("colour")
        if cat not in ("vin", "champagne", "spiritueux", "bière", "soft", "autre"): E("bad category %s" % e["id"])
        if cat in ("vin", "champagne") and col not in ("rouge", "blanc", "rosé", "effervescent", "liquoreux"): E("wine without colour %s" % e["id"])
        if cat not in ("vin", "champagne") and col is not None: E("colour on non-wine %s" % e["id"])
        if e.get("format_cl", 0) >= 2000 and ((cat != "bière" and e.get("name", "").find("Cidre") < 0) or e["format_cl"] not in (2000, 3000)): E("bad keg %s" % e["id"])
        lib.append(e)
    if not 110 <= len(lib) <= 130: E("library size %d" % len(lib))
    ids = {e["id"]: e for e in lib}
    def same(a, b):
        return all(a[k] == b[k] for k in ("name", "producer", "appellation", "colour", "format_cl"))
    cases, labels = [], set()
    for i, l in enumerate(case_lines):
        try: c = json.loads(l)
        except Exception: E("case line %d not JSON" % (i + 1)); continue
        cases.append(c)
        if list(c) != CF: E("case %d fields out of order" % (i + 1)); continue
        lab, till = c["label"], c["connection"]
        if lab in labels: E("duplicate label %r" % lab)
        labels.add(lab)
        if not c["note"]: E("empty note %r" % lab)
        if till == "BAR":
            if len(lab) > 23 or lab != lab.upper() or not lab.isascii() or not re.match(r"(VIN|CHP|NOR|BIE|APE|ALC|SOF|CUI|CAF):", lab): E("BAR form %r" % lab)
        elif till == "SALLE":
            if lab == lab.upper() or (c["expect"] != "none" and not lab.endswith(")")): E("SALLE form %r" % lab)
        elif till == "EVT":
            if len(lab) > 24 or " " in lab or not lab.isascii() or not lab[0].isupper(): E("EVT form %r" % lab)
        else: E("bad connection %r" % till)
        v = vintage_of(lab, till)
        if c["vintage"] != v: E("vintage %r read %r on %r" % (c["vintage"], v, lab))
        ex = c["expect"]
        if ex == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None: E("none with an answer %r" % lab)
            continue
        if ex not in ("yes", "almost"): E("bad expect %r" % lab); continue
        e = ids.get(c["beverage_id"])
        if not e: E("unknown id %r" % lab); continue
        group = [x for x in lib if same(x, e)]
        others = sorted(x["id"] for x in group if x["id"] != e["id"])
        exp_also = [] if (ex == "yes" and v is not None and e["vintage"] == v) else others
        if c["also_ok"] != exp_also: E("also_ok %r" % lab)
        vs = [x["vintage"] for x in group]
        if ex == "yes":
            if v is not None and e["vintage"] is not None and e["vintage"] != v: E("yes on another vintage %r" % lab)
            if v is not None and e["vintage"] == v and c["also_ok"]: pass
            if (v is None or e["vintage"] is None) and e["vintage"] != max(vs, key=lambda x: x or 0): E("yes not the most recent %r" % lab)
        else:
            if v is None or v in vs: E("almost without a missing vintage %r" % lab)
            else:
                best = sorted(vs, key=lambda x: (abs(x - v), -x))[0]
                if e["vintage"] != best: E("almost not the nearest %r" % lab)
        m = measure(lab, till)
        f = e["format_cl"]
        if m[0] == "half" and f != 37.5 and not (till == "EVT" and m[0] == "half"): E("half on %s %r" % (f, lab))
        if m[0] == "half" and f != 37.5: E("half bottle answered with %s %r" % (f, lab))
        if m[0] == "mag" and f != 150: E("magnum answered with %s %r" % (f, lab))
        if m[0] == "size" and f != m[1]: E("size %s answered with %s %r" % (m[1], f, lab))
        if m[0] == "btl" and (f in (37.5, 150) or f >= 2000): E("bottle answered with %s %r" % (f, lab))
        if m[0] == "pour":
            if f in (37.5, 150): E("pour from a half or magnum %r" % lab)
            draught = (till == "BAR" and re.match(r"BIE:(DEMI|PINTE) ", lab)) or (till == "EVT" and re.match(r"(Demi|Pinte)[A-Z]", lab)) or (till == "SALLE" and re.search(r"\((demi|pinte) ", lab))
            if draught and f < 2000: E("draught answered with a bottle %r" % lab)
            want = round(m[1] / f, 4)
            if c["units_per_sale"] != want: E("units %r != %r on %r" % (c["units_per_sale"], want, lab))
        elif c["units_per_sale"] != 1: E("bottle units %r" % lab)
    n = len(cases)
    if not 280 <= n <= 300: E("case count %d" % n)
    if n:
        share = {k: sum(c.get("expect") == k for c in cases) / n for k in ("yes", "almost", "none")}
        if not (.45 <= share["yes"] <= .52 and .12 <= share["almost"] <= .17 and .33 <= share["none"] <= .40): E("mix %r" % share)
        for t in ("BAR", "SALLE", "EVT"):
            for k in ("yes", "almost", "none"):
                if not any(c.get("connection") == t and c.get("expect") == k for c in cases): E("till %s lacks %s" % (t, k))
    return errs

def load():
    return (open(os.path.join(HERE, "rouen_library.jsonl"), encoding="utf-8").read().splitlines(),
            open(os.path.join(HERE, "rouen_cases.jsonl"), encoding="utf-8").read().splitlines())

def selftest():
    L, C = load()
    assert not check(L, C), check(L, C)[:5]
    print("clean files: OK")
    def js(o):
        return json.dumps(o, ensure_ascii=False)
    cs = [json.loads(l) for l in C]
    def first(pred):
        return next(i for i, c in enumerate(cs) if pred(c))
    def br(i, **kw):
        c = copy.deepcopy(cs[i]); c.update(kw); C2 = list(C); C2[i] = js(c); return C2
    breaks = []
    i = first(lambda c: c["units_per_sale"] not in (None, 1)); breaks.append(("glass units", L, br(i, units_per_sale=1)))
    i = first(lambda c: c["expect"] == "almost" and c["also_ok"]); breaks.append(("almost on farther vintage", L, br(i, beverage_id=cs[i]["also_ok"][0], also_ok=sorted([cs[i]["beverage_id"], *cs[i]["also_ok"][1:]]))))
    i = first(lambda c: "cut off" in c["note"]); breaks.append(("cut vintage kept", L, br(i, vintage=2022)))
    i = first(lambda c: c["expect"] == "none"); breaks.append(("none with an id", L, br(i, beverage_id="ro001")))
    i = first(lambda c: c["connection"] == "BAR"); breaks.append(("BAR lower case and long", L, br(i, label=cs[i]["label"].lower() + " xxxxxxxxxxxxxxx")))
    i = first(lambda c: c["also_ok"]); breaks.append(("also_ok dropped", L, br(i, also_ok=[])))
    i = first(lambda c: c["label"].startswith("VIN:1/2") and c["expect"] == "yes"); breaks.append(("half answered with 75 cl", L, br(i, beverage_id="ro002", also_ok=["ro001"])))
    C2 = list(C); C2[5] = C2[4]; breaks.append(("duplicate label", L, C2))
    L2 = list(L); L2[3], L2[4] = L2[4], L2[3]; breaks.append(("library id out of sequence", L2, C))
    i = first(lambda c: True); c = cs[i]; C2 = list(C); C2[i] = js({k: c[k] for k in reversed(CF)}); breaks.append(("fields out of order", L, C2))
    C2 = list(C); C2[7] = "{not json"; breaks.append(("line not JSON", L, C2))
    breaks.append(("too few cases", L, C[:200]))
    L2 = list(L); e = json.loads(L2[0]); e["colour"] = None; L2[0] = js(e); breaks.append(("wine without colour", L2, C))
    i = first(lambda c: c["connection"] == "EVT" and c["label"].startswith("Pinte") and c["expect"] == "yes"); breaks.append(("draught pint on bottle", L, br(i, beverage_id="ro096")))
    i = first(lambda c: c["connection"] == "SALLE" and c["expect"] == "yes" and c["vintage"] and not c["also_ok"] and c["beverage_id"] == "ro002"); breaks.append(("yes on another vintage", L, br(i, beverage_id="ro001", also_ok=["ro002"])))
    bad = 0
    for name, l2, c2 in breaks:
        errs = check(l2, c2)
        print("%-28s %s" % (name, ("REPORTED: " + errs[0]) if errs else "MISSED"))
        bad += not errs
    print("%d breaks, %d missed" % (len(breaks), bad))
    return bad == 0

if __name__ == "__main__":
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs = check(*load())
    for e in errs: print(e)
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)
