"""Check the blind set "dunkerque" from its two jsonl files only.
python3 check_dunkerque.py            -> checks the files beside this script
python3 check_dunkerque.py --selftest -> breaks copies on purpose and shows each is caught"""
import copy
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("BAR", "SALLE", "CARNA")

# measure word on each till -> (kind, cl)   kind: pour / bottle / wine-default
BAR_M = {"VRE": ("pour", 12.5), "CP": ("pour", 12.5), "PICH25": ("pour", 25),
         "PICH50": ("pour", 50), "DEMI": ("pour", 25), "PTE": ("pour", 50),
         "GAL": ("pour", 12.5), "DOSE": ("pour", 4), "2CL": ("pour", 2),
         "1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "BT33": ("bottle", 33),
         "BT75": ("bottle", 75), "BT25": ("bottle", 25), "BT50": ("bottle", 50),
         "BT1L": ("bottle", 100), "BTL": ("bottle", None)}
SALLE_M = {"verre": ("pour", 12.5), "coupe": ("pour", 12.5), "pichet 25cl": ("pour", 25),
           "pichet 50cl": ("pour", 50), "demi": ("pour", 25), "pinte": ("pour", 50),
           "galopin": ("pour", 12.5), "dose": ("pour", 4), "2cl": ("pour", 2),
           "demi-bouteille": ("bottle", 37.5), "magnum": ("bottle", 150),
           "bouteille": ("bottle", None), "33cl": ("bottle", 33), "75cl": ("bottle", 75),
           "25cl": ("bottle", 25), "50cl": ("bottle", 50), "1L": ("bottle", 100)}
CARNA_M = {"VERRE": ("pour", 12.5), "COUPE": ("pour", 12.5), "PICH25": ("pour", 25),
           "PICH50": ("pour", 50), "DEMI": ("pour", 25), "PINTE": ("pour", 50),
           "GALOPIN": ("pour", 12.5), "DOSE": ("pour", 4), "2CL": ("pour", 2),
           "MAG": ("bottle", 150), "BTL": ("bottle", None), "33CL": ("bottle", 33),
           "75CL": ("bottle", 75), "25CL": ("bottle", 25), "50CL": ("bottle", 50),
           "1L": ("bottle", 100)}
BEER_POUR_WORDS = {"DEMI", "PTE", "GAL", "PINTE", "GALOPIN", "demi", "pinte", "galopin"}
STOP = {"VRE", "CP", "DEMI", "PTE", "GAL", "DOSE", "BTL", "MAG", "VERRE", "COUPE", "PINTE",
        "GALOPIN", "ROUGE", "BLANC", "ROSE", "RGE", "BL", "DE", "DU", "LA", "LE", "BOUTEILLE",
        "PICHET", "CL", "25CL", "33CL", "50CL", "75CL", "2CL", "1L", "PICH25", "PICH50",
        "BT33", "BT75", "BT25", "BT50", "BT1L", "MAGNUM", "CHATEAU", "CH"}


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper().replace("'", "")


def toks(s):
    return [t for t in re.split(r"[^A-Z0-9]+", norm(s)) if t]


def read_vintage(till, label):
    if till == "BAR":
        t = label[:14].split()
        if t and re.fullmatch(r"\d\d", t[-1]) and 14 <= int(t[-1]) <= 25:
            return 2000 + int(t[-1])
        return None
    if till == "SALLE":
        m = re.search(r"(?<!\d)(20[0-2]\d)(?!\d)", label)
        return int(m.group(1)) if m else None
    t = label.split("_")
    return int(t[-1]) if re.fullmatch(r"20[0-2]\d", t[-1]) else None


def read_measure(till, label):
    """-> (word, kind, cl) or (None, 'default', None)"""
    if till == "BAR":
        t = label[:14].split()
        if t and t[0] in BAR_M:
            return (t[0],) + BAR_M[t[0]]
    elif till == "SALLE":
        m = re.search(r"\(([^)]+)\)$", label)
        if m and m.group(1) in SALLE_M:
            return (m.group(1),) + SALLE_M[m.group(1)]
    else:
        t = label.split("_")
        if t[0] in CARNA_M:
            return (t[0],) + CARNA_M[t[0]]
    return (None, "default", None)


def form_ok(till, label):
    if till == "BAR":
        return (len(label) == 20 and re.fullmatch(r" *\d{1,2},\d\d", label[14:]) is not None
                and re.fullmatch(r"[A-Z0-9 /.]+", label[:14].rstrip()) is not None
                and label[:14].rstrip() == label[:14].rstrip().lstrip())
    if till == "SALLE":
        return (re.search(r"[a-zé]", label) is not None and "_" not in label
                and re.search(r"\d,\d\d$", label) is None
                and (not label.endswith(")") or read_measure(till, label)[0] is not None))
    if till == "CARNA":
        return (len(label) <= 22 and re.fullmatch(r"[A-Z0-9_/]+", label) is not None
                and not label.endswith("_"))
    return False


def shares_word(label, e):
    lt = [t for t in toks(label) if (t not in STOP and not re.fullmatch(r"\d+,?\d*", t)) or
          (t.isdigit() and len(t) <= 2 and t not in ("20",))]
    lt = [t for t in lt if t not in STOP]
    et_words = toks(" ".join(x for x in (e["name"], e["producer"], e["appellation"] or "") if x))
    et = set(et_words)
    for t in lt:
        if t in et:
            return True
        if len(t) >= 3 and any(w.startswith(t) for w in et):
            return True
        for i in range(len(et_words)):
            for j in range(i + 2, min(i + 5, len(et_words) + 1)):
                if t == "".join(w[0] for w in et_words[i:j]) or t == "".join(et_words[i:j]):
                    return True
    return False


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, l in enumerate(lib_lines):
        try:
            lib.append(json.loads(l, object_pairs_hook=list))
        except ValueError:
            errs.append("library line %d: bad JSON" % (i + 1))
    for i, l in enumerate(case_lines):
        try:
            cases.append(json.loads(l, object_pairs_hook=list))
        except ValueError:
            errs.append("cases line %d: bad JSON" % (i + 1))
    for i, e in enumerate(lib):
        if [k for k, _ in e] != LIB_FIELDS:
            errs.append("library %d: field order" % (i + 1))
    for i, c in enumerate(cases):
        if [k for k, _ in c] != CASE_FIELDS:
            errs.append("case %d: field order" % (i + 1))
    lib = [dict(e) for e in lib]
    cases = [dict(c) for c in cases]
    byid = {}
    for i, e in enumerate(lib):
        if e.get("id") != "du%03d" % (i + 1):
            errs.append("library %d: id %r out of sequence" % (i + 1, e.get("id")))
        byid[e.get("id")] = e
        if e.get("colour") not in COLOURS or e.get("category") not in CATS:
            errs.append("%s: colour/category" % e.get("id"))
        if e.get("category") in ("vin", "champagne") and e.get("colour") is None:
            errs.append("%s: wine without colour" % e["id"])
        if e.get("category") not in ("vin", "champagne") and e.get("colour") is not None:
            errs.append("%s: colour on a non-wine" % e["id"])
        if (e.get("format_cl") or 0) >= 2000 and e.get("category") != "bière":
            errs.append("%s: keg format on a non-beer" % e["id"])
        if not isinstance(e.get("format_cl"), (int, float)):
            errs.append("%s: format" % e["id"])
    sig = Counter((e["name"], e["producer"], e["appellation"], e["colour"], e["vintage"],
                   e["format_cl"]) for e in lib if "name" in e)
    if any(v > 1 for v in sig.values()):
        errs.append("library: duplicate entry")

    def group(e):
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"]) ==
                (e["name"], e["producer"], e["appellation"], e["colour"])]

    labels = Counter(c.get("label") for c in cases)
    for l, n in labels.items():
        if n > 1:
            errs.append("duplicate label %r" % l)
    for c in cases:
        L, till, exp = c.get("label"), c.get("connection"), c.get("expect")
        tag = "case %r" % L
        if till not in TILLS:
            errs.append(tag + ": unknown till")
            continue
        if not form_ok(till, L):
            errs.append(tag + ": not in %s's form" % till)
        v = read_vintage(till, L)
        if c.get("vintage") != v:
            errs.append(tag + ": vintage field %r, label reads %r" % (c.get("vintage"), v))
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or \
                    c.get("units_per_sale") is not None:
                errs.append(tag + ": none with an answer")
            continue
        if exp not in ("yes", "almost"):
            errs.append(tag + ": expect %r" % exp)
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            errs.append(tag + ": unknown beverage_id")
            continue
        if not shares_word(L, e):
            errs.append(tag + ": shares no word with %s" % e["id"])
        word, kind, cl = read_measure(till, L)
        wine = e["category"] in ("vin", "champagne")
        if till == "CARNA" and word == "DEMI" and wine:
            kind, cl = "bottle", 37.5
        g = group(e)
        fmts = sorted({x["format_cl"] for x in g})
        if kind == "pour":
            if word in BEER_POUR_WORDS and not wine:
                want = [f for f in fmts if f >= 2000]
            elif wine:
                want = [75] if 75 in fmts else (fmts if len(fmts) == 1 else [])
            else:
                want = [f for f in fmts if f < 2000]
            if e["format_cl"] not in want or len(want) != 1:
                errs.append(tag + ": a pour on the wrong entry format")
            elif c.get("units_per_sale") != round(cl / e["format_cl"], 4):
                errs.append(tag + ": units %r for %s cl of %s" % (c.get("units_per_sale"), cl,
                                                                  e["format_cl"]))
        else:
            if cl is None:
                if wine and kind == "default":
                    cl = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
                else:
                    cl = fmts[0] if len(fmts) == 1 else (75 if wine and 75 in fmts else None)
            if e["format_cl"] != cl:
                errs.append(tag + ": format %s, label says %s" % (e["format_cl"], cl))
            if c.get("units_per_sale") != 1:
                errs.append(tag + ": a bottle is 1 unit")
        same = [x for x in g if x["format_cl"] == e["format_cl"]]
        years = sorted(x["vintage"] for x in same if x["vintage"] is not None)
        others = sorted(x["id"] for x in same if x["id"] != e["id"])
        also = c.get("also_ok") or []
        if exp == "yes":
            if v is not None:
                if e["vintage"] != v or also != []:
                    errs.append(tag + ": yes on another vintage / also_ok not empty")
            else:
                if years and e["vintage"] != max(years):
                    errs.append(tag + ": yes without vintage is not the most recent")
                if sorted(also) != others:
                    errs.append(tag + ": also_ok should list the other vintages")
        else:
            if v is None or v in years or not years:
                errs.append(tag + ": almost without a missing vintage")
            else:
                best = sorted(years, key=lambda y: (abs(y - v), -y))[0]
                if e["vintage"] != best:
                    errs.append(tag + ": almost not on the nearest vintage")
                if sorted(also) != others:
                    errs.append(tag + ": also_ok should list the other vintages")
    n = len(cases)
    cnt = Counter(c.get("expect") for c in cases)
    if not 280 <= n <= 300:
        errs.append("cases: %d not in 280-300" % n)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d not in 110-130" % len(lib))
    if n:
        for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            p = 100.0 * cnt[k] / n
            if not lo <= p <= hi:
                errs.append("share of %s %.1f%% not in %d-%d" % (k, p, lo, hi))
    tc = Counter((c.get("connection"), c.get("expect")) for c in cases)
    for t in TILLS:
        for k in ("yes", "almost", "none"):
            if tc[(t, k)] == 0:
                errs.append("till %s has no %s" % (t, k))
    return errs


def load():
    with open(os.path.join(HERE, "dunkerque_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "dunkerque_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    assert not check(lib, cases), "clean files fail"
    print("clean files pass")
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    dump = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, lib_rows, case_rows, raw_lib=None, raw_cases=None):
        breaks.append((name, raw_lib or dump(lib_rows), raw_cases or dump(case_rows)))

    c = copy.deepcopy(C); raw = dump(c); raw[3] = raw[3][:-2]
    brk("bad JSON", L, None, raw_cases=raw)
    c = copy.deepcopy(C); c[0] = dict(reversed(list(c[0].items())))
    brk("field order", L, c)
    l2 = copy.deepcopy(L); l2[5]["id"] = "du099"
    brk("id out of sequence", l2, C)
    l2 = copy.deepcopy(L); l2[80]["colour"] = "orange"
    brk("bad colour", l2, C)
    l2 = copy.deepcopy(L); i = next(i for i, e in enumerate(l2) if e["category"] == "vin")
    l2[i]["format_cl"] = 3000
    brk("keg on a wine", l2, C)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and x["vintage"] is None
                                    and x["also_ok"])
    c[i]["also_ok"] = []
    brk("yes without vintage, also_ok emptied", L, c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "almost" and x["also_ok"])
    c[i]["beverage_id"], c[i]["also_ok"] = c[i]["also_ok"][0], [c[i]["beverage_id"]]
    brk("almost on another vintage", L, c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and x["vintage"] is not None)
    c[i]["vintage"] = None
    brk("vintage field wrong", L, c)
    c = copy.deepcopy(C); i = first(lambda x: isinstance(x["units_per_sale"], float))
    c[i]["units_per_sale"] = round(c[i]["units_per_sale"] * 2, 4)
    brk("units changed", L, c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "none")
    c[i]["beverage_id"] = "du001"
    brk("none with an id", L, c)
    c = copy.deepcopy(C); c[10]["label"] = c[11]["label"]
    brk("duplicate label", L, c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "BAR")
    c[i]["label"] = c[i]["label"].lower()
    brk("BAR label in lower case", L, c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "CARNA")
    c[i]["label"] = c[i]["label"].replace("_", " ")
    brk("CARNA label with spaces", L, c)
    c = copy.deepcopy(C); c[2]["connection"] = "TERRASSE"
    brk("unknown till", L, c)
    c = copy.deepcopy(C); i = first(lambda x: x["label"].startswith("DEMI KWAK"))
    j = next(e["id"] for e in L if e["name"] == "Kwak" and e["format_cl"] == 33)
    c[i]["beverage_id"] = j
    brk("draught pour on the bottle entry", L, c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and x["vintage"] is not None)
    c[i]["expect"] = "almost"
    brk("yes turned almost", L, c)
    c = [x for x in copy.deepcopy(C) if x["expect"] != "none" or x["connection"] != "CARNA"]
    brk("counts (CARNA without none)", L, c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and "CHIMAY" in x["label"])
    c[i]["beverage_id"] = next(e["id"] for e in L if e["name"] == "Jupiler")
    brk("label sharing no word", L, c)
    bad = 0
    for name, lr, cr in breaks:
        e = check(lr, cr)
        print("%-40s %s" % (name, ("caught: " + e[0]) if e else "MISSED"))
        bad += not e
    print("%d breaks, %d missed" % (len(breaks), bad))
    return bad == 0


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs = check(*load())
    for e in errs:
        print(e)
    lib, cases = load()
    C = [json.loads(x) for x in cases]
    tc = Counter((c["connection"], c["expect"]) for c in C)
    print("library %d, cases %d" % (len(lib), len(C)))
    for t in TILLS:
        print(t, [tc[(t, k)] for k in ("yes", "almost", "none")])
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)
