#!/usr/bin/env python3
"""Validate ambert_library.jsonl and ambert_cases.jsonl (reads only those two files).

python3 check_ambert.py             # check the files beside this script
python3 check_ambert.py --selftest  # break copies on purpose; each break must be reported
"""
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
CONNS = ("comptoir", "salle", "grossiste")
POUR = {"G": 12.5, "CP": 12.5, "POT": 46, "C25": 25, "C50": 50, "D": 4, "D2": 2, "DM": 25, "PT": 50}
BOTTLE = {"B": 75, "H": 37.5, "M": 150}
WINE = ("vin", "champagne")

# --- the tills' forms, re-derived here
C_KEYS = {"BTL": "B", "1/2": "H", "MAG": "M", "BAL": "G", "CP": "CP", "POT": "POT",
          "1/4": "C25", "CAR50": "C50", "DOSE": "D", "2CL": "D2", "DEMI": "DM", "PINTE": "PT"}
C_RE = re.compile(r"^(0[1-9]) ([A-Z0-9 /.]{15}) ([ 0-9]{3}\.[0-9]0)$")
S_KEYS = {"btl": "B", "1/2 btl": "H", "mag": "M", "verre": "G", "coupe": "CP", "pot": "POT",
          "car. 25": "C25", "car. 50": "C50", "dose": "D", "dose 2cl": "D2", "demi": "DM",
          "pinte": "PT"}
G_KEYS = {"VERRE": "G", "COUPE": "CP", "POT 46CL": "POT", "CARAFE 25CL": "C25",
          "CARAFE 50CL": "C50", "DOSE 4CL": "D", "DOSE 2CL": "D2", "DEMI 25CL": "DM",
          "PINTE 50CL": "PT"}
DEPT_OF = {"vin": 1, "champagne": 1, "bière": 2, "soft": 5}


def num(x):
    return None if x is None else (int(x) if float(x).is_integer() else x)


def read_label(label, conn):
    """-> (measure, size_cl, vintage) or raise ValueError on a malformed label."""
    if conn == "comptoir":
        m = C_RE.match(label)
        if not m:
            raise ValueError("comptoir form (dept, 15 columns [A-Z0-9 /.], price)")
        text = m.group(2).rstrip()
        if not text:
            raise ValueError("empty PLU text")
        toks = text.split()
        meas = C_KEYS.get(toks[0], "U")
        vint = 2000 + int(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        size = None
        for t in toks:
            s = re.search(r"[A-Z](\d+(?:\.\d)?)(CL|L)$", t)
            if s:
                size = float(s.group(1)) * (100 if s.group(2) == "L" else 1)
        return meas, num(size), vint, int(m.group(1))
    if conn == "salle":
        if label.upper() == label or ";" in label or label != label.strip():
            raise ValueError("salle form (mixed case, no ';')")
        body, meas = label, "U"
        if " - " in label:
            body, suf = label.rsplit(" - ", 1)
            if suf not in S_KEYS:
                raise ValueError("salle size word %r" % suf)
            meas = S_KEYS[suf]
        vint = None
        m = re.search(r" ((?:19|20)\d\d)$", body)
        if m:
            vint, body = int(m.group(1)), body[:m.start()]
        size = None
        s = re.search(r"(?<![\w,.])(\d+(?:,\d)?) ?(cl|L)\b", body)
        if s:
            size = float(s.group(1).replace(",", ".")) * (100 if s.group(2) == "L" else 1)
        return meas, num(size), vint, None
    if conn == "grossiste":
        if not re.fullmatch(r"[A-Z0-9 ./°]+", label):
            raise ValueError("grossiste form (ASCII capitals, digits, . / °)")
        meas, body = "U", label
        if " / " in label:
            pre, body = label.split(" / ", 1)
            if pre not in G_KEYS:
                raise ValueError("grossiste pour %r" % pre)
            meas = G_KEYS[pre]
        vint = None
        m = re.search(r" ((?:19|20)\d\d)$", body)
        if m:
            vint, body = int(m.group(1)), body[:m.start()]
        size = None
        for s in re.finditer(r"(?:^| )(FUT )?(\d+(?:\.\d)?)(CL|L)(?= |$)", body):
            size = float(s.group(2)) * (100 if s.group(3) == "L" else 1)
        return meas, num(size), vint, None
    raise ValueError("unknown connection %r" % conn)


def parse(lines, fields, what, errs):
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            errs.append("%s line %d: bad JSON (%s)" % (what, i, e))
            continue
        if list(r) != fields:
            errs.append("%s line %d: field order %s" % (what, i, list(r)))
        rows.append(r)
    return rows


def check(lib_lines, case_lines):
    errs = []
    lib = parse(lib_lines, LIB_FIELDS, "library", errs)
    cases = parse(case_lines, CASE_FIELDS, "cases", errs)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, want 110-130" % len(lib))
    by_id, seen_wine = {}, set()
    for i, r in enumerate(lib, 1):
        if r.get("id") != "AMB%03d" % i:
            errs.append("library: id %r at position %d" % (r.get("id"), i))
        by_id[r.get("id")] = r
        cat, col = r.get("category"), r.get("colour")
        if cat not in CATEGORIES:
            errs.append("%s: category %r" % (r["id"], cat))
        if cat in WINE and col not in COLOURS:
            errs.append("%s: wine without a colour" % r["id"])
        if cat not in WINE and col is not None:
            errs.append("%s: colour on a %s" % (r["id"], cat))
        if cat == "champagne" and col not in ("effervescent", "rosé"):
            errs.append("%s: champagne colour %r" % (r["id"], col))
        f = r.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("%s: format %r" % (r["id"], f))
        elif f >= 2000 and cat != "bière":
            errs.append("%s: keg format on a %s" % (r["id"], cat))
        v = r.get("vintage")
        if v is not None and not (isinstance(v, int) and 1990 <= v <= 2025):
            errs.append("%s: vintage %r" % (r["id"], v))
        if v is not None and cat not in WINE:
            errs.append("%s: vintage on a %s" % (r["id"], cat))
        k = (r.get("name"), r.get("producer"), r.get("appellation"), col, f, v)
        if k in seen_wine:
            errs.append("%s: duplicate entry" % r["id"])
        seen_wine.add(k)

    def group(e):
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"],
                                   x["format_cl"]) == (e["name"], e["producer"],
                                                       e["appellation"], e["colour"], e["format_cl"])]

    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d, want 280-300" % len(cases))
    labels, counts = set(), {}
    for c in cases:
        lab, exp, conn = c.get("label"), c.get("expect"), c.get("connection")
        tag = "case %r" % lab
        if lab in labels:
            errs.append("%s: duplicate label" % tag)
        labels.add(lab)
        if exp not in ("yes", "almost", "none"):
            errs.append("%s: expect %r" % (tag, exp))
            continue
        if conn not in CONNS:
            errs.append("%s: connection %r" % (tag, conn))
            continue
        counts[(conn, exp)] = counts.get((conn, exp), 0) + 1
        if not isinstance(c.get("note"), str) or not c["note"]:
            errs.append("%s: no note" % tag)
        try:
            meas, size, vint, dept = read_label(lab, conn)
        except ValueError as e:
            errs.append("%s: %s" % (tag, e))
            continue
        if c.get("vintage") != vint:
            errs.append("%s: vintage %r, label says %r" % (tag, c.get("vintage"), vint))
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                errs.append("%s: none with an answer" % tag)
            continue
        e = by_id.get(c.get("beverage_id"))
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (tag, c.get("beverage_id")))
            continue
        cat, fmt = e["category"], e["format_cl"]
        if dept is not None:
            want = DEPT_OF.get(cat, (3, 4))
            if (dept not in want) if isinstance(want, tuple) else dept != want:
                errs.append("%s: department %02d for a %s" % (tag, dept, cat))
        # the format the label refers to
        if meas in POUR:
            if cat in WINE:
                if meas not in ("G", "CP", "POT", "C25", "C50"):
                    errs.append("%s: bar measure on a wine" % tag)
                g = [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"]) ==
                     (e["name"], e["producer"], e["appellation"], e["colour"])]
                fmts = sorted({x["format_cl"] for x in g})
                ordinary = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
                if fmt != ordinary:
                    errs.append("%s: a pour of the %s cl entry, not the ordinary bottle" % (tag, fmt))
            elif meas in ("DM", "PT"):
                if cat != "bière" or fmt < 2000:
                    errs.append("%s: draught measure on a non-keg entry" % tag)
            elif meas in ("D", "D2") and cat in ("bière", "soft"):
                errs.append("%s: dose of a %s" % (tag, cat))
            if size is not None and cat not in WINE and cat != "bière" and size != fmt:
                errs.append("%s: label bottle %s cl, entry %s cl" % (tag, size, fmt))
            want_u = round(POUR[meas] / fmt, 4)
        else:
            if size is not None:
                want_fmt = size
            elif meas in BOTTLE:
                want_fmt = BOTTLE[meas]
            else:
                want_fmt = None
            if want_fmt is not None and want_fmt != fmt:
                if not (cat in WINE and size is None and meas == "B" and len({x["format_cl"] for x in lib if x["name"] == e["name"] and x["producer"] == e["producer"]}) == 1 and fmt not in (37.5, 150)):
                    errs.append("%s: label means %s cl, entry is %s cl" % (tag, want_fmt, fmt))
            if want_fmt is None:
                others = {x["format_cl"] for x in lib if x["name"] == e["name"] and x["producer"] == e["producer"] and x["colour"] == e["colour"]}
                if cat in WINE:
                    if fmt != 75 and not (len(others) == 1 and fmt not in (37.5, 150)):
                        errs.append("%s: no format word but a %s cl entry" % (tag, fmt))
                elif len(others) != 1 or fmt >= 2000:
                    errs.append("%s: no size, entry %s cl not the only bottle" % (tag, fmt))
            want_u = 1
        if c.get("units_per_sale") != want_u:
            errs.append("%s: units %r, want %r" % (tag, c.get("units_per_sale"), want_u))
        # vintages
        g = group(e)
        vs = {x["vintage"]: x["id"] for x in g}
        also = c.get("also_ok")
        if not isinstance(also, list) or len(set(also)) != len(also) or c["beverage_id"] in also:
            errs.append("%s: also_ok malformed" % tag)
            continue
        if None in vs:
            if exp != "yes" or also:
                errs.append("%s: non-vintage drink must be a plain yes" % tag)
            continue
        others = sorted(i for v, i in vs.items() if i != e["id"])
        if exp == "yes":
            if vint is not None:
                if e["vintage"] != vint or also:
                    errs.append("%s: yes with vintage %s must be that entry, no also_ok" % (tag, vint))
            else:
                if e["vintage"] != max(vs) or sorted(also) != others:
                    errs.append("%s: yes without vintage must be the most recent, others in also_ok" % tag)
        else:
            if vint is None or vint in vs:
                errs.append("%s: almost needs a label vintage the wine lacks" % tag)
                continue
            best = sorted(vs, key=lambda v: (abs(v - vint), -v))[0]
            if e["vintage"] != best or sorted(also) != others:
                errs.append("%s: almost must be the nearest vintage (tie: more recent), others in also_ok" % tag)
    n = len(cases) or 1
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(counts.get((cn, exp), 0) for cn in CONNS)
        if not lo <= 100.0 * k / n <= hi:
            errs.append("share of %s %.1f %% outside %d-%d %%" % (exp, 100.0 * k / n, lo, hi))
        for cn in CONNS:
            if counts.get((cn, exp), 0) < 5:
                errs.append("till %s has %d %s" % (cn, counts.get((cn, exp), 0), exp))
    return errs, counts


def load():
    with open(os.path.join(HERE, "ambert_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "ambert_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def _edit(lines, pred, fn):
    out, done = [], False
    for l in lines:
        r = json.loads(l)
        if not done and pred(r):
            r = fn(r)
            done = True
            if r is None:
                continue
        out.append(json.dumps(r, ensure_ascii=False))
    assert done, "selftest found nothing to break"
    return out


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    if errs:
        print("clean files FAIL:", errs[:5])
        return 1
    print("clean files pass")
    conn = lambda c: lambda r: r["connection"] == c  # noqa: E731

    def reorder(r):
        return {k: r[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}

    def setk(**kw):
        def f(r):
            r = dict(r)
            r.update(kw)
            return r
        return f

    breaks = [
        ("broken JSON", lambda L, C: (L, [*C[:5], C[5][:-3], *C[6:]])),
        ("field order", lambda L, C: (L, _edit(C, lambda r: True, reorder))),
        ("id sequence", lambda L, C: (_edit(L, lambda r: r["id"] == "AMB010", setk(id="AMB011")), C)),
        ("colour on a spirit", lambda L, C: (_edit(L, lambda r: r["category"] == "spiritueux", setk(colour="blanc")), C)),
        ("wine without colour", lambda L, C: (_edit(L, lambda r: r["category"] == "vin", setk(colour=None)), C)),
        ("keg format on a wine", lambda L, C: (_edit(L, lambda r: r["category"] == "vin", setk(format_cl=3000)), C)),
        ("vintage not on the label", lambda L, C: (L, _edit(C, lambda r: r["vintage"] is not None, setk(vintage=2011)))),
        ("also_ok dropped", lambda L, C: (L, _edit(C, lambda r: r["expect"] == "yes" and r["also_ok"], setk(also_ok=[])))),
        ("almost not the nearest", lambda L, C: (L, _edit(C, lambda r: r["expect"] == "almost" and r["also_ok"],
                                                         lambda r: setk(beverage_id=r["also_ok"][0], also_ok=[r["beverage_id"], *r["also_ok"][1:]])(r)))),
        ("units", lambda L, C: (L, _edit(C, lambda r: r["units_per_sale"] not in (None, 1), setk(units_per_sale=0.2)))),
        ("comptoir over 15 columns", lambda L, C: (L, _edit(C, conn("comptoir"), lambda r: setk(label=r["label"][:18] + "X" + r["label"][18:])(r)))),
        ("salle in capitals", lambda L, C: (L, _edit(C, conn("salle"), lambda r: setk(label=r["label"].upper())(r)))),
        ("grossiste in lower case", lambda L, C: (L, _edit(C, conn("grossiste"), lambda r: setk(label=r["label"].lower())(r)))),
        ("none with an id", lambda L, C: (L, _edit(C, lambda r: r["expect"] == "none", setk(beverage_id="AMB001")))),
        ("duplicate label", lambda L, C: (L, [*C, C[0]])),
        ("half-bottle label on a 75 cl entry", lambda L, C: (L, _edit(C, lambda r: r["connection"] == "salle" and r["label"].endswith(" - btl") and r["expect"] == "yes", lambda r: setk(label=r["label"][:-3] + "1/2 btl")(r)))),
        ("draught on a bottled beer", lambda L, C: (L, _edit(C, lambda r: r["label"].startswith("02 PELFORTH BRUNE"), lambda r: setk(label="02 %-15s %6s" % ("DEMI PELFORTH B", r["label"][-6:].strip()))(r)))),
        ("department of another family", lambda L, C: (L, _edit(C, lambda r: r["label"].startswith("03 DOSE SALERS"), lambda r: setk(label="05" + r["label"][2:])(r)))),
        ("too few cases", lambda L, C: (L, C[:250])),
        ("answer shares", lambda L, C: (L, [json.dumps(dict(json.loads(x), expect="none", beverage_id=None, also_ok=[], units_per_sale=None), ensure_ascii=False) if i % 3 == 0 and json.loads(x)["expect"] == "yes" else x for i, x in enumerate(C)])),
        ("unknown expect", lambda L, C: (L, _edit(C, lambda r: r["expect"] == "almost", setk(expect="maybe")))),
        ("salle unknown size word", lambda L, C: (L, _edit(C, lambda r: r["connection"] == "salle" and r["label"].endswith(" - btl"), lambda r: setk(label=r["label"][:-3] + "bouteille")(r)))),
    ]
    bad = 0
    for name, fn in breaks:
        L2, C2 = fn(list(lib), list(cases))
        errs, _ = check(L2, C2)
        status = "reported" if errs else "MISSED"
        if not errs:
            bad += 1
        print("%-36s %s%s" % (name, status, (": " + errs[0][:90]) if errs else ""))
    print("%d kinds of break, %d missed" % (len(breaks), bad))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        return selftest()
    lib, cases = load()
    errs, counts = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    n = sum(counts.values())
    print("library %d, cases %d" % (len(lib), n))
    for cn in CONNS:
        print("  %-10s" % cn, " ".join("%s %d" % (x, counts.get((cn, x), 0)) for x in ("yes", "almost", "none")))
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
