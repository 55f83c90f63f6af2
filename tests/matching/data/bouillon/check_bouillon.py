"""Check bouillon_library.jsonl and bouillon_cases.jsonl on their own (no build modules imported).

python3 tests/matching/data/bouillon/check_bouillon.py             # check the two files
python3 tests/matching/data/bouillon/check_bouillon.py --selftest  # break copies on purpose
"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("bar", "salle", "export")
WINE_BOTTLES = (75, 37.5, 150)
SALLE_CODES = {
    "v": ("pour", 12.5), "coupe": ("pour", 12.5), "v12": ("pour", 12), "v15": ("pour", 15),
    "p25": ("pour", 25), "p50": ("pour", 50), "p1l": ("pour", 100),
    "dose": ("pour", 4), "2cl": ("pour", 2), "demi": ("pour", 25), "pinte": ("pour", 50),
    "btl": ("bottle", 75), "demibtl": ("bottle", 37.5), "mag": ("bottle", 150),
    "btl25": ("bottle", 25), "btl33": ("bottle", 33), "btl50": ("bottle", 50), "btl1l": ("bottle", 100),
}
GENERIC = {"ROUGE", "BLANC", "ROSE", "MAISON", "VIN", "VERRE", "PICHET", "SEC"}
COLOUR_WORD = {"ROUGE": "rouge", "BLANC": "blanc", "ROSE": "rosé"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def parse_label(till, label, errs, where):
    """-> (measure, vintage, name words); also checks the till's form."""
    if till == "bar":
        if len(label) > 24 or label != label.rstrip() or not re.fullmatch(r"[A-Z0-9 ,.'/]+", label):
            errs.append("%s: bar label not 24-column ASCII capitals: %r" % (where, label))
        toks = label.split()
        measure, rest = None, toks
        if toks and toks[0] == "BALLON":
            measure, rest = ("pour", 12.5), toks[1:]
        elif toks and re.fullmatch(r"\d+(,5)?", toks[0]):
            measure, rest = ("cl", float(toks[0].replace(",", "."))), toks[1:]
        vintage = None
        if len(toks) >= 3 and re.fullmatch(r"\d\d", toks[-1]) and int(toks[-1]) <= 26:
            vintage, rest = 2000 + int(toks[-1]), rest[:-1]
        return measure, vintage, rest
    if till == "salle":
        if label != label.lower() or label.count("/") > 1:
            errs.append("%s: salle label not lower case with one slash: %r" % (where, label))
        measure = None
        name = label
        if "/" in label:
            name, code = label.rsplit("/", 1)
            if code not in SALLE_CODES:
                errs.append("%s: unknown salle serving code %r" % (where, code))
                return None, None, []
            measure = SALLE_CODES[code]
        vintage = None
        m = re.search(r" ((?:19|20)\d\d)$", name)
        if m:
            vintage, name = int(m.group(1)), name[:m.start()]
        return measure, vintage, fold(name).split()
    if till == "export":
        parts = label.split("\t")
        if len(parts) != 4:
            errs.append("%s: export label without four tab fields: %r" % (where, label))
            return None, None, []
        code, desig, cont, price = parts
        if not re.fullmatch(r"A\d{5}", code):
            errs.append("%s: bad article code %r" % (where, code))
        if desig != desig.upper() or (re.search(r"\d{4}$", desig) and not re.search(r" (?:19|20)\d\d$", desig)):
            errs.append("%s: export designation not in capitals: %r" % (where, desig))
        if not re.fullmatch(r"\d\.\d{2,3}L|-", cont):
            errs.append("%s: bad export content %r" % (where, cont))
            return None, None, []
        if not re.fullmatch(r"[1-9]\d*0", price):
            errs.append("%s: bad export price %r" % (where, price))
        measure = None if cont == "-" else ("cl", round(float(cont[:-1]) * 100, 1))
        vintage = None
        m = re.search(r" ((?:19|20)\d\d)$", desig)
        if m:
            vintage, desig = int(m.group(1)), desig[:m.start()]
        return measure, vintage, fold(desig).split()
    errs.append("%s: unknown connection %r" % (where, till))
    return None, None, []


def check(lib_text, cases_text):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_text.splitlines(), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("library line %d: invalid JSON (%s)" % (i, e))
            continue
        if list(d) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (i, list(d)))
        lib.append(d)
    for i, line in enumerate(cases_text.splitlines(), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("cases line %d: invalid JSON (%s)" % (i, e))
            continue
        if list(d) != CASE_FIELDS:
            errs.append("cases line %d: fields %s" % (i, list(d)))
        cases.append(d)
    if not 110 <= len(lib) <= 130:
        errs.append("library holds %d drinks, not 110-130" % len(lib))
    if not 280 <= len(cases) <= 300:
        errs.append("%d cases, not 280-300" % len(cases))
    byid = {}
    for i, d in enumerate(lib, 1):
        if d.get("id") != "bo%03d" % i:
            errs.append("library line %d: id %r, expected bo%03d" % (i, d.get("id"), i))
        byid[d.get("id")] = d
        if d.get("colour") not in COLOURS or d.get("category") not in CATEGORIES:
            errs.append("%s: colour/category %r/%r" % (d.get("id"), d.get("colour"), d.get("category")))
        if (d.get("category") in ("vin", "champagne")) != (d.get("colour") is not None):
            errs.append("%s: a wine needs a colour, nothing else has one" % d.get("id"))
        if d.get("vintage") is not None and not (isinstance(d["vintage"], int) and 1900 < d["vintage"] < 2030):
            errs.append("%s: vintage %r" % (d.get("id"), d.get("vintage")))
        if not isinstance(d.get("format_cl"), (int, float)) or d["format_cl"] <= 0:
            errs.append("%s: format %r" % (d.get("id"), d.get("format_cl")))

    def wine_key(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"])

    def same(d):
        return [e for e in lib if wine_key(e) == wine_key(d) and e["format_cl"] == d["format_cl"]]

    def drink_entries(d):
        return [e for e in lib if wine_key(e) == wine_key(d)]

    def resolve(d, measure):
        kind, cl = measure
        if kind != "cl":
            return measure
        fm = [e["format_cl"] for e in drink_entries(d)]
        if d["category"] in ("vin", "champagne"):
            return ("bottle", cl) if cl in WINE_BOTTLES or cl in [f for f in fm if f < 500] else ("pour", cl)
        if cl in [f for f in fm if f < 2000]:
            return ("bottle", cl)
        if any(f >= 2000 for f in fm) and cl in (25, 50):
            return ("pour", cl)
        if d["category"] in ("spiritueux", "autre") and cl <= 6:
            return ("pour", cl)
        return ("bottle", cl)

    def ordinary(d):
        fm = sorted({e["format_cl"] for e in drink_entries(d)})
        if 75 in fm:
            return 75
        if len(fm) == 1:
            return fm[0]
        kegs = [f for f in fm if f >= 2000]
        return kegs[0] if kegs else None

    still = {c: [d for d in lib if d["category"] == "vin" and d["colour"] == c] for c in ("rouge", "blanc", "rosé")}
    seen, tally = set(), {}
    for n, c in enumerate(cases, 1):
        where = "case %d (%r)" % (n, c.get("label"))
        label, till, exp = c.get("label"), c.get("connection"), c.get("expect")
        if label in seen:
            errs.append("%s: duplicate label" % where)
        seen.add(label)
        tally[(till, exp)] = tally.get((till, exp), 0) + 1
        if exp not in ("yes", "almost", "none"):
            errs.append("%s: expect %r" % (where, exp))
            continue
        if not isinstance(label, str) or not label:
            errs.append("%s: empty label" % where)
            continue
        measure, vintage, words = parse_label(till, label, errs, where)
        if c.get("vintage") != vintage:
            errs.append("%s: vintage %r, the label reads %r" % (where, c.get("vintage"), vintage))
        if not c.get("note"):
            errs.append("%s: no note" % where)
        u = c.get("units_per_sale")
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or u is not None:
                errs.append("%s: a none case must have null id, [] also_ok, null units" % where)
            continue
        d = byid.get(c.get("beverage_id"))
        if d is None:
            errs.append("%s: unknown beverage_id %r" % (where, c.get("beverage_id")))
            continue
        fam = same(d)
        others = sorted(e["id"] for e in fam if e is not d)
        if exp == "yes" and vintage is not None and any(e["vintage"] is not None for e in fam):
            others = []
        if sorted(c.get("also_ok") or []) != others or len(set(c.get("also_ok") or [])) != len(c.get("also_ok") or []):
            errs.append("%s: also_ok %r, the other vintages are %r" % (where, c.get("also_ok"), others))
        for a in c.get("also_ok") or []:
            if a in byid and wine_key(byid[a]) != wine_key(d):
                errs.append("%s: also_ok %s is another wine" % (where, a))
        vints = [e["vintage"] for e in fam]
        if exp == "yes":
            if vintage is not None and any(v is not None for v in vints):
                if d["vintage"] != vintage:
                    errs.append("%s: yes with label vintage %s on entry %s" % (where, vintage, d["vintage"]))
                if c.get("also_ok"):
                    errs.append("%s: yes with a vintage must have empty also_ok" % where)
            elif d["vintage"] != max((v or 0) for v in vints) and d["vintage"] is not None:
                errs.append("%s: yes without vintage must be the most recent" % where)
        else:
            if vintage is None or vintage in vints or d["vintage"] is None:
                errs.append("%s: almost needs a label vintage the wine lacks" % where)
            else:
                best = min(vints, key=lambda v: (abs(v - vintage), -v))
                if d["vintage"] != best:
                    errs.append("%s: almost should point at %s, not %s" % (where, best, d["vintage"]))
        # format and units
        if measure is None:
            if d["category"] not in ("vin", "champagne") or d["format_cl"] != 75:
                errs.append("%s: a label without measure is a wine's 75 cl bottle" % where)
            m = ("bottle", 75)
        else:
            m = resolve(d, measure)
        kind, cl = m
        if kind == "bottle":
            if d["format_cl"] != cl:
                errs.append("%s: label format %s cl, entry %s cl" % (where, cl, d["format_cl"]))
            if u != 1:
                errs.append("%s: a bottle is 1 unit, not %r" % (where, u))
        else:
            if d["format_cl"] != ordinary(d):
                errs.append("%s: a pour must draw on the ordinary format, not %s cl" % (where, d["format_cl"]))
            if d["category"] == "bière" and d["format_cl"] < 2000:
                errs.append("%s: draught from a bottled beer" % where)
            if d["category"] == "soft":
                errs.append("%s: a pour of a soft" % where)
            want = round(cl / d["format_cl"], 4)
            if not isinstance(u, (int, float)) or abs(u - want) > 1e-9:
                errs.append("%s: units %r, the label's %s cl of %s cl is %s" % (where, u, cl, d["format_cl"], want))
        # a label naming only a colour is the one still wine of that colour
        if words and set(words) <= GENERIC:
            cols = [COLOUR_WORD[w] for w in words if w in COLOUR_WORD]
            if len(cols) == 1 and (len(still[cols[0]]) != 1 or d is not still[cols[0]][0]):
                errs.append("%s: a colour-only label is a yes only for the one wine of that colour" % where)
    # generic colour labels answered none must not have a single candidate
    for n, c in enumerate(cases, 1):
        if c.get("expect") != "none" or c.get("connection") not in TILLS or not isinstance(c.get("label"), str):
            continue
        _, _, words = parse_label(c["connection"], c["label"], [], "")
        if words and set(words) <= GENERIC:
            cols = [COLOUR_WORD[w] for w in words if w in COLOUR_WORD]
            if len(cols) == 1 and len(still[cols[0]]) == 1:
                errs.append("case %d (%r): colour-only label with one wine of that colour must be yes" % (n, c["label"]))
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if not tally.get((t, e)):
                errs.append("till %s has no %s case" % (t, e))
    total = len(cases) or 1
    share = {e: sum(v for (t, x), v in tally.items() if x == e) / total for e in ("yes", "almost", "none")}
    for e, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[e] <= hi:
            errs.append("%s share %.3f outside %.2f-%.2f" % (e, share[e], lo, hi))
    return errs, tally


def read_files():
    with open(os.path.join(HERE, "bouillon_library.jsonl"), encoding="utf-8") as f:
        lib = f.read()
    with open(os.path.join(HERE, "bouillon_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read()
    return lib, cases


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def selftest():
    lib_t, cases_t = read_files()
    errs, _ = check(lib_t, cases_t)
    assert not errs, errs
    lib = [json.loads(x) for x in lib_t.splitlines()]
    cases = [json.loads(x) for x in cases_t.splitlines()]

    def first(pred):
        for i, c in enumerate(cases):
            if pred(c):
                return i
        raise AssertionError("no case for a break")

    breaks = []

    def brk(name):
        def deco(fn):
            breaks.append((name, fn))
            return fn
        return deco

    @brk("invalid JSON line")
    def _(L, C):
        return L, C.replace("}\n", "\n", 1)

    @brk("case fields out of order")
    def _(L, C):
        cs = [json.loads(x) for x in C.splitlines()]
        c = cs[3]
        cs[3] = {k: c[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
        return L, dump(cs)

    @brk("library id out of sequence")
    def _(L, C):
        ls = [json.loads(x) for x in L.splitlines()]
        ls[4]["id"] = "bo105"
        return dump(ls), C

    @brk("unknown colour")
    def _(L, C):
        ls = [json.loads(x) for x in L.splitlines()]
        ls[10]["colour"] = "rubis"
        return dump(ls), C

    @brk("almost pointed at the farther vintage")
    def _(L, C):
        cs = copy.deepcopy(cases)
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        c = cs[i]
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"], *c["also_ok"][1:]]
        return L, dump(cs)

    @brk("pichet units wrong")
    def _(L, C):
        cs = copy.deepcopy(cases)
        i = first(lambda c: c["label"] == "50 CDR")
        cs[i]["units_per_sale"] = 0.6667
        return L, dump(cs)

    @brk("vintage field not the label's")
    def _(L, C):
        cs = copy.deepcopy(cases)
        i = first(lambda c: c["vintage"] is not None and c["connection"] == "salle")
        cs[i]["vintage"] -= 1
        return L, dump(cs)

    @brk("magnum pointed at the 75 cl entry")
    def _(L, C):
        cs = copy.deepcopy(cases)
        i = first(lambda c: c["label"].startswith("150 CAHORS"))
        lb = {d["id"]: d for d in lib}
        d = lb[cs[i]["beverage_id"]]
        cs[i]["beverage_id"] = next(x["id"] for x in lib if x["name"] == d["name"] and x["format_cl"] == 75 and x["vintage"] == d["vintage"])
        return L, dump(cs)

    @brk("also_ok missing a vintage")
    def _(L, C):
        cs = copy.deepcopy(cases)
        i = first(lambda c: c["expect"] == "yes" and c["also_ok"])
        cs[i]["also_ok"] = []
        return L, dump(cs)

    @brk("duplicate label")
    def _(L, C):
        cs = copy.deepcopy(cases)
        cs[20]["label"] = cs[21]["label"]
        return L, dump(cs)

    @brk("none case with a beverage")
    def _(L, C):
        cs = copy.deepcopy(cases)
        i = first(lambda c: c["expect"] == "none")
        cs[i]["beverage_id"] = "bo001"
        return L, dump(cs)

    @brk("bar label past 24 columns, lower case")
    def _(L, C):
        cs = copy.deepcopy(cases)
        i = first(lambda c: c["connection"] == "bar" and c["expect"] == "yes")
        cs[i]["label"] = cs[i]["label"].lower() + " extra long words"
        return L, dump(cs)

    @brk("export price with a decimal comma")
    def _(L, C):
        cs = copy.deepcopy(cases)
        i = first(lambda c: c["connection"] == "export")
        p = cs[i]["label"].split("\t")
        p[3] = p[3][:-2] + "," + p[3][-2:]
        cs[i]["label"] = "\t".join(p)
        return L, dump(cs)

    @brk("draught pint units of a 20 l keg counted on 30 l")
    def _(L, C):
        cs = copy.deepcopy(cases)
        i = first(lambda c: c["label"] == "gallia/pinte")
        cs[i]["units_per_sale"] = 0.0167
        return L, dump(cs)

    @brk("yes with a vintage on another vintage's entry")
    def _(L, C):
        cs = copy.deepcopy(cases)
        i = first(lambda c: c["label"] == "75 BROUILLY CHAIZE 23")
        cs[i]["beverage_id"], cs[i]["also_ok"] = "bo007", ["bo008"]
        return L, dump(cs)

    @brk("a glass drawn on the half bottle")
    def _(L, C):
        cs = copy.deepcopy(cases)
        i = first(lambda c: c["label"] == "12 MORGON COTE DU PY")
        cs[i]["label"] = "12 CROZES TAIN"
        cs[i]["beverage_id"], cs[i]["also_ok"], cs[i]["units_per_sale"] = "bo028", [], 0.32
        return L, dump(cs)

    @brk("generic colour label answered yes with several reds")
    def _(L, C):
        cs = copy.deepcopy(cases)
        i = first(lambda c: c["label"] == "50 ROUGE")
        cs[i].update({"expect": "yes", "beverage_id": "bo001", "units_per_sale": 0.05})
        return L, dump(cs)

    @brk("the one rosé's colour-only label answered none")
    def _(L, C):
        cs = copy.deepcopy(cases)
        i = first(lambda c: c["label"] == "50 ROSE")
        cs[i].update({"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None})
        return L, dump(cs)

    @brk("a till without almost")
    def _(L, C):
        cs = [c for c in cases if not (c["connection"] == "export" and c["expect"] == "almost")]
        return L, dump(cs)

    ok = True
    for name, fn in breaks:
        L2, C2 = fn(lib_t, cases_t)
        e, _ = check(L2, C2)
        print("%-55s %s" % (name, "reported (%d): %s" % (len(e), e[0][:90]) if e else "NOT REPORTED"))
        ok = ok and bool(e)
    print("clean files pass:", not errs)
    print("selftest", "OK (%d kinds of break)" % len(breaks) if ok else "FAILED")
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs, tally = check(*read_files())
    for e in errs:
        print(e)
    print("| till | yes | almost | none | total |")
    for t in TILLS:
        r = [tally.get((t, e), 0) for e in ("yes", "almost", "none")]
        print("| %s | %d | %d | %d | %d |" % (t, r[0], r[1], r[2], sum(r)))
    r = [sum(tally.get((t, e), 0) for t in TILLS) for e in ("yes", "almost", "none")]
    print("| all | %d | %d | %d | %d |" % (r[0], r[1], r[2], sum(r)))
    print("OK" if not errs else "%d problems" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
