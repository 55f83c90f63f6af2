"""Check the "Le Beffroi" (Laon) set from its two jsonl files alone (no build, no matcher).

python3 check_laon.py [library.jsonl cases.jsonl]    -> "OK ..." or the list of problems
python3 check_laon.py --selftest                     -> breaks copies on purpose, shows each is caught
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "tablette", "resa")
POUR_CODES = (2, 4, 12, 15, 25, 50)

RESA_BACK = {"Bouteille": ("bottle", None), "Demi-bouteille": ("bottle", 37.5),
             "Magnum": ("bottle", 150), "Bouteille 33 cl": ("bottle", 33),
             "Bouteille 25 cl": ("bottle", 25), "Bouteille 50 cl": ("bottle", 50),
             "Bouteille 70 cl": ("bottle", 70), "Bouteille 1 L": ("bottle", 100),
             "Verre": ("pour", 12.5, "glass"), "Coupe": ("pour", 12.5, "glass"),
             "Verre 12 cl": ("pour", 12, "glass"), "Verre 15 cl": ("pour", 15, "glass"),
             "Carafe 25 cl": ("pour", 25, "glass"), "Carafe 50 cl": ("pour", 50, "glass"),
             "Dose": ("pour", 4, "dose"), "Dose 2 cl": ("pour", 2, "dose"),
             "Demi pression": ("pour", 25, "draught"), "Pinte pression": ("pour", 50, "draught")}
TAB_BACK = {"75cl": ("bottle", 75), "1/2": ("bottle", 37.5), "mag": ("bottle", 150),
            "33cl": ("bottle", 33), "25cl": ("bottle", 25), "50cl": ("bottle", 50),
            "70cl": ("bottle", 70), "1l": ("bottle", 100),
            "vre": ("pour", 12.5, "glass"), "coupe": ("pour", 12.5, "glass"),
            "vre12": ("pour", 12, "glass"), "vre15": ("pour", 15, "glass"),
            "car25": ("pour", 25, "glass"), "car50": ("pour", 50, "glass"),
            "dose": ("pour", 4, "dose"), "dose2": ("pour", 2, "dose"),
            "demi": ("pour", 25, "draught"), "pinte": ("pour", 50, "draught")}


def read_back(till, label, errs):
    """(measure, vintage) as the till printed them, checking the till's form."""
    if till == "caisse":
        m = re.fullmatch(r"([A-Z0-9 &./]{1,20}) #(\d{3})", label)
        if not m or m.group(1) != m.group(1).strip():
            errs.append("caisse form: %r" % label)
            return None, None
        vm = re.search(r" (\d\d)$", m.group(1))
        code = int(m.group(2))
        meas = None if code == 0 else ("code", 37.5 if code == 37 else code)
        return meas, (2000 + int(vm.group(1)) if vm else None)
    if till == "resa":
        m = re.fullmatch(r"Pré-commande : (?:(.+?) – )?(.+?)(?: \((\d{4}|NM)\))? ×(\d+)", label)
        if not m or (m.group(1) and m.group(1) not in RESA_BACK) or len(m.group(2)) > 38:
            errs.append("resa form: %r" % label)
            return None, None
        v = m.group(3)
        meas = RESA_BACK[m.group(1)] if m.group(1) else None
        return meas, (int(v) if v and v != "NM" else None)
    if till == "tablette":
        toks = label.split(" ")
        for t in toks:
            if t.lower() == t or re.fullmatch(r"[A-Z][A-Za-z&-]{0,3}", t):
                continue
            errs.append("tablette form (word neither lower case nor initials): %r" % label)
            break
        if re.search(r"\b(19|20)\d\d\b", label):
            errs.append("tablette form (four-digit year): %r" % label)
        vm = re.search(r" '(\d\d)$", label)
        meas = TAB_BACK.get(toks[0], ("bottle", None))
        return meas, (2000 + int(vm.group(1)) if vm else None)
    errs.append("unknown connection: %r" % till)
    return None, None


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_lines):
        try:
            lib.append(json.loads(line))
        except ValueError:
            errs.append("library line %d: not JSON" % (i + 1))
    for i, line in enumerate(case_lines):
        try:
            cases.append(json.loads(line))
        except ValueError:
            errs.append("cases line %d: not JSON" % (i + 1))
    if errs:
        return errs
    byid, groups, seen = {}, {}, set()
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    for n, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            errs.append("library field order: %s" % e.get("id"))
        if e.get("id") != "la%03d" % n:
            errs.append("id out of sequence: %s (expected la%03d)" % (e.get("id"), n))
        if e.get("colour") not in COLOURS or e.get("category") not in CATEGORIES:
            errs.append("colour/category: %s" % e.get("id"))
        if e.get("category") in ("champagne", "vin") and e.get("colour") is None:
            errs.append("wine without colour: %s" % e.get("id"))
        if e.get("category") not in ("champagne", "vin") and e.get("colour") is not None:
            errs.append("colour on a non-wine: %s" % e.get("id"))
        if not isinstance(e.get("format_cl"), (int, float)) or not (
                isinstance(e.get("vintage"), int) or e.get("vintage") is None):
            errs.append("format/vintage type: %s" % e.get("id"))
        wine = (e["name"], e["producer"], e["appellation"], e["colour"])
        k = (*wine, e["format_cl"], e["vintage"])
        if k in seen:
            errs.append("duplicate entry: %s" % e["id"])
        seen.add(k)
        byid[e["id"]] = e
        groups.setdefault(wine, []).append(e)

    def wine_of(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    def ordinary(wine):
        fmts = sorted({x["format_cl"] for x in groups[wine]})
        return 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)

    labels, counts = set(), {}
    for c in cases:
        lab = c.get("label")
        if list(c) != CASE_FIELDS:
            errs.append("case field order: %r" % lab)
            continue
        if lab in labels:
            errs.append("duplicate label: %r" % lab)
        labels.add(lab)
        if not c["note"]:
            errs.append("empty note: %r" % lab)
        till, exp = c["connection"], c["expect"]
        counts.setdefault(till, {}).setdefault(exp, 0)
        counts[till][exp] += 1
        meas, vin = read_back(till, lab, errs)
        if c["vintage"] != vin:
            errs.append("vintage %r but the label says %r: %r" % (c["vintage"], vin, lab))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("none with an answer: %r" % lab)
            continue
        if exp not in ("yes", "almost"):
            errs.append("expect %r: %r" % (exp, lab))
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("unknown beverage_id: %r" % lab)
            continue
        wine = wine_of(e)
        if meas is None:
            errs.append("a drink answer with no measure on the label: %r" % lab)
            continue
        fmts = {x["format_cl"] for x in groups[wine]}
        if meas[0] == "code":
            v = meas[1]
            if v in fmts:
                meas = ("bottle", v)
            elif v in POUR_CODES:
                kind = "draught" if e["category"] == "bière" else ("dose" if v < 12 else "glass")
                meas = ("pour", v, kind)
            else:
                errs.append("caisse code %s: no such bottle, yet answered: %r" % (v, lab))
                continue
        if meas[0] == "bottle":
            f = meas[1] if meas[1] is not None else ordinary(wine)
            units = 1
            if e["format_cl"] != f:
                errs.append("bottle of %s cl answered with a %s cl entry: %r" % (f, e["format_cl"], lab))
        else:
            vol, kind = meas[1], meas[2]
            if kind == "draught":
                if e["format_cl"] < 2000:
                    errs.append("draught measure answered with a bottle: %r" % lab)
            elif e["format_cl"] != ordinary(wine) or e["format_cl"] >= 2000:
                errs.append("a pour answered with a bottle that is not the ordinary one: %r" % lab)
            units = round(vol / e["format_cl"], 4)
        if c["units_per_sale"] != units:
            errs.append("units %r, expected %r: %r" % (c["units_per_sale"], units, lab))
        same = [x for x in groups[wine] if x["format_cl"] == e["format_cl"]]
        others = sorted(x["id"] for x in same if x["id"] != e["id"])
        held = [x["vintage"] for x in same]
        if exp == "yes":
            if vin is not None:
                if e["vintage"] != vin or c["also_ok"]:
                    errs.append("yes: label vintage %s, entry %s / also_ok %s: %r" % (vin, e["vintage"], c["also_ok"], lab))
            else:
                if e["vintage"] is not None and e["vintage"] != max(v for v in held if v):
                    errs.append("yes without vintage not on the most recent: %r" % lab)
                if sorted(c["also_ok"]) != others:
                    errs.append("also_ok should be %s: %r" % (others, lab))
        else:
            if vin is None or vin in held or None in held:
                errs.append("almost needs a label vintage the wine lacks: %r" % lab)
                continue
            best = sorted(held, key=lambda v: (abs(v - vin), -v))[0]
            if e["vintage"] != best:
                errs.append("almost on %s, nearest is %s: %r" % (e["vintage"], best, lab))
            if sorted(c["also_ok"]) != others:
                errs.append("almost also_ok should be %s: %r" % (others, lab))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("case count %d" % n)
    tot = {x: sum(v.get(x, 0) for v in counts.values()) for x in ("yes", "almost", "none")}
    if n:
        for x, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            if not lo <= 100.0 * tot[x] / n <= hi:
                errs.append("%s share %.1f %% outside %d-%d %%" % (x, 100.0 * tot[x] / n, lo, hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not counts.get(t, {}).get(x):
                errs.append("till %s has no %s" % (t, x))
    return errs if errs else ["OK %d drinks, %d cases %s" % (len(lib), n, json.dumps(counts))]


def load(lib_path, case_path):
    with open(lib_path, encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(case_path, encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load(os.path.join(HERE, "laon_library.jsonl"), os.path.join(HERE, "laon_cases.jsonl"))
    clean = check(lib, cases)
    assert clean[0].startswith("OK"), clean
    print("clean files:", clean[0])
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]

    def dump(objs):
        return [json.dumps(o, ensure_ascii=False) for o in objs]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, fn, what="cases"):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        fn(l2, c2)
        breaks.append((name, dump(l2), dump(c2)))

    def almost_far(l, c):
        i = first(lambda x: x["expect"] == "almost" and x["also_ok"])
        c[i]["beverage_id"], c[i]["also_ok"][0] = c[i]["also_ok"][0], c[i]["beverage_id"]
    brk("almost on the farther vintage", almost_far)

    def units(l, c):
        i = first(lambda x: x["label"].startswith("coupe "))
        c[i]["units_per_sale"] = 0.16
    brk("coupe units", units)

    def vint(l, c):
        i = first(lambda x: x["vintage"] == 2015)
        c[i]["vintage"] = 2016
    brk("vintage field not the label's", vint)

    def mag75(l, c):
        i = first(lambda x: x["label"].startswith("mag ") and x["expect"] == "yes" and x["vintage"] is None)
        lab = c[i]["label"][4:]
        c[i]["beverage_id"] = next(x["beverage_id"] for x in c if x["label"] == lab)
    brk("magnum answered with the 75 cl entry", mag75)

    def ids(l, c):
        l[5]["id"] = "la099"
    brk("id out of sequence", ids, "lib")

    def order(l, c):
        c[3] = {k: c[3][k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
    brk("case field order", order)

    def lower(l, c):
        i = first(lambda x: x["connection"] == "caisse")
        c[i]["label"] = c[i]["label"].lower()
    brk("caisse label in lower case", lower)

    def older(l, c):
        i = first(lambda x: x["expect"] == "yes" and x["vintage"] is None and x["also_ok"])
        c[i]["beverage_id"], c[i]["also_ok"] = c[i]["also_ok"][0], [c[i]["beverage_id"]]
    brk("yes without vintage on the older vintage", older)

    def none_ans(l, c):
        i = first(lambda x: x["expect"] == "none")
        c[i]["beverage_id"] = "la002"
    brk("none with a beverage_id", none_ans)

    def colour(l, c):
        l[0]["colour"] = "pétillant"
    brk("unknown colour", colour)

    def dup(l, c):
        c[10]["label"] = c[9]["label"]
    brk("duplicate label", dup)

    def also(l, c):
        i = first(lambda x: x["expect"] == "almost" and x["also_ok"])
        c[i]["also_ok"] = []
    brk("almost without its also_ok", also)

    def qty(l, c):
        i = first(lambda x: x["connection"] == "resa")
        c[i]["label"] = c[i]["label"].rsplit(" ×", 1)[0]
    brk("resa line without quantity", qty)

    def pour_half(l, c):
        i = first(lambda x: x["label"] == "vre PF ladoucette")
        c[i]["beverage_id"] = "la052"
        c[i]["also_ok"] = []
    brk("glass answered with the half bottle", pour_half)

    def draught(l, c):
        i = first(lambda x: x["label"].startswith("pinte "))
        c[i]["beverage_id"] = "la102"
    brk("draught answered with a bottled beer", draught)

    def counts(l, c):
        del c[-60:]
    brk("counts out of range", counts)

    def tab_caps(l, c):
        i = first(lambda x: x["connection"] == "tablette")
        c[i]["label"] = c[i]["label"].upper().replace("RÉS", "RESERVE")
    brk("tablette label in capitals", tab_caps)

    bad = 0
    for name, l2, c2 in breaks:
        out = check(l2, c2)
        caught = not out[0].startswith("OK")
        bad += not caught
        print("%-45s %s  %s" % (name, "caught" if caught else "MISSED", out[0][:90]))
    print("%d breaks, %d missed" % (len(breaks), bad))
    return bad == 0


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    paths = sys.argv[1:] or [os.path.join(HERE, "laon_library.jsonl"), os.path.join(HERE, "laon_cases.jsonl")]
    out = check(*load(*paths))
    print("\n".join(out))
    sys.exit(0 if out[0].startswith("OK") else 1)
