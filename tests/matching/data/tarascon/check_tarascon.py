"""Check tarascon_library.jsonl and tarascon_cases.jsonl (reads only these two files).

python3 check_tarascon.py            -> checks the files, exit 1 on any problem
python3 check_tarascon.py --selftest -> breaks copies on purpose, shows each is reported
"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "terrasse", "emporter")

# measure: (kind, volume)
MEAS = {"V": ("pour", 12.5), "V15": ("pour", 15), "CP": ("pour", 12.5), "P25": ("pour", 25),
        "P50": ("pour", 50), "D4": ("pour", 4), "D2": ("pour", 2), "DEMI": ("keg", 25),
        "PINTE": ("keg", 50), "BT": ("bottle", 75), "HB": ("bottle", 37.5),
        "MG": ("bottle", 150), "B25": ("bottle", 25), "B33": ("bottle", 33),
        "B355": ("bottle", 35.5), "B50": ("bottle", 50), "B70": ("bottle", 70),
        "B100": ("bottle", 100), "B150": ("bottle", 150), "PK6": ("pack6", 25),
        "U": ("unit", None)}
C_PRE = {"VRE": "V", "VRE15": "V15", "COUPE": "CP", "PICH25": "P25", "PICH50": "P50",
         "DOSE": "D4", "2CL": "D2", "DEMI": "DEMI", "PINTE": "PINTE", "BTE": "BT",
         "1/2": "HB", "MAG": "MG"}
C_SUF = {"25CL": "B25", "33CL": "B33", "35,5CL": "B355", "50CL": "B50", "70CL": "B70",
         "1L": "B100", "1,5L": "B150"}
T_SUF = {"Verre": "V", "Verre 15cl": "V15", "Coupe": "CP", "Pichet 25cl": "P25",
         "Pichet 50cl": "P50", "Dose": "D4", "Dose 2cl": "D2", "Demi": "DEMI",
         "Pinte": "PINTE", "Bouteille": "BT", "Demi-bouteille": "HB", "Magnum": "MG"}
T_SIZE = {"25cl": "B25", "33cl": "B33", "35,5cl": "B355", "50cl": "B50", "70cl": "B70",
          "1l": "B100", "1,5l": "B150"}
E_FMT = {"75CL": "BT", "37,5CL": "HB", "150CL": "MG", "25CL": "B25", "33CL": "B33",
         "35,5CL": "B355", "50CL": "B50", "70CL": "B70", "1L": "B100", "1,5L": "B150",
         "6X25CL": "PK6"}
# staff abbreviations a sommelier reads at sight: label word -> library word
ABBR = {"rs": "rose", "rge": "rouge", "bl": "blanc", "vx": "vieux", "cdr": "cotes",
        "bdv": "beaumes", "kro": "kronenbourg", "schw": "schweppes", "ch": "chateau",
        "ste": "sainte", "whisp": "whispering", "l": "laurent", "coca": "coca"}


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


def read_vintage(till, label):
    toks = label.split(" ")
    if till == "comptoir":
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) and int(toks[-1]) <= 30:
            return 2000 + int(toks[-1])
        return None
    if till == "emporter":
        toks = toks[1:-1]
    found = [int(t) for t in toks if re.fullmatch(r"(19|20)\d\d", t)]
    return found[-1] if found else None


def read_measure(till, label):
    toks = label.split(" ")
    if till == "comptoir":
        if toks[0] in C_PRE and len(toks) > 1:
            return C_PRE[toks[0]]
        return C_SUF.get(toks[-1], "U")
    if till == "terrasse":
        if " - " in label:
            return T_SUF.get(label.rsplit(" - ", 1)[1], "?")
        return T_SIZE.get(toks[-1], "U")
    hits = [E_FMT[t] for t in toks[1:-1] if t in E_FMT]
    return hits[0] if hits else "U"


def till_form(till, label):
    if till == "comptoir":
        return (len(label) <= 20 and re.fullmatch(r"[A-Z0-9][A-Z0-9 /',.-]*", label) is not None
                and label == label.strip())
    if till == "terrasse":
        return (re.search(r"[a-zà-ÿ]", label) is not None and label == label.strip()
                and (" - " not in label or label.rsplit(" - ", 1)[1] in T_SUF))
    if till == "emporter":
        return (re.fullmatch(r"[3-8]\d{3} \S.* \d{1,3},\d0", label) is not None
                and label.split(" ", 1)[1] == label.split(" ", 1)[1].upper())
    return False


def shares_word(label, entry):
    lw = [w for w in words(label) if w not in C_PRE and w.upper() not in C_PRE]
    ew = set(words(" ".join(str(entry[k] or "") for k in ("name", "producer", "appellation"))))
    for w in lw:
        w2 = ABBR.get(w, w)
        if w2 in ew and (len(w2) >= 3 or w2.isdigit()):
            return True
        for e in ew:
            if len(e) >= 3 and (w.startswith(e) or (len(w) >= 4 and e.startswith(w[:4]))):
                return True
    return False


def load(path):
    rows, errs = [], []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errs.append("%s:%d: bad JSON (%s)" % (os.path.basename(path), i, e))
    return rows, errs


def check(lib, cases):
    errs = []
    E = errs.append
    # library
    if not 110 <= len(lib) <= 130:
        E("library has %d drinks, not 110-130" % len(lib))
    byid, seen = {}, set()
    for i, d in enumerate(lib, 1):
        if list(d) != LIB_FIELDS:
            E("library line %d: fields %s" % (i, list(d)))
            continue
        if d["id"] != "ts%03d" % i:
            E("library line %d: id %s out of sequence" % (i, d["id"]))
        byid[d["id"]] = d
        if d["category"] not in CATS:
            E("%s: category %r" % (d["id"], d["category"]))
        wine = d["category"] in ("vin", "champagne")
        if (wine and d["colour"] not in COLOURS) or (not wine and d["colour"] is not None):
            E("%s: colour %r for %s" % (d["id"], d["colour"], d["category"]))
        if d["vintage"] is not None and not (isinstance(d["vintage"], int) and 1950 <= d["vintage"] <= 2025):
            E("%s: vintage %r" % (d["id"], d["vintage"]))
        if not isinstance(d["format_cl"], (int, float)) or d["format_cl"] <= 0:
            E("%s: format %r" % (d["id"], d["format_cl"]))
        elif d["format_cl"] >= 2000 and d["category"] != "bière" and d["category"] != "vin":
            E("%s: keg format on a %s" % (d["id"], d["category"]))
        k = (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"], d["vintage"])
        if k in seen:
            E("%s: same drink twice" % d["id"])
        seen.add(k)

    def group(d):
        return [x for x in lib if list(d) == LIB_FIELDS and all(x.get(f) == d[f] for f in
                ("name", "producer", "appellation", "colour", "format_cl"))]

    def family_formats(d):
        return {x["format_cl"] for x in lib if list(x) == LIB_FIELDS and all(
            x[f] == d[f] for f in ("name", "producer", "appellation", "colour"))}

    # cases
    if not 280 <= len(cases) <= 300:
        E("%d cases, not 280-300" % len(cases))
    labels, counts = set(), {}
    for i, c in enumerate(cases, 1):
        where = "case %d %r" % (i, c.get("label"))
        if list(c) != CASE_FIELDS:
            E("%s: fields %s" % (where, list(c)))
            continue
        lab, till, exp = c["label"], c["connection"], c["expect"]
        if lab in labels:
            E("%s: duplicate label" % where)
        labels.add(lab)
        if till not in TILLS:
            E("%s: connection %r" % (where, till))
            continue
        if exp not in ("yes", "almost", "none"):
            E("%s: expect %r" % (where, exp))
            continue
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        if not till_form(till, lab):
            E("%s: not the %s till's form" % (where, till))
        if not c["note"]:
            E("%s: empty note" % where)
        v = read_vintage(till, lab)
        if c["vintage"] != v:
            E("%s: vintage %r but the label reads %r" % (where, c["vintage"], v))
        if "cut off by the till" in c["note"] and not (till == "comptoir" and len(lab) == 20 and v is None):
            E("%s: cut-off note on a label not cut" % where)
        m = read_measure(till, lab)
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                E("%s: none with an answer" % where)
            continue
        d = byid.get(c["beverage_id"])
        if d is None:
            E("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        if not shares_word(lab, d):
            E("%s: shares no word with %s" % (where, d["name"]))
        g = group(d)
        vints = sorted(x["vintage"] for x in g if x["vintage"] is not None)
        ids = {x["vintage"]: x["id"] for x in g}
        others = sorted(x["id"] for x in g if x["id"] != d["id"])
        if exp == "yes" and v is not None:
            others = []
        if sorted(c["also_ok"]) != others or len(set(c["also_ok"])) != len(c["also_ok"]):
            E("%s: also_ok %s, expected the other vintages %s" % (where, c["also_ok"], others))
        if exp == "yes":
            if v is not None and d["vintage"] != v:
                E("%s: yes but entry vintage %r != label %r" % (where, d["vintage"], v))
            if v is None and vints and d["vintage"] != max(vints):
                E("%s: yes without vintage must be the most recent" % where)
            if v is not None and c["also_ok"]:
                E("%s: yes with a vintage must have empty also_ok" % where)
        else:
            if v is None or v in vints or not vints:
                E("%s: almost needs a label vintage the wine lacks" % where)
            else:
                best = min(vints, key=lambda x: (abs(x - v), -x))
                if d["id"] != ids[best]:
                    E("%s: almost must be the nearest vintage %d" % (where, best))
        kind, vol = MEAS.get(m, (None, None))
        u = c["units_per_sale"]
        if not isinstance(u, (int, float)) or round(u, 4) != u:
            E("%s: units %r not to 4 decimals" % (where, u))
            continue
        f = d["format_cl"]
        if kind in ("bottle", "pack6"):
            if f != vol:
                E("%s: label format %s cl but entry %s cl" % (where, vol, f))
            if u != (6 if kind == "pack6" else 1):
                E("%s: units %r for a %s" % (where, u, kind))
        elif kind == "keg":
            if d["category"] != "bière" or f < 2000:
                E("%s: draught measure on a non-keg entry" % where)
            if u != round(vol / f, 4):
                E("%s: units %r, expected %r" % (where, u, round(vol / f, 4)))
        elif kind == "pour":
            fams = family_formats(d)
            ordinary = 75 if 75 in fams else (next(iter(fams)) if len(fams) == 1 else None)
            if d["category"] in ("bière", "soft") or f != ordinary:
                E("%s: a pour must come from the ordinary bottle (%s), not %s cl" % (where, ordinary, f))
            if u != round(vol / f, 4):
                E("%s: units %r, expected %r" % (where, u, round(vol / f, 4)))
        else:
            E("%s: yes/almost with no measure read (%s)" % (where, m))
    n = len(cases) or 1
    tot = {e: sum(counts.get((t, e), 0) for t in TILLS) for e in ("yes", "almost", "none")}
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * tot[e] / n <= hi:
            E("share of %s %.1f %% not in %d-%d %%" % (e, 100.0 * tot[e] / n, lo, hi))
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if not counts.get((t, e)):
                E("till %s has no %s case" % (t, e))
    return errs, counts


def run(lib_path, cases_path, quiet=False):
    lib, e1 = load(lib_path)
    cases, e2 = load(cases_path)
    errs, counts = check(lib, cases)
    errs = e1 + e2 + errs
    if not quiet:
        for e in errs:
            print("ERROR", e)
        if not errs:
            print("OK: %d drinks, %d cases" % (len(lib), len(cases)))
            for t in TILLS:
                print("  %-9s yes %3d  almost %3d  none %3d" % ((t, *tuple(counts.get((t, x), 0) for x in ("yes", "almost", "none")))))
    return errs


def selftest():
    import tempfile
    lib_txt = open(os.path.join(HERE, "tarascon_library.jsonl"), encoding="utf-8").read()
    cas_txt = open(os.path.join(HERE, "tarascon_cases.jsonl"), encoding="utf-8").read()
    lib = [json.loads(x) for x in lib_txt.splitlines()]
    cas = [json.loads(x) for x in cas_txt.splitlines()]

    def first(pred):
        return next(i for i, c in enumerate(cas) if pred(c))

    def brk_case(fn):
        def f():
            c2 = copy.deepcopy(cas)
            fn(c2)
            return lib, c2
        return f

    def brk_lib(fn):
        def f():
            l2 = copy.deepcopy(lib)
            fn(l2)
            return l2, cas
        return f

    def swap_fields(c):
        c[0] = {k: c[0][k] for k in ["expect", "label", *CASE_FIELDS[2:]]}

    def yes_not_recent(c):
        i = first(lambda x: x["expect"] == "yes" and x["also_ok"])
        c[i]["beverage_id"], c[i]["also_ok"][0] = c[i]["also_ok"][0], c[i]["beverage_id"]

    def almost_not_nearest(c):
        i = first(lambda x: x["label"] == "VRE TREVALLON 18")
        j = next(k for k in c[i]["also_ok"] if k != c[i]["beverage_id"])
        c[i]["also_ok"] = sorted([c[i]["beverage_id"]] + [x for x in c[i]["also_ok"] if x != j])
        c[i]["beverage_id"] = j

    breaks = {
        "bad JSON line": (lambda: None, "json"),
        "field order": (brk_case(swap_fields), None),
        "id out of sequence": (brk_lib(lambda l: l[5].update(id="ts099")), None),
        "bad colour": (brk_lib(lambda l: l[0].update(colour="rose")), None),
        "colour on a beer": (brk_lib(lambda l: l[-1].update(colour="blanc")), None),
        "duplicate label": (brk_case(lambda c: c[1].update(label=c[0]["label"])), None),
        "vintage field wrong": (brk_case(lambda c: c[first(lambda x: x["vintage"])].update(vintage=2011)), None),
        "yes not the most recent": (brk_case(yes_not_recent), None),
        "almost not the nearest": (brk_case(almost_not_nearest), None),
        "units wrong": (brk_case(lambda c: c[first(lambda x: x["units_per_sale"] == 0.1667)].update(units_per_sale=0.2)), None),
        "units not 4 decimals": (brk_case(lambda c: c[first(lambda x: x["units_per_sale"] == 0.1667)].update(units_per_sale=1 / 6)), None),
        "comptoir label too wide": (brk_case(lambda c: c[0].update(label=c[0]["label"] + " BIEN FRAIS")), None),
        "terrasse in capitals": (brk_case(lambda c: c[first(lambda x: x["connection"] == "terrasse")].update(
            label=c[first(lambda x: x["connection"] == "terrasse")]["label"].upper())), None),
        "none with an answer": (brk_case(lambda c: c[first(lambda x: x["expect"] == "none")].update(beverage_id="ts001")), None),
        "unknown beverage_id": (brk_case(lambda c: c[first(lambda x: x["expect"] == "yes")].update(beverage_id="ts999")), None),
        "bottle on the wrong format": (brk_case(lambda c: c[first(lambda x: x["label"] == "MAG WHISPERING" or x["label"].startswith("MAG GALETS"))].update(beverage_id="ts032")), None),
        "pour from a magnum": (brk_case(lambda c: c[first(lambda x: x["label"] == "VRE GALETS ROUGES")].update(beverage_id="ts033", also_ok=[])), None),
        "label sharing no word": (brk_case(lambda c: c[first(lambda x: x["label"] == "DOSE JAMESON")].update(label="DOSE XQZW")), None),
        "cut-off note on an uncut label": (brk_case(lambda c: c[0].update(note=c[0]["note"] + " [2024 cut off by the till]")), None),
        "shares out of range": (brk_case(lambda c: [x.update(expect="none", beverage_id=None, also_ok=[], units_per_sale=None)
                                                    for x in c[:60] if x["expect"] != "none"]), None),
        "too few cases": (brk_case(lambda c: c.__delitem__(slice(0, 30))), None),
        "a till without almost": (brk_case(lambda c: c.__setitem__(slice(None), [x for x in c if not (
            x["connection"] == "emporter" and x["expect"] == "almost")])), None),
    }
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")

        def write(l, c, raw_extra=""):
            with open(lp, "w", encoding="utf-8") as fh:
                fh.write("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in l))
            with open(cp, "w", encoding="utf-8") as fh:
                fh.write("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in c) + raw_extra)

        write(lib, cas)
        clean = run(lp, cp, quiet=True)
        print("clean copy: %s" % ("passes" if not clean else "FAILS: %s" % clean[:3]))
        bad += bool(clean)
        for name, (fn, special) in breaks.items():
            if special == "json":
                write(lib, cas, raw_extra='{"label": "CAFE SERRE",\n')
            else:
                l2, c2 = fn()
                write(l2, c2)
            errs = [e for e in run(lp, cp, quiet=True) if e not in clean]
            print("%-32s %s" % (name, ("reported: " + errs[0][:80]) if errs else "NOT REPORTED"))
            bad += not errs
    print("selftest %s (%d breaks)" % ("OK" if not bad else "FAILED", len(breaks)))
    return bad


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        sys.exit(1 if selftest() else 0)
    sys.exit(1 if run(os.path.join(HERE, "tarascon_library.jsonl"),
                      os.path.join(HERE, "tarascon_cases.jsonl")) else 0)
