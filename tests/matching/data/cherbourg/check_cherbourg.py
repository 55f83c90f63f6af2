"""Checks cherbourg_library.jsonl and cherbourg_cases.jsonl on their own (no import of the
build or its modules). python3 check_cherbourg.py [--selftest]"""
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
TILLS = ("CAISSE", "STOCK", "VOUCHER")
POUR = {"G": 12.5, "DOSE": 4.0}
CAISSE_TOK = {"BTE": "BT", "1/2": "HALF", "MAG": "MAG", "VRE": "G", "VRE15": "G15",
              "VRE25": "G25", "CAR25": "CAR25", "CAR50": "CAR50", "DEMI": "DEMI",
              "PTE": "PINTE", "DOSE": "DOSE", "2CL": "D2", "DBLE": "D8", "BTE33": "BT33",
              "BTE25": "BT25", "BTE44": "BT44", "BTE50": "BT50", "BTE1L": "BT100",
              "BTE70": "BT70", "BTE20": "BT20"}
VOUCHER_TOK = {"BOTTLE": "BT", "HALF BOTTLE": "HALF", "MAGNUM": "MAG", "GLASS": "G",
               "LARGE GLASS 25CL": "G25", "GLASS 15CL": "G15", "CARAFE 50CL": "CAR50",
               "CARAFE 25CL": "CAR25", "PINT": "PINTE", "HALF PINT": "DEMI",
               "SHOT 4CL": "DOSE", "DOUBLE 8CL": "D8", "BOTTLE 33CL": "BT33",
               "BOTTLE 50CL": "BT50", "BOTTLE 1L": "BT100", "CAN": "BT", "SOFT DRINK": "BT"}
VOUCHER_OTHER = {"MEAL", "HOT DRINK", "SNACK", "KIDS MENU", "SERVICE"}
# register / staff abbreviations a sommelier reads without help
ABBR = {"coke": "coca", "chp": "champigny", "saum": "saumur", "lp": "laurent", "pf": "pouilly",
        "gd": "grand", "p45": "parallele", "calva": "calvados", "musca": "muscadet",
        "rge": "rouge", "pn": "pinot", "ht": "haut", "red": "rouge", "white": "blanc"}
RE_CAISSE = re.compile(r"^([A-Z0-9/ ]{24}) EUR[ \d]{2}\d\.[05]0 GBP[ \d]{2}\d\.[05]0$")
RE_VOUCHER = re.compile(r"^FV-[0-9A-F]{5} ([A-Z0-9 ]+): (\S.*)$")
RE_MOVE = re.compile(r"^-(1 btl|\d+(,\d+)? (ml|kg|L|sac|paquet)|\d+)$")


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s).replace("'", "")) if w]


def vol(meas):
    if meas in POUR:
        return POUR[meas]
    for p in ("CAR", "G", "D"):
        if meas.startswith(p) and meas[len(p):].isdigit():
            return float(meas[len(p):])
    if meas == "DEMI":
        return 25.0
    if meas == "PINTE":
        return 50.0
    return None


def parse_size(s):
    if s.startswith("fût "):
        return float(s.split()[1]) * 100
    m = re.match(r"^(\d+(?:,\d+)?) (ml|L)$", s)
    if not m:
        return None
    v = float(m.group(1).replace(",", "."))
    return v * 100 if m.group(2) == "L" else v / 10


def read_label(c, err, where):
    """-> (measure code or None, fmt_cl from label or None, poured cl or None, vintage, is_drink_form)"""
    lab, till = c["label"], c["connection"]
    if till == "CAISSE":
        m = RE_CAISSE.match(lab)
        if not m:
            err.append(where + "CAISSE form (24-column ASCII capitals, EUR and GBP prices)")
            return None
        body = m.group(1).rstrip()
        w = body.split()
        meas = CAISSE_TOK.get(w[0], "")
        v = 2000 + int(w[-1]) if len(w) > 2 and re.fullmatch(r"\d\d", w[-1]) and int(w[-1]) <= 30 else None
        if "cut off by the till" in c["note"] and len(body) < 23:
            err.append(where + "cut-off note on a label shorter than the register's width")
        return meas, None, vol(meas), v, body
    if till == "STOCK":
        parts = lab.split(" · ")
        if len(parts) != 3 or not RE_MOVE.match(parts[2]):
            err.append(where + "STOCK form (item · container · movement)")
            return None
        name, size, move = parts
        ys = [int(x) for x in name.split() if re.fullmatch(r"(19|20)\d\d", x)]
        fmt = parse_size(size)
        poured = None
        if move != "-1 btl":
            mm = re.fullmatch(r"-(\d+(?:,\d+)?) ml", move)
            poured = float(mm.group(1).replace(",", ".")) / 10 if mm else -1
        return ("BTL" if poured is None else "POUR"), fmt, poured, (ys[-1] if ys else None), name
    if till == "VOUCHER":
        m = RE_VOUCHER.match(lab)
        if not m or (m.group(1) not in VOUCHER_TOK and m.group(1) not in VOUCHER_OTHER):
            err.append(where + "VOUCHER form (FV-code TYPE: name)")
            return None
        name = m.group(2)
        if fold(name) != name.lower():
            err.append(where + "VOUCHER name not ASCII")
        meas = VOUCHER_TOK.get(m.group(1), "")
        w = name.split()
        v = int(w[-1]) if re.fullmatch(r"(19|20)\d\d", w[-1]) else None
        return meas, None, vol(meas), v, name
    err.append(where + "unknown till %r" % till)
    return None


def check(lib_lines, case_lines):
    err = []
    lib = []
    for n, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            err.append("library line %d: not JSON" % n)
            continue
        if list(r) != LIB_FIELDS:
            err.append("library line %d: field order" % n)
            continue
        lib.append(r)
    if not 110 <= len(lib) <= 130:
        err.append("library size %d not in 110-130" % len(lib))
    byid, seen = {}, set()
    for n, r in enumerate(lib, 1):
        w = "library %s: " % r["id"]
        if r["id"] != "cb%03d" % n:
            err.append(w + "id out of sequence (expected cb%03d)" % n)
        byid[r["id"]] = r
        if r["category"] not in CATS:
            err.append(w + "category")
        wine = r["category"] in ("vin", "champagne")
        if (wine and r["colour"] not in COLOURS) or (not wine and r["colour"] is not None):
            err.append(w + "colour %r on %s" % (r["colour"], r["category"]))
        f = r["format_cl"]
        if not isinstance(f, (int, float)) or f <= 0:
            err.append(w + "format")
        elif f >= 1000 and (f not in (2000, 3000) or r["category"] not in ("bière", "autre")):
            err.append(w + "keg format %s on %s" % (f, r["category"]))
        if r["vintage"] is not None and not (isinstance(r["vintage"], int) and 1950 <= r["vintage"] <= 2025):
            err.append(w + "vintage")
        k = (r["name"], r["producer"], r["appellation"], r["colour"], f, r["vintage"])
        if k in seen:
            err.append(w + "duplicate drink")
        seen.add(k)

    def wine_key(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    def group(r):
        return [x for x in lib if wine_key(x) == wine_key(r) and x["format_cl"] == r["format_cl"]]

    def formats(r):
        return sorted({x["format_cl"] for x in lib if wine_key(x) == wine_key(r)})

    def ordinary(r):
        f = [x for x in formats(r) if x < 1000]
        return 75 if 75 in f else 70 if 70 in f else (min(f) if f else None)

    cases = []
    for n, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            err.append("case line %d: not JSON" % n)
            continue
        if list(c) != CASE_FIELDS:
            err.append("case line %d: field order" % n)
            continue
        cases.append(c)
    if not 280 <= len(cases) <= 300:
        err.append("%d cases, not 280-300" % len(cases))
    labels = [c["label"] for c in cases]
    for l in sorted({l for l in labels if labels.count(l) > 1}):
        err.append("duplicate label %r" % l)
    tally = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        where = "case %r: " % c["label"]
        if c["connection"] in tally and c["expect"] in tally[c["connection"]]:
            tally[c["connection"]][c["expect"]] += 1
        if c["expect"] not in ("yes", "almost", "none"):
            err.append(where + "expect")
            continue
        if not c["note"]:
            err.append(where + "no note")
        rd = read_label(c, err, where)
        if rd is None:
            continue
        meas, lfmt, poured, v, text = rd
        if c["vintage"] != v:
            err.append(where + "vintage field %r, label reads %r" % (c["vintage"], v))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err.append(where + "none with an answer")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            err.append(where + "unknown beverage_id")
            continue
        if any(a not in byid for a in c["also_ok"]):
            err.append(where + "unknown id in also_ok")
            continue
        # format and units against the measure printed
        fmt = e["format_cl"]
        if c["connection"] == "STOCK":
            if meas == "BTL":
                want, units = lfmt, 1
            else:
                want = lfmt if lfmt and lfmt >= 2000 else ordinary(e)
                if lfmt != want:
                    err.append(where + "pour from the %s cl container, ordinary bottle is %s" % (lfmt, want))
                units = round(poured / fmt, 4) if poured and poured > 0 else None
        else:
            if meas in ("", None):
                err.append(where + "a drink answer on a label without measure")
                continue
            if meas in ("DEMI", "PINTE"):
                kegs = [x for x in formats(e) if x >= 2000]
                want = kegs[0] if kegs else None
            elif meas == "BT":
                want = ordinary(e)
            elif meas == "HALF":
                want = 37.5
            elif meas == "MAG":
                want = 150
            elif meas.startswith("BT"):
                want = float(meas[2:])
            else:
                want = ordinary(e)
            units = 1 if poured is None else round(poured / fmt, 4)
        if want != fmt:
            err.append(where + "entry is %s cl, the label asks %s cl" % (fmt, want))
        if c["units_per_sale"] != units:
            err.append(where + "units %r, measure gives %r" % (c["units_per_sale"], units))
        # vintage rules
        g = group(e)
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        vints = [x["vintage"] for x in g]
        if c["expect"] == "yes":
            if v is not None:
                if e["vintage"] != v or c["also_ok"]:
                    err.append(where + "yes: entry vintage %r / also_ok %r for label %r" % (e["vintage"], c["also_ok"], v))
            else:
                if e["vintage"] != max(vints, key=lambda x: x or 0):
                    err.append(where + "yes without vintage not on the most recent")
                if sorted(c["also_ok"]) != others:
                    err.append(where + "also_ok should be the other vintages %s" % others)
        else:
            if v is None or v in vints or None in vints:
                err.append(where + "almost on a held vintage or without vintage")
            else:
                best = min(g, key=lambda x: (abs(x["vintage"] - v), -x["vintage"]))
                if best["id"] != e["id"]:
                    err.append(where + "almost not on the nearest vintage (%s)" % best["id"])
                if sorted(c["also_ok"]) != others:
                    err.append(where + "also_ok should be the other vintages %s" % others)
        # a word shared with the entry
        ew = set()
        for f in ("name", "producer", "appellation"):
            ew.update(words(e[f] or ""))
        lw = [ABBR.get(w, w) for w in words(text) if not w.isdigit() or len(w) > 2]
        ok = any(w in ew and (len(w) >= 3 or w.isdigit()) for w in lw) or any(
            len(w) >= 4 and any(x.startswith(w[:4]) or (w.startswith(x) and len(x) >= 4) for x in ew) for w in lw)
        if not ok:
            err.append(where + "shares no word with %s" % e["id"])
    n = len(cases) or 1
    tot = {a: sum(t[a] for t in tally.values()) for a in ("yes", "almost", "none")}
    for a, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * tot[a] / n <= hi:
            err.append("%s share %.1f %% not in %d-%d %%" % (a, 100.0 * tot[a] / n, lo, hi))
    for t in TILLS:
        for a in ("yes", "almost", "none"):
            if tally[t][a] == 0:
                err.append("till %s has no %s" % (t, a))
    return err, tally


def load():
    with open(os.path.join(HERE, "cherbourg_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "cherbourg_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    base, _ = check(lib, cases)
    assert not base, base[:5]
    print("clean files: pass")

    def edit_case(pred, fn):
        def go(l, c):
            c = list(c)
            for i, line in enumerate(c):
                d = json.loads(line)
                if pred(d):
                    fn(d)
                    c[i] = json.dumps(d, ensure_ascii=False)
                    return l, c
            raise AssertionError("no case to break")
        return go

    def edit_lib(i, fn):
        def go(l, c):
            l = list(l)
            d = json.loads(l[i])
            fn(d)
            l[i] = json.dumps(d, ensure_ascii=False)
            return l, c
        return go

    def reorder(d):
        v = d.pop("label")
        d["label"] = v

    breaks = [
        ("non-JSON line", lambda l, c: (l, [*c[:5], "{oops", *c[6:]]), "not JSON"),
        ("fields out of order", edit_case(lambda d: True, reorder), "field order"),
        ("library id out of sequence", edit_lib(3, lambda d: d.update(id="cb099")), "out of sequence"),
        ("colour on a beer", edit_lib(105, lambda d: d.update(colour="blanc")), "colour"),
        ("glass units", edit_case(lambda d: d["units_per_sale"] == 0.1667, lambda d: d.update(units_per_sale=0.16)), "units"),
        ("almost on the farther vintage", edit_case(lambda d: d["expect"] == "almost" and "cb029" in d["also_ok"],
                                                    lambda d: d.update(beverage_id="cb029", also_ok=["cb030", "cb031"])), "nearest"),
        ("none with an id", edit_case(lambda d: d["expect"] == "none", lambda d: d.update(beverage_id="cb001")), "none with an answer"),
        ("also_ok dropped", edit_case(lambda d: d["expect"] == "yes" and d["also_ok"], lambda d: d.update(also_ok=[])), "also_ok"),
        ("duplicate label", lambda l, c: (l, [*c[:-1], c[0]]), "duplicate label"),
        ("CAISSE label in lower case", edit_case(lambda d: d["connection"] == "CAISSE", lambda d: d.update(label=d["label"].lower())), "CAISSE form"),
        ("STOCK label without movement", edit_case(lambda d: d["connection"] == "STOCK", lambda d: d.update(label=d["label"].rsplit(" · ", 1)[0])), "STOCK form"),
        ("VOUCHER label without code", edit_case(lambda d: d["connection"] == "VOUCHER", lambda d: d.update(label=d["label"][9:])), "VOUCHER form"),
        ("vintage field not the label's", edit_case(lambda d: d["vintage"] == 2022, lambda d: d.update(vintage=2021)), "vintage field"),
        ("half answered with the 75 cl entry", edit_case(lambda d: d["label"].startswith("1/2 CANTEMERLE 18"), lambda d: d.update(beverage_id="cb030")), "label asks"),
        ("draught pint on a bottled beer", edit_case(lambda d: d["label"].startswith("FV-") and ": Guinness" in d["label"] and "PINT:" in d["label"],
                                                     lambda d: d.update(beverage_id="cb104")), "label asks"),
        ("yes on another vintage", edit_case(lambda d: d["expect"] == "yes" and d["vintage"] == 2018, lambda d: d.update(beverage_id="cb031")), "yes: entry vintage"),
        ("too few cases", lambda l, c: (l, c[:200]), "not 280-300"),
        ("a till without almost", lambda l, c: (l, [x for x in c if not ('"almost"' in x and '"STOCK"' in x)]), "has no almost"),
        ("answer sharing no word", edit_case(lambda d: d["label"].startswith("BTE MOET IMPERIAL"), lambda d: d.update(beverage_id="cb065")), "shares no word"),
        ("keg format on a soft", edit_lib(117, lambda d: d.update(format_cl=3000)), "keg format"),
        ("unknown till", edit_case(lambda d: True, lambda d: d.update(connection="KIOSK")), "unknown till"),
    ]
    bad = 0
    for name, fn, expect in breaks:
        l, c = fn(lib, cases)
        errs, _ = check(l, c)
        hit = [e for e in errs if expect in e]
        print("%-38s %s  (%s)" % (name, "reported" if hit else "NOT REPORTED", hit[0][:110] if hit else errs[:1]))
        bad += not hit
    print("%d kinds of break, %d not reported" % (len(breaks), bad))
    return bad == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, tally = check(lib, cases)
    for e in errs:
        print(e)
    for t in TILLS:
        print(t, tally[t])
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
