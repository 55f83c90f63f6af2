"""Check the steakhouse set from its two jsonl files alone (imports nothing of the build).

python3 check_steakhouse.py            check steakhouse_library.jsonl and steakhouse_cases.jsonl
python3 check_steakhouse.py --selftest break copies on purpose and show each break is reported
"""
import copy
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from decimal import ROUND_HALF_UP, Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS_L = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
            "vintage", "format_cl"]
FIELDS_C = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
            "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("pos", "tablette", "caisse")
OZ_CL = Decimal("2.957")
WIDTH = 22
COUNTRY_FAM = {"Argentine": "ARG", "Chili": "CHI", "États-Unis": "USA", "Australie": "AUS",
               "Afrique du Sud": "AFS", "Nouvelle-Zélande": "NZL", "Espagne": "ESP",
               "Italie": "ITA", "France": "FRA"}
FAMS = set(COUNTRY_FAM.values()) | {"CHP", "BBN", "WHY", "SPI", "APE", "PRS", "BIE", "SFT",
                                    "CUI", "DES", "CAF", "SRV"}


def q4(x):
    return float(Decimal(str(x)).quantize(Decimal("0.0001"), ROUND_HALF_UP))


def oz(n):
    return float((Decimal(n) * OZ_CL).quantize(Decimal("0.01"), ROUND_HALF_UP))


# ---- each till's form, read back: (measure, vintage, body) ---------------------------------
# measure: ("bottle",) | ("format", cl) | ("size", cl) | ("pour", cl) | ("spirit", cl)
#          | ("draught", cl) | None (no measure: food, cocktails)

POS_RE = re.compile(r"^(?:(HALF BTL|MAG 1\.5L|GLS 6OZ|GLS 9OZ|GLS|1\.5OZ|2OZ|HALF PINT|PINT|"
                    r"BTL \d+ML|BTL 1L|BTL) )?(\S.*?)(?: '(\d\d))? ([$€])(\d+)\.(\d\d)$")


def read_pos(label):
    m = POS_RE.match(label)
    if not m:
        raise ValueError("pos form: SERVE name 'yy $0.00")
    serve, body, yy = m.group(1), m.group(2), m.group(3)
    if not label.isascii() and not set(label) - set(map(chr, range(128))) <= {"€"}:
        raise ValueError("pos label with accents")
    if body != body.strip() or re.search(r"\s{2}", body):
        raise ValueError("pos spacing")
    for w in body.split():
        if w[0].isalpha() and not w[0].isupper():
            raise ValueError("pos name not in Title Case: %r" % w)
    meas = {None: None, "BTL": ("bottle",), "HALF BTL": ("format", 37.5), "MAG 1.5L": ("format", 150),
            "GLS": ("pour", 12.5), "GLS 6OZ": ("pour", oz(6)), "GLS 9OZ": ("pour", oz(9)),
            "1.5OZ": ("spirit", oz("1.5")), "2OZ": ("spirit", oz(2)), "HALF PINT": ("draught", 25),
            "PINT": ("draught", 50), "BTL 1L": ("size", 100)}.get(serve)
    if serve and serve.endswith("ML") and serve.startswith("BTL "):
        meas = ("size", int(serve[4:-2]) / 10)
    return meas, (2000 + int(yy) if yy else None), body


TAB_RE = re.compile(r"^(cave|bar|cuisine) › (\S.*?)(?: · ([a-z0-9 ,-]+?))? · (\d+),(\d\d) €$")


def read_tab(label):
    m = TAB_RE.match(label)
    if not m:
        raise ValueError("tablette form: station › name · serving · 0,00 €")
    station, name, serve = m.group(1), m.group(2), m.group(3)
    y = re.search(r" (199\d|20[0-2]\d)$", name)
    vintage = int(y.group(1)) if y else None
    body = name[:y.start()] if y else name
    if serve is None:
        meas = None
    elif serve == "bouteille":
        meas = ("bottle",)
    elif serve == "demi-bouteille":
        meas = ("format", 37.5)
    elif serve == "magnum":
        meas = ("format", 150)
    elif serve == "verre":
        meas = ("pour", 12.5)
    elif re.fullmatch(r"(verre|carafe) \d+cl", serve):
        meas = ("pour", float(serve.split()[1][:-2]))
    elif re.fullmatch(r"shot \d+cl|\d+cl", serve):
        meas = ("spirit", float(serve.split()[-1][:-2]))
    elif serve == "demi":
        meas = ("draught", 25)
    elif serve == "pinte":
        meas = ("draught", 50)
    elif re.fullmatch(r"btl \d+(,\d)?cl", serve):
        meas = ("size", float(serve[4:-2].replace(",", ".")))
    elif serve == "btl 1l":
        meas = ("size", 100)
    else:
        raise ValueError("tablette serving %r unknown" % serve)
    bottle_like = meas is not None and meas[0] in ("bottle", "format")
    if station == "cave" and not bottle_like:
        raise ValueError("tablette: cave station without a bottle")
    if station == "cuisine" and meas is not None:
        raise ValueError("tablette: cuisine station with a drink serving")
    if station == "bar" and meas is not None and bottle_like:
        raise ValueError("tablette: a wine bottle on the bar station")
    return meas, vintage, body


CAI_MEAS = {"1/2": ("format", 37.5), "MAG": ("format", 150), "VR": ("pour", 12.5),
            "VR15": ("pour", 15.0), "CAR25": ("pour", 25.0), "CAR50": ("pour", 50.0),
            "DOSE": ("spirit", 4.0), "2CL": ("spirit", 2.0), "DEMI": ("draught", 25),
            "PINTE": ("draught", 50), "1L": ("size", 100)}


def read_cai(label):
    if len(label) > WIDTH or label != label.strip():
        raise ValueError("caisse label longer than %d columns or padded" % WIDTH)
    if not re.fullmatch(r"[A-Z0-9 /,&.-]+", label):
        raise ValueError("caisse label not in ASCII capitals")
    words = label.split(" ")
    if "" in words:
        raise ValueError("caisse double space")
    fam = words[0]
    if fam not in FAMS:
        raise ValueError("caisse family %r unknown" % fam)
    rest = words[1:]
    meas = ("bottle",)
    if rest and rest[0] in CAI_MEAS:
        meas = CAI_MEAS[rest[0]]
        rest = rest[1:]
    elif rest and re.fullmatch(r"\d+(,\d)?CL", rest[0]):
        meas = ("size", float(rest[0][:-2].replace(",", ".")))
        rest = rest[1:]
    if fam in ("CUI", "DES", "CAF", "SRV") or (fam == "SPI" and meas == ("bottle",)):
        meas = None if fam != "SPI" else meas
    vintage = None
    if len(rest) > 1 and re.fullmatch(r"\d\d", rest[-1]):
        vintage = 2000 + int(rest[-1])
        rest = rest[:-1]
    if not rest:
        raise ValueError("caisse label without a name")
    return meas, vintage, fam, " ".join(rest)


# ---- checks ---------------------------------------------------------------------------------

def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("œ", "oe"))
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def shares_word(label, entry):
    lw = [w for w in re.findall(r"[A-Z0-9]+", fold(label)) if len(w) >= 3 or w.isdigit()]
    ew = [w for w in re.findall(r"[A-Z0-9]+", fold(" ".join([entry["name"], entry["producer"],
                                                             entry["appellation"]])))
          if len(w) >= 3 or w.isdigit()]
    for a in lw:
        for b in ew:
            if a == b or (len(a) >= 3 and b.startswith(a)) or (len(b) >= 4 and a.startswith(b[:4])):
                return True
    return False


def check(lib_lines, case_lines):
    errs = []

    def err(i, msg):
        errs.append("%s: %s" % (i, msg))

    lib = []
    for n, line in enumerate(lib_lines, 1):
        try:
            d = json.loads(line, object_pairs_hook=lambda p: p)
        except ValueError as e:
            err("library line %d" % n, "not JSON (%s)" % e)
            continue
        if [k for k, _ in d] != FIELDS_L:
            err("library line %d" % n, "fields out of order or missing")
        lib.append(dict(d))
    if not 110 <= len(lib) <= 130:
        err("library", "%d drinks, not 110-130" % len(lib))
    by_id, seen = {}, set()
    for n, e in enumerate(lib, 1):
        i = e.get("id")
        if i != "sk%03d" % n:
            err(i, "id out of sequence (expected sk%03d)" % n)
        by_id[i] = e
        if e.get("category") not in CATS:
            err(i, "category %r" % e.get("category"))
        if e.get("category") in ("vin", "champagne"):
            if e.get("colour") not in COLOURS:
                err(i, "wine without a colour")
        elif e.get("colour") is not None:
            err(i, "colour on a %s" % e.get("category"))
        if not isinstance(e.get("format_cl"), (int, float)) or e["format_cl"] <= 0:
            err(i, "format_cl")
        if e.get("format_cl", 0) >= 1000 and (e.get("category") != "bière" or e["format_cl"] not in (2000, 3000)):
            err(i, "a keg must be a beer of 2,000 or 3,000 cl")
        if e.get("vintage") is not None and not (isinstance(e["vintage"], int) and 1950 <= e["vintage"] <= 2026):
            err(i, "vintage")
        if e.get("category") not in ("vin", "champagne") and e.get("vintage") is not None:
            err(i, "vintage on a non-wine")
        k = (e.get("name"), e.get("producer"), e.get("appellation"), e.get("colour"), e.get("format_cl"), e.get("vintage"))
        if k in seen:
            err(i, "duplicate entry (same wine, format and vintage)")
        seen.add(k)
    groups = defaultdict(list)
    for e in lib:
        groups[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])].append(e)
    formats_of = defaultdict(set)
    for e in lib:
        formats_of[(e["name"], e["producer"], e["appellation"], e["colour"])].add(e["format_cl"])

    def group(e):
        return groups[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])]

    cases, labels = [], Counter()
    for n, line in enumerate(case_lines, 1):
        try:
            d = json.loads(line, object_pairs_hook=lambda p: p)
        except ValueError as e:
            err("cases line %d" % n, "not JSON (%s)" % e)
            continue
        if [k for k, _ in d] != FIELDS_C:
            err("cases line %d" % n, "fields out of order or missing")
        cases.append(dict(d))
    for c in cases:
        labels[c.get("label")] += 1
    for lab, k in labels.items():
        if k > 1:
            err(lab, "label appears %d times" % k)

    for c in cases:
        lab, ex, bid, also, vin, u, till = (c.get(k) for k in ("label", "expect", "beverage_id",
                                                               "also_ok", "vintage", "units_per_sale", "connection"))
        if till not in TILLS:
            err(lab, "connection %r" % till)
            continue
        if not isinstance(c.get("note"), str) or not c["note"]:
            err(lab, "note missing")
        try:
            if till == "pos":
                meas, lv, body = read_pos(lab)
                fam = None
            elif till == "tablette":
                meas, lv, body = read_tab(lab)
                fam = None
            else:
                meas, lv, fam, body = read_cai(lab)
        except ValueError as e:
            err(lab, str(e))
            continue
        if lv != vin:
            err(lab, "vintage field %r, the label prints %r" % (vin, lv))
        if ex not in ("yes", "almost", "none"):
            err(lab, "expect %r" % ex)
            continue
        if ex == "none":
            if bid is not None or also != [] or u is not None:
                err(lab, "a none must have no id, no also_ok and no units")
            continue
        e = by_id.get(bid)
        if e is None:
            err(lab, "beverage_id %r not in the library" % bid)
            continue
        if not isinstance(also, list) or any(a not in by_id for a in also):
            err(lab, "also_ok not a list of ids")
            continue
        if meas is None:
            err(lab, "a drink answer on a label without a serving")
            continue
        if not shares_word(body, e):
            err(lab, "shares no word with %s %s" % (bid, e["name"]))
        cat, fmt = e["category"], e["format_cl"]
        fmts = formats_of[(e["name"], e["producer"], e["appellation"], e["colour"])]
        kind = meas[0]
        expect_units = 1
        if kind == "bottle":
            if cat in ("vin", "champagne", "autre") and 75 in fmts:
                ok = fmt == 75
            else:
                ok = len([f for f in fmts if f < 1000]) == 1 and fmt < 1000
            if not ok:
                err(lab, "a bottle without a format word is not %s (%s cl)" % (bid, fmt))
        elif kind in ("format", "size"):
            if fmt != meas[1]:
                err(lab, "the label's %s cl is not the entry's %s cl" % (meas[1], fmt))
        elif kind == "pour":
            if cat not in ("vin", "champagne", "autre"):
                err(lab, "a glass or carafe of a %s" % cat)
            ordinary = 75 if 75 in fmts else (sorted(f for f in fmts if f not in (37.5, 150)) or [None])[0]
            if fmt != ordinary:
                err(lab, "a pour must refer to the ordinary bottle, not %s cl" % fmt)
            expect_units = q4(meas[1] / fmt)
        elif kind == "spirit":
            if cat not in ("spiritueux", "autre"):
                err(lab, "a dose of a %s" % cat)
            if fmt >= 1000:
                err(lab, "a dose from a keg")
            expect_units = q4(meas[1] / fmt)
        elif kind == "draught":
            if cat != "bière" or fmt not in (2000, 3000):
                err(lab, "a demi or pint must come from a keg, not %s cl" % fmt)
            expect_units = q4(meas[1] / fmt)
        if u != expect_units:
            err(lab, "units_per_sale %r, the label's measure gives %r" % (u, expect_units))
        if till == "caisse":
            want = ("CHP" if cat == "champagne" else COUNTRY_FAM.get(e["country"]) if cat == "vin"
                    else "APE" if cat == "autre" else "SFT" if cat == "soft"
                    else ("PRS" if kind == "draught" else "BIE") if cat == "bière"
                    else "BBN" if e["country"] == "États-Unis" else
                    "WHY" if ("Single Malt" in e["appellation"] or "Whisky" in e["appellation"]) else "SPI")
            if fam != want:
                err(lab, "caisse family %s, the entry is %s" % (fam, want))
        g = group(e)
        vints = sorted(x["vintage"] for x in g if x["vintage"] is not None)
        others = sorted(x["id"] for x in g if x["id"] != bid)
        if lv is not None and lv in vints:
            others = []  # the label's vintage is held: that entry alone
        if sorted(also) != others:
            err(lab, "also_ok %r should be %r" % (also, others))
        if not vints:
            if lv is not None or ex != "yes":
                err(lab, "a non-vintage drink is a yes without vintage")
            continue
        if lv is None:
            if ex != "yes" or e["vintage"] != max(vints):
                err(lab, "no vintage on the label: yes on the most recent (%d)" % max(vints))
        elif lv in vints:
            if ex != "yes" or e["vintage"] != lv:
                err(lab, "the label's vintage %d is held: yes on it" % lv)
        else:
            best = min(vints, key=lambda v: (abs(v - lv), -v))
            if ex != "almost" or e["vintage"] != best:
                err(lab, "vintage %d not held: almost on the nearest (%d)" % (lv, best))

    cnt = Counter((c.get("connection"), c.get("expect")) for c in cases)
    tot = len(cases)
    if not 280 <= tot <= 300:
        err("cases", "%d cases, not 280-300" % tot)
    share = {x: sum(cnt[(t, x)] for t in TILLS) / max(tot, 1) for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[x] <= hi:
            err("cases", "%s is %.1f %%, not %d-%d %%" % (x, 100 * share[x], 100 * lo, 100 * hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not cnt[(t, x)]:
                err("cases", "till %s has no %s" % (t, x))
    return errs, cnt


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read().splitlines()


def selftest(lib_lines, case_lines):
    L = [json.loads(x) for x in lib_lines]
    C = [json.loads(x) for x in case_lines]

    def dumps(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, fn):
        lib, cs = copy.deepcopy(L), copy.deepcopy(C)
        r = fn(lib, cs)
        ll, cl = dumps(lib), dumps(cs)
        if r == "raw":
            ll, cl = lib, cs
        breaks.append((name, ll, cl))

    def b_units(lib, cs):
        cs[first(lambda c: " 6OZ " in c["label"] and c["expect"] == "yes")]["units_per_sale"] = 0.16

    def b_far(lib, cs):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        c = cs[i]
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"], *c["also_ok"][1:]]

    def b_vintage(lib, cs):
        cs[first(lambda c: c["connection"] == "tablette" and c["vintage"])]["vintage"] += 1

    def b_cutkept(lib, cs):
        c = cs[first(lambda c: c["connection"] == "caisse" and "cut off" in c["note"] and c["also_ok"])]
        c["vintage"] = 2000 + int(re.search(r"\[(\d{4})", c["note"]).group(1)) % 100

    def b_noneid(lib, cs):
        cs[first(lambda c: c["expect"] == "none")]["beverage_id"] = L[0]["id"]

    def b_lower(lib, cs):
        c = cs[first(lambda c: c["connection"] == "caisse")]
        c["label"] = c["label"].lower()

    def b_long(lib, cs):
        c = cs[first(lambda c: c["connection"] == "caisse" and len(c["label"]) == 22)]
        c["label"] = c["label"] + "X"

    def b_price(lib, cs):
        c = cs[first(lambda c: c["connection"] == "pos")]
        c["label"] = c["label"].rsplit(" ", 1)[0]

    def b_station(lib, cs):
        c = cs[first(lambda c: c["label"].startswith("cave › "))]
        c["label"] = c["label"].replace("cave › ", "cuisine › ", 1)

    def b_order(lib, cs):
        c = cs[5]
        cs[5] = {k: c[k] for k in ["expect", "label", *FIELDS_C[2:]]}

    def b_half(lib, cs):
        c = cs[first(lambda c: c["label"].startswith("HALF BTL ") and c["expect"] == "yes")]
        e = next(x for x in L if x["id"] == c["beverage_id"])
        c["beverage_id"] = next(x["id"] for x in L if x["name"] == e["name"] and x["format_cl"] == 75
                                and x["vintage"] == e["vintage"])

    def b_also(lib, cs):
        cs[first(lambda c: c["expect"] == "yes" and c["also_ok"])]["also_ok"] = []

    def b_dup(lib, cs):
        cs[1]["label"] = cs[0]["label"]

    def b_libid(lib, cs):
        lib[10]["id"] = "sk099"

    def b_colour(lib, cs):
        next(x for x in lib if x["category"] == "spiritueux")["colour"] = "blanc"

    def b_pint(lib, cs):
        c = cs[first(lambda c: c["label"].startswith("PINT Goose"))]
        c["beverage_id"] = next(x["id"] for x in L if x["name"] == "Goose Island IPA" and x["format_cl"] < 100)

    def b_family(lib, cs):
        c = cs[first(lambda c: c["label"].startswith("ARG ") and c["expect"] == "yes")]
        c["label"] = "CHI" + c["label"][3:]

    def b_notjson(lib, cs):
        cs[3] = "{not json"

    def b_counts(lib, cs):
        del cs[:40]

    def b_keg(lib, cs):
        next(x for x in lib if x["format_cl"] == 3000)["format_cl"] = 5000

    for name, fn in [("a glass's units", b_units), ("an almost on the farther vintage", b_far),
                     ("a vintage field changed", b_vintage), ("a cut vintage kept", b_cutkept),
                     ("a none with an id", b_noneid), ("a register label in lower case", b_lower),
                     ("a register label of 23 columns", b_long), ("a pos label without its price", b_price),
                     ("a bottle on the cuisine station", b_station), ("case fields out of order", b_order),
                     ("a half bottle answered with the 75 cl entry", b_half), ("also_ok dropped", b_also),
                     ("a duplicate label", b_dup), ("a library id out of sequence", b_libid),
                     ("a colour on a spirit", b_colour), ("a draught pint answered with the bottle", b_pint),
                     ("a register family that contradicts the entry", b_family),
                     ("a case line that is not JSON", b_notjson), ("40 cases dropped (counts)", b_counts),
                     ("a 50 L keg", b_keg)]:
        brk(name, fn)
    for i, (name, ll, cl) in enumerate(breaks):
        if name == "a case line that is not JSON":
            cl = list(cl)
            cl[3] = "{not json"
        breaks[i] = (name, ll, cl)
    ok = True
    errs, _ = check(lib_lines, case_lines)
    print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
    ok &= not errs
    for name, ll, cl in breaks:
        errs, _ = check(ll, cl)
        print("%-48s %s" % (name, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
        ok &= bool(errs)
    print("selftest:", "ok (%d breaks, all reported)" % len(breaks) if ok else "FAILED")
    return ok


def main():
    lib_lines = read(os.path.join(HERE, "steakhouse_library.jsonl"))
    case_lines = read(os.path.join(HERE, "steakhouse_cases.jsonl"))
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_lines, case_lines) else 1)
    errs, cnt = check(lib_lines, case_lines)
    for e in errs:
        print(e)
    print("till      yes almost none total")
    for t in TILLS:
        print("%-9s %3d %6d %4d %5d" % (t, cnt[(t, "yes")], cnt[(t, "almost")], cnt[(t, "none")],
                                        sum(cnt[(t, x)] for x in ("yes", "almost", "none"))))
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
