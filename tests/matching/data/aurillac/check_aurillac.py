"""Check the "Le Buron" (Aurillac) set from its two jsonl files alone.

python3 check_aurillac.py             # checks aurillac_library.jsonl and aurillac_cases.jsonl
python3 check_aurillac.py --selftest  # breaks copies in many ways; each must be reported
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
TILLS = ("bar", "appli", "compta")

WINE_FAMS = {"RG": "rouge", "BL": "blanc", "RS": "rosé", "BU": "effervescent", "LQ": "liquoreux"}
OTHER_FAMS = {"AP", "DG", "WH", "PR", "BI", "CI", "SO", "EA", "CH", "CU", "FR", "DV"}
BAR_MOD = {"": None, "1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "25": ("bottle", 25),
           "33": ("bottle", 33), "50": ("bottle", 50), "70": ("bottle", 70), "75": ("bottle", 75),
           "1L": ("bottle", 100), "VR": ("pour", 12.5), "CP": ("pour", 12.5), "P25": ("pour", 25),
           "P50": ("pour", 50), "DOSE": ("pour", 4), "2CL": ("pour", 2), "6CL": ("pour", 6),
           "DEMI": ("keg", 25), "PINT": ("keg", 50)}
APP_MEAS = [("1/2 bout", ("bottle", 37.5)), ("bout", ("bottle", 75)), ("mag", ("bottle", 150)),
            ("25cl", ("bottle", 25)), ("33cl", ("bottle", 33)), ("50cl", ("bottle", 50)),
            ("70cl", ("bottle", 70)), ("75cl", ("bottle", 75)), ("1l", ("bottle", 100)),
            ("verre", ("pour", 12.5)), ("coupe", ("pour", 12.5)), ("pot 25", ("pour", 25)),
            ("pot 50", ("pour", 50)), ("dose", ("pour", 4)), ("2cl", ("pour", 2)),
            ("6cl", ("pour", 6)), ("demi", ("keg", 25)), ("pinte", ("keg", 50))]
COMPTA_UNIT = {"BOUT 75": ("bottle", 75), "DEMI-BOUT 37,5": ("bottle", 37.5),
               "MAGNUM 150": ("bottle", 150), "BOUT 25": ("bottle", 25), "BOUT 33": ("bottle", 33),
               "BOUT 50": ("bottle", 50), "BOUT 70": ("bottle", 70), "BOUT 100": ("bottle", 100),
               "VERRE 12,5": ("pour", 12.5), "COUPE 12,5": ("pour", 12.5),
               "PICHET 25": ("pour", 25), "PICHET 50": ("pour", 50), "DOSE 4": ("pour", 4),
               "DOSE 2": ("pour", 2), "DOSE 6": ("pour", 6), "DEMI 25": ("keg", 25),
               "PINTE 50": ("keg", 50), "PORTION": ("item", None), "UNITE": ("item", None),
               "FORFAIT": ("item", None), "TASSE": ("item", None)}
ACCOUNTS = {"707110": "vin", "707120": "bière", "707130": "spirit", "707140": "soft",
            "706100": "food", "706200": "food", "706300": "food"}


def parse_lines(text, errors, what):
    rows = []
    for i, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")):
        try:
            rows.append(json.loads(line))
        except ValueError:
            errors.append("%s line %d: invalid JSON" % (what, i + 1))
    if not text.endswith("\n"):
        errors.append("%s: no final newline" % what)
    return rows


def parse_label(till, label, errors):
    """Return (measure, vintage, family-or-account). measure is (kind, cl) or ('item', None)."""
    if till == "bar":
        m = re.fullmatch(r"([A-Z]{2})-([A-Z0-9 /'.&-]*?)(?: \*([A-Z0-9/]+))?", label)
        if not m:
            errors.append("bar label not in form FAM-NAME[ *MOD]: %r" % label)
            return None, None, None
        fam, name, mod = m.group(1), m.group(2), m.group(3) or ""
        if len(fam) + 1 + len(name) > 20:
            errors.append("bar name field over 20 columns: %r" % label)
        if fam not in WINE_FAMS and fam not in OTHER_FAMS:
            errors.append("bar unknown family %s: %r" % (fam, label))
        if mod not in BAR_MOD:
            errors.append("bar unknown modifier %r: %r" % (mod, label))
            return None, None, fam
        meas = BAR_MOD[mod]
        if meas is None:
            meas = ("bottle", 75) if fam in WINE_FAMS else ("item", None)
        v = re.search(r" (\d{2})$", name)
        vint = 2000 + int(v.group(1)) if v and fam in WINE_FAMS else None
        return meas, vint, fam
    if till == "appli":
        m = re.fullmatch(r"([a-z0-9 .'/&-]+?) - (\d+(?:\.5)?)e", label)
        if not m or label != label.lower():
            errors.append("appli label not in form 'text - price e' in lower case: %r" % label)
            return None, None, None
        body = m.group(1)
        meas = ("item", None)
        for word, ms in APP_MEAS:
            if body.startswith(word + " "):
                meas = ms
                break
        v = re.search(r" (\d{2})$", body)
        return meas, (2000 + int(v.group(1)) if v else None), None
    if till == "compta":
        f = label.split(";")
        if len(f) != 7:
            errors.append("compta label without 7 fields: %r" % label)
            return None, None, None
        month, acc, des, vint, unit, qty, amount = f
        if not re.fullmatch(r"2024-(0[1-9]|1[0-2])", month):
            errors.append("compta bad month: %r" % label)
        if acc not in ACCOUNTS:
            errors.append("compta unknown account: %r" % label)
        if not des or des != des.strip():
            errors.append("compta empty designation: %r" % label)
        if vint and not re.fullmatch(r"(19|20)\d\d", vint):
            errors.append("compta bad vintage column: %r" % label)
        if unit not in COMPTA_UNIT:
            errors.append("compta unknown unit: %r" % label)
            return None, None, acc
        if not re.fullmatch(r"[1-9]\d*", qty) or not re.fullmatch(r"\d+,\d\d", amount):
            errors.append("compta bad quantity or amount: %r" % label)
        else:
            cents = int(amount.replace(",", ""))
            if cents % (int(qty) * 50) != 0:
                errors.append("compta amount is not quantity x a 50-cent price: %r" % label)
        return COMPTA_UNIT[unit], (int(vint) if vint else None), acc
    errors.append("unknown connection %r" % till)
    return None, None, None


def check(lib_text, cases_text):
    errors = []
    lib = parse_lines(lib_text, errors, "library")
    cases = parse_lines(cases_text, errors, "cases")
    # library
    if not 110 <= len(lib) <= 130:
        errors.append("library has %d entries, not 110-130" % len(lib))
    byid, groups, seen = {}, {}, set()
    for i, e in enumerate(lib):
        if list(e) != LIB_FIELDS:
            errors.append("library fields out of order: %s" % e.get("id"))
            continue
        if e["id"] != "al%03d" % (i + 1):
            errors.append("library id out of sequence: %s at %d" % (e["id"], i + 1))
        if e["colour"] not in COLOURS:
            errors.append("bad colour %r: %s" % (e["colour"], e["id"]))
        if e["category"] not in CATEGORIES:
            errors.append("bad category %r: %s" % (e["category"], e["id"]))
        if (e["category"] in ("vin", "champagne")) != (e["colour"] is not None):
            errors.append("colour only (and always) on wines: %s" % e["id"])
        if e["format_cl"] >= 2000 and e["category"] != "bière":
            errors.append("keg format on a non-beer: %s" % e["id"])
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            errors.append("bad vintage: %s" % e["id"])
        g = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        if (*g, e["vintage"]) in seen:
            errors.append("repeated vintage of one wine: %s" % e["id"])
        seen.add((*g, e["vintage"]))
        groups.setdefault(g, []).append(e)
        byid[e["id"]] = e
    # cases
    if not 280 <= len(cases) <= 300:
        errors.append("%d cases, not 280-300" % len(cases))
    labels = set()
    counts = {(t, x): 0 for t in TILLS for x in ("yes", "almost", "none")}
    for c in cases:
        if list(c) != CASE_FIELDS:
            errors.append("case fields out of order: %r" % c.get("label"))
            continue
        lab = c["label"]
        if lab in labels:
            errors.append("duplicate label %r" % lab)
        labels.add(lab)
        if c["expect"] not in ("yes", "almost", "none"):
            errors.append("bad expect: %r" % lab)
            continue
        if c["connection"] not in TILLS:
            errors.append("bad connection: %r" % lab)
            continue
        counts[(c["connection"], c["expect"])] += 1
        meas, vint, fam = parse_label(c["connection"], lab, errors)
        if c["vintage"] != vint:
            errors.append("vintage %r but the label reads %r: %r" % (c["vintage"], vint, lab))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errors.append("none with an id, also_ok or units: %r" % lab)
            continue
        e = byid.get(c["beverage_id"])
        if e is None or meas is None:
            errors.append("unknown beverage or unreadable measure: %r" % lab)
            continue
        grp = groups[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])]
        kind, cl = meas
        if kind == "item":
            errors.append("a drink answer on a label with no measure: %r" % lab)
            continue
        # format against the measure
        same = [f for (n, p, a, col, f) in groups if (n, p, a, col) == (e["name"], e["producer"], e["appellation"], e["colour"])]
        if kind == "bottle" and e["format_cl"] != cl:
            errors.append("bottle of %s cl pointed at a %s cl entry: %r" % (cl, e["format_cl"], lab))
        if kind == "pour":
            ordinary = 75 if 75 in same else [f for f in same if f not in (37.5, 150) and f < 2000]
            if ordinary != 75 and len(ordinary) == 1:
                ordinary = ordinary[0]
            if e["format_cl"] != ordinary:
                errors.append("pour not from the ordinary bottle: %r" % lab)
        if kind == "keg" and e["format_cl"] < 2000:
            errors.append("draught measure not on a keg entry: %r" % lab)
        units = 1 if kind == "bottle" else round(cl / e["format_cl"], 4)
        if c["units_per_sale"] != units:
            errors.append("units %r, measure gives %r: %r" % (c["units_per_sale"], units, lab))
        # family / account fits the entry
        if c["connection"] == "bar":
            if e["colour"] is not None:
                ok = WINE_FAMS.get(fam) == e["colour"]
            elif e["category"] == "bière":
                ok = fam == ("PR" if kind == "keg" else "BI")
            else:
                ok = fam in ("AP", "DG", "WH", "CI", "SO", "EA")
            if not ok:
                errors.append("bar family %s does not fit %s: %r" % (fam, e["id"], lab))
        if c["connection"] == "compta":
            want = {"vin": "vin", "champagne": "vin", "bière": "bière", "spiritueux": "spirit", "soft": "soft"}
            w = want.get(e["category"])
            if e["category"] == "autre":
                w = "bière" if "Cidre" in e["name"] else "spirit"
            if ACCOUNTS.get(fam) != w:
                errors.append("compta account %s does not fit %s: %r" % (fam, e["id"], lab))
        # yes / almost rules
        vints = sorted(x["vintage"] for x in grp if x["vintage"] is not None)
        others = sorted(x["id"] for x in grp if x["id"] != e["id"])
        if vints == [] and (c["expect"] != "yes" or c["also_ok"]):
            errors.append("non-vintage drink must be a plain yes: %r" % lab)
            continue
        if not vints:
            continue
        if c["expect"] == "yes":
            if vint is not None:
                if e["vintage"] != vint or c["also_ok"]:
                    errors.append("yes with a vintage must be that vintage, also_ok empty: %r" % lab)
            elif e["vintage"] != vints[-1] or sorted(c["also_ok"]) != others:
                errors.append("yes without vintage must be the most recent, others in also_ok: %r" % lab)
        else:
            if vint is None or vint in vints:
                errors.append("almost needs a label vintage not held: %r" % lab)
                continue
            best = min(vints, key=lambda v: (abs(v - vint), -v))
            if e["vintage"] != best or sorted(c["also_ok"]) != others:
                errors.append("almost must be the nearest vintage, others in also_ok: %r" % lab)
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if counts[(t, x)] == 0:
                errors.append("till %s has no %s" % (t, x))
    n = max(1, len(cases))
    share = {x: sum(counts[(t, x)] for t in TILLS) / n for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[x] <= hi:
            errors.append("%s share %.3f outside %.2f-%.2f" % (x, share[x], lo, hi))
    return errors, counts


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def selftest(lib_text, cases_text):
    lib = [json.loads(l) for l in lib_text.splitlines()]
    cases = [json.loads(l) for l in cases_text.splitlines()]

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    def brk_cases(fn):
        cs = copy.deepcopy(cases)
        fn(cs)
        return lib_text, dumps(cs)

    def brk_lib(fn):
        ls = copy.deepcopy(lib)
        fn(ls)
        return dumps(ls), cases_text

    byid = {e["id"]: e for e in lib}

    def almost_far(cs):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        cs[i]["beverage_id"], cs[i]["also_ok"] = cs[i]["also_ok"][0], [cs[i]["beverage_id"]]

    def units(cs):
        i = first(lambda c: c["units_per_sale"] not in (None, 1))
        cs[i]["units_per_sale"] = round(cs[i]["units_per_sale"] * 2, 4)

    def vintage(cs):
        i = first(lambda c: c["vintage"] is not None)
        cs[i]["vintage"] += 1

    def mag(cs):
        i = first(lambda c: c["connection"] == "bar" and c["label"].endswith("*MAG") and c["expect"] == "yes")
        e = byid[cs[i]["beverage_id"]]
        cs[i]["beverage_id"] = next(x["id"] for x in lib if x["name"] == e["name"] and x["producer"] == e["producer"] and x["format_cl"] == 75)

    def also_exact(cs):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None and not c["also_ok"])
        cs[i]["also_ok"] = ["al001"]

    def none_id(cs):
        cs[first(lambda c: c["expect"] == "none")]["beverage_id"] = "al001"

    def order(cs):
        c = cs[0]
        cs[0] = {k: c[k] for k in reversed(CASE_FIELDS)}

    def dup(cs):
        cs[1]["label"] = cs[0]["label"]

    def lib_seq(ls):
        ls[4]["id"] = "al099"

    def colour(ls):
        ls[0]["colour"] = "rouge foncé"

    def bar21(cs):
        i = first(lambda c: c["connection"] == "bar" and c["expect"] == "none" and "*" not in c["label"] and len(c["label"]) == 20)
        cs[i]["label"] += "X"

    def caps(cs):
        i = first(lambda c: c["connection"] == "appli")
        cs[i]["label"] = cs[i]["label"].upper()

    def takings(cs):
        i = first(lambda c: c["connection"] == "compta")
        f = cs[i]["label"].split(";")
        f[6] = f[6][:-2] + ("01" if f[6][-2:] != "01" else "02")
        cs[i]["label"] = ";".join(f)

    def demi_bottle(cs):
        i = first(lambda c: c["label"].startswith("PR-JORDANNE BLONDE *DEMI"))
        cs[i]["beverage_id"] = next(x["id"] for x in lib if x["name"] == "Jordanne Blonde" and x["format_cl"] == 33)
        cs[i]["units_per_sale"] = round(25 / 33, 4)

    def not_recent(cs):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
        cs[i]["beverage_id"], cs[i]["also_ok"] = cs[i]["also_ok"][0], [cs[i]["beverage_id"]]

    def too_few(cs):
        del cs[200:]

    def wine_whisky(cs):
        i = first(lambda c: c["connection"] == "bar" and c["label"].startswith("RG-") and c["expect"] == "yes")
        cs[i]["label"] = "WH-" + cs[i]["label"][3:]
        cs[i]["vintage"] = None

    def compta_account(cs):
        i = first(lambda c: c["connection"] == "compta" and ";707110;" in c["label"] and c["expect"] == "yes")
        cs[i]["label"] = cs[i]["label"].replace(";707110;", ";707140;")

    def none_units(cs):
        cs[first(lambda c: c["expect"] == "none")]["units_per_sale"] = 1

    breaks = [
        ("almost on the farther vintage", brk_cases(almost_far)),
        ("a pour's units", brk_cases(units)),
        ("a vintage field", brk_cases(vintage)),
        ("a magnum pointed at the 75 cl entry", brk_cases(mag)),
        ("also_ok on an exact yes", brk_cases(also_exact)),
        ("a none with an id", brk_cases(none_id)),
        ("a none with units", brk_cases(none_units)),
        ("case fields out of order", brk_cases(order)),
        ("a duplicate label", brk_cases(dup)),
        ("a library id out of sequence", brk_lib(lib_seq)),
        ("a bad colour", brk_lib(colour)),
        ("a register label of 21 columns", brk_cases(bar21)),
        ("an app label in capitals", brk_cases(caps)),
        ("export takings not quantity x price", brk_cases(takings)),
        ("a draught demi pointed at the bottle", brk_cases(demi_bottle)),
        ("a yes without vintage not on the most recent", brk_cases(not_recent)),
        ("too few cases", brk_cases(too_few)),
        ("a wine under the whisky family", brk_cases(wine_whisky)),
        ("a wine under the softs account", brk_cases(compta_account)),
        ("invalid JSON", (lib_text, cases_text.replace("}", "", 1))),
    ]
    ok = True
    clean, _ = check(lib_text, cases_text)
    print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:3]))
    ok &= not clean
    for name, (lt, ct) in breaks:
        errs, _ = check(lt, ct)
        print("%-48s %s" % (name, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
        ok &= bool(errs)
    print("selftest %s (%d breaks)" % ("passed" if ok else "FAILED", len(breaks)))
    return ok


def main():
    lib_text, cases_text = read("aurillac_library.jsonl"), read("aurillac_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_text, cases_text) else 1)
    errors, counts = check(lib_text, cases_text)
    for t in TILLS:
        print("%-7s yes %3d almost %3d none %3d" % (t, counts[(t, "yes")], counts[(t, "almost")], counts[(t, "none")]))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
