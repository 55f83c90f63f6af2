"""Check the mende set from its two jsonl files only: python3 check_mende.py [--selftest]"""
import json
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("bar", "seminaire", "veilleur")
WINE = ("vin", "champagne")

BAR_MEAS = {"BTL": "bottle", "1/2": 37.5, "MAG": 150, "ART": None, "VRE": 12.5, "VRE12": 12, "VRE15": 15,
            "CP": 12.5, "P25": 25, "P50": 50, "DOSE": 4, "2CL": 2, "DEMI": 25, "PINTE": 50}
SEM_MEAS = {"bouteille": "bottle", "demi-bouteille": 37.5, "magnum": 150, "verre": 12.5, "verre 12 cl": 12,
            "verre 15 cl": 15, "coupe": 12.5, "pichet 25 cl": 25, "pichet 50 cl": 50, "dose": 4, "dose 2 cl": 2,
            "demi pression": 25, "pinte pression": 50}
VEI_MEAS = [("1/2 btlle", 37.5), ("magnum", 150), ("btlle", "bottle"), ("verre 12cl", 12), ("verre 15cl", 15),
            ("verre", 12.5), ("coupe", 12.5), ("pichet 25", 25), ("pichet 50", 50), ("dose 2cl", 2), ("dose", 4),
            ("demi", 25), ("pinte", 50), ("1l", "size100")]
SING = {"btlles": "btlle", "verres": "verre", "coupes": "coupe", "pichets": "pichet", "doses": "dose",
        "demis": "demi", "pintes": "pinte", "magnums": "magnum"}


def read_till(conn, label):
    """-> (form_ok, measure, vintage). measure: 'bottle', ('size', cl), a float volume or None (no measure)."""
    if conn == "bar":
        ok = len(label) <= 25 and re.fullmatch(r"[A-Z0-9./ ]+", label) is not None and (len(label) <= 16 or label[16] == " ")
        p = label.ljust(25)
        m = p[17:22].strip()
        yy = p[23:25].strip()
        if m in BAR_MEAS:
            meas = BAR_MEAS[m]
        elif re.fullmatch(r"\d+(\.5)?CL", m):
            meas = ("size", float(m[:-2]))
        else:
            return False, None, None
        if yy and not re.fullmatch(r"\d\d", yy):
            return False, meas, None
        ok = ok and p[22] == " " and (m != "ART" or not yy)
        return ok, meas, (2000 + int(yy) if yy else None)
    if conn == "seminaire":
        m = re.fullmatch(r"[A-Z0-9-]+ J[1-3] (ACCUEIL|PAUSE AM|DEJ|PAUSE PM|DINER|SOIREE) — (.+) — (.+) — qté (\d+)", label)
        if not m:
            return False, None, None
        item, mtext = m.group(2), m.group(3)
        v = re.search(r" ((?:19|20)\d\d)$", item)
        if mtext in SEM_MEAS:
            meas = SEM_MEAS[mtext]
        elif re.fullmatch(r"bouteille \d+ cl", mtext):
            meas = ("size", float(mtext.split()[1]))
        else:
            meas = None
        return True, meas, (int(v.group(1)) if v else None)
    if conn == "veilleur":
        m = re.fullmatch(r"ch(\d{1,2}) ([12]) ([a-z0-9 /.]+)", label)
        if not m or len(label) > 32 or not 1 <= int(m.group(1)) <= 24:
            return False, None, None
        rest = m.group(3).split(" ")
        if len(rest) > 1 and rest[0] == "1/2":
            rest[1] = SING.get(rest[1], rest[1])
        else:
            rest[0] = SING.get(rest[0], rest[0])
        rest = " ".join(rest)
        meas = None
        for w, vol in VEI_MEAS:
            if rest == w or rest.startswith(w + " "):
                meas = vol
                break
        if meas == "size100":
            meas = ("size", 100.0)
        mm = re.match(r"(\d+)cl ", rest)
        if meas is None and mm:
            meas = ("size", float(mm.group(1)))
        if m.group(2) == "2" and meas is not None and not isinstance(meas, tuple) and meas != "bottle":
            pass
        v = re.search(r" ((?:19|20)\d\d)$", label)
        return True, meas, (int(v.group(1)) if v else None)
    return False, None, None


def check(lib_path, cases_path):
    errs = []
    lib, cases = [], []
    for path, rows, fields in ((lib_path, lib, LIB_FIELDS), (cases_path, cases, CASE_FIELDS)):
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                try:
                    d = json.loads(line)
                except ValueError:
                    errs.append("%s:%d: not JSON" % (os.path.basename(path), i))
                    continue
                if list(d.keys()) != fields:
                    errs.append("%s:%d: field order %s" % (os.path.basename(path), i, list(d.keys())))
                rows.append(d)
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    byid, groups = {}, {}
    for n, e in enumerate(lib, 1):
        if e.get("id") != "md%03d" % n:
            errs.append("id %s out of sequence (want md%03d)" % (e.get("id"), n))
        byid[e.get("id")] = e
        if e.get("colour") not in COLOURS or e.get("category") not in CATS:
            errs.append("%s: colour/category %s/%s" % (e.get("id"), e.get("colour"), e.get("category")))
        if (e.get("category") in WINE) != (e.get("colour") is not None):
            errs.append("%s: colour vs category" % e.get("id"))
        if not (e.get("vintage") is None or (isinstance(e.get("vintage"), int) and 1950 <= e["vintage"] <= 2025)):
            errs.append("%s: vintage %r" % (e.get("id"), e.get("vintage")))
        if not isinstance(e.get("format_cl"), (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format %r" % (e.get("id"), e.get("format_cl")))
        k = (e.get("name"), e.get("producer"), e.get("appellation"), e.get("colour"), e.get("format_cl"))
        groups.setdefault(k, []).append(e)
    for k, g in groups.items():
        vs = [x["vintage"] for x in g]
        if len(set(vs)) != len(vs) or (None in vs and len(vs) > 1):
            errs.append("wine %s: vintages %s" % (k[0], vs))
    fmts = {}
    for k in groups:
        fmts.setdefault(k[:4], set()).add(k[4])
    seen = set()
    cnt = {}
    for c in cases:
        lab, conn = c.get("label"), c.get("connection")
        where = "case %r" % lab
        if lab in seen:
            errs.append(where + ": duplicate label")
        seen.add(lab)
        if conn not in TILLS:
            errs.append(where + ": connection %r" % conn)
            continue
        cnt[(conn, c.get("expect"))] = cnt.get((conn, c.get("expect")), 0) + 1
        if not c.get("note"):
            errs.append(where + ": empty note")
        ok, meas, vint = read_till(conn, lab)
        if not ok:
            errs.append(where + ": not in the %s till's form" % conn)
            continue
        if vint != c.get("vintage"):
            errs.append(where + ": vintage %r, label says %r" % (c.get("vintage"), vint))
        exp = c.get("expect")
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                errs.append(where + ": none with an answer")
            continue
        if exp not in ("yes", "almost"):
            errs.append(where + ": expect %r" % exp)
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            errs.append(where + ": unknown beverage_id")
            continue
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        g = sorted(groups[k], key=lambda x: x["vintage"] or 0)
        vs = [x["vintage"] for x in g]
        others = sorted(x["id"] for x in g if x is not e)
        if exp == "yes" and c.get("vintage") is not None:
            others = []
        if sorted(c.get("also_ok") or []) != others or any(a not in byid for a in c.get("also_ok") or []):
            errs.append(where + ": also_ok %s, want %s" % (c.get("also_ok"), others))
        v = c.get("vintage")
        if exp == "yes":
            if v is None and e is not g[-1]:
                errs.append(where + ": no vintage on label, not the most recent")
            if v is not None and e["vintage"] != v:
                errs.append(where + ": yes but entry vintage %s" % e["vintage"])
        else:
            if v is None or None in vs or v in vs:
                errs.append(where + ": almost but vintage %r held or missing" % v)
            else:
                best = min(g, key=lambda x: (abs(x["vintage"] - v), -x["vintage"]))
                if best is not e:
                    errs.append(where + ": almost should be %s" % best["id"])
        # format and units against the printed measure
        fmt = e["format_cl"]
        wine = e["category"] in WINE
        u = c.get("units_per_sale")
        if meas is None:
            errs.append(where + ": no measure on a drink label")
            continue
        if meas in ("bottle", 37.5, 150) and not (isinstance(meas, float) and meas not in (37.5, 150)):
            if meas == "bottle":
                good = (fmt == 75) if (wine and 75 in fmts[k[:4]]) else (fmt not in (37.5, 150) or not wine)
            else:
                good = fmt == meas
            if not good or u != 1:
                errs.append(where + ": bottle measure vs format %s / units %r" % (fmt, u))
        elif isinstance(meas, tuple):
            if wine or fmt != meas[1] or u != 1:
                errs.append(where + ": size %s vs format %s / units %r" % (meas[1], fmt, u))
        else:
            if wine and fmt in (37.5, 150):
                errs.append(where + ": a glass on a half bottle or magnum")
            if wine and 75 in fmts[k[:4]] and fmt != 75:
                errs.append(where + ": a glass not on the 75 cl entry")
            if not isinstance(u, (int, float)) or abs(u - round(meas / fmt, 4)) > 1e-9:
                errs.append(where + ": units %r, want %s" % (u, round(meas / fmt, 4)))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases" % n)
    share = {x: sum(v for (a, b), v in cnt.items() if b == x) / float(n or 1) for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[x] <= hi:
            errs.append("%s share %.3f outside %.2f-%.2f" % (x, share[x], lo, hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not cnt.get((t, x)):
                errs.append("till %s has no %s" % (t, x))
    return errs, cnt


def selftest():
    lib0 = open(os.path.join(HERE, "mende_library.jsonl"), encoding="utf-8").read().splitlines()
    cas0 = open(os.path.join(HERE, "mende_cases.jsonl"), encoding="utf-8").read().splitlines()

    def first(pred):
        for i, l in enumerate(cas0):
            if pred(json.loads(l)):
                return i
        raise SystemExit("selftest: no line to break")

    def edit_case(pred, fn):
        def f(lib, cas):
            i = first(pred)
            d = json.loads(cas[i]); fn(d); cas[i] = json.dumps(d, ensure_ascii=False)
        return f

    def edit_lib(i, fn):
        def f(lib, cas):
            d = json.loads(lib[i]); fn(d); lib[i] = json.dumps(d, ensure_ascii=False)
        return f

    def bad_json(lib, cas):
        cas[3] = cas[3][:-1]

    def order(lib, cas):
        d = json.loads(cas[5]); cas[5] = json.dumps({k: d[k] for k in reversed(CASE_FIELDS)}, ensure_ascii=False)

    def dup(lib, cas):
        cas[10] = cas[11]

    def few_none(lib, cas):
        idx = [i for i, l in enumerate(cas) if json.loads(l)["expect"] == "none"][:30]
        for i in reversed(idx):
            del cas[i]

    breaks = [
        ("invalid JSON", bad_json),
        ("field order", order),
        ("id out of sequence", edit_lib(7, lambda d: d.update(id="md999"))),
        ("bad colour", edit_lib(0, lambda d: d.update(colour="red"))),
        ("duplicate label", dup),
        ("yes on the wrong vintage", edit_case(lambda d: d["expect"] == "yes" and d["vintage"] and d["also_ok"] == [] and d["beverage_id"] in ("md002",), lambda d: d.update(beverage_id="md001", also_ok=["md002"]))),
        ("almost not the nearest", edit_case(lambda d: d["expect"] == "almost" and d["also_ok"], lambda d: d.update(beverage_id=d["also_ok"][0], also_ok=[d["beverage_id"]]))),
        ("also_ok missing", edit_case(lambda d: d["expect"] == "yes" and d["also_ok"], lambda d: d.update(also_ok=[]))),
        ("units wrong", edit_case(lambda d: d["units_per_sale"] not in (None, 1), lambda d: d.update(units_per_sale=0.2))),
        ("none with an answer", edit_case(lambda d: d["expect"] == "none", lambda d: d.update(beverage_id="md001"))),
        ("bar form", edit_case(lambda d: d["connection"] == "bar", lambda d: d.update(label=d["label"].lower()))),
        ("veilleur over 32", edit_case(lambda d: d["connection"] == "veilleur", lambda d: d.update(label=d["label"] + " et encore un peu"))),
        ("vintage not the label's", edit_case(lambda d: d["vintage"], lambda d: d.update(vintage=d["vintage"] - 1))),
        ("unknown connection", edit_case(lambda d: True, lambda d: d.update(connection="caisse"))),
        ("counts out of range", few_none),
        ("half bottle answered with the 75 cl", edit_case(lambda d: d["connection"] == "bar" and d["label"].startswith("PENNAUTIER") and d["expect"] == "yes", lambda d: d.update(beverage_id="md019", also_ok=[]))),
    ]
    tmp = tempfile.mkdtemp()
    try:
        def run(lib, cas):
            lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
            open(lp, "w", encoding="utf-8").write("\n".join(lib) + "\n")
            open(cp, "w", encoding="utf-8").write("\n".join(cas) + "\n")
            return check(lp, cp)[0]
        clean = run(list(lib0), list(cas0))
        print("clean files:", "PASS" if not clean else "FAIL %s" % clean[:3])
        bad = bool(clean)
        for name, fn in breaks:
            lib, cas = list(lib0), list(cas0)
            fn(lib, cas)
            e = run(lib, cas)
            print("%-38s %s  %s" % (name, "caught" if e else "MISSED", (e[0] if e else "")[:90]))
            bad |= not e
        print("selftest", "FAILED" if bad else "OK (%d breaks)" % len(breaks))
        return 1 if bad else 0
    finally:
        shutil.rmtree(tmp)


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    errs, cnt = check(os.path.join(HERE, "mende_library.jsonl"), os.path.join(HERE, "mende_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    for t in TILLS:
        print(t, {x: cnt.get((t, x), 0) for x in ("yes", "almost", "none")})
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
