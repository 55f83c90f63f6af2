"""Check the narbonne held-out set from its two jsonl files alone (does not import the build).

    python3 check_narbonne.py             # check narbonne_library.jsonl / narbonne_cases.jsonl
    python3 check_narbonne.py --selftest  # break copies on purpose, show each is reported
"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("COMPTOIR", "MARCHE", "TRAITEUR")
DEPT_OK = {
    "RG": lambda e: e["colour"] == "rouge",
    "RS": lambda e: e["colour"] == "rosé" and e["category"] == "vin",
    "BC": lambda e: e["colour"] == "blanc",
    "BU": lambda e: e["category"] == "champagne" or (e["appellation"] or "").startswith(("Crémant", "Blanquette")),
    "VD": lambda e: e["colour"] == "liquoreux",
    "AP": lambda e: e["category"] in ("autre", "spiritueux"),
    "SP": lambda e: e["category"] == "spiritueux",
    "PR": lambda e: e["category"] == "bière" and e["format_cl"] >= 1000,
    "BB": lambda e: e["category"] == "bière" and e["format_cl"] < 1000,
    "SO": lambda e: e["category"] == "soft",
}
NODRINK_DEPTS = {"CU", "CA", "DV"}
# measure -> ("bottle", size or None for the ordinary bottle) / ("pour", cl) / ("draught", cl) / ("keg", cl)
C_MEAS = {"MAG": ("bottle", 150), "1/2": ("bottle", 37.5), "VR": ("pour", 12.5), "VR15": ("pour", 15),
          "PCH25": ("pour", 25), "PCH50": ("pour", 50), "DOSE": ("pour", 4), "CP": ("pour", 12.5),
          "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
M_MEAS = [("demi-bouteille", ("bottle", 37.5)), ("magnum", ("bottle", 150)),
          ("verre 15cl", ("pour", 15)), ("verre", ("pour", 12.5)), ("pichet 25cl", ("pour", 25)),
          ("pichet 50cl", ("pour", 50)), ("dose", ("pour", 4)), ("coupe", ("pour", 12.5)),
          ("demi", ("draught", 25)), ("pinte", ("draught", 50)), ("bouteille", ("bottle", None))]
T_MEAS = {"verre": ("pour", 12.5), "verre 15cl": ("pour", 15), "coupe": ("pour", 12.5),
          "dose 4cl": ("pour", 4), "carafe 25cl": ("pour", 25), "carafe 50cl": ("pour", 50),
          "gobelet 25cl": ("draught", 25), "gobelet 50cl": ("draught", 50)}
STOP = {"de", "du", "des", "la", "le", "les", "ch", "dom", "rouge", "blanc", "rose", "brut", "cl",
        "verre", "bouteille", "pichet", "dose", "coupe", "demi", "pinte", "magnum", "mag", "vr",
        "et", "au", "en", "chateau", "domaine", "maison", "bout", "cuvee", "grand", "vin", "nm"}


def norm(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", norm(s)) if w]


def parse(c):
    """(errors, measure, vintage read back, dept) from a label and its till's form."""
    lab, till, errs = c["label"], c["connection"], []
    meas, vint, dept = ("bottle", None), None, None
    if till == "COMPTOIR":
        m = re.fullmatch(r"([A-Z]{2}):([A-Z0-9 /.,]+)", lab)
        if not m or len(lab) > 22 or lab != lab.rstrip():
            return ["COMPTOIR form (DD: + 7-bit capitals, at most 22 columns): %r" % lab], meas, vint, dept
        dept, rest = m.group(1), m.group(2).split(" ")
        if dept not in DEPT_OK and dept not in NODRINK_DEPTS:
            errs.append("unknown department %s" % dept)
        t = rest[0]
        if t in C_MEAS:
            meas = C_MEAS[t]
        elif re.fullmatch(r"\d+(,\d)?CL|1L", t):
            meas = ("bottle", 100 if t == "1L" else float(t[:-2].replace(",", ".")))
        if len(rest) > 1 and re.fullmatch(r"\d\d", rest[-1]):
            y = int(rest[-1])
            vint = 2000 + y if y <= 30 else 1900 + y
    elif till == "MARCHE":
        m = re.fullmatch(r"(\d+)€(\d\d)? (.+)", lab)
        if not m or lab != lab.lower():
            return ["MARCHE form (price first, lower case): %r" % lab], meas, vint, dept
        rest = m.group(3)
        for w, mm in M_MEAS:
            if rest == w or rest.startswith(w + " "):
                meas = mm
                break
        else:
            t = rest.split(" ")[0]
            if re.fullmatch(r"\d+(,\d)?cl|1l", t):
                meas = ("bottle", 100 if t == "1l" else float(t[:-2].replace(",", ".")))
        v = re.search(r" ((?:19|20)\d\d)$", lab)
        vint = int(v.group(1)) if v else None
    elif till == "TRAITEUR":
        f = lab.split(" | ")
        if len(f) != 5 or not re.fullmatch(r"TR\d{5}", f[0]) or not re.fullmatch(r"x\d+", f[1]) \
                or not re.fullmatch(r"\d{4}|NM|-", f[4]):
            return ["TRAITEUR form (TRnnnnn | xQ | designation | cond | mill): %r" % lab], meas, vint, dept
        cond = f[3]
        if cond in T_MEAS:
            meas = T_MEAS[cond]
        elif re.fullmatch(r"\d+(,\d)?cl", cond):
            meas = ("bottle", float(cond[:-2].replace(",", ".")))
        elif re.fullmatch(r"fût \d+L", cond):
            meas = ("keg", int(cond[4:-1]) * 100)
        else:
            meas = ("other", None)
        vint = int(f[4]) if f[4].isdigit() else None
    else:
        errs.append("unknown connection %r" % till)
    return errs, meas, vint, dept


def shares_word(label, e):
    lw = [w for w in words(label) if (w not in STOP and not w.isdigit()) or w == "1664"]
    ew = [w for w in words(" ".join([e["name"], e["producer"], e["appellation"] or ""])) if w not in STOP]
    for a in lw:
        for b in ew:
            if a == b or (len(a) >= 3 and b.startswith(a)) or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]) \
                    or (len(b) >= 4 and b in a):
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("library line %d is not JSON" % (i + 1))
            continue
        if list(r) != LIB_FIELDS:
            errs.append("library %s: fields out of order" % r.get("id"))
        if r.get("id") != "nb%03d" % (i + 1):
            errs.append("library line %d: id %s out of sequence" % (i + 1, r.get("id")))
        if r.get("category") not in CATS:
            errs.append("%s: bad category" % r.get("id"))
        wine = r.get("category") in ("vin", "champagne")
        if wine != (r.get("colour") in COLOURS) or (r.get("colour") is not None and r.get("colour") not in COLOURS):
            errs.append("%s: colour %r on category %s" % (r.get("id"), r.get("colour"), r.get("category")))
        if (r.get("format_cl") or 0) >= 1000 and r.get("category") != "bière":
            errs.append("%s: a keg that is no beer" % r.get("id"))
        if not isinstance(r.get("vintage"), (int, type(None))):
            errs.append("%s: bad vintage" % r.get("id"))
        lib.append(r)
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks (110-130)" % len(lib))
    by_id = {r["id"]: r for r in lib}
    seen = set()
    for r in lib:
        k = tuple(json.dumps(r.get(f)) for f in LIB_FIELDS[1:])
        if k in seen:
            errs.append("%s: entry twice" % r["id"])
        seen.add(k)

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    def siblings(e):
        return [x for x in lib if wine_key(x) == wine_key(e) and x["format_cl"] == e["format_cl"]]

    def plain_formats(e):
        return sorted({x["format_cl"] for x in lib if wine_key(x) == wine_key(e) and x["format_cl"] < 1000})

    cases, labels, refs = [], set(), {}
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for i, line in enumerate(case_lines):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d is not JSON" % (i + 1))
            continue
        cases.append(c)
        lab = c.get("label", "")
        where = "case %d %r" % (i + 1, lab)
        if list(c) != CASE_FIELDS:
            errs.append("%s: fields out of order" % where)
            continue
        if lab in labels:
            errs.append("%s: label twice" % where)
        labels.add(lab)
        if c["expect"] not in ("yes", "almost", "none") or c["connection"] not in TILLS:
            errs.append("%s: bad expect / connection" % where)
            continue
        counts[c["connection"]][c["expect"]] += 1
        perr, meas, vint, dept = parse(c)
        errs += ["%s: %s" % (where, p) for p in perr]
        if perr:
            continue
        if c["vintage"] != vint:
            errs.append("%s: vintage %r, label reads %r" % (where, c["vintage"], vint))
        if c["connection"] == "TRAITEUR":
            f = lab.split(" | ")
            if refs.setdefault(f[0], f[2]) != f[2]:
                errs.append("%s: article %s with two designations" % (where, f[0]))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%s: none with an id, also_ok or units" % where)
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        if any(a not in by_id for a in c["also_ok"]):
            errs.append("%s: unknown id in also_ok" % where)
            continue
        if dept is not None and (dept in NODRINK_DEPTS or not DEPT_OK[dept](e)):
            errs.append("%s: department %s does not fit %s" % (where, dept, e["id"]))
        # units against the printed measure
        kind, vol = meas
        u, f = c["units_per_sale"], e["format_cl"]
        if kind == "bottle":
            size = vol if vol is not None else (75 if e["category"] in ("vin", "champagne") else None)
            if size is None:
                pf = plain_formats(e)
                size = pf[0] if len(pf) == 1 else -1
            if f != size or u != 1:
                errs.append("%s: a bottle of %s cl answered with %s cl x %s" % (where, size, f, u))
        elif kind == "keg":
            if e["category"] != "bière" or f != vol or u != 1:
                errs.append("%s: a keg answered with %s cl x %s" % (where, f, u))
        elif kind == "draught":
            if e["category"] != "bière" or f < 1000 or u != round(vol / f, 4):
                errs.append("%s: draught %s cl answered with %s cl x %s" % (where, vol, f, u))
        elif kind == "pour":
            pf = plain_formats(e)
            ordinary = 75 if 75 in pf else (pf[0] if len(pf) == 1 else None)
            if e["category"] == "bière" or f != ordinary or u != round(vol / f, 4):
                errs.append("%s: pour of %s cl answered with %s cl x %s" % (where, vol, f, u))
        else:
            errs.append("%s: no drink measure on a %s" % (where, c["expect"]))
        # yes / almost / also_ok
        sib = siblings(e)
        ids = sorted(x["id"] for x in sib)
        others = sorted(x["id"] for x in sib if x["id"] != e["id"])
        want = [] if (c["expect"] == "yes" and vint is not None) else others
        if sorted(c["also_ok"]) != want:
            errs.append("%s: also_ok %s, should be %s" % (where, c["also_ok"], want))
        vints = [x["vintage"] for x in sib]
        if c["expect"] == "yes":
            if vint is not None and (e["vintage"] != vint or c["also_ok"]):
                errs.append("%s: yes on vintage %s / also_ok for label vintage %s" % (where, e["vintage"], vint))
            if vint is None and None not in vints and e["vintage"] != max(vints):
                errs.append("%s: yes without vintage not on the most recent" % where)
        else:
            if vint is None or vint in vints or None in vints:
                errs.append("%s: almost without a vintage not held" % where)
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append("%s: almost on %s, nearest is %s" % (where, e["vintage"], best))
        if not shares_word(lab, e):
            errs.append("%s: shares no word or stem with %s" % (where, e["id"]))
        del ids
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases (280-300)" % n)
    if n:
        tot = {k: sum(counts[t][k] for t in TILLS) for k in ("yes", "almost", "none")}
        for k, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= tot[k] / n <= hi:
                errs.append("%s share %.3f outside %.2f-%.2f" % (k, tot[k] / n, lo, hi))
        for t in TILLS:
            if min(counts[t].values()) == 0:
                errs.append("till %s lacks an answer kind" % t)
    return errs, counts


def load():
    with open(os.path.join(HERE, "narbonne_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "narbonne_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    assert not errs, errs
    print("clean files pass")
    C = [json.loads(x) for x in cases]

    def find(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def with_case(i, **kw):
        cc = copy.deepcopy(C)
        cc[i].update(kw)
        return lib, [json.dumps(c, ensure_ascii=False) for c in cc]

    def with_lib(i, **kw):
        ll = [json.loads(x) for x in lib]
        ll[i].update(kw)
        return [json.dumps(r, ensure_ascii=False) for r in ll], cases

    glass = find(lambda c: c["expect"] == "yes" and c["label"].split(" ")[1:2] == ["verre"])
    alm = find(lambda c: c["expect"] == "almost" and len(c["also_ok"]) == 1)
    cut = find(lambda c: "cut off" in c["note"])
    none = find(lambda c: c["expect"] == "none")
    com = find(lambda c: c["connection"] == "COMPTOIR" and c["expect"] == "yes")
    half = find(lambda c: c["expect"] == "yes" and c["label"].startswith("RG:1/2"))
    noalso = find(lambda c: c["expect"] == "yes" and c["also_ok"])
    draught = find(lambda c: c["label"].startswith("PR:DEMI"))
    tra = find(lambda c: c["connection"] == "TRAITEUR" and c["expect"] == "yes")
    mar = find(lambda c: c["connection"] == "MARCHE" and c["expect"] == "yes")
    vy = find(lambda c: c["expect"] == "yes" and c["vintage"] and not c["also_ok"]
              and any(json.loads(x)["id"] != c["beverage_id"] and json.loads(x)["name"] ==
                      next(json.loads(y) for y in lib if json.loads(y)["id"] == c["beverage_id"])["name"]
                      for x in lib))
    bottle_beer = next(json.loads(x)["id"] for x in lib if json.loads(x)["name"] == "Leffe Brune")
    other = next(json.loads(x)["id"] for x in lib if json.loads(x)["name"] == "Coca-Cola")
    breaks = {
        "glass units as a bottle": with_case(glass, units_per_sale=1),
        "almost on the farther vintage": with_case(alm, beverage_id=C[alm]["also_ok"][0], also_ok=[C[alm]["beverage_id"]]),
        "a cut vintage kept": with_case(cut, vintage=2019),
        "a none with an id": with_case(none, beverage_id="nb001"),
        "a COMPTOIR label in lower case": with_case(com, label=C[com]["label"].lower()),
        "a COMPTOIR label too long": with_case(com, label=C[com]["label"] + " XXXXXXXXXXXX"),
        "fields out of order": (lib, [json.dumps(dict(reversed(list(C[0].items()))), ensure_ascii=False)] +
                                [json.dumps(c, ensure_ascii=False) for c in C[1:]]),
        "a half answered with the 75 cl": with_case(half, beverage_id=C[half]["also_ok"][0] if C[half]["also_ok"] else "nb052"),
        "also_ok dropped": with_case(noalso, also_ok=[]),
        "a draught demi on a bottled beer": with_case(draught, beverage_id=bottle_beer),
        "a label twice": (lib, [*cases, cases[0]]),
        "a library id out of sequence": with_lib(3, id="nb099"),
        "a colour on a beer": with_lib(len(lib) - 20, colour="blanc"),
        "a TRAITEUR line without its millésime column": with_case(tra, label=C[tra]["label"].rsplit(" | ", 1)[0]),
        "a MARCHE label without its price": with_case(mar, label=C[mar]["label"].split(" ", 1)[1]),
        "a yes on a vintage with also_ok": with_case(vy, also_ok=["nb001"]),
        "a label sharing no word with its entry": with_case(mar, beverage_id=other),
        "a line that is not JSON": (lib, [*cases[:-1], "{not json"]),
    }
    bad = 0
    for name, (l, c) in breaks.items():
        errs, _ = check(l, c)
        print("%-46s %s" % (name, ("reported: " + errs[0][:90]) if errs else "NOT REPORTED"))
        bad += not errs
    if bad:
        sys.exit("%d breaks not reported" % bad)
    print("all %d breaks reported" % len(breaks))


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs, counts = check(*load())
    for e in errs:
        print(e)
    print("%-9s %4s %6s %4s %5s" % ("till", "yes", "almost", "none", "total"))
    for t in TILLS:
        print("%-9s %4d %6d %4d %5d" % (t, counts[t]["yes"], counts[t]["almost"], counts[t]["none"],
                                         sum(counts[t].values())))
    if errs:
        sys.exit("%d problems" % len(errs))
    print("OK")
    return None


if __name__ == "__main__":
    main()
