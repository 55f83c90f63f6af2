#!/usr/bin/env python3
"""Check ajaccio_library.jsonl and ajaccio_cases.jsonl on their own (stdlib only).

python3 check_ajaccio.py             check the files beside this script
python3 check_ajaccio.py --selftest  break copies on purpose and show each break is reported
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("patronu", "dettatura", "edi")
POUR = {"GL": 12.5, "CP": 12.5, "GL15": 15, "C25": 25, "C50": 50, "DOSE": 4, "CL2": 2,
        "CL6": 6, "DEMI": 25, "PINTE": 50}
SIZE = {"MAG": 150, "HALF": 37.5, "S25": 25, "S33": 33, "S50": 50, "S75": 75, "S100": 100}
PAT_PRE = [("Bichjeru 15", "GL15"), ("Bichjeru", "GL"), ("Coppa", "CP"), ("Caraffa 25", "C25"),
           ("Caraffa 50", "C50"), ("Cichettu 2cl", "CL2"), ("Cichettu 6cl", "CL6"),
           ("Cichettu", "DOSE"), ("Mezu", "DEMI"), ("Pinta", "PINTE"), ("Magnum", "MAG"),
           ("Mezza", "HALF")]
PAT_SIZE = {"25cl": "S25", "33cl": "S33", "50cl": "S50", "75cl": "S75", "1L": "S100"}
DIC_LEAD = [("Une bouteille de", "BTL"), ("Un magnum de", "MAG"),
            ("Une demi-bouteille de", "HALF"), ("Un verre de 15 cl de", "GL15"),
            ("Un verre de", "GL"), ("Une coupe de", "CP"), ("Un pichet de 25 cl de", "C25"),
            ("Un pichet de 50 cl de", "C50"), ("Une dose de", "DOSE"), ("2 cl de", "CL2"),
            ("6 cl de", "CL6"), ("Un demi de", "DEMI"), ("Une pinte de", "PINTE")]
DIC_SIZE = {"25 cl": "S25", "33 cl": "S33", "50 cl": "S50", "75 cl": "S75", "1 l": "S100"}
EDI_VAR = {"VERRE": "GL", "FLUTE": "CP", "VERRE 15CL": "GL15", "PICHET 25CL": "C25",
           "PICHET 50CL": "C50", "DOSE": "DOSE", "DOSE 2CL": "CL2", "DOSE 6CL": "CL6",
           "DEMI": "DEMI", "PINTE": "PINTE", "BTE": "SIZE"}
EDI_RE = re.compile(r"(\d{6}) ([A-Z0-9 .,&%'-]+?) (FUT \d+L|[\d.]+CL) / (" +
                    "|".join(sorted(map(re.escape, EDI_VAR), key=len, reverse=True)) + r")")


def read_label(till, label):
    """(code, size_cl, vintage, problem) from the label alone."""
    if till == "patronu":
        if label != label.strip() or "  " in label or not label[0].isupper():
            return None, None, None, "patronu: not a typed button"
        if label.isupper() and len(label) > 4:
            return None, None, None, "patronu: all capitals"
        code, rest = "X", label
        for w, c in PAT_PRE:
            if label.startswith(w + " "):
                code, rest = c, label[len(w) + 1:]
                break
        toks = rest.split()
        if toks[-1] in PAT_SIZE:
            code = PAT_SIZE[toks.pop()]
        vint = 2000 + int(toks[-1]) if re.fullmatch(r"\d\d", toks[-1]) else None
        if re.search(r"\b(19|20)\d\d\b", rest):
            return None, None, None, "patronu: four-digit year"
        return code, SIZE.get(code), vint, None
    if till == "dettatura":
        if not label[0].isupper() and not label[0].isdigit():
            return None, None, None, "dettatura: no capital first"
        norm = label if label.startswith("L'") else label.replace("d'", "de ", 1)
        code = "X"
        for w, c in DIC_LEAD:
            if norm.startswith(w + " "):
                code = c
                break
        for w, c in DIC_SIZE.items():
            if label.endswith(" " + w):
                code = c
        m = re.search(r" ((?:19|20)\d\d)$", label)
        if re.search(r" [12]\d$", label) and not m:
            return None, None, None, "dettatura: two-digit vintage"
        return code, SIZE.get(code), (int(m.group(1)) if m else None), None
    if till == "edi":
        if re.fullmatch(r"CUI\d{3} [A-Z0-9 ]+", label):
            return "NONE", None, None, None
        m = EDI_RE.fullmatch(label)
        if not m:
            return None, None, None, "edi: not ref + designation + contenance / variant"
        desig, cont, var = m.group(2), m.group(3), m.group(4)
        if len(desig) > 30:
            return None, None, None, "edi: designation longer than 30"
        cl = int(cont[4:-1]) * 100 if cont.startswith("FUT") else float(cont[:-2])
        cl = int(cl) if cl == int(cl) else cl
        vm = re.search(r" ((?:19|20)\d\d)$", desig)
        return EDI_VAR[var], cl, (int(vm.group(1)) if vm else None), None
    return None, None, None, "unknown connection %r" % till


def check(lib, cases):
    err = []
    e = err.append
    by_id = {}
    for i, r in enumerate(lib, 1):
        if list(r) != LIB_FIELDS:
            e("library line %d: fields %s" % (i, list(r)))
            continue
        if r["id"] != "aj%03d" % i:
            e("library line %d: id %s out of sequence" % (i, r["id"]))
        by_id[r["id"]] = r
        if r["category"] not in CATS:
            e("%s: category %r" % (r["id"], r["category"]))
        if r["category"] in ("vin", "champagne"):
            if r["colour"] not in COLOURS:
                e("%s: colour %r on a wine" % (r["id"], r["colour"]))
        elif r["colour"] is not None:
            e("%s: colour on a %s" % (r["id"], r["category"]))
        if r["vintage"] is not None and not (isinstance(r["vintage"], int) and 1990 <= r["vintage"] <= 2025):
            e("%s: vintage %r" % (r["id"], r["vintage"]))
        if r["vintage"] is not None and r["category"] not in ("vin", "champagne"):
            e("%s: vintage on a %s" % (r["id"], r["category"]))
        if not isinstance(r["format_cl"], (int, float)) or r["format_cl"] <= 0:
            e("%s: format %r" % (r["id"], r["format_cl"]))
        elif r["format_cl"] >= 1000 and (r["category"] != "bière" or r["format_cl"] not in (2000, 3000)):
            e("%s: keg format %r" % (r["id"], r["format_cl"]))
    if not 110 <= len(lib) <= 130:
        e("library: %d drinks" % len(lib))
    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])
    seen = set()
    for r in lib:
        k = (*wine(r), r["format_cl"], r["vintage"])
        if k in seen:
            e("%s: same drink twice" % r["id"])
        seen.add(k)

    def group(r):
        return [x for x in lib if wine(x) == wine(r) and x["format_cl"] == r["format_cl"]]

    def ordinary(r):
        fm = sorted({x["format_cl"] for x in lib if wine(x) == wine(r) and x["format_cl"] < 1000})
        return 75 if 75 in fm else (fm[0] if len(fm) == 1 else None)

    labels, tab = set(), {}
    for i, c in enumerate(cases, 1):
        where = "case %d %r" % (i, c.get("label"))
        if list(c) != CASE_FIELDS:
            e("%s: fields %s" % (where, list(c)))
            continue
        if c["label"] in labels:
            e("%s: duplicate label" % where)
        labels.add(c["label"])
        till = c["connection"]
        tab.setdefault(till, {}).setdefault(c["expect"], 0)
        tab[till][c["expect"]] += 1
        code, size, vint, prob = read_label(till, c["label"])
        if prob:
            e("%s: %s" % (where, prob))
            continue
        if vint != c["vintage"]:
            e("%s: vintage %r on the label, case says %r" % (where, vint, c["vintage"]))
        if "cut off by the till" in c["note"] and (till != "edi" or vint is not None):
            e("%s: cut-off note on a label that was not cut" % where)
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                e("%s: none with an answer" % where)
            continue
        if c["expect"] not in ("yes", "almost"):
            e("%s: expect %r" % (where, c["expect"]))
            continue
        r = by_id.get(c["beverage_id"])
        if r is None:
            e("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        if code == "NONE":
            e("%s: food line answered" % where)
            continue
        f = r["format_cl"]
        if code in ("DEMI", "PINTE"):
            if f < 1000:
                e("%s: draught measure on a bottle" % where)
            want = POUR[code] / f
        elif code in POUR:
            if f >= 1000 or f != ordinary(r):
                e("%s: pour not on the ordinary bottle (%s cl)" % (where, f))
            want = POUR[code] / f
        else:
            if f >= 1000:
                e("%s: bottle sale on a keg" % where)
            exp_f = size if code in SIZE or code == "SIZE" else ordinary(r)
            if exp_f != f:
                e("%s: label format %s, entry %s" % (where, exp_f, f))
            want = 1
        if till == "edi" and size is not None and size != f:
            e("%s: contenance %s against entry %s" % (where, size, f))
        if c["units_per_sale"] != (1 if want == 1 else round(want, 4)):
            e("%s: units %r, expected %r" % (where, c["units_per_sale"], round(want, 4)))
        g = group(r)
        vs = sorted(x["vintage"] for x in g if x["vintage"] is not None)
        others = sorted(x["id"] for x in g if x["id"] != r["id"])
        if sorted(c["also_ok"]) != others and not (c["expect"] == "yes" and vint is not None and c["also_ok"] == []):
            e("%s: also_ok %s, expected %s" % (where, c["also_ok"], others))
        if c["expect"] == "yes":
            if vint is None:
                if vs and r["vintage"] != max(vs):
                    e("%s: no vintage on the label but not the most recent" % where)
                if c["also_ok"] != others:
                    e("%s: also_ok should list the other vintages" % where)
            elif r["vintage"] != vint:
                e("%s: yes on vintage %s, label says %s" % (where, r["vintage"], vint))
            elif c["also_ok"]:
                e("%s: also_ok on a yes with vintage" % where)
        else:
            if vint is None or vint in vs:
                e("%s: almost but the label's vintage %s is held or absent" % (where, vint))
            elif vs and r["vintage"] != min(vs, key=lambda v: (abs(v - vint), -v)):
                e("%s: almost not on the nearest vintage" % where)
    n = len(cases)
    if not 280 <= n <= 300:
        e("cases: %d" % n)
    tot = {k: sum(t.get(k, 0) for t in tab.values()) for k in ("yes", "almost", "none")}
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if n and not lo <= 100 * tot[k] / n <= hi:
            e("share of %s %.1f %% outside %d-%d" % (k, 100 * tot[k] / n, lo, hi))
    if sorted(tab) != sorted(TILLS):
        e("connections %s" % sorted(tab))
    for t, row in tab.items():
        if any(row.get(k, 0) == 0 for k in ("yes", "almost", "none")):
            e("till %s lacks an answer kind: %s" % (t, row))
    return err, tab, tot


def load():
    with open(os.path.join(HERE, "ajaccio_library.jsonl"), encoding="utf-8") as fh:
        lib = [json.loads(l) for l in fh]
    with open(os.path.join(HERE, "ajaccio_cases.jsonl"), encoding="utf-8") as fh:
        cases = [json.loads(l) for l in fh]
    return lib, cases


def selftest(lib, cases):
    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    def brk(name, fn):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        fn(L, C)
        err = check(L, C)[0]
        print("%-45s %s" % (name, ("REPORTED (%d): %s" % (len(err), err[0][:90])) if err else "MISSED"))
        return bool(err)

    gl = first(lambda c: c["units_per_sale"] == 0.1667)
    al = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    mag = first(lambda c: c["connection"] == "edi" and " 150CL / BTE" in c["label"] and c["expect"] == "yes")
    pat = first(lambda c: c["connection"] == "patronu")
    yv = first(lambda c: c["expect"] == "yes" and c["vintage"])
    nov = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    demi = first(lambda c: c["connection"] == "dettatura" and c["label"].startswith("Un demi de"))
    edi = first(lambda c: c["connection"] == "edi" and c["expect"] == "yes")
    none = first(lambda c: c["expect"] == "none")
    bottle33 = next(r["id"] for r in lib if r["name"] == "Pietra" and r["format_cl"] == 33)

    def far(L, C):
        C[al]["beverage_id"], C[al]["also_ok"][0] = C[al]["also_ok"][0], C[al]["beverage_id"]

    def mag75(L, C):
        bid = C[mag]["beverage_id"]
        r = next(x for x in L if x["id"] == bid)
        C[mag]["beverage_id"] = next(x["id"] for x in L if x["name"] == r["name"] and x["format_cl"] == 75)

    def stretch(L, C):
        m = EDI_RE.fullmatch(C[edi]["label"])
        C[edi]["label"] = C[edi]["label"].replace(m.group(2), m.group(2) + " GRANDE RESERVE SPECIALE", 1)

    breaks = [
        ("glass units wrong", lambda L, C: C[gl].update(units_per_sale=0.2)),
        ("almost pointed at the farther vintage", far),
        ("magnum pointed at the 75 cl entry", mag75),
        ("patronu label in capitals", lambda L, C: C[pat].update(label=C[pat]["label"].upper())),
        ("case vintage changed", lambda L, C: C[yv].update(vintage=C[yv]["vintage"] - 1)),
        ("entry vintage changed", lambda L, C: next(x for x in L if x["id"] == C[yv]["beverage_id"]).update(vintage=1989)),
        ("no-vintage yes lost its also_ok", lambda L, C: C[nov].update(also_ok=[])),
        ("draught demi pointed at the bottle", lambda L, C: C[demi].update(beverage_id=bottle33, units_per_sale=0.7576)),
        ("id out of sequence", lambda L, C: L[5].update(id="aj999")),
        ("duplicate label", lambda L, C: C[1].update(label=C[0]["label"])),
        ("edi designation over 30 columns", stretch),
        ("none given an answer", lambda L, C: C[none].update(beverage_id="aj001")),
        ("field order of a case", lambda L, C: C.__setitem__(0, dict(reversed(list(C[0].items()))))),
        ("colour on a beer", lambda L, C: next(x for x in L if x["category"] == "bière").update(colour="blanc")),
        ("dictated vintage as two digits", lambda L, C: C[first(lambda c: c["connection"] == "dettatura" and c["vintage"])].update(
            label=re.sub(r" 20(\d\d)$", r" \1", C[first(lambda c: c["connection"] == "dettatura" and c["vintage"])]["label"]))),
    ]
    ok = all(brk(n, f) for n, f in breaks)
    err = check(lib, cases)[0]
    print("clean files: %d errors" % len(err))
    return ok and not err


def main():
    lib, cases = load()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib, cases) else 1)
    err, tab, tot = check(lib, cases)
    for x in err:
        print(x)
    n = len(cases)
    print("%d drinks, %d cases" % (len(lib), n))
    for t in TILLS:
        print("  %-10s %s" % (t, tab.get(t)))
    print("  all        %s" % {k: "%d (%.1f %%)" % (v, 100 * v / n) for k, v in tot.items()})
    print("%d errors" % len(err))
    sys.exit(1 if err else 0)


if __name__ == "__main__":
    main()
