"""Check the Dax blind set from its two jsonl files only.

    python3 check_dax.py            # check dax_library.jsonl and dax_cases.jsonl
    python3 check_dax.py --selftest # break copies on purpose, show each break is caught
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("zinc", "cure", "bons")
POUR_CODES = {"VR": 12.5, "CP": 12.5, "DS": 4}
CURE_MEAS = {"verre": 12.5, "coupe": 12.5, "dose": 4, "demi pression": 25, "pinte pression": 50}
BONS_MEAS = {"vre": 12.5, "coupe": 12.5, "dose": 4, "demi": 25, "pinte": 50}


def yy(s):
    n = int(s)
    return 1900 + n if n > 30 else 2000 + n


def parse(conn, label):
    """-> (vintage, kind, volume) ; kind: bottle (volume = format), pour, piece, pot, or error string."""
    if conn == "zinc":
        m = re.fullmatch(r"(1(?:BT|DB|MG|VR|CP|DS|PT|PC)|\d+(?:,\d)?CL) ([A-Z0-9 ]+)", label)
        if not m:
            return None, "zinc form", None
        meas, name = m.groups()
        if len(name) > 18 or name != name.strip():
            return None, "zinc name over 18 columns", None
        toks = name.split(" ")
        v = yy(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        code = {"1BT": ("bottle", None), "1DB": ("bottle", 37.5), "1MG": ("bottle", 150),
                "1PT": ("pot", None), "1PC": ("piece", None)}
        if meas in code:
            return v, code[meas][0], code[meas][1]
        if meas[1:] in POUR_CODES:
            return v, "pour", POUR_CODES[meas[1:]]
        return v, "cl", float(meas[:-2].replace(",", "."))
    if conn == "cure":
        m = re.fullmatch(r"(.+?)(?: ((?:19|20)\d\d))? · ([^·]+?)(?: · (\d+) kcal)?", label)
        if not m:
            return None, "cure form", None
        _, v, meas, kc = m.groups()
        v = int(v) if v else None
        if (kc is None) != (meas == "forfait"):
            return v, "cure kcal", None
        if meas in ("portion", "forfait"):
            return v, "piece", None
        if meas == "théière":
            return v, "pot", None
        if meas == "bouteille":
            return v, "bottle", None
        if meas == "demi-bouteille":
            return v, "bottle", 37.5
        if meas == "magnum":
            return v, "bottle", 150
        if meas in CURE_MEAS:
            return v, "pour", CURE_MEAS[meas]
        m2 = re.fullmatch(r"bouteille (\d+(?:,\d+)?) (cl|l)", meas)
        if m2:
            x = float(m2.group(1).replace(",", "."))
            return v, "bottle", x * 100 if m2.group(2) == "l" else x
        m2 = re.fullmatch(r"(verre|pichet|dose) (\d+) cl", meas)
        if m2:
            return v, "pour", float(m2.group(2))
        return v, "cure measure", None
    if conn == "bons":
        m = re.fullmatch(r"(.+?) \.{2,} (btl|1/2 btl|mag|vre|coupe|dose|demi|pinte|pot|pce|1L|\d+(?:,\d)?cl|vre \d+|pich \d+|dose \d+)", label)
        if not m or len(label) != 32:
            return None, "bons form", None
        name, meas = m.groups()
        if name != name.strip() or name[:1].islower() or name[1:] != name[1:].lower() or not name.isascii():
            return None, "bons case", None
        mv = re.search(r" '(\d\d)$", name)
        v = yy(mv.group(1)) if mv else None
        d = {"btl": ("bottle", None), "1/2 btl": ("bottle", 37.5), "mag": ("bottle", 150),
             "pot": ("pot", None), "pce": ("piece", None), "1L": ("bottle", 100)}
        if meas in d:
            return v, d[meas][0], d[meas][1]
        if meas in BONS_MEAS:
            return v, "pour", BONS_MEAS[meas]
        if meas.endswith("cl"):
            return v, "bottle", float(meas[:-2].replace(",", "."))
        return v, "pour", float(meas.split()[1])
    return None, "connection", None


def same_wine(a, b):
    return all(a[k] == b[k] for k in ("name", "producer", "appellation", "colour", "format_cl"))


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, l in enumerate(lib_lines):
        try:
            d = json.loads(l)
        except ValueError:
            errs.append("library line %d: bad JSON" % (i + 1)); continue
        if list(d) != LIB_FIELDS:
            errs.append("library line %d: field order" % (i + 1))
        lib.append(d)
    for i, l in enumerate(case_lines):
        try:
            d = json.loads(l)
        except ValueError:
            errs.append("cases line %d: bad JSON" % (i + 1)); continue
        if list(d) != CASE_FIELDS:
            errs.append("cases line %d: field order" % (i + 1))
        cases.append(d)
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    by_id = {}
    for i, d in enumerate(lib):
        if d.get("id") != "dx%03d" % (i + 1):
            errs.append("id %s out of sequence" % d.get("id"))
        by_id[d.get("id")] = d
        if d.get("colour") not in COLOURS or d.get("category") not in CATS:
            errs.append("%s: colour/category" % d.get("id"))
        if d.get("category") in ("vin", "champagne") and d.get("colour") is None:
            errs.append("%s: wine without colour" % d["id"])
        if d.get("category") in ("spiritueux", "bière", "soft") and d.get("colour") is not None:
            errs.append("%s: colour on a non-wine" % d["id"])
        if not isinstance(d.get("format_cl"), (int, float)) or d["format_cl"] <= 0:
            errs.append("%s: format" % d.get("id"))
        elif "pression" in d.get("name", "") and d["format_cl"] not in (2000, 3000):
            errs.append("%s: draught not held as a keg" % d["id"])
        if d.get("vintage") is not None and not (1900 < d["vintage"] < 2030):
            errs.append("%s: vintage" % d["id"])
    for i, a in enumerate(lib):
        for b in lib[i + 1:]:
            if same_wine(a, b) and a["vintage"] == b["vintage"]:
                errs.append("%s and %s: duplicate entry" % (a["id"], b["id"]))
    seen = set()
    counts = {(t, e): 0 for t in TILLS for e in ("yes", "almost", "none")}
    for c in cases:
        lab = c.get("label")
        tag = "case %r" % lab
        if lab in seen:
            errs.append(tag + ": duplicate label")
        seen.add(lab)
        conn, exp = c.get("connection"), c.get("expect")
        if conn not in TILLS or exp not in ("yes", "almost", "none"):
            errs.append(tag + ": connection/expect"); continue
        counts[(conn, exp)] += 1
        v, kind, vol = parse(conn, lab)
        if kind not in ("bottle", "pour", "cl", "pot", "piece"):
            errs.append(tag + ": " + kind); continue
        if c["vintage"] != v:
            errs.append(tag + ": vintage %s, label says %s" % (c["vintage"], v))
        u = c["units_per_sale"]
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or u is not None:
                errs.append(tag + ": none must have null id, [] and null units")
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append(tag + ": unknown id"); continue
        if kind == "piece":
            errs.append(tag + ": a piece matched a drink"); continue
        if not isinstance(u, (int, float)) or round(u, 4) != u:
            errs.append(tag + ": units not to 4 decimals"); continue
        fam = [x for x in lib if same_wine(x, e)]
        wine = e["category"] in ("vin", "champagne")
        fmts = {x["format_cl"] for x in lib if all(x[k] == e[k] for k in ("name", "producer", "appellation", "colour"))}
        ordinary = 75 if 75 in fmts else (min(fmts) if len(fmts) == 1 else None)
        if kind == "cl":
            kind = "bottle" if vol == e["format_cl"] else "pour"
        if kind == "pot":
            kind, vol = "bottle", e["format_cl"]
        if kind == "bottle":
            want = vol if vol is not None else (75 if wine else ordinary)
            if e["format_cl"] != want:
                errs.append(tag + ": format %s, label means %s" % (e["format_cl"], want))
            if u != 1:
                errs.append(tag + ": bottle units %s" % u)
        else:
            if e["format_cl"] != ordinary:
                errs.append(tag + ": pour not on the ordinary bottle")
            elif u != round(vol / e["format_cl"], 4):
                errs.append(tag + ": units %s, measure gives %s" % (u, round(vol / e["format_cl"], 4)))
        others = sorted(x["id"] for x in fam if x is not e)
        if exp == "yes" and v is not None and None not in [x["vintage"] for x in fam]:
            others = []
        if sorted(c["also_ok"]) != others:
            errs.append(tag + ": also_ok %s, should be %s" % (c["also_ok"], others))
        vints = [x["vintage"] for x in fam]
        if exp == "yes":
            if v is not None and None not in vints:
                if e["vintage"] != v:
                    errs.append(tag + ": yes but vintage differs")
                if c["also_ok"]:
                    errs.append(tag + ": yes with vintage has also_ok")
            elif e["vintage"] != max(x or 0 for x in vints) and None not in vints:
                errs.append(tag + ": yes without vintage is not the most recent")
        else:
            if v is None or v in vints or None in vints:
                errs.append(tag + ": almost but vintage held or absent")
            else:
                best = sorted(vints, key=lambda x: (abs(x - v), -x))[0]
                if e["vintage"] != best:
                    errs.append(tag + ": almost not the nearest vintage")
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases count %d" % n)
    tot = {e: sum(counts[(t, e)] for t in TILLS) for e in ("yes", "almost", "none")}
    if n:
        for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            if not lo <= 100.0 * tot[e] / n <= hi:
                errs.append("%s share %.1f %%" % (e, 100.0 * tot[e] / n))
    for k, x in counts.items():
        if x == 0:
            errs.append("till %s has no %s" % k)
    return errs, counts


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().splitlines()


def selftest():
    lib, cases = read("dax_library.jsonl"), read("dax_cases.jsonl")
    errs, _ = check(lib, cases)
    print("clean files: %d problems" % len(errs))
    ok = not errs

    def jl(lines, i, f):
        d = json.loads(lines[i]); f(d); out = list(lines); out[i] = json.dumps(d, ensure_ascii=False); return out

    def find(exp, conn, pred=lambda d: True):
        for i, l in enumerate(cases):
            d = json.loads(l)
            if d["expect"] == exp and d["connection"] == conn and pred(d):
                return i
        raise SystemExit("selftest: no such case")
    iy = find("yes", "cure", lambda d: d["vintage"] is not None)
    ia = find("almost", "zinc")
    ig = find("yes", "zinc", lambda d: d["units_per_sale"] != 1)
    iz = find("yes", "zinc")
    ib = find("yes", "bons")
    inn = find("none", "cure")
    iao = find("yes", "bons", lambda d: d["also_ok"])
    breaks = [
        ("bad JSON", lib, [*cases[:5], "{oops", *cases[5:]]),
        ("field order", [json.dumps(dict(reversed(list(json.loads(lib[0]).items()))), ensure_ascii=False), *lib[1:]], cases),
        ("id sequence", jl(lib, 3, lambda d: d.update(id="dx099")), cases),
        ("colour", jl(lib, 0, lambda d: d.update(colour="blanche")), cases),
        ("keg", [*lib[:73], json.dumps(dict(json.loads(lib[73]), format_cl=50), ensure_ascii=False), *lib[74:]], cases),
        ("duplicate label", lib, [*cases, cases[0]]),
        ("vintage read back", lib, jl(cases, iy, lambda d: d.update(vintage=d["vintage"] + 1))),
        ("yes on the wrong vintage", lib, jl(cases, iy, lambda d: d.update(expect="yes"))
         if False else jl(cases, find("yes", "cure", lambda d: d["beverage_id"] == "dx010"), lambda d: d.update(beverage_id="dx009", also_ok=["dx010"]))),
        ("almost with held vintage", lib, jl(cases, ia, lambda d: d.update(beverage_id=d["also_ok"][0] if d["also_ok"] else "dx001"))),
        ("units", lib, jl(cases, ig, lambda d: d.update(units_per_sale=round(d["units_per_sale"] * 2, 4)))),
        ("none with an id", lib, jl(cases, inn, lambda d: d.update(beverage_id="dx001"))),
        ("also_ok missing", lib, jl(cases, iao, lambda d: d.update(also_ok=[]))),
        ("zinc name too long", lib, jl(cases, iz, lambda d: d.update(label=d["label"] + " EXTRA LONG NAME"))),
        ("bons width", lib, jl(cases, ib, lambda d: d.update(label=d["label"].replace(" ..", " ...", 1)))),
        ("connection", lib, jl(cases, ib, lambda d: d.update(connection="web"))),
        ("case count", lib, cases[:150]),
        ("units not 4 decimals", lib, jl(cases, ig, lambda d: d.update(units_per_sale=0.123456))),
    ]
    for name, l2, c2 in breaks:
        e, _ = check(l2, c2)
        e = [x for x in e if x not in errs]
        print("%-26s %s (%s)" % (name, "caught" if e else "MISSED", e[0] if e else "-"))
        ok = ok and bool(e)
    print("selftest", "passed" if ok else "FAILED")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, counts = check(read("dax_library.jsonl"), read("dax_cases.jsonl"))
    for e in errs:
        print(e)
    for t in TILLS:
        print("%-5s yes %3d  almost %3d  none %3d" % (t, counts[(t, "yes")], counts[(t, "almost")], counts[(t, "none")]))
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
