#!/usr/bin/env python3
"""Check the "Taverna Anemos" set from its two jsonl files alone (stdlib only).

python3 check_taverne.py            check taverne_library.jsonl and taverne_cases.jsonl
python3 check_taverne.py --selftest break copies on purpose and show each break is caught
"""
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
TILLS = ("caisse", "tablette", "compta")

# --- each till's measures: (kind, cl) kind in bottle / pour / draught / unit -------------
CAISSE_PREFIX = {"VR": ("pour", 12.5), "VR15": ("pour", 15), "CAR20": ("pour", 20),
                 "CAR25": ("pour", 25), "CAR50": ("pour", 50), "DOSE": ("pour", 4),
                 "DEMI": ("draught", 25), "PINTE": ("draught", 50),
                 "1/2": ("bottle", 37.5), "MAG": ("bottle", 150)}
TAB_PREFIX = {"ποτήρι": ("pour", 12.5), "ποτήρι 150ml": ("pour", 15),
              "καράφα 250ml": ("pour", 25), "καράφα 500ml": ("pour", 50),
              "καραφάκι 200ml": ("pour", 20), "δόση 40ml": ("pour", 4),
              "βαρέλι 250ml": ("draught", 25), "βαρέλι 500ml": ("draught", 50),
              "μισό 375ml": ("bottle", 37.5), "μάγκνουμ 1,5L": ("bottle", 150)}
COMPTA_COND = {"Vr12,5": ("pour", 12.5), "Vr15": ("pour", 15), "Ct20": ("pour", 20),
               "Ct25": ("pour", 25), "Ct50": ("pour", 50), "Ds4": ("pour", 4),
               "Pr25": ("draught", 25), "Pr50": ("draught", 50), "Un": ("unit", None)}
ACCOUNTS = {"707110", "707120", "707130", "707200", "707300", "707400",
            "706100", "706150", "706300"}
GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def measure_of(till, label):
    """(kind, cl): bottle with cl None = the ordinary bottle."""
    if till == "caisse":
        toks = label.split()
        kind, cl = "bottle", None
        if toks and toks[0] in CAISSE_PREFIX:
            kind, cl = CAISSE_PREFIX[toks[0]]
        if kind == "bottle" and cl is None:
            for t in toks:
                m = re.fullmatch(r"(\d+(?:\.\d+)?)CL", t)
                if m:
                    return "bottle", float(m.group(1))
                if t == "1L":
                    return "bottle", 100.0
        return kind, cl
    if till == "tablette":
        if " · " not in label:
            return "bottle", None
        pre = label.split(" · ")[0]
        if pre in TAB_PREFIX:
            return TAB_PREFIX[pre]
        if pre == "1L":
            return "bottle", 100.0
        m = re.fullmatch(r"(\d+)ml", pre)
        if m:
            return "bottle", int(m.group(1)) / 10
        raise ValueError("unknown tablet measure %r" % pre)
    cond = label.split()[-1]
    if cond in COMPTA_COND:
        return COMPTA_COND[cond]
    m = re.fullmatch(r"Bt(\d+)(,5)?", cond)
    if m:
        return "bottle", float(m.group(1)) + (0.5 if m.group(2) else 0)
    raise ValueError("unknown compta conditioning %r" % cond)


def vintage_of(till, label):
    toks = label.split()
    if till == "caisse":
        last = toks[-1] if toks else ""
        if len(toks) > 1 and re.fullmatch(r"\d\d", last) and int(last) < 30 \
                and toks[-2] not in ("OUZO", "METAXA"):
            return 2000 + int(last)
        return None
    if till == "compta":
        toks = toks[1:]
    years = [int(t) for t in toks if re.fullmatch(r"(19|20)\d\d", t)]
    return years[0] if years else None


# --- a word in common, through the Greek transliteration ---------------------------------
DIGRAPHS = [("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("μπ", "b"), ("ντ", "d"), ("γκ", "g"),
            ("γγ", "ng")]
LETTERS = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                   ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o",
                    "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"], strict=False))
GENERIC = {"vin", "vins", "rouge", "rge", "blanc", "blc", "rose", "rse", "dom", "domaine",
           "ktima", "ktim", "estate", "wines", "champagne", "biere", "eau", "grande", "reserve",
           "brut", "les", "the", "and", "sans", "ouzo", "tsipouro", "retsina", "pression",
           "maison", "levko", "erithro", "roze", "santorin", "santorini", "nemea",
           "naousa", "sampania", "potiri"}


def latin(s):
    s = unicodedata.normalize("NFD", s.lower())
    s = "".join(c for c in s if not unicodedata.combining(c))
    for g, l in DIGRAPHS:
        s = s.replace(g, l)
    s = "".join(LETTERS.get(c, c) for c in s)
    for a, b in (("ph", "f"), ("ch", "h"), ("kh", "h"), ("gh", "g"), ("y", "i"), ("c", "k")):
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)
    return [w for w in re.findall(r"[a-z]+", s) if len(w) >= 3]


def shares_word(label, entry):
    lw = [w for w in latin(label) if w not in GENERIC]
    ew = latin(" ".join(str(entry[k] or "") for k in ("name", "producer", "appellation")))
    for a in lw:
        for b in ew:
            n = min(4, len(a), len(b))
            if n >= 3 and a[:n] == b[:n]:
                return True
    return False


def form_errors(till, label):
    errs = []
    if till == "caisse":
        if len(label) > 22 or not re.fullmatch(r"[A-Z0-9 /.*'&-]+", label) or label != label.strip():
            errs.append("caisse label not ASCII capitals within 22 columns")
    elif till == "tablette":
        if not GREEK.search(label):
            errs.append("tablette label without Greek letters")
        if re.fullmatch(r"[ -~]+", label):
            errs.append("tablette label in ASCII only")
        if re.search(r"(19|20)\d\d\b", label) and not re.search(r" (19|20)\d\d$", label):
            errs.append("tablette vintage not at the end")
    else:
        if not re.fullmatch(r"\d{6}\.\d{4} [ -~]+ \S+", label) or label.split(".")[0] not in ACCOUNTS:
            errs.append("compta label not '<account>.<article> <designation> <cond>' in ASCII")
    return errs


def check(lib_path, cases_path):
    errors = []
    lib, cases = [], []
    for path, rows, fields in ((lib_path, lib, LIB_FIELDS), (cases_path, cases, CASE_FIELDS)):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    obj = json.loads(line)
                except ValueError:
                    errors.append("%s:%d: invalid JSON" % (os.path.basename(path), n))
                    continue
                if list(obj) != fields:
                    errors.append("%s:%d: fields %s" % (os.path.basename(path), n, list(obj)))
                rows.append(obj)
    byid = {}
    seen = set()
    for i, e in enumerate(lib, 1):
        if e.get("id") != "gr%03d" % i:
            errors.append("library: id %r out of sequence (expected gr%03d)" % (e.get("id"), i))
        byid[e.get("id")] = e
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATEGORIES:
            errors.append("%s: category %r" % (e["id"], cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errors.append("%s: wine colour %r" % (e["id"], col))
        elif col is not None:
            errors.append("%s: colour %r on a %s" % (e["id"], col, cat))
        if not isinstance(e.get("format_cl"), (int, float)) or e["format_cl"] <= 0:
            errors.append("%s: format_cl %r" % (e["id"], e.get("format_cl")))
        if e.get("vintage") is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            errors.append("%s: vintage %r" % (e["id"], e["vintage"]))
        k = (e.get("name"), e.get("producer"), e.get("appellation"), col, e.get("vintage"), e.get("format_cl"))
        if k in seen:
            errors.append("%s: the same wine, vintage and format twice" % e["id"])
        seen.add(k)
    if not 110 <= len(lib) <= 130:
        errors.append("library: %d drinks, not 110-130" % len(lib))

    def group(e):
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"],
                                   x["category"]) == (e["name"], e["producer"], e["appellation"],
                                                      e["colour"], e["category"])]

    def ordinary(g):
        fmts = sorted({x["format_cl"] for x in g if x["format_cl"] < 1000})
        return 75 if 75 in fmts else (70 if 70 in fmts else (fmts[0] if fmts else None))

    labels = set()
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for n, c in enumerate(cases, 1):
        where = "case %d %r" % (n, c.get("label"))
        till, label = c.get("connection"), c.get("label", "")
        if till not in TILLS:
            errors.append("%s: connection %r" % (where, till))
            continue
        if label in labels:
            errors.append("%s: duplicate label" % where)
        labels.add(label)
        errors += ["%s: %s" % (where, m) for m in form_errors(till, label)]
        v = vintage_of(till, label)
        if c.get("vintage") != v:
            errors.append("%s: vintage %r, the label reads %r" % (where, c.get("vintage"), v))
        exp = c.get("expect")
        if exp not in counts[till]:
            errors.append("%s: expect %r" % (where, exp))
            continue
        counts[till][exp] += 1
        try:
            kind, cl = measure_of(till, label)
        except ValueError as x:
            errors.append("%s: %s" % (where, x))
            continue
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                errors.append("%s: none with an id, also_ok or units" % where)
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            errors.append("%s: beverage_id %r not in the library" % (where, c.get("beverage_id")))
            continue
        if not shares_word(label, e):
            errors.append("%s: shares no word with %s %s" % (where, e["id"], e["name"]))
        if till == "compta":
            acct = label.split(".")[0]
            want = {"spiritueux": "707200", "bière": "707300", "soft": "707400"}.get(e["category"])
            if want is None:
                want = "707120" if kind == "pour" else ("707130" if e["category"] == "champagne" else "707110")
            if acct != want:
                errors.append("%s: account %s for a %s (%s)" % (where, acct, e["category"], want))
        g = group(e)
        units = c.get("units_per_sale")
        if kind == "unit":
            errors.append("%s: a unit line answered with a drink" % where)
            continue
        if kind == "bottle":
            fmt = cl if cl is not None else ordinary(g)
            if e["category"] in ("vin", "champagne") and cl is None and fmt != 75:
                errors.append("%s: a %g cl wine without its size on the label" % (where, fmt))
            want_units = 1
        elif kind == "pour":
            fmt = ordinary(g)
            want_units = round(cl / fmt, 4) if fmt else None
        else:
            kegs = [x["format_cl"] for x in g if x["format_cl"] >= 1000]
            fmt = kegs[0] if kegs else None
            want_units = round(cl / fmt, 4) if fmt else None
        if fmt is None or e["format_cl"] != fmt:
            errors.append("%s: %s has format %s, the label means %s" % (where, e["id"], e["format_cl"], fmt))
            continue
        if units != want_units:
            errors.append("%s: units %r, the measure gives %r" % (where, units, want_units))
        same = sorted((x for x in g if x["format_cl"] == fmt), key=lambda x: x["vintage"] or 0)
        others = sorted(x["id"] for x in same if x is not e)
        vints = [x["vintage"] for x in same if x["vintage"] is not None]
        if exp == "yes":
            if v is not None and vints:
                if e["vintage"] != v:
                    errors.append("%s: yes on %s (%s), label says %s" % (where, e["id"], e["vintage"], v))
                if c.get("also_ok") != []:
                    errors.append("%s: also_ok on a yes with a vintage" % where)
            else:
                if e is not same[-1]:
                    errors.append("%s: yes without vintage not on the most recent" % where)
                if sorted(c.get("also_ok", [])) != others:
                    errors.append("%s: also_ok %r, expected %r" % (where, c.get("also_ok"), others))
        else:
            if v is None or not vints or v in vints:
                errors.append("%s: almost without a vintage missing from the library" % where)
                continue
            best = min(same, key=lambda x: (abs(x["vintage"] - v), -x["vintage"]))
            if e is not best:
                errors.append("%s: almost on %s, nearest is %s" % (where, e["id"], best["id"]))
            if sorted(c.get("also_ok", [])) != others:
                errors.append("%s: also_ok %r, expected %r" % (where, c.get("also_ok"), others))
    total = len(cases)
    if not 280 <= total <= 300:
        errors.append("cases: %d, not 280-300" % total)
    for t in TILLS:
        for a in ("yes", "almost", "none"):
            if counts[t][a] == 0:
                errors.append("till %s has no %s" % (t, a))
    if total:
        for a, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            p = 100.0 * sum(counts[t][a] for t in TILLS) / total
            if not lo <= p <= hi:
                errors.append("%s: %.1f %% of cases, not %d-%d %%" % (a, p, lo, hi))
    return errors, counts


def report(counts):
    print("%-9s %4s %6s %4s %5s" % ("till", "yes", "almost", "none", "total"))
    tot = {"yes": 0, "almost": 0, "none": 0}
    for t in TILLS:
        c = counts[t]
        for a in tot:
            tot[a] += c[a]
        print("%-9s %4d %6d %4d %5d" % (t, c["yes"], c["almost"], c["none"], sum(c.values())))
    print("%-9s %4d %6d %4d %5d" % ("all", tot["yes"], tot["almost"], tot["none"], sum(tot.values())))


# --- selftest ---------------------------------------------------------------------------
def _load(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def _find(cases, pred):
    for i, line in enumerate(cases):
        c = json.loads(line)
        if pred(c):
            return i, c
    raise SystemExit("selftest: no case to break")


def _dump(obj):
    return json.dumps(obj, ensure_ascii=False)


def breaks(lib, cases):
    """Yield (name, lib_lines, case_lines) each broken in one way."""
    def with_case(pred, change):
        i, c = _find(cases, pred)
        cc = list(cases)
        cc[i] = change(dict(c))
        return lib, cc

    def glass_units(c):
        c["units_per_sale"] = 0.2
        return _dump(c)
    yield ("a glass's units", *with_case(
        lambda c: c["label"].startswith("VR ") and c["expect"] == "yes", glass_units))

    def far_almost(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][-1], [c["beverage_id"], *c["also_ok"][:-1]]
        return _dump(c)
    yield ("an almost on a farther vintage", *with_case(
        lambda c: c["expect"] == "almost" and len(c["also_ok"]) >= 2, far_almost))

    def also_on_dated_yes(c):
        c["also_ok"] = ["gr001"]
        return _dump(c)
    yield ("also_ok on a dated yes", *with_case(
        lambda c: c["expect"] == "yes" and c["vintage"] and c["beverage_id"] != "gr001", also_on_dated_yes))

    def none_with_id(c):
        c["beverage_id"] = "gr001"
        return _dump(c)
    yield ("a none with an id", *with_case(lambda c: c["expect"] == "none", none_with_id))

    def caisse_lower(c):
        c["label"] = c["label"].lower() + " bouteille"
        return _dump(c)
    yield ("a caisse label in lower case and too long", *with_case(
        lambda c: c["connection"] == "caisse" and c["expect"] == "none", caisse_lower))

    def field_order(c):
        return _dump({k: c[k] for k in ["expect", "label", *CASE_FIELDS[2:]]})
    yield ("fields out of order", *with_case(lambda c: True, field_order))

    def half_to_bottle(c):
        c["beverage_id"] = "gr003"
        return _dump(c)
    yield ("a half bottle answered with the 75 cl", *with_case(
        lambda c: c["label"] == "1/2 SIGALAS ASSYRT 22", half_to_bottle))

    def drop_also(c):
        c["also_ok"] = []
        return _dump(c)
    yield ("also_ok dropped", *with_case(
        lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"], drop_also))

    lb = list(lib)
    for i, line in enumerate(lb):
        e = json.loads(line)
        if e["category"] == "bière":
            e["colour"] = "blanc"
            lb[i] = _dump(e)
            break
    yield ("a colour on a beer", lb, cases)

    yield ("a duplicate label", lib, [*cases, cases[0]])
    yield ("a broken JSON line", lib, [*cases[:5], cases[5][:-3], *cases[6:]])
    lb = list(lib)
    lb[3], lb[4] = lb[4], lb[3]
    yield ("ids out of sequence", lb, cases)

    def latin_tablet(c):
        c["label"] = "Sigalas Assyrtiko 2021"
        return _dump(c)
    yield ("a tablette label without Greek", *with_case(
        lambda c: c["connection"] == "tablette" and c["label"] == "Ασύρτικο Σιγαλά 2021", latin_tablet))

    def wrong_account(c):
        c["label"] = "707110" + c["label"][6:]
        return _dump(c)
    yield ("a compta spirit on the wine account", *with_case(
        lambda c: c["connection"] == "compta" and c["label"].startswith("707200") and c["expect"] == "yes",
        wrong_account))

    def wrong_vintage(c):
        c["vintage"] = 2021
        return _dump(c)
    yield ("a vintage cut off by the register kept", *with_case(
        lambda c: c["connection"] == "caisse" and c["vintage"] is None and "cut off" in c["note"]
        and c["expect"] == "yes", wrong_vintage))

    def pint_to_bottle(c):
        c["beverage_id"] = "gr106"
        return _dump(c)
    yield ("a draught pint answered with the 33 cl bottle", *with_case(
        lambda c: c["label"] == "PINTE FIX", pint_to_bottle))

    def no_word(c):
        c["beverage_id"] = "gr098"
        return _dump(c)
    yield ("a yes on an unrelated drink", *with_case(
        lambda c: c["label"] == "DOSE MASTIHA SKINOS", no_word))


def selftest():
    lib = _load(os.path.join(HERE, "taverne_library.jsonl"))
    cases = _load(os.path.join(HERE, "taverne_cases.jsonl"))
    ok = True
    with tempfile.TemporaryDirectory() as d:
        lp, cp = os.path.join(d, "lib.jsonl"), os.path.join(d, "cases.jsonl")

        def run(lb, cs):
            with open(lp, "w", encoding="utf-8") as f:
                f.write("\n".join(lb) + "\n")
            with open(cp, "w", encoding="utf-8") as f:
                f.write("\n".join(cs) + "\n")
            return check(lp, cp)[0]
        clean = run(lib, cases)
        print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:3]))
        ok = ok and not clean
        n = 0
        for name, lb, cs in breaks(lib, cases):
            n += 1
            errs = run(lb, cs)
            print("%-48s %s" % (name, ("caught: " + errs[0][:90]) if errs else "NOT CAUGHT"))
            ok = ok and bool(errs)
    print("%d breaks; selftest %s" % (n, "passed" if ok else "FAILED"))
    return ok


def main():
    if "--selftest" in sys.argv[1:]:
        sys.exit(0 if selftest() else 1)
    errors, counts = check(os.path.join(HERE, "taverne_library.jsonl"),
                           os.path.join(HERE, "taverne_cases.jsonl"))
    report(counts)
    for e in errors:
        print("ERROR", e)
    print("%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
