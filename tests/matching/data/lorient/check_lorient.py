"""Check the "lorient" blind set from its two jsonl files alone (stdlib only).

python3 check_lorient.py             check lorient_library.jsonl and lorient_cases.jsonl
python3 check_lorient.py --selftest  break copies on purpose and show each break is reported
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "tablette", "bar")
CUT = 18

# measure code -> (caisse, tablette, bar)
MEASURES = {
    "btl": ("", "Bouteille", "btl"), "half": ("1/2", "Demi-bouteille", "1/2"),
    "mag": ("MAG", "Magnum", "mag"), "vre": ("VRE", "Verre", "vre"),
    "vre15": ("VRE15", "Verre 15cl", "vre15"), "p25": ("PICH25", "Pichet 25cl", "p25"),
    "p50": ("PICH50", "Pichet 50cl", "p50"), "coupe": ("COUPE", "Coupe", "cp"),
    "dose": ("DOSE", "Dose", "dose"), "dose2": ("2CL", "Dose 2cl", "2cl"),
    "demi": ("DEMI", "Demi", "demi"), "pinte": ("PINTE", "Pinte", "pinte"),
    "b20": ("20CL", "Bouteille 20cl", "20cl"), "b25": ("25CL", "Bouteille 25cl", "25cl"),
    "b33": ("33CL", "Bouteille 33cl", "33cl"), "b50": ("50CL", "Bouteille 50cl", "50cl"),
    "b75": ("75CL", "Bouteille 75cl", "75cl"), "b100": ("1L", "Bouteille 1L", "1l"),
}
POUR = {"vre": 12.5, "vre15": 15, "p25": 25, "p50": 50, "coupe": 12.5, "dose": 4,
        "dose2": 2, "demi": 25, "pinte": 50}
SIZE = {"half": 37.5, "mag": 150, "b20": 20, "b25": 25, "b33": 33, "b50": 50, "b75": 75,
        "b100": 100}
WORDS = [{v[i]: k for k, v in MEASURES.items() if v[i]} for i in range(3)]
FAMILY_KIND = {  # caisse family -> test on the entry
    "VR": lambda e: e["category"] == "vin" and e["colour"] == "rouge",
    "VB": lambda e: e["category"] == "vin" and e["colour"] == "blanc",
    "VS": lambda e: e["category"] == "vin" and e["colour"] == "rosé",
    "BU": lambda e: e["colour"] == "effervescent",
    "BP": lambda e: e["category"] == "bière" and e["format_cl"] >= 1000,
    "BB": lambda e: e["category"] == "bière" and e["format_cl"] < 1000,
    "CI": lambda e: e["category"] == "autre" and e["name"].startswith("Cidre"),
    "AL": lambda e: e["category"] == "spiritueux",
    "AP": lambda e: e["category"] == "autre" and not e["name"].startswith("Cidre"),
    "SO": lambda e: e["category"] == "soft",
}
OTHER_FAMILIES = {"PZ", "GR", "DE", "CA", "DV"}
WINE_FAMILIES = {"VR", "VB", "VS", "BU"}


def read_label(conn, label):
    """(measure, vintage) read back from a label; raises ValueError on a bad form."""
    if conn == "caisse":
        if len(label) > CUT or label != label.upper() or not label.isascii():
            raise ValueError("caisse label not 18 ASCII capitals")
        m = re.fullmatch(r"([A-Z]{2})-(.+)", label)
        if not m or m.group(1) not in set(FAMILY_KIND) | OTHER_FAMILIES:
            raise ValueError("caisse label without a known family")
        toks = m.group(2).split()
        measure = WORDS[0].get(toks[0], "btl")
        vintage = None
        if m.group(1) in WINE_FAMILIES and len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            vintage = 2000 + int(toks[-1])
        return measure, vintage
    if conn == "tablette":
        if not label.startswith("1x ") or label != label.strip():
            raise ValueError("tablette label without its quantity 1x")
        body, measure = label[3:], None
        if " - " in body:
            body, word = body.rsplit(" - ", 1)
            if word not in WORDS[1]:
                raise ValueError("tablette measure unknown: %r" % word)
            measure = WORDS[1][word]
        m = re.search(r"(?<!\d)(19[5-9]\d|20[0-3]\d)(?!\d)", body)
        return measure, int(m.group(1)) if m else None
    if conn == "bar":
        if label != label.lower() or not label.isascii():
            raise ValueError("bar label not lower-case ASCII")
        m = re.fullmatch(r"(.+) (\d+),(\d\d)", label)
        if not m or m.group(3) not in ("00", "50"):
            raise ValueError("bar label without a price in 50-cent steps and decimal comma")
        body, measure = m.group(1), None
        if ":" in body:
            word, body = body.split(":", 1)
            if word not in WORDS[2]:
                raise ValueError("bar measure unknown: %r" % word)
            measure = WORDS[2][word]
        v = re.search(r" '(\d\d)$", body)
        return measure, 2000 + int(v.group(1)) if v else None
    raise ValueError("unknown connection %r" % conn)


def expected_format(formats, category, measure):
    bottles = sorted(f for f in formats if f < 1000)
    kegs = sorted(f for f in formats if f >= 1000)
    if measure in ("demi", "pinte"):
        return kegs[0] if kegs else None
    if measure in SIZE:
        return SIZE[measure] if SIZE[measure] in formats else None
    if 75 in formats and category in ("vin", "champagne"):
        return 75
    return bottles[0] if len(bottles) == 1 else None


def check(lib_lines, case_lines):
    errs = []
    lib, byid = [], {}
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: invalid JSON" % i)
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: fields not in bench order" % i)
        if e.get("id") != "lr%03d" % i:
            errs.append("library line %d: id %r out of sequence" % (i, e.get("id")))
        if e.get("colour") not in COLOURS:
            errs.append("library %s: bad colour %r" % (e.get("id"), e.get("colour")))
        if e.get("category") not in CATEGORIES:
            errs.append("library %s: bad category" % e.get("id"))
        if (e.get("colour") is None) == (e.get("category") in ("vin", "champagne")):
            errs.append("library %s: colour only and always on wines" % e.get("id"))
        if not (e.get("vintage") is None or isinstance(e.get("vintage"), int)):
            errs.append("library %s: vintage not int or null" % e.get("id"))
        if not isinstance(e.get("format_cl"), (int, float)) or (
                e.get("format_cl", 0) >= 1000 and e.get("category") != "bière"):
            errs.append("library %s: bad format" % e.get("id"))
        lib.append(e)
        byid[e.get("id")] = e
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])
    groups = {}
    for e in lib:
        groups.setdefault(wine(e), {}).setdefault(e["format_cl"], []).append(e)
    for k, fm in groups.items():
        for f, es in fm.items():
            vs = [x["vintage"] for x in es]
            if len(set(vs)) != len(vs):
                errs.append("library: %s %s repeats a vintage" % (k[0], f))
            if None in vs and len(vs) > 1:
                errs.append("library: %s %s mixes vintage and non-vintage" % (k[0], f))

    cases, labels = [], set()
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("cases line %d: invalid JSON" % i)
            continue
        cases.append(c)
        where = "case %d %r" % (i, c.get("label"))
        if list(c) != CASE_FIELDS:
            errs.append(where + ": fields not in order")
            continue
        if c["label"] in labels:
            errs.append(where + ": duplicate label")
        labels.add(c["label"])
        conn = c["connection"]
        try:
            measure, vintage = read_label(conn, c["label"])
        except ValueError as x:
            errs.append(where + ": " + str(x))
            continue
        if c["vintage"] != vintage:
            errs.append(where + ": vintage %r, label says %r" % (c["vintage"], vintage))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(where + ": none with an id, also_ok or units")
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append(where + ": bad expect")
            continue
        e = byid.get(c["beverage_id"])
        if e is None or any(a not in byid for a in c["also_ok"]):
            errs.append(where + ": unknown id")
            continue
        if conn == "caisse" and not FAMILY_KIND[c["label"][:2]](e):
            errs.append(where + ": family %s does not fit the entry" % c["label"][:2])
        if measure is None:
            errs.append(where + ": a drink without a measure")
            continue
        fm = {f: [x["vintage"] for x in es] for f, es in groups[wine(e)].items()}
        fmt = expected_format(fm, e["category"], measure)
        if fmt != e["format_cl"]:
            errs.append(where + ": measure %s wants format %s, entry is %s" % (measure, fmt, e["format_cl"]))
            continue
        sibl = groups[wine(e)][fmt]
        vints = [x["vintage"] for x in sibl]
        others = sorted(x["id"] for x in sibl if x["id"] != e["id"])
        units = 1 if measure not in POUR else round(POUR[measure] / fmt, 4)
        if c["units_per_sale"] != units:
            errs.append(where + ": units %r, measure gives %r" % (c["units_per_sale"], units))
        if c["expect"] == "yes":
            if vints == [None]:
                ok = c["also_ok"] == []
            elif vintage is not None:
                ok = e["vintage"] == vintage and c["also_ok"] == []
            else:
                ok = e["vintage"] == max(vints) and sorted(c["also_ok"]) == others
            if not ok:
                errs.append(where + ": yes not on the right entry / also_ok")
        else:
            if vintage is None or None in vints or vintage in vints:
                errs.append(where + ": almost without a missing vintage")
                continue
            best = sorted(vints, key=lambda v: (abs(v - vintage), -v))[0]
            if e["vintage"] != best or sorted(c["also_ok"]) != others:
                errs.append(where + ": almost not on the nearest vintage / also_ok")

    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases: %d, not 280-300" % n)
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        if c.get("connection") in counts and c.get("expect") in counts[TILLS[0]]:
            counts[c["connection"]][c["expect"]] += 1
    for t in TILLS:
        for a, k in counts[t].items():
            if k == 0:
                errs.append("till %s has no %s" % (t, a))
    if n:
        for a, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            p = 100.0 * sum(counts[t][a] for t in TILLS) / n
            if not lo <= p <= hi:
                errs.append("%s at %.1f %%, not %d-%d %%" % (a, p, lo, hi))
    return errs, counts


def load():
    with open(os.path.join(HERE, "lorient_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "lorient_cases.jsonl"), encoding="utf-8") as f:
        cs = f.read().splitlines()
    return lib, cs


def selftest():
    lib, cs = load()
    errs, _ = check(lib, cs)
    assert not errs, errs
    print("clean files: pass")
    C = [json.loads(x) for x in cs]
    L = [json.loads(x) for x in lib]
    byid = {e["id"]: e for e in L}

    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def brk_almost_far(C, L):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        C[i]["beverage_id"], C[i]["also_ok"] = C[i]["also_ok"][0], [C[i]["beverage_id"]]

    def brk_units(C, L):
        C[first(lambda c: c["units_per_sale"] not in (None, 1))]["units_per_sale"] = 0.2

    def brk_vintage(C, L):
        C[first(lambda c: c["vintage"])]["vintage"] += 1

    def brk_mag(C, L):
        i = first(lambda c: c["expect"] == "yes" and byid[c["beverage_id"]]["format_cl"] == 150)
        e = byid[C[i]["beverage_id"]]
        C[i]["beverage_id"] = next(x["id"] for x in L if x["name"] == e["name"]
                                   and x["producer"] == e["producer"] and x["format_cl"] == 75)

    def brk_also_exact(C, L):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] and not c["also_ok"])
        C[i]["also_ok"] = ["lr001"]

    def brk_none_id(C, L):
        C[first(lambda c: c["expect"] == "none")]["beverage_id"] = "lr001"

    def brk_order(C, L):
        c = C[0]
        C[0] = {k: c[k] for k in reversed(CASE_FIELDS)}

    def brk_dup(C, L):
        C[5]["label"] = C[4]["label"]

    def brk_libid(C, L):
        L[10]["id"] = "lr099"

    def brk_colour(C, L):
        L[0]["colour"] = "red"

    def brk_caisse19(C, L):
        i = first(lambda c: c["connection"] == "caisse" and len(c["label"]) == 18)
        C[i]["label"] += "X"

    def brk_bar_caps(C, L):
        i = first(lambda c: c["connection"] == "bar")
        C[i]["label"] = C[i]["label"].upper()

    def brk_bar_price(C, L):
        i = first(lambda c: c["connection"] == "bar")
        C[i]["label"] = C[i]["label"].replace(",", ".")

    def brk_keg(C, L):
        i = first(lambda c: c["label"].startswith("demi:britt"))
        C[i]["beverage_id"] = next(x["id"] for x in L if x["name"] == "Britt Blanche"
                                   and x["format_cl"] == 33)

    def brk_recent(C, L):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
        C[i]["beverage_id"], C[i]["also_ok"] = C[i]["also_ok"][0], [C[i]["beverage_id"]]

    def brk_few(C, L):
        del C[:30]

    def brk_family(C, L):
        i = first(lambda c: c["label"].startswith("VR-") and c["expect"] == "yes")
        C[i]["label"] = "AL-" + C[i]["label"][3:]

    def brk_tab_qty(C, L):
        i = first(lambda c: c["connection"] == "tablette")
        C[i]["label"] = C[i]["label"][3:]

    def brk_none_almost(C, L):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and not c["also_ok"]
                  and byid[c["beverage_id"]]["vintage"] is None)
        C[i]["expect"] = "almost"

    breaks = [brk_almost_far, brk_units, brk_vintage, brk_mag, brk_also_exact, brk_none_id,
              brk_order, brk_dup, brk_libid, brk_colour, brk_caisse19, brk_bar_caps,
              brk_bar_price, brk_keg, brk_recent, brk_few, brk_family, brk_tab_qty,
              brk_none_almost]
    failed = 0
    for b in breaks:
        c2, l2 = copy.deepcopy(C), copy.deepcopy(L)
        b(c2, l2)
        e, _ = check(dump(l2), dump(c2))
        print("%-18s %s" % (b.__name__, ("reported: " + e[0]) if e else "NOT REPORTED"))
        failed += not e
    c2 = list(cs)
    c2[3] = c2[3][:-1]
    e, _ = check(lib, c2)
    print("%-18s %s" % ("brk_json", ("reported: " + e[0]) if e else "NOT REPORTED"))
    failed += not e
    print("selftest: %d breaks, %d not reported" % (len(breaks) + 1, failed))
    return failed == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cs = load()
    errs, counts = check(lib, cs)
    for e in errs:
        print("ERROR", e)
    for t in TILLS:
        print(t, counts[t], sum(counts[t].values()))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
