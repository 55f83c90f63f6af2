"""Check limoges_library.jsonl and limoges_cases.jsonl on their own (stdlib only).

python3 check_limoges.py            check the two files beside this script
python3 check_limoges.py --selftest break copies on purpose and show each break is reported
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
R_DIGIT = {"1": "RG", "2": "BL", "3": "RS", "4": "BU", "5": "LQ", "6": "BI", "7": "SO", "8": "AP", "9": "DI", "0": "CU"}
B_PREF = {"RGE": "RG", "BLC": "BL", "ROS": "RS", "BUL": "BU", "LIQ": "LQ", "BIE": "BI", "SOF": "SO", "APE": "AP", "DIG": "DI", "CUI": "CU"}
# measure token -> (kind, volume)
R_TOK = {"VRE": ("pour", 12.5), "VRE12CL": ("pour", 12), "VRE15CL": ("pour", 15), "PICH25": ("pour", 25),
         "PICH50": ("pour", 50), "PICH1L": ("pour", 100), "DOSE": ("pour", 4), "DOSE2CL": ("pour", 2),
         "DOSE6CL": ("pour", 6), "COUPE": ("pour", 12.5), "DEMI": ("draught", 25), "PINTE": ("draught", 50),
         "1/2": ("bottle", 37.5), "MAG": ("bottle", 150)}
B_TOK = {k.replace("VRE", "VERRE").replace("PICH", "PICHET").replace("VERRE12CL", "VERRE12").replace("VERRE15CL", "VERRE15"): v
             for k, v in R_TOK.items() if k not in ("1/2",)}
B_TOK.update({"1/2BTL": ("bottle", 37.5), "BTL": ("bottle", None)})
T_TOK = {"btl": ("bottle", None), "1/2 btl": ("bottle", 37.5), "magnum": ("bottle", 150), "verre": ("pour", 12.5),
         "verre 12cl": ("pour", 12), "verre 15cl": ("pour", 15), "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50),
         "pichet 1l": ("pour", 100), "dose": ("pour", 4), "dose 2cl": ("pour", 2), "dose 6cl": ("pour", 6),
         "coupe": ("pour", 12.5), "demi": ("draught", 25), "pinte": ("draught", 50)}
VOL_TOK = {"20CL": 20, "25CL": 25, "33CL": 33, "50CL": 50, "70CL": 70, "1L": 100}
T_OTHER = {"plat", "dessert", "menu", "tasse", "service", "unité"}


def family(e):
    if e["category"] == "champagne" or e["colour"] == "effervescent":
        return {"BU"}
    if e["category"] == "vin":
        return {{"rouge": "RG", "blanc": "BL", "rosé": "RS", "liquoreux": "LQ"}.get(e["colour"])}
    return {"bière": {"BI"}, "soft": {"SO"}, "autre": {"AP"}, "spiritueux": {"AP", "DI"}}.get(e["category"], set())


def yy(t):
    y = int(t)
    return 2000 + y if y <= 30 else 1900 + y


def read(c):
    """(family, measure (kind, vol), vintage) read from the label, by the till's form; raises on a bad form."""
    lab, conn = c["label"], c["connection"]
    if conn == "R":
        m = re.fullmatch(r"([0-9])[0-9]{3} ([A-Z0-9 ./']{1,16})", lab)
        if not m or m.group(2) != m.group(2).strip():
            raise ValueError("R form")
        toks = m.group(2).split()
        meas = R_TOK.get(toks[0], ("bottle", None))
        for t in toks[1:]:
            if t in VOL_TOK:
                meas = ("bottle", VOL_TOK[t])
        v = yy(toks[-1]) if len(toks) > 1 and re.fullmatch(r"[0-9]{2}", toks[-1]) else None
        return R_DIGIT[m.group(1)], meas, v
    if conn == "B":
        m = re.fullmatch(r"([A-Z]{3})-([A-Z0-9./']+)", lab)
        if not m or len(lab) > 24 or m.group(1) not in B_PREF:
            raise ValueError("B form")
        segs = m.group(2).split(".")
        meas = B_TOK.get(segs[0]) or (("bottle", VOL_TOK[segs[0]]) if segs[0] in VOL_TOK else ("bottle", None))
        v = yy(segs[-1]) if len(segs) > 1 and re.fullmatch(r"[0-9]{2}", segs[-1]) else None
        return B_PREF[m.group(1)], meas, v
    if conn == "T":
        m = re.fullmatch(r"(.+) \(([^()]+)\) ([0-9]{1,3},[0-9]{2}) €", lab)
        if not m or m.group(1) == m.group(1).upper() or m.group(1) == m.group(1).lower():
            raise ValueError("T form")
        var = m.group(2)
        if var in T_TOK:
            meas = T_TOK[var]
        elif var in ("20cl", "25cl", "33cl", "50cl", "70cl", "1l"):
            meas = ("bottle", VOL_TOK[var.upper()])
        elif var in T_OTHER:
            meas = None
        else:
            raise ValueError("T variant")
        v = None
        for t in m.group(1).split():
            if re.fullmatch(r"(19[5-9][0-9]|20[0-2][0-9])", t):
                v = int(t)
                break
            if re.fullmatch(r"'[0-9]{2}", t):
                v = yy(t[1:])
                break
        return None, meas, v
    raise ValueError("connection")


def same_wine(a, b):
    return all(a[k] == b[k] for k in ("name", "producer", "appellation", "colour", "format_cl"))


def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: bad JSON" % (i + 1))
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: fields/order" % (i + 1))
        if e.get("id") != "lm%03d" % (i + 1):
            errs.append("library line %d: id %s out of sequence" % (i + 1, e.get("id")))
        if e.get("colour") not in COLOURS or e.get("category") not in CATS:
            errs.append("library %s: colour/category" % e.get("id"))
        if e.get("category") in ("vin", "champagne") and e.get("colour") is None:
            errs.append("library %s: wine without colour" % e.get("id"))
        if not isinstance(e.get("format_cl"), (int, float)) or (e.get("vintage") is not None and not isinstance(e.get("vintage"), int)):
            errs.append("library %s: format/vintage type" % e.get("id"))
        lib.append(e)
    ids = {e.get("id"): e for e in lib}
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))
    cases, labels = [], set()
    counts = {}
    for i, line in enumerate(case_lines):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: bad JSON" % (i + 1))
            continue
        where = "case %d %r" % (i + 1, c.get("label"))
        if list(c) != CASE_FIELDS:
            errs.append(where + ": fields/order")
            continue
        if c["label"] in labels:
            errs.append(where + ": duplicate label")
        labels.add(c["label"])
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
        try:
            fam, meas, v = read(c)
        except (ValueError, KeyError) as x:
            errs.append(where + ": till form (%s)" % x)
            continue
        if c["vintage"] != v:
            errs.append(where + ": vintage %s, label reads %s" % (c["vintage"], v))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(where + ": none with an id, also_ok or units")
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append(where + ": expect")
            continue
        e = ids.get(c["beverage_id"])
        if e is None:
            errs.append(where + ": unknown beverage_id")
            continue
        if meas is None:
            errs.append(where + ": a drink sold as a non-drink variant")
            continue
        if fam is not None and fam not in family(e):
            errs.append(where + ": family %s against %s/%s" % (fam, e["colour"], e["category"]))
        group = [x for x in lib if same_wine(x, e)]
        others = sorted(x["id"] for x in group if x is not e)
        kind, vol = meas
        wine = e["category"] in ("vin", "champagne")
        fmt = e["format_cl"]
        if kind == "bottle":
            want = vol if vol is not None else (75 if wine else fmt)
            if fmt != want:
                errs.append(where + ": format %s, label says %s" % (fmt, want))
            u = 1
        elif kind == "pour":
            sizes = {x["format_cl"] for x in lib if all(x[k] == e[k] for k in ("name", "producer", "appellation", "colour"))}
            if fmt >= 1000 or (75 in sizes and fmt != 75) or (75 not in sizes and len(sizes) > 1):
                errs.append(where + ": a pour not from the ordinary bottle")
            u = round(vol / fmt, 4)
        else:
            if fmt < 1000:
                errs.append(where + ": demi/pinte not from a keg")
            u = round(vol / fmt, 4)
        if c["units_per_sale"] != u:
            errs.append(where + ": units %s, measure gives %s" % (c["units_per_sale"], u))
        if sorted(c["also_ok"]) != (others if (v is None or c["expect"] == "almost") else []):
            errs.append(where + ": also_ok")
        vints = [x["vintage"] for x in group]
        if c["expect"] == "yes":
            if v is not None and e["vintage"] is not None and e["vintage"] != v:
                errs.append(where + ": yes on another vintage")
            if v is None and e["vintage"] is not None and e["vintage"] != max(vints):
                errs.append(where + ": yes without vintage not on the most recent")
            if v is not None and e["vintage"] is None and len(group) > 1:
                errs.append(where + ": yes")
        else:
            if v is None or v in vints or e["vintage"] is None:
                errs.append(where + ": almost without a missing vintage")
            else:
                best = min(vints, key=lambda y: (abs(y - v), -y))
                if e["vintage"] != best:
                    errs.append(where + ": almost not on the nearest vintage (%s)" % best)
        cases.append(c)
    n = len(case_lines)
    if not 280 <= n <= 300:
        errs.append("cases: %d, not 280-300" % n)
    tot = {a: sum(counts.get((k, a), 0) for k in "RBT") for a in ("yes", "almost", "none")}
    for a, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if n and not lo <= 100.0 * tot[a] / n <= hi:
            errs.append("cases: %s %.1f %% not in %d-%d %%" % (a, 100.0 * tot[a] / n, lo, hi))
    for k in "RBT":
        for a in ("yes", "almost", "none"):
            if not counts.get((k, a)):
                errs.append("till %s has no %s" % (k, a))
    return errs, counts, len(lib), n


def load():
    with open(os.path.join(HERE, "limoges_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "limoges_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _, _, _ = check(lib, cases)
    assert not errs, errs
    print("clean files: pass")
    C = [json.loads(x) for x in cases]
    L = [json.loads(x) for x in lib]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def mod_case(pred, fn):
        cc = copy.deepcopy(C)
        i = first(pred)
        fn(cc[i])
        return lib, [json.dumps(c, ensure_ascii=False) for c in cc]

    def mod_lib(fn):
        ll = copy.deepcopy(L)
        fn(ll)
        return [json.dumps(e, ensure_ascii=False) for e in ll], cases

    def alm(c):
        return c["expect"] == "almost" and c["also_ok"]
    breaks = {
        "bad JSON": (lib, [*cases[:5], "{not json", *cases[6:]]),
        "field order": mod_case(lambda c: True, lambda c: c.update({"note": c.pop("note")}) or c.update({"connection": c.pop("connection")}) or c.update({"label": c.pop("label")})),
        "id out of sequence": mod_lib(lambda ll: ll[3].update(id="lm099")),
        "bad colour": mod_lib(lambda ll: ll[0].update(colour="red")),
        "duplicate label": (lib, [*cases[:10], cases[0], *cases[11:]]),
        "almost on the farther vintage": mod_case(alm, lambda c: (lambda o: c.update(beverage_id=o, also_ok=[]))(c["also_ok"][0])),
        "also_ok emptied": mod_case(lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[])),
        "label vintage changed": mod_case(lambda c: c["vintage"], lambda c: c.update(vintage=c["vintage"] + 1)),
        "units of a pichet": mod_case(lambda c: "PICH50" in c["label"], lambda c: c.update(units_per_sale=0.5)),
        "demi units": mod_case(lambda c: c["label"].startswith("BIE-DEMI"), lambda c: c.update(units_per_sale=0.25)),
        "magnum on the 75 cl": mod_case(lambda c: c["label"].startswith("1") and " MAG " in c["label"] and c["expect"] == "yes",
                                       lambda c: c.update(beverage_id="lm%03d" % (int(c["beverage_id"][2:]) - 1))),
        "R in lower case": mod_case(lambda c: c["connection"] == "R", lambda c: c.update(label=c["label"].lower())),
        "R wider than 16": mod_case(lambda c: c["connection"] == "R" and c["expect"] == "none", lambda c: c.update(label=c["label"] + " XXXXXXXXXXXXXXX")),
        "B family against colour": mod_case(lambda c: c["label"].startswith("RGE-") and c["expect"] == "yes", lambda c: c.update(label="BLC" + c["label"][3:])),
        "T without price": mod_case(lambda c: c["connection"] == "T", lambda c: c.update(label=c["label"].rsplit(" ", 2)[0])),
        "none with an id": mod_case(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="lm001")),
        "too few cases": (lib, cases[:200]),
        "yes on an old vintage without a label vintage": mod_case(lambda c: c["expect"] == "yes" and c["also_ok"] and c["vintage"] is None,
                                                               lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]])),
    }
    bad = 0
    for name, (l2, c2) in breaks.items():
        e, _, _, _ = check(l2, c2)
        print("%-48s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        bad += not e
    e, _, _, _ = check(*load())
    print("clean files again:", "pass" if not e else "FAIL")
    return 1 if bad or e else 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    errs, counts, nl, nc = check(*load())
    for x in errs:
        print(x)
    print("%d drinks, %d cases" % (nl, nc))
    for k in "RBT":
        print(k, {a: counts.get((k, a), 0) for a in ("yes", "almost", "none")})
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
