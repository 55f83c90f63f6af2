#!/usr/bin/env python3
"""Check the evreux held-out set. Reads ONLY evreux_library.jsonl and evreux_cases.jsonl.
Usage: check_evreux.py [--selftest]"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("BAR", "SALLE", "ETAGE")
POUR = {"gl": 12.5, "gl15": 15, "car25": 25, "car50": 50, "cp": 12.5, "dose": 4, "d2": 2, "c8": 8}
DRAUGHT = {"demi": 25, "pinte": 50}

BAR_CODES = {"BT": "btl", "1/2": "half", "MAG": "mag", "VRE": "gl", "V15": "gl15",
             "C25": "car25", "C50": "car50", "CP": "cp", "4CL": "dose", "2CL": "d2",
             "8CL": "c8", "DEMI": "demi", "PINTE": "pinte"}
SALLE_WORDS = [("1/2 Btl ", "half"), ("Btl ", "btl"), ("Magnum ", "mag"),
               ("Verre 15cl ", "gl15"), ("Verre 8cl ", "c8"), ("Verre ", "gl"),
               ("Pichet 25cl ", "car25"), ("Pichet 50cl ", "car50"), ("Coupe ", "cp"),
               ("Dose 2cl ", "d2"), ("Dose ", "dose"), ("Demi ", "demi"), ("Pinte ", "pinte")]
ETAGE_WORDS = {"BTL": "btl", "HALF": "half", "MAGNUM": "mag", "GLASS": "gl", "FLUTE": "cp",
               "SHOT": "dose", "CARAFE50": "car50", "MINIBAR": "mini"}


def size_cl(tok):
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)(CL|cl|L)", tok)
    if not m:
        return None
    v = float(m.group(1).replace(",", "."))
    v = v * 100 if m.group(2) == "L" else v
    return int(v) if v.is_integer() else v


def parse(till, label, errs):
    """-> (measure or None, size or None, vintage or None); appends form errors."""
    meas, size, vint = None, None, None
    if till == "BAR":
        if not re.fullmatch(r"[A-Z0-9 .'/&+-]+", label):
            errs.append("BAR label not ASCII capitals: %r" % label)
        toks = label.split(" ")
        name = label
        if len(toks) > 1 and toks[-1] in BAR_CODES:
            meas, name = BAR_CODES[toks[-1]], " ".join(toks[:-1])
        elif len(toks) > 1 and size_cl(toks[-1]):
            meas, size, name = "btl", size_cl(toks[-1]), " ".join(toks[:-1])
        if len(name) > 18:
            errs.append("BAR name field over 18 columns: %r" % label)
        nt = name.split(" ")
        if len(nt) > 1 and re.fullmatch(r"\d\d", nt[-1]):
            n = int(nt[-1])
            vint = 2000 + n if n <= 30 else 1900 + n
    elif till == "SALLE":
        m = re.fullmatch(r"(.+) • (\d+),(00|50|90)€", label)
        if not m:
            errs.append("SALLE label without price: %r" % label)
            return None, None, None
        body = m.group(1)
        if not re.search(r"[a-zé]", body):
            errs.append("SALLE label not in mixed case: %r" % label)
        for w, ms in SALLE_WORDS:
            if body.startswith(w):
                meas, body = ms, body[len(w):]
                break
        mv = re.search(r" ((?:19|20)\d\d)$", body)
        if mv:
            vint, body = int(mv.group(1)), body[:mv.start()]
        if meas == "btl":
            last = body.split(" ")[-1]
            if size_cl(last) and last.endswith(("cl", "L")):
                size = size_cl(last)
    elif till == "ETAGE":
        if len(label) > 34:
            errs.append("ETAGE label over 34 columns: %r" % label)
        if not re.fullmatch(r"[1-3](0[1-9]|1\d|2[0-4]) [A-Z0-9 .'/&+-]+", label):
            errs.append("ETAGE label not room + ASCII capitals: %r" % label)
        toks = label.split(" ")
        if len(toks) > 2 and toks[1] in ETAGE_WORDS:
            meas = ETAGE_WORDS[toks[1]]
            if size_cl(toks[2]):
                size = size_cl(toks[2])
            if meas == "mini" and not size:
                meas = None  # a minibar snack
        mv = re.search(r" ((?:19|20)\d\d)$", label)
        if mv:
            vint = int(mv.group(1))
    else:
        errs.append("unknown connection %r" % till)
    return meas, size, vint


def norm(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()
    return [t for t in re.split(r"[^A-Z]+", s) if len(t) >= 3]


def needed(group, cat, meas, size):
    fmts = sorted({e["format_cl"] for e in group})
    bottles = [f for f in fmts if f < 2000]
    kegs = [f for f in fmts if f >= 2000]
    if meas in ("btl", "mini"):
        if size:
            return size if size in bottles else None
        if cat in ("vin", "champagne"):
            return 75 if 75 in bottles else None
        return bottles[0] if len(bottles) == 1 else None
    if meas == "half":
        return 37.5
    if meas == "mag":
        return 150
    if meas in POUR:
        if 75 in bottles:
            return 75
        return bottles[0] if len(bottles) == 1 else None
    if meas in DRAUGHT:
        return kegs[0] if kegs else None
    return None


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, l in enumerate(lib_lines):
        try:
            r = json.loads(l)
        except ValueError:
            errs.append("library line %d: not JSON" % (i + 1))
            continue
        if list(r) != LIB_FIELDS:
            errs.append("library line %d: field order %s" % (i + 1, list(r)))
        lib.append(r)
    for i, l in enumerate(case_lines):
        try:
            r = json.loads(l)
        except ValueError:
            errs.append("cases line %d: not JSON" % (i + 1))
            continue
        if list(r) != CASE_FIELDS:
            errs.append("cases line %d: field order %s" % (i + 1, list(r)))
        cases.append(r)
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks" % len(lib))
    byid, seen_entry = {}, set()
    for n, r in enumerate(lib, 1):
        if r.get("id") != "ev%03d" % n:
            errs.append("library id %r out of sequence (want ev%03d)" % (r.get("id"), n))
        byid[r.get("id")] = r
        cat, col, fmt = r.get("category"), r.get("colour"), r.get("format_cl")
        if cat not in CATEGORIES:
            errs.append("%s: bad category %r" % (r.get("id"), cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errs.append("%s: bad colour %r" % (r.get("id"), col))
        elif col is not None:
            errs.append("%s: colour on a %s" % (r.get("id"), cat))
        if not isinstance(fmt, (int, float)) or fmt <= 0:
            errs.append("%s: bad format %r" % (r.get("id"), fmt))
        elif fmt >= 2000 and (cat != "bière" or fmt not in (2000, 3000)):
            errs.append("%s: keg format %r on a %s" % (r.get("id"), fmt, cat))
        v = r.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 < v < 2030):
            errs.append("%s: bad vintage %r" % (r.get("id"), v))
        k = (r.get("name"), r.get("producer"), r.get("appellation"), col, fmt, v)
        if k in seen_entry:
            errs.append("%s: duplicate entry" % r.get("id"))
        seen_entry.add(k)

    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    groups = {}
    for r in lib:
        groups.setdefault(wine(r), []).append(r)

    labels = set()
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        lab, exp, bid, also = c.get("label"), c.get("expect"), c.get("beverage_id"), c.get("also_ok")
        till = c.get("connection")
        where = "case %r" % lab
        if lab in labels:
            errs.append("%s: duplicate label" % where)
        labels.add(lab)
        if exp not in ("yes", "almost", "none"):
            errs.append("%s: bad expect %r" % (where, exp))
            continue
        if till in counts:
            counts[till][exp] += 1
        meas, size, vint = parse(till, lab, errs)
        if c.get("vintage") != vint:
            errs.append("%s: vintage %r but the label reads %r" % (where, c.get("vintage"), vint))
        if "cut off" in (c.get("note") or "") and vint is not None:
            errs.append("%s: cut-off note on a label with a vintage" % where)
        if exp == "none":
            if bid is not None or also != [] or c.get("units_per_sale") is not None:
                errs.append("%s: none with an answer" % where)
            continue
        e = byid.get(bid)
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (where, bid))
            continue
        if meas is None:
            errs.append("%s: %s without a measure" % (where, exp))
            continue
        grp = groups[wine(e)]
        fmt = needed(grp, e["category"], meas, size)
        if fmt != e["format_cl"]:
            errs.append("%s: label asks for format %r, entry %s is %r" % (where, fmt, bid, e["format_cl"]))
            continue
        same = [r for r in grp if r["format_cl"] == fmt]
        others = sorted(r["id"] for r in same if r["id"] != bid)
        if sorted(also or []) != others or len(also or []) != len(set(also or [])):
            if not (exp == "yes" and vint is not None and also == []):
                errs.append("%s: also_ok %r, want %r" % (where, also, others))
        vints = [r["vintage"] for r in same]
        if exp == "yes":
            if vint is not None:
                if e["vintage"] != vint:
                    errs.append("%s: yes on vintage %r, label %r" % (where, e["vintage"], vint))
                if also != []:
                    errs.append("%s: yes with a vintage has also_ok" % where)
            elif len(same) > 1 and e["vintage"] != max(vints):
                errs.append("%s: yes without vintage not the most recent" % where)
        else:
            if vint is None or vint in vints or None in vints:
                errs.append("%s: almost but vintage %r held or absent" % (where, vint))
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append("%s: almost on %r, nearest is %r" % (where, e["vintage"], best))
        if meas in ("btl", "mini", "half", "mag"):
            units = 1
        else:
            vol = POUR.get(meas) or DRAUGHT.get(meas)
            units = round(vol / fmt, 4)
        if c.get("units_per_sale") != units:
            errs.append("%s: units %r, want %r" % (where, c.get("units_per_sale"), units))
        stems = {t[:3] for t in norm(" ".join([e["name"], e["producer"], e["appellation"]]))}
        if not any(t[:3] in stems for t in norm(lab)):
            errs.append("%s: shares no word stem with %s" % (where, bid))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases (want 280-300)" % n)
    if n:
        tot = {k: sum(counts[t][k] for t in TILLS) for k in ("yes", "almost", "none")}
        for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            if not lo <= 100.0 * tot[k] / n <= hi:
                errs.append("%s share %.1f %% out of %d-%d %%" % (k, 100.0 * tot[k] / n, lo, hi))
        for t in TILLS:
            if min(counts[t].values()) == 0:
                errs.append("till %s lacks an answer kind: %s" % (t, counts[t]))
    return errs, counts


def load():
    with open(os.path.join(HERE, "evreux_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "evreux_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def _mod(lines, pred, fn):
    out, done = [], False
    for l in lines:
        r = json.loads(l)
        if not done and pred(r):
            r = fn(r)
            done = True
            l = json.dumps(r, ensure_ascii=False) if isinstance(r, dict) else r
        out.append(l)
    assert done, "selftest: no line to break"
    return out


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    print("clean files: %d errors" % len(errs))
    ok = not errs

    def setk(r, k, v):
        r[k] = v
        return r

    def reorder(r):
        return dict([("expect", r["expect"]), ("label", r["label"])] +
                    [(k, v) for k, v in r.items() if k not in ("label", "expect")])

    def far_almost(r):
        return setk(r, "beverage_id", r["also_ok"][0]) if r["also_ok"] else r

    breaks = [
        ("non-JSON case line", lib, [*cases[:5], "{not json", *cases[5:]]),
        ("case fields out of order", lib, _mod(cases, lambda r: True, reorder)),
        ("library id gap", _mod(lib, lambda r: r["id"] == "ev010", lambda r: setk(r, "id", "ev110x")), cases),
        ("wine without colour", _mod(lib, lambda r: r["category"] == "vin", lambda r: setk(r, "colour", None)), cases),
        ("colour on a beer", _mod(lib, lambda r: r["category"] == "bière", lambda r: setk(r, "colour", "blanc")), cases),
        ("also_ok dropped", lib, _mod(cases, lambda r: r["also_ok"], lambda r: setk(r, "also_ok", []))),
        ("almost on the farther vintage", lib, _mod(cases, lambda r: r["expect"] == "almost" and r["also_ok"], far_almost)),
        ("glass units wrong", lib, _mod(cases, lambda r: r["units_per_sale"] == 0.1667, lambda r: setk(r, "units_per_sale", 0.16))),
        ("BAR label in lower case", lib, _mod(cases, lambda r: r["connection"] == "BAR", lambda r: setk(r, "label", r["label"].lower()))),
        ("ETAGE label over 34 columns", lib, _mod(cases, lambda r: r["connection"] == "ETAGE" and r["expect"] == "none", lambda r: setk(r, "label", r["label"] + " EXTRA COLUMNS HERE"))),
        ("SALLE label without price", lib, _mod(cases, lambda r: r["connection"] == "SALLE", lambda r: setk(r, "label", r["label"].split(" • ")[0]))),
        ("none with an id", lib, _mod(cases, lambda r: r["expect"] == "none", lambda r: setk(r, "beverage_id", "ev001"))),
        ("duplicate label", lib, cases + cases[:1]),
        ("vintage not read back", lib, _mod(cases, lambda r: r["vintage"] is None and r["expect"] == "yes", lambda r: setk(r, "vintage", 2020))),
        ("half bottle answered with the 75 cl entry", lib, _mod(cases, lambda r: r["label"].startswith("1/2 Btl Meursault") and r["vintage"] == 2020, lambda r: setk(r, "beverage_id", "ev011"))),
        ("draught on a bottled beer", lib, _mod(cases, lambda r: r["label"] == "PRESS.KRO DEMI", lambda r: setk(r, "beverage_id", "ev111"))),
        ("too few cases", lib, cases[:200]),
        ("yes on another vintage", lib, _mod(cases, lambda r: r["expect"] == "yes" and r["vintage"] == 2022 and r["connection"] == "BAR", lambda r: setk(r, "beverage_id", "ev001"))),
    ]
    for name, l, c in breaks:
        e, _ = check(l, c)
        print("%-45s %s (%d errors)%s" % (name, "reported" if e else "NOT REPORTED", len(e),
                                          (": " + e[0]) if e else ""))
        ok = ok and bool(e)
    print("selftest", "passed" if ok else "FAILED", "(%d kinds of break)" % len(breaks))
    return ok


def main():
    if "--selftest" in sys.argv[1:]:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, counts = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    n = sum(sum(v.values()) for v in counts.values())
    print("%d drinks, %d cases" % (len(lib), n))
    for t in TILLS:
        print("  %-6s yes %3d  almost %3d  none %3d" % (t, counts[t]["yes"], counts[t]["almost"], counts[t]["none"]))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
