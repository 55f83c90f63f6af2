#!/usr/bin/env python3
"""Check the Le Havre set from its two jsonl files alone (stdlib). `--selftest` breaks copies
on purpose and shows each break is reported, and that the clean files pass."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_F = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_F = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
WINE = ("vin", "champagne")

# measures: ("B", cl or None = ordinary bottle) / ("P", cl) pour / ("K", cl) draught
ZINC = {"BT": ("B", None), "1/2": ("B", 37.5), "MG": ("B", 150), "VR": ("P", 12.5), "VR15": ("P", 15),
        "P25": ("P", 25), "P50": ("P", 50), "DM": ("K", 25), "PT": ("K", 50), "DS": ("P", 4),
        "DBL": ("P", 8), "B25": ("B", 25), "B33": ("B", 33), "B50": ("B", 50), "B1L": ("B", 100),
        "B70": ("B", 70), "B75": ("B", 75), "B35": ("B", 35.5)}
SALLE = {"bouteille": ("B", None), "demi-bouteille": ("B", 37.5), "magnum": ("B", 150), "verre": ("P", 12.5),
         "verre 15cl": ("P", 15), "verre 25cl": ("P", 25), "pichet 25cl": ("P", 25), "pichet 50cl": ("P", 50),
         "demi": ("K", 25), "pinte": ("K", 50), "4cl": ("P", 4), "8cl": ("P", 8)}
FERRY = {"bottle": ("B", None), "half bottle": ("B", 37.5), "magnum": ("B", 150), "glass": ("P", 12.5),
         "glass 150ml": ("P", 15), "glass 175ml": ("P", 17.5), "glass 250ml": ("P", 25),
         "carafe 25cl": ("P", 25), "carafe 50cl": ("P", 50), "half pint": ("K", 25), "pint": ("K", 50),
         "shot": ("P", 4), "double": ("P", 8), "misc": None}
SALLE_RE = re.compile(r"^(?P<t>.+?)(?: (?P<v>(?:19|20)\d\d))?(?: \((?P<s>[^()]+)\))? (?P<p>\d+,\d0)€$")
FERRY_RE = re.compile(r"^\d{5};(?P<s>[a-z0-9. ]+);(?P<t>[a-z0-9 '&.+/-]+)$")


def read(label, till):
    """-> (measure, vintage) read back from a printed label, or raise ValueError (form)."""
    if till == "ZINC":
        if len(label) > 20 or label != label.upper() or not label.isascii() or label != label.strip() or "  " in label:
            raise ValueError("ZINC form (20 columns, ASCII capitals)")
        w = label.split(" ")
        m = ZINC.get(w[0])
        v = 2000 + int(w[-1]) if len(w) > 1 and re.fullmatch(r"\d\d", w[-1]) and int(w[-1]) <= 30 else None
        return m, v
    if till == "SALLE":
        mt = SALLE_RE.match(label)
        if not mt:
            raise ValueError("SALLE form (name [year] (serving) price€)")
        s = mt.group("s")
        if s and s.startswith("bouteille "):
            cl = s[len("bouteille "):]
            m = ("B", 100 if cl == "1L" else float(cl.replace(",", ".").rstrip("cl")))
        elif s:
            if s not in SALLE:
                raise ValueError("SALLE serving %r" % s)
            m = SALLE[s]
        else:
            m = None
        return m, int(mt.group("v")) if mt.group("v") else None
    if till == "FERRY":
        mt = FERRY_RE.match(label)
        if not mt:
            raise ValueError("FERRY form (5-digit article;serving;lower-case ascii name)")
        s = mt.group("s")
        if s.startswith("bottle "):
            cl = s[len("bottle "):]
            m = ("B", 100 if cl == "1l" else float(cl.rstrip("cl")))
        elif s in FERRY:
            m = FERRY[s]
        else:
            raise ValueError("FERRY serving %r" % s)
        last = mt.group("t").split(" ")[-1]
        return m, int(last) if re.fullmatch(r"(19|20)\d\d", last) else None
    raise ValueError("unknown connection %r" % till)


def check(lib_lines, case_lines):
    errs = []
    lib, byid = [], {}
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % i)
            continue
        if list(e) != LIB_F:
            errs.append("library line %d: fields/order %s" % (i, list(e)))
            continue
        if e["id"] != "lh%03d" % i:
            errs.append("library line %d: id %s out of sequence" % (i, e["id"]))
        if e["colour"] not in COLOURS or e["category"] not in CATS:
            errs.append("%s: colour/category %s/%s" % (e["id"], e["colour"], e["category"]))
        if (e["colour"] is None) != (e["category"] not in WINE):
            errs.append("%s: colour %s for a %s" % (e["id"], e["colour"], e["category"]))
        if not (e["vintage"] is None or (isinstance(e["vintage"], int) and 1950 <= e["vintage"] <= 2030)):
            errs.append("%s: vintage %r" % (e["id"], e["vintage"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format %r" % (e["id"], e["format_cl"]))
        elif e["format_cl"] >= 1000 and (e["category"] != "bière" or e["format_cl"] not in (2000, 3000)):
            errs.append("%s: keg of %s cl" % (e["id"], e["format_cl"]))
        lib.append(e)
        byid[e["id"]] = e
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    def ident(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])
    same = {}
    for e in lib:
        same.setdefault((*ident(e), e["format_cl"]), []).append(e)
    for k, g in same.items():
        vs = [e["vintage"] for e in g]
        if len(set(vs)) != len(vs):
            errs.append("duplicate entry %s" % (k,))
    cases, labels = [], set()
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: not JSON" % i)
            continue
        if list(c) != CASE_F:
            errs.append("case line %d: fields/order" % i)
            continue
        cases.append(c)
        L, till = c["label"], c["connection"]
        where = "case %d %r" % (i, L)
        if L in labels:
            errs.append(where + ": duplicate label")
        labels.add(L)
        try:
            meas, vint = read(L, till)
        except ValueError as x:
            errs.append(where + ": " + str(x))
            continue
        if c["vintage"] != vint:
            errs.append(where + ": vintage %r, the label reads %r" % (c["vintage"], vint))
        if not c["note"]:
            errs.append(where + ": empty note")
        exp = c["expect"]
        if exp not in ("yes", "almost", "none"):
            errs.append(where + ": expect %r" % exp)
            continue
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(where + ": none with an answer")
            continue
        e = byid.get(c["beverage_id"])
        if e is None or any(a not in byid for a in c["also_ok"]):
            errs.append(where + ": unknown id")
            continue
        if meas is None:
            errs.append(where + ": a drink without a measure")
            continue
        group = same[(*ident(e), e["format_cl"])]
        vints = sorted(x["vintage"] or 0 for x in group)
        others = {x["id"] for x in group if x is not e}
        if set(c["also_ok"]) != (others if (vint is None or exp == "almost") else set()) or len(c["also_ok"]) != len(set(c["also_ok"])):
            errs.append(where + ": also_ok %s, expected %s" % (c["also_ok"], sorted(others) if vint is None or exp == "almost" else []))
        if exp == "yes":
            if vint is None and (e["vintage"] or 0) != vints[-1]:
                errs.append(where + ": yes without vintage is not the most recent")
            if vint is not None and e["vintage"] != vint:
                errs.append(where + ": yes on vintage %s, label %s" % (e["vintage"], vint))
        else:
            if vint is None or vint in vints or e["vintage"] is None:
                errs.append(where + ": almost without a missing vintage")
            else:
                best = min(group, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))
                if best is not e:
                    errs.append(where + ": almost not on the nearest vintage (%s)" % best["id"])
        kind, cl = meas
        fam = [x for x in lib if ident(x) == ident(e)]
        fmts = {x["format_cl"] for x in fam}
        if kind == "B":
            want = cl if cl is not None else (75 if e["category"] in WINE else (min(fmts) if len({f for f in fmts if f < 1000}) == 1 else None))
            if want != e["format_cl"]:
                errs.append(where + ": a bottle of %s cl on an entry of %s cl" % (want, e["format_cl"]))
            units = 1
        elif kind == "K":
            if e["format_cl"] < 1000:
                errs.append(where + ": a draught measure on a bottle entry")
            units = round(cl / e["format_cl"], 4)
        else:
            ordinary = 75 if 75 in fmts else (min(fmts) if len(fmts) == 1 else None)
            if e["format_cl"] != ordinary:
                errs.append(where + ": a pour on the %s cl entry, not the ordinary bottle" % e["format_cl"])
            units = round(cl / e["format_cl"], 4)
        if c["units_per_sale"] != units:
            errs.append(where + ": units %r, the measure gives %r" % (c["units_per_sale"], units))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases %d, not 280-300" % n)
    share = {a: sum(c["expect"] == a for c in cases) / max(n, 1) for a in ("yes", "almost", "none")}
    for a, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[a] <= hi:
            errs.append("%s share %.3f out of [%s, %s]" % (a, share[a], lo, hi))
    tills = {c["connection"] for c in cases}
    if tills != {"ZINC", "SALLE", "FERRY"}:
        errs.append("connections %s" % sorted(tills))
    for t in tills:
        for a in ("yes", "almost", "none"):
            if not any(c["connection"] == t and c["expect"] == a for c in cases):
                errs.append("till %s has no %s" % (t, a))
    return errs


def load():
    with open(os.path.join(HERE, "lehavre_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "lehavre_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    assert check(lib, cases) == [], "clean files fail"
    J = json.loads
    def D(o):
        return json.dumps(o, ensure_ascii=False)

    def first(pred):
        return next(i for i, l in enumerate(cases) if pred(J(l)))

    def setc(pred, **kw):
        i = first(pred)
        o = J(cases[i]); o.update(kw)
        c = list(cases); c[i] = D(o)
        return lib, c

    def setl(i, **kw):
        o = J(lib[i]); o.update(kw)
        l = list(lib); l[i] = D(o)
        return l, cases

    def yes_v(c):
        return c["expect"] == "yes" and c["vintage"]
    def yes_nv_also(c):
        return c["expect"] == "yes" and c["vintage"] is None and c["also_ok"]
    def almost(c):
        return c["expect"] == "almost"
    def pour(c):
        return c["expect"] != "none" and isinstance(c["units_per_sale"], float)
    def zinc(c):
        return c["connection"] == "ZINC"
    def draught(c):
        return c["expect"] == "yes" and c["label"].startswith("DM ")
    swapped = J(cases[0]); swapped = {k: swapped[k] for k in ["expect", "label", *CASE_F[2:]]}
    breaks = {
        "not JSON": (lib, [*cases[:5], "{oops", *cases[5:]]),
        "field order": (lib, [D(swapped), *cases[1:]]),
        "id gap": setl(3, id="lh099"),
        "bad colour": setl(0, colour="jaune"),
        "keg not 2000/3000": setl(next(i for i, l in enumerate(lib) if J(l)["format_cl"] >= 1000), format_cl=2500),
        "duplicate label": (lib, [*cases, cases[0]]),
        "yes on the wrong vintage": setc(yes_v, vintage=1999),
        "also_ok missing a vintage": setc(yes_nv_also, also_ok=[]),
        "units off": setc(pour, units_per_sale=0.2),
        "almost on a held vintage": setc(almost, expect="yes"),
        "none with an id": setc(lambda c: c["expect"] == "none", beverage_id="lh001"),
        "ZINC lower case": setc(zinc, label="bt muscadet"),
        "ZINC over 20 columns": setc(zinc, label="BT MUSCADET SEVRE ET MAINE 22"),
        "unknown connection": setc(zinc, connection="BAR"),
        "draught on a bottle entry": setc(draught, beverage_id=next(J(l)["id"] for l in lib if J(l)["name"] == "Duvel")),
        "pour on a half bottle": setc(lambda c: c["label"] == "VR CDR GUIGAL", beverage_id=next(J(l)["id"] for l in lib if J(l)["name"] == "Côtes du Rhône Rouge" and J(l)["format_cl"] == 37.5), also_ok=[]),
        "shares out of range": (lib, [l for l in cases if J(l)["expect"] != "none"]),
        "till without almost": (lib, [l for l in cases if not (J(l)["connection"] == "FERRY" and J(l)["expect"] == "almost")]),
    }
    bad = 0
    for name, (l, c) in breaks.items():
        errs = check(l, c)
        print("%-28s %s" % (name, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
        bad += not errs
    print("clean files: pass")
    print("selftest: %d breaks, %d not reported" % (len(breaks), bad))
    return bad == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs = check(lib, cases)
    for e in errs:
        print(e)
    n = len(cases)
    cs = [json.loads(l) for l in cases]
    for t in ("ZINC", "SALLE", "FERRY"):
        print("%-6s %s" % (t, "  ".join("%s %d" % (a, sum(c["connection"] == t and c["expect"] == a for c in cs)) for a in ("yes", "almost", "none"))))
    print("library %d, cases %d: %s" % (len(lib), n, "OK" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
