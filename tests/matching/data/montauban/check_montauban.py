"""Check the blind set "montauban" from its two jsonl files alone (stdlib only).

python3 check_montauban.py             check the files, print counts
python3 check_montauban.py --selftest  break copies on purpose and show each break is reported
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
FAMILIES = {"RG": {"rouge"}, "BL": {"blanc"}, "RS": {"rosé"}, "BU": {"effervescent", "rosé"},
            "LQ": {"liquoreux"}, "AP": {None}, "DG": {None}, "BI": {None}, "SF": {None},
            "CU": set(), "CA": set(), "DV": set()}
# measure word -> (kind, value): B bottle of a size, HALF, MAG, POUR cl, DOSE cl, DRAUGHT cl
C_MEAS = {"DEMI": ("DEMI", 25), "MAG": ("MAG", 150), "VRE": ("POUR", 12.5), "CP": ("POUR", 12.5),
          "P25": ("POUR", 25), "P50": ("POUR", 50), "DOSE": ("DOSE", 4), "2CL": ("DOSE", 2),
          "PINTE": ("DRAUGHT", 50), "25CL": ("SIZE", 25), "33CL": ("SIZE", 33),
          "35CL5": ("SIZE", 35.5), "50CL": ("SIZE", 50), "70CL": ("SIZE", 70), "1L": ("SIZE", 100)}
T_MEAS = {"btl": ("BTL", 75), "demi-btl": ("HALF", 37.5), "magnum": ("MAG", 150),
          "verre": ("POUR", 12.5), "coupe": ("POUR", 12.5), "pichet 25cl": ("POUR", 25),
          "pichet 50cl": ("POUR", 50), "dose": ("DOSE", 4), "2cl": ("DOSE", 2),
          "demi": ("DRAUGHT", 25), "pinte": ("DRAUGHT", 50), "25cl": ("SIZE", 25),
          "33cl": ("SIZE", 33), "35,5cl": ("SIZE", 35.5), "50cl": ("SIZE", 50),
          "70cl": ("SIZE", 70), "1l": ("SIZE", 100)}
E_MEAS = {"BTL": ("BTL", 75), "1/2": ("HALF", 37.5), "MAG": ("MAG", 150), "VRE": ("POUR", 12.5),
          "CP": ("POUR", 12.5), "P25": ("POUR", 25), "P50": ("POUR", 50), "DOSE": ("DOSE", 4),
          "2CL": ("DOSE", 2), "DEMI": ("DRAUGHT", 25), "PINTE": ("DRAUGHT", 50),
          "25CL": ("SIZE", 25), "33CL": ("SIZE", 33), "35.5CL": ("SIZE", 35.5),
          "50CL": ("SIZE", 50), "70CL": ("SIZE", 70), "1L": ("SIZE", 100)}


def parse_lines(text, what, errors):
    out = []
    for i, line in enumerate(text.split("\n")):
        if not line:
            continue
        try:
            out.append(json.loads(line))
        except ValueError as e:
            errors.append("%s line %d: invalid JSON (%s)" % (what, i + 1, e))
    return out


def read_vintage(till, label):
    if till == "C":
        m = re.search(r" (\d\d)$", label)
        return 2000 + int(m.group(1)) if m else None
    if till == "T":
        m = re.search(r" ((?:19|20)\d\d) ", label)
        return int(m.group(1)) if m else None
    m = re.search(r"\.((?:19|20)\d\d)$", label)
    return int(m.group(1)) if m else None


def read_measure(till, label):
    """(kind, value) or None when the label prints no measure."""
    if till == "C":
        body = label.split(":", 1)[1] if ":" in label else label
        first = body.split(" ")[0]
        return C_MEAS.get(first)
    if till == "T":
        body = re.sub(r" \d+,\d\d€$", "", label)
        for w in sorted(T_MEAS, key=len, reverse=True):
            if body.endswith(" " + w):
                return T_MEAS[w]
        return None
    body = label.split(" ", 1)[1] if " " in label else ""
    return E_MEAS.get(body.split(".")[0])


def till_form(c, errors):
    lab, till = c["label"], c["connection"]
    if till == "C":
        if len(lab) > 20:
            errors.append("C label longer than 20: %r" % lab)
        if not re.fullmatch(r"(RG|BL|RS|BU|LQ|AP|DG|BI|SF|CU|CA|DV):[A-Z0-9 /]*[A-Z0-9]", lab):
            errors.append("C label not 'FA:' + ASCII capitals: %r" % lab)
        if "  " in lab:
            errors.append("C label with a double space: %r" % lab)
    elif till == "T":
        if not re.search(r"\S \d{1,3},\d\d€$", lab):
            errors.append("T label without its price 'n,nn€' at the end: %r" % lab)
        if lab != lab.lower():
            errors.append("T label not in lower case: %r" % lab)
    elif till == "E":
        if len(lab) > 24:
            errors.append("E label longer than 24: %r" % lab)
        if not re.fullmatch(r"\d{4} [A-Z0-9/.]*[A-Z0-9]", lab):
            errors.append("E label not 'NNNN ' + dotted capitals: %r" % lab)
        if ".." in lab:
            errors.append("E label with a double dot: %r" % lab)
    else:
        errors.append("unknown connection %r" % till)


def check(lib_text, cases_text, quiet=False):
    errors = []
    lib = parse_lines(lib_text, "library", errors)
    cases = parse_lines(cases_text, "cases", errors)
    ids = {}
    for i, r in enumerate(lib):
        if list(r.keys()) != LIB_FIELDS:
            errors.append("library %s: fields %s" % (r.get("id"), list(r.keys())))
            continue
        if r["id"] != "mb%03d" % (i + 1):
            errors.append("library line %d: id %r out of sequence" % (i + 1, r["id"]))
        if r["colour"] not in COLOURS:
            errors.append("%s: colour %r" % (r["id"], r["colour"]))
        if r["category"] not in CATEGORIES:
            errors.append("%s: category %r" % (r["id"], r["category"]))
        wine = r["category"] in ("vin", "champagne")
        if wine != (r["colour"] is not None):
            errors.append("%s: colour %r for category %r" % (r["id"], r["colour"], r["category"]))
        if r["category"] == "champagne" and r["colour"] not in ("effervescent", "rosé"):
            errors.append("%s: champagne of colour %r" % (r["id"], r["colour"]))
        if not (r["vintage"] is None or (isinstance(r["vintage"], int) and 1900 <= r["vintage"] <= 2025)):
            errors.append("%s: vintage %r" % (r["id"], r["vintage"]))
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            errors.append("%s: format %r" % (r["id"], r["format_cl"]))
        elif r["category"] != "bière" and r["format_cl"] >= 1000:
            errors.append("%s: a keg format for a %s" % (r["id"], r["category"]))
        ids[r["id"]] = r
    if not 110 <= len(lib) <= 130:
        errors.append("library holds %d drinks (110-130 wanted)" % len(lib))

    def wine_key(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])

    groups = {}
    for r in ids.values():
        groups.setdefault(wine_key(r), []).append(r)
    for k, g in groups.items():
        vs = [r["vintage"] for r in g]
        if len(set(vs)) != len(vs):
            errors.append("duplicate entries for %s" % (k,))
        if None in vs and len(vs) > 1:
            errors.append("non-vintage drink with several entries: %s" % (k,))

    seen = set()
    counts = {}
    for c in cases:
        if list(c.keys()) != CASE_FIELDS:
            errors.append("case %r: fields %s" % (c.get("label"), list(c.keys())))
            continue
        lab, till, exp = c["label"], c["connection"], c["expect"]
        if lab in seen:
            errors.append("duplicate label %r" % lab)
        seen.add(lab)
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        till_form(c, errors)
        if not isinstance(c["note"], str) or not c["note"]:
            errors.append("%r: empty note" % lab)
        lv = read_vintage(till, lab)
        if c["vintage"] != lv:
            errors.append("%r: vintage %r, label reads %r" % (lab, c["vintage"], lv))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errors.append("%r: none with an id, also_ok or units" % lab)
            continue
        if exp not in ("yes", "almost"):
            errors.append("%r: expect %r" % (lab, exp))
            continue
        r = ids.get(c["beverage_id"])
        if r is None:
            errors.append("%r: unknown beverage_id %r" % (lab, c["beverage_id"]))
            continue
        if till == "C":
            fam = lab.split(":")[0]
            if fam in FAMILIES and r["colour"] not in FAMILIES[fam]:
                errors.append("%r: family %s for a %s drink" % (lab, fam, r["colour"]))
            if fam in ("AP", "DG") and r["category"] not in ("spiritueux", "autre"):
                errors.append("%r: family %s for a %s" % (lab, fam, r["category"]))
            if (fam == "BI" and r["category"] != "bière") or (fam == "SF" and r["category"] != "soft"):
                errors.append("%r: family %s for a %s" % (lab, fam, r["category"]))
        # format and units against the printed measure
        wine = r["category"] in ("vin", "champagne")
        meas = read_measure(till, lab)
        fmt, units = r["format_cl"], c["units_per_sale"]
        same_drink = [x for x in ids.values() if (x["name"], x["producer"], x["appellation"],
                                                   x["colour"]) == (r["name"], r["producer"],
                                                                    r["appellation"], r["colour"])]
        fmts = sorted({x["format_cl"] for x in same_drink})
        bottles = [f for f in fmts if f < 1000]
        ordinary = 75 if 75 in fmts else (bottles[0] if len(bottles) == 1 else None)
        want_fmt, want_units = None, None
        kind = meas[0] if meas else None
        if kind == "DEMI":  # C's DEMI: half bottle on a wine, 25 cl on a beer
            meas = ("HALF", 37.5) if wine else ("DRAUGHT", 25)
            kind = meas[0]
        if kind is None or kind == "BTL":
            want_fmt = 75 if (wine or (75 in fmts and kind == "BTL")) else (bottles[0] if len(bottles) == 1 else None)
            want_units = 1
        elif kind == "HALF":
            want_fmt, want_units = 37.5, 1
        elif kind == "MAG":
            want_fmt, want_units = 150, 1
        elif kind == "SIZE":
            want_fmt, want_units = meas[1], 1
        elif kind == "POUR":
            want_fmt = ordinary
            want_units = round(meas[1] / ordinary, 4) if ordinary else None
        elif kind == "DOSE":
            if wine:
                errors.append("%r: a dose of a wine" % lab)
            want_fmt = bottles[0] if len(bottles) == 1 else None
            want_units = round(meas[1] / want_fmt, 4) if want_fmt else None
        elif kind == "DRAUGHT":
            kegs = [f for f in fmts if f >= 1000]
            want_fmt = kegs[0] if len(kegs) == 1 else None
            want_units = round(meas[1] / want_fmt, 4) if want_fmt else None
        if want_fmt is None or fmt != want_fmt:
            errors.append("%r: entry %s in %s cl, the label means %s cl" % (lab, r["id"], fmt, want_fmt))
        if want_units is None or units != want_units or (want_units == 1 and not isinstance(units, int)):
            errors.append("%r: units %r, the measure means %r" % (lab, units, want_units))
        # vintages
        group = sorted(groups[wine_key(r)], key=lambda x: x["id"])
        vints = [x["vintage"] for x in group]
        others = sorted(x["id"] for x in group if x is not r)
        if sorted(c["also_ok"]) != c["also_ok"] or len(set(c["also_ok"])) != len(c["also_ok"]):
            errors.append("%r: also_ok not sorted or repeated" % lab)
        if None in vints:
            if lv is not None or exp != "yes" or c["also_ok"]:
                errors.append("%r: a non-vintage drink answered %s with vintage %r / %r" % (lab, exp, lv, c["also_ok"]))
            continue
        if exp == "yes":
            if lv is not None:
                if r["vintage"] != lv or c["also_ok"]:
                    errors.append("%r: yes %s (%s) for vintage %s, also_ok %s" % (lab, r["id"], r["vintage"], lv, c["also_ok"]))
            else:
                if r["vintage"] != max(vints):
                    errors.append("%r: no vintage on the label but %s is not the most recent" % (lab, r["id"]))
                if c["also_ok"] != others:
                    errors.append("%r: also_ok %s, other vintages %s" % (lab, c["also_ok"], others))
        else:
            if lv is None or lv in vints:
                errors.append("%r: almost but the label's vintage %r is held or absent" % (lab, lv))
                continue
            best = sorted(group, key=lambda x: (abs(x["vintage"] - lv), -x["vintage"]))[0]
            if best is not r:
                errors.append("%r: almost %s, nearest is %s" % (lab, r["id"], best["id"]))
            if c["also_ok"] != others:
                errors.append("%r: also_ok %s, other vintages %s" % (lab, c["also_ok"], others))

    n = len(cases)
    if not 280 <= n <= 300:
        errors.append("%d cases (280-300 wanted)" % n)
    tot = {e: sum(v for (t, x), v in counts.items() if x == e) for e in ("yes", "almost", "none")}
    if n:
        for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            p = 100.0 * tot[e] / n
            if not lo <= p <= hi:
                errors.append("%s is %.1f %% (%d-%d %% wanted)" % (e, p, lo, hi))
    for t in "CTE":
        for e in ("yes", "almost", "none"):
            if counts.get((t, e), 0) == 0:
                errors.append("till %s has no %s case" % (t, e))
    if not quiet:
        print("%d drinks, %d cases" % (len(lib), n))
        print("till   yes almost none total")
        for t in "CTE":
            row = [counts.get((t, e), 0) for e in ("yes", "almost", "none")]
            print("%-4s %5d %6d %4d %5d" % (t, row[0], row[1], row[2], sum(row)))
        print("all  %5d %6d %4d %5d" % (tot["yes"], tot["almost"], tot["none"], n))
    return errors


def load():
    with open(os.path.join(HERE, "montauban_library.jsonl"), encoding="utf-8") as f:
        lib = f.read()
    with open(os.path.join(HERE, "montauban_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read()
    return lib, cases


def selftest():
    lib_text, cases_text = load()
    base = check(lib_text, cases_text, quiet=True)
    print("clean files: %d errors" % len(base))
    ok = not base
    lib = [json.loads(x) for x in lib_text.splitlines()]
    cases = [json.loads(x) for x in cases_text.splitlines()]

    def dumps(objs):
        return "\n".join(json.dumps(o, ensure_ascii=False) for o in objs) + "\n"

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    breaks = []

    def brk(name, fn, target="cases"):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        res = fn(L, C)
        if res is not None:
            lt, ct = res
        else:
            lt, ct = dumps(L), dumps(C)
        breaks.append((name, lt, ct))

    def swap_fields(L, C):
        c = C[0]
        C[0] = {k: c[k] for k in reversed(CASE_FIELDS)}
    brk("field order of a case", swap_fields)

    def id_gap(L, C):
        L[5]["id"] = "mb099"
    brk("library id out of sequence", id_gap)

    def bad_colour(L, C):
        L[0]["colour"] = "red"
    brk("unknown colour", bad_colour)

    def bad_json(L, C):
        return dumps(L), dumps(C).replace("}\n", "\n", 1)
    brk("invalid JSON line", bad_json)

    def vint(L, C):
        i = first(lambda c: c["vintage"] is not None and c["expect"] == "yes")
        C[i]["vintage"] += 1
    brk("vintage that the label does not print", vint)

    def far_almost(L, C):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        C[i]["beverage_id"], C[i]["also_ok"] = C[i]["also_ok"][0], [C[i]["beverage_id"]]
    brk("almost pointed at the farther vintage", far_almost)

    def not_recent(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
        C[i]["beverage_id"], C[i]["also_ok"] = C[i]["also_ok"][0], [C[i]["beverage_id"]]
    brk("no-vintage yes not on the most recent", not_recent)

    def drop_also(L, C):
        i = first(lambda c: c["also_ok"])
        C[i]["also_ok"] = []
    brk("also_ok missing a vintage", drop_also)

    def glass_units(L, C):
        i = first(lambda c: c["units_per_sale"] == 0.1667)
        C[i]["units_per_sale"] = 0.16
    brk("glass units", glass_units)

    def pichet_units(L, C):
        i = first(lambda c: c["units_per_sale"] == 0.6667)
        C[i]["units_per_sale"] = 0.5
    brk("pichet units", pichet_units)

    def mag_to_75(L, C):
        i = first(lambda c: c["expect"] == "yes" and ":MAG " in c["label"])
        r = ids_of(L)[C[i]["beverage_id"]]
        other = next(x for x in L if x["name"] == r["name"] and x["format_cl"] == 75)
        C[i]["beverage_id"] = other["id"]
    brk("magnum pointed at a 75 cl entry", mag_to_75)

    def draught_bottle(L, C):
        i = first(lambda c: c["label"] == "BI:DEMI 1664")
        j = first(lambda c: c["label"] == "BI:25CL 1664")
        C[i]["beverage_id"], C[i]["units_per_sale"] = C[j]["beverage_id"], 1
    brk("demi pointed at the bottled beer", draught_bottle)

    def long_c(L, C):
        i = first(lambda c: c["connection"] == "C" and len(c["label"]) == 20)
        C[i]["label"] += "X"
    brk("C label longer than its width", long_c)

    def t_price(L, C):
        i = first(lambda c: c["connection"] == "T")
        C[i]["label"] = re.sub(r" \d+,\d\d€$", "", C[i]["label"])
    brk("T label without its price", t_price)

    def none_id(L, C):
        i = first(lambda c: c["expect"] == "none")
        C[i]["beverage_id"] = "mb001"
    brk("none with a beverage_id", none_id)

    def dup(L, C):
        C[1]["label"] = C[0]["label"]
    brk("duplicate label", dup)

    def family(L, C):
        i = first(lambda c: c["connection"] == "C" and c["label"].startswith("RG:") and c["expect"] == "yes")
        C[i]["label"] = "BL:" + C[i]["label"][3:]
    brk("C family against the drink's colour", family)

    def counts(L, C):
        del C[:40]
    brk("counts out of range", counts)

    def dose(L, C):
        i = first(lambda c: c["units_per_sale"] == 0.0571)
        C[i]["units_per_sale"] = 0.0286
    brk("dose units", dose)

    for name, lt, ct in breaks:
        errs = check(lt, ct, quiet=True)
        flag = "reported" if errs else "MISSED"
        if not errs:
            ok = False
        print("%-42s %s (%d): %s" % (name, flag, len(errs), errs[0][:90] if errs else ""))
    print("selftest:", "OK" if ok else "FAILED", "(%d kinds of break)" % len(breaks))
    return ok


def ids_of(L):
    return {r["id"]: r for r in L}


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
