"""Check the "lisieux" held-out set from its two jsonl files only.

python3 check_lisieux.py            # validate lisieux_library.jsonl and lisieux_cases.jsonl
python3 check_lisieux.py --selftest # break copies on purpose, show each break is reported
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_KEYS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
            "vintage", "format_cl"]
CASE_KEYS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
             "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
FORMATS = {20, 25, 33, 37.5, 50, 62, 70, 75, 100, 150, 1000, 2000, 3000}
POUR = {"VR": 12.5, "VR15": 15, "P25": 25, "P50": 50, "BOL": 25, "FLT": 12.5, "CP": 12.5, "DS": 4,
        "DS2": 2, "DS6": 6, "DEM": 25, "PT": 50}
# measure words per till -> ("pour", cl) | ("half",) | ("mag",) | ("bottle",) | ("size", cl)
G_MEAS = [("1/2 btl", ("half",)), ("magnum", ("mag",)), ("btl 25cl", ("size", 25)),
          ("btl 33cl", ("size", 33)), ("btl 50cl", ("size", 50)), ("btl 70cl", ("size", 70)),
          ("btl 75cl", ("size", 75)), ("btl 1L", ("size", 100)), ("btl", ("bottle",)),
          ("verre 15cl", ("pour", 15)), ("verre 6cl", ("pour", 6)), ("verre", ("pour", 12.5)),
          ("pichet 25cl", ("pour", 25)), ("pichet 50cl", ("pour", 50)), ("1/4 vin", ("pour", 25)),
          ("bolée", ("pour", 25)), ("flûte", ("pour", 12.5)), ("coupe", ("pour", 12.5)),
          ("dose 2cl", ("pour", 2)), ("dose", ("pour", 4)), ("demi", ("pour", 25)),
          ("pinte", ("pour", 50))]
C_MEAS = [("demi-bout.", ("half",)), ("mag.", ("mag",)), ("bout.", ("bottle",)),
          ("grands verres", ("pour", 15)), ("grand verre", ("pour", 15)),
          ("verres 6cl", ("pour", 6)), ("verre 6cl", ("pour", 6)), ("verres", ("pour", 12.5)),
          ("verre", ("pour", 12.5)), ("pichets 25", ("pour", 25)), ("pichet 25", ("pour", 25)),
          ("pichets 50", ("pour", 50)), ("pichet 50", ("pour", 50)), ("quarts", ("pour", 25)),
          ("quart", ("pour", 25)), ("bolées", ("pour", 25)), ("bolée", ("pour", 25)),
          ("flûtes", ("pour", 12.5)), ("flûte", ("pour", 12.5)), ("coupes", ("pour", 12.5)),
          ("coupe", ("pour", 12.5)), ("petites doses", ("pour", 2)), ("petite dose", ("pour", 2)),
          ("doses", ("pour", 4)), ("dose", ("pour", 4)), ("demis", ("pour", 25)),
          ("demi", ("pour", 25)), ("pintes", ("pour", 50)), ("pinte", ("pour", 50))]
FORM = {
    "caisse": re.compile(r"^[A-Z0-9./]{1,12} {0,11} [1-9]X {0,3}\d{1,3},\d\d$"),
    "groupes": re.compile(r"^C\d\d [^>]+ > Menu [^>]+ > (inclus|suppl\.) > \d+ x \S.*$"),
    "cahier": re.compile(r"^(0[1-9]|[12]\d|3[01])/(0[1-9]|1[0-2]) [1-9] \S.* \d+(,\d\d)?€$"),
}


def y2(t):
    y = int(t)
    return 2000 + y if y < 30 else 1900 + y


def read_label(conn, label):
    """Return (vintage, measure) as a reader finds them on the label."""
    if conn == "caisse":
        key = label[:12].rstrip()
        toks = key.split(".")
        vint = y2(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        meas = ("bottle",)
        if toks[0] in POUR:
            meas = ("pour", POUR[toks[0]])
        elif toks[0] == "1/2":
            meas = ("half",)
        elif toks[0] == "MAG":
            meas = ("mag",)
        for t in toks:
            m = re.fullmatch(r"(\d+)CL|1L", t)
            if m:
                meas = ("size", int(m.group(1)) if m.group(1) else 100)
        return vint, meas
    if conn == "groupes":
        body = re.sub(r"^.* > \d+ x ", "", label)
        m = re.search(r" ((?:19|20)\d\d)$", label)
        vint = int(m.group(1)) if m else None
        for w, meas in G_MEAS:
            if body.startswith(w + " "):
                return vint, meas
        return vint, ("bottle",)
    body = re.sub(r"^\d\d/\d\d \d ", "", label)
    m = re.search(r" ((?:19|20)\d\d) [\d,]+€$", label)
    vint = int(m.group(1)) if m else None
    meas = ("bottle",)
    for w, mm in C_MEAS:
        if body.startswith(w + " "):
            meas = mm
            break
    s = re.search(r" (\d+)cl(?: (?:19|20)\d\d)? [\d,]+€$|(?<= )1L [\d,]+€$", label)
    if meas == ("bottle",) and s:
        meas = ("size", int(s.group(1)) if s.group(1) else 100)
    return vint, meas


def validate(lib_lines, case_lines):
    errs = []
    lib = []
    for n, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % n)
            continue
        if list(e) != LIB_KEYS:
            errs.append("library line %d: fields/order %s" % (n, list(e)))
            continue
        lib.append(e)
    for n, e in enumerate(lib, 1):
        if e["id"] != "lx%03d" % n:
            errs.append("library: id %s out of sequence (expected lx%03d)" % (e["id"], n))
        if e["colour"] not in COLOURS:
            errs.append("library %s: colour %r" % (e["id"], e["colour"]))
        if e["category"] not in CATS:
            errs.append("library %s: category %r" % (e["id"], e["category"]))
        if e["category"] in ("vin", "champagne") and e["colour"] is None:
            errs.append("library %s: a wine without colour" % e["id"])
        if e["category"] in ("spiritueux", "bière", "soft", "autre") and e["colour"] is not None:
            errs.append("library %s: colour on a %s" % (e["id"], e["category"]))
        if e["category"] == "bière" and "pression" in e["name"] and e["format_cl"] not in (2000, 3000):
            errs.append("library %s: draught beer not held as a keg" % e["id"])
        if e["format_cl"] not in FORMATS:
            errs.append("library %s: format %r" % (e["id"], e["format_cl"]))
        if not (e["vintage"] is None or (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030)):
            errs.append("library %s: vintage %r" % (e["id"], e["vintage"]))
        for k in ("name", "producer", "appellation", "region", "country"):
            if not isinstance(e[k], str) or not e[k]:
                errs.append("library %s: empty %s" % (e["id"], k))
    sig = [(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"]) for e in lib]
    if len(set(sig)) != len(sig):
        errs.append("library: duplicate entry")
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))
    byid = {e["id"]: e for e in lib}

    def family(e):
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"], x["format_cl"]) == k]

    cases, labels = [], set()
    for n, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("cases line %d: not JSON" % n)
            continue
        if list(c) != CASE_KEYS:
            errs.append("cases line %d: fields/order %s" % (n, list(c)))
            continue
        cases.append(c)
    for c in cases:
        lab, conn = c["label"], c["connection"]
        w = "case %r: " % lab
        if lab in labels:
            errs.append(w + "duplicate label")
        labels.add(lab)
        if conn not in FORM:
            errs.append(w + "unknown connection %r" % conn)
            continue
        if not FORM[conn].match(lab):
            errs.append(w + "not in the %s till's form" % conn)
        if not c["note"]:
            errs.append(w + "empty note")
        vint, meas = read_label(conn, lab)
        if c["vintage"] != vint:
            errs.append(w + "vintage %r, label reads %r" % (c["vintage"], vint))
        ex = c["expect"]
        if ex == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(w + "none with an answer")
            continue
        if ex not in ("yes", "almost"):
            errs.append(w + "expect %r" % ex)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(w + "unknown beverage_id %r" % c["beverage_id"])
            continue
        fam = family(e)
        others = sorted(x["id"] for x in fam if x is not e)
        vints = [x["vintage"] for x in fam]
        if ex == "yes" and vint is not None:
            if e["vintage"] != vint or c["also_ok"] != []:
                errs.append(w + "yes with a vintage must be that vintage, also_ok empty")
        elif ex == "yes":
            if e["vintage"] != max(vints, key=lambda v: v or 0) or c["also_ok"] != others:
                errs.append(w + "yes without vintage: most recent, others in also_ok")
        else:
            if vint is None or vint in vints or None in vints:
                errs.append(w + "almost needs a label vintage the wine lacks")
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best or c["also_ok"] != others:
                    errs.append(w + "almost: nearest vintage (tie: more recent), others in also_ok")
        u = c["units_per_sale"]
        if not isinstance(u, (int, float)) or round(u, 4) != u:
            errs.append(w + "units %r not to 4 decimals" % u)
            continue
        fmt = e["format_cl"]
        if meas[0] == "pour":
            if fmt in (37.5, 150):
                errs.append(w + "a pour from a half bottle or magnum")
            if abs(u - round(meas[1] / fmt, 4)) > 1e-9:
                errs.append(w + "units %r, measure %s cl of %s cl gives %r" % (u, meas[1], fmt, round(meas[1] / fmt, 4)))
        else:
            if u != 1:
                errs.append(w + "a bottle sale must be 1 unit")
            want = {"half": 37.5, "mag": 150}.get(meas[0])
            if meas[0] == "size":
                want = meas[1]
            if meas[0] == "bottle" and e["category"] in ("vin", "champagne"):
                want = 75
            if want is not None and fmt != want:
                errs.append(w + "format %s cl, label says %s cl" % (fmt, want))
    # counts
    tot = len(cases)
    if not 280 <= tot <= 300:
        errs.append("cases: %d, not 280-300" % tot)
    if tot:
        share = {k: sum(c["expect"] == k for c in cases) / tot for k in ("yes", "almost", "none")}
        for k, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[k] <= hi:
                errs.append("cases: %s share %.1f %% out of range" % (k, 100 * share[k]))
        for conn in FORM:
            for k in ("yes", "almost", "none"):
                if not any(c["connection"] == conn and c["expect"] == k for c in cases):
                    errs.append("till %s has no %s case" % (conn, k))
    return errs, cases


def load():
    with open(os.path.join(HERE, "lisieux_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "lisieux_cases.jsonl"), encoding="utf-8") as f:
        cas = f.read().splitlines()
    return lib, cas


def table(cases):
    print("%-8s %5s %7s %5s %6s" % ("till", "yes", "almost", "none", "total"))
    for conn in [*list(FORM), "all"]:
        sel = [c for c in cases if conn == "all" or c["connection"] == conn]
        print("%-8s %5d %7d %5d %6d" % (conn, *(sum(c["expect"] == k for c in sel) for k in ("yes", "almost", "none")), len(sel)))


def selftest():
    lib, cas = load()
    errs, _ = validate(lib, cas)
    assert not errs, errs[:5]
    print("clean files: pass")

    def edit_case(i, **kw):
        c = json.loads(cas[i])
        c.update(kw)
        out = list(cas)
        out[i] = json.dumps(c, ensure_ascii=False)
        return out

    def first(pred):
        return next(i for i, l in enumerate(cas) if pred(json.loads(l)))

    iy = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    ia = first(lambda c: c["expect"] == "almost")
    ipour = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] != 1)
    inone = first(lambda c: c["expect"] == "none")
    ihalf = first(lambda c: c["expect"] == "yes" and "1/2 btl" in c["label"])
    yv = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None)
    lib_bad_order = json.loads(lib[3])
    lib2 = list(lib)
    lib2[3] = json.dumps({k: lib_bad_order[k] for k in reversed(LIB_KEYS)}, ensure_ascii=False)
    e5 = json.loads(lib[5]); e5["colour"] = "orange"
    lib3 = list(lib); lib3[5] = json.dumps(e5, ensure_ascii=False)
    e6 = json.loads(lib[6]); e6["category"] = "cidre"
    lib4 = list(lib); lib4[6] = json.dumps(e6, ensure_ascii=False)
    c_order = json.loads(cas[0])
    cas_order = list(cas); cas_order[0] = json.dumps({k: c_order[k] for k in reversed(CASE_KEYS)}, ensure_ascii=False)
    breaks = [
        ("library line not JSON", [*lib[:10], "{oops", *lib[10:]], cas),
        ("library field order", lib2, cas),
        ("library id gap", lib[:4] + lib[5:], cas),
        ("bad colour", lib3, cas),
        ("bad category", lib4, cas),
        ("case field order", lib, cas_order),
        ("vintage field not the label's", lib, edit_case(yv, vintage=json.loads(cas[yv])["vintage"] + 1)),
        ("yes without vintage, also_ok emptied", lib, edit_case(iy, also_ok=[])),
        ("almost on the wrong vintage", lib, edit_case(ia, beverage_id=(json.loads(cas[ia])["also_ok"] or ["lx001"])[0])),
        ("units wrong for a pour", lib, edit_case(ipour, units_per_sale=round(json.loads(cas[ipour])["units_per_sale"] * 2, 4))),
        ("units not to 4 decimals", lib, edit_case(ipour, units_per_sale=0.123456)),
        ("none with a beverage", lib, edit_case(inone, beverage_id="lx001")),
        ("half bottle pointed at 75 cl", lib, edit_case(ihalf, beverage_id="lx076", also_ok=[])),
        ("unknown beverage id", lib, edit_case(iy, beverage_id="lx999")),
        ("duplicate label", lib, [*cas, cas[0]]),
        ("unknown connection", lib, edit_case(0, connection="drive")),
        ("label not in its till's form", lib, edit_case(first(lambda c: c["connection"] == "groupes"), label="VIN ROUGE VERRE")),
        ("expect word", lib, edit_case(iy, expect="maybe")),
        ("too few cases", lib, cas[:200]),
    ]
    ok = True
    for name, l, c in breaks:
        errs, _ = validate(l, c)
        print("%-40s %s" % (name, ("reported: " + errs[0][:70]) if errs else "NOT REPORTED"))
        ok &= bool(errs)
    print("selftest:", "pass" if ok else "FAIL")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cas = load()
    errs, cases = validate(lib, cas)
    for e in errs:
        print("ERROR", e)
    table(cases)
    print("check:", "FAIL (%d errors)" % len(errs) if errs else "pass")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
