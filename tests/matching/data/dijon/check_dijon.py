"""Check dijon_library.jsonl and dijon_cases.jsonl on their own (no other file is read).

python3 check_dijon.py            check the two files beside this script
python3 check_dijon.py --selftest break copies on purpose and show each break is reported
"""
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("SALLE", "BAR", "TERRASSE")

SALLE_FAM = {"RGE", "BLC", "ROSE", "BULL", "APE", "DIG", "PRES", "BIER", "SOFT", "CUIS", "DIV"}
BAR_FAM = {"VINS ROUGES": "RGE", "VINS BLANCS": "BLC", "VINS ROSÉS": "ROSE", "BULLES": "BULL",
           "APÉRITIFS": "APE", "DIGESTIFS": "DIG", "PRESSION": "PRES",
           "BIÈRES BOUTEILLE": "BIER", "SOFTS & EAUX": "SOFT", "CUISINE": "CUIS",
           "DIVERS": "DIV"}
WINE_FAMS = {"RGE", "BLC", "ROSE", "BULL"}


def fam_fits(fam, e):
    c, cat, f = e["colour"], e["category"], e["format_cl"]
    return {
        "RGE": c == "rouge" and cat == "vin",
        "BLC": c == "blanc" and cat == "vin",
        "ROSE": c == "rosé" and cat == "vin" and "Crémant" not in e["name"],
        "BULL": c in ("effervescent", "rosé") and cat in ("vin", "champagne")
        and ("Crémant" in e["name"] or cat == "champagne"),
        "APE": cat in ("spiritueux", "autre"), "DIG": cat == "spiritueux",
        "PRES": cat == "bière" and f >= 2000, "BIER": cat == "bière" and f < 2000,
        "SOFT": cat == "soft", "CUIS": False, "DIV": False}[fam]


# measure: ("bottle", fmt or None) or ("pour", kind, cl)
def meas_salle(first):
    m = {"VRE": ("pour", "glass", 12.5), "CP": ("pour", "glass", 12.5),
         "VRE14": ("pour", "glass", 14), "PICH50": ("pour", "glass", 50),
         "DOSE": ("pour", "dose", 4), "DEMI": ("pour", "beer", 25),
         "PINTE": ("pour", "beer", 50), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
         "1L": ("bottle", 100)}
    if first in m:
        return m[first]
    mm = re.fullmatch(r"(\d+(?:[.,]5)?)CL", first)
    if mm:
        return ("bottle", float(mm.group(1).replace(",", ".")))
    return ("bottle", None)


def parse(case):
    """Returns (family or None, measure, vintage, errors) read from the label alone."""
    lab, conn, errs = case["label"], case["connection"], []
    if conn == "SALLE":
        if len(lab) > 20:
            errs.append("SALLE label longer than 20")
        m = re.fullmatch(r"([A-Z]+)-([A-Z0-9./]+)", lab)
        if not m or m.group(1) not in SALLE_FAM:
            return None, None, None, [*errs, "SALLE form: FAM-WORD.WORD, capitals, dots"]
        fam, toks = m.group(1), m.group(2).split(".")
        if any(t == "" for t in toks):
            errs.append("SALLE: empty token")
        vint = None
        if fam in WINE_FAMS and re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
        return fam, meas_salle(toks[0]), vint, errs
    if conn == "BAR":
        m = re.fullmatch(r"([A-ZÉÈ &]+) > (.+)", lab)
        if not m or m.group(1) not in BAR_FAM:
            return None, None, None, ["BAR form: FAMILY > Product"]
        fam, prod = BAR_FAM[m.group(1)], m.group(2)
        if not re.search(r"[a-zé]", prod) and not re.fullmatch(r"[0-9 ]+\w*", prod.split()[0]):
            errs.append("BAR: product not in mixed case")
        meas = ("bottle", None)
        for suf, mv in (("Verre 14cl", ("pour", "glass", 14)), ("Verre", ("pour", "glass", 12.5)),
                        ("Coupe", ("pour", "glass", 12.5)), ("Pichet 50", ("pour", "glass", 50)),
                        ("Dose", ("pour", "dose", 4)), ("Demi", ("pour", "beer", 25)),
                        ("Pinte", ("pour", "beer", 50)), ("37,5cl", ("bottle", 37.5)),
                        ("Magnum", ("bottle", 150)), ("1L", ("bottle", 100))):
            if prod.endswith(" " + suf):
                meas = mv
                break
        else:
            mm = re.search(r" (\d+)cl$", prod)
            if mm:
                meas = ("bottle", float(mm.group(1)))
        vm = re.findall(r" '(\d\d)(?= |$)", prod)
        if len(vm) > 1:
            errs.append("BAR: two vintages")
        return fam, meas, (2000 + int(vm[0]) if vm else None), errs
    if conn == "TERRASSE":
        m = re.fullmatch(r"(.{1,24})  (\d{1,3}),(00|50)", lab)
        if not m:
            return None, None, None, ["TERRASSE form: NAME (<= 24)  PRICE with a decimal comma"]
        body = m.group(1)
        if body != body.upper() or re.search(r"[^A-Z0-9 /]", body):
            errs.append("TERRASSE: capitals without accents only")
        toks = body.split()
        first = " ".join(toks[:2])
        if first in ("VERRE 14CL",):
            meas = ("pour", "glass", 14)
        elif first == "PICHET 50":
            meas = ("pour", "glass", 50)
        else:
            meas = {"VRE": ("pour", "glass", 12.5), "COUPE": ("pour", "glass", 12.5),
                    "DOSE": ("pour", "dose", 4), "PINTE": ("pour", "beer", 50),
                    "MAG": ("bottle", 150), "BTL": ("bottle", None),
                    "1L": ("bottle", 100)}.get(toks[0])
            if toks[0] == "DEMI":
                meas = "DEMI"   # beer 25 cl or wine half bottle: decided by the entry
            if meas is None:
                mm = re.fullmatch(r"(\d+)CL", toks[0])
                meas = ("bottle", float(mm.group(1))) if mm else ("bottle", None)
        vs = [int(t) for t in toks if re.fullmatch(r"(19|20)\d\d", t)]
        if len(vs) > 1:
            errs.append("TERRASSE: two vintages")
        return None, meas, (vs[0] if vs else None), errs
    return None, None, None, [f"unknown connection {conn!r}"]


def check(lib_path, cases_path):
    errs = []

    def err(where, msg):
        errs.append(f"{where}: {msg}")

    lib, cases = [], []
    for path, out, fields in ((lib_path, lib, LIB_FIELDS), (cases_path, cases, CASE_FIELDS)):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    obj = json.loads(line)
                except ValueError as ex:
                    err(f"{os.path.basename(path)}:{n}", f"invalid JSON ({ex})")
                    continue
                if list(obj) != fields:
                    err(f"{os.path.basename(path)}:{n}", f"fields/order {list(obj)}")
                    continue
                out.append(obj)
    byid = {}
    for i, e in enumerate(lib, 1):
        w = e.get("id")
        if w != f"dj{i:03d}":
            err(w, f"id out of sequence (expected dj{i:03d})")
        byid[w] = e
        if e["colour"] not in COLOURS:
            err(w, f"colour {e['colour']!r}")
        if e["category"] not in CATEGORIES:
            err(w, f"category {e['category']!r}")
        if e["category"] in ("spiritueux", "bière", "soft", "autre") and e["colour"] is not None:
            err(w, "colour must be null for spirits, beers, softs, other")
        if e["category"] in ("vin", "champagne") and e["colour"] is None:
            err(w, "a wine needs a colour")
        if not (e["vintage"] is None or (isinstance(e["vintage"], int) and 1950 <= e["vintage"] <= 2025)):
            err(w, f"vintage {e['vintage']!r}")
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            err(w, f"format {e['format_cl']!r}")
        if e["category"] == "bière" and e["format_cl"] >= 2000 and e["format_cl"] not in (2000, 3000):
            err(w, "a keg is 2,000 or 3,000 cl")
        if not e["name"] or not e["producer"] or e["country"] is None:
            err(w, "name, producer and country are required")
    if not 110 <= len(lib) <= 130:
        err("library", f"{len(lib)} drinks, expected 110-130")

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    same = {}
    for e in lib:
        same.setdefault((*wine(e), e["format_cl"]), []).append(e)
    for k, grp in same.items():
        vs = [e["vintage"] for e in grp]
        if len(set(vs)) != len(vs):
            err(grp[0]["id"], "two entries of one wine, format and vintage")
        if None in vs and len(vs) > 1:
            err(grp[0]["id"], "a non-vintage wine with several entries")
    formats = {}
    for e in lib:
        formats.setdefault(wine(e), set()).add(e["format_cl"])

    seen, counts = set(), {}
    for c in cases:
        lab = c["label"]
        if lab in seen:
            err(lab, "duplicate label")
        seen.add(lab)
        if c["connection"] not in TILLS:
            err(lab, f"connection {c['connection']!r}")
            continue
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
        fam, meas, vint, perr = parse(c)
        for p in perr:
            err(lab, p)
        if meas is None:
            continue
        if c["vintage"] != vint:
            err(lab, f"vintage field {c['vintage']} but the label reads {vint}")
        if not isinstance(c["note"], str) or not c["note"]:
            err(lab, "note missing")
        ex, bid, also, units = c["expect"], c["beverage_id"], c["also_ok"], c["units_per_sale"]
        if ex not in ("yes", "almost", "none"):
            err(lab, f"expect {ex!r}")
            continue
        if not isinstance(also, list):
            err(lab, "also_ok must be a list")
            continue
        if ex == "none":
            if bid is not None or also != [] or units is not None:
                err(lab, "a none has beverage_id null, also_ok [] and units null")
            continue
        e = byid.get(bid)
        if e is None:
            err(lab, f"beverage_id {bid!r} not in the library")
            continue
        if fam is not None and not fam_fits(fam, e):
            err(lab, f"family {fam} does not fit {bid} ({e['colour']}, {e['category']})")
        wineish = e["category"] in ("vin", "champagne")
        fmts = formats[wine(e)]
        if meas == "DEMI":
            meas = ("bottle", 37.5) if wineish else ("pour", "beer", 25)
        if meas[0] == "bottle":
            want = meas[1] if meas[1] is not None else (75 if wineish else (min(fmts) if len(fmts) == 1 else None))
            if want is None:
                err(lab, "no volume on a drink held in several formats")
            elif e["format_cl"] != want:
                err(lab, f"format {e['format_cl']} but the label means {want}")
            if units != 1:
                err(lab, f"units {units}, a bottle is 1")
        else:
            kind, vol = meas[1], meas[2]
            if kind == "glass":
                want = 75 if 75 in fmts else (min(fmts) if len(fmts) == 1 else None)
                if not wineish and e["category"] != "autre":
                    err(lab, "a glass of a non-wine")
            elif kind == "beer":
                want = e["format_cl"] if e["category"] == "bière" and e["format_cl"] >= 2000 else None
            else:
                want = e["format_cl"] if len(fmts) == 1 and e["category"] in ("spiritueux", "autre") else None
            if want is None or e["format_cl"] != want:
                err(lab, f"a {kind} of {vol} cl cannot be {bid} ({e['format_cl']} cl)")
            elif units != round(vol / want, 4):
                err(lab, f"units {units}, expected {round(vol / want, 4)}")
        if isinstance(units, float) and round(units, 4) != units:
            err(lab, "units not to 4 decimals")
        grp = same[(*wine(e), e["format_cl"])]
        others = sorted(x["id"] for x in grp if x["id"] != bid)
        if len(set(also)) != len(also) or bid in also:
            err(lab, "also_ok repeats an id or the answer")
        vints = sorted(x["vintage"] for x in grp if x["vintage"] is not None)
        if ex == "yes":
            if vint is not None and vints:
                if e["vintage"] != vint:
                    err(lab, f"yes for {vint} but {bid} is {e['vintage']}")
                if also:
                    err(lab, "a yes with a vintage has an empty also_ok")
            else:
                if vints and e["vintage"] != vints[-1]:
                    err(lab, "without a vintage the answer is the most recent")
                if sorted(also) != others:
                    err(lab, f"also_ok {also}, expected {others}")
        else:
            if vint is None or not vints:
                err(lab, "an almost needs a vintage on the label and a vintage wine")
                continue
            if vint in vints:
                err(lab, f"almost but {vint} is held")
            best = min(vints, key=lambda v: (abs(v - vint), -v))
            if e["vintage"] != best:
                err(lab, f"almost should point at {best}, not {e['vintage']}")
            if sorted(also) != others:
                err(lab, f"also_ok {also}, expected {others}")

    n = len(cases)
    if not 280 <= n <= 300:
        err("cases", f"{n} cases, expected 280-300")
    if n:
        for ex, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            t = sum(v for (cn, x), v in counts.items() if x == ex)
            if not lo <= 100 * t / n <= hi:
                err("cases", f"{ex} {100 * t / n:.1f} %, expected {lo}-{hi} %")
        for conn in TILLS:
            for ex in ("yes", "almost", "none"):
                if not counts.get((conn, ex)):
                    err("cases", f"till {conn} has no {ex}")
    return errs, counts, len(lib), n


def report(errs, counts, nlib, n):
    for e in errs:
        print("ERROR", e)
    print(f"library {nlib} drinks, {n} cases")
    for ex in ("yes", "almost", "none"):
        t = sum(v for (cn, x), v in counts.items() if x == ex)
        print(f"  {ex:7s} {t:4d} ({100 * t / max(n, 1):.1f} %)  " +
              "  ".join(f"{conn} {counts.get((conn, ex), 0)}" for conn in TILLS))
    print("OK" if not errs else f"{len(errs)} error(s)")


def selftest():
    lib_p, cases_p = os.path.join(HERE, "dijon_library.jsonl"), os.path.join(HERE, "dijon_cases.jsonl")
    lib_lines = open(lib_p, encoding="utf-8").read().splitlines()
    case_lines = open(cases_p, encoding="utf-8").read().splitlines()
    errs, *_ = check(lib_p, cases_p)
    ok = True
    print(f"clean files: {'pass' if not errs else 'FAIL ' + str(errs[:3])}")
    ok &= not errs
    cs = [json.loads(x) for x in case_lines]
    [json.loads(x) for x in lib_lines]

    def first(pred):
        return next(i for i, c in enumerate(cs) if pred(c))

    def edit_case(pred, fn):
        def go(L, C):
            i = first(pred)
            c = json.loads(C[i])
            fn(c)
            C[i] = json.dumps(c, ensure_ascii=False)
        return go

    def reorder(L, C):
        c = json.loads(C[0])
        C[0] = json.dumps({k: c[k] for k in reversed(list(c))}, ensure_ascii=False)

    def bad_id(L, C):
        e = json.loads(L[5])
        e["id"] = "dj999"
        L[5] = json.dumps(e, ensure_ascii=False)

    def bad_colour(L, C):
        e = json.loads(L[0])
        e["colour"] = "red"
        L[0] = json.dumps(e, ensure_ascii=False)

    def drop_almost(L, C):
        C[:] = [x for x in C if not (json.loads(x)["connection"] == "BAR" and json.loads(x)["expect"] == "almost")]

    def swap_bid(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"], *c["also_ok"][1:]]

    def wrong_fam(c):
        c["label"] = c["label"].replace("VINS ROUGES >", "VINS BLANCS >")

    def half_to_bottle(c):
        c["beverage_id"] = "dj022"

    breaks = [
        ("invalid JSON", lambda L, C: C.__setitem__(3, C[3][:-2])),
        ("field order", reorder),
        ("library id out of sequence", bad_id),
        ("bad colour", bad_colour),
        ("vintage field differs from label", edit_case(lambda c: c["vintage"], lambda c: c.update(vintage=c["vintage"] - 1))),
        ("yes pointing at another vintage", edit_case(lambda c: c["expect"] == "yes" and c["vintage"] and c["beverage_id"] in ("dj022",), lambda c: c.update(beverage_id="dj021"))),
        ("almost not the nearest", edit_case(lambda c: c["expect"] == "almost" and c["also_ok"], swap_bid)),
        ("also_ok missing", edit_case(lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[]))),
        ("units wrong", edit_case(lambda c: c["units_per_sale"] not in (None, 1), lambda c: c.update(units_per_sale=0.2))),
        ("SALLE label too long", edit_case(lambda c: c["connection"] == "SALLE", lambda c: c.update(label=c["label"] + ".XXXXXXXXXXXXXXXXXX"))),
        ("TERRASSE price missing", edit_case(lambda c: c["connection"] == "TERRASSE", lambda c: c.update(label=c["label"].rsplit("  ", 1)[0]))),
        ("none with an answer", edit_case(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="dj001"))),
        ("duplicate label", lambda L, C: C.__setitem__(1, json.dumps(dict(json.loads(C[1]), label=json.loads(C[0])["label"]), ensure_ascii=False))),
        ("family against colour", edit_case(lambda c: c["label"].startswith("VINS ROUGES >") and c["expect"] != "none", wrong_fam)),
        ("half bottle label on the 75 cl entry", edit_case(lambda c: c["label"] == "RGE-1/2.GEVR.HUMBERT", half_to_bottle)),
        ("a till without almost", drop_almost),
        ("expect unknown", edit_case(lambda c: True, lambda c: c.update(expect="maybe"))),
    ]
    with tempfile.TemporaryDirectory() as d:
        for name, fn in breaks:
            L, C = list(lib_lines), list(case_lines)
            fn(L, C)
            lp, cp = os.path.join(d, "l.jsonl"), os.path.join(d, "c.jsonl")
            open(lp, "w", encoding="utf-8").write("\n".join(L) + "\n")
            open(cp, "w", encoding="utf-8").write("\n".join(C) + "\n")
            errs, *_ = check(lp, cp)
            print(f"{'caught' if errs else 'MISSED':7s} {name}: {errs[0] if errs else ''}")
            ok &= bool(errs)
    print("selftest OK" if ok else "selftest FAILED")
    return ok


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    r = check(os.path.join(HERE, "dijon_library.jsonl"), os.path.join(HERE, "dijon_cases.jsonl"))
    report(*r)
    sys.exit(1 if r[0] else 0)
