"""Check the montmartre set from its two jsonl files alone.
python3 check_montmartre.py [library cases] | --selftest"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
POUR = {"vr": 12.5, "vr12": 12, "vr15": 15, "cp": 12.5, "p25": 25, "p50": 50, "dose": 4, "dose2": 2}
DRAUGHT = {"demi": 25, "pinte": 50}
SIZE = {"half": 37.5, "mag": 150, "clav": 62, "c20": 20, "c33": 33, "c50": 50, "c70": 70, "c75": 75, "c100": 100}
MODS = {
    "L": {"Verre": "vr", "Verre 12cl": "vr12", "Verre 15cl": "vr15", "Coupe": "cp", "Pichet 25cl": "p25",
          "Pichet 50cl": "p50", "Bouteille": "btl", "Demi-bouteille": "half", "Magnum": "mag", "Demi": "demi",
          "Pinte": "pinte", "Dose": "dose", "Dose 2cl": "dose2", "Bouteille 33cl": "c33", "Bouteille 75cl": "c75",
          "Clavelin": "clav"},
    "M": {"VRE": "vr", "VRE 12CL": "vr12", "VRE 15CL": "vr15", "COUPE": "cp", "PICH 25": "p25", "PICH 50": "p50",
          "BTLE": "btl", "1/2 BTLE": "half", "MAG": "mag", "DEMI": "demi", "PINTE": "pinte", "DOSE": "dose",
          "DOSE 2CL": "dose2", "33CL": "c33", "75CL": "c75", "CLAVELIN": "clav"},
    "J": {"glass": "vr", "glass 12cl": "vr12", "glass 15cl": "vr15", "coupe": "cp", "carafe 25cl": "p25",
          "carafe 50cl": "p50", "bottle": "btl", "half bottle": "half", "magnum": "mag", "half pint": "demi",
          "pint": "pinte", "shot": "dose", "shot 2cl": "dose2", "bottle 33cl": "c33", "bottle 75cl": "c75",
          "clavelin": "clav"}}
TPE_PRE = {"VR": "vr", "VR12": "vr12", "VR15": "vr15", "CP": "cp", "P25": "p25", "P50": "p50", "BT": "btl",
           "1/2": "half", "MG": "mag", "DM": "demi", "PT": "pinte", "SH": "dose", "SH2": "dose2", "33CL": "c33",
           "75CL": "c75", "CLAV": "clav"}
SHOP_SIZE = {"75 cl": "btl", "37,5 cl": "half", "Magnum 150 cl": "mag", "Caisse 6 × 75 cl": "case6",
             "Clavelin 62 cl": "clav", "20 cl": "c20", "33 cl": "c33", "50 cl": "c50", "70 cl": "c70", "1 L": "c100"}
SKU_FAM = {"vin": "VIN", "champagne": "VIN", "spiritueux": "SPI", "autre": "SPI", "bière": "BIE", "soft": "SFT"}
TPE_RE = re.compile(r"^([1-9]) x (.{1,18}) (\d+\.\d\d) EUR$")
SHOP_RE = re.compile(r"^\[([A-Z]{3})-(\d{4})\] (.+) - (.+)$")


def fold(s):
    s = s.replace("Œ", "OE").replace("œ", "oe")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()


def read_label(c):
    """-> (measure, vintage, form errors)"""
    lab, till, errs = c["label"], c["connection"], []
    if till == "ipad":
        item, _, mod = lab.partition(" / ")
        measure, creators = "bare", ["L", "M", "J"]
        if mod:
            creators = [k for k, t in MODS.items() if mod in t]
            if not creators:
                return None, None, [f"ipad: unknown modifier {mod!r}"]
            measure = MODS[creators[0]][mod]
        if item.isascii() and re.search(r"[A-Z]", item) and item == item.upper():
            style = "M"
            m = re.search(r" '(\d\d)$", item)
            v = 2000 + int(m.group(1)) if m else None
            if re.search(r" \d{4}$", item):
                errs.append("ipad M item with a 4-digit year")
        elif item.isascii() and item == item.lower():
            style = "J"
            m = re.search(r" (\d\d)$", item)
            v = 2000 + int(m.group(1)) if m else None
        else:
            style = "L"
            m = re.search(r" ((?:19|20)\d\d)$", item)
            v = int(m.group(1)) if m else None
            if item.isascii() and item == item.upper():
                errs.append("ipad L item in capitals")
        if mod and style not in creators:
            errs.append(f"ipad: modifier {mod!r} not in the style of its item ({style})")
        return measure, v, errs
    if till == "tpe":
        m = TPE_RE.match(lab)
        if not m:
            return None, None, ["tpe: not '<qty> x <name<=18> <price> EUR'"]
        field = m.group(2)
        if field != field.upper() or not field.isascii() or field != field.strip():
            errs.append("tpe: name field not ASCII capitals")
        measure = TPE_PRE.get(field.split(" ")[0], "bare")
        mv = re.search(r" (\d\d)$", field)
        return measure, (2000 + int(mv.group(1)) if mv else None), errs
    if till == "shop":
        m = SHOP_RE.match(lab)
        if not m:
            return None, None, ["shop: not '[SKU] title - variant'"]
        title, variant = m.group(3), m.group(4)
        if variant == "Default Title":
            measure, vs = "bare", ""
        else:
            vs, _, size = variant.rpartition(" / ")
            if size not in SHOP_SIZE:
                return None, None, [f"shop: unknown size {size!r}"]
            measure = SHOP_SIZE[size]
            if vs and not re.fullmatch(r"(?:19|20)\d\d", vs):
                errs.append(f"shop: bad variant option {vs!r}")
        mt = re.search(r" ((?:19|20)\d\d)$", title)
        vins = ([int(vs)] if vs else []) + ([int(mt.group(1))] if mt else [])
        if len(vins) > 1:
            errs.append("shop: two vintages")
        return measure, (vins[0] if vins else None), errs
    return None, None, [f"unknown connection {till!r}"]


def check(lib_lines, case_lines):
    E = []
    lib, cases = [], []
    for i, l in enumerate(lib_lines):
        try:
            r = json.loads(l)
        except ValueError:
            E.append("library line %d: invalid JSON" % (i + 1))
            continue
        if list(r) != LIB_FIELDS:
            E.append("library line %d: fields out of order" % (i + 1))
        lib.append(r)
    for i, l in enumerate(case_lines):
        try:
            c = json.loads(l)
        except ValueError:
            E.append("cases line %d: invalid JSON" % (i + 1))
            continue
        if list(c) != CASE_FIELDS:
            E.append("cases line %d: fields out of order" % (i + 1))
        cases.append(c)
    if not 110 <= len(lib) <= 130:
        E.append("library: %d drinks, not 110-130" % len(lib))
    byid, groups = {}, {}
    for i, r in enumerate(lib):
        if r.get("id") != "mm%03d" % (i + 1):
            E.append("library: id %r out of sequence at %d" % (r.get("id"), i + 1))
        byid[r.get("id")] = r
        if r.get("category") not in CATS:
            E.append("{}: bad category".format(r.get("id")))
        if r.get("category") in ("vin", "champagne"):
            if r.get("colour") not in COLOURS:
                E.append("{}: wine without a colour".format(r["id"]))
        elif r.get("colour") is not None:
            E.append("{}: colour on a {}".format(r["id"], r.get("category")))
        if r.get("format_cl", 0) >= 2000 and r.get("category") != "bière":
            E.append("{}: keg on a non-beer".format(r["id"]))
        if r.get("vintage") is not None and not isinstance(r.get("vintage"), int):
            E.append("{}: vintage not an integer".format(r["id"]))
        g = (r.get("name"), r.get("producer"), r.get("appellation"), r.get("colour"), r.get("format_cl"))
        if any(byid[o]["vintage"] == r.get("vintage") for o in groups.get(g, [])):
            E.append("{}: same wine, format and vintage twice".format(r["id"]))
        groups.setdefault(g, []).append(r.get("id"))

    def gkey(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])

    def formats_of(r):
        return sorted({o["format_cl"] for o in lib if (o["name"], o["producer"], o["appellation"], o["colour"]) ==
                       (r["name"], r["producer"], r["appellation"], r["colour"])})

    if not 280 <= len(cases) <= 300:
        E.append("cases: %d, not 280-300" % len(cases))
    seen = set()
    tab = {}
    for c in cases:
        lab = c.get("label", "")
        tag = f"case {lab!r}"
        if lab in seen:
            E.append(tag + ": duplicate label")
        seen.add(lab)
        if not c.get("note"):
            E.append(tag + ": empty note")
        till, exp = c.get("connection"), c.get("expect")
        tab.setdefault(till, {}).setdefault(exp, 0)
        tab[till][exp] += 1
        measure, v, errs = read_label(c)
        E.extend(tag + ": " + e for e in errs)
        if measure is None:
            continue
        if c.get("vintage") != v:
            E.append(tag + ": vintage field {!r}, label reads {!r}".format(c.get("vintage"), v))
        if "cut off by the till" in c.get("note", "") and (till != "tpe" or len(TPE_RE.match(lab).group(2)) < 17):
            E.append(tag + ": 'cut off' note on a label the till did not cut")
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                E.append(tag + ": none with an id, also_ok or units")
            continue
        if exp not in ("yes", "almost"):
            E.append(tag + ": bad expect")
            continue
        r = byid.get(c.get("beverage_id"))
        if r is None:
            E.append(tag + ": unknown beverage_id")
            continue
        grp = [byid[i] for i in groups[gkey(r)]]
        others = sorted(o["id"] for o in grp if o["id"] != r["id"])
        vins = [o["vintage"] for o in grp]
        want_also = [] if (exp == "yes" and v is not None) else others
        if sorted(c.get("also_ok", [])) != want_also:
            E.append(tag + f": also_ok is not {want_also}")
        if exp == "yes":
            if v is not None and r["vintage"] != v:
                E.append(tag + ": yes on vintage {!r}, label says {!r}".format(r["vintage"], v))
            if v is None and r["vintage"] != max(vins, key=lambda x: x or 0):
                E.append(tag + ": no vintage on the label, not the most recent")
        else:
            if v is None or v in vins:
                E.append(tag + ": almost but the label vintage is held or absent")
            else:
                best = min(vins, key=lambda x: (abs(x - v), -x))
                if r["vintage"] != best:
                    E.append(tag + f": almost not on the nearest vintage {best!r}")
        f = r["format_cl"]
        fmts = formats_of(r)
        non_keg = [x for x in fmts if x < 2000]
        ordinary = 75 if 75 in non_keg else (non_keg[0] if len(non_keg) == 1 else None)
        if measure in POUR:
            want_f, units = ordinary, POUR[measure] / (ordinary or 1)
        elif measure in DRAUGHT:
            want_f, units = f if f >= 2000 else "keg", DRAUGHT[measure] / f
        elif measure in ("btl", "bare"):
            want_f, units = ordinary, 1
        elif measure == "case6":
            want_f, units = 75, 6
        else:
            want_f, units = SIZE[measure], 1
        if f != want_f:
            E.append(tag + f": entry format {f!r}, label means {want_f!r}")
        u = c.get("units_per_sale")
        if not isinstance(u, (int, float)) or abs(u - round(units, 4)) > 1e-9:
            E.append(tag + f": units {u!r}, measure gives {units:.4f}")
        if till == "shop":
            fam = SHOP_RE.match(lab).group(1)
            if fam != SKU_FAM[r["category"]]:
                E.append(tag + ": SKU family {} for a {}".format(fam, r["category"]))
        words = set(re.findall(r"[a-z0-9]+", fold(lab)))
        ent = set(re.findall(r"[a-z0-9]+", fold(" ".join(str(r[k] or "") for k in ("name", "producer", "appellation")))))
        stems = {w[:4] for w in ent if len(w) >= 4}
        glued = fold(lab).replace(" ", "")
        if not (words & {w for w in ent if len(w) >= 3} or {w[:4] for w in words if len(w) >= 4} & stems
                or any(len(w) >= 5 and w in glued for w in ent)):
            E.append(tag + ": shares no word or stem with its entry")
    n = len(cases) or 1
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(1 for c in cases if c.get("expect") == e)
        if not lo <= 100.0 * k / n <= hi:
            E.append("split: %s %.1f %% not in %d-%d" % (e, 100.0 * k / n, lo, hi))
    for t in ("ipad", "tpe", "shop"):
        for e in ("yes", "almost", "none"):
            if not tab.get(t, {}).get(e):
                E.append(f"till {t} has no {e}")
    return E, tab


def load(path):
    with open(path, encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l]


def selftest(lib, cases):
    E, _ = check(lib, cases)
    assert not E, E[:5]
    print("clean files: pass")
    L = [json.loads(l) for l in lib]
    C = [json.loads(l) for l in cases]
    dump = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def mut_case(pred, fn):
        C2 = copy.deepcopy(C)
        i = first(pred)
        fn(C2[i])
        return lib, dump(C2)

    def mut_lib(fn):
        L2 = copy.deepcopy(L)
        fn(L2)
        return dump(L2), cases

    def reorder(c):
        v = c.pop("label")
        c["label"] = v

    def drop_sel(c):
        c["units_per_sale"] = 0.2

    def far(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]

    breaks = [
        ("invalid JSON", "invalid JSON", lambda: (lib, [*cases[:5], "{oops", *cases[6:]])),
        ("fields out of order", "fields out of order", lambda: mut_case(lambda c: True, reorder)),
        ("library id out of sequence", "out of sequence", lambda: mut_lib(lambda L2: L2[3].update(id="mm099"))),
        ("colour on a beer", "colour on a", lambda: mut_lib(lambda L2: next(r for r in L2 if r["category"] == "bière").update(colour="blanc"))),
        ("glass units", "units", lambda: mut_case(lambda c: c["connection"] == "ipad" and c["label"].endswith("/ Verre") and c["expect"] == "yes", drop_sel)),
        ("almost on the farther vintage", "nearest", lambda: mut_case(lambda c: c["expect"] == "almost" and len(c["also_ok"]) == 1 and "Huet" not in c["note"] and c["label"].startswith("[VIN-5121]"), far)),
        ("yes on the sibling vintage", "yes on vintage", lambda: mut_case(lambda c: c["expect"] == "yes" and c["vintage"] and c["also_ok"] == [] and c["beverage_id"] == "mm022", lambda c: c.update(beverage_id="mm021", also_ok=[]))),
        ("none with an id", "none with", lambda: mut_case(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="mm001"))),
        ("also_ok dropped", "also_ok is not", lambda: mut_case(lambda c: c["expect"] == "yes" and c["also_ok"] != [], lambda c: c.update(also_ok=[]))),
        ("half answered with the 75 cl entry", "entry format", lambda: mut_case(lambda c: "37,5 cl" in c["label"] and c["beverage_id"] == "mm014", lambda c: c.update(beverage_id="mm016", also_ok=["mm015"]))),
        ("draught pint on a bottle", "entry format", lambda: mut_case(lambda c: c["label"] == "chateau rouge goutte d'or / pint", lambda c: c.update(beverage_id="mm110", units_per_sale=1.5152))),
        ("vintage field not on the label", "vintage field", lambda: mut_case(lambda c: c["vintage"] is None and c["expect"] == "yes", lambda c: c.update(vintage=2020))),
        ("duplicate label", "duplicate label", lambda: (lib, [*cases, cases[0]])),
        ("tpe name over 18 columns", "tpe: not", lambda: mut_case(lambda c: c["connection"] == "tpe", lambda c: c.update(label=c["label"].replace(" x ", " x XXXXXXXXXXXXXXXXXXXXX ", 1)))),
        ("ipad unknown modifier", "unknown modifier", lambda: mut_case(lambda c: c["label"].endswith(" / VRE"), lambda c: c.update(label=c["label"][:-3] + "VERRE"))),
        ("shop SKU family against the category", "SKU family", lambda: mut_case(lambda c: c["connection"] == "shop" and c["label"].startswith("[VIN") and c["expect"] == "yes", lambda c: c.update(label="[BIE" + c["label"][4:]))),
        ("label sharing no word", "shares no word", lambda: mut_case(lambda c: c["connection"] == "tpe" and c["expect"] == "yes" and c["vintage"] is None and c["label"].startswith("1 x VR "), lambda c: c.update(label="1 x VR ZZZ QQQ 9.00 EUR"))),
        ("too few cases", "not 280-300", lambda: (lib, cases[:200])),
        ("a till without almost", "has no almost", lambda: (lib, [l for l in cases if not ('"almost"' in l and '"tpe"' in l)])),
        ("cut-off note on an uncut label", "did not cut", lambda: mut_case(lambda c: c["connection"] == "ipad" and c["expect"] == "yes", lambda c: c.update(note=c["note"] + " [2020 cut off by the till]"))),
    ]
    ok = True
    for name, expect, make in breaks:
        l2, c2 = make()
        E, _ = check(l2, c2)
        hit = any(expect in e for e in E)
        ok &= hit
        print("%-40s %s  (%s)" % (name, "reported" if hit else "MISSED", E[0] if E else "no error"))
    print("selftest:", "pass (%d breaks)" % len(breaks) if ok else "FAIL")
    return ok


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    lp = args[0] if args else os.path.join(HERE, "montmartre_library.jsonl")
    cp = args[1] if len(args) > 1 else os.path.join(HERE, "montmartre_cases.jsonl")
    lib, cases = load(lp), load(cp)
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib, cases) else 1)
    E, tab = check(lib, cases)
    for e in E:
        print("ERROR", e)
    for t in sorted(tab):
        print(t, tab[t])
    print("%d drinks, %d cases: %s" % (len(lib), len(cases), "OK" if not E else "%d errors" % len(E)))
    sys.exit(1 if E else 0)


if __name__ == "__main__":
    main()
