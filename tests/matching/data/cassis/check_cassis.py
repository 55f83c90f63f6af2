"""Check the blind held-out set "cassis". Reads ONLY cassis_library.jsonl and cassis_cases.jsonl.

python3 check_cassis.py             validate the two files (exit 1 on any problem)
python3 check_cassis.py --selftest  break copies in many ways, show each is reported
"""
import copy
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
TILLS = ("comptoir", "salle", "gestion")
KEG = 2000

POUR = {"G": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4, "D2": 2}
DRAUGHT = {"DE": 25, "PI": 50}
BAR_MEAS = {"1/2": "H", "MAG": "M", "VRE": "G", "V12": "G12", "V15": "G15", "P25": "P25",
            "P50": "P50", "CP": "CP", "DOSE": "D", "2CL": "D2", "DEMI": "DE", "PINT": "PI"}
BAR_SIZES = {"25CL": 25, "33CL": 33, "50CL": 50, "70CL": 70, "75CL": 75, "1L": 100, "150CL": 150}
SALLE_MEAS = {"1/2 btl": "H", "Magnum": "M", "Verre 12cl": "G12", "Verre 15cl": "G15",
              "Verre": "G", "Pichet 25cl": "P25", "Pichet 50cl": "P50", "Coupe": "CP",
              "Dose 2cl": "D2", "Dose": "D", "Demi": "DE", "Pinte": "PI", "Btl": "B"}
SALLE_SIZES = {"25cl": 25, "33cl": 33, "50cl": 50, "70cl": 70, "75cl": 75, "1L": 100, "150cl": 150}
GEST_UNIT = {"VERRE": "G", "VERRE12": "G12", "VERRE15": "G15", "PICH25": "P25", "PICH50": "P50",
             "COUPE": "CP", "DOSE4": "D", "DOSE2": "D2", "DEMI25": "DE", "PINTE50": "PI",
             "UNITE": "U"}
GEST_FAMS = {"VINS BLANCS": ("V", "BL"), "VINS ROSES": ("V", "RS"), "VINS ROUGES": ("V", "RG"),
             "CHAMPAGNES": ("C", "CHP"), "APERITIFS": ("A", "APE"), "ALCOOLS": ("S", "ALC"),
             "BIERES": ("B", "BIE"), "SOFTS": ("F", "SFT"), "CUISINE": ("R", "CUI"),
             "BOISSONS CHAUDES": ("H", "CAF"), "DIVERS": ("D", "DIV")}
BAR_FAMS = {v[1] for v in GEST_FAMS.values()}
NON_DRINK_FAMS = {"CUI", "CAF", "DIV"}


def fam_ok(fam, e):
    """Does a till family fit a library entry?"""
    cat, col = e["category"], e["colour"]
    return {"BL": cat == "vin" and col == "blanc", "RS": cat == "vin" and col == "rosé",
            "RG": cat == "vin" and col == "rouge", "CHP": cat == "champagne",
            "APE": cat in ("spiritueux", "autre"), "ALC": cat == "spiritueux",
            "BIE": cat == "bière", "SFT": cat == "soft"}.get(fam, False)


def parse_label(till, label):
    """-> (family or None, measure, size_cl or None, vintage or None) or raise ValueError."""
    if till == "comptoir":
        if len(label) > 20:
            raise ValueError("comptoir label over 20 columns")
        if not re.fullmatch(r"[A-Z0-9 /.'-]+", label):
            raise ValueError("comptoir label not ASCII capitals")
        m = re.fullmatch(r"([A-Z]+)/(.+)", label)
        if not m or m.group(1) not in BAR_FAMS:
            raise ValueError("comptoir label without a known FAMILY/ prefix")
        fam, toks = m.group(1), m.group(2).split(" ")
        meas, size = None, None
        if toks[0] in BAR_MEAS:
            meas = BAR_MEAS[toks.pop(0)]
        elif toks[0] in BAR_SIZES:
            meas, size = "B", BAR_SIZES[toks.pop(0)]
        vint = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            vint = 2000 + yy if yy <= 40 else 1900 + yy
        return fam, meas, size, vint
    if till == "salle":
        m = re.fullmatch(r"(.+) - (\d+),(\d\d)€", label)
        if not m:
            raise ValueError("salle label without ' - price€'")
        body = m.group(1)
        if not re.search(r"[a-zé]", body):
            raise ValueError("salle label not in mixed case")
        meas, size = None, None
        for w in sorted(SALLE_MEAS, key=len, reverse=True):
            if body.startswith(w + " "):
                meas = SALLE_MEAS[w]
                body = body[len(w) + 1:]
                break
        else:
            for w, cl in SALLE_SIZES.items():
                if body.startswith(w + " "):
                    meas, size = "B", cl
                    body = body[len(w) + 1:]
        mv = re.search(r" ((?:19|20)\d\d)$", body)
        return None, meas, size, int(mv.group(1)) if mv else None
    if till == "gestion":
        f = label.split(";")
        if len(f) != 5:
            raise ValueError("gestion label without five ';' fields")
        code, desig, famname, unit, price = f
        if famname not in GEST_FAMS:
            raise ValueError("gestion unknown family")
        letter, fam = GEST_FAMS[famname]
        if not re.fullmatch(letter + r"\d{4}", code):
            raise ValueError("gestion article code does not fit its family")
        if len(desig) > 26 or desig != desig.upper() or not desig.strip():
            raise ValueError("gestion designation not capitals within 26 characters")
        if not re.fullmatch(r"\d+\.\d\d", price):
            raise ValueError("gestion price")
        size = None
        if unit in GEST_UNIT:
            meas = GEST_UNIT[unit]
        elif re.fullmatch(r"BT\d+(,5)?", unit):
            meas, size = "B", float(unit[2:].replace(",", "."))
        else:
            raise ValueError("gestion unknown unit")
        mv = re.search(r" ((?:19|20)\d\d)$", desig)
        return fam, meas, size, int(mv.group(1)) if mv else None
    raise ValueError("unknown connection")


def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib = []
    for n, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            E("library line %d: bad JSON" % n)
            continue
        if list(r) != LIB_FIELDS:
            E("library line %d: fields/order" % n)
            continue
        lib.append(r)
    if not 110 <= len(lib_lines) <= 130:
        E("library: %d drinks, not 110-130" % len(lib_lines))
    by_id = {}
    seen_wine = set()
    for n, r in enumerate(lib, 1):
        if r["id"] != "CSS%03d" % n:
            E("library: id %s out of sequence (expected CSS%03d)" % (r["id"], n))
        by_id[r["id"]] = r
        cat, col = r["category"], r["colour"]
        if cat not in CATEGORIES:
            E("%s: bad category" % r["id"])
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                E("%s: wine without a valid colour" % r["id"])
            if cat == "champagne" and col not in ("effervescent", "rosé"):
                E("%s: champagne colour" % r["id"])
        elif col is not None:
            E("%s: colour on a %s" % (r["id"], cat))
        if not (r["vintage"] is None or isinstance(r["vintage"], int)):
            E("%s: vintage type" % r["id"])
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            E("%s: format" % r["id"])
        elif r["format_cl"] >= KEG and cat != "bière":
            E("%s: keg on a non-beer" % r["id"])
        k = (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"], r["vintage"])
        if k in seen_wine:
            E("%s: duplicate entry" % r["id"])
        seen_wine.add(k)

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    def same_format(e):
        return [x for x in lib if wine(x) == wine(e) and x["format_cl"] == e["format_cl"]]

    def formats(e):
        return sorted({x["format_cl"] for x in lib if wine(x) == wine(e)})

    cases = []
    for n, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            E("cases line %d: bad JSON" % n)
            continue
        if list(c) != CASE_FIELDS:
            E("cases line %d: fields/order" % n)
            continue
        cases.append(c)
    if not 280 <= len(case_lines) <= 300:
        E("cases: %d, not 280-300" % len(case_lines))
    labels = set()
    for c in cases:
        L, ex, bid = c["label"], c["expect"], c["beverage_id"]
        tag = "case %r" % L
        if L in labels:
            E(tag + ": duplicate label")
        labels.add(L)
        if c["connection"] not in TILLS:
            E(tag + ": unknown connection")
            continue
        try:
            fam, meas, size, vint = parse_label(c["connection"], L)
        except ValueError as x:
            E(tag + ": " + str(x))
            continue
        if c["vintage"] != vint:
            E(tag + ": vintage %r but the label reads %r" % (c["vintage"], vint))
        if ex not in ("yes", "almost", "none"):
            E(tag + ": unknown expect")
            continue
        if ex == "none":
            if bid is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                E(tag + ": none with an answer")
            continue
        if bid not in by_id:
            E(tag + ": unknown beverage_id")
            continue
        e = by_id[bid]
        if fam is not None and not fam_ok(fam, e):
            E(tag + ": family %s does not fit %s" % (fam, bid))
        if meas == "U":
            E(tag + ": a non-drink unit answered")
            continue
        # the format the label means
        fmts = formats(e)
        bottles = [f for f in fmts if f < KEG]
        is_wine = e["category"] in ("vin", "champagne")
        if meas in DRAUGHT:
            if e["format_cl"] < KEG:
                E(tag + ": draught measure on a bottle entry")
            units = round(DRAUGHT[meas] / e["format_cl"], 4)
        elif meas in POUR:
            want = 75 if 75 in fmts else (bottles[0] if len(bottles) == 1 else None)
            if e["format_cl"] != want:
                E(tag + ": a pour must come from the ordinary bottle")
            units = round(POUR[meas] / e["format_cl"], 4)
        else:
            if size is not None:
                want = size
            elif meas == "H":
                want = 37.5
            elif meas == "M":
                want = 150
            elif is_wine:
                want = 75
            else:
                want = bottles[0] if len(bottles) == 1 else None
            if e["format_cl"] != want:
                E(tag + ": label means %r cl, entry is %r cl" % (want, e["format_cl"]))
            units = 1
        if c["units_per_sale"] != units:
            E(tag + ": units %r, measure says %r" % (c["units_per_sale"], units))
        sib = same_format(e)
        vints = sorted(x["vintage"] for x in sib if x["vintage"] is not None)
        others = sorted(x["id"] for x in sib if x["id"] != bid)
        if sorted(c["also_ok"]) != c["also_ok"] or any(a not in by_id for a in c["also_ok"]):
            E(tag + ": also_ok not sorted ids")
        if e["vintage"] is None:
            if vint is not None or c["also_ok"] or ex != "yes":
                E(tag + ": non-vintage drink must be a plain yes")
            continue
        if ex == "yes":
            if vint is not None:
                if e["vintage"] != vint or c["also_ok"]:
                    E(tag + ": yes with vintage must be that vintage, also_ok empty")
            else:
                if e["vintage"] != max(vints) or c["also_ok"] != others:
                    E(tag + ": yes without vintage must be the most recent, others in also_ok")
        else:
            if vint is None or vint in vints:
                E(tag + ": almost needs a label vintage the library lacks")
            else:
                near = sorted(vints, key=lambda v: (abs(v - vint), -v))[0]
                if e["vintage"] != near:
                    E(tag + ": almost not the nearest vintage (%d)" % near)
                if c["also_ok"] != others:
                    E(tag + ": almost also_ok must list the other vintages")
    # proportions and tills
    n = len(cases) or 1
    share = {x: sum(c["expect"] == x for c in cases) / n for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[x] <= hi:
            E("share of %s %.3f outside %.2f-%.2f" % (x, share[x], lo, hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not any(c["connection"] == t and c["expect"] == x for c in cases):
                E("till %s has no %s case" % (t, x))
    return errs


def load():
    with open(os.path.join(HERE, "cassis_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "cassis_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    J = [json.loads(x) for x in cases]
    D = lambda o: json.dumps(o, ensure_ascii=False)  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(J) if pred(c))

    def mut_case(pred, fn):
        def go(l, cs):
            i = first(pred)
            c = copy.deepcopy(J[i])
            fn(c)
            cs[i] = D(c)
        return go

    def m_json(l, cs):
        cs[0] = cs[0][:-5]

    def m_order(l, cs):
        r = json.loads(l[0])
        l[0] = D({k: r[k] for k in reversed(LIB_FIELDS)})

    def m_gap(l, cs):
        del l[5]

    def m_colour(l, cs):
        i = next(i for i, x in enumerate(l) if '"spiritueux"' in x)
        r = json.loads(l[i])
        r["colour"] = "blanc"
        l[i] = D(r)

    def m_dup(l, cs):
        cs[1] = D(dict(json.loads(cs[1]), label=json.loads(cs[0])["label"]))

    def m_counts(l, cs):
        idx = [i for i, c in enumerate(J) if c["expect"] == "none"][:40]
        for i in reversed(idx):
            del cs[i]

    def m_half(l, cs):
        i = first(lambda c: c["label"].startswith("1/2 btl Cassis blanc") and c["vintage"] == 2023)
        c = copy.deepcopy(J[i])
        c["beverage_id"] = "CSS008"   # the 75 cl 2023 of the same wine
        cs[i] = D(c)

    breaks = [
        ("broken JSON", m_json),
        ("library field order", m_order),
        ("id gap", m_gap),
        ("colour on a spirit", m_colour),
        ("vintage not on the label", mut_case(lambda c: c["vintage"] is not None, lambda c: c.update(vintage=c["vintage"] - 1))),
        ("also_ok dropped", mut_case(lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[]))),
        ("almost not the nearest", mut_case(lambda c: c["expect"] == "almost" and c["also_ok"], lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))),
        ("wrong units", mut_case(lambda c: c["units_per_sale"] == 0.1667, lambda c: c.update(units_per_sale=0.16))),
        ("comptoir over 20 columns", mut_case(lambda c: c["connection"] == "comptoir" and len(c["label"]) == 20, lambda c: c.update(label=c["label"] + "X"))),
        ("comptoir in lower case", mut_case(lambda c: c["connection"] == "comptoir", lambda c: c.update(label=c["label"].lower()))),
        ("salle without price", mut_case(lambda c: c["connection"] == "salle", lambda c: c.update(label=c["label"].split(" - ")[0]))),
        ("gestion family on the wrong colour", mut_case(lambda c: c["connection"] == "gestion" and ";VINS BLANCS;" in c["label"] and c["expect"] != "none", lambda c: c.update(label=c["label"].replace(";VINS BLANCS;", ";VINS ROUGES;")))),
        ("gestion designation over 26", mut_case(lambda c: c["connection"] == "gestion", lambda c: c.update(label=c["label"].replace(";", ";XXXXXXXXXXXXXXXXXXXXXXXXXXX ", 1)))),
        ("none with an id", mut_case(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="CSS001"))),
        ("duplicate label", m_dup),
        ("half-bottle label on the 75 cl entry", m_half),
        ("draught on a bottle entry", mut_case(lambda c: c["label"] == "BIE/DEMI LEFFE", lambda c: c.update(beverage_id="CSS111"))),
        ("unknown connection", mut_case(lambda c: True, lambda c: c.update(connection="plage"))),
        ("unknown expect", mut_case(lambda c: c["expect"] == "yes", lambda c: c.update(expect="maybe"))),
        ("counts out of range", m_counts),
        ("glass on a magnum", mut_case(lambda c: c["label"].startswith("BL/VRE STE MAGDELEIN"), lambda c: c.update(beverage_id="CSS004", also_ok=["CSS001", "CSS002", "CSS003"]))),
    ]
    base = check(lib, cases)
    ok = not base
    print("clean files: %s" % ("pass" if not base else "FAIL %s" % base[:3]))
    for name, fn in breaks:
        l, cs = list(lib), list(cases)
        fn(l, cs)
        errs = check(l, cs)
        print("%-40s %s" % (name, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
        ok = ok and bool(errs)
    print("selftest:", "OK (%d breaks)" % len(breaks) if ok else "FAILED")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs = check(lib, cases)
    for e in errs:
        print(e)
    J = [json.loads(x) for x in cases]
    print("%d drinks, %d cases" % (len(lib), len(cases)))
    for t in TILLS:
        cc = [c for c in J if c["connection"] == t]
        print("  %-9s" % t, {x: sum(c["expect"] == x for c in cc) for x in ("yes", "almost", "none")}, len(cc))
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
