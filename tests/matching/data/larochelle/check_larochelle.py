"""Check the La Rochelle blind set from its two jsonl files alone (imports nothing of the build).

python3 check_larochelle.py [library.jsonl cases.jsonl]
python3 check_larochelle.py --selftest
"""
import copy
import json
import os
import re
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
POUR = {"G": 12.5, "G8": 8, "G12": 12, "G14": 14, "G15": 15, "P25": 25, "P50": 50, "C": 12.5,
        "D": 4, "D2": 2, "DEMI": 25, "PINTE": 50}
SIZE = {"H": 37.5, "M": 150, "F25": 25, "F33": 33, "F50": 50, "F75": 75, "F100": 100}
CAISSE = {"BT": "B", "1/2": "H", "MAG": "M", "1L": "F100", "50CL": "F50", "VR": "G", "VR8": "G8",
          "VR12": "G12", "VR15": "G15", "PICH25": "P25", "PICH50": "P50", "CP": "C",
          "DOSE": "D", "2CL": "D2", "DEMI": "DEMI", "PINTE": "PINTE"}
CLOUD = {"Bouteille": "B", "Demi-bouteille": "H", "Magnum": "M", "Bouteille 25cl": "F25",
         "Bouteille 33cl": "F33", "Bouteille 50cl": "F50", "Bouteille 75cl": "F75",
         "Bouteille 1L": "F100", "Verre": "G", "Verre 8cl": "G8", "Verre 12cl": "G12",
         "Verre 14cl": "G14", "Verre 15cl": "G15", "Pichet 25cl": "P25", "Pichet 50cl": "P50",
         "Coupe": "C", "Dose 4cl": "D", "Dose 2cl": "D2", "Demi 25cl": "DEMI",
         "Pinte 50cl": "PINTE", "Standard": ""}
TERR = {"btl": "B", "1/2 btl": "H", "magnum": "M", "25cl": "F25", "33cl": "F33", "50cl": "F50",
        "75cl": "F75", "1L": "F100", "verre": "G", "verre 8cl": "G8", "verre 12cl": "G12",
        "verre 14cl": "G14", "verre 15cl": "G15", "pichet 25": "P25", "pichet 50": "P50",
        "coupe": "C", "dose": "D", "2cl": "D2", "demi": "DEMI", "pinte": "PINTE", "portion": ""}
TERR_MENUS = {"ROSES", "BLANCS", "ROUGES", "BULLES", "APEROS", "PRESSION", "BIERES", "SOFTS",
              "DIGEOS", "CARTE", "DESSERTS", "CAFES", "SERVICES"}
MEAS_WORDS = {"bt", "vr", "vr8", "vr12", "vr15", "pich25", "pich50", "cp", "dose", "2cl", "demi",
              "pinte", "mag", "btl", "verre", "pichet", "coupe", "magnum", "bouteille", "33cl",
              "25cl", "50cl", "75cl", "1l", "8cl", "12cl", "14cl", "15cl", "4cl", "produit",
              "variante", "prix", "standard"}


def strip(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


def read_label(till, label, err):
    """(measure, vintage, width_full) read from the label, checking the till's form."""
    if till == "CAISSE":
        m = re.fullmatch(r"(\d{3}) ([A-Z0-9/ ]{1,18})", label)
        if not m or label != label.rstrip():
            err("CAISSE form: %r" % label)
            return "", None, False
        body = m.group(2)
        meas = CAISSE.get(body.split(" ")[0], "")
        v = re.search(r"(?<=\s)(\d\d)$", body)
        return meas, (2000 + int(v.group(1)) if v else None), len(body) >= 17
    if till == "CLOUD":
        try:
            d = json.loads(label)
        except ValueError:
            err("CLOUD label not JSON: %r" % label)
            return "", None, False
        if list(d) != ["produit", "variante", "prix"] or d["variante"] not in CLOUD \
                or not isinstance(d["prix"], (int, float)) or round(d["prix"] * 2) != d["prix"] * 2:
            err("CLOUD form: %r" % label)
            return "", None, False
        v = re.search(r"\b((?:19|20)\d\d)\b", d["produit"])
        return CLOUD[d["variante"]], (int(v.group(1)) if v else None), False
    if till == "TERRASSE":
        m = re.fullmatch(r"T(\d\d) ([A-Z]+)>([\x20-\x3d\x3f-\x7e]{1,16})>([a-zA-Z0-9/ ]+?)((?: \+[^>]+)?)", label)
        if not m or m.group(4) not in TERR or m.group(2) not in TERR_MENUS \
                or not 1 <= int(m.group(1)) <= 40 or m.group(3) != m.group(3).strip():
            err("TERRASSE form: %r" % label)
            return "", None, False
        v = re.search(r"'(\d\d)$", m.group(3))
        return TERR[m.group(4)], (2000 + int(v.group(1)) if v else None), len(m.group(3)) >= 15
    err("unknown connection %r" % till)
    return "", None, False


def target(meas, formats):
    kegs = [f for f in formats if f >= 2000]
    bottles = [f for f in formats if f < 2000]
    if meas in ("DEMI", "PINTE"):
        return kegs[0] if kegs else None
    if meas in SIZE:
        return SIZE[meas] if SIZE[meas] in bottles else None
    ordinary = [f for f in bottles if f not in (37.5, 150)]
    if 75 in ordinary:
        return 75
    return ordinary[0] if len(ordinary) == 1 else None


def check(lib_path, cases_path, quiet=False):
    errors = []

    def err(msg):
        errors.append(msg)

    def load(path, fields):
        rows = []
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                try:
                    r = json.loads(line)
                except ValueError:
                    err("%s:%d not JSON" % (os.path.basename(path), n))
                    continue
                if list(r) != fields:
                    err("%s:%d fields %s" % (os.path.basename(path), n, list(r)))
                rows.append(r)
        return rows

    lib = load(lib_path, LIB_FIELDS)
    cases = load(cases_path, CASE_FIELDS)
    if not 110 <= len(lib) <= 130:
        err("library has %d drinks" % len(lib))
    byid, wines, seen = {}, {}, set()
    for n, d in enumerate(lib, 1):
        if d.get("id") != "lc%03d" % n:
            err("id out of sequence at %d: %s" % (n, d.get("id")))
        byid[d.get("id")] = d
        cat, col = d.get("category"), d.get("colour")
        if cat not in CATEGORIES:
            err("%s category %r" % (d.get("id"), cat))
        if (cat in ("vin", "champagne")) != (col is not None) or (col is not None and col not in COLOURS):
            err("%s colour %r for %s" % (d.get("id"), col, cat))
        f = d.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0 or (f >= 2000 and (cat != "bière" or f not in (2000, 3000))):
            err("%s format %r" % (d.get("id"), f))
        if not (d.get("vintage") is None or isinstance(d.get("vintage"), int)):
            err("%s vintage %r" % (d.get("id"), d.get("vintage")))
        k = (d.get("name"), d.get("producer"), d.get("appellation"), col, f)
        if (k, d.get("vintage")) in seen:
            err("%s twice" % d.get("id"))
        seen.add((k, d.get("vintage")))
        wines.setdefault(k, []).append(d)
    groups = {}  # (name, producer, appellation, colour) -> {format: [entries]}
    for k, ents in wines.items():
        groups.setdefault(k[:4], {})[k[4]] = ents

    if not 280 <= len(cases) <= 300:
        err("%d cases" % len(cases))
    labels = set()
    counts = {}
    for c in cases:
        lab, exp, bid, also, vint, units, note, till = [c.get(f) for f in CASE_FIELDS]
        where = "%r" % lab
        if lab in labels:
            err("duplicate label %s" % where)
        labels.add(lab)
        if exp not in ("yes", "almost", "none"):
            err("%s expect %r" % (where, exp))
            continue
        counts.setdefault(till, {"yes": 0, "almost": 0, "none": 0})[exp] += 1
        if not note:
            err("%s without note" % where)
        meas, rv, full = read_label(till, lab, err)
        if vint != rv:
            err("%s vintage %r, label says %r" % (where, vint, rv))
        if "cut off by the till" in (note or "") and (not full or vint is not None):
            err("%s cut-off note on a label that is not cut" % where)
        if exp == "none":
            if bid is not None or also != [] or units is not None:
                err("%s none with an answer" % where)
            continue
        d = byid.get(bid)
        if d is None:
            err("%s unknown id %r" % (where, bid))
            continue
        g = groups[(d["name"], d["producer"], d["appellation"], d["colour"])]
        fmt = target(meas, list(g))
        if fmt != d["format_cl"]:
            err("%s measure %r asks for %r, entry is %r cl" % (where, meas, fmt, d["format_cl"]))
            continue
        want = round(POUR[meas] / fmt, 4) if meas in POUR else 1
        if units != want or (isinstance(units, float) and round(units, 4) != units):
            err("%s units %r, measure says %r" % (where, units, want))
        same = g[fmt]
        others = sorted(e["id"] for e in same if e["id"] != bid)
        vs = [e["vintage"] for e in same]
        if exp == "yes":
            if vint is not None:
                if d["vintage"] != vint:
                    err("%s yes on %r, label %r" % (where, d["vintage"], vint))
                if also:
                    err("%s also_ok on a yes with vintage" % where)
            else:
                if any(v is not None and (d["vintage"] is None or v > d["vintage"]) for v in vs):
                    err("%s yes without vintage not on the most recent" % where)
                if sorted(also) != others:
                    err("%s also_ok %r, want %r" % (where, also, others))
        else:
            if vint is None or vint in vs or d["vintage"] is None:
                err("%s almost but label vintage %r held or missing" % (where, vint))
            else:
                best = min(vs, key=lambda v: (abs(v - vint), -v))
                if d["vintage"] != best:
                    err("%s almost on %r, nearest is %r" % (where, d["vintage"], best))
            if sorted(also) != others:
                err("%s also_ok %r, want %r" % (where, also, others))
        # fairness: a word or stem shared with the entry
        ltoks = [t for t in re.findall(r"[a-z0-9]+", strip(lab)) if t not in MEAS_WORDS
                 and (len(t) >= 3 or t.isdigit()) and not re.fullmatch(r"(19|20)?\d\d", t)]
        etoks = re.findall(r"[a-z0-9]+", strip(" ".join([d["name"], d["producer"], d["appellation"]])))
        if not any(e.startswith(t[:4]) or (t.startswith(e[:4]) and len(e) >= 3)
                   for t in ltoks for e in etoks if len(e) >= 2):
            err("%s shares no word with %s" % (where, d["name"]))
    if set(counts) != {"CAISSE", "CLOUD", "TERRASSE"}:
        err("connections %s" % sorted(counts))
    for t, d in counts.items():
        if min(d.values()) == 0:
            err("till %s lacks an answer: %s" % (t, d))
    n = len(cases) or 1
    tot = {k: sum(d[k] for d in counts.values()) for k in ("yes", "almost", "none")}
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * tot[k] / n <= hi:
            err("%s share %.1f %% outside %d-%d" % (k, 100.0 * tot[k] / n, lo, hi))
    if not quiet:
        for t in sorted(counts):
            print("%-9s yes %3d  almost %3d  none %3d  total %3d" % (
                t, counts[t]["yes"], counts[t]["almost"], counts[t]["none"], sum(counts[t].values())))
        print("all       yes %3d  almost %3d  none %3d  total %3d" % (tot["yes"], tot["almost"], tot["none"], len(cases)))
    return errors


def selftest(lib_path, cases_path):
    clean = check(lib_path, cases_path, quiet=True)
    print("clean files: %s" % ("pass" if not clean else clean[:5]))
    ok = not clean
    lib = list(open(lib_path, encoding="utf-8").read().splitlines())
    cases = [json.loads(l) for l in open(cases_path, encoding="utf-8")]

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    def mut_case(fn):
        cs = copy.deepcopy(cases)
        fn(cs)
        return lib, [json.dumps(c, ensure_ascii=False) for c in cs]

    def mut_lib(fn):
        ls = [json.loads(l) for l in lib]
        fn(ls)
        return [json.dumps(x, ensure_ascii=False) for x in ls], [json.dumps(c, ensure_ascii=False) for c in cases]

    def set_(i, **kw):
        def f(cs):
            cs[i].update(kw)
        return f

    glass = first(lambda c: c["units_per_sale"] == 0.1667)
    almost2 = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    yes_also = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    yes_v = first(lambda c: c["expect"] == "yes" and c["vintage"] and not c["also_ok"])
    none_i = first(lambda c: c["expect"] == "none")
    mag = first(lambda c: c["connection"] == "CAISSE" and c["label"][4:].startswith("MAG ") and c["expect"] == "yes")
    demi = first(lambda c: c["connection"] == "TERRASSE" and c["label"].endswith(">demi") and c["expect"] == "yes")
    cloud = first(lambda c: c["connection"] == "CLOUD")
    caisse = first(lambda c: c["connection"] == "CAISSE")
    terr = first(lambda c: c["connection"] == "TERRASSE")
    breaks = [
        ("line that is not JSON", lambda: ([*lib[:-1], lib[-1][:-3]], [json.dumps(c, ensure_ascii=False) for c in cases])),
        ("fields out of order", lambda: mut_case(lambda cs: cs.__setitem__(0, dict(reversed(list(cs[0].items())))))),
        ("library id out of sequence", lambda: mut_lib(lambda ls: ls[5].update(id="lc099"))),
        ("colour on a beer", lambda: mut_lib(lambda ls: next(x for x in ls if x["category"] == "bière").update(colour="blanc"))),
        ("keg on a wine", lambda: mut_lib(lambda ls: ls[0].update(format_cl=3000))),
        ("duplicate label", lambda: mut_case(lambda cs: cs[1].update(label=cs[0]["label"]))),
        ("glass units 0.16", lambda: mut_case(set_(glass, units_per_sale=0.16))),
        ("almost on the farther vintage", lambda: mut_case(set_(almost2, beverage_id=cases[almost2]["also_ok"][0],
                                                                 also_ok=[cases[almost2]["beverage_id"], *cases[almost2]["also_ok"][1:]]))),
        ("also_ok dropped", lambda: mut_case(set_(yes_also, also_ok=[]))),
        ("yes on the older vintage", lambda: mut_case(set_(yes_also, beverage_id=cases[yes_also]["also_ok"][0],
                                                            also_ok=[cases[yes_also]["beverage_id"]]))),
        ("vintage field not on the label", lambda: mut_case(set_(yes_v, vintage=cases[yes_v]["vintage"] - 1))),
        ("none with an id", lambda: mut_case(set_(none_i, beverage_id="lc001"))),
        ("magnum answered with the 75 cl", lambda: mut_case(set_(mag, beverage_id="lc034"))),
        ("draught demi on a bottled beer", lambda: mut_case(set_(demi, beverage_id="lc107"))),
        ("unknown connection", lambda: mut_case(set_(0, connection="BAR"))),
        ("CAISSE label in lower case and too wide", lambda: mut_case(set_(caisse, label=cases[caisse]["label"].lower() + " xxxxxxxxxxxxxxxx"))),
        ("CLOUD label without price", lambda: mut_case(set_(cloud, label=cases[cloud]["label"].replace(',"prix"', ',"px"')))),
        ("TERRASSE button over 16 columns", lambda: mut_case(set_(terr, label=cases[terr]["label"].replace(">", ">Abcdefghijklmnopq ", 1)))),
        ("units to 5 decimals", lambda: mut_case(set_(glass, units_per_sale=0.16667))),
        ("too few cases", lambda: mut_case(lambda cs: cs.__delitem__(slice(0, 40)))),
        ("shares off (nones turned yes)", lambda: mut_case(lambda cs: [c.update(expect="almost") for c in cs if c["expect"] == "yes"][:1])),
        ("label sharing no word", lambda: mut_case(set_(yes_v, label=cases[yes_v]["label"].replace("TALBOT", "XQZWV")))),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in breaks:
            ls, cs = make()
            lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
            open(lp, "w", encoding="utf-8").write("\n".join(ls) + "\n")
            open(cp, "w", encoding="utf-8").write("\n".join(cs) + "\n")
            errs = check(lp, cp, quiet=True)
            print("%-42s %s" % (name, ("reported: " + errs[0][:70]) if errs else "NOT REPORTED"))
            ok = ok and bool(errs)
    print("selftest %s (%d breaks)" % ("passed" if ok else "FAILED", len(breaks)))
    return ok


def main():
    args = [a for a in sys.argv[1:] if a != "--selftest"]
    lp = args[0] if args else os.path.join(HERE, "larochelle_library.jsonl")
    cp = args[1] if len(args) > 1 else os.path.join(HERE, "larochelle_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lp, cp) else 1)
    errs = check(lp, cp)
    for e in errs:
        print("ERROR", e)
    print("%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
