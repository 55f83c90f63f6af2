#!/usr/bin/env python3
"""Check the "chinois" set from its two jsonl files alone (no build, no other module).

Usage: python3 check_chinois.py [library.jsonl cases.jsonl]
       python3 check_chinois.py --selftest   (breaks copies on purpose, each must be caught)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "pda", "banquet")
CJK = re.compile(r"[\u3400-\u9fff]")
YEAR = re.compile(r"^(19|20)\d\d$")

CAISSE_PRE = {"VRE": ("pour", 12.5), "VRE15CL": ("pour", 15), "DOSE": ("pour", 4),
              "2CL": ("pour", 2), "DEMI": ("draught", 25), "PINTE": ("draught", 50),
              "1/2": ("bottle", 37.5), "MAG": ("bottle", 150)}
BANQUET_MENUS = {"MARIAGE-A", "MARIAGE-B", "ANNIV-60", "ANNIV-80", "CE-DINER", "MENU-PHENIX",
                 "MENU-DRAGON", "MENU-JADE", "NOUVEL-AN"}


def num(s):
    x = float(s)
    return int(x) if x == int(x) else x


def parse_caisse(label, err):
    """CN name, blank, Latin part (upper ASCII, at most 22 columns)."""
    m = re.match(r"^(\S+) (.+)$", label)
    if not m or not CJK.search(m.group(1)) or CJK.search(m.group(2)):
        err("caisse label is not 'CHINESE LATIN': %r" % label)
        return None
    latin = m.group(2)
    if len(latin) > 22 or latin != latin.rstrip() or not latin.isascii() or latin != latin.upper():
        err("caisse Latin part not upper ASCII within 22 columns: %r" % label)
    toks = latin.split()
    vint = int(toks[-1]) if YEAR.match(toks[-1]) else None
    if toks[0] in CAISSE_PRE:
        kind, vol = CAISSE_PRE[toks[0]]
    else:
        sizes = [t for t in toks[1:] if re.match(r"^\d+(\.\d+)?CL$", t)]
        kind, vol = ("bottle", num(sizes[-1][:-2])) if sizes else ("bottle", None)
    return kind, vol, vint


def parse_pda(label, err):
    if not label.isascii() or label != label.upper() or "  " in label or label != label.strip():
        err("pda label not upper ASCII romanisation: %r" % label)
    toks = label.split()
    vints = [t for t in toks if re.match(r"^(19|20)\d\dNIAN$", t)]
    vint = int(vints[0][:4]) if vints else None
    if any(re.match(r"^(19|20)\d\d$", t) for t in toks):
        err("pda vintage without NIAN: %r" % label)
    if toks[0] == "BEI":
        if len(toks) > 1 and re.match(r"^\d+CL$", toks[1]):
            return "pour", num(toks[1][:-2]), vint
        return "pour", 12.5, vint
    if toks[0] == "BANPING":
        return "bottle", 37.5, vint
    if toks[0] == "SHENGPI":
        return "draught", num(toks[1][:-2]), vint
    if toks[-1] == "1.5L":
        return "bottle", 150, vint
    if re.match(r"^\d+(\.\d+)?CL$", toks[-1]):
        return "bottle", num(toks[-1][:-2]), vint
    return "bottle", None, vint


def parse_banquet(label, err):
    f = label.split(";")
    if len(f) != 7:
        err("banquet export line has %d fields: %r" % (len(f), label))
        return None
    code, table, menu, qty, desig, vint, size = f
    if not re.match(r"^BQ26(0[1-9]|1[0-2])([01]\d|2[0-8])$", code) or not re.match(r"^T\d\d$", table) \
            or menu not in BANQUET_MENUS or not re.match(r"^\d{1,2}$", qty) or not 1 <= int(qty) <= 24 \
            or not desig:
        err("banquet fields malformed: %r" % label)
    if vint and not YEAR.match(vint):
        err("banquet vintage field not a year: %r" % label)
    vint = int(vint) if YEAR.match(vint) else None
    if size in ("coupe", "verre"):
        return "pour", 12.5, vint
    if size == "":
        return "bottle", None, vint
    m = re.match(r"^(\d+(,\d+)?)cl$", size)
    if not m:
        err("banquet size malformed: %r" % label)
        return None
    v = num(m.group(1).replace(",", "."))
    return ("pour" if v < 10 else "bottle"), v, vint


PARSERS = {"caisse": parse_caisse, "pda": parse_pda, "banquet": parse_banquet}


def load(text, fields, what, errs):
    rows = []
    if not text.endswith("\n"):
        errs.append("%s: no final newline" % what)
    for i, line in enumerate(text.splitlines(), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("%s line %d: invalid JSON (%s)" % (what, i, e))
            continue
        if list(d) != fields:
            errs.append("%s line %d: fields %s" % (what, i, list(d)))
        rows.append(d)
    return rows


def check(lib_text, cases_text):
    errs = []
    lib = load(lib_text, LIB_FIELDS, "library", errs)
    cases = load(cases_text, CASE_FIELDS, "cases", errs)
    byid = {}
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks (110-130)" % len(lib))
    seen_ent = set()
    for i, d in enumerate(lib, 1):
        if d.get("id") != "cn%03d" % i:
            errs.append("library id %r out of sequence (cn%03d)" % (d.get("id"), i))
        byid[d.get("id")] = d
        cat, col = d.get("category"), d.get("colour")
        if cat not in CATEGORIES:
            errs.append("%s: category %r" % (d.get("id"), cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errs.append("%s: wine without a colour (%r)" % (d.get("id"), col))
        elif col is not None:
            errs.append("%s: colour %r on a %s" % (d.get("id"), col, cat))
        v, f = d.get("vintage"), d.get("format_cl")
        if not (v is None or (isinstance(v, int) and 1900 < v < 2030)):
            errs.append("%s: vintage %r" % (d.get("id"), v))
        if not isinstance(f, (int, float)) or f <= 0 or (f >= 2000 and cat != "bière"):
            errs.append("%s: format %r" % (d.get("id"), f))
        k = (d.get("name"), d.get("producer"), d.get("appellation"), col, f, v)
        if k in seen_ent:
            errs.append("%s: same wine, format and vintage as another entry" % d.get("id"))
        seen_ent.add(k)

    def wine(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"])

    def group(d):
        return sorted((x for x in lib if wine(x) == wine(d)), key=lambda x: x["vintage"] or 0)

    def family(d):
        return [x for x in lib if wine(x)[:4] == wine(d)[:4]]

    labels = Counter(c.get("label") for c in cases)
    for lab, n in labels.items():
        if n > 1:
            errs.append("label %r repeated %d times" % (lab, n))
    for c in cases:
        lab, exp, bid, also = c.get("label"), c.get("expect"), c.get("beverage_id"), c.get("also_ok")
        conn, units, vint = c.get("connection"), c.get("units_per_sale"), c.get("vintage")

        def err(msg, lab=lab):
            errs.append("%s: %s" % (lab, msg) if lab not in msg else msg)
        if conn not in TILLS:
            err("connection %r" % conn)
            continue
        if exp not in ("yes", "almost", "none"):
            err("expect %r" % exp)
            continue
        if not isinstance(c.get("note"), str) or not c.get("note"):
            err("no note")
        parsed = PARSERS[conn](lab, err)
        if parsed is None:
            continue
        kind, vol, lvint = parsed
        if lvint != vint:
            err("vintage %r but the label reads %r" % (vint, lvint))
        if exp == "none":
            if bid is not None or also != [] or units is not None:
                err("none with beverage_id/also_ok/units")
            continue
        d = byid.get(bid)
        if d is None:
            err("beverage_id %r not in the library" % bid)
            continue
        if not isinstance(also, list) or any(a not in byid for a in also) or bid in also:
            err("also_ok %r malformed" % (also,))
            continue
        g = group(d)
        others = sorted(x["id"] for x in g if x["id"] != bid)
        if exp == "yes" and vint is not None and (d["vintage"] != vint or also):
            err("yes with vintage %s: entry has %s, also_ok %s" % (vint, d["vintage"], also))
        elif exp == "yes" and vint is None:
            if d["id"] != g[-1]["id"] or sorted(also) != others:
                err("yes without vintage must be the most recent with the others in also_ok")
        elif exp == "almost":
            vs = [x["vintage"] for x in g]
            if vint is None or vint in vs or None in vs:
                err("almost but the label's vintage %r is held or absent" % vint)
            else:
                best = min(g, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))
                if best["id"] != bid or sorted(also) != others:
                    err("almost must be the nearest vintage %s with the others in also_ok"
                        % best["id"])
        fmts = sorted({x["format_cl"] for x in family(d)})
        f = d["format_cl"]
        wineish = d["category"] in ("vin", "champagne")
        if kind == "bottle":
            want = vol if vol is not None else (75 if wineish else (fmts[0] if len(fmts) == 1 else None))
            if want != f:
                err("bottle of %s cl on the label, entry is %s cl" % (want, f))
            if units != 1:
                err("a bottle is 1 unit, not %r" % units)
        elif kind == "pour":
            ordinary = 75 if 75 in fmts else ([x for x in fmts if x < 2000] or [None])[0]
            if len([x for x in fmts if x < 2000]) > 1 and 75 not in fmts:
                ordinary = None
            if f != ordinary:
                err("a pour refers to the ordinary bottle (%s), not %s cl" % (ordinary, f))
            elif units != round(vol / f, 4):
                err("units %r, expected %r" % (units, round(vol / f, 4)))
        elif kind == "draught":
            if f < 2000:
                err("a draught measure from a %s cl bottle" % f)
            elif units != round(vol / f, 4):
                err("units %r, expected %r" % (units, round(vol / f, 4)))
        if isinstance(units, float) and round(units, 4) != units:
            err("units not to 4 decimals")

    # counts
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases (280-300)" % n)
    cnt = Counter(c.get("expect") for c in cases)
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        p = 100.0 * cnt[e] / max(n, 1)
        if not lo <= p <= hi:
            errs.append("%s is %.1f %% (%d-%d %%)" % (e, p, lo, hi))
    tc = Counter((c.get("connection"), c.get("expect")) for c in cases)
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if tc[(t, e)] == 0:
                errs.append("till %s has no %s case" % (t, e))
    return errs, lib, cases


def report(lib_path, cases_path):
    with open(lib_path, encoding="utf-8", newline="") as fh:
        lt = fh.read()
    with open(cases_path, encoding="utf-8", newline="") as fh:
        ct = fh.read()
    errs, lib, cases = check(lt, ct)
    for e in errs:
        print("ERROR", e)
    tc = Counter((c.get("connection"), c.get("expect")) for c in cases)
    print("%d drinks, %d cases" % (len(lib), len(cases)))
    for t in TILLS:
        print("  %-8s yes %3d  almost %3d  none %3d" % (t, tc[(t, "yes")], tc[(t, "almost")],
                                                       tc[(t, "none")]))
    print("OK" if not errs else "%d error(s)" % len(errs))
    return not errs


def selftest():
    with open(os.path.join(HERE, "chinois_library.jsonl"), encoding="utf-8") as fh:
        lt = fh.read()
    with open(os.path.join(HERE, "chinois_cases.jsonl"), encoding="utf-8") as fh:
        ct = fh.read()
    errs, _, _ = check(lt, ct)
    assert not errs, errs
    print("clean files pass")
    L = [json.loads(x) for x in lt.splitlines()]
    C = [json.loads(x) for x in ct.splitlines()]

    def dumps(rows):
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def edit(pred, **kw):
        rows = [dict(c) for c in C]
        i = first(pred)
        rows[i].update(kw)
        return lt, dumps(rows)

    breaks = []
    i = first(lambda c: c["units_per_sale"] not in (None, 1))
    breaks.append(("pour units changed", *edit(lambda c: c is C[i], units_per_sale=0.2)))
    i = first(lambda c: c["expect"] == "almost" and len(c["also_ok"]) >= 2)
    c = C[i]
    breaks.append(("almost on a farther vintage",
                   *edit(lambda x: x is c, beverage_id=c["also_ok"][0],
                         also_ok=sorted([c["beverage_id"], *c["also_ok"][1:]]))))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "banquet")
    c = C[i]
    other = next(x["id"] for x in L if x["name"] == next(y for y in L if y["id"] == c["beverage_id"])["name"]
                 and x["id"] != c["beverage_id"])
    breaks.append(("yes on another vintage", *edit(lambda x: x is c, beverage_id=other)))
    i = first(lambda c: c["expect"] == "yes" and len(c["also_ok"]) >= 1)
    breaks.append(("also_ok missing an id", *edit(lambda x: x is C[i], also_ok=C[i]["also_ok"][1:])))
    i = first(lambda c: c["expect"] == "none")
    breaks.append(("none with an id", *edit(lambda x: x is C[i], beverage_id="cn001")))
    rows = [*C, C[0]]
    breaks.append(("duplicate label", lt, dumps(rows)))
    rows = [dict(c) for c in C]
    rows[3] = {k: rows[3][k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
    breaks.append(("field order", lt, dumps(rows)))
    lrows = [dict(x) for x in L]
    lrows[10]["id"] = "cn111x"
    breaks.append(("library id out of sequence", dumps(lrows), ct))
    lrows = [dict(x) for x in L]
    j = next(k for k, x in enumerate(lrows) if x["category"] == "bière")
    lrows[j]["colour"] = "blanc"
    breaks.append(("colour on a beer", dumps(lrows), ct))
    i = first(lambda c: c["vintage"] is not None and c["expect"] == "yes")
    breaks.append(("vintage not the label's", *edit(lambda x: x is C[i], vintage=C[i]["vintage"] - 1)))
    i = first(lambda c: c["connection"] == "caisse")
    breaks.append(("caisse Latin part over 22 columns",
                   *edit(lambda x: x is C[i], label=C[i]["label"] + " EXTRA LONG WORDS")))
    i = first(lambda c: c["connection"] == "pda")
    breaks.append(("Chinese on the pda", *edit(lambda x: x is C[i], label="拉菲 " + C[i]["label"])))
    i = first(lambda c: c["connection"] == "banquet")
    breaks.append(("banquet field count",
                   *edit(lambda x: x is C[i], label=C[i]["label"].replace(";T", ";;T", 1))))
    i = first(lambda c: c["connection"] == "caisse" and " 1/2 " in c["label"] and c["expect"] == "yes")
    c = C[i]
    full = next(x["id"] for x in L if x["name"] == next(y for y in L if y["id"] == c["beverage_id"])["name"]
                and x["format_cl"] == 75 and x["vintage"] == c["vintage"])
    breaks.append(("half bottle on a 75 cl entry", *edit(lambda x: x is c, beverage_id=full)))
    breaks.append(("invalid JSON", lt, ct.replace("}\n", "\n", 1)))
    rows = [c for c in C if c["expect"] != "none"]
    breaks.append(("counts out of range", lt, dumps(rows)))
    i = first(lambda c: c["connection"] == "pda" and "NIAN" in c["label"])
    breaks.append(("pda vintage without NIAN",
                   *edit(lambda x: x is C[i], label=C[i]["label"].replace("NIAN", ""))))
    lrows = [dict(x) for x in L]
    j = next(k for k, x in enumerate(lrows) if x["category"] == "soft")
    lrows[j]["format_cl"] = 3000
    breaks.append(("keg size on a soft", dumps(lrows), ct))
    ok = True
    for name, l2, c2 in breaks:
        e, _, _ = check(l2, c2)
        print("%-34s %s" % (name, ("caught: " + e[0][:90]) if e else "NOT CAUGHT"))
        ok = ok and bool(e)
    print("selftest %s (%d kinds of break)" % ("OK" if ok else "FAILED", len(breaks)))
    return ok


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    lp = args[0] if args else os.path.join(HERE, "chinois_library.jsonl")
    cp = args[1] if len(args) > 1 else os.path.join(HERE, "chinois_cases.jsonl")
    sys.exit(0 if report(lp, cp) else 1)
