"""Check the blind set "belfort" from its two jsonl files only.

python3 check_belfort.py             check belfort_library.jsonl and belfort_cases.jsonl
python3 check_belfort.py --selftest  break copies on purpose and show each break is reported
"""
import collections
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNS = ("bar", "salle", "hebdo")

# the tills' measure words -> ("bottle", cl or None for the ordinary bottle) or ("pour", cl)
BAR_MEAS = {"BTL": ("bottle", None), "37.5": ("bottle", 37.5), "MAG": ("bottle", 150),
            "CLAV": ("bottle", 62), "VR": ("pour", 12.5), "VR12": ("pour", 12),
            "VR15": ("pour", 15), "CP": ("pour", 12.5), "P25": ("pour", 25),
            "P50": ("pour", 50), "DOSE": ("pour", 4), "2CL": ("pour", 2), "4CL": ("pour", 4),
            "DM": ("beer", 25), "PT": ("beer", 50), "25CL": ("bottle", 25),
            "33CL": ("bottle", 33), "50CL": ("bottle", 50), "65CL": ("bottle", 65),
            "70CL": ("bottle", 70), "1L": ("bottle", 100)}
SALLE_MEAS = {"bouteille": ("bottle", None), "demi-bouteille": ("bottle", 37.5),
              "magnum": ("bottle", 150), "clavelin": ("bottle", 62),
              "verre": ("pour", 12.5), "verre 12 cl": ("pour", 12),
              "verre 15 cl": ("pour", 15), "coupe": ("pour", 12.5),
              "pichet 25 cl": ("pour", 25), "pichet 50 cl": ("pour", 50),
              "dose": ("pour", 4), "dose 2 cl": ("pour", 2), "dose 4 cl": ("pour", 4),
              "demi": ("beer", 25), "pinte": ("beer", 50), "25 cl": ("bottle", 25),
              "33 cl": ("bottle", 33), "50 cl": ("bottle", 50), "65 cl": ("bottle", 65),
              "70 cl": ("bottle", 70), "1 l": ("bottle", 100)}
HEBDO_RE = re.compile(r'S(4[4-8]),(\d{4}),"([A-Z0-9 &.-]{1,24})",(\d{4})?,([0-9.]*),(\d+)')
BAR_RE = re.compile(r"([A-Z0-9 .&-]{1,18})(?:/(\S+))?")
# the staff's abbreviations that stand for a word of the entry
ABBR = {"PN": "PINOT", "BGNE": "BOURGOGNE", "CDR": "COTES", "KRO": "KRONENBOURG",
        "RGE": "ROUGE", "BLC": "BLANC", "BLDE": "BLONDE", "CHARD": "CHARDONNAY",
        "GRIMB": "GRIMBERGEN", "PFAFF": "PFAFFENHEIM", "TRIMB": "TRIMBACH",
        "GEWURZ": "GEWURZTRAMINER", "BL": "BLONDE", "AM": "AMBREE", "ARB": "ARBOIS",
        "VV": "VIEILLES", "ST": "SAINT", "STE": "SAINTE", "CH": "CHATEAU", "1ER": "PREMIER",
        "ROUGE": "ROSSO", "BLANC": "BIANCO", "MOET": "MOET", "PASTIS51": "51",
        "HAVANA7": "7", "GET27": "27"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def words(s):
    return [w for w in re.split(r"[^A-Z0-9]+", fold(s)) if w]


def read_label(conn, label):
    """Return (kind, cl, vintage, text) as the till shows them; raise ValueError on a bad form."""
    if conn == "bar":
        m = BAR_RE.fullmatch(label)
        if not m or "  " in label or m.group(1) != m.group(1).strip():
            raise ValueError("bar form")
        name, code = m.group(1), m.group(2)
        if code is not None and code not in BAR_MEAS:
            raise ValueError("bar measure key %r" % code)
        kind, cl = BAR_MEAS[code] if code else (None, None)
        t = name.split()
        vint = 2000 + int(t[-1]) if len(t) > 1 and re.fullmatch(r"\d\d", t[-1]) else None
        return kind, cl, vint, name
    if conn == "salle":
        if not re.search(r"[a-zà-ÿ]", label) or "  " in label:
            raise ValueError("salle form (mixed case)")
        body, kind, cl = label, None, None
        if ", " in label and label.rsplit(", ", 1)[1] in SALLE_MEAS:
            body, w = label.rsplit(", ", 1)
            kind, cl = SALLE_MEAS[w]
        m = re.search(r"(?:^| )((?:19|20)\d\d)$", body)
        return kind, cl, (int(m.group(1)) if m else None), body
    if conn == "hebdo":
        m = HEBDO_RE.fullmatch(label)
        if not m or m.group(3) != m.group(3).strip():
            raise ValueError("hebdo form")
        vol = round(float(m.group(5)) * 100, 1) if m.group(5) else None
        return ("volume" if vol else None), vol, (int(m.group(4)) if m.group(4) else None), m.group(3)
    raise ValueError("unknown connection %r" % conn)


def load(path, errs):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                errs.append("%s:%d invalid JSON" % (os.path.basename(path), i))
    return rows


def check(lib, cases):
    errs = []
    E = errs.append
    if not 110 <= len(lib) <= 130:
        E("library size %d not in 110-130" % len(lib))
    byid = {}
    for i, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            E("library field order %s" % e.get("id"))
            continue
        if e["id"] != "bz%03d" % i:
            E("library id out of sequence at %d: %s" % (i, e["id"]))
        if e["colour"] not in COLOURS:
            E("bad colour %s" % e["id"])
        if e["category"] not in CATS:
            E("bad category %s" % e["id"])
        wine = e["category"] in ("vin", "champagne")
        if wine and e["colour"] is None:
            E("wine without colour %s" % e["id"])
        if e["category"] in ("spiritueux", "bière", "soft") and e["colour"] is not None:
            E("colour on a non-wine %s" % e["id"])
        if e["format_cl"] >= 1000 and e["category"] != "bière":
            E("keg format on a non-beer %s" % e["id"])
        if e["format_cl"] >= 1000 and e["format_cl"] not in (2000, 3000):
            E("keg not 2,000 / 3,000 cl %s" % e["id"])
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            E("bad vintage %s" % e["id"])
        byid[e["id"]] = e
    def same(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])
    group = collections.defaultdict(list)
    for e in byid.values():
        group[(*same(e), e["format_cl"])].append(e)
    for k, g in group.items():
        if len({x["vintage"] for x in g}) != len(g):
            E("the same drink twice: %s" % g[0]["id"])
    formats = collections.defaultdict(set)
    for e in byid.values():
        formats[same(e)].add(e["format_cl"])

    def ordinary(e):
        f = formats[same(e)]
        if 75 in f:
            return 75
        small = [x for x in f if x < 1000]
        return small[0] if len(small) == 1 else None

    labels = collections.Counter(c.get("label") for c in cases)
    for l, n in labels.items():
        if n > 1:
            E("duplicate label %r" % l)
    for c in cases:
        lab = c.get("label")
        if list(c) != CASE_FIELDS:
            E("case field order %r" % lab)
            continue
        conn = c["connection"]
        if conn not in CONNS:
            E("unknown connection %r: %r" % (conn, lab))
            continue
        try:
            kind, cl, vint, text = read_label(conn, lab)
        except ValueError as ex:
            E("%s: %r" % (ex, lab))
            continue
        if c["vintage"] != vint:
            E("vintage %r, label says %r: %r" % (c["vintage"], vint, lab))
        if not c["note"]:
            E("empty note %r" % lab)
        if "cut off by the till" in c["note"] and (conn != "bar" or vint is not None):
            E("cut-off note on a label that was not cut %r" % lab)
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                E("none with an answer %r" % lab)
            continue
        if c["expect"] not in ("yes", "almost"):
            E("bad expect %r" % lab)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            E("unknown beverage_id %r" % lab)
            continue
        # words shared with the entry
        ew = set(words(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation"))))
        ok = False
        for w in words(text):
            if w.isdigit() and len(w) == 2 and conn == "bar":
                continue
            if (len(w) >= 3 and w in ew) or (len(w) >= 4 and any(x.startswith(w) for x in ew)) \
                    or ABBR.get(w) in ew or (w in ("1664",) and "1664" in ew):
                ok = True
        if not ok:
            E("label shares no word with its entry %r" % lab)
        # format and units
        f = e["format_cl"]
        if kind is None:
            E("a drink answer without a measure %r" % lab)
            continue
        if kind == "volume":
            if cl == f:
                units = 1
            elif e["category"] == "bière":
                units = round(cl / f, 4) if f >= 1000 and cl in (25, 50) else "bad"
            elif e["category"] == "soft" or cl in (37.5, 150, 62) or f != ordinary(e):
                units = "bad"
            else:
                units = round(cl / f, 4)
        elif kind == "bottle":
            want = cl if cl is not None else ordinary(e)
            units = 1 if want == f and f < 1000 else "bad"
        elif kind == "beer":
            units = round(cl / f, 4) if e["category"] == "bière" and f >= 1000 else "bad"
        else:
            units = round(cl / f, 4) if e["category"] not in ("bière", "soft") and f == ordinary(e) else "bad"
        if units == "bad":
            E("measure does not fit the entry's format %r" % lab)
        elif c["units_per_sale"] != units:
            E("units %r, measure says %r: %r" % (c["units_per_sale"], units, lab))
        # vintage rules
        g = group[(*same(e), f)]
        others = sorted(x["id"] for x in g if x is not e)
        if sorted(c["also_ok"]) != others and not (vint is not None and c["expect"] == "yes" and c["also_ok"] == []):
            E("also_ok %r, should be %r: %r" % (c["also_ok"], others, lab))
        if c["expect"] == "yes":
            if vint is not None:
                if e["vintage"] != vint or c["also_ok"]:
                    E("yes on another vintage %r" % lab)
            elif e["vintage"] != max((x["vintage"] or 0) for x in g) and e["vintage"] is not None:
                E("yes without vintage not on the most recent %r" % lab)
        else:
            vs = [x["vintage"] for x in g]
            if vint is None or vint in vs or None in vs:
                E("almost but the vintage is held or absent %r" % lab)
            else:
                best = min(g, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))
                if best is not e:
                    E("almost not on the nearest vintage %r" % lab)
    # counts
    n = len(cases)
    if not 280 <= n <= 300:
        E("case count %d not in 280-300" % n)
    cnt = collections.Counter(c.get("expect") for c in cases)
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if n and not lo <= 100.0 * cnt[k] / n <= hi:
            E("share of %s %.1f %% not in %d-%d" % (k, 100.0 * cnt[k] / n, lo, hi))
    tc = collections.Counter((c.get("connection"), c.get("expect")) for c in cases)
    for conn in CONNS:
        for k in ("yes", "almost", "none"):
            if not tc[(conn, k)]:
                E("till %s has no %s" % (conn, k))
    return errs


def run(lib_path, cases_path):
    errs = []
    lib = load(lib_path, errs)
    cases = load(cases_path, errs)
    return errs + check(lib, cases), lib, cases


def selftest():
    import tempfile
    errs, lib, cases = run(os.path.join(HERE, "belfort_library.jsonl"),
                           os.path.join(HERE, "belfort_cases.jsonl"))
    assert not errs, errs[:5]
    print("clean files: pass")
    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    def brk_json(L, C):
        return L, C, "invalid JSON"

    def f(fn, expect):
        return fn, expect
    breaks = []

    def b(name, want):
        def deco(fn):
            breaks.append((name, want, fn))
            return fn
        return deco

    @b("library field order", "library field order")
    def _(L, C):
        e = L[3]; L[3] = {k: e[k] for k in reversed(list(e))}

    @b("id out of sequence", "out of sequence")
    def _(L, C):
        L[10]["id"] = "bz099"

    @b("bad colour", "bad colour")
    def _(L, C):
        L[0]["colour"] = "orange"

    @b("keg on a wine", "keg format on a non-beer")
    def _(L, C):
        L[0]["format_cl"] = 3000

    @b("duplicate label", "duplicate label")
    def _(L, C):
        C[1]["label"] = C[0]["label"]

    @b("yes on another vintage", "yes on another vintage")
    def _(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "salle")
        L[int(C[i]["beverage_id"][2:]) - 1]["vintage"] -= 5

    @b("almost with also_ok emptied", "also_ok")
    def _(L, C):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        C[i]["also_ok"] = []

    @b("none with an id", "none with an answer")
    def _(L, C):
        i = first(lambda c: c["expect"] == "none")
        C[i]["beverage_id"] = "bz001"

    @b("units wrong", "units")
    def _(L, C):
        i = first(lambda c: c["units_per_sale"] == 0.1667)
        C[i]["units_per_sale"] = 0.16

    @b("bar label in lower case", "bar form")
    def _(L, C):
        i = first(lambda c: c["connection"] == "bar")
        C[i]["label"] = C[i]["label"].lower()

    @b("hebdo designation over 24", "hebdo form")
    def _(L, C):
        i = first(lambda c: c["connection"] == "hebdo")
        C[i]["label"] = C[i]["label"].replace('",', ' EXTRA LONG WORDS",', 1)

    @b("vintage field wrong", "label says")
    def _(L, C):
        i = first(lambda c: c["vintage"] and c["connection"] == "hebdo")
        C[i]["vintage"] += 1

    @b("unknown connection", "unknown connection")
    def _(L, C):
        C[0]["connection"] = "terrasse"

    @b("yes not on the most recent", "most recent")
    def _(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
        C[i]["beverage_id"], C[i]["also_ok"] = C[i]["also_ok"][0], [C[i]["beverage_id"]]

    @b("half bottle on the 75 cl entry", "does not fit")
    def _(L, C):
        i = first(lambda c: c["label"].endswith(", demi-bouteille") and c["expect"] == "yes")
        C[i]["label"] = C[i]["label"].replace("demi-bouteille", "magnum")

    @b("a till without almost", "has no almost")
    def _(L, C):
        C[:] = [c for c in C if not (c["connection"] == "salle" and c["expect"] == "almost")]

    @b("case field order", "case field order")
    def _(L, C):
        c = C[5]; C[5] = {k: c[k] for k in sorted(c)}

    @b("label sharing no word", "shares no word")
    def _(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["connection"] == "salle")
        C[i]["label"] = "XYZ Qwerty" + C[i]["label"][C[i]["label"].index(","):]

    @b("cut-off note on an uncut label", "not cut")
    def _(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["connection"] == "salle")
        C[i]["note"] += " [2020 cut off by the till]"

    @b("invalid JSON", "invalid JSON")
    def _(L, C):
        C[0] = None

    failed = 0
    with tempfile.TemporaryDirectory() as d:
        for name, want, fn in breaks:
            L, C = copy.deepcopy(lib), copy.deepcopy(cases)
            fn(L, C)
            lp, cp = os.path.join(d, "l.jsonl"), os.path.join(d, "c.jsonl")
            with open(lp, "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(x, ensure_ascii=False) + "\n" for x in L)
            with open(cp, "w", encoding="utf-8") as fh:
                fh.writelines(("{broken\n" if x is None else json.dumps(x, ensure_ascii=False) + "\n") for x in C)
            errs, _, _ = run(lp, cp)
            hit = [x for x in errs if want in x]
            print("%-34s %s  (%s)" % (name, "reported" if hit else "MISSED", (hit or errs or ["-"])[0][:70]))
            failed += not hit
    print("%d kinds of break, %d missed" % (len(breaks), failed))
    return failed == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, lib, cases = run(os.path.join(HERE, "belfort_library.jsonl"),
                           os.path.join(HERE, "belfort_cases.jsonl"))
    for x in errs:
        print("ERROR", x)
    tc = collections.Counter((c.get("connection"), c.get("expect")) for c in cases)
    for conn in CONNS:
        print(conn, {k: tc[(conn, k)] for k in ("yes", "almost", "none")})
    print("%d drinks, %d cases: %s" % (len(lib), len(cases), "OK" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
