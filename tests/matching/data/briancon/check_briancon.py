"""Check the BLIND set "Le Refuge de Serre Chevalier" from its two jsonl files only.

python3 check_briancon.py             check briancon_library.jsonl and briancon_cases.jsonl
python3 check_briancon.py --selftest  break copies on purpose, show each break is reported
Stdlib only. Imports nothing from the build.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
FORMATS = {25, 33, 37.5, 50, 62, 70, 75, 100, 150, 2000, 3000}
CONNS = ("bar", "salle", "terrasse")

BAR = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "25CL": ("bottle", 25),
       "33CL": ("bottle", 33), "50CL": ("bottle", 50), "70CL": ("bottle", 70),
       "1L": ("bottle", 100), "VR": ("pour", 12.5), "VR15": ("pour", 15), "P25": ("pour", 25),
       "P50": ("pour", 50), "CP": ("pour", 12.5), "SHOT": ("pour", 4), "2CL": ("pour", 2),
       "DEMI": ("keg", 25), "PINTE": ("keg", 50)}
SALLE = {"bouteille": ("bottle", None), "demi-bouteille": ("bottle", 37.5),
         "magnum": ("bottle", 150), "25 cl": ("bottle", 25), "33 cl": ("bottle", 33),
         "50 cl": ("bottle", 50), "70 cl": ("bottle", 70), "1 l": ("bottle", 100),
         "verre": ("pour", 12.5), "verre 15 cl": ("pour", 15), "pichet 25 cl": ("pour", 25),
         "pichet 50 cl": ("pour", 50), "coupe": ("pour", 12.5), "dose": ("pour", 4),
         "dose 2 cl": ("pour", 2), "demi": ("keg", 25), "pinte": ("keg", 50)}
DEPT = {1: {"vin"}, 2: {"vin", "champagne"}, 3: {"bière"}, 4: {"spiritueux", "autre"}, 5: {"soft"}}


def parse(lines, fields, what, errs):
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except ValueError:
            errs.append("%s line %d: invalid JSON" % (what, i))
            continue
        if list(d) != fields:
            errs.append("%s line %d: fields out of order %s" % (what, i, list(d)))
        rows.append(d)
    return rows


def u4(x):
    x = round(x, 4)
    return int(x) if x == int(x) else x


def read_label(c, errs):
    """(vintage, measure) read back from the label: measure = (kind, volume) or None."""
    lab, conn = c["label"], c["connection"]
    if conn == "bar":
        m = re.fullmatch(r"([1-7])(\d\d) ([A-Z0-9 ./'&-]{1,16})", lab)
        if not m or m.group(3) != m.group(3).rstrip():
            errs.append("bar form: %r" % lab)
            return None, None, None
        desc = m.group(3).split(" ")
        vint = 2000 + int(desc[-1]) if len(desc) > 1 and re.fullmatch(r"\d\d", desc[-1]) else None
        meas = BAR.get(desc[0], ("bottle", None))
        return vint, meas, int(m.group(1))
    if conn == "salle":
        if not re.search(r"[a-zé]", lab) or lab != lab.strip() or "  " in lab:
            errs.append("salle form: %r" % lab)
        head, _, serving = lab.partition(" · ")
        m = re.search(r"\b(19[5-9]\d|20[0-3]\d)\b", head)
        vint = int(m.group(1)) if m else None
        meas = None
        if serving:
            if serving not in SALLE and not serving.startswith("verre"):
                errs.append("salle serving unknown: %r" % lab)
            meas = SALLE.get(serving, ("other", None))
        return vint, meas, None
    if conn == "terrasse":
        m = re.fullmatch(r"([A-Z0-9][A-Za-z0-9 '.&-]*) - (\d+(?:,5)?cl|coupe|pce)", lab)
        if not m or any(w[0].islower() for w in m.group(1).split()):
            errs.append("terrasse form: %r" % lab)
            return None, None, None
        y = re.search(r"\b(19[5-9]\d|20[0-3]\d)\b", m.group(1))
        vol = m.group(2)
        meas = None if vol == "pce" else ("pour", 12.5) if vol == "coupe" else \
            ("vol", float(vol[:-2].replace(",", ".")))
        return (int(y.group(1)) if y else None), meas, None
    errs.append("unknown connection %r" % conn)
    return None, None, None


def check(lib_lines, case_lines):
    errs = []
    lib = parse(lib_lines, LIB_FIELDS, "library", errs)
    cases = parse(case_lines, CASE_FIELDS, "cases", errs)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))
    byid = {}
    for i, e in enumerate(lib, 1):
        if e.get("id") != "bc%03d" % i:
            errs.append("library: id %r out of sequence (bc%03d expected)" % (e.get("id"), i))
        byid[e.get("id")] = e
        if e.get("colour") not in COLOURS:
            errs.append("library %s: bad colour %r" % (e.get("id"), e.get("colour")))
        if e.get("category") not in CATS:
            errs.append("library %s: bad category %r" % (e.get("id"), e.get("category")))
        if (e.get("colour") is None) != (e.get("category") not in ("vin", "champagne")):
            errs.append("library %s: colour must be null exactly for non-wines" % e.get("id"))
        if e.get("format_cl") not in FORMATS:
            errs.append("library %s: odd format %r" % (e.get("id"), e.get("format_cl")))
        if e.get("format_cl", 0) >= 1000 and e.get("category") != "bière":
            errs.append("library %s: keg on a non-beer" % e.get("id"))
        if not (e.get("vintage") is None or isinstance(e.get("vintage"), int)):
            errs.append("library %s: vintage %r" % (e.get("id"), e.get("vintage")))

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    product = {}
    for e in lib:
        if "name" in e:
            product.setdefault(wine(e), []).append(e)

    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d, not 280-300" % len(cases))
    seen = set()
    counts = {}
    for c in cases:
        lab = c.get("label")
        if lab in seen:
            errs.append("duplicate label %r" % lab)
        seen.add(lab)
        counts.setdefault(c.get("connection"), {}).setdefault(c.get("expect"), 0)
        counts[c.get("connection")][c.get("expect")] += 1
        vint, meas, dept = read_label(c, errs)
        if c.get("vintage") != vint:
            errs.append("%r: vintage field %r, label says %r" % (lab, c.get("vintage"), vint))
        exp, bid, also, units = c.get("expect"), c.get("beverage_id"), c.get("also_ok"), c.get("units_per_sale")
        if exp == "none":
            if bid is not None or also != [] or units is not None:
                errs.append("%r: none with an id, also_ok or units" % lab)
            continue
        if exp not in ("yes", "almost"):
            errs.append("%r: expect %r" % (lab, exp))
            continue
        e = byid.get(bid)
        if e is None:
            errs.append("%r: unknown beverage_id %r" % (lab, bid))
            continue
        if meas is None:
            errs.append("%r: a drink answer without a measure" % lab)
            continue
        if dept is not None and e["category"] not in DEPT.get(dept, ()):
            errs.append("%r: PLU department %d does not fit %s" % (lab, dept, e["category"]))
        fmts = sorted({x["format_cl"] for x in product[wine(e)]})
        bottles = [f for f in fmts if f < 1000]
        ordinary = 75 if 75 in bottles else bottles[0] if len(bottles) == 1 else None
        kind, vol = meas
        f = e["format_cl"]
        if kind == "vol":
            kind = "bottle" if vol == f else "keg" if f >= 1000 else "pour"
        if kind == "bottle":
            want = vol if vol is not None else 75 if e["category"] in ("vin", "champagne") else ordinary
            if f != want:
                errs.append("%r: a %s cl bottle label on a %s cl entry" % (lab, want, f))
            if units != 1:
                errs.append("%r: bottle units %r, not 1" % (lab, units))
        elif kind == "pour":
            if f != ordinary:
                errs.append("%r: a pour on the %s cl entry, not the ordinary bottle" % (lab, f))
            elif units != u4(vol / f):
                errs.append("%r: units %r, measure says %r" % (lab, units, u4(vol / f)))
        elif kind == "keg":
            if f < 1000 or vol not in (25, 50):
                errs.append("%r: draught measure on a %s cl entry" % (lab, f))
            elif units != u4(vol / f):
                errs.append("%r: units %r, measure says %r" % (lab, units, u4(vol / f)))
        else:
            errs.append("%r: measure %r is not a drink's" % (lab, meas))
        same = [x for x in product[wine(e)] if x["format_cl"] == f]
        others = sorted(x["id"] for x in same if x["id"] != bid)
        held = [x["vintage"] for x in same if x["vintage"] is not None]
        if exp == "yes" and vint is not None:
            if e["vintage"] != vint or also != []:
                errs.append("%r: yes with vintage %d on %s (vintage %r), also_ok %r" % (lab, vint, bid, e["vintage"], also))
        elif exp == "yes":
            if held and e["vintage"] != max(held):
                errs.append("%r: yes without vintage not on the most recent" % lab)
            if sorted(also) != others:
                errs.append("%r: also_ok %r, should be %r" % (lab, also, others))
        else:
            if vint is None or vint in held or not held:
                errs.append("%r: almost without a vintage the library lacks" % lab)
            else:
                best = min(held, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append("%r: almost on %r, nearest is %r" % (lab, e["vintage"], best))
            if sorted(also) != others:
                errs.append("%r: also_ok %r, should be %r" % (lab, also, others))
    n = max(len(cases), 1)
    share = {k: sum(v.get(k, 0) for v in counts.values()) / n for k in ("yes", "almost", "none")}
    for k, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[k] <= hi:
            errs.append("share of %s %.3f outside %.2f-%.2f" % (k, share[k], lo, hi))
    for conn in CONNS:
        for k in ("yes", "almost", "none"):
            if not counts.get(conn, {}).get(k):
                errs.append("till %s has no %s case" % (conn, k))
    return errs, counts


def load():
    with open(os.path.join(HERE, "briancon_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "briancon_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    assert not errs, errs
    print("clean files: pass")
    J = json.loads

    def dump(d):
        return json.dumps(d, ensure_ascii=False)

    def first(pred):
        for i, line in enumerate(cases):
            if pred(J(line)):
                return i
        raise AssertionError("no case for a break")

    def edit(pred, fn):
        cs = list(cases)
        i = first(pred)
        d = J(cs[i])
        fn(d)
        cs[i] = dump(d)
        return lib, cs

    breaks = []
    # 1 broken JSON
    cs = list(cases); cs[5] = cs[5][:-3]
    breaks.append(("broken JSON", lib, cs, "invalid JSON"))
    # 2 field order
    cs = list(cases); d = J(cs[7]); cs[7] = dump({k: d[k] for k in reversed(CASE_FIELDS)})
    breaks.append(("fields out of order", lib, cs, "fields out of order"))
    # 3 id gap
    ls = list(lib); d = J(ls[40]); d["id"] = "bc099"; ls[40] = dump(d)
    breaks.append(("id out of sequence", ls, cases, "out of sequence"))
    # 4 bad colour
    ls = list(lib); d = J(ls[3]); d["colour"] = "jaune"; ls[3] = dump(d)
    breaks.append(("bad colour", ls, cases, "bad colour"))
    # 5 also_ok dropped
    breaks.append(("also_ok dropped", *edit(lambda d: d["expect"] == "yes" and d["also_ok"], lambda d: d.update(also_ok=[])), "also_ok"))
    # 6 almost not on the nearest
    def far(d):
        d["beverage_id"], d["also_ok"] = d["also_ok"][-1], [d["beverage_id"], *d["also_ok"][:-1]]
    breaks.append(("almost not the nearest", *edit(lambda d: d["expect"] == "almost" and d["also_ok"] and "GREYSAC" in d["label"], far), "nearest"))
    # 7 units of a glass 0.16 instead of 0.1667
    breaks.append(("glass units", *edit(lambda d: d["units_per_sale"] == 0.1667, lambda d: d.update(units_per_sale=0.16)), "units"))
    # 8 bar label over 16 columns
    breaks.append(("bar over 16 columns", *edit(lambda d: d["connection"] == "bar" and d["expect"] == "none", lambda d: d.update(label=d["label"] + " GRANDE TASSE")), "bar form"))
    # 9 vintage field not the label's
    breaks.append(("vintage field", *edit(lambda d: d["connection"] == "salle" and d["vintage"], lambda d: d.update(vintage=d["vintage"] - 1)), "vintage field"))
    # 10 none with an id
    breaks.append(("none with an id", *edit(lambda d: d["expect"] == "none", lambda d: d.update(beverage_id="bc001")), "none with"))
    # 11 duplicate label
    cs = list(cases); d = J(cs[11]); d["label"] = J(cs[10])["label"]; cs[11] = dump(d)
    breaks.append(("duplicate label", lib, cs, "duplicate label"))
    # 12 half-bottle label on the 75 cl entry
    breaks.append(("half on the 75 cl", *edit(lambda d: d["label"].startswith("Apremont Giachino 2023 · demi"), lambda d: d.update(beverage_id="bc002")), "bottle label"))
    # 13 counts out of range
    breaks.append(("too few cases", lib, cases[:250], "not 280-300"))
    # 14 terrace label without its volume
    breaks.append(("terrace without volume", *edit(lambda d: d["connection"] == "terrasse", lambda d: d.update(label=d["label"].rsplit(" - ", 1)[0])), "terrasse form"))
    # 15 draught on a bottle entry
    breaks.append(("draught on a bottle", *edit(lambda d: d["label"] == "363 DEMI 1664", lambda d: d.update(beverage_id="bc093")), "draught"))
    # 16 unknown connection
    breaks.append(("unknown connection", *edit(lambda d: True, lambda d: d.update(connection="kiosque")), "unknown connection"))
    # 17 yes with vintage but a different entry's vintage
    breaks.append(("yes on the wrong vintage", *edit(lambda d: d["expect"] == "yes" and d["vintage"] and "Mondeuse Arbin Idylle" in d["label"], lambda d: d.update(beverage_id="bc013")), "yes with vintage"))
    # 18 PLU department of the wrong family
    breaks.append(("wrong PLU department", *edit(lambda d: d["connection"] == "bar" and d["label"].startswith("4") and d["expect"] == "yes", lambda d: d.update(label="5" + d["label"][1:])), "department"))
    bad = 0
    for name, l2, c2, want in breaks:
        errs, _ = check(l2, c2)
        ok = any(want in e for e in errs)
        bad += not ok
        print("%-28s %s  (%s)" % (name, "reported" if ok else "NOT REPORTED", errs[0] if errs else "-"))
    print("%d breaks, %d missed" % (len(breaks), bad))
    return bad == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, counts = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    for conn in CONNS:
        print(conn, counts.get(conn))
    print("%d drinks, %d cases: %s" % (len(lib), len(cases), "OK" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
