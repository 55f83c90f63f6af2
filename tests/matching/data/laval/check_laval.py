"""Check laval_library.jsonl and laval_cases.jsonl on their own (stdlib only).

python3 check_laval.py            check the two files
python3 check_laval.py --selftest break copies on purpose and show each break is reported
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
KEGS = (2000, 3000)

# measure -> (kind, volume or bottle format; None = a wine's 75 cl)
COMPTOIR = {"BTL": ("bottle", None), "DEMI": (None, None), "MAG": ("bottle", 150),
            "VRE": ("pour", 12.5), "VRE15": ("pour", 15), "CP": ("pour", 12.5),
            "P25": ("pour", 25), "P50": ("pour", 50), "DOSE": ("pour", 4), "2CL": ("pour", 2),
            "PINTE": ("draught", 50), "20CL": ("bottle", 20), "25CL": ("bottle", 25),
            "33CL": ("bottle", 33), "50CL": ("bottle", 50), "66CL": ("bottle", 66),
            "70CL": ("bottle", 70), "1L": ("bottle", 100), "1L25": ("bottle", 125),
            "1L5": ("bottle", 150)}
SALLE = [("Demi-bouteille", ("bottle", 37.5)), ("Bouteille 20 cl", ("bottle", 20)),
         ("Bouteille 25 cl", ("bottle", 25)), ("Bouteille 33 cl", ("bottle", 33)),
         ("Bouteille 50 cl", ("bottle", 50)), ("Bouteille 66 cl", ("bottle", 66)),
         ("Bouteille 70 cl", ("bottle", 70)), ("Bouteille 1 L", ("bottle", 100)),
         ("Bouteille 1,25 L", ("bottle", 125)), ("Bouteille 1,5 L", ("bottle", 150)),
         ("Bouteille", ("bottle", None)), ("Magnum", ("bottle", 150)),
         ("Verre 15 cl", ("pour", 15)), ("Verre", ("pour", 12.5)), ("Coupe", ("pour", 12.5)),
         ("Pichet 25 cl", ("pour", 25)), ("Pichet 50 cl", ("pour", 50)), ("Dose", ("pour", 4)),
         ("2 cl", ("pour", 2)), ("Demi", ("draught", 25)), ("Pinte", ("draught", 50))]
LIV_SIZES = {"75 cl": 75, "37,5 cl": 37.5, "1,5 L": 150, "20 cl": 20, "25 cl": 25, "33 cl": 33,
             "50 cl": 50, "66 cl": 66, "70 cl": 70, "1 L": 100, "1,25 L": 125}
DRINK_SECTIONS = {"Vins rouges": ("vin", "rouge"), "Vins blancs": ("vin", "blanc"),
                  "Vins rosés": ("vin", "rosé"), "Bulles & Champagne": None, "Bières": ("bière",),
                  "Apéritifs & Alcools": ("spiritueux", "autre"), "Softs & Eaux": ("soft",)}
FOOD_SECTIONS = {"Pizzas", "Grillades", "Desserts", "Menus", "Frais"}


def parse(conn, label):
    """-> (ok, measure (kind, vol) or None, vintage, extra dict) for one till's label form."""
    if conn == "comptoir":
        m = re.fullmatch(r"([A-Z0-9 ]+?)(?:/([A-Z0-9]+))?", label)
        if not m or len(m.group(1)) > 20 or m.group(1) != m.group(1).strip():
            return False, None, None, {}
        code = m.group(2)
        if code is not None and code not in COMPTOIR:
            return False, None, None, {}
        v = re.search(r" (\d{4})$", m.group(1))
        meas = COMPTOIR[code] if code else None
        return True, meas, int(v.group(1)) if v else None, {"code": code}
    if conn == "salle":
        if not re.fullmatch(r"[^;/]+", label) or label != label.strip():
            return False, None, None, {}
        meas = None
        for word, mm in SALLE:
            if re.match(re.escape(word) + r" (de |d')", label):
                meas = mm
                break
        v = re.search(r" \((\d{4})\)$", label)
        return True, meas, int(v.group(1)) if v else None, {}
    if conn == "livraison":
        f = label.split(";")
        if len(f) != 5 or not re.fullmatch(r"\d+,\d\d", f[4]) or not f[1]:
            return False, None, None, {}
        if f[0] not in DRINK_SECTIONS and f[0] not in FOOD_SECTIONS:
            return False, None, None, {}
        if f[2] and not re.fullmatch(r"\d{4}", f[2]):
            return False, None, None, {}
        if f[3] and f[3] not in LIV_SIZES:
            return False, None, None, {}
        if (f[0] in FOOD_SECTIONS) != (f[3] == ""):
            return False, None, None, {}
        size = LIV_SIZES.get(f[3])
        meas = ("bottle", size) if size else None
        return True, meas, int(f[2]) if f[2] else None, {"section": f[0]}
    return False, None, None, {}


def check(lib_lines, case_lines, counts=True):
    errs = []
    lib, cases = [], []
    for n, l in enumerate(lib_lines, 1):
        try:
            lib.append(json.loads(l))
        except ValueError:
            errs.append(f"library line {n}: invalid JSON")
    for n, l in enumerate(case_lines, 1):
        try:
            cases.append(json.loads(l))
        except ValueError:
            errs.append(f"cases line {n}: invalid JSON")
    byid = {}
    for n, r in enumerate(lib, 1):
        if list(r) != LIB_FIELDS:
            errs.append(f"library {n}: fields out of order or missing")
            continue
        if r["id"] != f"lv{n:03d}":
            errs.append(f"library {n}: id {r['id']} out of sequence")
        byid[r["id"]] = r
        if r["category"] not in CATEGORIES:
            errs.append(f"{r['id']}: bad category")
        wine = r["category"] in ("vin", "champagne")
        if (wine and r["colour"] not in COLOURS) or (not wine and r["colour"] is not None):
            errs.append(f"{r['id']}: bad colour {r['colour']}")
        if r["format_cl"] in KEGS and r["category"] != "bière":
            errs.append(f"{r['id']}: keg on a non-beer")
        if r["vintage"] is not None and not (isinstance(r["vintage"], int) and 1950 <= r["vintage"] <= 2030):
            errs.append(f"{r['id']}: bad vintage")
    def wkey(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])
    sib = {}
    for r in lib:
        if list(r) == LIB_FIELDS:
            sib.setdefault(wkey(r), []).append(r)
    seen = set()
    tally = {}
    for n, c in enumerate(cases, 1):
        where = f"case {n} {c.get('label')!r}"
        if list(c) != CASE_FIELDS:
            errs.append(f"{where}: fields out of order or missing")
            continue
        if c["label"] in seen:
            errs.append(f"{where}: duplicate label")
        seen.add(c["label"])
        conn = c["connection"]
        if conn not in ("comptoir", "salle", "livraison"):
            errs.append(f"{where}: unknown connection {conn}")
            continue
        tally.setdefault(conn, {}).setdefault(c["expect"], 0)
        tally[conn][c["expect"]] += 1
        ok, meas, lv, extra = parse(conn, c["label"])
        if not ok:
            errs.append(f"{where}: not in the {conn} till's form")
            continue
        if c["vintage"] != lv:
            errs.append(f"{where}: vintage {c['vintage']} but label reads {lv}")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(f"{where}: none with an id, also_ok or units")
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append(f"{where}: bad expect")
            continue
        r = byid.get(c["beverage_id"])
        if r is None:
            errs.append(f"{where}: unknown beverage_id")
            continue
        if meas is None:
            errs.append(f"{where}: a drink answer without a measure")
            continue
        wine = r["category"] in ("vin", "champagne")
        kind, vol = meas
        if conn == "comptoir" and extra["code"] == "DEMI":
            kind, vol = ("bottle", 37.5) if wine else ("draught", 25)
        fmts = {x["format_cl"] for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"]) == wkey(r)[:4]}
        if kind == "bottle":
            want = vol if vol is not None else (75 if wine else None)
            if want is None and not wine:
                nonkeg = [f for f in fmts if f not in KEGS]
                want = nonkeg[0] if len(nonkeg) == 1 else None
            if r["format_cl"] != want:
                errs.append(f"{where}: bottle of {want} cl on a {r['format_cl']} cl entry")
            exp_units = 1
        elif kind == "draught":
            if r["format_cl"] not in KEGS:
                errs.append(f"{where}: draught measure on a non-keg entry")
            exp_units = round(vol / r["format_cl"], 4)
        else:
            ordinary = 75 if 75 in fmts else None
            if ordinary is None:
                o = [f for f in fmts if f not in KEGS and f not in (37.5, 150)]
                ordinary = o[0] if len(o) == 1 else None
            if r["format_cl"] != ordinary:
                errs.append(f"{where}: pour on a {r['format_cl']} cl entry, ordinary is {ordinary}")
            exp_units = round(vol / r["format_cl"], 4)
        if c["units_per_sale"] != exp_units:
            errs.append(f"{where}: units {c['units_per_sale']} expected {exp_units}")
        if conn == "livraison":
            sec = DRINK_SECTIONS.get(extra["section"], "food")
            okc = (sec is None and (r["colour"] == "effervescent" or r["category"] == "champagne")) or \
                  (sec not in (None, "food") and (r["category"] in sec) and (len(sec) < 2 or sec[1] in (r["colour"], "autre")))
            if not okc:
                errs.append(f"{where}: section {extra['section']} does not fit the entry")
        sibs = sib.get(wkey(r), [])
        others = sorted(x["id"] for x in sibs if x["id"] != r["id"])
        vints = [x["vintage"] for x in sibs]
        if c["expect"] == "yes":
            if lv is not None and None not in vints:
                if r["vintage"] != lv:
                    errs.append(f"{where}: yes on vintage {r['vintage']}, label {lv}")
                if c["also_ok"]:
                    errs.append(f"{where}: yes with a vintage must have empty also_ok")
            else:
                if r["vintage"] != max(vints, key=lambda v: v or 0):
                    errs.append(f"{where}: yes without vintage not on the most recent")
                if sorted(c["also_ok"]) != others:
                    errs.append(f"{where}: also_ok {c['also_ok']} expected {others}")
        else:
            if lv is None or lv in vints or None in vints:
                errs.append(f"{where}: almost without a label vintage missing from the library")
            else:
                best = min(sibs, key=lambda x: (abs(x["vintage"] - lv), -x["vintage"]))
                if best["id"] != r["id"]:
                    errs.append(f"{where}: almost on {r['id']}, nearest is {best['id']}")
                if sorted(c["also_ok"]) != others:
                    errs.append(f"{where}: also_ok {c['also_ok']} expected {others}")
    if counts:
        if not 110 <= len(lib) <= 130:
            errs.append(f"library has {len(lib)} drinks (110-130)")
        if not 280 <= len(cases) <= 300:
            errs.append(f"{len(cases)} cases (280-300)")
        tot = len(cases) or 1
        share = {e: sum(t.get(e, 0) for t in tally.values()) / tot for e in ("yes", "almost", "none")}
        for e, (lo, hi) in {"yes": (.45, .52), "almost": (.12, .17), "none": (.33, .40)}.items():
            if not lo <= share[e] <= hi:
                errs.append(f"share of {e} {share[e]:.3f} outside {lo}-{hi}")
        for conn in ("comptoir", "salle", "livraison"):
            for e in ("yes", "almost", "none"):
                if not tally.get(conn, {}).get(e):
                    errs.append(f"till {conn} has no {e}")
    return errs, tally


def load():
    with open(os.path.join(HERE, "laval_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "laval_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, fn, on="cases"):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        res = fn(l2, c2)
        ll = dump(l2) if on != "rawlib" else res
        cl = dump(c2) if on != "rawcases" else res
        breaks.append((name, ll if on != "rawcases" else dump(l2), cl))

    def almost_far(l, c):
        i = first(lambda x: x["expect"] == "almost" and x["also_ok"])
        c[i]["beverage_id"], c[i]["also_ok"][0] = c[i]["also_ok"][0], c[i]["beverage_id"]
    brk("almost on the farther vintage", almost_far)

    def glass016(l, c):
        c[first(lambda x: x["units_per_sale"] == 0.1667)]["units_per_sale"] = 0.16
    brk("glass units 0.16", glass016)

    def wrongvint(l, c):
        c[first(lambda x: x["vintage"])]["vintage"] += 1
    brk("vintage field not the label's", wrongvint)

    def mag75(l, c):
        i = first(lambda x: x["label"].endswith("/MAG") and x["expect"] == "yes")
        c[i]["beverage_id"] = "lv002"
    brk("magnum pointed at a 75 cl entry", mag75)

    def pint(l, c):
        c[first(lambda x: "PINTE" in x["label"].upper() and x["expect"] == "yes")]["units_per_sale"] = 0.0125
    brk("a pint's units", pint)

    def dup(l, c):
        c[1]["label"] = c[0]["label"]
    brk("duplicate label", dup)

    def order(l, c):
        c[0] = dict(reversed(list(c[0].items())))
    brk("case fields out of order", order)

    def idseq(l, c):
        l[5]["id"] = "lv099"
    brk("library id out of sequence", idseq)

    def colour(l, c):
        l[0]["colour"] = "red"
    brk("invalid colour", colour)

    def wide(l, c):
        i = first(lambda x: x["connection"] == "comptoir" and x["expect"] == "none")
        c[i]["label"] = "PIZZA REINE SUPPLEMENT CHORIZO"
    brk("comptoir name field over 20 columns", wide)

    def noneid(l, c):
        c[first(lambda x: x["expect"] == "none")]["beverage_id"] = "lv001"
    brk("none with an id", noneid)

    def alsoempty(l, c):
        c[first(lambda x: x["expect"] == "yes" and x["also_ok"])]["also_ok"] = []
    brk("also_ok emptied", alsoempty)

    def noprice(l, c):
        i = first(lambda x: x["connection"] == "livraison")
        c[i]["label"] = c[i]["label"].rsplit(";", 1)[0]
    brk("delivery line without price", noprice)

    def conn(l, c):
        c[0]["connection"] = "terrasse"
    brk("unknown connection", conn)

    def half75(l, c):
        i = first(lambda x: ";37,5 cl;" in x["label"] and x["expect"] != "none")
        c[i]["beverage_id"] = "lv002"
    brk("half bottle pointed at the 75 cl entry", half75)

    def notrecent(l, c):
        i = first(lambda x: x["expect"] == "yes" and x["vintage"] is None and x["also_ok"])
        c[i]["beverage_id"], c[i]["also_ok"][0] = c[i]["also_ok"][0], c[i]["beverage_id"]
    brk("yes without vintage not on the most recent", notrecent)

    def section(l, c):
        i = first(lambda x: x["connection"] == "livraison" and x["label"].startswith("Vins rouges") and x["expect"] == "yes")
        c[i]["label"] = "Vins blancs" + c[i]["label"][len("Vins rouges"):]
    brk("delivery section contradicts the entry", section)

    def keg(l, c):
        i = first(lambda x: x["label"] == "1664 BLONDE/DEMI")
        c[i]["beverage_id"] = "lv070"
    brk("draught pointed at a bottle", keg)

    bad = 0
    for name, ll, cl in breaks:
        errs, _ = check(ll, cl)
        print(f"{'reported' if errs else 'MISSED  '}: {name}" + (f"  ({errs[0]})" if errs else ""))
        bad += not errs
    # a truncated JSON line
    errs, _ = check(lib, [*cases[:-1], cases[-1][:-5]])
    print(f"{'reported' if errs else 'MISSED  '}: truncated JSON line" + (f"  ({errs[0]})" if errs else ""))
    bad += not errs
    errs, _ = check(lib, cases)
    print("clean files:", "pass" if not errs else f"FAIL {errs[:3]}")
    return 1 if bad or errs else 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    lib, cases = load()
    errs, tally = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    print(f"{len(lib)} drinks, {len(cases)} cases")
    for conn, t in tally.items():
        print(f"  {conn:10s} yes {t.get('yes', 0):3d}  almost {t.get('almost', 0):3d}  none {t.get('none', 0):3d}  total {sum(t.values())}")
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
