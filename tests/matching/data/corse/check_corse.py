"""Check corse_library.jsonl and corse_cases.jsonl alone (stdlib only).

    python3 tests/matching/data/corse/check_corse.py            # check the two files
    python3 tests/matching/data/corse/check_corse.py --selftest # break copies, expect reports

It does not import the build or its data: it reads the two files and re-derives, from each
label as printed, the vintage, the format or measure and the till's habits, then checks the
answer against the bench README's rules.
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = {"caisse", "tablette", "kiosque"}
KEGS = (2000, 3000)
SPECIAL = (37.5, 150, *KEGS)

# measure word -> (kind, cl); kind: format, pour, draught, halfwine
R_MEAS = {"MAG": ("format", 150), "1/2": ("format", 37.5), "DEMI": ("demi", 25),
          "25CL": ("format", 25), "33CL": ("format", 33), "50CL": ("format", 50),
          "75CL": ("format", 75), "1L": ("format", 100), "VRE": ("pour", 12.5),
          "VRE15": ("pour", 15), "CP": ("pour", 12.5), "PICH25": ("pour", 25),
          "PICH50": ("pour", 50), "DOSE": ("pour", 4), "2CL": ("pour", 2),
          "6CL": ("pour", 6), "PINTE": ("draught", 50)}
R_FAMILY = {"RGE": ("vin", "rouge"), "BLC": ("vin", "blanc"), "ROS": ("vin", "rosé"),
            "MUS": ("vin", "liquoreux"), "CHP": ("champagne", None),
            "APE": ("autre|spiritueux", None), "ALC": ("spiritueux", None),
            "BIE": ("bière", None), "EAU": ("soft", None), "SFT": ("soft", None),
            "CUI": (None, None), "DIV": (None, None)}
T_FIRST = [("verre 15cl", ("pour", 15)), ("verre", ("pour", 12.5)), ("coupe", ("pour", 12.5)),
           ("pichet 25", ("pour", 25)), ("pichet 50", ("pour", 50)), ("dose", ("pour", 4)),
           ("2cl", ("pour", 2)), ("6cl", ("pour", 6)), ("demi", ("draught", 25)),
           ("pinte", ("draught", 50))]
T_AFTER = {"magnum": ("format", 150), "1/2": ("format", 37.5), "25cl": ("format", 25),
           "33cl": ("format", 33), "50cl": ("format", 50), "75cl": ("format", 75),
           "1l": ("format", 100)}
K_MEAS = {"bouteille": ("bottle", None), "magnum": ("format", 150),
          "demi-bouteille": ("format", 37.5), "25cl": ("format", 25),
          "33cl": ("format", 33), "50cl": ("format", 50), "75cl": ("format", 75),
          "1L": ("format", 100), "verre": ("pour", 12.5), "verre 15cl": ("pour", 15),
          "coupe": ("pour", 12.5), "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50),
          "dose": ("pour", 4), "2cl": ("pour", 2), "6cl": ("pour", 6),
          "pression 25cl": ("draught", 25), "pression 50cl": ("draught", 50)}
T_PRICE = re.compile(r" \d{1,3},\d\d$")


def load(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            rows.append((n, json.loads(line)))
    return rows


def read_label(case, errors):
    """Return (vintage, measure (kind, cl) or None for a bottle, family or None)."""
    lab, till = case["label"], case["connection"]
    err = lambda m: errors.append("%r: %s" % (lab, m))  # noqa: E731
    fam, meas, vint = None, ("bottle", None), None
    if till == "caisse":
        if len(lab) > 20:
            err("register label longer than 20")
        if lab != lab.upper() or not lab.isascii() or "'" in lab:
            err("register label not upper-case ascii without apostrophes")
        fam, _, rest = lab.partition("/")
        if fam not in R_FAMILY or not rest:
            err("register label without a family code")
        toks = rest.split()
        if toks and toks[0] in R_MEAS:
            meas = R_MEAS[toks[0]]
            if meas[0] == "demi":
                meas = ("draught", 25) if fam == "BIE" else ("format", 37.5)
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
        if re.search(r"\b(19|20)\d\d\b|'\d\d", lab):
            err("register vintage not as two digits")
    elif till == "tablette":
        if lab != lab.lower():
            err("tablet label not lower case")
        if not T_PRICE.search(lab):
            err("tablet label without a price with a decimal comma")
        body = T_PRICE.sub("", lab)
        for word, m in T_FIRST:
            if body == word or body.startswith(word + " "):
                meas = m
                break
        for tok in body.split():
            if tok in T_AFTER:
                meas = T_AFTER[tok]
        vs = re.findall(r"'(\d\d)\b", body)
        if len(vs) > 1:
            err("two vintages")
        if vs:
            vint = 2000 + int(vs[0])
            if not body.endswith("'" + vs[0]):
                err("tablet vintage not last before the price")
        if re.search(r"\b(19|20)\d\d\b", body):
            err("tablet vintage not as 'yy")
        if " - " in lab:
            err("tablet label with a kiosk separator")
    elif till == "kiosque":
        if T_PRICE.search(lab) or "'" in re.sub(r"[a-zé]'[a-zA-ZÎî]", "", lab):
            err("kiosk label with a price or a 'yy")
        name, sep, word = lab.rpartition(" - ")
        if sep:
            if word not in K_MEAS:
                err("kiosk measure %r unknown" % word)
            else:
                meas = K_MEAS[word]
        else:
            name, meas = lab, None
        vs = re.findall(r"\b((?:19|20)\d\d)\b", name)
        if len(vs) > 1:
            err("two vintages")
        if vs:
            vint = int(vs[0])
            if not name.endswith(vs[0]):
                err("kiosk vintage not last before the measure")
    else:
        err("unknown connection %r" % till)
    return vint, meas, fam


def check(lib_rows, case_rows):
    errors = []
    lib = {}
    for n, (line, r) in enumerate(lib_rows, 1):
        if list(r) != LIB_FIELDS:
            errors.append("library line %d: fields %s" % (line, list(r)))
            continue
        if r["id"] != "m%03d" % n:
            errors.append("library line %d: id %s out of sequence" % (line, r["id"]))
        if r["colour"] not in COLOURS or r["category"] not in CATEGORIES:
            errors.append("%s: colour or category" % r["id"])
        wine = r["category"] in ("vin", "champagne")
        if wine != (r["colour"] is not None):
            errors.append("%s: colour must be set on wines only" % r["id"])
        if not (r["vintage"] is None or isinstance(r["vintage"], int)):
            errors.append("%s: vintage" % r["id"])
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            errors.append("%s: format_cl" % r["id"])
        lib[r["id"]] = r
    if not 110 <= len(lib) <= 150:
        errors.append("library has %d drinks" % len(lib))
    wine_of = {}
    for r in lib.values():
        k = (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])
        wine_of.setdefault(k, []).append(r)
    for k, rs in wine_of.items():
        vs = [r["vintage"] for r in rs]
        if len(set(vs)) != len(vs) or (None in vs and len(vs) > 1):
            errors.append("wine %s: vintages %s" % (k[0], vs))
    by_name = {}
    for r in lib.values():
        by_name.setdefault((r["name"], r["producer"], r["appellation"], r["colour"]),
                           set()).add(r["format_cl"])

    labels, counts = set(), {}
    for line, c in case_rows:
        if list(c) != CASE_FIELDS:
            errors.append("case line %d: fields %s" % (line, list(c)))
            continue
        lab = c["label"]
        if lab in labels:
            errors.append("%r: duplicate label" % lab)
        labels.add(lab)
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
        vint, meas, fam = read_label(c, errors)
        if c["vintage"] != vint:
            errors.append("%r: vintage %s, label reads %s" % (lab, c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errors.append("%r: none with an answer" % lab)
            continue
        if c["expect"] not in ("yes", "almost"):
            errors.append("%r: expect %r" % (lab, c["expect"]))
            continue
        e = lib.get(c["beverage_id"])
        if e is None:
            errors.append("%r: unknown beverage_id" % lab)
            continue
        sib = wine_of[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])]
        others = sorted(r["id"] for r in sib if r["id"] != e["id"])
        vins = [r["vintage"] for r in sib]
        if c["expect"] == "yes":
            if vint is not None:
                want = []
                if e["vintage"] != vint:
                    errors.append("%r: yes on vintage %s" % (lab, e["vintage"]))
            else:
                want = others
                if None not in vins and e["vintage"] != max(vins):
                    errors.append("%r: yes without vintage not on the most recent" % lab)
        else:
            want = others
            if vint is None or vint in vins or None in vins:
                errors.append("%r: almost but the vintage is held or absent" % lab)
            else:
                best = min(vins, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errors.append("%r: almost on %s, nearest is %s" % (lab, e["vintage"], best))
        if sorted(c["also_ok"]) != want:
            errors.append("%r: also_ok %s, want %s" % (lab, c["also_ok"], want))
        # format and units
        fmts = by_name[(e["name"], e["producer"], e["appellation"], e["colour"])]
        plain = [f for f in fmts if f not in SPECIAL]
        ordinary = 75 if 75 in fmts else (plain[0] if len(plain) == 1 else None)
        kind, cl = meas if meas else ("bottle", None)
        u = c["units_per_sale"]
        if kind == "bottle":
            ok_fmt, want_u = e["format_cl"] == ordinary, 1
        elif kind == "format":
            ok_fmt, want_u = e["format_cl"] == cl, 1
        elif kind == "pour":
            ok_fmt = e["format_cl"] == ordinary and e["category"] != "bière"
            want_u = round(cl / e["format_cl"], 4)
        else:
            ok_fmt = e["category"] == "bière" and e["format_cl"] in KEGS
            want_u = round(cl / e["format_cl"], 4)
        if not ok_fmt:
            errors.append("%r: entry %s in %s cl does not fit the label's %s" % (
                lab, e["id"], e["format_cl"], kind))
        if u != want_u:
            errors.append("%r: units %s, want %s" % (lab, u, want_u))
        if fam and R_FAMILY.get(fam, (None, None))[0]:
            cat, col = R_FAMILY[fam]
            if e["category"] not in cat.split("|") or (col and e["colour"] != col):
                errors.append("%r: family %s on a %s %s" % (lab, fam, e["category"], e["colour"]))
    total = len(case_rows)
    if not 260 <= total <= 300:
        errors.append("%d cases" % total)
    return errors, counts


def report(counts):
    tot = {}
    for till in sorted(TILLS):
        y, a, n = (counts.get((till, k), 0) for k in ("yes", "almost", "none"))
        print("  %-9s yes %3d  almost %3d  none %3d  total %3d" % (till, y, a, n, y + a + n))
        for k, v in (("yes", y), ("almost", a), ("none", n)):
            tot[k] = tot.get(k, 0) + v
    t = sum(tot.values())
    print("  all       yes %3d  almost %3d  none %3d  total %3d  (none %.1f %%, almost %.1f %%)" % (
        tot["yes"], tot["almost"], tot["none"], t, 100 * tot["none"] / t, 100 * tot["almost"] / t))


def selftest(lib_rows, case_rows):
    """Break copies in known ways; each must be reported."""
    def find(pred):
        return next(i for i, (_, c) in enumerate(case_rows) if pred(c))

    def broken(fn):
        lr, cr = copy.deepcopy(lib_rows), copy.deepcopy(case_rows)
        fn(lr, cr)
        return check(lr, cr)[0]

    breaks = {
        "glass units": lambda lr, cr: cr[find(lambda c: c["label"].startswith("verre "))][1]
        .update(units_per_sale=0.2),
        "almost on the farther vintage": lambda lr, cr: cr[find(
            lambda c: c["label"] == "RGE/GENTILE ROUGE 16")][1].update(beverage_id="m003"),
        "magnum on the 75 cl entry": lambda lr, cr: cr[find(
            lambda c: c["label"] == "ROS/MAG MONTEMAGNI")][1].update(beverage_id="m020"),
        "register label in lower case": lambda lr, cr: cr[find(
            lambda c: c["connection"] == "caisse")][1].update(label="rge/dom gentile 21"),
        "case vintage": lambda lr, cr: cr[find(lambda c: c["label"] == "ROS/CULOMBU 24")][1]
        .update(vintage=2023),
        "entry vintage": lambda lr, cr: lr[0][1].update(vintage=2021),
        "tablet price with a point": lambda lr, cr: cr[find(
            lambda c: c["connection"] == "tablette")][1].update(
                label=cr[find(lambda c: c["connection"] == "tablette")][1]["label"]
                .replace(",", ".")),
        "demi of a bottled beer": lambda lr, cr: cr[find(
            lambda c: c["label"] == "BIE/DEMI SERENA")][1].update(beverage_id="m125"),
        "id out of sequence": lambda lr, cr: lr[5][1].update(id="m099"),
        "also_ok missing": lambda lr, cr: cr[find(
            lambda c: c["label"] == "RGE/VRE GENTILE PATR")][1].update(also_ok=["m001"]),
    }
    ok = True
    for what, fn in breaks.items():
        errs = broken(fn)
        print("  %-32s %s" % (what, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
        ok = ok and bool(errs)
    return ok


def main():
    lib_rows = load(os.path.join(HERE, "corse_library.jsonl"))
    case_rows = load(os.path.join(HERE, "corse_cases.jsonl"))
    errors, counts = check(lib_rows, case_rows)
    for e in errors:
        print("ERROR", e)
    print("library %d drinks, %d cases, %d errors" % (len(lib_rows), len(case_rows), len(errors)))
    report(counts)
    if "--selftest" in sys.argv:
        print("selftest:")
        if not selftest(lib_rows, case_rows):
            return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
