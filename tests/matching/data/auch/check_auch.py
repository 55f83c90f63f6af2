"""Check the blind held-out set of L'Auberge du Gers (Auch), reading only the two jsonl
files. `--selftest` breaks copies on purpose and shows each break is reported."""
import json
import os
import re
import shutil
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
TILLS = ("bar", "salle", "compta")

# each till's measure words -> (kind, volume cl); kind bottle with None = ordinary bottle
BAR_PREFIX = {"VRE": ("pour", 12.5), "V15": ("pour", 15), "V8": ("pour", 8),
              "CP": ("pour", 12.5), "PICH25": ("pour", 25), "PICH50": ("pour", 50),
              "DOSE": ("pour", 4), "2CL": ("pour", 2), "DEMI": ("draught", 25),
              "PINTE": ("draught", 50), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150)}
BAR_SIZE = {"33CL": 33, "25CL": 25, "50CL": 50, "1L": 100}
SALLE_OPTION = {"bouteille": ("bottle", None), "demi-bouteille": ("bottle", 37.5),
                "magnum": ("bottle", 150), "50cl": ("bottle", 50), "33cl": ("bottle", 33),
                "25cl": ("bottle", 25), "1l": ("bottle", 100), "verre": ("pour", 12.5),
                "verre 15cl": ("pour", 15), "verre 8cl": ("pour", 8), "coupe": ("pour", 12.5),
                "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50),
                "dose 4cl": ("pour", 4), "dose 2cl": ("pour", 2), "demi": ("draught", 25),
                "pinte": ("draught", 50)}
COMPTA_COND = {"VE": "pour", "CP": "pour", "PI": "pour", "DO": "pour", "PR": "draught",
               "BT": "bottle"}
ABBREV = {"CDG": "cotes", "LP": "laurent", "TQ": "tariquet", "KRO": "kronenbourg",
          "RSE": "rose", "BLC": "blanc", "NOV": "novembre", "DESPE": "desperados",
          "PELLE": "pellegrino", "RETR": "retrouvees", "MOELL": "moelleux", "HT": "haut"}


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.lower()


def parse_label(till, label, errs, where):
    """-> (vintage, (kind, vol) or None, family digit or None)"""
    if till == "bar":
        if not re.fullmatch(r"[A-Z0-9 /]+", label) or len(label) > 18 or label != label.strip():
            errs.append("%s: bar label not ASCII capitals within 18 columns" % where)
        toks = label.split()
        vint = None
        if toks and re.fullmatch(r"\d\d", toks[-1]):
            n = int(toks[-1])
            vint = 2000 + n if n <= 30 else 1900 + n
        meas = ("bottle", None)
        if toks and toks[0] in BAR_PREFIX:
            meas = BAR_PREFIX[toks[0]]
        else:
            for t in toks[1:]:
                if t in BAR_SIZE:
                    meas = ("bottle", BAR_SIZE[t])
        return vint, meas, None
    if till == "salle":
        if not re.search(r"[a-zà-ÿ]", label):
            errs.append("%s: salle label not in mixed case" % where)
        m = re.search(r" \(([^()]*)\)$", label)
        if not m:
            return None, None, None
        if m.group(1) not in SALLE_OPTION:
            errs.append("%s: unknown salle option %r" % (where, m.group(1)))
            return None, None, None
        v = re.search(r" ((?:19|20)\d\d) \([^()]*\)$", label)
        return (int(v.group(1)) if v else None), SALLE_OPTION[m.group(1)], None
    f = label.split(";")
    if len(f) != 5:
        errs.append("%s: compta line has not 5 fields" % where)
        return None, None, None
    plu, lib, mill, cond, cl = f
    if not re.fullmatch(r"[1-9]\d{3}", plu):
        errs.append("%s: compta PLU not 4 digits" % where)
    if not re.fullmatch(r"[A-Z0-9 .'/-]+", lib) or len(lib) > 24:
        errs.append("%s: compta libellé not ASCII capitals within 24 columns" % where)
    if mill and not re.fullmatch(r"(19|20)\d\d", mill):
        errs.append("%s: compta millésime not four digits" % where)
    vint = int(mill) if re.fullmatch(r"\d{4}", mill) else None
    if not cond:
        if cl:
            errs.append("%s: compta volume without packaging" % where)
        return vint, None, plu[:1]
    if cond not in COMPTA_COND or not re.fullmatch(r"\d+(,\d)?", cl):
        errs.append("%s: compta packaging/volume malformed" % where)
        return vint, None, plu[:1]
    return vint, (COMPTA_COND[cond], float(cl.replace(",", "."))), plu[:1]


def family(e):
    if e["category"] == "vin":
        return "1" if e["colour"] == "rouge" else "2"
    return {"champagne": "3", "spiritueux": "4", "bière": "5", "soft": "6", "autre": "7"}[e["category"]]


def stems(s):
    return {t[:3] for t in re.findall(r"[a-z0-9]+", fold(s)) if len(t) >= 3}


def check(lib_path, cases_path):
    errs = []
    lib, cases = [], []
    for path, out in ((lib_path, lib), (cases_path, cases)):
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                try:
                    out.append(json.loads(line))
                except ValueError:
                    errs.append("%s:%d: not JSON" % (os.path.basename(path), i))
    # library
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks (110-130)" % len(lib))
    seen = set()
    for i, e in enumerate(lib, 1):
        w = "library %s" % e.get("id")
        if list(e) != LIB_FIELDS:
            errs.append("%s: fields out of order" % w)
            continue
        if e["id"] != "ah%03d" % i:
            errs.append("%s: id out of sequence (expected ah%03d)" % (w, i))
        if e["category"] not in CATEGORIES:
            errs.append("%s: bad category" % w)
        if e["category"] in ("vin", "champagne") and e["colour"] not in COLOURS:
            errs.append("%s: wine without a valid colour" % w)
        if e["colour"] is not None and e["colour"] not in COLOURS:
            errs.append("%s: bad colour" % w)
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            errs.append("%s: bad vintage" % w)
        f = e["format_cl"]
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("%s: bad format" % w)
        elif f >= 2000 and (e["category"] != "bière" or f not in (2000, 3000)):
            errs.append("%s: keg format on a non-beer or odd keg" % w)
        k = (e["name"], e["producer"], e["appellation"], e["colour"], f, e["vintage"])
        if k in seen:
            errs.append("%s: duplicate entry" % w)
        seen.add(k)
    byid = {e.get("id"): e for e in lib if "id" in e}

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    # cases
    labels = set()
    counts = {}
    for i, c in enumerate(cases, 1):
        w = "case %d %r" % (i, c.get("label"))
        if list(c) != CASE_FIELDS:
            errs.append("%s: fields out of order" % w)
            continue
        if c["label"] in labels:
            errs.append("%s: duplicate label" % w)
        labels.add(c["label"])
        till = c["connection"]
        if till not in TILLS:
            errs.append("%s: unknown connection" % w)
            continue
        counts[(till, c["expect"])] = counts.get((till, c["expect"]), 0) + 1
        if not c["note"]:
            errs.append("%s: empty note" % w)
        vint, meas, fam = parse_label(till, c["label"], errs, w)
        if c["vintage"] != vint:
            errs.append("%s: vintage %r but the label reads %r" % (w, c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append("%s: none with an answer" % w)
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append("%s: bad expect" % w)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("%s: unknown beverage_id" % w)
            continue
        if meas is None:
            errs.append("%s: drink answer on a label without measure" % w)
            continue
        if fam is not None and fam != family(e):
            errs.append("%s: compta family %s but entry is family %s" % (w, fam, family(e)))
        if not (stems(c["label"]) | {ABBREV[t][:3] for t in re.findall(r"[A-Z]+", c["label"]) if t in ABBREV}) \
                & stems(" ".join(str(x) for x in (e["name"], e["producer"], e["appellation"]) if x)):
            errs.append("%s: shares no word stem with its entry" % w)
        fmts = sorted({x["format_cl"] for x in lib if wine(x) == wine(e)})
        bottles = [f for f in fmts if f < 2000]
        kind, vol = meas
        f = e["format_cl"]
        if kind == "bottle":
            want = vol if vol is not None else (75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None))
            if f != want:
                errs.append("%s: bottle of %s cl answered with a %s cl entry" % (w, want, f))
            units = 1
        elif kind == "pour":
            ordinary = [x for x in bottles if x not in (37.5, 150)]
            want = 75 if 75 in bottles else (ordinary[0] if len(ordinary) == 1 else None)
            if f != want:
                errs.append("%s: a pour must refer to the ordinary bottle, not %s cl" % (w, f))
            units = round(vol / f, 4)
        else:
            if f < 2000:
                errs.append("%s: draught measure on a bottle entry" % w)
            units = round(vol / f, 4)
        if c["units_per_sale"] != units:
            errs.append("%s: units %r, printed measure gives %r" % (w, c["units_per_sale"], units))
        group = [x for x in lib if wine(x) == wine(e) and x["format_cl"] == f]
        others = [x["id"] for x in group if x["id"] != e["id"]]
        vints = [x["vintage"] for x in group]
        if c["expect"] == "yes" and vint is not None:
            others = []
        if sorted(c["also_ok"]) != sorted(others):
            errs.append("%s: also_ok %r, same wine and format gives %r" % (w, c["also_ok"], others))
        if c["expect"] == "yes":
            if vint is not None and e["vintage"] != vint:
                errs.append("%s: yes on another vintage" % w)
            if vint is None and None not in vints and e["vintage"] != max(vints):
                errs.append("%s: yes without vintage must be the most recent" % w)
        else:
            if vint is None or vint in vints or None in vints:
                errs.append("%s: almost needs a label vintage the wine lacks" % w)
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append("%s: almost must be the nearest vintage %s" % (w, best))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("%d cases (280-300)" % n)
    tot = {a: sum(v for (t, x), v in counts.items() if x == a) for a in ("yes", "almost", "none")}
    if n:
        for a, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            if not lo <= 100.0 * tot[a] / n <= hi:
                errs.append("%s is %.1f %% (%d-%d %%)" % (a, 100.0 * tot[a] / n, lo, hi))
    for t in TILLS:
        for a in ("yes", "almost", "none"):
            if not counts.get((t, a)):
                errs.append("till %s has no %s case" % (t, a))
    return errs, counts, n


def table(counts, n):
    rows = ["| till | yes | almost | none | total |", "|---|--:|--:|--:|--:|"]
    for t in TILLS:
        v = [counts.get((t, a), 0) for a in ("yes", "almost", "none")]
        rows.append("| %s | %d | %d | %d | %d |" % (t, v[0], v[1], v[2], sum(v)))
    v = [sum(counts.get((t, a), 0) for t in TILLS) for a in ("yes", "almost", "none")]
    rows.append("| total | %d | %d | %d | %d |" % (v[0], v[1], v[2], n))
    return "\n".join(rows)


def selftest():
    lib0 = os.path.join(HERE, "auch_library.jsonl")
    cas0 = os.path.join(HERE, "auch_cases.jsonl")
    errs, _, _ = check(lib0, cas0)
    assert not errs, errs
    print("clean files: pass")
    L = [json.loads(x) for x in open(lib0, encoding="utf-8")]
    C = [json.loads(x) for x in open(cas0, encoding="utf-8")]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def b_cut(L, C):
        i = first(lambda c: c["connection"] == "bar" and "cut off" in c["note"])
        C[i]["vintage"] = 2024

    def b_json(L, C):
        return "json"

    def b_order(L, C):
        c = C[3]
        C[3] = {k: c[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}

    def b_gap(L, C):
        L[10]["id"] = "ah200"

    def b_colour(L, C):
        L[0]["colour"] = "noir"

    def b_also(L, C):
        i = first(lambda c: c["also_ok"])
        C[i]["also_ok"] = []

    def b_far(L, C):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        far = C[i]["also_ok"][-1]
        C[i]["also_ok"] = [x for x in C[i]["also_ok"] if x != far] + [C[i]["beverage_id"]]
        C[i]["beverage_id"] = far

    def b_units(L, C):
        i = first(lambda c: c["units_per_sale"] not in (None, 1))
        C[i]["units_per_sale"] = 0.125

    def b_bar(L, C):
        i = first(lambda c: c["connection"] == "bar" and c["expect"] == "yes")
        C[i]["label"] = C[i]["label"].lower() + " extra long key"

    def b_salle(L, C):
        i = first(lambda c: c["connection"] == "salle" and c["expect"] == "yes")
        C[i]["label"] = C[i]["label"].rsplit(" (", 1)[0] + " bouteille"

    def b_compta(L, C):
        i = first(lambda c: c["connection"] == "compta" and c["expect"] == "yes")
        C[i]["label"] = C[i]["label"].rsplit(";", 1)[0]

    def b_none(L, C):
        i = first(lambda c: c["expect"] == "none")
        C[i]["beverage_id"] = "ah001"

    def b_dup(L, C):
        C[5]["label"] = C[4]["label"]

    def b_half(L, C):
        i = first(lambda c: c["label"].startswith("1/2") or "(demi-bouteille)" in c["label"])
        e = next(x for x in L if x["id"] == C[i]["beverage_id"])
        full = [x for x in L if x["name"] == e["name"] and x["producer"] == e["producer"]
                and x["format_cl"] == 75]
        C[i]["beverage_id"] = full[0]["id"]

    def b_count(L, C):
        del C[:100]

    def b_draught(L, C):
        i = first(lambda c: c["label"] == "DEMI JEAN BRASSE")
        bottle = next(x for x in L if x["name"] == "Jean Brasse Blonde" and x["format_cl"] == 33)
        C[i]["beverage_id"] = bottle["id"]

    def b_family(L, C):
        i = first(lambda c: c["connection"] == "compta" and c["expect"] == "yes")
        C[i]["label"] = "6" + C[i]["label"][1:]

    breaks = [("cut vintage kept", b_cut), ("broken JSON", b_json), ("field order", b_order),
              ("id gap", b_gap), ("bad colour", b_colour), ("also_ok dropped", b_also),
              ("almost on the far vintage", b_far), ("wrong units", b_units),
              ("bar label lower case and too long", b_bar), ("salle option without brackets", b_salle),
              ("compta line missing a field", b_compta), ("none with an id", b_none),
              ("duplicate label", b_dup), ("half answered with the 75 cl entry", b_half),
              ("too few cases", b_count), ("draught on a bottle entry", b_draught),
              ("compta family digit wrong", b_family)]
    tmp = tempfile.mkdtemp()
    ok = True
    try:
        for name, fn in breaks:
            L2, C2 = json.loads(json.dumps(L)), json.loads(json.dumps(C))
            r = fn(L2, C2)
            lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
            with open(lp, "w", encoding="utf-8") as f:
                f.writelines(json.dumps(x, ensure_ascii=False) + "\n" for x in L2)
            with open(cp, "w", encoding="utf-8") as f:
                f.writelines(json.dumps(x, ensure_ascii=False) + "\n" for x in C2)
                if r == "json":
                    f.write("{not json\n")
            errs, _, _ = check(lp, cp)
            print("%-40s %s" % (name, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
            ok = ok and bool(errs)
    finally:
        shutil.rmtree(tmp)
    print("selftest:", "pass (%d breaks)" % len(breaks) if ok else "FAIL")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, counts, n = check(os.path.join(HERE, "auch_library.jsonl"),
                            os.path.join(HERE, "auch_cases.jsonl"))
    for e in errs:
        print(e)
    print(table(counts, n))
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
