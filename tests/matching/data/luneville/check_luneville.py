#!/usr/bin/env python3
"""Check the luneville set: reads ONLY luneville_library.jsonl and luneville_cases.jsonl.

    python3 check_luneville.py              validate the two files
    python3 check_luneville.py --selftest   break copies on purpose, show each is reported
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "luneville_library.jsonl")
CASES = os.path.join(HERE, "luneville_cases.jsonl")
PREFIX = "LNV"
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
WINE = {"vin", "champagne"}
KEGS = {2000, 3000}
TILLS = ("comptoir", "tablette", "z")

# what each till prints for a measure -> (kind, volume); kind bottle/pour/dose/draught/none
COMPTOIR = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "25CL": ("bottle", 25),
            "33CL": ("bottle", 33), "50CL": ("bottle", 50), "70CL": ("bottle", 70),
            "75CL": ("bottle", 75), "1L": ("bottle", 100), "VRE": ("pour", 12.5),
            "VRE15": ("pour", 15), "CAR25": ("pour", 25), "CAR50": ("pour", 50),
            "FLUTE": ("pour", 12.5), "DOSE": ("dose", 4), "2CL": ("dose", 2),
            "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
TABLETTE = {"bouteille": ("bottle", None), "demi-bouteille": ("bottle", 37.5),
            "magnum": ("bottle", 150), "bouteille 25 cl": ("bottle", 25),
            "bouteille 33 cl": ("bottle", 33), "bouteille 50 cl": ("bottle", 50),
            "bouteille 70 cl": ("bottle", 70), "bouteille 75 cl": ("bottle", 75),
            "bouteille 1 l": ("bottle", 100), "verre": ("pour", 12.5),
            "verre 12 cl": ("pour", 12), "verre 15 cl": ("pour", 15),
            "carafe 25 cl": ("pour", 25), "carafe 50 cl": ("pour", 50), "flûte": ("pour", 12.5),
            "dose": ("dose", 4), "dose 2 cl": ("dose", 2), "demi": ("draught", 25),
            "pinte": ("draught", 50)}
ZUNIT = {"BT75": ("bottle", None), "BT37": ("bottle", 37.5), "BT150": ("bottle", 150),
         "BT25": ("bottle", 25), "BT33": ("bottle", 33), "BT50": ("bottle", 50),
         "BT70": ("bottle", 70), "BT100": ("bottle", 100), "VERRE": ("pour", 12.5),
         "VR12": ("pour", 12), "VR15": ("pour", 15), "CAR25": ("pour", 25),
         "CAR50": ("pour", 50), "FLUTE": ("pour", 12.5), "DOSE": ("dose", 4),
         "DOSE2": ("dose", 2), "DEMI": ("draught", 25), "PINTE": ("draught", 50),
         "U": ("none", None)}
Z_RE = re.compile(r"^(\d{4}) (.{20}) (.{6})([ \d]{3})( {0,8}-?\d+,\d\d)$")


def load(path, errors, what):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line, object_pairs_hook=lambda p: p))
            except json.JSONDecodeError as e:
                errors.append(f"{what} line {i}: bad JSON ({e.msg})")
    return rows


def parse_label(till, label):
    """-> (kind, volume or None, vintage or None, form error or None)"""
    if till == "comptoir":
        if len(label) > 18 or label != label.strip() or "  " in label:
            return None, None, None, "comptoir line over 18 columns or badly spaced"
        if not re.fullmatch(r"[A-Z0-9 ./'-]+", label):
            return None, None, None, "comptoir not in ASCII capitals"
        toks = label.split(" ")
        kind, vol = COMPTOIR.get(toks[0], ("bottle?", None))
        v = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            n = int(toks[-1])
            v = 2000 + n if n <= 30 else 1900 + n
        return kind, vol, v, None
    if till == "tablette":
        name, sep, opt = label.partition(" · ")
        if sep and opt not in TABLETTE:
            return None, None, None, f"tablette option {opt!r} unknown"
        if len(name) > 28 or (name.endswith("…") and len(name) < 20) or "…" in name[:-1]:
            return None, None, None, "tablette name over 28 characters or badly shortened"
        if not re.search(r"[a-zà-ÿ]", name) or name == name.upper():
            return None, None, None, "tablette not in mixed case"
        kind, vol = TABLETTE[opt] if sep else ("none", None)
        m = re.search(r" ((?:19|20)\d\d)$", name)
        return kind, vol, (int(m.group(1)) if m else None), None
    if till == "z":
        m = Z_RE.match(label)
        if not m:
            return None, None, None, "z line not PLU(4) DESC(20) UNIT(6) QTY(3) AMOUNT(9)"
        desc, unit, qty = m.group(2).rstrip(), m.group(3).rstrip(), m.group(4).strip()
        if unit not in ZUNIT:
            return None, None, None, f"z unit {unit!r} unknown"
        if not re.fullmatch(r"[A-Z0-9 .'&-]+", desc) or not qty.isdigit() or not 1 <= int(qty) <= 99:
            return None, None, None, "z description not ASCII capitals or bad quantity"
        if len(m.group(5)) != 9:
            return None, None, None, "z amount not 9 columns"
        kind, vol = ZUNIT[unit]
        mv = re.search(r" ((?:19|20)\d\d)$", desc)
        return kind, vol, (int(mv.group(1)) if mv else None), None
    return None, None, None, f"unknown connection {till!r}"


def nearest(vs, v):
    return sorted(vs, key=lambda x: (abs(x - v), -x))[0]


def check(lib_path=LIB, cases_path=CASES):
    errors = []
    lib_raw = load(lib_path, errors, "library")
    cases_raw = load(cases_path, errors, "cases")
    lib = []
    for i, pairs in enumerate(lib_raw, 1):
        if [k for k, _ in pairs] != LIB_FIELDS:
            errors.append(f"library line {i}: fields not in bench order")
        lib.append(dict(pairs))
    if not 110 <= len(lib) <= 130:
        errors.append(f"library holds {len(lib)} drinks, not 110-130")
    by_id = {}
    for i, d in enumerate(lib, 1):
        if d.get("id") != f"{PREFIX}{i:03d}":
            errors.append(f"library line {i}: id {d.get('id')} out of sequence")
        by_id[d.get("id")] = d
        cat, col, f = d.get("category"), d.get("colour"), d.get("format_cl")
        if cat not in CATEGORIES:
            errors.append(f"{d.get('id')}: category {cat!r}")
        if cat in WINE and col not in COLOURS:
            errors.append(f"{d.get('id')}: wine without a valid colour ({col!r})")
        if cat not in WINE and col is not None:
            errors.append(f"{d.get('id')}: colour on a {cat}")
        if not isinstance(f, (int, float)) or f <= 0:
            errors.append(f"{d.get('id')}: format {f!r}")
        if f in KEGS and cat != "bière":
            errors.append(f"{d.get('id')}: keg format on a {cat}")
        v = d.get("vintage")
        if v is not None and (not isinstance(v, int) or not 1900 <= v <= 2030):
            errors.append(f"{d.get('id')}: vintage {v!r}")
    groups = {}
    for d in lib:
        groups.setdefault((d.get("name"), d.get("producer"), d.get("appellation"),
                           d.get("colour")), []).append(d)
    seen_entries = set()
    for d in lib:
        k = (d.get("name"), d.get("producer"), d.get("format_cl"), d.get("vintage"))
        if k in seen_entries:
            errors.append(f"{d.get('id')}: the same wine, format and vintage twice")
        seen_entries.add(k)

    def group_of(d):
        return groups[(d["name"], d["producer"], d["appellation"], d["colour"])]

    cases, labels = [], set()
    for i, pairs in enumerate(cases_raw, 1):
        if [k for k, _ in pairs] != CASE_FIELDS:
            errors.append(f"case line {i}: fields not in order")
        cases.append(dict(pairs))
    if not 280 <= len(cases) <= 300:
        errors.append(f"{len(cases)} cases, not 280-300")
    for i, c in enumerate(cases, 1):
        lab, exp, bid = c.get("label"), c.get("expect"), c.get("beverage_id")
        also, vin, units, till = c.get("also_ok"), c.get("vintage"), c.get("units_per_sale"), c.get("connection")
        where = f"case {i} {lab!r}"
        if lab in labels:
            errors.append(f"{where}: duplicate label")
        labels.add(lab)
        if till not in TILLS:
            errors.append(f"{where}: unknown connection {till!r}")
            continue
        kind, vol, v_lab, form = parse_label(till, lab)
        if form:
            errors.append(f"{where}: {form}")
            continue
        if vin != v_lab:
            errors.append(f"{where}: vintage {vin} but the label reads {v_lab}")
        if not isinstance(c.get("note"), str) or not c.get("note"):
            errors.append(f"{where}: no note")
        if exp == "none":
            if bid is not None or also != [] or units is not None:
                errors.append(f"{where}: none with an answer")
            continue
        if exp not in ("yes", "almost"):
            errors.append(f"{where}: expect {exp!r}")
            continue
        d = by_id.get(bid)
        if d is None:
            errors.append(f"{where}: unknown beverage_id {bid!r}")
            continue
        if kind == "none":
            errors.append(f"{where}: a label without measure answered {exp}")
            continue
        grp = group_of(d)
        f = d["format_cl"]
        same = [e for e in grp if e["format_cl"] == f]
        bottles = sorted({e["format_cl"] for e in grp if e["format_cl"] not in KEGS})
        ordinary = 75 if (d["category"] in WINE and 75 in bottles) else (bottles[0] if len(bottles) == 1 else None)
        # format against the printed measure
        if kind == "bottle":
            want = vol if vol is not None else (75 if d["category"] in WINE else ordinary)
            if want is None:
                errors.append(f"{where}: bottle without size on a drink held in several sizes")
            elif f != want:
                errors.append(f"{where}: label means {want} cl, entry is {f} cl")
            exp_units = 1
        elif kind == "bottle?":  # comptoir: nothing printed = ordinary bottle
            want = 75 if d["category"] in WINE else ordinary
            if f != want:
                errors.append(f"{where}: label means the ordinary bottle ({want}), entry is {f} cl")
            exp_units = 1
        elif kind in ("pour", "dose"):
            if f in KEGS or f != ordinary or (d["category"] in WINE and f in (37.5, 150)):
                errors.append(f"{where}: a {kind} must pour from the ordinary bottle, entry is {f} cl")
            exp_units = round(vol / f, 4)
        elif kind == "draught":
            if f not in KEGS:
                errors.append(f"{where}: draught measure on a {f} cl entry")
            exp_units = round(vol / f, 4)
        else:
            exp_units = None
        if units != exp_units:
            errors.append(f"{where}: units {units} but the measure gives {exp_units}")
        # vintages
        vints = sorted(e["vintage"] for e in same if e["vintage"] is not None)
        others = sorted(e["id"] for e in same if e["id"] != bid)
        if not vints:
            if vin is not None or exp != "yes" or also != []:
                errors.append(f"{where}: non-vintage drink answered wrongly")
            continue
        if not (exp == "yes" and vin is not None) and sorted(also or []) != others:
            errors.append(f"{where}: also_ok {also} should be {others}")
        if exp == "yes" and vin is not None:
            if d["vintage"] != vin or also != []:
                errors.append(f"{where}: yes with a vintage must be that vintage and no also_ok")
        elif exp == "yes":
            if d["vintage"] != max(vints):
                errors.append(f"{where}: yes without vintage must be the most recent")
        else:
            if vin is None or vin in vints:
                errors.append(f"{where}: almost needs a label vintage not held")
            elif d["vintage"] != nearest(vints, vin):
                errors.append(f"{where}: almost is not the nearest vintage")
    # counts
    n = len(cases)
    if n:
        share = {e: sum(c.get("expect") == e for c in cases) / n for e in ("yes", "almost", "none")}
        for e, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[e] <= hi:
                errors.append(f"{e} share {share[e]:.3f} outside {lo}-{hi}")
        for t in TILLS:
            for e in ("yes", "almost", "none"):
                if sum(c.get("connection") == t and c.get("expect") == e for c in cases) < 10:
                    errors.append(f"till {t} has fewer than 10 {e} cases")
    return errors, lib, cases


def selftest():
    import tempfile
    lib_lines = open(LIB, encoding="utf-8").read().splitlines()
    case_lines = open(CASES, encoding="utf-8").read().splitlines()
    errs, _, _ = check()
    print(f"clean files: {'PASS' if not errs else 'FAIL ' + str(errs[:3])}")
    ok = not errs
    cases = [json.loads(x) for x in case_lines]
    [json.loads(x) for x in lib_lines]

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    breaks = []

    def brk(name, fn, target="cases"):
        breaks.append((name, fn, target))

    def b_json(L, C):
        C[5] = C[5][:-1]
        return L, C
    brk("broken JSON", b_json)

    def b_order(L, C):
        d = json.loads(L[3]); L[3] = json.dumps({k: d[k] for k in reversed(LIB_FIELDS)}, ensure_ascii=False)
        return L, C
    brk("library field order", b_order)

    def b_idgap(L, C):
        d = json.loads(L[10]); d["id"] = "LNV999"; L[10] = json.dumps(d, ensure_ascii=False)
        return L, C
    brk("id out of sequence", b_idgap)

    def b_colour(L, C):
        d = json.loads(L[0]); d["colour"] = None; L[0] = json.dumps(d, ensure_ascii=False)
        return L, C
    brk("wine without colour", b_colour)

    def mut(pred, fn):
        def f(L, C):
            rows = copy.deepcopy(cases)
            fn(rows, first(pred))
            return L, dump(rows)
        return f

    brk("vintage not on the label", mut(lambda c: c["vintage"] is None and c["expect"] == "yes" and c["also_ok"],
                                        lambda r, i: r[i].__setitem__("vintage", 2019)))
    brk("also_ok dropped", mut(lambda c: c["expect"] == "yes" and c["also_ok"],
                               lambda r, i: r[i].__setitem__("also_ok", [])))
    brk("almost not the nearest", mut(lambda c: c["expect"] == "almost" and c["also_ok"],
                                      lambda r, i: (r[i].__setitem__("beverage_id", r[i]["also_ok"][0]),
                                                    r[i].__setitem__("also_ok", [cases[i]["beverage_id"]]))))
    brk("wrong units", mut(lambda c: c["units_per_sale"] == 0.1667,
                           lambda r, i: r[i].__setitem__("units_per_sale", 0.16)))
    brk("comptoir over 18 columns", mut(lambda c: c["connection"] == "comptoir" and c["expect"] == "none",
                                        lambda r, i: r[i].__setitem__("label", r[i]["label"] + " EXTRA LONG")))
    brk("tablette in capitals", mut(lambda c: c["connection"] == "tablette" and c["label"].startswith("Pâté"),
                                    lambda r, i: r[i].__setitem__("label", r[i]["label"].upper())))
    brk("z unknown unit", mut(lambda c: c["connection"] == "z",
                              lambda r, i: r[i].__setitem__("label", r[i]["label"][:26] + "BTL   " + r[i]["label"][32:])))
    brk("none with a drink", mut(lambda c: c["expect"] == "none",
                                 lambda r, i: r[i].__setitem__("beverage_id", "LNV001")))
    brk("duplicate label", mut(lambda c: c["connection"] == "tablette",
                               lambda r, i: r[i + 1].__setitem__("label", r[i]["label"])))
    brk("bottle label on a half-bottle entry", mut(lambda c: c["connection"] == "tablette" and c["label"].endswith("· demi-bouteille") and c["expect"] == "yes",
                                                   lambda r, i: r[i].__setitem__("label", r[i]["label"].replace("demi-bouteille", "bouteille"))))
    brk("draught on a bottle entry", mut(lambda c: c["label"].startswith("33CL LOUP"),
                                         lambda r, i: r[i].__setitem__("label", "DEMI LOUPBLOND")))
    brk("unknown expect", mut(lambda c: c["expect"] == "yes",
                              lambda r, i: r[i].__setitem__("expect", "maybe")))
    brk("unknown connection", mut(lambda c: True, lambda r, i: r[i].__setitem__("connection", "web")))

    def b_counts(L, C):
        rows = [c for c in cases if c["expect"] != "none" or c["connection"] != "z"]
        return L, dump(rows)
    brk("counts out of range", b_counts)

    def b_fields(L, C):
        d = json.loads(C[0]); d = {k: d[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
        C[0] = json.dumps(d, ensure_ascii=False)
        return L, C
    brk("case field order", b_fields)

    def b_keg(L, C):
        i = next(j for j, x in enumerate(L) if json.loads(x)["category"] == "soft")
        d = json.loads(L[i]); d["format_cl"] = 3000; L[i] = json.dumps(d, ensure_ascii=False)
        return L, C
    brk("keg on a soft", b_keg)

    with tempfile.TemporaryDirectory() as tmp:
        for name, fn, _ in breaks:
            L, C = fn(list(lib_lines), list(case_lines))
            lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
            open(lp, "w", encoding="utf-8").write("\n".join(L) + "\n")
            open(cp, "w", encoding="utf-8").write("\n".join(C) + "\n")
            errs, _, _ = check(lp, cp)
            print(f"{'caught' if errs else 'MISSED'}: {name}" + (f"  ({errs[0]})" if errs else ""))
            ok &= bool(errs)
    print(f"selftest {'PASS' if ok else 'FAIL'} ({len(breaks)} kinds of break)")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, lib, cases = check()
    for e in errs:
        print("ERROR", e)
    print(f"{len(lib)} drinks, {len(cases)} cases")
    for t in (*TILLS, "total"):
        sel = [c for c in cases if t == "total" or c["connection"] == t]
        print(f"  {t:9s} " + "  ".join(f"{e} {sum(c['expect'] == e for c in sel):3d}"
                                       for e in ("yes", "almost", "none")) + f"  total {len(sel)}")
    print("OK" if not errs else f"{len(errs)} error(s)")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
