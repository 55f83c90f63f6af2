"""Check the clermont blind set from its two jsonl files alone (stdlib only).

python3 tests/matching/data/clermont/check_clermont.py            # check the files
python3 tests/matching/data/clermont/check_clermont.py --selftest # break copies on purpose
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "clermont_library.jsonl")
CASES = os.path.join(HERE, "clermont_cases.jsonl")

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "tablette", "bar")

# measure token -> (kind, volume): kind 'pour' (from the ordinary bottle), 'draught' (from a
# keg), 'size' (a bottle of that size), 'btl' (the ordinary bottle), 'u' (a non-drink)
C_MEAS = {"1/2": ("size", 37.5), "MAG": ("size", 150), "VRE": ("pour", 12.5), "VRE15": ("pour", 15),
          "P25": ("pour", 25), "P50": ("pour", 50), "CP": ("pour", 12.5), "DOSE": ("pour", 4),
          "2CL": ("pour", 2), "6CL": ("pour", 6), "DEMI": ("draught", 25), "PINTE": ("draught", 50),
          "25CL": ("size", 25), "33CL": ("size", 33), "50CL": ("size", 50), "75CL": ("size", 75),
          "1L": ("size", 100)}
T_MEAS = {"1/2 btl": ("size", 37.5), "magnum": ("size", 150), "verre 15cl": ("pour", 15),
          "verre": ("pour", 12.5), "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50),
          "coupe": ("pour", 12.5), "dose": ("pour", 4), "2cl": ("pour", 2), "6cl": ("pour", 6),
          "demi": ("draught", 25), "pinte": ("draught", 50), "25cl": ("size", 25),
          "33cl": ("size", 33), "50cl": ("size", 50), "75cl": ("size", 75), "1l": ("size", 100),
          "btl": ("btl", None)}
B_MEAS = {"BTL": ("btl", None), "1/2BTL": ("size", 37.5), "MAG": ("size", 150),
          "VERRE": ("pour", 12.5), "VERRE15": ("pour", 15), "PICHET25": ("pour", 25),
          "PICHET50": ("pour", 50), "COUPE": ("pour", 12.5), "DOSE": ("pour", 4),
          "2CL": ("pour", 2), "6CL": ("pour", 6), "DEMI": ("draught", 25),
          "PINTE": ("draught", 50), "BTL25": ("size", 25), "BTL33": ("size", 33),
          "BTL50": ("size", 50), "BTL75": ("size", 75), "BTL1L": ("size", 100), "PCE": ("u", None)}
C_FAM = {"VR": "rouge", "VB": "blanc", "VRS": "rosé", "CHP": "bulles", "PRS": "keg", "BIE": "bottled",
         "APE": "aperitif", "DIG": "spirit", "SFT": "soft", "CUI": None, "CAF": None, "DIV": None}
WINE_FAMS = ("VR", "VB", "VRS", "CHP")


def parse(label, till):
    """(measure kind, volume, vintage) read from a label, or raise ValueError on a bad form."""
    if till == "comptoir":
        if len(label) > 20 or not re.fullmatch(r"[A-Z0-9./]+", label) or ".." in label:
            raise ValueError("comptoir form")
        toks = label.split(".")
        if toks[0] not in C_FAM:
            raise ValueError("comptoir family")
        kind, vol = C_MEAS.get(toks[1], ("btl", None)) if len(toks) > 1 else ("btl", None)
        if toks[0] in ("CUI", "CAF", "DIV"):
            kind = "u"
        vint = None
        if toks[0] in WINE_FAMS and len(toks) > 2 and re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
        return kind, vol, vint
    if till == "tablette":
        m = re.fullmatch(r"(.+) (\d+),(\d\d)", label)
        if not m or not re.search(r"[a-zà-ÿ]", m.group(1)):
            raise ValueError("tablette form")
        body = m.group(1)
        kind, vol = "u", None
        for w in sorted(T_MEAS, key=len, reverse=True):
            if body.endswith(" " + w):
                kind, vol = T_MEAS[w]
                body = body[: -len(w) - 1]
                break
        vint = None
        for t in body.split(" "):
            if re.fullmatch(r"\d{4}", t) and 1950 <= int(t) <= 2030:
                vint = int(t)
        return kind, vol, vint
    if till == "bar":
        if len(label) > 25 or not re.fullmatch(r"\d{4} [A-Z0-9/]+ [A-Z0-9 ]+", label):
            raise ValueError("bar form")
        toks = label.split(" ")
        if toks[1] not in B_MEAS:
            raise ValueError("bar measure")
        kind, vol = B_MEAS[toks[1]]
        vint = 2000 + int(toks[-1]) if len(toks) > 3 and re.fullmatch(r"\d\d", toks[-1]) else None
        return kind, vol, vint
    raise ValueError("unknown connection")


def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib = []
    for n, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            E("library line %d: invalid JSON" % n)
            continue
        if list(r) != LIB_FIELDS:
            E("library line %d: fields out of order" % n)
        lib.append(r)
    if not 110 <= len(lib) <= 130:
        E("library: %d entries, not 110-130" % len(lib))
    by_id, seen = {}, set()
    for n, r in enumerate(lib, 1):
        if r.get("id") != "cf%03d" % n:
            E("library: id %r out of sequence at %d" % (r.get("id"), n))
        by_id[r.get("id")] = r
        if r.get("colour") not in COLOURS:
            E("library %s: bad colour %r" % (r.get("id"), r.get("colour")))
        if r.get("category") not in CATS:
            E("library %s: bad category %r" % (r.get("id"), r.get("category")))
        if (r.get("colour") is None) != (r.get("category") not in ("vin", "champagne")):
            E("library %s: colour only on wines" % r.get("id"))
        if (r.get("format_cl") or 0) >= 1000 and r.get("category") != "bière":
            E("library %s: a keg that is no beer" % r.get("id"))
        k = (r.get("name"), r.get("producer"), r.get("appellation"), r.get("colour"),
             r.get("format_cl"), r.get("vintage"))
        if k in seen:
            E("library %s: repeated entry" % r.get("id"))
        seen.add(k)

    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    def group(r):
        return [x for x in lib if wine(x) == wine(r) and x["format_cl"] == r["format_cl"]]

    cases = []
    for n, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            E("cases line %d: invalid JSON" % n)
            continue
        if list(c) != CASE_FIELDS:
            E("cases line %d: fields out of order" % n)
            continue
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        E("cases: %d, not 280-300" % len(cases))
    labels = [c["label"] for c in cases]
    for l in sorted({x for x in labels if labels.count(x) > 1}):
        E("cases: duplicate label %r" % l)
    counts = {}
    for c in cases:
        L = c["label"]
        till = c["connection"]
        counts[(till, c["expect"])] = counts.get((till, c["expect"]), 0) + 1
        if c["expect"] not in ("yes", "almost", "none"):
            E("%r: bad expect" % L)
            continue
        try:
            kind, vol, vint = parse(L, till)
        except ValueError as e:
            E("%r: %s" % (L, e))
            continue
        if c["vintage"] != vint:
            E("%r: vintage field %r, label says %r" % (L, c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                E("%r: none with an id, also_ok or units" % L)
            continue
        r = by_id.get(c["beverage_id"])
        if r is None:
            E("%r: unknown beverage_id" % L)
            continue
        g = group(r)
        vints = sorted(x["vintage"] for x in g if x["vintage"] is not None)
        others = sorted(x["id"] for x in g if x["id"] != r["id"])
        if any(a not in {x["id"] for x in g} for a in c["also_ok"]):
            E("%r: also_ok outside the wine's vintages" % L)
        if c["expect"] == "yes":
            if vint is not None:
                if r["vintage"] != vint:
                    E("%r: yes on vintage %r, label %r" % (L, r["vintage"], vint))
                if c["also_ok"]:
                    E("%r: also_ok on an exact yes" % L)
            else:
                if vints and r["vintage"] != max(vints):
                    E("%r: yes without vintage not on the most recent" % L)
                if sorted(c["also_ok"]) != others:
                    E("%r: also_ok is not the other vintages" % L)
        else:
            if r["vintage"] is None or vint is None:
                E("%r: almost without vintages" % L)
            elif vint in vints:
                E("%r: almost though the vintage is held" % L)
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if r["vintage"] != best:
                    E("%r: almost not on the nearest vintage %d" % (L, best))
                if sorted(c["also_ok"]) != others:
                    E("%r: also_ok is not the other vintages" % L)
        f = r["format_cl"]
        siblings = [x["format_cl"] for x in lib if wine(x) == wine(r)]
        units = c["units_per_sale"]
        if kind == "u":
            E("%r: a non-drink button answered %s" % (L, c["expect"]))
        elif kind == "draught":
            if f < 1000:
                E("%r: draught measure on a bottle" % L)
            elif units != round(vol / f, 4):
                E("%r: units %r, expected %r" % (L, units, round(vol / f, 4)))
        elif kind == "pour":
            ordinary = 75 if 75 in siblings else None
            if f >= 1000 or f in (37.5, 150) or (ordinary and f != ordinary):
                E("%r: a pour not from the ordinary bottle" % L)
            elif units != round(vol / f, 4):
                E("%r: units %r, expected %r" % (L, units, round(vol / f, 4)))
        else:
            if kind == "size" and f != vol:
                E("%r: format %r, label says %r" % (L, f, vol))
            if kind == "btl" and r["category"] in ("vin", "champagne") and f != 75:
                E("%r: a bare wine label is the 75 cl bottle, not %r" % (L, f))
            if kind == "btl" and f >= 1000:
                E("%r: a bottle label on a keg" % L)
            if units != 1:
                E("%r: a bottle sale with units %r" % (L, units))
        if till == "comptoir":
            fam = L.split(".")[0]
            want = C_FAM[fam]
            cat, col = r["category"], r["colour"]
            ok = {"rouge": cat == "vin" and col == "rouge", "blanc": cat == "vin" and col == "blanc",
                  "rosé": cat == "vin" and col == "rosé",
                  "bulles": cat == "champagne" or (cat == "vin" and col == "effervescent"),
                  "keg": cat == "bière" and f >= 1000, "bottled": cat == "bière" and f < 1000,
                  "aperitif": cat in ("autre", "spiritueux"), "spirit": cat == "spiritueux",
                  "soft": cat == "soft"}.get(want, False)
            if not ok:
                E("%r: family %s does not fit the entry" % (L, fam))
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if not counts.get((t, e)):
                E("till %s has no %s" % (t, e))
    for c in cases:
        if c["connection"] not in TILLS:
            E("%r: unknown connection" % c["label"])
    n = len(cases) or 1
    share = {e: sum(v for (t, x), v in counts.items() if x == e) / n for e in ("yes", "almost", "none")}
    for e, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[e] <= hi:
            E("share of %s %.3f outside %.2f-%.2f" % (e, share[e], lo, hi))
    return errs, counts


def read(path):
    with open(path, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l.strip()]


def selftest():
    lib, cases = read(LIB), read(CASES)
    errs, _ = check(lib, cases)
    assert not errs, errs[:5]
    print("clean files: pass")
    J = json.loads
    def D(o):
        return json.dumps(o, ensure_ascii=False)

    def edit_case(pred, fn):
        def go(l, c):
            c = list(c)
            for i, line in enumerate(c):
                o = J(line)
                if pred(o):
                    c[i] = fn(o) if not isinstance(fn(o), dict) else D(fn(o))
                    return l, c
            raise AssertionError("no case to break")
        return go

    def setf(o, **kw):
        o = dict(o)
        o.update(kw)
        return o

    breaks = {
        "invalid JSON": lambda l, c: (l, [*c[:1], "{not json", *c[1:]]),
        "fields out of order": edit_case(lambda o: True, lambda o: D(dict(reversed(list(o.items()))))),
        "library id out of sequence": lambda l, c: ([l[0].replace('"cf001"', '"cf099"'), *l[1:]], c),
        "bad colour": lambda l, c: ([l[0].replace('"rouge"', '"red"'), *l[1:]], c),
        "duplicate label": lambda l, c: (l, [*c, c[0]]),
        "almost on the farther vintage": edit_case(
            lambda o: o["label"] == "VR.CHATGAY.ROUGEY.19", lambda o: setf(o, beverage_id="cf002", also_ok=["cf001"])),
        "wrong units for a pichet": edit_case(
            lambda o: o["label"] == "VRS.P50.CORENT.SV.24", lambda o: setf(o, units_per_sale=0.5)),
        "vintage field wrong": edit_case(lambda o: o["label"] == "VR.CHATGAY.VV.20", lambda o: setf(o, vintage=2021)),
        "magnum pointed at the 75 cl": edit_case(
            lambda o: o["label"] == "VB.MAG.SANC.MOUSS.22", lambda o: setf(o, beverage_id="cf025")),
        "also_ok on an exact yes": edit_case(
            lambda o: o["label"] == "VR.CHATGAY.ROUGEY.22", lambda o: setf(o, also_ok=["cf001"])),
        "none with an id": edit_case(lambda o: o["label"] == "VR.CHANTURGUE", lambda o: setf(o, beverage_id="cf010")),
        "yes without vintage not on the most recent": edit_case(
            lambda o: o["label"] == "VR.ST.POURC.FICELLE", lambda o: setf(o, beverage_id="cf018", also_ok=["cf019"])),
        "comptoir label too wide": edit_case(
            lambda o: o["label"] == "VR.MORGON.PY.21", lambda o: setf(o, label="VR.MORGON.COTE.DU.PY.21")),
        "tablette label without its price": edit_case(
            lambda o: o["label"].startswith("Morgon Lapierre 2022 btl"), lambda o: setf(o, label="Morgon Lapierre 2022 btl")),
        "bar label without article number": edit_case(
            lambda o: o["label"].endswith(" DEMI GUINNESS"), lambda o: setf(o, label="DEMI GUINNESS")),
        "demi pointed at a bottled beer": edit_case(
            lambda o: o["label"] == "PRS.DEMI.1664", lambda o: setf(o, beverage_id="cf092")),
        "wine under the wrong family": edit_case(
            lambda o: o["label"] == "VB.PRADIER.23" or o["label"] == "VB.STP.BELLEVUE.24",
            lambda o: setf(o, label="VR" + o["label"][2:])),
        "too few cases": lambda l, c: (l, c[:200]),
        "non-drink answered yes": edit_case(
            lambda o: o["label"] == "CUI.TRUFFADE", lambda o: setf(o, expect="yes", beverage_id="cf001", units_per_sale=1)),
    }
    bad = 0
    for name, fn in breaks.items():
        l2, c2 = fn(list(lib), list(cases))
        errs, _ = check(l2, c2)
        print("%-45s %s" % (name, ("reported: " + errs[0])[:110] if errs else "NOT REPORTED"))
        bad += not errs
    print("%d breaks, %d not reported" % (len(breaks), bad))
    return bad == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, counts = check(read(LIB), read(CASES))
    for e in errs:
        print("ERROR", e)
    for t in TILLS:
        row = [counts.get((t, e), 0) for e in ("yes", "almost", "none")]
        print("%-9s yes %3d almost %3d none %3d total %3d" % (t, *row, sum(row)))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
