"""Check cocktail_library.jsonl and cocktail_cases.jsonl on their own (the build is not
imported): JSON, field order, ids, one entry per wine / vintage / format, the bench
README's rules for yes / almost / none, also_ok and units_per_sale, and each till's form.

    python3 check_cocktail.py [folder]      check the two files (default: this folder)
    python3 check_cocktail.py --selftest    break copies on purpose; each break must be caught
"""
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = {"caisse", "app", "priva"}

# measures as each till prints them -> (kind, cl)
CAISSE_CODES = {"2CL": ("pour", 2), "4CL": ("pour", 4), "5CL": ("pour", 5), "DBL": ("pour", 8),
                "VRE": ("pour", 12.5), "VRE15": ("pour", 15), "CP": ("pour", 12.5),
                "DEMI": ("draught", 25), "PINTE": ("draught", 50), "BTL": ("bottle", 75),
                "1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "JERO": ("bottle", 300),
                "20CL": ("bottle", 20), "25CL": ("bottle", 25), "33CL": ("bottle", 33),
                "50CL": ("bottle", 50), "70CL": ("bottle", 70), "75CL": ("bottle", 75),
                "1L": ("bottle", 100)}
APP_MEAS = {"20ml": ("pour", 2), "40ml": ("pour", 4), "shot": ("pour", 4), "50ml": ("pour", 5),
            "dbl": ("pour", 8), "gls": ("pour", 12.5), "gls 15cl": ("pour", 15),
            "coupe": ("pour", 12.5), "draft 25": ("draught", 25), "draft 50": ("draught", 50),
            "btl": ("bottle", 75), "half btl": ("bottle", 37.5), "mag": ("bottle", 150),
            "jero": ("bottle", 300), "btl 70cl": ("bottle", 70), "btl 1l": ("bottle", 100),
            "btl 50cl": ("bottle", 50), "75cl": ("bottle", 75), "33cl": ("bottle", 33),
            "25cl": ("bottle", 25), "20cl": ("bottle", 20)}
PRIVA_SERVING = {"Bouteille": "bottle", "Demi-bouteille": "bottle", "Magnum": "bottle",
                 "Jéroboam": "bottle", "Fût": "keg", "Dose": "pour", "Verre": "pour",
                 "Coupe": "pour", "Pression": "draught"}

WIDTH = 20
PRIVA_RE = re.compile(r"^\[PRIV (\d\d)-(\d{3})\] (\d+) × (.+) à (\d{1,3}(?: \d{3})*),(\d\d) € HT$")

# register and app shorthand -> the word it stands for, for the shared-word check
ALIASES = {"coke": "coca", "gb": "ginger", "ldn": "london", "ess": "essence", "vx": "vieux",
           "gde": "grande", "mts": "monts", "cdr": "cotes"}


# words too common to tell one drink from another
COMMON = {"vs", "vsop", "xo", "blanco", "plata", "repo", "reposado", "anejo", "joven", "ans", "anos", "gin", "ron", "rhum", "tequila", "mezcal", "cognac", "champagne", "fine", "brut", "blanc", "blanche", "blonde", "rose", "rouge", "vodka", "whisky", "single", "malt", "grande", "reserve", "ipa", "dry", "extra", "cuvee", "premier", "grand", "cru", "domaine", "chateau", "verre", "bouteille", "dose", "magnum", "coupe", "pression", "priv", "bas", "armagnac", "les", "des", "old"}


def fold(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def words(text):
    return [w for w in re.split(r"[^a-z0-9]+", fold(text)) if w]


def year2(two):
    n = int(two)
    return 1900 + n if n >= 31 else 2000 + n


# ---------------------------------------------------------------- each till's reading

def read_caisse(label, err):
    m = re.fullmatch(r"(.+) (T1|T2)", label)
    if not m:
        err("caisse label without its VAT status T1/T2")
        return None, None, None
    desc, vat = m.group(1), m.group(2)
    if len(desc) > WIDTH:
        err("caisse description longer than %d columns" % WIDTH)
    if desc != desc.rstrip() or not desc.isascii() or desc != desc.upper() or "  " in desc:
        err("caisse description not in ASCII capitals, single-spaced, trimmed")
    toks = desc.split(" ")
    vint = year2(toks[-1]) if re.fullmatch(r"\d\d", toks[-1]) else None
    meas = CAISSE_CODES.get(toks[0])
    return vint, meas, vat


def read_app(label, err):
    if not label.isascii() or label != label.lower():
        err("app label not in lower-case ASCII")
    m = re.fullmatch(r"([^\[\]()]+?)(?: \[([^\]]+)\])?(?: \(([a-z ]+)\))?", label)
    if not m:
        err("app label does not read as name ['yy] [measure] (note)")
        return None, None, None
    name, meas = m.group(1), m.group(2)
    if meas is not None and meas not in APP_MEAS:
        err("app measure %r unknown" % meas)
    vs = re.findall(r"(?<![a-z0-9])'(\d\d)(?![0-9])", name)
    if len(vs) > 1 or "'" in name.replace("'" + vs[0], "") if vs else "'" in name:
        err("app vintage not a single 'yy")
    return (year2(vs[0]) if vs else None), APP_MEAS.get(meas), None


def read_priva(label, err):
    m = PRIVA_RE.match(label)
    if not m:
        err("priva label not [PRIV yy-nnn] q × product à price € HT")
        return None, None, None
    core = m.group(4)
    vint = None
    mv = re.search(r" (\d{4})(?: \([^)]*\))?$", core)
    if mv and 1950 <= int(mv.group(1)) <= 2030:
        vint = int(mv.group(1))
    serving = core.split(" ")[0]
    kind = PRIVA_SERVING.get(serving)
    meas = None
    mvol = re.search(r"\((\d+(?:,\d+)?) (cl|L)\)$", core)
    vol = None
    if mvol:
        vol = float(mvol.group(1).replace(",", "."))
        if mvol.group(2) == "L":
            vol *= 100
    if kind in ("bottle", "keg", "draught"):
        if vol is None:
            err("priva %s without its volume" % serving)
        else:
            meas = (kind, vol)
        if (serving == "Magnum" and vol != 150) or (serving == "Demi-bouteille" and vol != 37.5):
            err("priva serving word and volume disagree")
    elif kind == "pour":
        if vol is None and serving in ("Dose",):
            err("priva dose without its volume")
        meas = ("pour", vol if vol is not None else 12.5)
    return vint, meas, None


READ = {"caisse": read_caisse, "app": read_app, "priva": read_priva}
AGE = {"caisse": r"(\d+)ANS\b", "app": r"\b(\d+)yo\b", "priva": r"\b(\d+) (?:ans|años)\b"}
GRADES = {"vs": "vs", "vsop": "vsop", "xo": "xo", "blanco": "blanco", "plata": "plata",
          "repo": "reposado", "reposado": "reposado", "anejo": "anejo", "joven": "joven"}


# ---------------------------------------------------------------- the check

def check(folder):
    errors = []
    lib_path = os.path.join(folder, "cocktail_library.jsonl")
    case_path = os.path.join(folder, "cocktail_cases.jsonl")
    lib = []
    for i, line in enumerate(open(lib_path, encoding="utf-8").read().splitlines(), 1):
        def err(msg, i=i):
            errors.append("library line %d: %s" % (i, msg))
        try:
            e = json.loads(line)
        except ValueError as x:
            err("invalid JSON (%s)" % x)
            continue
        if list(e) != LIB_FIELDS:
            err("fields %s, not %s" % (list(e), LIB_FIELDS))
            continue
        if e["id"] != "ck%03d" % i:
            err("id %s out of sequence" % e["id"])
        if e["category"] not in CATEGORIES:
            err("category %r" % e["category"])
        if (e["colour"] is None) != (e["category"] not in ("vin", "champagne")):
            err("colour %r on a %s" % (e["colour"], e["category"]))
        if e["colour"] is not None and e["colour"] not in COLOURS:
            err("colour %r" % e["colour"])
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            err("vintage %r" % e["vintage"])
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            err("format %r" % e["format_cl"])
        if not e["name"] or not e["producer"] or not e["country"]:
            err("name, producer and country are required")
        lib.append(e)
    if not 110 <= len(lib) <= 130:
        errors.append("library holds %d drinks, not 110-130" % len(lib))
    by_id = {e["id"]: e for e in lib}
    seen = {}
    for e in lib:
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen:
            errors.append("library: %s repeats %s (same wine, vintage and format)" % (e["id"], seen[k]))
        seen[k] = e["id"]

    def group(e):
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"],
                                   x["format_cl"]) == (e["name"], e["producer"], e["appellation"],
                                                       e["colour"], e["format_cl"])]

    cases, labels = [], set()
    for i, line in enumerate(open(case_path, encoding="utf-8").read().splitlines(), 1):
        def err(msg, i=i):
            errors.append("case line %d: %s" % (i, msg))
        try:
            c = json.loads(line)
        except ValueError as x:
            err("invalid JSON (%s)" % x)
            continue
        if list(c) != CASE_FIELDS:
            err("fields %s, not %s" % (list(c), CASE_FIELDS))
            continue
        cases.append(c)
        lab = c["label"]
        if lab in labels:
            err("label %r repeated" % lab)
        labels.add(lab)
        if c["connection"] not in TILLS:
            err("connection %r" % c["connection"])
            continue
        vint, meas, vat = READ[c["connection"]](lab, err)
        if c["vintage"] != vint:
            err("vintage %r, but the label reads %r" % (c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err("a none case carries an id, also_ok or units")
            continue
        if c["expect"] not in ("yes", "almost"):
            err("expect %r" % c["expect"])
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            err("beverage_id %r not in the library" % c["beverage_id"])
            continue
        if meas is None:
            err("a yes/almost label without a measure")
            continue
        kind, vol = meas
        fmt = e["format_cl"]
        if kind in ("bottle", "keg"):
            if fmt != vol:
                err("label's bottle is %g cl, entry %s is %g cl" % (vol, e["id"], fmt))
            units = 1
        elif kind == "draught":
            if fmt < 2000:
                err("a draught measure answered with a %g cl bottle" % fmt)
            units = round(vol / fmt, 4)
        else:
            if e["category"] in ("vin", "champagne"):
                if fmt != 75:
                    err("a pour answered with a %g cl entry, not the 75 cl bottle" % fmt)
            else:
                fmts = {x["format_cl"] for x in lib if x["name"] == e["name"]
                        and x["producer"] == e["producer"] and x["format_cl"] < 2000}
                if fmt >= 2000 or len(fmts) != 1:
                    err("a pour of a drink without one ordinary bottle")
            units = round(vol / fmt, 4)
        if c["units_per_sale"] != units:
            err("units_per_sale %r, expected %r" % (c["units_per_sale"], units))
        g = group(e)
        others = sorted(x["id"] for x in g if x is not e)
        held = {x["vintage"] for x in g}
        if vint is None:
            if c["expect"] != "yes":
                err("almost without a vintage on the label")
            if e["vintage"] is not None and e["vintage"] != max(v for v in held if v is not None):
                err("no vintage on the label, but %s is not the most recent" % e["id"])
            if c["also_ok"] != others:
                err("also_ok %s, expected the other vintages %s" % (c["also_ok"], others))
        elif c["expect"] == "yes":
            if e["vintage"] != vint:
                err("yes on %s (%r), label vintage %d" % (e["id"], e["vintage"], vint))
            if c["also_ok"] != []:
                err("also_ok on a yes whose vintage is on the label")
        else:
            if vint in held:
                err("almost, but vintage %d is held" % vint)
            if None in held:
                err("almost on a non-vintage drink")
            else:
                best = min(g, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))
                if best is not e:
                    err("almost on %s, the nearest vintage is %s" % (e["id"], best["id"]))
            if c["also_ok"] != others:
                err("also_ok %s, expected %s" % (c["also_ok"], others))
        # the register's VAT status: T2 is the 10 % of softs
        if c["connection"] == "caisse" and vat is not None:
            if (vat == "T2") != (e["category"] == "soft"):
                err("VAT status %s on a %s" % (vat, e["category"]))
        # the label shares a word with its entry
        ew = set(words(" ".join([e["name"], e["producer"], e["appellation"] or ""]))) - COMMON
        lw = [w for w in (ALIASES.get(w, w) for w in words(lab)) if w not in COMMON]
        if not any(len(w) >= 4 and any(x.startswith(w) or w.startswith(x) for x in ew if len(x) >= 4)
                   for w in lw):
            err("label shares no word with %s (%s)" % (e["id"], e["name"]))
        # an age or grade on the label is the entry's
        ages = re.findall(AGE[c["connection"]], lab)
        eages = re.findall(r"(\d+) (?:ans|años)", e["name"])
        if ages and ages != eages:
            err("label age %s, entry %s is %s" % (ages, e["id"], eages or "without age"))
        ename = set(words(e["name"]))
        for w in words(lab):
            gr = GRADES.get(w)
            if gr and gr not in ename:
                err("label grade %r, entry %s is %s" % (w, e["id"], e["name"]))
    n = len(cases)
    if not 280 <= n <= 300:
        errors.append("%d cases, not 280-300" % n)
    if n:
        share = {k: sum(c["expect"] == k for c in cases) / n for k in ("yes", "almost", "none")}
        for k, lo, hi in (("yes", 0.44, 0.52), ("almost", 0.11, 0.17), ("none", 0.34, 0.42)):
            if not lo <= share[k] <= hi:
                errors.append("%s is %.1f %% of the cases" % (k, 100 * share[k]))
    if len({c["connection"] for c in cases}) != 3:
        errors.append("the cases do not come from three tills")
    return errors, cases


# ---------------------------------------------------------------- selftest

def _edit(folder, name, fn):
    path = os.path.join(folder, name)
    lines = open(path, encoding="utf-8").read().splitlines()
    lines = fn(lines)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def _case_edit(pred, change):
    def fn(lines):
        for i, l in enumerate(lines):
            c = json.loads(l)
            if pred(c):
                change(c)
                lines[i] = json.dumps(c, ensure_ascii=False)
                return lines
        raise AssertionError("selftest: no case to break")
    return fn


def _lib_edit(idx, change):
    def fn(lines):
        e = json.loads(lines[idx])
        change(e)
        lines[idx] = json.dumps(e, ensure_ascii=False)
        return lines
    return fn


def _swap_fields(c):
    items = list(c.items())
    items[4], items[5] = items[5], items[4]
    c.clear()
    c.update(items)


def _lib_by(folder):
    return [json.loads(l) for l in open(os.path.join(folder, "cocktail_library.jsonl"), encoding="utf-8")]


def selftest():
    here = os.path.dirname(os.path.abspath(__file__))
    errs, _ = check(here)
    if errs:
        print("the unbroken files do not check clean:")
        print("\n".join(errs[:20]))
        return 1
    print("unbroken files: clean")
    lib = _lib_by(here)
    ids = {e["id"]: e for e in lib}

    def other_vintage_id(c, far=True):
        e = ids[c["beverage_id"]]
        g = [x for x in lib if (x["name"], x["format_cl"]) == (e["name"], e["format_cl"]) and x is not e]
        g.sort(key=lambda x: abs(x["vintage"] - c["vintage"]))
        return g[-1]["id"]

    def half_to_75(c):
        e = ids[c["beverage_id"]]
        c["beverage_id"] = next(x["id"] for x in lib if x["name"] == e["name"] and x["format_cl"] == 75)

    def pint_to_bottle(c):
        e = ids[c["beverage_id"]]
        c["beverage_id"] = next(x["id"] for x in lib if x["name"] == e["name"] and x["format_cl"] == 33)
        c["units_per_sale"] = round(50 / 33, 4)

    breaks = [
        ("a glass's units", "cocktail_cases.jsonl",
         _case_edit(lambda c: c["units_per_sale"] == 0.1667, lambda c: c.update(units_per_sale=0.2))),
        ("an almost on the farther vintage", "cocktail_cases.jsonl",
         _case_edit(lambda c: c["expect"] == "almost" and len(c["also_ok"]) >= 2,
                    lambda c: c.update(beverage_id=other_vintage_id(c)))),
        ("a vintage the register cut off kept in `vintage`", "cocktail_cases.jsonl",
         _case_edit(lambda c: "cut off by the till" in c["note"], lambda c: c.update(vintage=2023))),
        ("a none with an id", "cocktail_cases.jsonl",
         _case_edit(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="ck001"))),
        ("a register label in lower case and too long", "cocktail_cases.jsonl",
         _case_edit(lambda c: c["connection"] == "caisse" and c["expect"] == "none",
                    lambda c: c.update(label=c["label"].lower().replace(" t", " extra long words T")))),
        ("an events label without its HT price", "cocktail_cases.jsonl",
         _case_edit(lambda c: c["connection"] == "priva",
                    lambda c: c.update(label=c["label"].replace(" € HT", " €")))),
        ("fields out of order", "cocktail_cases.jsonl",
         _case_edit(lambda c: c["expect"] == "yes", _swap_fields)),
        ("a half bottle answered with the 75 cl entry", "cocktail_cases.jsonl",
         _case_edit(lambda c: c["expect"] == "yes" and c["beverage_id"]
                    and ids[c["beverage_id"]]["format_cl"] == 37.5 and c["connection"] != "app",
                    half_to_75)),
        ("also_ok dropped", "cocktail_cases.jsonl",
         _case_edit(lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[]))),
        ("an entry's vintage changed onto its sibling's", "cocktail_library.jsonl",
         _lib_edit(1, lambda e: e.update(vintage=2016))),
        ("a draught pint answered with the 33 cl bottle", "cocktail_cases.jsonl",
         _case_edit(lambda c: c["label"].startswith("PINTE PARISIEN"), pint_to_bottle)),
        ("T2 on an alcoholic drink", "cocktail_cases.jsonl",
         _case_edit(lambda c: c["connection"] == "caisse" and c["expect"] == "yes",
                    lambda c: c.update(label=c["label"][:-2] + "T2"))),
        ("an accent on the app", "cocktail_cases.jsonl",
         _case_edit(lambda c: c["connection"] == "app" and "rose" in c["label"],
                    lambda c: c.update(label=c["label"].replace("rose", "rosé", 1)))),
        ("a library id out of sequence", "cocktail_library.jsonl",
         _lib_edit(5, lambda e: e.update(id="ck099"))),
        ("a dose pointed at another age", "cocktail_cases.jsonl",
         _case_edit(lambda c: c["label"].startswith("4CL GLENGOYNE 12ANS"),
                    lambda c: c.update(beverage_id="ck034"))),
        ("a dose pointed at another brand's VSOP", "cocktail_cases.jsonl",
         _case_edit(lambda c: c["label"].startswith("4CL HARDY VSOP"),
                    lambda c: c.update(beverage_id="ck078"))),
        ("a colour on a spirit", "cocktail_library.jsonl",
         _lib_edit(40, lambda e: e.update(colour="blanc"))),
    ]
    failed = 0
    for what, name, fn in breaks:
        tmp = tempfile.mkdtemp(prefix="ck_selftest_")
        try:
            for f in ("cocktail_library.jsonl", "cocktail_cases.jsonl"):
                shutil.copy(os.path.join(here, f), tmp)
            _edit(tmp, name, fn)
            errs, _ = check(tmp)
            status = "caught" if errs else "MISSED"
            failed += not errs
            print("%-50s %s%s" % (what, status, (": " + errs[0]) if errs else ""))
        finally:
            shutil.rmtree(tmp)
    print("%d breaks, %d missed" % (len(breaks), failed))
    return 1 if failed else 0


def main(argv):
    if "--selftest" in argv:
        return selftest()
    folder = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errs, cases = check(folder)
    for e in errs:
        print(e)
    if not errs:
        tot = {}
        for c in cases:
            tot.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
        for t in ("caisse", "app", "priva"):
            print("%-7s %s" % (t, tot[t]))
        print("OK: %d cases, all checks pass" % len(cases))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
