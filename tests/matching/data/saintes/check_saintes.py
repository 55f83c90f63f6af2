#!/usr/bin/env python3
"""Check saintes_library.jsonl and saintes_cases.jsonl on their own (no build module is read).

python3 check_saintes.py             -> checks the two files, exit 1 on any problem
python3 check_saintes.py --selftest  -> breaks copies in many ways and shows each is reported
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "tablette", "export")

FAMILIES = ["ROU", "BLA", "ROS", "LIQ", "BUL", "PIN", "COG", "APE", "ALC", "PRE", "BIE", "SOF",
            "CUI", "CAF", "DIV"]
# measure -> (kind, cl)
CAISSE_MEAS = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "25CL": ("bottle", 25),
               "33CL": ("bottle", 33), "35CL": ("bottle", 35), "50CL": ("bottle", 50),
               "70CL": ("bottle", 70), "1L": ("bottle", 100), "150CL": ("bottle", 150),
               "VRE": ("pour", 12.5), "V8": ("pour", 8), "V12": ("pour", 12), "V15": ("pour", 15),
               "P25": ("pour", 25), "P50": ("pour", 50), "CP": ("pour", 12.5), "2CL": ("pour", 2),
               "4CL": ("pour", 4), "DOSE": ("pour", 4), "DEMI": ("draught", 25),
               "PINT": ("draught", 50)}
TAB_MEAS = {"Bouteille 75cl": ("bottle", 75), "Demi-bouteille 37,5cl": ("bottle", 37.5),
            "Magnum 150cl": ("bottle", 150), "Bouteille 25cl": ("bottle", 25),
            "Bouteille 33cl": ("bottle", 33), "Bouteille 35cl": ("bottle", 35),
            "Bouteille 50cl": ("bottle", 50), "Bouteille 70cl": ("bottle", 70),
            "Bouteille 1L": ("bottle", 100), "Bouteille 1,5L": ("bottle", 150),
            "Verre 12,5cl": ("pour", 12.5), "Verre 8cl": ("pour", 8), "Verre 12cl": ("pour", 12),
            "Verre 15cl": ("pour", 15), "Pichet 25cl": ("pour", 25), "Pichet 50cl": ("pour", 50),
            "Coupe 12,5cl": ("pour", 12.5), "Dose 2cl": ("pour", 2), "Dose 4cl": ("pour", 4),
            "Demi 25cl": ("draught", 25), "Pinte 50cl": ("draught", 50)}
CAISSE_FIELD = 18


def read_caisse(label, err):
    if not re.fullmatch(r"[A-Z0-9 ./&]+", label):
        err("caisse label not ASCII capitals")
    fam = label[:3]
    if fam not in FAMILIES:
        err("caisse label without a family code glued in front")
    toks = label[3:].split(" ")
    meas = None
    if len(toks) > 1 and toks[-1] in CAISSE_MEAS:
        meas = CAISSE_MEAS[toks.pop()]
    if label[3:4] == " ":
        err("caisse family code not glued")
    field = " ".join(toks)
    if len(field) > CAISSE_FIELD:
        err("caisse name field over %d columns" % CAISSE_FIELD)
    v = None
    if re.fullmatch(r"\d\d", toks[-1]):
        n = int(toks[-1])
        v = 2000 + n if n <= 30 else 1900 + n
    if meas is None and fam not in ("CUI", "CAF", "DIV"):
        meas = ("bottle", 75)      # a wine's bottle carries no measure
    if fam == "PRE" and meas and meas[0] != "draught":
        err("PRE family without a draught measure")
    return v, meas, fam in ("CUI", "CAF", "DIV")


def read_tablette(label, err):
    m = re.fullmatch(r"(.+?)(?: \[([^\]]+)\])? (\d+,\d\d) €", label)
    if not m:
        err("tablette label without '[measure] price €'")
        return None, None, False
    name, ms = m.group(1), m.group(2)
    if ms is not None and ms not in TAB_MEAS:
        err("tablette measure unknown: %s" % ms)
    vm = re.search(r" ((?:19|20)\d\d)$", name)
    return (int(vm.group(1)) if vm else None), (TAB_MEAS.get(ms) if ms else None), ms is None


def read_export(label, err):
    f = label.split(";")
    if len(f) != 5:
        err("export row not 5 fields separated by ';'")
        return None, None, False
    name, vint, qty, vol, unit = f
    if not name or not re.fullmatch(r"[1-9]\d*", qty):
        err("export row: empty libellé or bad quantity")
    if vint and not re.fullmatch(r"(19|20)\d\d", vint):
        err("export vintage field not a year")
    if unit == "pce":
        if vol:
            err("export pce row with a volume")
        return (int(vint) if vint else None), None, True
    if unit not in ("cl", "l") or not re.fullmatch(r"\d+(,\d+)?", vol):
        err("export volume/unit malformed")
        return None, None, False
    cl = float(vol.replace(",", ".")) * (100 if unit == "l" else 1)
    if (unit == "l" and cl < 100) or (unit == "cl" and cl >= 100):
        err("export volume not in the back office's unit (l from 1 l)")
    return (int(vint) if vint else None), ("volume", cl), False


def check(lib_text, case_text):
    errors = []
    lib, cases = [], []
    for i, line in enumerate(lib_text.splitlines(), 1):
        try:
            o = json.loads(line)
        except ValueError:
            errors.append("library line %d: bad JSON" % i)
            continue
        if list(o) != LIB_FIELDS:
            errors.append("library line %d: fields not in bench order" % i)
        lib.append(o)
    for i, line in enumerate(case_text.splitlines(), 1):
        try:
            o = json.loads(line)
        except ValueError:
            errors.append("cases line %d: bad JSON" % i)
            continue
        if list(o) != CASE_FIELDS:
            errors.append("cases line %d: fields not in order" % i)
        cases.append(o)
    if not 110 <= len(lib) <= 130:
        errors.append("library has %d drinks, not 110-130" % len(lib))
    byid = {}
    for n, e in enumerate(lib, 1):
        where = "library %s" % e.get("id")
        if e.get("id") != "sq%03d" % n:
            errors.append("%s: id out of sequence (expected sq%03d)" % (where, n))
        byid[e.get("id")] = e
        if e.get("colour") not in COLOURS:
            errors.append(where + ": bad colour")
        if e.get("category") not in CATEGORIES:
            errors.append(where + ": bad category")
        if e.get("category") in ("spiritueux", "bière", "soft") and e.get("colour") is not None:
            errors.append(where + ": a spirit, beer or soft with a colour")
        if e.get("category") in ("vin", "champagne") and e.get("colour") is None:
            errors.append(where + ": a wine without colour")
        v = e.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 <= v <= 2030):
            errors.append(where + ": bad vintage")
        f = e.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            errors.append(where + ": bad format")
        if e.get("category") == "bière" and isinstance(f, (int, float)) and f > 100 and f not in (2000, 3000):
            errors.append(where + ": keg not 2,000 or 3,000 cl")

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    def same_wine(e):
        return [x for x in lib if wine_key(x) == wine_key(e) and x["format_cl"] == e["format_cl"]]

    def formats_of(e):
        return {x["format_cl"] for x in lib if wine_key(x) == wine_key(e)}

    seen = set()
    tally = {}
    for c in cases:
        lab = str(c.get("label"))
        where = "case %r" % lab

        def err(msg, where=where):
            errors.append(where + ": " + msg)
        if lab in seen:
            err("duplicate label")
        seen.add(lab)
        conn, exp = c.get("connection"), c.get("expect")
        if conn not in TILLS:
            err("unknown connection")
            continue
        if exp not in ("yes", "almost", "none"):
            err("bad expect")
            continue
        tally[(conn, exp)] = tally.get((conn, exp), 0) + 1
        reader = {"caisse": read_caisse, "tablette": read_tablette, "export": read_export}[conn]
        lv, meas, is_food = reader(lab, err)
        if c.get("vintage") != lv:
            err("vintage %r is not what the label says (%r)" % (c.get("vintage"), lv))
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                err("none with an answer")
            continue
        if is_food or meas is None:
            err("a dish / service line answered %s" % exp)
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            err("beverage_id not in library")
            continue
        kind, vol = meas
        fmts = formats_of(e)
        if kind == "volume":      # export: read the volume against the drink
            if vol in fmts or vol in (37.5, 150, 300, 75):
                kind = "bottle"
            elif e["category"] == "bière":
                kind = "draught"
            else:
                kind = "pour"
        units = c.get("units_per_sale")
        if kind == "bottle":
            if e["format_cl"] != vol:
                err("bottle of %s cl answered with a %s cl entry" % (vol, e["format_cl"]))
            if units != 1:
                err("bottle units not 1")
        elif kind == "pour":
            ords = [75] if 75 in fmts else sorted(f for f in fmts if f not in (37.5, 150) and f < 2000)
            if len(ords) != 1 or e["format_cl"] != ords[0]:
                err("a pour not from the ordinary bottle")
            elif units != round(vol / e["format_cl"], 4):
                err("units %r, expected %r" % (units, round(vol / e["format_cl"], 4)))
        elif kind == "draught":
            if e["format_cl"] < 2000:
                err("draught measure on a bottle entry")
            elif units != round(vol / e["format_cl"], 4):
                err("units %r, expected %r" % (units, round(vol / e["format_cl"], 4)))
        sw = same_wine(e)
        others = sorted(x["id"] for x in sw if x is not e)
        vints = [x["vintage"] for x in sw]
        also = c.get("also_ok")
        if exp == "yes":
            if lv is not None:
                if e["vintage"] != lv:
                    err("yes with vintage %s on the label but entry %s" % (lv, e["vintage"]))
                if also != []:
                    err("yes with a vintage but also_ok not empty")
            else:
                if e["vintage"] is not None and e["vintage"] != max(v for v in vints):
                    err("yes without vintage not the most recent")
                if also != others:
                    err("also_ok %r is not the other vintages %r" % (also, others))
        else:
            if lv is None:
                err("almost without a vintage on the label")
                continue
            if lv in vints or None in vints:
                err("almost but the vintage is held / wine is non-vintage")
                continue
            best = min(sw, key=lambda x: (abs(x["vintage"] - lv), -x["vintage"]))
            if best is not e:
                err("almost not the nearest vintage (tie to the more recent)")
            if also != others:
                err("almost also_ok %r is not the other vintages %r" % (also, others))
    n = len(cases)
    if not 280 <= n <= 300:
        errors.append("%d cases, not 280-300" % n)
    if n:
        share = {k: sum(v for (t, x), v in tally.items() if x == k) / n for k in ("yes", "almost", "none")}
        for k, (lo, hi) in {"yes": (.45, .52), "almost": (.12, .17), "none": (.33, .40)}.items():
            if not lo <= share[k] <= hi:
                errors.append("%s share %.3f out of %s-%s" % (k, share[k], lo, hi))
    for t in TILLS:
        for k in ("yes", "almost", "none"):
            if not tally.get((t, k)):
                errors.append("till %s has no %s case" % (t, k))
    return errors, tally, n


def load():
    with open(os.path.join(HERE, "saintes_library.jsonl"), encoding="utf-8") as fh:
        lib = fh.read()
    with open(os.path.join(HERE, "saintes_cases.jsonl"), encoding="utf-8") as fh:
        cases = fh.read()
    return lib, cases


def _edit(text, pick, change):
    lines = text.splitlines()
    for i, l in enumerate(lines):
        o = json.loads(l)
        if pick(o):
            r = change(o)
            lines[i] = r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
            return "\n".join(lines) + "\n"
    raise SystemExit("selftest: nothing to break")


def selftest():
    lib, cases = load()
    errs, _, _ = check(lib, cases)
    assert not errs, errs[:5]
    print("clean files: pass")

    def set_(o, **kw):
        o.update(kw)
        return o

    def swap(o):
        return dict([("expect", o["expect"]), ("label", o["label"])] + [(k, o[k]) for k in CASE_FIELDS[2:]])

    def lib_id_gap(o):
        o["id"] = "sq999"
        return o

    def nearest_wrong(o):
        o["beverage_id"], o["also_ok"] = o["also_ok"][-1], sorted([*o["also_ok"][:-1], o["beverage_id"]])
        return o
    breaks = [
        ("broken JSON", "c", lambda o: o["connection"] == "export", lambda o: json.dumps(o)[:-2]),
        ("fields out of order", "c", lambda o: True, swap),
        ("library id gap", "l", lambda o: o["id"] == "sq050", lib_id_gap),
        ("bad colour", "l", lambda o: o["colour"] == "rouge", lambda o: set_(o, colour="red")),
        ("also_ok dropped", "c", lambda o: o["expect"] == "yes" and o["also_ok"], lambda o: set_(o, also_ok=[])),
        ("almost not the nearest", "c", lambda o: o["expect"] == "almost" and o["also_ok"], nearest_wrong),
        ("units wrong", "c", lambda o: o["units_per_sale"] == 0.1667, lambda o: set_(o, units_per_sale=0.16)),
        ("vintage not on the label", "c", lambda o: o["vintage"] is None and o["expect"] == "yes" and o["also_ok"],
         lambda o: set_(o, vintage=2019)),
        ("caisse in lower case", "c", lambda o: o["connection"] == "caisse", lambda o: set_(o, label=o["label"].lower())),
        ("caisse family not glued", "c", lambda o: o["connection"] == "caisse" and o["expect"] == "none",
         lambda o: set_(o, label=o["label"][:3] + " " + o["label"][3:])),
        ("caisse field over 18", "c", lambda o: o["connection"] == "caisse" and o["expect"] == "none",
         lambda o: set_(o, label=o["label"][:3] + "CHATEAU " + o["label"][3:])),
        ("tablette without price", "c", lambda o: o["connection"] == "tablette",
         lambda o: set_(o, label=o["label"].rsplit(" ", 2)[0])),
        ("export bad unit", "c", lambda o: o["connection"] == "export" and o["label"].endswith(";cl"),
         lambda o: set_(o, label=o["label"][:-2] + "ml")),
        ("none with an id", "c", lambda o: o["expect"] == "none", lambda o: set_(o, beverage_id="sq001")),
        ("bottle on a half-bottle entry", "c", lambda o: o["label"] == "ROUSOCIANDO 16", lambda o: set_(o, beverage_id="sq008", vintage=2016)),
        ("draught on a bottle entry", "c", lambda o: o["label"] == "PRELEFFE DEMI", lambda o: set_(o, beverage_id="sq100")),
        ("yes on the wrong vintage", "c", lambda o: o["expect"] == "yes" and o["vintage"] == 2016 and o["connection"] == "tablette",
         lambda o: set_(o, beverage_id="sq001")),
    ]
    bad = 0
    for name, which, pick, change in breaks:
        l2, c2 = (lib, _edit(cases, pick, change)) if which == "c" else (_edit(lib, pick, change), cases)
        errs, _, _ = check(l2, c2)
        print("%-32s %s" % (name, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
        bad += not errs
    # duplicate label and counts
    lines = cases.splitlines()
    for name, c2 in (("duplicate label", "\n".join(lines + lines[:1]) + "\n"),
                     ("counts out of range", "\n".join(l for l in lines if '"none"' not in l) + "\n")):
        errs, _, _ = check(lib, c2)
        print("%-32s %s" % (name, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
        bad += not errs
    print("selftest:", "FAIL" if bad else "all %d breaks reported" % (len(breaks) + 2))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        return selftest()
    lib, cases = load()
    errs, tally, n = check(lib, cases)
    for e in errs:
        print(e)
    print("%d cases" % n)
    for t in TILLS:
        print("%-9s yes %3d  almost %3d  none %3d" % (t, tally.get((t, "yes"), 0), tally.get((t, "almost"), 0), tally.get((t, "none"), 0)))
    print("OK" if not errs else "%d problem(s)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
