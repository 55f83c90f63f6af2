"""Check the held-out set "Le Relais de la Gravette" from its two jsonl files alone.

    python3 check_sudouest.py             # check sudouest_library.jsonl and sudouest_cases.jsonl
    python3 check_sudouest.py --selftest  # break copies on purpose; each break must be reported

Reads nothing but the two files (stdlib only)."""

import copy
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
FORMATS = {20, 25, 33, 37.5, 50, 62, 70, 75, 100, 150, 2000, 3000}

# measure word -> (kind, volume); kinds: bottle / pour / keg
M_C = {"VRE": ("pour", 12.5), "CP": ("pour", 12.5), "P50": ("pour", 50), "P25": ("pour", 25),
       "1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "50CL": ("bottle", 50),
       "33CL": ("bottle", 33), "25CL": ("bottle", 25), "20CL": ("bottle", 20),
       "1L": ("bottle", 100), "70CL": ("bottle", 70), "75CL": ("bottle", 75),
       "DOSE": ("pour", 4), "2CL": ("pour", 2), "4CL": ("pour", 4), "6CL": ("pour", 6),
       "DEMI": ("keg", 25), "PINTE": ("keg", 50)}
M_S = {"VERRE": ("pour", 12.5), "COUPE": ("pour", 12.5), "PICHET 50": ("pour", 50),
       "PICHET 25": ("pour", 25), "1/2 BTL": ("bottle", 37.5), "MAGNUM": ("bottle", 150)}
M_S.update({k: v for k, v in M_C.items() if k not in ("VRE", "CP", "P50", "P25", "1/2", "MAG")})
M_T = {"verre": ("pour", 12.5), "coupe": ("pour", 12.5), "pichet 50cl": ("pour", 50),
       "pichet 25cl": ("pour", 25), "1/2 btl": ("bottle", 37.5), "mag": ("bottle", 150)}
M_T.update({k.lower(): v for k, v in M_C.items()
            if k not in ("VRE", "CP", "P50", "P25", "1/2", "MAG")})

FAM_C = {"ROUGE": ("vin", "rouge"), "BLANC": ("vin", "blanc"), "ROSE": ("vin", "rosé"),
         "MOEL": ("vin", "liquoreux"), "BULLE": ("bubbles", None), "APERO": ("apero", None),
         "DIGEST": ("spiritueux", None), "BIERE": ("bière", None), "SOFT": ("soft", None),
         "CUIS": (None, None), "CAFE": (None, None), "DIV": (None, None)}
FAM_S = {"RGE": "ROUGE", "BLC": "BLANC", "RSE": "ROSE", "LIQ": "MOEL", "BUL": "BULLE",
         "APE": "APERO", "DIG": "DIGEST", "BIE": "BIERE", "SFT": "SOFT", "CUI": "CUIS",
         "CAF": "CAFE", "SRV": "DIV"}
YEAR = r"(19[5-9]\d|20[0-2]\d|2030)"
PRICE = re.compile(r" \d{1,3},\d\d$")


def parse(case):
    """-> (family or None, measure (kind, vol) or None, vintage, problems) read from the label."""
    lab, till = case["label"], case.get("connection")
    probs = []
    fam, meas, vint = None, None, None
    if till == "C":
        if len(lab) > 20:
            probs.append("C label longer than 20 characters")
        if lab != lab.upper() or not all(ord(c) < 128 for c in lab):
            probs.append("C label not in ASCII capitals")
        m = re.match(r"^([A-Z]+)/(.*)$", lab)
        if not m or m.group(1) not in FAM_C:
            probs.append("C label without a family code and '/'")
            return fam, meas, vint, probs
        fam, rest = m.group(1), m.group(2)
        first = rest.split(" ", 1)[0]
        if first in M_C and " " in rest:
            meas = M_C[first]
        if fam in ("ROUGE", "BLANC", "ROSE", "MOEL", "BULLE"):
            y = re.search(r" (\d\d)$", lab)
            if y:
                yy = int(y.group(1))
                vint = 2000 + yy if yy <= 30 else 1900 + yy
        elif fam == "DIGEST":
            y = re.search(" " + YEAR + "$", lab)
            vint = int(y.group(1)) if y else None
    elif till == "S":
        if not PRICE.search(lab):
            probs.append("S label without a price with a decimal comma")
            return fam, meas, vint, probs
        desc = lab.rsplit(" ", 1)[0]
        if len(desc) > 24:
            probs.append("S description longer than 24 characters")
        if re.search(r"[a-zà-ÿ]", desc):
            probs.append("S label not in capitals")
        m = re.match(r"^([A-Z]{3})-(.*)$", desc)
        if not m or m.group(1) not in FAM_S:
            probs.append("S label without a three-letter family and '-'")
            return fam, meas, vint, probs
        fam, rest = FAM_S[m.group(1)], m.group(2)
        for w in sorted(M_S, key=len, reverse=True):
            if rest.startswith(w + " "):
                meas = M_S[w]
                break
        y = re.search(" " + YEAR + "$", desc)
        vint = int(y.group(1)) if y else None
    elif till == "T":
        if not PRICE.search(lab):
            probs.append("T label without a price with a decimal comma")
            return fam, meas, vint, probs
        body = lab.rsplit(" ", 1)[0]
        if re.search(r"[A-ZÀ-Þ]", body):
            probs.append("T label not in lower case")
        if re.match(r"^(rouge|blanc|rose|moel|bulle|apero|digest|biere|soft|cuis|cafe|div)/"
                    r"|^(rge|blc|rse|liq|bul|ape|dig|bie|sft|cui|caf|srv)-", body):
            probs.append("T label with a family prefix")
        for w in sorted(M_T, key=len, reverse=True):
            if body.endswith(" " + w):
                meas = M_T[w]
                break
        y = re.search(r"(?:^| )'(\d\d)(?= |$)", body)
        if y:
            yy = int(y.group(1))
            vint = 2000 + yy if yy <= 30 else 1900 + yy
        else:
            y = re.search(" " + YEAR + "(?= |$)", body)
            vint = int(y.group(1)) if y else None
    else:
        probs.append("unknown connection %r" % till)
    return fam, meas, vint, probs


def load(path, fields, errs, what):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                obj = json.loads(line)
            except ValueError as e:
                errs.append("%s line %d: invalid JSON (%s)" % (what, n, e))
                continue
            if list(obj) != fields:
                errs.append("%s line %d: fields %s, expected %s" % (what, n, list(obj), fields))
            rows.append(obj)
    return rows


def check(lib_path, cases_path):
    errs = []
    lib = load(lib_path, LIB_FIELDS, errs, "library")
    cases = load(cases_path, CASE_FIELDS, errs, "cases")
    by_id = {}
    for n, r in enumerate(lib, 1):
        if r.get("id") != "so%03d" % n:
            errs.append("library row %d: id %r out of sequence" % (n, r.get("id")))
        by_id[r.get("id")] = r
        if r.get("colour") not in COLOURS:
            errs.append("%s: colour %r" % (r.get("id"), r.get("colour")))
        if r.get("category") not in CATEGORIES:
            errs.append("%s: category %r" % (r.get("id"), r.get("category")))
        if r.get("category") in ("vin", "champagne") and r.get("colour") is None:
            errs.append("%s: a wine without a colour" % r.get("id"))
        if r.get("category") in ("spiritueux", "bière", "soft") and r.get("colour") is not None:
            errs.append("%s: colour on a %s" % (r.get("id"), r.get("category")))
        if r.get("format_cl") not in FORMATS:
            errs.append("%s: format %r" % (r.get("id"), r.get("format_cl")))
        if r.get("vintage") is not None and not (isinstance(r["vintage"], int) and 1950 <= r["vintage"] <= 2030):
            errs.append("%s: vintage %r" % (r.get("id"), r.get("vintage")))
        if r.get("category") in ("bière",) and r.get("format_cl", 0) >= 1000 and r["format_cl"] not in (2000, 3000):
            errs.append("%s: keg of %s cl" % (r.get("id"), r.get("format_cl")))
    if not 110 <= len(lib) <= 130:
        errs.append("library holds %d drinks, expected 110-130" % len(lib))

    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    groups = {}
    for r in lib:
        groups.setdefault((*wine(r), r["format_cl"]), []).append(r)
    formats_of = {}
    for r in lib:
        formats_of.setdefault(wine(r), set()).add(r["format_cl"])

    seen = set()
    counts = {}
    for c in cases:
        lab = c.get("label")
        tag = "case %r" % lab
        if lab in seen:
            errs.append("%s: duplicate label" % tag)
        seen.add(lab)
        counts[(c.get("connection"), c.get("expect"))] = counts.get((c.get("connection"), c.get("expect")), 0) + 1
        fam, meas, vint, probs = parse(c)
        errs.extend("%s: %s" % (tag, p) for p in probs)
        if c.get("vintage") != vint:
            errs.append("%s: vintage %r, the label reads %r" % (tag, c.get("vintage"), vint))
        exp = c.get("expect")
        if exp not in ("yes", "almost", "none"):
            errs.append("%s: expect %r" % (tag, exp))
            continue
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%s: a none with an id, also_ok or units" % tag)
            continue
        r = by_id.get(c["beverage_id"])
        if r is None:
            errs.append("%s: beverage_id %r not in the library" % (tag, c["beverage_id"]))
            continue
        grp = groups[(*wine(r), r["format_cl"])]
        others = sorted(x["id"] for x in grp if x["id"] != r["id"])
        if sorted(c["also_ok"]) != c["also_ok"] or any(a not in by_id for a in c["also_ok"]):
            errs.append("%s: also_ok not sorted ids of the library" % tag)
        held = [x["vintage"] for x in grp]
        if exp == "yes":
            if vint is not None:
                if r["vintage"] != vint:
                    errs.append("%s: yes for vintage %s but the entry is %s" % (tag, vint, r["vintage"]))
                if c["also_ok"]:
                    errs.append("%s: yes with a vintage on the label and a non-empty also_ok" % tag)
            else:
                if r["vintage"] is not None and r["vintage"] != max(held):
                    errs.append("%s: no vintage on the label but not the most recent entry" % tag)
                if c["also_ok"] != others:
                    errs.append("%s: also_ok %s, expected the other vintages %s" % (tag, c["also_ok"], others))
        else:
            if vint is None or vint in held or None in held:
                errs.append("%s: almost but the label's vintage %r is held or absent" % (tag, vint))
            else:
                best = min(held, key=lambda x: (abs(x - vint), -x))
                if r["vintage"] != best:
                    errs.append("%s: almost points at %s, nearest is %s" % (tag, r["vintage"], best))
                if c["also_ok"] != others:
                    errs.append("%s: also_ok %s, expected %s" % (tag, c["also_ok"], others))
        # format and units
        fmts = formats_of[wine(r)]
        kind, vol = meas if meas else ("bottle", None)
        u = c["units_per_sale"]
        if kind == "keg":
            if r["format_cl"] < 1000:
                errs.append("%s: a draught measure on a bottle entry" % tag)
            want = round(vol / r["format_cl"], 4)
        elif kind == "pour":
            ordinary = 75 if 75 in fmts else None
            if ordinary is None:
                plain = [f for f in fmts if f not in (37.5, 150) and f < 1000]
                ordinary = plain[0] if len(plain) == 1 else None
            if r["format_cl"] != ordinary:
                errs.append("%s: a pour from the %s cl entry, not the ordinary bottle" % (tag, r["format_cl"]))
            want = round(vol / r["format_cl"], 4)
        else:
            if r["format_cl"] >= 1000:
                errs.append("%s: a bottle of a keg" % tag)
            if vol is not None and r["format_cl"] != vol:
                errs.append("%s: the label says %s cl, the entry is %s cl" % (tag, vol, r["format_cl"]))
            if vol is None and r["category"] in ("vin", "champagne") and r["format_cl"] != 75:
                errs.append("%s: no format word but a %s cl entry" % (tag, r["format_cl"]))
            want = 1
        if u != want:
            errs.append("%s: units %r, the measure gives %r" % (tag, u, want))
        # the family code says the colour or the kind of drink
        if fam is not None:
            cat, col = FAM_C[fam]
            ok = True
            if cat == "vin":
                ok = r["category"] == "vin" and r["colour"] == col
            elif cat == "bubbles":
                ok = r["category"] == "champagne" or r["colour"] == "effervescent"
            elif cat == "apero":
                ok = r["category"] in ("autre", "spiritueux")
            elif cat in ("spiritueux", "bière", "soft"):
                ok = r["category"] == cat
            else:
                ok = False
            if not ok:
                errs.append("%s: family %s does not fit %s (%s, %s)" % (tag, fam, r["id"], r["category"], r["colour"]))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases, expected 280-300" % n)
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(v for (t, e), v in counts.items() if e == exp)
        if n and not lo <= 100.0 * k / n <= hi:
            errs.append("%s: %.1f %% of the cases, expected %d-%d %%" % (exp, 100.0 * k / n, lo, hi))
    for t in "CST":
        for exp in ("yes", "almost", "none"):
            if not counts.get((t, exp)):
                errs.append("till %s has no %s case" % (t, exp))
    return errs, counts, n, len(lib)


# ---- self-test: break copies on purpose -------------------------------------------------

def _first(cases, pred):
    for i, c in enumerate(cases):
        if pred(c):
            return i
    raise LookupError("no case for this break")


def breaks(lib, cases, by_id):
    """-> list of (name, library rows or raw text, cases or raw text)."""
    out = []

    def add(name, lib2=None, cases2=None):
        out.append((name, lib2 if lib2 is not None else lib, cases2 if cases2 is not None else cases))

    cs = copy.deepcopy(cases)
    cs[3] = "{not json"
    add("invalid JSON line", cases2=cs)

    lb = copy.deepcopy(lib)
    r = lb[5]
    lb[5] = dict([("name", r["name"]), ("id", r["id"])] + [(k, r[k]) for k in LIB_FIELDS[2:]])
    add("library fields out of order", lib2=lb)

    lb = copy.deepcopy(lib)
    lb[10]["id"] = "so099"
    add("id out of sequence", lib2=lb)

    lb = copy.deepcopy(lib)
    lb[0]["colour"] = "red"
    add("colour not in the bench list", lib2=lb)

    cs = copy.deepcopy(cases)
    i = _first(cs, lambda c: c["expect"] == "almost" and c["also_ok"])
    cs[i]["beverage_id"], cs[i]["also_ok"] = cs[i]["also_ok"][-1], sorted([*cs[i]["also_ok"][:-1], cs[i]["beverage_id"]])
    add("almost pointed at another vintage", cases2=cs)

    cs = copy.deepcopy(cases)
    i = _first(cs, lambda c: c["units_per_sale"] == 0.6667)
    cs[i]["units_per_sale"] = 0.5
    add("carafe units", cases2=cs)

    cs = copy.deepcopy(cases)
    i = _first(cs, lambda c: c["vintage"] is not None and c["expect"] == "yes")
    cs[i]["vintage"] += 1
    add("vintage field not the label's", cases2=cs)

    cs = copy.deepcopy(cases)
    i = _first(cs, lambda c: c["expect"] == "yes" and by_id[c["beverage_id"]]["format_cl"] == 150)
    r = by_id[cs[i]["beverage_id"]]
    other = [x for x in lib if x["name"] == r["name"] and x["format_cl"] == 75]
    cs[i]["beverage_id"] = other[-1]["id"]
    cs[i]["also_ok"] = []
    add("magnum pointed at the 75 cl entry", cases2=cs)

    cs = copy.deepcopy(cases)
    i = _first(cs, lambda c: c["expect"] == "none")
    cs[i]["beverage_id"] = "so001"
    add("none with a beverage_id", cases2=cs)

    cs = copy.deepcopy(cases)
    cs[7]["label"] = cs[6]["label"]
    add("duplicate label", cases2=cs)

    cs = copy.deepcopy(cases)
    i = _first(cs, lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    cs[i]["also_ok"] = []
    add("also_ok emptied", cases2=cs)

    cs = copy.deepcopy(cases)
    i = _first(cs, lambda c: c["connection"] == "C" and c["expect"] == "yes")
    cs[i]["label"] = cs[i]["label"][:6] + cs[i]["label"][6:].lower()
    add("lower case on the counter register", cases2=cs)

    cs = copy.deepcopy(cases)
    i = _first(cs, lambda c: c["connection"] == "C" and c["expect"] == "none")
    cs[i]["label"] = cs[i]["label"] + " X"
    add("counter label longer than 20", cases2=cs)

    cs = copy.deepcopy(cases)
    i = _first(cs, lambda c: c["connection"] == "T" and c["expect"] == "none")
    cs[i]["label"] = cs[i]["label"].rsplit(" ", 1)[0]
    add("tablet label without its price", cases2=cs)

    cs = copy.deepcopy(cases)
    i = _first(cs, lambda c: c["connection"] == "C" and c["label"].startswith("ROUGE/") and c["expect"] == "yes")
    cs[i]["label"] = "BLANC/" + cs[i]["label"][6:]
    add("family code against the colour", cases2=cs)

    cs = copy.deepcopy(cases)
    i = _first(cs, lambda c: c["units_per_sale"] == 0.0083)
    cs[i]["units_per_sale"] = 0.0125
    add("demi units", cases2=cs)

    cs = copy.deepcopy(cases)
    i = _first(cs, lambda c: c["expect"] == "yes" and c["vintage"] is not None and
               len([x for x in lib if x["name"] == by_id[c["beverage_id"]]["name"] and
                    x["format_cl"] == by_id[c["beverage_id"]]["format_cl"]]) > 1)
    r = by_id[cs[i]["beverage_id"]]
    sib = [x for x in lib if x["name"] == r["name"] and x["format_cl"] == r["format_cl"] and x["id"] != r["id"]]
    cs[i]["beverage_id"] = sib[0]["id"]
    add("yes pointed at another vintage than the label's", cases2=cs)

    cs = [c for c in copy.deepcopy(cases) if c["expect"] != "none" or c["connection"] != "S"]
    add("counts out of range (S nones dropped)", cases2=cs)

    cs = copy.deepcopy(cases)
    cs[0]["connection"] = "X"
    add("unknown connection", cases2=cs)

    cs = copy.deepcopy(cases)
    i = _first(cs, lambda c: c["expect"] == "yes" and by_id[c["beverage_id"]]["format_cl"] == 37.5)
    r = by_id[cs[i]["beverage_id"]]
    cs[i]["units_per_sale"] = 0.5
    add("half bottle units", cases2=cs)
    return out


def _write(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")


def selftest(lib_path, cases_path):
    errs, _, _, _ = check(lib_path, cases_path)
    if errs:
        print("clean files do not pass:", *errs[:10], sep="\n  ")
        return 1
    print("clean files pass")
    lib = [json.loads(l) for l in open(lib_path, encoding="utf-8")]
    cases = [json.loads(l) for l in open(cases_path, encoding="utf-8")]
    by_id = {r["id"]: r for r in lib}
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        lp, cp = os.path.join(tmp, "lib.jsonl"), os.path.join(tmp, "cases.jsonl")
        for name, lb, cs in breaks(lib, cases, by_id):
            _write(lp, lb)
            _write(cp, cs)
            e, _, _, _ = check(lp, cp)
            print("%-8s %-48s %s" % ("caught" if e else "MISSED", name, e[0] if e else ""))
            bad += not e
        _write(lp, lib)
        _write(cp, cases)
        e, _, _, _ = check(lp, cp)
        print("rewritten copies pass" if not e else "rewritten copies FAIL")
        bad += bool(e)
    print("selftest", "FAILED" if bad else "passed")
    return 1 if bad else 0


def main(argv):
    lib_path = os.path.join(HERE, "sudouest_library.jsonl")
    cases_path = os.path.join(HERE, "sudouest_cases.jsonl")
    if "--selftest" in argv:
        return selftest(lib_path, cases_path)
    errs, counts, n, nlib = check(lib_path, cases_path)
    for e in errs:
        print(e)
    print("library %d, cases %d" % (nlib, n))
    for t in "CST":
        print("  %s: yes %d, almost %d, none %d" % (t, counts.get((t, "yes"), 0),
                                                  counts.get((t, "almost"), 0), counts.get((t, "none"), 0)))
    print("OK" if not errs else "%d problems" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
