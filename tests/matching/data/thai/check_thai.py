#!/usr/bin/env python3
"""Check the blind held-out set "thai" from its two jsonl files alone (stdlib only).

    python3 check_thai.py             check thai_library.jsonl and thai_cases.jsonl
    python3 check_thai.py --selftest  break copies on purpose and show each break is caught
"""
import json
import os
import re
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNS = ("caisse", "qr", "ticket")
ANSWERS = ("yes", "almost", "none")


# ------------------------------------------------------------------ label readers
# A measure is ("btl",) a wine's 75 cl bottle, ("half",), ("mag",), ("size", cl),
# ("pour", cl) from the ordinary bottle, ("draught", cl) from the keg, or None.
def caisse_parse(label):
    m = re.fullmatch(r"([1-9])-(\S+)(.*)", label)
    fam, first = m.group(1), m.group(2)
    toks = {"KRUENG": ("half",), "MAG": ("mag",), "KAEW": ("pour", 12.5), "KAEW15": ("pour", 15),
            "YUEK25": ("pour", 25), "YUEK50": ("pour", 50), "CHOT": ("pour", 4),
            "CHOT2": ("pour", 2), "SOD25": ("draught", 25), "SOD50": ("draught", 50)}
    if first in toks:
        meas = toks[first]
    elif re.fullmatch(r"\d+(,\d+)?CL", first):
        meas = ("size", float(first[:-2].replace(",", ".")))
    elif re.fullmatch(r"KP\d+", first):
        meas = ("size", float(first[2:]))
    else:
        meas = ("btl",) if fam in "123" else None
    last = label.split(" ")[-1]
    vint = 2000 + int(last) if " " in label and re.fullmatch(r"\d\d", last) else None
    return fam, meas, vint


QR_OPT = {"Bottle": ("btl",), "Half bottle": ("half",), "Magnum": ("mag",), "Glass": ("pour", 12.5),
          "Large glass 15cl": ("pour", 15), "Carafe 25cl": ("pour", 25), "Carafe 50cl": ("pour", 50),
          "Shot 2cl": ("pour", 2), "Shot 4cl": ("pour", 4), "Draught 25cl": ("draught", 25),
          "Draught 50cl": ("draught", 50)}


def qr_parse(label):
    m = re.fullmatch(r'"([^"]+)","([^"]+)",([1-9]),(\d+)\.(\d\d)', label)
    name, opt = m.group(1), m.group(2)
    mm = re.fullmatch(r"(Bottle|Can) (\d+(?:\.\d+)?)cl", opt)
    meas = ("size", float(mm.group(2))) if mm else QR_OPT.get(opt)
    vm = re.search(r" \((\d{4})\)$", name)
    return name, meas, (int(vm.group(1)) if vm else None)


def ticket_parse(label):
    m = re.fullmatch(r"(BAR|TRA|BEP)> (.+?)( \([a-z ]+\))?", label)
    st, body = m.group(1), m.group(2)
    pats = [(r"(chai|lon) (\d+(?:\.\d+)?)cl ", lambda g: ("size", float(g[1]))),
            (r"nua chai ", lambda g: ("half",)), (r"mag ", lambda g: ("mag",)),
            (r"ly 15cl ", lambda g: ("pour", 15)), (r"ly ", lambda g: ("pour", 12.5)),
            (r"binh (25|50) ", lambda g: ("pour", float(g[0]))),
            (r"chen (2|4)cl ", lambda g: ("pour", float(g[0]))),
            (r"tuoi (25|50) ", lambda g: ("draught", float(g[0]))), (r"chai ", lambda g: ("btl",))]
    meas = None
    for p, fn in pats:
        mm = re.match(p, body)
        if mm:
            meas = fn(mm.groups())
            break
    vm = re.search(r" ((?:19|20)\d\d)$", body)
    return st, meas, (int(vm.group(1)) if vm else None)


def read(conn, label):
    if conn == "caisse":
        return caisse_parse(label)
    if conn == "qr":
        return qr_parse(label)
    return ticket_parse(label)


FAM_OK = {"1": lambda e: e["category"] == "vin" and e["colour"] in ("blanc", "liquoreux"),
          "2": lambda e: e["category"] == "vin" and e["colour"] in ("rouge", "rosé") and "Crémant" not in (e["appellation"] or ""),
          "3": lambda e: e["category"] == "champagne" or e["colour"] == "effervescent" or "Crémant" in (e["appellation"] or ""),
          "4": lambda e: e["category"] == "bière", "5": lambda e: e["category"] in ("spiritueux", "autre"),
          "6": lambda e: e["category"] == "soft"}


# ------------------------------------------------------------------ checks
def load(path, errs):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line, object_pairs_hook=lambda p: p))
            except ValueError as e:
                errs.append("%s:%d: bad JSON (%s)" % (os.path.basename(path), i, e))
    return rows


def check(lib_path, cases_path):
    errs = []
    E = errs.append
    lib_rows, case_rows = load(lib_path, errs), load(cases_path, errs)
    lib = []
    for i, p in enumerate(lib_rows, 1):
        if [k for k, _ in p] != LIB_FIELDS:
            E("library line %d: fields %s" % (i, [k for k, _ in p]))
        e = dict(p)
        lib.append(e)
        if e.get("id") != "th%03d" % i:
            E("library line %d: id %r out of sequence" % (i, e.get("id")))
        if e.get("colour") not in COLOURS:
            E("%s: colour %r" % (e.get("id"), e.get("colour")))
        if e.get("category") not in CATEGORIES:
            E("%s: category %r" % (e.get("id"), e.get("category")))
        if (e.get("category") in ("vin", "champagne")) != (e.get("colour") is not None):
            E("%s: colour %r does not suit category %r" % (e.get("id"), e.get("colour"), e.get("category")))
        if not (e.get("vintage") is None or (isinstance(e.get("vintage"), int) and 1900 < e["vintage"] < 2030)):
            E("%s: vintage %r" % (e.get("id"), e.get("vintage")))
        if not isinstance(e.get("format_cl"), (int, float)) or e["format_cl"] <= 0:
            E("%s: format %r" % (e.get("id"), e.get("format_cl")))
        if not e.get("name") or not e.get("producer"):
            E("%s: empty name or producer" % e.get("id"))
    if not 110 <= len(lib) <= 130:
        E("library holds %d drinks (110-130)" % len(lib))
    by_id = {e["id"]: e for e in lib if "id" in e}
    def ident(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])
    group = {}
    for e in lib:
        group.setdefault((*ident(e), e["format_cl"]), []).append(e)
    drink = {}
    for e in lib:
        drink.setdefault(ident(e), []).append(e)
    seen_vf = Counter((ident(e), e["format_cl"], e["vintage"]) for e in lib)
    for k, v in seen_vf.items():
        if v > 1:
            E("library: %s held twice in the same vintage and format" % (k,))

    cases = []
    labels = Counter()
    for i, p in enumerate(case_rows, 1):
        if [k for k, _ in p] != CASE_FIELDS:
            E("case line %d: fields %s" % (i, [k for k, _ in p]))
        c = dict(p)
        cases.append(c)
        labels[c.get("label")] += 1
    for l, n in labels.items():
        if n > 1:
            E("label %r appears %d times" % (l, n))
    for c in cases:
        lab, conn, exp = c.get("label"), c.get("connection"), c.get("expect")
        where = "%s [%s]" % (lab, conn)
        if conn not in CONNS:
            E("%s: connection %r" % (where, conn))
            continue
        if exp not in ANSWERS:
            E("%s: expect %r" % (where, exp))
            continue
        if not c.get("note"):
            E("%s: empty note" % where)
        # till forms
        if conn == "caisse":
            if not re.fullmatch(r"[1-9]-[A-Z0-9][A-Z0-9 ,./&]*[A-Z0-9]", lab) or "  " in lab:
                E("%s: not a caisse label (ASCII capitals, family digit)" % where)
                continue
            if len(lab) > 26:
                E("%s: longer than the caisse's 26 columns" % where)
        elif conn == "qr":
            if not re.fullmatch(r'"[^"]+","[^"]+",[1-9],\d+\.\d\d', lab):
                E("%s: not a qr CSV row" % where)
                continue
        else:
            if not re.fullmatch(r"(BAR|TRA|BEP)> [a-z0-9 .'/-]+( \([a-z ]+\))?", lab):
                E("%s: not a ticket line" % where)
                continue
        head, meas, lv = read(conn, lab)
        if c.get("vintage") != lv:
            E("%s: vintage %r, label reads %r" % (where, c.get("vintage"), lv))
        bid, also, units = c.get("beverage_id"), c.get("also_ok"), c.get("units_per_sale")
        if not isinstance(also, list):
            E("%s: also_ok not a list" % where)
            continue
        if exp == "none":
            if bid is not None or also or units is not None:
                E("%s: none with beverage_id / also_ok / units" % where)
            continue
        if conn == "ticket" and head == "BEP":
            E("%s: kitchen line answered %s" % (where, exp))
        e = by_id.get(bid)
        if e is None:
            E("%s: unknown beverage_id %r" % (where, bid))
            continue
        if conn == "caisse" and head in FAM_OK and not FAM_OK[head](e):
            E("%s: family %s does not suit %s" % (where, head, bid))
        if conn == "caisse" and head not in FAM_OK:
            E("%s: family %s holds no drink" % (where, head))
        if meas is None:
            E("%s: %s but the label carries no measure" % (where, exp))
            continue
        wine = e["category"] in ("vin", "champagne")
        fmts = sorted({x["format_cl"] for x in drink[ident(e)]})
        if meas[0] == "btl":
            want_f = 75
        elif meas[0] == "half":
            want_f = 37.5
        elif meas[0] == "mag":
            want_f = 150
        elif meas[0] == "size":
            want_f = meas[1]
        elif meas[0] == "draught":
            kegs = [f for f in fmts if f >= 1000]
            want_f = kegs[0] if kegs else None
        else:
            small = [f for f in fmts if f < 1000]
            want_f = 75 if 75 in small else small[-1]
        if meas[0] in ("btl", "half", "mag") and not wine:
            E("%s: wine format word on a %s" % (where, e["category"]))
        if want_f is None or abs(e["format_cl"] - want_f) > 1e-9:
            E("%s: entry %s is %s cl, the label means %s" % (where, bid, e["format_cl"], want_f))
        want_u = 1 if meas[0] in ("btl", "half", "mag", "size") else round(meas[1] / e["format_cl"], 4)
        if units != want_u:
            E("%s: units %r, measure gives %r" % (where, units, want_u))
        grp = group[(*ident(e), e["format_cl"])]
        others = sorted(x["id"] for x in grp if x is not e)
        if any(a not in by_id for a in also):
            E("%s: unknown id in also_ok" % where)
        if exp == "yes":
            if lv is not None:
                if e["vintage"] != lv:
                    E("%s: yes on vintage %r but the label says %r" % (where, e["vintage"], lv))
                if also:
                    E("%s: yes with a vintage but also_ok %r" % (where, also))
            else:
                if e["vintage"] is not None and e["vintage"] != max(x["vintage"] for x in grp):
                    E("%s: no vintage on label but %s is not the most recent" % (where, bid))
                if sorted(also) != others:
                    E("%s: also_ok %r, other vintages %r" % (where, also, others))
        else:
            if lv is None:
                E("%s: almost without a vintage on the label" % where)
                continue
            if e["vintage"] is None:
                E("%s: almost on a non-vintage drink" % where)
                continue
            if any(x["vintage"] == lv for x in grp):
                E("%s: almost but vintage %d is held" % (where, lv))
            best = min(grp, key=lambda x: (abs(x["vintage"] - lv), -x["vintage"]))
            if best is not e:
                E("%s: almost on %s, nearest is %s" % (where, bid, best["id"]))
            if sorted(also) != others:
                E("%s: also_ok %r, other vintages %r" % (where, also, others))
    # counts
    n = len(cases)
    if not 280 <= n <= 300:
        E("%d cases (280-300)" % n)
    cnt = Counter(c.get("expect") for c in cases)
    for a, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        pc = 100.0 * cnt[a] / max(n, 1)
        if not lo <= pc <= hi:
            E("%s is %.1f %% (%d-%d %%)" % (a, pc, lo, hi))
    tc = Counter((c.get("connection"), c.get("expect")) for c in cases)
    for conn in CONNS:
        for a in ANSWERS:
            if tc[(conn, a)] == 0:
                E("till %s has no %s" % (conn, a))
    return errs, lib, cases, tc


def report(tc, lib, cases):
    print("%d drinks, %d cases" % (len(lib), len(cases)))
    print("%-8s %5s %7s %5s %6s" % ("till", "yes", "almost", "none", "total"))
    for conn in (*CONNS, "all"):
        r = [sum(tc[(c, a)] for c in (CONNS if conn == "all" else (conn,))) for a in ANSWERS]
        print("%-8s %5d %7d %5d %6d" % (conn, r[0], r[1], r[2], sum(r)))


# ------------------------------------------------------------------ selftest
def selftest():
    lib_txt = open(os.path.join(HERE, "thai_library.jsonl"), encoding="utf-8").read().splitlines()
    cas_txt = open(os.path.join(HERE, "thai_cases.jsonl"), encoding="utf-8").read().splitlines()
    C = [json.loads(l) for l in cas_txt]
    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def mod_case(pred, fn):
        rows = [dict(c) for c in C]
        i = first(pred)
        fn(rows[i])
        return lib_txt, dump(rows)

    def mod_lib(fn):
        rows = [json.loads(l) for l in lib_txt]
        fn(rows)
        return dump(rows), cas_txt

    breaks = []
    breaks.append(("bad JSON line", (lib_txt, [*cas_txt[:5], '{"label": "X",', *cas_txt[6:]])))
    breaks.append(("fields out of order", (lib_txt, [json.dumps(dict(reversed(list(C[0].items()))), ensure_ascii=False), *cas_txt[1:]])))
    breaks.append(("id out of sequence", mod_lib(lambda r: r[3].update(id="th099"))))
    breaks.append(("unknown colour", mod_lib(lambda r: r[0].update(colour="orange"))))
    breaks.append(("duplicate label", (lib_txt, cas_txt + cas_txt[:1])))
    breaks.append(("vintage field not the label's", mod_case(lambda c: c["vintage"] is not None, lambda c: c.update(vintage=c["vintage"] - 1))))

    def farther(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]
    breaks.append(("almost on the farther vintage", mod_case(lambda c: c["expect"] == "almost" and len(c["also_ok"]) == 1, farther)))
    breaks.append(("no vintage but not the most recent", mod_case(lambda c: c["expect"] == "yes" and c["vintage"] is None and len(c["also_ok"]) == 1,
                                                                   lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))))
    breaks.append(("pour units wrong", mod_case(lambda c: c["units_per_sale"] not in (None, 1), lambda c: c.update(units_per_sale=1))))
    breaks.append(("magnum pointed at the 75 cl entry", mod_case(lambda c: c["label"].startswith("3-MAG CREMANT") or c["label"] == "2-MAG WHISPERING ANGEL 23",
                                                                  lambda c: c.update(beverage_id="th072"))))
    breaks.append(("caisse label too wide", mod_case(lambda c: c["connection"] == "caisse" and len(c["label"]) == 26,
                                                     lambda c: c.update(label=c["label"] + "X"))))
    breaks.append(("none with a beverage_id", mod_case(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="th001"))))
    breaks.append(("also_ok missing a vintage", mod_case(lambda c: c["expect"] == "yes" and len(c["also_ok"]) == 1, lambda c: c.update(also_ok=[]))))
    breaks.append(("qr price malformed", mod_case(lambda c: c["connection"] == "qr", lambda c: c.update(label=c["label"].rsplit(",", 1)[0] + ",12,5"))))
    breaks.append(("almost turned into yes", mod_case(lambda c: c["expect"] == "almost" and c["connection"] == "qr",
                                                        lambda c: c.update(expect="yes"))))
    breaks.append(("too few cases", (lib_txt, cas_txt[:200])))
    breaks.append(("draught pointed at a bottle", mod_case(lambda c: c["label"] == "4-SOD25 SINGHA", lambda c: c.update(beverage_id="th091"))))
    breaks.append(("family does not suit the drink", mod_case(lambda c: c["label"] == "4-33CL LEO", lambda c: c.update(label="6-33CL LEO"))))
    breaks.append(("kitchen line answered yes", mod_case(lambda c: c["label"].startswith("BAR> chai 33cl bia lao"), lambda c: c.update(label=c["label"].replace("BAR>", "BEP>")))))

    ok = True
    with tempfile.TemporaryDirectory() as d:
        def run(lt, ct):
            lp, cp = os.path.join(d, "l.jsonl"), os.path.join(d, "c.jsonl")
            open(lp, "w", encoding="utf-8").write("\n".join(lt) + "\n")
            open(cp, "w", encoding="utf-8").write("\n".join(ct) + "\n")
            return check(lp, cp)[0]
        clean = run(lib_txt, cas_txt)
        print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:3]))
        ok = ok and not clean
        for name, (lt, ct) in breaks:
            e = run(lt, ct)
            print("%-40s %s" % (name, ("caught: " + e[0][:90]) if e else "NOT CAUGHT"))
            ok = ok and bool(e)
    print("selftest: %d breaks, %s" % (len(breaks), "all caught" if ok else "FAILED"))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, lib, cases, tc = check(os.path.join(HERE, "thai_library.jsonl"), os.path.join(HERE, "thai_cases.jsonl"))
    report(tc, lib, cases)
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
