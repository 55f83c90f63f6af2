"""Check the `loches` held-out set.  Reads only loches_library.jsonl and loches_cases.jsonl.

    python3 check_loches.py              # check the files beside this script
    python3 check_loches.py --selftest   # break copies on purpose, show each is reported
"""
import copy
import json
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "salle", "bo")

# What each till prints for a measure (the same table as the build's, written again here).
POUR = {"G": 12.5, "G12": 12, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4, "D2": 2,
        "DE": 25, "PI": 50}
COMPTOIR = {"BT": "B", "1/2": "H", "MAG": "M", "33CL": "C33", "25CL": "C25", "50CL": "C50",
            "75CL": "C75", "70CL": "C70", "1L": "C100", "VRE": "G", "VRE12": "G12",
            "VRE15": "G15", "P25": "P25", "P50": "P50", "CP": "CP", "DOSE": "D", "2CL": "D2",
            "DEMI": "DE", "PINT": "PI"}
SALLE = {"btle": "B", "demi-btle": "H", "magnum": "M", "33cl": "C33", "25cl": "C25",
         "btle 50cl": "C50", "btle 75cl": "C75", "btle 70cl": "C70", "1l": "C100",
         "verre": "G", "verre 12cl": "G12", "verre 15cl": "G15", "pichet 25cl": "P25",
         "pichet 50cl": "P50", "coupe": "CP", "dose": "D", "dose 2cl": "D2", "demi": "DE",
         "pinte": "PI"}
BO = {"BTL 75CL": "C75", "BTL 37,5CL": "H", "BTL 150CL": "M", "BTL 33CL": "C33",
      "BTL 25CL": "C25", "BTL 50CL": "C50", "BTL 70CL": "C70", "BTL 100CL": "C100",
      "VERRE": "G", "VERRE 12CL": "G12", "VERRE 15CL": "G15", "PICHET 25CL": "P25",
      "PICHET 50CL": "P50", "COUPE": "CP", "DOSE 4CL": "D", "DOSE 2CL": "D2",
      "DEMI 25CL": "DE", "PINTE 50CL": "PI", "UNITE": ""}
BO_FAMILIES = {"VR", "VB", "VS", "VE", "VL", "AP", "DG", "BI", "SO", "BC", "CU", "DV"}


def read_label(conn, label):
    """(measure, vintage) a label says, or raise ValueError when it has not its till's form."""
    if conn == "comptoir":
        if len(label) > 16 or label != label.strip() or not label.isascii():
            raise ValueError("comptoir: more than 16 columns, padding or non-ASCII")
        if label != label.upper():
            raise ValueError("comptoir: not in capitals")
        toks = label.split(" ")
        measure = COMPTOIR.get(toks[0], "") if len(toks) > 1 else ""
        vintage = None
        if len(toks) > 2 and re.fullmatch(r"\d\d", toks[-1]):
            vintage = 2000 + int(toks[-1]) if int(toks[-1]) < 50 else 1900 + int(toks[-1])
        return measure, vintage
    if conn == "salle":
        if label != label.lower():
            raise ValueError("salle: not in lower case")
        measure, body = "", label
        if " - " in label:
            body, word = label.rsplit(" - ", 1)
            if word not in SALLE:
                raise ValueError("salle: unknown measure %r" % word)
            measure = SALLE[word]
        m = re.search(r" ((?:19|20)\d\d)$", body)
        return measure, (int(m.group(1)) if m else None)
    if conn == "bo":
        f = label.split(";")
        if len(f) != 5:
            raise ValueError("bo: not five ';' fields")
        code, lib, mill, unit, price = f
        if not re.fullmatch(r"[A-Z]{2}\d{3}", code) or code[:2] not in BO_FAMILIES:
            raise ValueError("bo: bad article code %r" % code)
        if not lib or len(lib) > 26 or lib != lib.strip() or not lib.isascii() or lib != lib.upper():
            raise ValueError("bo: designation not ≤26 upper-case ASCII")
        if mill and not re.fullmatch(r"(19|20)\d\d", mill):
            raise ValueError("bo: bad vintage field")
        if unit not in BO:
            raise ValueError("bo: unknown unit %r" % unit)
        if not re.fullmatch(r"\d{1,3},\d\d", price):
            raise ValueError("bo: bad price")
        return BO[unit], (int(mill) if mill else None)
    raise ValueError("unknown connection %r" % conn)


def family_ok(code, e):
    cat, col = e["category"], e["colour"]
    return {"VR": cat == "vin" and col == "rouge",
            "VB": cat == "vin" and col == "blanc",
            "VS": cat == "vin" and col == "rosé",
            "VE": col == "effervescent" or cat == "champagne" or (cat == "vin" and col == "rosé"),
            "VL": col == "liquoreux",
            "AP": cat in ("autre", "spiritueux"),
            "DG": cat == "spiritueux",
            "BI": cat == "bière", "SO": cat == "soft"}.get(code, False)


def expected(wine_entries, measure, vintage):
    """Independent re-derivation of the bench rules from the library entries of one wine."""
    by_f = defaultdict(list)
    for e in wine_entries:
        by_f[float(e["format_cl"])].append(e)
    fmts = sorted(by_f)
    bottles = [f for f in fmts if f < 1000]
    kegs = [f for f in fmts if f >= 1000]
    if measure in ("DE", "PI"):
        f = kegs[0] if kegs else None
    elif measure in ("B", "G", "G12", "G15", "P25", "P50", "CP", "D", "D2"):
        ordinary = [x for x in bottles if x not in (37.5, 150.0)]
        f = 75.0 if 75.0 in bottles else (ordinary[0] if len(ordinary) == 1 else None)
    elif measure == "H":
        f = 37.5 if 37.5 in fmts else None
    elif measure == "M":
        f = 150.0 if 150.0 in fmts else None
    elif measure.startswith("C"):
        f = float(measure[1:]) if float(measure[1:]) in fmts else None
    else:
        f = None
    if f is None:
        return None
    ents = sorted(by_f[f], key=lambda e: (e["vintage"] is None, e["vintage"] or 0))
    units = 1 if measure not in POUR else round(POUR[measure] / f, 4)
    vins = [e["vintage"] for e in ents]
    if vintage is None:
        best = ents[-1]
        return "yes", best["id"], sorted(e["id"] for e in ents if e is not best), units
    if vintage in vins:
        return "yes", ents[vins.index(vintage)]["id"], [], units
    if None in vins:
        return "bad", None, [], units
    best = min(ents, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
    return "almost", best["id"], sorted(e["id"] for e in ents if e is not best), units


def check(lib_path, cases_path):
    errors = []
    err = errors.append
    lib, cases = [], []
    for path, rows, fields in ((lib_path, lib, LIB_FIELDS), (cases_path, cases, CASE_FIELDS)):
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                try:
                    row = json.loads(line)
                except ValueError:
                    err("%s:%d: not JSON" % (os.path.basename(path), n))
                    continue
                if list(row) != fields:
                    err("%s:%d: fields not in the bench order" % (os.path.basename(path), n))
                rows.append(row)
    # ---- library
    if not 110 <= len(lib) <= 130:
        err("library: %d drinks, not 110-130" % len(lib))
    by_id, seen = {}, set()
    for i, e in enumerate(lib, 1):
        if e.get("id") != "LCH%03d" % i:
            err("library: id %r out of sequence (expected LCH%03d)" % (e.get("id"), i))
        by_id[e.get("id")] = e
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATEGORIES:
            err("%s: bad category %r" % (e["id"], cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                err("%s: a wine without a valid colour" % e["id"])
        elif col is not None:
            err("%s: colour on a %s" % (e["id"], cat))
        f = e.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            err("%s: bad format" % e["id"])
        elif f >= 1000 and cat != "bière":
            err("%s: a keg format on a %s" % (e["id"], cat))
        v = e.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 < v < 2030):
            err("%s: bad vintage" % e["id"])
        if v is not None and cat not in ("vin", "champagne"):
            err("%s: vintage on a %s" % (e["id"], cat))
        k = (e["name"], e["producer"], e["appellation"], col, f, v)
        if k in seen:
            err("%s: same wine, format and vintage twice" % e["id"])
        seen.add(k)
    wines = defaultdict(list)
    for e in lib:
        wines[(e["name"], e["producer"], e["appellation"], e["colour"], e["category"])].append(e)
    # ---- cases
    if not 280 <= len(cases) <= 300:
        err("cases: %d, not 280-300" % len(cases))
    labels = Counter(c.get("label") for c in cases)
    for lab, n in labels.items():
        if n > 1:
            err("duplicate label %r" % lab)
    codes = Counter()
    for c in cases:
        lab, exp, conn = c.get("label"), c.get("expect"), c.get("connection")
        where = "%s %r" % (conn, lab)
        if conn not in TILLS:
            err("%s: unknown connection" % where)
            continue
        try:
            measure, vintage = read_label(conn, lab)
        except ValueError as x:
            err("%s: %s" % (where, x))
            continue
        if conn == "bo":
            codes[lab.split(";")[0]] += 1
        if c.get("vintage") != vintage:
            err("%s: vintage %r, label says %r" % (where, c.get("vintage"), vintage))
        if not c.get("note"):
            err("%s: no note" % where)
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err("%s: none with an answer" % where)
            continue
        if exp not in ("yes", "almost"):
            err("%s: unknown expect %r" % (where, exp))
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            err("%s: unknown beverage_id" % where)
            continue
        if conn == "bo" and not family_ok(lab[:2], e):
            err("%s: family code %s does not fit a %s %s" % (where, lab[:2], e["colour"], e["category"]))
        if measure == "":
            err("%s: a drink answer on a label without a measure" % where)
            continue
        want = expected(wines[(e["name"], e["producer"], e["appellation"], e["colour"], e["category"])],
                        measure, vintage)
        if want is None:
            err("%s: the entry's wine is not held in the format the label asks for" % where)
            continue
        wexp, wid, walso, wunits = want
        if exp != wexp:
            err("%s: expect %s, the rules give %s" % (where, exp, wexp))
        if c["beverage_id"] != wid:
            err("%s: beverage_id %s, the rules give %s" % (where, c["beverage_id"], wid))
        if sorted(c["also_ok"]) != walso:
            err("%s: also_ok %s, the rules give %s" % (where, c["also_ok"], walso))
        u = c["units_per_sale"]
        if not isinstance(u, (int, float)) or abs(u - wunits) > 1e-9 or round(u, 4) != u:
            err("%s: units_per_sale %r, the printed measure gives %r" % (where, u, wunits))
    for code, n in codes.items():
        if n > 1:
            err("bo: article code %s used twice" % code)
    # ---- counts
    n = len(cases) or 1
    cnt = Counter(c.get("expect") for c in cases)
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        share = 100.0 * cnt[e] / n
        if not lo <= share <= hi:
            err("share of %s is %.1f %%, not %d-%d %%" % (e, share, lo, hi))
    pairs = Counter((c.get("connection"), c.get("expect")) for c in cases)
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if pairs[(t, e)] == 0:
                err("till %s has no %s case" % (t, e))
    return errors, pairs


def _write(tmp, lib_lines, case_lines):
    lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
    with open(lp, "w", encoding="utf-8") as fh:
        fh.write("".join(lib_lines))
    with open(cp, "w", encoding="utf-8") as fh:
        fh.write("".join(case_lines))
    return lp, cp


def selftest(lib_path, cases_path):
    L = open(lib_path, encoding="utf-8").readlines()
    C = open(cases_path, encoding="utf-8").readlines()
    lib = [json.loads(x) for x in L]
    cases = [json.loads(x) for x in C]
    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) + "\n" for r in rows]

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    def mut_case(pred, fn):
        cs = copy.deepcopy(cases)
        fn(cs[first(pred)])
        return L, dump(cs)

    def mut_lib(fn):
        ls = copy.deepcopy(lib)
        fn(ls)
        return dump(ls), C

    def reorder(e):
        return {k: e[k] for k in ["name", "id", *LIB_FIELDS[2:]]}

    half_ids = {e["id"] for e in lib if e["format_cl"] == 37.5}
    keg_ids = {e["id"] for e in lib if e["format_cl"] >= 1000}

    def to_75(c):
        e = by_id[c["beverage_id"]]
        c["beverage_id"] = next(x["id"] for x in lib if x["name"] == e["name"] and x["format_cl"] == 75)

    def to_bottle(c):
        e = by_id[c["beverage_id"]]
        c["beverage_id"] = next(x["id"] for x in lib if x["name"] == e["name"] and x["format_cl"] < 1000)

    by_id = {e["id"]: e for e in lib}
    breaks = [
        ("broken JSON", lambda: (L, [*C[:5], '{"label": "X",\n', *C[6:]])),
        ("library field order", lambda: mut_lib(lambda ls: ls.__setitem__(3, reorder(ls[3])))),
        ("id out of sequence", lambda: mut_lib(lambda ls: ls[10].__setitem__("id", "LCH099"))),
        ("colour on a spirit", lambda: mut_lib(lambda ls: next(e for e in ls if e["category"] == "spiritueux").__setitem__("colour", "blanc"))),
        ("keg format on a soft", lambda: mut_lib(lambda ls: next(e for e in ls if e["category"] == "soft").__setitem__("format_cl", 2000))),
        ("vintage not on the label", lambda: mut_case(lambda c: c["vintage"] is None and c["expect"] == "yes", lambda c: c.__setitem__("vintage", 2019))),
        ("also_ok dropped", lambda: mut_case(lambda c: c["also_ok"], lambda c: c.__setitem__("also_ok", []))),
        ("almost not the nearest", lambda: mut_case(lambda c: c["expect"] == "almost" and c["also_ok"], lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))),
        ("almost called yes", lambda: mut_case(lambda c: c["expect"] == "almost", lambda c: c.__setitem__("expect", "yes"))),
        ("units wrong", lambda: mut_case(lambda c: c["units_per_sale"] == 0.1667, lambda c: c.__setitem__("units_per_sale", 0.16))),
        ("comptoir over 16 columns", lambda: mut_case(lambda c: c["connection"] == "comptoir" and c["expect"] == "none", lambda c: c.__setitem__("label", c["label"] + " MAISON DU JOUR"))),
        ("comptoir in lower case", lambda: mut_case(lambda c: c["connection"] == "comptoir", lambda c: c.__setitem__("label", c["label"].lower()))),
        ("salle in capitals", lambda: mut_case(lambda c: c["connection"] == "salle", lambda c: c.__setitem__("label", c["label"].upper()))),
        ("salle unknown measure", lambda: mut_case(lambda c: c["connection"] == "salle" and " - " in c["label"], lambda c: c.__setitem__("label", c["label"] + "x"))),
        ("bo missing a field", lambda: mut_case(lambda c: c["connection"] == "bo", lambda c: c.__setitem__("label", c["label"].rsplit(";", 1)[0]))),
        ("bo family code wrong", lambda: mut_case(lambda c: c["connection"] == "bo" and c["label"].startswith("VB") and c["expect"] == "yes", lambda c: c.__setitem__("label", "VR" + c["label"][2:]))),
        ("none with an id", lambda: mut_case(lambda c: c["expect"] == "none", lambda c: c.__setitem__("beverage_id", "LCH001"))),
        ("duplicate label", lambda: (L, [*C, C[7]])),
        ("half-bottle label on the 75 cl entry", lambda: mut_case(lambda c: c["beverage_id"] in half_ids, to_75)),
        ("draught on a bottle entry", lambda: mut_case(lambda c: c["beverage_id"] in keg_ids, to_bottle)),
        ("counts out of range", lambda: (L, C[:200])),
        ("unknown expect", lambda: mut_case(lambda c: c["expect"] == "yes", lambda c: c.__setitem__("expect", "maybe"))),
    ]
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        errs, _ = check(*_write(tmp, L, C))
        print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
        ok &= not errs
        for name, make in breaks:
            lib_lines, case_lines = make()
            errs, _ = check(*_write(tmp, lib_lines, case_lines))
            print("%-38s %s" % (name, ("reported: " + errs[0])[:110] if errs else "NOT REPORTED"))
            ok &= bool(errs)
    print("selftest", "passed" if ok else "FAILED", "(%d kinds of break)" % len(breaks))
    return ok


def main():
    lib_path = os.path.join(HERE, "loches_library.jsonl")
    cases_path = os.path.join(HERE, "loches_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_path, cases_path) else 1)
    errors, pairs = check(lib_path, cases_path)
    for e in errors:
        print("ERROR", e)
    for t in TILLS:
        print("%-9s yes %3d  almost %3d  none %3d" % (t, pairs[(t, "yes")], pairs[(t, "almost")], pairs[(t, "none")]))
    print("OK" if not errors else "%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
