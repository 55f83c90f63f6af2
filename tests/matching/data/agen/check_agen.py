"""Checks agen_library.jsonl and agen_cases.jsonl against the bench README's rules and
the three tills' forms, reading only the two files. `--selftest` breaks copies on purpose."""
import json
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("zinc", "appli", "tarif")
ZINC_POUR = {"VRE": 12.5, "V15": 15, "P25": 25, "P50": 50, "CP": 12.5, "DOSE": 4, "2CL": 2,
             "DEMI": 25, "PINT": 50, "GIRA": 250, "P150": 150}
APPLI_POUR = {"vr": 12.5, "vr 15": 15, "pcht 25": 25, "pcht 50": 50, "cp": 12.5, "ds": 4, "ds 2": 2,
              "dm": 25, "pnt": 50, "grf": 250, "pcht 150": 150}
TARIF_POUR = {"VERRE": 12.5, "VERRE 15CL": 15, "PICHET 25CL": 25, "PICHET 50CL": 50, "COUPE": 12.5,
              "DOSE": 4, "DOSE 2CL": 2, "DEMI": 25, "PINTE": 50, "GIRAFE 2,5L": 250, "PICHET 1,5L": 150}
DRAUGHT = {25, 50, 250, 150}
DRAUGHT_WORDS = {"DEMI", "PINT", "GIRA", "P150", "dm", "pnt", "grf", "pcht 150", "PINTE", "GIRAFE 2,5L", "PICHET 1,5L"}


def vol(tok):
    """'33CL' / '37,5cl' / '1L' / '1,5L' -> cl."""
    m = re.fullmatch(r"(\d+(?:,\d+)?)(CL|L)", tok.upper())
    if not m:
        return None
    v = float(m.group(1).replace(",", "."))
    return v * 100 if m.group(2) == "L" else v


def read(path, fields, errs, what):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except ValueError:
                errs.append("%s line %d: not JSON" % (what, n))
                continue
            if list(r) != fields:
                errs.append("%s line %d: fields %s" % (what, n, list(r)))
            rows.append(r)
    return rows


def parse(c):
    """-> (kind, size_or_pour_cl, draught_word, vintage) read from the label, or raise."""
    lab, till = c["label"], c["connection"]
    if till == "zinc":
        if len(lab) > 20 or lab != lab.upper() or not re.fullmatch(r"[A-Z0-9 /,]+", lab):
            raise ValueError("zinc form")
        toks = lab.split()
        vin = 2000 + int(toks[-1]) if re.fullmatch(r"\d\d", toks[-1]) and len(toks) > 1 else None
        first = toks[0]
        if first in ZINC_POUR:
            return "pour", ZINC_POUR[first], first, vin
        if first == "1/2":
            return "bottle", 37.5, None, vin
        if first == "MAG":
            return "bottle", 150, None, vin
        if vol(first) and len(toks) > 1:
            return "bottle", vol(first), None, vin
        return "bottle", None, None, vin
    if till == "appli":
        if lab != lab.lower() or not re.fullmatch(r"[a-z0-9 /'-]+", lab):
            raise ValueError("appli form")
        name, _, meas = lab.partition(" - ")
        ys = re.findall(r"\b(19\d\d|20\d\d)\b", name)
        vin = int(ys[-1]) if ys else None
        if not meas:
            return "none", None, None, vin
        if meas in APPLI_POUR:
            return "pour", APPLI_POUR[meas], meas, vin
        if meas == "1/2 btl":
            return "bottle", 37.5, None, vin
        if meas == "mgnm":
            return "bottle", 150, None, vin
        if meas == "btl 50cl":
            return "bottle", 50, None, vin
        if meas == "btl":
            return "bottle", None, None, vin
        if vol(meas):
            return "bottle", vol(meas), None, vin
        raise ValueError("appli measure %r" % meas)
    m = re.fullmatch(r"A\d{5} ([A-Z0-9 '°.,]+?)(?: ((?:19|20)\d\d))?(?: (FUT \d+L|\d+X[\d,]+(?:CL|L)))? \| ([A-Z0-9 ,]+)", lab)
    if not m:
        raise ValueError("tarif form")
    vin = int(m.group(2)) if m.group(2) else None
    pk, sale = m.group(3), m.group(4)
    if pk is None:
        if sale != "UNITE":
            raise ValueError("tarif: sale without packing")
        return "none", None, None, vin
    fmt = float(pk[4:-1]) * 100 if pk.startswith("FUT") else vol(pk.split("X")[1])
    if sale in TARIF_POUR:
        return "pour", TARIF_POUR[sale], sale, vin, fmt
    if sale in ("BOUTEILLE", "UNITE"):
        return "bottle", fmt, None, vin
    raise ValueError("tarif sale %r" % sale)


def check(libp, casep):
    errs = []
    lib = read(libp, LIB_FIELDS, errs, "library")
    cases = read(casep, CASE_FIELDS, errs, "cases")
    byid = {}
    for n, r in enumerate(lib, 1):
        if r.get("id") != "ge%03d" % n:
            errs.append("library: id %s at row %d" % (r.get("id"), n))
        byid[r.get("id")] = r
        if r.get("colour") not in COLOURS or r.get("category") not in CATS:
            errs.append("library %s: colour/category" % r.get("id"))
        if r.get("category") in ("vin", "champagne") and r.get("colour") is None:
            errs.append("library %s: wine without colour" % r.get("id"))
        if not (r.get("vintage") is None or isinstance(r.get("vintage"), int)):
            errs.append("library %s: vintage" % r.get("id"))
        if not isinstance(r.get("format_cl"), (int, float)) or r["format_cl"] <= 0:
            errs.append("library %s: format" % r.get("id"))
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks" % len(lib))

    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    groups = {}
    for r in lib:
        groups.setdefault(wine(r), []).append(r)
    labels = set()
    tab = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        lab = c.get("label")
        where = "case %r" % lab
        if lab in labels:
            errs.append(where + ": duplicate label")
        labels.add(lab)
        if c.get("connection") not in TILLS or c.get("expect") not in ("yes", "almost", "none"):
            errs.append(where + ": connection/expect")
            continue
        tab[c["connection"]][c["expect"]] += 1
        try:
            p = parse(c)
        except (ValueError, IndexError) as e:
            errs.append(where + ": " + str(e))
            continue
        kind, size, word, lvin = p[:4]
        if c["vintage"] != lvin:
            errs.append(where + ": vintage %s, label says %s" % (c["vintage"], lvin))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(where + ": none with an answer")
            continue
        e = byid.get(c["beverage_id"])
        if e is None or kind == "none":
            errs.append(where + ": no entry / no measure")
            continue
        grp = groups[wine(e)]
        fmts = sorted({g["format_cl"] for g in grp})
        plain = [f for f in fmts if f < 1000 and f not in (37.5, 150)] or [f for f in fmts if f < 1000]
        if kind == "bottle":
            want = size if size else (75 if 75 in fmts and e["category"] in ("vin", "champagne") else plain[0] if len(plain) == 1 else None)
            units = 1
        else:
            if len(p) == 5:
                want = p[4]
            elif e["category"] == "bière" and word in DRAUGHT_WORDS:
                kegs = [f for f in fmts if f >= 1000]
                want = kegs[0] if len(kegs) == 1 else None
            else:
                want = 75 if 75 in fmts else plain[0] if len(plain) == 1 else None
            units = round(size / want, 4) if want else None
        if e["format_cl"] != want:
            errs.append(where + ": entry format %s, label means %s" % (e["format_cl"], want))
            continue
        if e["format_cl"] < 1000 and word in DRAUGHT_WORDS and e["category"] == "bière" and kind == "pour":
            errs.append(where + ": draught pour from a bottle")
        if units is None or abs(c["units_per_sale"] - units) > 1e-9:
            errs.append(where + ": units %s, measure gives %s" % (c["units_per_sale"], units))
        same = [g for g in grp if g["format_cl"] == e["format_cl"]]
        others = sorted(g["id"] for g in same if g["id"] != e["id"])
        vins = [g["vintage"] for g in same]
        if sorted(c["also_ok"]) != others and not (c["expect"] == "yes" and lvin is not None and c["also_ok"] == []):
            errs.append(where + ": also_ok %s, same wine %s" % (c["also_ok"], others))
        if c["expect"] == "yes":
            if lvin is not None and e["vintage"] is not None:
                if e["vintage"] != lvin or c["also_ok"]:
                    errs.append(where + ": yes with vintage must be that vintage alone")
            elif e["vintage"] is not None and e["vintage"] != max(vins):
                errs.append(where + ": yes without vintage must be the most recent")
            elif lvin is None and sorted(c["also_ok"]) != others:
                errs.append(where + ": also_ok")
        else:
            if lvin is None or lvin in vins or None in vins:
                errs.append(where + ": almost needs a label vintage not held")
            else:
                best = min(same, key=lambda g: (abs(g["vintage"] - lvin), -g["vintage"]))
                if best["id"] != e["id"]:
                    errs.append(where + ": nearest vintage is %s" % best["id"])
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases: %d labels" % n)
    if n:
        tot = {k: sum(t[k] for t in tab.values()) / n for k in ("yes", "almost", "none")}
        if not (0.45 <= tot["yes"] <= 0.52 and 0.12 <= tot["almost"] <= 0.17 and 0.33 <= tot["none"] <= 0.40):
            errs.append("cases: proportions %s" % tot)
    for t, d in tab.items():
        if min(d.values()) == 0:
            errs.append("till %s lacks an answer kind: %s" % (t, d))
    return errs, tab


def selftest():
    src_l, src_c = os.path.join(HERE, "agen_library.jsonl"), os.path.join(HERE, "agen_cases.jsonl")
    errs, _ = check(src_l, src_c)
    assert not errs, errs
    print("clean files pass")
    L = open(src_l, encoding="utf-8").read().splitlines()
    C = [json.loads(x) for x in open(src_c, encoding="utf-8")]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def lines(cs):
        return [json.dumps(c, ensure_ascii=False) for c in cs]

    breaks = []

    def brk(name, lib=None, cases=None, raw=None):
        breaks.append((name, lib or L, raw or lines(cases or C)))

    cs = [dict(c) for c in C]; cs[0]["vintage"] = 2019; brk("vintage not on the label", cases=cs)
    raw = lines(C); raw[3] = raw[3][:-2]; brk("broken JSON", raw=raw)
    cs = [dict(c) for c in C]; i = 5; cs[i] = {k: cs[i][k] for k in reversed(CASE_FIELDS)}; brk("field order", cases=cs)
    lb = list(L); lb[4] = lb[4].replace('"ge005"', '"ge205"'); brk("id gap", lib=lb)
    lb = list(L); lb[0] = lb[0].replace('"rouge"', '"orange"', 1); brk("bad colour", lib=lb)
    cs = [dict(c) for c in C]; i = first(lambda c: c["expect"] == "yes" and c["also_ok"]); cs[i]["also_ok"] = []; brk("also_ok dropped", cases=cs)
    cs = [dict(c) for c in C]; i = first(lambda c: c["expect"] == "almost"); cs[i]["beverage_id"], cs[i]["also_ok"] = cs[i]["also_ok"][0], [cs[i]["beverage_id"], *cs[i]["also_ok"][1:]]; brk("almost not the nearest", cases=cs)
    cs = [dict(c) for c in C]; i = first(lambda c: c["units_per_sale"] not in (None, 1)); cs[i]["units_per_sale"] = 0.2; brk("units", cases=cs)
    cs = [dict(c) for c in C]; i = first(lambda c: c["connection"] == "zinc"); cs[i]["label"] += " XXXXXXXXXXXXXXXXX"; brk("zinc over 20 columns", cases=cs)
    cs = [dict(c) for c in C]; i = first(lambda c: c["connection"] == "appli"); cs[i]["label"] = cs[i]["label"].upper(); brk("appli in capitals", cases=cs)
    cs = [dict(c) for c in C]; i = first(lambda c: c["connection"] == "tarif" and "6X75CL" in c["label"] and c["expect"] != "none"); cs[i]["label"] = cs[i]["label"].replace(" 6X75CL", ""); brk("tarif without packing", cases=cs)
    cs = [dict(c) for c in C]; i = first(lambda c: c["expect"] == "none"); cs[i]["beverage_id"] = "ge001"; brk("none with an id", cases=cs)
    cs = [dict(c) for c in C]; cs[1]["label"] = cs[0]["label"]; brk("duplicate label", cases=cs)
    cs = [dict(c) for c in C]; i = first(lambda c: "1/2 btl" in c["label"] and c["expect"] == "yes"); cs[i]["label"] = cs[i]["label"].replace("1/2 btl", "btl") + ""; brk("bottle label on a half-bottle entry", cases=cs)
    cs = [c for c in C if c["expect"] != "none"][:250]; brk("counts out of range", cases=cs)
    cs = [dict(c) for c in C]; i = first(lambda c: c["label"].startswith("DEMI KRON")); cs[i]["beverage_id"] = "ge102"; brk("draught on the bottle entry", cases=cs)
    ok = True
    tmp = tempfile.mkdtemp()
    try:
        for name, lb, raw in breaks:
            pl, pc = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
            open(pl, "w", encoding="utf-8").write("\n".join(lb) + "\n")
            open(pc, "w", encoding="utf-8").write("\n".join(raw) + "\n")
            errs, _ = check(pl, pc)
            print("%-40s %s" % (name, ("reported: " + errs[0][:90]) if errs else "NOT REPORTED"))
            ok &= bool(errs)
    finally:
        shutil.rmtree(tmp)
    print("selftest", "passed (%d breaks)" % len(breaks) if ok else "FAILED")
    return ok


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, tab = check(os.path.join(HERE, "agen_library.jsonl"), os.path.join(HERE, "agen_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    print(tab)
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)
