"""Check brive_library.jsonl and brive_cases.jsonl (reads only these two files). --selftest breaks copies."""
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
K_DEPT = {11: "rouge", 12: "blanc", 13: "rosé", 14: "effervescent", 15: "liquoreux", 21: "bière", 22: "soft",
          31: "autre", 32: "spiritueux", 41: None, 42: None, 43: None}
T_CAT = {"Vins rouges": "rouge", "Vins blancs": "blanc", "Vins rosés": "rosé", "Champagnes": "effervescent",
         "Vins doux": "liquoreux", "Bières": "bière", "Sans alcool": "soft", "Apéritifs": "autre",
         "Digestifs": "spiritueux", "Cuisine": None, "Boissons chaudes": None, "Divers": None}
POUR = {"VR": 12.5, "VR12": 12, "VR15": 15, "P25": 25, "P50": 50, "DOSE": 4, "FLUTE": 12.5, "DEMI": 25, "PINTE": 50}
K_M = {"1/2": "HALF", "MAG": "MAG", "50CL": "50CL", **{k: k for k in POUR}}
T_M = {"bouteille": "BTL", "demi-bouteille": "HALF", "magnum": "MAG", "verre": "VR", "verre 12cl": "VR12",
       "verre 15cl": "VR15", "pichet 25cl": "P25", "pichet 50cl": "P50", "dose": "DOSE", "flûte": "FLUTE",
       "demi": "DEMI", "pinte": "PINTE", "50cl": "50CL"}
X_M = {"btl": "BTL", "1/2": "HALF", "mag": "MAG", "vr": "VR", "vr12": "VR12", "vr15": "VR15", "p25": "P25",
       "p50": "P50", "ds4": "DOSE", "flute": "FLUTE", "demi": "DEMI", "pinte": "PINTE", "u": "U", "50cl": "50CL"}

def family(e):
    return e["colour"] if e["category"] in ("vin", "champagne") else e["category"]

def parse(c):
    """Return (family-or-None-if-unknown, measure, vintage, errors) from the label form of its till."""
    lab, conn, errs = c["label"], c["connection"], []
    if conn == "K":
        m = re.fullmatch(r"(\d\d) ([A-Z0-9/ .'&-]{1,18})", lab)
        if not m or lab != lab.upper(): return None, None, None, ["K form"]
        toks = m.group(2).split()
        meas = K_M.get(toks[0], "BTL") if len(toks) > 1 else "BTL"
        v = None
        if len(toks) >= 2 and re.fullmatch(r"\d\d", toks[-1]):
            y = int(toks[-1]); v = 1900 + y if y > 30 else 2000 + y
        return ("dept", int(m.group(1))), meas, v, errs
    if conn == "T":
        m = re.fullmatch(r"([^>]+) > (.+?)(?: · (.+))?", lab)
        if not m or m.group(1) not in T_CAT or lab.upper() == lab: return None, None, None, ["T form"]
        meas = T_M.get(m.group(3), "?") if m.group(3) else "BTL"
        ys = [int(t) for t in re.findall(r"\b(\d{4})\b", m.group(2)) if 1950 <= int(t) <= 2030]
        return ("cat", m.group(1)), meas, (ys[-1] if ys else None), errs
    if conn == "X":
        m = re.fullmatch(r"(\d{5});([a-z0-9/ .'&-]{1,22});([a-z0-9/]+)", lab)
        if not m or m.group(3) not in X_M: return None, None, None, ["X form"]
        ys = [int(t) for t in re.findall(r"\b(\d{4})\b", m.group(2)) if 1950 <= int(t) <= 2030]
        return ("x", None), X_M[m.group(3)], (ys[-1] if ys else None), errs
    return None, None, None, ["unknown connection"]

def check(lib_path, cases_path):
    errs = []
    try:
        lib = [json.loads(l) for l in open(lib_path, encoding="utf-8")]
        cases = [json.loads(l) for l in open(cases_path, encoding="utf-8")]
    except Exception as ex:
        return [f"bad JSON: {ex}"]
    byid = {}
    if not 110 <= len(lib) <= 130: errs.append("library size %d" % len(lib))
    for i, e in enumerate(lib):
        if list(e) != LIB_FIELDS: errs.append("library field order {}".format(e.get("id")))
        if e.get("id") != "bw%03d" % (i + 1): errs.append("id sequence at %d" % (i + 1))
        if e.get("colour") not in COLOURS or e.get("category") not in CATS: errs.append("colour/category {}".format(e.get("id")))
        if (e.get("category") in ("vin", "champagne")) != (e.get("colour") is not None): errs.append("colour vs category {}".format(e["id"]))
        if e.get("category") == "bière" and e.get("format_cl", 0) > 100 and e["format_cl"] not in (2000, 3000): errs.append("keg size {}".format(e["id"]))
        byid[e.get("id")] = e
    groups = {}
    for e in lib:
        groups.setdefault((e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"]), []).append(e)
    if not 280 <= len(cases) <= 300: errs.append("case count %d" % len(cases))
    seen, counts = set(), {}
    for c in cases:
        lab = c.get("label")
        if list(c) != CASE_FIELDS: errs.append(f"case field order {lab}"); continue
        if lab in seen: errs.append(f"duplicate label {lab}")
        seen.add(lab)
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
        fam, meas, v, pe = parse(c)
        errs += [f"{lab}: {x}" for x in pe]
        if pe: continue
        if c["vintage"] != v: errs.append("{}: vintage {}, label reads {}".format(lab, c["vintage"], v))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(f"{lab}: none with an id/also_ok/units")
            continue
        if c["expect"] not in ("yes", "almost"): errs.append("{}: expect {}".format(lab, c["expect"])); continue
        e = byid.get(c["beverage_id"])
        if e is None: errs.append(f"{lab}: unknown id"); continue
        if fam[0] == "dept" and K_DEPT.get(fam[1]) != family(e): errs.append(f"{lab}: department vs entry")
        if fam[0] == "cat" and T_CAT.get(fam[1]) != family(e): errs.append(f"{lab}: category vs entry")
        g = groups[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])]
        others = sorted(x["id"] for x in g if x is not e)
        if c["expect"] == "yes" and v is not None and e["vintage"] is not None: others = []
        if sorted(c["also_ok"]) != others: errs.append(f"{lab}: also_ok should be {others}")
        vins = [x["vintage"] for x in g if x["vintage"] is not None]
        if c["expect"] == "yes":
            if v is not None and vins and e["vintage"] != v: errs.append(f"{lab}: yes on another vintage")
            if v is None and vins and e["vintage"] != max(vins): errs.append(f"{lab}: yes not on most recent")
            if v is not None and vins and c["also_ok"]: errs.append(f"{lab}: also_ok with a vintage")
        else:
            if v is None or v in vins: errs.append(f"{lab}: almost without a missing vintage")
            else:
                best = min(vins, key=lambda y: (abs(y - v), -y))
                if e["vintage"] != best: errs.append(f"{lab}: almost not on nearest vintage {best}")
        fmt = e["format_cl"]
        if meas in POUR:
            if meas in ("DEMI", "PINTE") and fmt < 2000: errs.append(f"{lab}: beer measure off a keg")
            if meas not in ("DEMI", "PINTE") and fmt >= 2000: errs.append(f"{lab}: keg poured otherwise")
            if fmt in (37.5, 150): errs.append(f"{lab}: pour from a half or magnum")
            want = round(POUR[meas] / fmt, 4)
        else:
            if fmt >= 2000: errs.append(f"{lab}: keg sold as bottle")
            need = {"HALF": 37.5, "MAG": 150, "50CL": 50}.get(meas)
            if need is not None and fmt != need: errs.append(f"{lab}: format {fmt} vs label {meas}")
            if need is None and fmt in (37.5, 150): errs.append(f"{lab}: half/magnum without format word")
            want = 1
        if c["units_per_sale"] != want: errs.append("{}: units {}, expected {}".format(lab, c["units_per_sale"], want))
    n = len(cases)
    for ans, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        k = sum(v for (cn, a), v in counts.items() if a == ans)
        if not lo <= k / max(n, 1) <= hi: errs.append(f"share of {ans} {k / max(n, 1):.3f}")
    for conn in "KTX":
        for ans in ("yes", "almost", "none"):
            if not counts.get((conn, ans)): errs.append(f"till {conn} has no {ans}")
    return errs

def selftest():
    lib = open(os.path.join(HERE, "brive_library.jsonl"), encoding="utf-8").read().splitlines()
    cs = open(os.path.join(HERE, "brive_cases.jsonl"), encoding="utf-8").read().splitlines()
    def J(l):
        return json.loads(l)
    def D(o):
        return json.dumps(o, ensure_ascii=False)
    def edit(lines, pred, fn):
        out, done = [], False
        for l in lines:
            o = J(l)
            if not done and pred(o): o = fn(o); done = True
            out.append(D(o) if isinstance(o, dict) else o)
        assert done
        return out
    def ren(o, k, v): o[k] = v; return o
    breaks = {
        "bad JSON": (lib, [*cs[:5], "{oops", *cs[5:]]),
        "library field order": (edit(lib, lambda o: True, lambda o: dict(reversed(list(o.items())))), cs),
        "id sequence": (lib[1:2] + lib[:1] + lib[2:], cs),
        "bad colour": (edit(lib, lambda o: o["colour"] == "rouge", lambda o: ren(o, "colour", "red")), cs),
        "duplicate label": (lib, cs + cs[:1]),
        "almost on farther vintage": (lib, edit(cs, lambda o: o["expect"] == "almost" and o["also_ok"], lambda o: ren(ren(o, "beverage_id", o["also_ok"][0]), "also_ok", [o["beverage_id"]]))),
        "also_ok emptied": (lib, edit(cs, lambda o: o["expect"] == "yes" and o["also_ok"], lambda o: ren(o, "also_ok", []))),
        "wrong vintage field": (lib, edit(cs, lambda o: o["vintage"], lambda o: ren(o, "vintage", o["vintage"] + 1))),
        "pichet units": (lib, edit(cs, lambda o: o["label"].startswith("11 P50"), lambda o: ren(o, "units_per_sale", 0.5)))
        ,"demi units": (lib, edit(cs, lambda o: o["label"].endswith(";demi") and o["expect"] == "yes", lambda o: ren(o, "units_per_sale", 0.0083))),
        "K lower case": (lib, edit(cs, lambda o: o["connection"] == "K", lambda o: ren(o, "label", o["label"].lower()))),
        "K too wide": (lib, edit(cs, lambda o: o["connection"] == "K", lambda o: ren(o, "label", o["label"] + " XXXXXXXXXXXXXXXXXX"))),
        "T without category": (lib, edit(cs, lambda o: o["connection"] == "T", lambda o: ren(o, "label", o["label"].split(" > ", 1)[1]))),
        "X name too wide": (lib, edit(cs, lambda o: o["connection"] == "X", lambda o: ren(o, "label", o["label"].replace(";", ";aaaaaaaaaaaaaaaaaaaaaa", 1)))),
        "none with an id": (lib, edit(cs, lambda o: o["expect"] == "none", lambda o: ren(o, "beverage_id", "bw001"))),
        "magnum label on 75 cl": (lib, edit(cs, lambda o: o["label"].startswith("11 MAG REIGNAC") and o["expect"] == "yes", lambda o: ren(o, "beverage_id", "bw035"))),
        "K department vs colour": (lib, edit(cs, lambda o: o["connection"] == "K" and o["label"].startswith("11") and o["expect"] == "yes", lambda o: ren(o, "label", "12" + o["label"][2:]))),
        "yes on an old vintage": (lib, edit(cs, lambda o: o["expect"] == "yes" and o["vintage"] is None and o["also_ok"], lambda o: ren(ren(o, "beverage_id", o["also_ok"][0]), "also_ok", [o["beverage_id"]]))),
        "too few cases": (lib, cs[:200]),
    }
    ok = True
    with tempfile.TemporaryDirectory() as d:
        def run(l, c):
            p1, p2 = os.path.join(d, "l.jsonl"), os.path.join(d, "c.jsonl")
            open(p1, "w", encoding="utf-8").write("\n".join(l) + "\n"); open(p2, "w", encoding="utf-8").write("\n".join(c) + "\n")
            return check(p1, p2)
        clean = run(lib, cs)
        print("clean files: %s" % ("pass" if not clean else f"FAIL {clean[:3]}")); ok &= not clean
        for name, (l, c) in breaks.items():
            e = [x for x in run(l, c) if x not in clean]
            print("%-28s %s" % (name, "reported: " + e[0] if e else "NOT REPORTED")); ok &= bool(e)
    print("selftest %s (%d kinds of break)" % ("ok" if ok else "FAILED", len(breaks)))
    return ok

if __name__ == "__main__":
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs = check(os.path.join(HERE, "brive_library.jsonl"), os.path.join(HERE, "brive_cases.jsonl"))
    print("\n".join(errs) if errs else "ok: all checks pass")
    sys.exit(1 if errs else 0)
