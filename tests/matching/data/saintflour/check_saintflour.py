"""Check the blind held-out set "saintflour" from its two jsonl files only.

    python3 check_saintflour.py            # validate saintflour_library.jsonl / _cases.jsonl
    python3 check_saintflour.py --selftest # break copies on purpose, show each is caught

Stdlib only; imports nothing from the build.  Re-derives from every label its
till's form, the vintage, the measure, the format it refers to and the units,
and checks the yes / almost / none rules of the bench README.
"""
import json
import os
import re
import sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNECTIONS = ("comptoir", "serveur", "z")
POUR = {"G": 12.5, "G15": 15, "P25": 25, "P50": 50, "CP": 12.5, "D": 4, "D2": 2,
        "DE": 25, "PI": 50}

# ------------------------------------------------------------ label readers
C_CODES = {"1/2": "H", "MAG": "M", "BAL": "G", "BAL15": "G15", "P25": "P25", "P50": "P50",
           "CP": "CP", "DOSE": "D", "2CL": "D2", "DEMI": "DE", "PINTE": "PI"}
C_FORM = re.compile(r"^(VI|AP|AL|BI|SO|CH|CU|DI)\.[A-Z0-9][A-Z0-9 ./'-]*$")
S_PHRASES = [("demi-bouteille", "H"), ("pichet 25cl", "P25"), ("pichet 50cl", "P50"),
             ("verre 15cl", "G15"), ("bouteille", "B"), ("magnum", "M"), ("verre", "G"),
             ("coupe", "CP"), ("dose", "D"), ("2cl", "D2"), ("demi", "DE"), ("pinte", "PI")]
S_FORM = re.compile(r"^[^A-Z]+ · \d+,\d\d €$")
Z_FORM = re.compile(r"^([ \d]{3}) (.{24}) (\S{1,6}) *( {0,7}\d+,\d\d)$")
Z_UNITS = {"BT": "B", "1/2BT": "H", "MAG": "M", "VER": "G", "VER15": "G15", "PIC25": "P25",
           "PIC50": "P50", "CPE": "CP", "DOSE": "D", "DOS2": "D2", "DEMI": "DE", "PINTE": "PI",
           "UN": None}

def size(word):
    w = word.upper()
    if w == "1L":
        return "S100"
    m = re.fullmatch(r"(\d+)CL", w)
    return "S" + m.group(1) if m else None

def read_label(conn, label):
    """-> (errors, measure, vintage)"""
    errs = []
    if conn == "comptoir":
        if len(label) > 20:
            errs.append("comptoir label over 20 columns")
        if not C_FORM.match(label) or label != label.strip():
            errs.append("comptoir label not DEPT. + ASCII capitals")
        toks = label[3:].split()
        meas = "B"
        if toks and toks[0] in C_CODES:
            meas = C_CODES[toks[0]]
        elif toks and size(toks[0]):
            meas = size(toks[0])
        vint = None
        if len(toks) >= 2 and re.fullmatch(r"\d\d", toks[-1]):
            v = int(toks[-1])
            vint = 2000 + v if v <= 40 else 1900 + v
        return errs, meas, vint
    if conn == "serveur":
        if not S_FORM.match(label):
            errs.append("serveur label not lower case + ' · price €'")
        head = label.rpartition(" · ")[0]
        meas = None
        for ph, code in S_PHRASES:
            if head.startswith((ph + " de ", ph + " d'")):
                meas = code
                head = head[len(ph) + 3:] if head.startswith(ph + " de ") else head[len(ph) + 2:]
                break
        else:
            m = re.search(r" (\d+cl|1l)$", head)
            if m:
                meas = size(m.group(1))
                head = head[:m.start()]
        m = re.search(r" ((?:19|20)\d\d)$", head)
        return errs, meas, int(m.group(1)) if m else None
    m = Z_FORM.match(label)
    if not m:
        return ["z label not in the Z report's columns"], None, None
    qty, desig, unit, amount = int(m.group(1)), m.group(2).rstrip(), m.group(3), m.group(4)
    if re.search(r"[a-zà-ÿ]", desig):
        errs.append("z designation not in capitals")
    if unit in Z_UNITS:
        meas = Z_UNITS[unit]
    elif size(unit):
        meas = size(unit)
    else:
        errs.append("z unit code unknown: %s" % unit)
        meas = None
    cents = int(amount.replace(",", ""))
    if qty < 1 or cents % qty:
        errs.append("z amount is not quantity x a price")
    if re.search(r" \d\d$", desig) and len(m.group(2).rstrip()) == 24:
        errs.append("z cut leaves a two-digit vintage stub")
    mm = re.search(r"(?:^| )((?:19|20)\d\d)$", desig)
    return errs, meas, int(mm.group(1)) if mm else None

# ------------------------------------------------------------ checks
def load(lines, what, errs):
    out = []
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line, object_pairs_hook=OrderedDict)
        except ValueError as e:
            errs.append("%s line %d: invalid JSON (%s)" % (what, i, e))
            continue
        out.append(obj)
    return out

def check(lib_lines, case_lines):
    errs = []
    lib = load(lib_lines, "library", errs)
    cases = load(case_lines, "cases", errs)
    if not 110 <= len(lib) <= 130:
        errs.append("library holds %d drinks, not 110-130" % len(lib))
    by_id, groups, seen = {}, {}, set()
    for n, d in enumerate(lib, 1):
        if list(d.keys()) != LIB_FIELDS:
            errs.append("library %s: field order %s" % (d.get("id"), list(d.keys())))
            continue
        if d["id"] != "SFL%03d" % n:
            errs.append("library: id %s where SFL%03d expected" % (d["id"], n))
        if d["category"] not in CATEGORIES:
            errs.append("library %s: category %r" % (d["id"], d["category"]))
        wine = d["category"] in ("vin", "champagne")
        if wine and d["colour"] not in COLOURS:
            errs.append("library %s: wine without a valid colour" % d["id"])
        if not wine and d["colour"] is not None:
            errs.append("library %s: colour on a %s" % (d["id"], d["category"]))
        if d["vintage"] is not None and not (isinstance(d["vintage"], int) and 1900 < d["vintage"] < 2030):
            errs.append("library %s: vintage %r" % (d["id"], d["vintage"]))
        if not isinstance(d["format_cl"], (int, float)) or d["format_cl"] <= 0:
            errs.append("library %s: format %r" % (d["id"], d["format_cl"]))
        if d["format_cl"] >= 2000 and d["category"] != "bière":
            errs.append("library %s: keg format on a %s" % (d["id"], d["category"]))
        key = (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"])
        if (*key, d["vintage"]) in seen:
            errs.append("library %s: duplicate wine x format x vintage" % d["id"])
        seen.add((*key, d["vintage"]))
        groups.setdefault(key, []).append(d)
        by_id[d["id"]] = d
    product_formats = {}
    for key in groups:
        product_formats.setdefault(key[:4], set()).add(key[4])

    if not 280 <= len(cases) <= 300:
        errs.append("%d cases, not 280-300" % len(cases))
    labels = set()
    counts = {}
    for c in cases:
        if list(c.keys()) != CASE_FIELDS:
            errs.append("case %r: field order %s" % (c.get("label"), list(c.keys())))
            continue
        lab, exp, conn = c["label"], c["expect"], c["connection"]
        if lab in labels:
            errs.append("duplicate label %r" % lab)
        labels.add(lab)
        if conn not in CONNECTIONS:
            errs.append("%r: unknown connection %r" % (lab, conn))
            continue
        if exp not in ("yes", "almost", "none"):
            errs.append("%r: unknown expect %r" % (lab, exp))
            continue
        counts[(conn, exp)] = counts.get((conn, exp), 0) + 1
        e, meas, vint = read_label(conn, lab)
        errs.extend("%r: %s" % (lab, x) for x in e)
        if c["vintage"] != vint:
            errs.append("%r: vintage field %r but the label reads %r" % (lab, c["vintage"], vint))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%r: none with a drink, also_ok or units" % lab)
            continue
        d = by_id.get(c["beverage_id"])
        if d is None:
            errs.append("%r: unknown beverage_id %r" % (lab, c["beverage_id"]))
            continue
        if meas is None:
            errs.append("%r: a drink answer on a label with no drink measure" % lab)
            continue
        key = (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"])
        group = groups[key]
        fmts = product_formats[key[:4]]
        fmt = d["format_cl"]
        wine = d["category"] in ("vin", "champagne")
        # the format the label's measure refers to
        if meas == "H":
            want = 37.5
        elif meas == "M":
            want = 150
        elif meas.startswith("S"):
            want = int(meas[1:])
        elif meas in ("DE", "PI"):
            want = fmt if (fmt >= 2000 and d["category"] == "bière") else "a keg"
        elif meas in ("B", "G", "G15", "P25", "P50", "CP") and (wine or fmt == 75):
            want = 75
        elif meas in ("B", "D", "D2") and not wine:
            ordinary = [f for f in fmts if f < 2000 and f not in (37.5, 150)]
            want = ordinary[0] if len(ordinary) == 1 else "the only bottle"
        else:
            want = "nothing (%s on a %s)" % (meas, d["category"])
        if want != fmt:
            errs.append("%r: measure %s refers to %s, entry %s is %s cl" % (lab, meas, want, d["id"], fmt))
        units = 1 if meas in ("B", "H", "M") or meas.startswith("S") else round(POUR[meas] / fmt, 4)
        if c["units_per_sale"] != units:
            errs.append("%r: units %r, the measure gives %r" % (lab, c["units_per_sale"], units))
        others = sorted(x["id"] for x in group if x["id"] != d["id"])
        vints = [x["vintage"] for x in group]
        if exp == "yes":
            if vint is not None:
                if d["vintage"] != vint:
                    errs.append("%r: yes for vintage %r but label says %r" % (lab, d["vintage"], vint))
                if c["also_ok"]:
                    errs.append("%r: yes with a vintage must have no also_ok" % lab)
            else:
                if d["vintage"] is not None and d["vintage"] != max(vints):
                    errs.append("%r: no vintage on the label, not the most recent" % lab)
                if sorted(c["also_ok"]) != others:
                    errs.append("%r: also_ok %s, expected %s" % (lab, c["also_ok"], others))
        else:
            if vint is None or vint in vints or d["vintage"] is None:
                errs.append("%r: almost but the label's vintage %r is held or absent" % (lab, vint))
            else:
                best = sorted(group, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))[0]
                if best["id"] != d["id"]:
                    errs.append("%r: almost should point to %s (nearest)" % (lab, best["id"]))
                if sorted(c["also_ok"]) != others:
                    errs.append("%r: also_ok %s, expected %s" % (lab, c["also_ok"], others))
    n = len(cases) or 1
    tot = {e: sum(v for (cn, ex), v in counts.items() if ex == e) for e in ("yes", "almost", "none")}
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        share = 100.0 * tot[e] / n
        if not lo <= share <= hi:
            errs.append("%s share %.1f %% outside %d-%d %%" % (e, share, lo, hi))
    for conn in CONNECTIONS:
        for e in ("yes", "almost", "none"):
            if counts.get((conn, e), 0) < 5:
                errs.append("till %s has only %d %s" % (conn, counts.get((conn, e), 0), e))
    return errs, counts

# ------------------------------------------------------------ self-test
def selftest(lib_lines, case_lines):
    cases = [json.loads(l, object_pairs_hook=OrderedDict) for l in case_lines]
    lib = [json.loads(l, object_pairs_hook=OrderedDict) for l in lib_lines]
    def dump(objs):
        return [json.dumps(o, ensure_ascii=False) for o in objs]

    def first(pred):
        for i, c in enumerate(cases):
            if pred(c):
                return i
        raise SystemExit("selftest: no case to break")

    def with_case(i, **kw):
        cc = [OrderedDict(c) for c in cases]
        cc[i].update(kw)
        return lib_lines, dump(cc)

    breaks = []
    breaks.append(("broken JSON", lambda: (lib_lines, [*case_lines[:5], case_lines[5][:-3], *case_lines[6:]])))
    def field_order():
        ll = [OrderedDict(d) for d in lib]
        d = ll[3]
        ll[3] = OrderedDict([("name", d["name"]), ("id", d["id"])] + [(k, d[k]) for k in LIB_FIELDS[2:]])
        return dump(ll), case_lines
    breaks.append(("library field order", field_order))
    def id_gap():
        ll = [OrderedDict(d) for d in lib]
        ll[10]["id"] = "SFL099"
        return dump(ll), case_lines
    breaks.append(("id out of sequence", id_gap))
    def colour_spirit():
        ll = [OrderedDict(d) for d in lib]
        i = next(k for k, d in enumerate(ll) if d["category"] == "spiritueux")
        ll[i]["colour"] = "blanc"
        return dump(ll), case_lines
    breaks.append(("colour on a spirit", colour_spirit))
    i = first(lambda c: c["vintage"] is not None and c["expect"] == "yes")
    breaks.append(("vintage field not the label's", lambda: with_case(i, vintage=cases[i]["vintage"] - 1)))
    i2 = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    breaks.append(("also_ok dropped", lambda: with_case(i2, also_ok=[])))
    i3 = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    breaks.append(("almost not the nearest", lambda: with_case(i3, beverage_id=cases[i3]["also_ok"][0],
                                                                also_ok=[cases[i3]["beverage_id"]])))
    i4 = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] != 1)
    breaks.append(("wrong units", lambda: with_case(i4, units_per_sale=1)))
    i5 = first(lambda c: c["connection"] == "comptoir" and len(c["label"]) == 20)
    breaks.append(("comptoir over 20 columns", lambda: with_case(i5, label=cases[i5]["label"] + "X")))
    i6 = first(lambda c: c["connection"] == "serveur" and c["expect"] == "yes")
    breaks.append(("serveur label in capitals", lambda: with_case(i6, label=cases[i6]["label"].upper())))
    i7 = first(lambda c: c["connection"] == "z" and " BT " in c["label"])
    breaks.append(("z unknown unit", lambda: with_case(i7, label=cases[i7]["label"].replace(" BT ", " BX "))))
    i8 = first(lambda c: c["expect"] == "none")
    breaks.append(("none with a drink", lambda: with_case(i8, beverage_id="SFL001")))
    breaks.append(("duplicate label", lambda: with_case(1, label=cases[0]["label"])))
    i9 = first(lambda c: c["expect"] == "yes" and c["label"].startswith("VI.1/2"))
    def half_on_bottle():
        d = by_id_lib[cases[i9]["beverage_id"]]
        full = [x for x in lib if x["name"] == d["name"] and x["producer"] == d["producer"] and x["format_cl"] == 75]
        return with_case(i9, beverage_id=full[-1]["id"])
    by_id_lib = {d["id"]: d for d in lib}
    breaks.append(("half-bottle label on the 75 cl entry", half_on_bottle))
    def counts_out():
        keep = [c for c in cases if c["expect"] != "none"][:200] + [c for c in cases if c["expect"] == "none"][:80]
        return lib_lines, dump(keep)
    breaks.append(("answer shares out of range", counts_out))
    i10 = first(lambda c: c["connection"] == "comptoir" and c["label"].startswith("BI.33CL") and c["expect"] == "yes")
    breaks.append(("draught measure on a bottle entry",
                   lambda: with_case(i10, label=cases[i10]["label"].replace("33CL", "DEMI"),
                                     units_per_sale=round(25 / 33, 4))))
    i11 = first(lambda c: c["connection"] == "z" and c["expect"] == "yes")
    breaks.append(("z amount not quantity x price",
                   lambda: with_case(i11, label=cases[i11]["label"][:-1] + ("1" if cases[i11]["label"][-1] != "1" else "3"))))
    breaks.append(("unknown connection", lambda: with_case(0, connection="bar")))
    i12 = first(lambda c: c["expect"] == "almost")
    breaks.append(("almost turned into yes", lambda: with_case(i12, expect="yes")))

    ok = True
    errs, _ = check(lib_lines, case_lines)
    print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
    ok &= not errs
    for name, make in breaks:
        l2, c2 = make()
        errs, _ = check(l2, c2)
        caught = bool(errs)
        ok &= caught
        print("%-40s %s  %s" % (name, "caught" if caught else "MISSED", errs[0][:90] if errs else ""))
    print("selftest: %d kinds of break, %s" % (len(breaks), "all caught" if ok else "FAILED"))
    return ok

def main():
    lib_lines = open(os.path.join(HERE, "saintflour_library.jsonl"), encoding="utf-8").read().splitlines()
    case_lines = open(os.path.join(HERE, "saintflour_cases.jsonl"), encoding="utf-8").read().splitlines()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_lines, case_lines) else 1)
    errs, counts = check(lib_lines, case_lines)
    for conn in CONNECTIONS:
        print("%-9s %s" % (conn, "  ".join("%s %d" % (e, counts.get((conn, e), 0)) for e in ("yes", "almost", "none"))))
    for e in errs:
        print("ERROR", e)
    print("%d drinks, %d cases: %s" % (len(lib_lines), len(case_lines), "OK" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
