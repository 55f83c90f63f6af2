"""Check the Rochefort ("La Corderie") blind set. Reads only the two jsonl files.

python3 check_rochefort.py             -> checks, prints counts, exit 1 on any error
python3 check_rochefort.py --selftest  -> breaks copies in many ways, shows each is caught
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
FORMATS = {25, 33, 35, 37.5, 50, 70, 75, 100, 150, 2000, 3000}
TILLS = ("zinc", "salle", "cave")

# measure read back from the label: (kind, cl); kind bottle (cl None = ordinary bottle),
# pour, draught, or None for a label without measure (food, services)
ZINC = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "25CL": ("bottle", 25),
        "33CL": ("bottle", 33), "35CL": ("bottle", 35), "50CL": ("bottle", 50),
        "70CL": ("bottle", 70), "1L": ("bottle", 100), "VRE": ("pour", 12.5),
        "VR8": ("pour", 8), "VR15": ("pour", 15), "CP": ("pour", 12.5), "P25": ("pour", 25),
        "P50": ("pour", 50), "2CL": ("pour", 2), "4CL": ("pour", 4), "DOSE": ("pour", 4),
        "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
SALLE = {"Bouteille": ("bottle", None), "Demi-bouteille": ("bottle", 37.5),
         "Magnum": ("bottle", 150), "25cl": ("bottle", 25), "33cl": ("bottle", 33),
         "35cl": ("bottle", 35), "50cl": ("bottle", 50), "Bouteille 70cl": ("bottle", 70),
         "1L": ("bottle", 100), "Verre": ("pour", 12.5), "Verre 8cl": ("pour", 8),
         "Verre 15cl": ("pour", 15), "Coupe": ("pour", 12.5), "Pichet 25cl": ("pour", 25),
         "Pichet 50cl": ("pour", 50), "2cl": ("pour", 2), "4cl": ("pour", 4),
         "Dose": ("pour", 4), "Demi": ("draught", 25), "Pinte": ("draught", 50)}
CAVE = {"BT75": ("bottle", 75), "BT37,5": ("bottle", 37.5), "MG150": ("bottle", 150),
        "BT25": ("bottle", 25), "BT33": ("bottle", 33), "BT35": ("bottle", 35),
        "BT50": ("bottle", 50), "BT70": ("bottle", 70), "BT100": ("bottle", 100),
        "UNITE": None}
CAVE_RE = re.compile(r"^(R\d{4}) ([ -~]{30}) (\S+)$")
# the staff's abbreviations that share no letters-run with the entry
ABBREV = {"CDR": "côtes du rhône", "LP": "laurent-perrier", "BL": "blanc", "RG": "rouge",
          "RS": "rosé", "CDB": "côtes de bordeaux", "SL": "sur lie", "GD": "grand"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


def read_vintage(conn, label):
    if conn == "zinc":
        last = label.split()[-1]
        if re.fullmatch(r"\d{2}", last):
            yy = int(last)
            return 2000 + yy if yy <= 30 else 1900 + yy
        return None
    text = label if conn == "salle" else label[6:36]
    m = re.findall(r"(?<![0-9A-Za-z])((?:19|20)\d{2})(?![0-9A-Za-z])", text)
    return int(m[-1]) if m else None


def read_measure(conn, label, errs, where):
    """(kind, cl) or None; also checks the till's form."""
    if conn == "zinc":
        if not (label.isascii() and label == label.upper()):
            errs.append("%s: zinc label not ASCII capitals" % where)
        if len(label) > 20 or label != label.strip() or "  " in label:
            errs.append("%s: zinc label over 20 columns or badly spaced" % where)
        first = label.split()[0]
        return ZINC.get(first), first in ZINC
    if conn == "salle":
        if not re.search(r"[a-zé]", label):
            errs.append("%s: salle label without lower case" % where)
        m = re.search(r" \(([^()]+)\)$", label)
        if m:
            if m.group(1) not in SALLE:
                errs.append("%s: unknown salle déclinaison %r" % (where, m.group(1)))
                return None, False
            return SALLE[m.group(1)], True
        if "(" in label or ")" in label:
            errs.append("%s: salle label with a stray parenthesis" % where)
        return None, False
    m = CAVE_RE.match(label)
    if not m or m.group(2) != m.group(2).upper() or m.group(3) not in CAVE:
        errs.append("%s: cave line not 'R#### <30 capitals> <packing>'" % where)
        return None, False
    return CAVE[m.group(3)], True


def check(lib_text, cases_text):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_text.splitlines(), 1):
        try:
            lib.append(json.loads(line))
        except ValueError:
            errs.append("library line %d: bad JSON" % i)
    for i, line in enumerate(cases_text.splitlines(), 1):
        try:
            cases.append(json.loads(line))
        except ValueError:
            errs.append("cases line %d: bad JSON" % i)
    if errs:
        return errs, {}
    # ---- library
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks (110-130)" % len(lib))
    byid = {}
    for n, d in enumerate(lib, 1):
        w = "library %s" % d.get("id")
        if list(d) != LIB_FIELDS:
            errs.append("%s: field order" % w)
            continue
        if d["id"] != "rf%03d" % n:
            errs.append("%s: id out of sequence (expected rf%03d)" % (w, n))
        if d["colour"] not in COLOURS or d["category"] not in CATEGORIES:
            errs.append("%s: bad colour or category" % w)
        if d["category"] in ("vin", "champagne") and d["colour"] is None:
            errs.append("%s: wine without colour" % w)
        if d["category"] in ("bière", "soft", "spiritueux") and d["colour"] is not None:
            errs.append("%s: colour on a non-wine" % w)
        if d["format_cl"] not in FORMATS:
            errs.append("%s: unknown format" % w)
        if d["format_cl"] >= 1000 and d["category"] != "bière":
            errs.append("%s: keg format on a non-beer" % w)
        if d["vintage"] is not None and not (isinstance(d["vintage"], int) and 1900 < d["vintage"] < 2030):
            errs.append("%s: bad vintage" % w)
        byid[d["id"]] = d

    def wine(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"])

    groups = {}
    for d in lib:
        if list(d) == LIB_FIELDS:
            groups.setdefault(wine(d), []).append(d)

    def ordinary(d):
        fmts = sorted({e["format_cl"] for e in groups[wine(d)]})
        if 75 in fmts:
            return 75
        small = [f for f in fmts if f < 1000]
        if len(small) == 1:
            return small[0]
        small = [f for f in small if f <= 100]
        return max(small) if small else None

    # ---- cases
    seen, refs = set(), set()
    counts = {}
    for n, c in enumerate(cases, 1):
        w = "case %d %r" % (n, c.get("label"))
        if list(c) != CASE_FIELDS:
            errs.append("%s: field order" % w)
            continue
        label, exp, bid, also, conn = c["label"], c["expect"], c["beverage_id"], c["also_ok"], c["connection"]
        if conn not in TILLS:
            errs.append("%s: unknown connection" % w)
            continue
        if label in seen:
            errs.append("%s: duplicate label" % w)
        seen.add(label)
        if conn == "cave":
            m = CAVE_RE.match(label)
            if m:
                if m.group(1) in refs:
                    errs.append("%s: article number used twice" % w)
                refs.add(m.group(1))
        counts[(conn, exp)] = counts.get((conn, exp), 0) + 1
        lv = read_vintage(conn, label)
        if lv != c["vintage"]:
            errs.append("%s: vintage %r but the label reads %r" % (w, c["vintage"], lv))
        meas, explicit = read_measure(conn, label, errs, w)
        if exp == "none":
            if bid is not None or also != [] or c["units_per_sale"] is not None:
                errs.append("%s: none with an answer" % w)
            continue
        if exp not in ("yes", "almost"):
            errs.append("%s: bad expect" % w)
            continue
        d = byid.get(bid)
        if d is None:
            errs.append("%s: unknown beverage_id" % w)
            continue
        if conn == "zinc" and not explicit:
            meas = ("bottle", None)
        if meas is None:
            errs.append("%s: a drink label without measure" % w)
            continue
        kind, cl = meas
        fmt = d["format_cl"]
        units = c["units_per_sale"]
        if kind == "bottle":
            want = cl if cl is not None else (75 if any(e["format_cl"] == 75 for e in groups[wine(d)])
                                              else ordinary(d))
            if fmt != want:
                errs.append("%s: label means %s cl, entry is %s cl" % (w, want, fmt))
            if units != 1:
                errs.append("%s: bottle units %r" % (w, units))
        elif kind == "pour":
            if fmt != ordinary(d):
                errs.append("%s: a pour must point at the ordinary bottle" % w)
            if units != round(cl / fmt, 4):
                errs.append("%s: units %r, measure gives %r" % (w, units, round(cl / fmt, 4)))
        else:
            if fmt < 1000:
                errs.append("%s: draught measure on a bottle entry" % w)
            if units != round(cl / fmt, 4):
                errs.append("%s: units %r, keg gives %r" % (w, units, round(cl / fmt, 4)))
        same = [e for e in groups[wine(d)] if e["format_cl"] == fmt]
        others = sorted(e["id"] for e in same if e is not d)
        vints = [e["vintage"] for e in same]
        if exp == "yes":
            if lv is not None:
                if d["vintage"] != lv:
                    errs.append("%s: yes on another vintage" % w)
                if also:
                    errs.append("%s: also_ok on a vintage-exact yes" % w)
            else:
                if d["vintage"] is not None and d["vintage"] != max(v for v in vints if v is not None):
                    errs.append("%s: yes without vintage not on the most recent" % w)
                if sorted(also) != others:
                    errs.append("%s: also_ok should be %s" % (w, others))
        else:
            if lv is None or lv in vints or None in vints:
                errs.append("%s: almost without a missing vintage" % w)
            else:
                best = min(same, key=lambda e: (abs(e["vintage"] - lv), -e["vintage"]))
                if best is not d:
                    errs.append("%s: almost not on the nearest vintage (%s)" % (w, best["id"]))
                if sorted(also) != others:
                    errs.append("%s: also_ok should be %s" % (w, others))
        # fairness: a word, stem or standard abbreviation shared with the entry
        ew = set(words(" ".join(str(x) for x in (d["name"], d["producer"], d["appellation"]) if x)))
        lw = [x for x in words(label) if not re.fullmatch(r"r?\d+|\d+cl|[a-z]?\d+(,\d)?", x)]
        ok = any(len(x) >= 3 and any(e.startswith(x) or (len(e) >= 3 and x.startswith(e)) for e in ew)
                 for x in lw) or any(x.upper() in ABBREV for x in lw) or any(
                 x.isdigit() and x in ew for x in words(label))
        if not ok:
            errs.append("%s: shares no word with %s" % (w, d["name"]))
    # ---- counts
    tot = len(cases)
    if not 280 <= tot <= 300:
        errs.append("%d cases (280-300)" % tot)
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(v for (t, x), v in counts.items() if x == e)
        if tot and not lo <= 100.0 * k / tot <= hi:
            errs.append("%s: %.1f %% (%d-%d %%)" % (e, 100.0 * k / tot, lo, hi))
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if not counts.get((t, e)):
                errs.append("till %s has no %s" % (t, e))
    return errs, counts


def load():
    with open(os.path.join(HERE, "rochefort_library.jsonl"), encoding="utf-8") as f:
        lib = f.read()
    with open(os.path.join(HERE, "rochefort_cases.jsonl"), encoding="utf-8") as f:
        cs = f.read()
    return lib, cs


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def selftest():
    lib_t, cs_t = load()
    errs, _ = check(lib_t, cs_t)
    assert not errs, errs
    print("clean files: pass")
    L = [json.loads(x) for x in lib_t.splitlines()]
    C = [json.loads(x) for x in cs_t.splitlines()]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def brk(name, fn):
        lib, cs = copy.deepcopy(L), copy.deepcopy(C)
        out = fn(lib, cs)
        lt, ct = out if out else (dumps(lib), dumps(cs))
        e, _ = check(lt, ct)
        print("%-44s %s" % (name, ("caught: " + e[0][:90]) if e else "NOT CAUGHT"))
        return bool(e)

    def set_(i, k, v):
        def f(lib, cs):
            cs[i][k] = v
        return f

    yes_v = first(lambda c: c["expect"] == "yes" and c["vintage"])
    yes_nv = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    alm = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    pour = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] != 1)
    zinc = first(lambda c: c["connection"] == "zinc" and c["expect"] == "none")
    salle = first(lambda c: c["connection"] == "salle" and c["label"].endswith(")"))
    cave = first(lambda c: c["connection"] == "cave")
    none = first(lambda c: c["expect"] == "none")
    keg = first(lambda c: c["label"].startswith("DEMI ") and c["expect"] == "yes")
    half = first(lambda c: c["label"].startswith("1/2 ") and c["expect"] == "yes")
    bottle_of = {d["id"]: d for d in L}
    other75 = next(d["id"] for d in L if d["format_cl"] == 75 and d["name"] == bottle_of[C[half]["beverage_id"]]["name"])
    results = [
        brk("broken JSON", lambda lib, cs: (dumps(lib), dumps(cs)[:-20] + "\n")),
        brk("field order", lambda lib, cs: lib.__setitem__(0, dict(reversed(list(lib[0].items()))))),
        brk("id gap", lambda lib, cs: lib[5].__setitem__("id", "rf099")),
        brk("bad colour", lambda lib, cs: lib[0].__setitem__("colour", "red")),
        brk("keg format on a wine", lambda lib, cs: lib[0].__setitem__("format_cl", 3000)),
        brk("duplicate label", lambda lib, cs: cs.__setitem__(1, dict(cs[1], label=cs[0]["label"]))),
        brk("vintage not on the label", set_(yes_nv, "vintage", 2019)),
        brk("yes on another vintage", set_(yes_v, "beverage_id", C[alm]["beverage_id"])),
        brk("also_ok dropped", set_(yes_nv, "also_ok", [])),
        brk("almost not the nearest", set_(alm, "beverage_id", C[alm]["also_ok"][0])),
        brk("pour units wrong", set_(pour, "units_per_sale", 1)),
        brk("zinc in lower case", set_(zinc, "label", C[zinc]["label"].lower())),
        brk("zinc over 20 columns", set_(zinc, "label", C[zinc]["label"] + " SUPPLEMENT XXL")),
        brk("salle unknown déclinaison", set_(salle, "label", C[salle]["label"][:-1] + " XXL)")),
        brk("cave line without packing", set_(cave, "label", C[cave]["label"].rsplit(" ", 1)[0])),
        brk("none with an id", set_(none, "beverage_id", "rf001")),
        brk("half bottle on the 75 cl entry", set_(half, "beverage_id", other75)),
        brk("draught on a bottle entry", set_(keg, "beverage_id", "rf086")),
        brk("unknown till", set_(0, "connection", "bar")),
        brk("counts out of range", lambda lib, cs: (dumps(lib), dumps([c for c in cs if c["expect"] != "none"][:250]))),
    ]
    print("%d/%d breaks caught" % (sum(results), len(results)))
    return all(results)


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, counts = check(*load())
    for e in errs:
        print("ERROR", e)
    tot = sum(counts.values())
    print("%-6s %4s %6s %4s %5s" % ("till", "yes", "almost", "none", "total"))
    for t in TILLS:
        r = [counts.get((t, e), 0) for e in ("yes", "almost", "none")]
        print("%-6s %4d %6d %4d %5d" % (t, r[0], r[1], r[2], sum(r)))
    r = [sum(counts.get((t, e), 0) for t in TILLS) for e in ("yes", "almost", "none")]
    print("%-6s %4d %6d %4d %5d" % ("total", r[0], r[1], r[2], tot))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
