"""Check the Nevers blind set from its two jsonl files alone (no build modules imported).

python3 check_nevers.py             check nevers_library.jsonl and nevers_cases.jsonl
python3 check_nevers.py --selftest  break copies on purpose and show each break is reported
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
TILLS = ("caisse", "tablette", "export")

# measure kinds: ("btl", fmt or None) bottle; ("pour", cl) glass/pichet from the ordinary bottle;
# ("dose", cl) from a one-bottle spirit or aperitif; ("draught", cl) from a keg
CAISSE_MEAS = {"BTL": ("btl", None), "MAG": ("btl", 150), "25CL": ("btl", 25), "33CL": ("btl", 33),
               "50CL": ("btl", 50), "70CL": ("btl", 70), "1L": ("btl", 100), "VRE": ("pour", 12.5),
               "VRE12": ("pour", 12), "VRE15": ("pour", 15), "PICH25": ("pour", 25),
               "PICH50": ("pour", 50), "CP": ("pour", 12.5), "FLUTE": ("pour", 12.5),
               "DOSE": ("dose", 4), "2CL": ("dose", 2), "4CL": ("dose", 4), "PINTE": ("draught", 50)}
CAISSE_DEPTS = set(range(1, 13))
TAB_MEAS = {"Bouteille": ("btl", None), "Demi-bouteille": ("btl", 37.5), "Magnum": ("btl", 150),
            "Bouteille 25 cl": ("btl", 25), "Bouteille 33 cl": ("btl", 33),
            "Bouteille 50 cl": ("btl", 50), "Bouteille 70 cl": ("btl", 70),
            "Bouteille 1 l": ("btl", 100), "Verre": ("pour", 12.5), "Verre 12 cl": ("pour", 12),
            "Verre 15 cl": ("pour", 15), "Pichet 25 cl": ("pour", 25), "Pichet 50 cl": ("pour", 50),
            "Coupe": ("pour", 12.5), "Flûte": ("pour", 12.5), "Dose": ("dose", 4),
            "Dose 2 cl": ("dose", 2), "Dose 4 cl": ("dose", 4), "Demi": ("draught", 25),
            "Pinte": ("draught", 50)}
EXP_SIZE = {"37,5CL": ("btl", 37.5), "150CL": ("btl", 150), "VERRE 12,5CL": ("pour", 12.5),
            "VERRE 12CL": ("pour", 12), "VERRE 15CL": ("pour", 15), "PICHET 25CL": ("pour", 25),
            "PICHET 50CL": ("pour", 50), "COUPE 12,5CL": ("pour", 12.5),
            "FLUTE 12,5CL": ("pour", 12.5), "DOSE 4CL": ("dose", 4), "DOSE 2CL": ("dose", 2),
            "DEMI 25CL": ("draught", 25), "PINTE 50CL": ("draught", 50), "UNITE": (None, None)}


def ascii_up(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def parse_label(c, errs):
    """-> (measure kind, cl, vintage read, full_width) following the till's habit."""
    lab, till = c["label"], c["connection"]
    if till == "caisse":
        m = re.match(r"^(\d\d)\.([A-Z0-9 .]{1,18})(?:/([A-Z0-9]+))?$", lab)
        if not m or int(m.group(1)) not in CAISSE_DEPTS or m.group(2) != m.group(2).rstrip():
            errs.append("caisse form: " + lab)
            return None, None, None, False
        dept, field, meas = int(m.group(1)), m.group(2), m.group(3)
        v = re.search(r" (\d\d)$", field)
        vint = None if not v else 2000 + int(v.group(1)) if int(v.group(1)) < 50 else 1900 + int(v.group(1))
        if meas is None:
            kind, cl = None, None
        elif meas == "DEMI":
            kind, cl = ("draught", 25) if dept == 5 else ("btl", 37.5)
        elif meas in CAISSE_MEAS:
            kind, cl = CAISSE_MEAS[meas]
        else:
            errs.append("caisse measure: " + lab)
            return None, None, None, False
        if kind == "draught" and dept != 5:
            errs.append("caisse draught outside department 05: " + lab)
        return kind, cl, vint, len(field) >= 17
    if till == "tablette":
        if lab != lab.strip() or "  " in lab:
            errs.append("tablette spacing: " + lab)
        parts = lab.split(" · ")
        if len(parts) > 2 or (len(parts) == 2 and parts[0] not in TAB_MEAS):
            errs.append("tablette form: " + lab)
            return None, None, None, False
        kind, cl = TAB_MEAS[parts[0]] if len(parts) == 2 else (None, None)
        v = re.search(r" \((\d{4})\)$", lab)
        if re.search(r"\b(19|20)\d\d\b", lab) and not v:
            errs.append("tablette vintage outside brackets: " + lab)
        return kind, cl, int(v.group(1)) if v else None, False
    if till == "export":
        m = re.match(r"^A(\d{5});([A-Z0-9 ]{1,24});(.+)$", lab)
        if not m:
            errs.append("export form: " + lab)
            return None, None, None, False
        name, size = m.group(2), m.group(3)
        if any(len(t) > 5 and not t.isdigit() for t in name.split()) or "  " in name:
            errs.append("export short name (words of at most 5 letters): " + lab)
        if size in EXP_SIZE:
            kind, cl = EXP_SIZE[size]
        elif re.match(r"^\d+(,5)?CL$", size):
            kind, cl = "btl", float(size[:-2].replace(",", "."))
        else:
            errs.append("export size: " + lab)
            return None, None, None, False
        v = re.search(r"(?:^| )((?:19|20)\d\d)$", name)
        return kind, cl, int(v.group(1)) if v else None, len(name) >= 19
    errs.append("unknown connection: %r" % till)
    return None, None, None, False


def tokens(s):
    return [t for t in re.split(r"[^A-Z0-9]+", ascii_up(s)) if t]


def shares_word(label, e):
    lt = [t for t in tokens(label) if len(t) >= 3 or t.isdigit()]
    et = tokens(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation")))
    for a in lt:
        for b in et:
            if a.isdigit() or b.isdigit():
                if a == b:
                    return True
                continue
            n = 0
            while n < min(len(a), len(b)) and a[n] == b[n]:
                n += 1
            if n >= min(4, len(a)) and n >= 3:
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, l in enumerate(lib_lines):
        try:
            lib.append(json.loads(l))
        except ValueError:
            errs.append("library line %d: invalid JSON" % (i + 1))
    for i, l in enumerate(case_lines):
        try:
            cases.append(json.loads(l))
        except ValueError:
            errs.append("cases line %d: invalid JSON" % (i + 1))
    if errs:
        return errs
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d not in 110-130" % len(lib))
    seen = set()
    for i, e in enumerate(lib):
        if list(e) != LIB_FIELDS:
            errs.append("library field order: %s" % e.get("id"))
            continue
        if e["id"] != "nv%03d" % (i + 1):
            errs.append("library id out of sequence: %s" % e["id"])
        if e["category"] not in CATS:
            errs.append("category: %s" % e["id"])
        if e["category"] in ("vin", "champagne"):
            if e["colour"] not in COLOURS:
                errs.append("wine without a colour: %s" % e["id"])
        elif e["colour"] is not None:
            errs.append("colour on a %s: %s" % (e["category"], e["id"]))
        if e["format_cl"] >= 1000 and (e["category"] != "bière" or e["format_cl"] not in (2000, 3000)):
            errs.append("keg format on a non-beer or odd keg: %s" % e["id"])
        if e["vintage"] is not None and not (1900 < e["vintage"] < 2030):
            errs.append("vintage: %s" % e["id"])
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen:
            errs.append("same wine, format and vintage twice: %s" % e["id"])
        seen.add(k)
    by_id = {e["id"]: e for e in lib if "id" in e}

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])

    def drink(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])
    groups, drinks = {}, {}
    for e in lib:
        if list(e) == LIB_FIELDS:
            groups.setdefault(wine(e), []).append(e)
            drinks.setdefault(drink(e), []).append(e)

    if not 280 <= len(cases) <= 300:
        errs.append("%d cases, not 280-300" % len(cases))
    labels = [c.get("label") for c in cases]
    for l in sorted({l for l in labels if labels.count(l) > 1}):
        errs.append("duplicate label: %s" % l)
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        if list(c) != CASE_FIELDS:
            errs.append("case field order: %s" % c.get("label"))
            continue
        lab = c["label"]
        if not c["note"]:
            errs.append("empty note: " + lab)
        if c["connection"] not in TILLS:
            errs.append("connection: " + lab)
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append("expect: " + lab)
            continue
        counts[c["connection"]][c["expect"]] += 1
        kind, cl, vint, full = parse_label(c, errs)
        if c["vintage"] != vint:
            errs.append("vintage field %r but label reads %r: %s" % (c["vintage"], vint, lab))
        if "cut off by the till" in c["note"] and (not full or vint is not None):
            errs.append("cut-off note on a label not cut: " + lab)
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append("none with an id, also_ok or units: " + lab)
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append("unknown beverage_id: " + lab)
            continue
        if not shares_word(lab, e):
            errs.append("label shares no word or stem with its entry: " + lab)
        # format and units against the printed measure
        fmts = sorted({x["format_cl"] for x in drinks[drink(e)]})
        bottles = [f for f in fmts if f < 1000]
        ordinary = 75 if 75 in bottles and e["category"] in ("vin", "champagne", "autre") else (
            bottles[0] if len(bottles) == 1 else None)
        u = c["units_per_sale"]
        if kind is None:
            errs.append("yes/almost without a measure: " + lab)
        elif kind == "btl":
            want = cl if cl is not None else ordinary
            if e["format_cl"] != want or u != 1:
                errs.append("bottle format/units: " + lab)
        elif kind == "pour":
            if e["format_cl"] != ordinary or u != round(cl / e["format_cl"], 4):
                errs.append("pour units or not from the ordinary bottle: " + lab)
        elif kind == "dose":
            if e["category"] not in ("spiritueux", "autre") or len(fmts) != 1 or u != round(cl / e["format_cl"], 4):
                errs.append("dose units or drink: " + lab)
        elif kind == "draught":
            if e["format_cl"] < 1000 or u != round(cl / e["format_cl"], 4):
                errs.append("draught measure not from a keg, or units: " + lab)
        if isinstance(u, float) and u != round(u, 4):
            errs.append("units not to 4 decimals: " + lab)
        # yes / almost / also_ok
        g = groups[wine(e)]
        vints = [x["vintage"] for x in g]
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        if c["expect"] == "yes":
            if vint is not None and None not in vints:
                if e["vintage"] != vint or c["also_ok"]:
                    errs.append("yes: label vintage not the entry's, or also_ok: " + lab)
            else:
                if e["vintage"] != max(vints, key=lambda v: v or 0) or sorted(c["also_ok"]) != others:
                    errs.append("yes without vintage: not the most recent, or also_ok: " + lab)
        else:
            if vint is None or vint in vints or None in vints:
                errs.append("almost but the vintage is held or absent: " + lab)
                continue
            best = min(vints, key=lambda v: (abs(v - vint), -v))
            if e["vintage"] != best or sorted(c["also_ok"]) != others:
                errs.append("almost: not the nearest vintage, or also_ok: " + lab)
    n = max(1, len(cases))
    for a, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(counts[t][a] for t in TILLS)
        if not lo <= 100 * k / n <= hi:
            errs.append("%s share %.1f %% not in %d-%d" % (a, 100 * k / n, lo, hi))
    for t in TILLS:
        for a in ("yes", "almost", "none"):
            if counts[t][a] == 0:
                errs.append("till %s has no %s" % (t, a))
    return errs


def load():
    with open(os.path.join(HERE, "nevers_library.jsonl"), encoding="utf-8") as fh:
        lib = fh.read().splitlines()
    with open(os.path.join(HERE, "nevers_cases.jsonl"), encoding="utf-8") as fh:
        cases = fh.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    assert not check(lib, cases), "clean files do not pass"
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    dump = lambda xs: [json.dumps(x, ensure_ascii=False) for x in xs]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def brk(name, fn, expect):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        out = fn(l2, c2)
        ll, cc = out if out else (dump(l2), dump(c2))
        errs = check(ll, cc)
        ok = any(expect in e for e in errs)
        print("%-46s %s" % (name, "reported" if ok else "NOT REPORTED: %s" % errs[:3]))
        return ok

    def set_case(pred, **kw):
        def fn(l2, c2):
            c2[first(pred)].update(kw)
        return fn

    def f_json(l2, c2):
        cc = dump(c2)
        cc[5] = cc[5][:-1]
        return dump(l2), cc

    def f_order(l2, c2):
        c = c2[0]
        c2[0] = {k: c[k] for k in reversed(list(c))}

    def f_libid(l2, c2):
        l2[3]["id"] = "nv099"

    def f_colour(l2, c2):
        next(e for e in l2 if e["category"] == "bière")["colour"] = "blanc"

    def f_dup(l2, c2):
        c2[10]["label"] = c2[11]["label"]

    def f_few(l2, c2):
        return dump(l2), dump(c2[:250])

    def f_noalmost(l2, c2):
        for c in c2:
            if c["connection"] == "export" and c["expect"] == "almost":
                c.update(expect="none", beverage_id=None, also_ok=[], units_per_sale=None)

    def f_almost_far(l2, c2):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        c = c2[i]
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]

    def f_yes_sibling(l2, c2):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] and not c["also_ok"]
                  and any(x["id"] != c["beverage_id"] and x["name"] == next(e for e in l2 if e["id"] == c["beverage_id"])["name"]
                          and x["producer"] == next(e for e in l2 if e["id"] == c["beverage_id"])["producer"] for x in l2))
        c = c2[i]
        e = next(x for x in l2 if x["id"] == c["beverage_id"])
        sib = next(x for x in l2 if x["id"] != e["id"] and x["name"] == e["name"] and x["producer"] == e["producer"]
                   and x["format_cl"] == e["format_cl"] and x["colour"] == e["colour"])
        c["beverage_id"] = sib["id"]

    def f_half(l2, c2):
        i = first(lambda c: c["label"].startswith("Demi-bouteille") and c["expect"] == "yes")
        c = c2[i]
        e = next(x for x in l2 if x["id"] == c["beverage_id"])
        big = next(x for x in l2 if x["name"] == e["name"] and x["producer"] == e["producer"] and x["format_cl"] == 75)
        c["beverage_id"], c["also_ok"] = big["id"], []

    def f_draught_bottle(l2, c2):
        i = first(lambda c: c["label"] == "05.VEZELAY BLONDE/PINTE")
        bottle = next(x for x in l2 if x["name"] == "Vézelay Blonde" and x["format_cl"] == 33)
        c2[i]["beverage_id"] = bottle["id"]

    def f_caisse_wide(l2, c2):
        i = first(lambda c: c["connection"] == "caisse" and c["label"].startswith("01.CH DE TRACY"))
        c2[i]["label"] = c2[i]["label"].replace("CH DE TRACY", "CHATEAU DE TRACY POUILLY")

    def f_export_word(l2, c2):
        i = first(lambda c: c["connection"] == "export" and "BARON LADOU" in c["label"])
        c2[i]["label"] = c2[i]["label"].replace("BARON", "BARONS")

    def f_noword(l2, c2):
        i = first(lambda c: c["connection"] == "tablette" and c["expect"] == "yes" and c["label"] == "Demi · Grimbergen")
        c2[i]["label"] = "Demi · Pression maison"

    def f_cutnote(l2, c2):
        i = first(lambda c: c["connection"] == "caisse" and c["expect"] == "yes" and c["vintage"] == 2019)
        c2[i]["note"] += " [2019 cut off by the till]"

    breaks = [
        ("invalid JSON", f_json, "invalid JSON"),
        ("fields out of order", f_order, "field order"),
        ("library id out of sequence", f_libid, "out of sequence"),
        ("colour on a beer", f_colour, "colour on a bière"),
        ("glass units wrong", set_case(lambda c: c["label"] == "01.PF LADOUCETTE 22/VRE", units_per_sale=0.16), "pour units"),
        ("almost on the farther vintage", f_almost_far, "almost: not the nearest"),
        ("yes on the sibling vintage", f_yes_sibling, "yes: label vintage"),
        ("none with an id", set_case(lambda c: c["expect"] == "none", beverage_id="nv001"), "none with an id"),
        ("also_ok dropped", set_case(lambda c: c["expect"] == "yes" and c["also_ok"], also_ok=[]), "also_ok"),
        ("half bottle answered with the 75 cl entry", f_half, "bottle format"),
        ("draught pinte on the bottled beer", f_draught_bottle, "draught measure not from a keg"),
        ("vintage field not on the label", set_case(lambda c: c["vintage"] is None and c["expect"] == "yes", vintage=2020), "vintage field"),
        ("caisse label over 18 columns", f_caisse_wide, "caisse form"),
        ("export word not shortened", f_export_word, "export short name"),
        ("label sharing no word with its entry", f_noword, "shares no word"),
        ("cut-off note on an uncut label", f_cutnote, "cut-off note"),
        ("duplicate label", f_dup, "duplicate label"),
        ("too few cases", f_few, "not 280-300"),
        ("a till without almost", f_noalmost, "has no almost"),
        ("almost whose vintage is held", set_case(lambda c: c["expect"] == "yes" and c["vintage"] and not c["also_ok"], expect="almost"), "almost but"),
    ]
    ok = all(brk(*b) for b in breaks)
    print("clean files pass; %d kinds of break, %s" % (len(breaks), "all reported" if ok else "SOME NOT REPORTED"))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs = check(lib, cases)
    for e in errs:
        print(e)
    print("%d problems" % len(errs) if errs else "OK: %d drinks, %d cases" % (len(lib), len(cases)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
