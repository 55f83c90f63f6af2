"""Check the Lourdes blind set from its two jsonl files only.

python check_lourdes.py             validate the files beside this script
python check_lourdes.py --selftest  break copies on purpose and show each break is reported
"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("bar", "tablette", "groupes")

# measure -> (kind, volume); kind "bottle" (volume None = wine 75 / only format) or "pour"
BAR_MEAS = {"BT": ("bottle", None), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "50CL": ("bottle", 50),
            "33CL": ("bottle", 33), "25CL": ("bottle", 25), "20CL": ("bottle", 20), "1L": ("bottle", 100),
            "70CL": ("bottle", 70), "VRE": ("pour", 12.5), "V12": ("pour", 12), "V15": ("pour", 15),
            "CP": ("pour", 12.5), "P25": ("pour", 25), "P50": ("pour", 50), "DOSE": ("pour", 4),
            "2CL": ("pour", 2), "4CL": ("pour", 4), "6CL": ("pour", 6), "DEMI": ("pour", 25), "PINTE": ("pour", 50)}
BAR_DEPTS = {"V1", "V2", "V3", "V4", "V5", "S1", "S2", "S3", "B1", "B2", "D1", "D2", "R1", "R2", "H1"}
TAB_STAFF = {"Emma": "en", "Liam": "en", "Lucía": "es", "Iker": "es", "Giulia": "it", "Matteo": "it", "Manon": "fr", "Théo": "fr"}
TAB_WORDS = [
    ("large glass 15cl", ("pour", 15)), ("copa 15cl", ("pour", 15)), ("calice 15cl", ("pour", 15)), ("verre 15cl", ("pour", 15)),
    ("half bottle", ("bottle", 37.5)), ("media botella", ("bottle", 37.5)), ("mezza bottiglia", ("bottle", 37.5)),
    ("demi-bouteille", ("bottle", 37.5)), ("magnum", ("bottle", 150)), ("mágnum", ("bottle", 150)),
    ("half pint", ("pour", 25)), ("pint", ("pour", 50)), ("caña", ("pour", 25)), ("spina 25cl", ("pour", 25)),
    ("spina 50cl", ("pour", 50)), ("demi", ("pour", 25)), ("pinte", ("pour", 50)),
    ("carafe 25cl", ("pour", 25)), ("carafe 50cl", ("pour", 50)), ("jarra 25cl", ("pour", 25)), ("jarra 50cl", ("pour", 50)),
    ("caraffa 25cl", ("pour", 25)), ("caraffa 50cl", ("pour", 50)), ("pichet 25cl", ("pour", 25)), ("pichet 50cl", ("pour", 50)),
    ("glass", ("pour", 12.5)), ("copa", ("pour", 12.5)), ("calice", ("pour", 12.5)), ("verre", ("pour", 12.5)),
    ("flute", ("pour", 12.5)), ("flûte", ("pour", 12.5)), ("coupe", ("pour", 12.5)),
    ("shot", ("pour", 4)), ("chupito", ("pour", 4)), ("bicchierino", ("pour", 4)), ("dose", ("pour", 4)), ("4cl", ("pour", 4)),
]
for bw in ("bottle", "botella", "bottiglia", "bouteille"):
    for vol, v in (("20cl", 20), ("25cl", 25), ("33cl", 33), ("50cl", 50), ("70cl", 70), ("1L", 100)):
        TAB_WORDS.append(("%s %s" % (bw, vol), ("bottle", v)))
    TAB_WORDS.append((bw, ("bottle", None)))
TAB_WORDS.sort(key=lambda x: -len(x[0]))
GRP_UNITS = {"BT75": ("bottle", 75), "BT37": ("bottle", 37.5), "BT150": ("bottle", 150), "BT50": ("bottle", 50),
             "BT33": ("bottle", 33), "BT25": ("bottle", 25), "BT20": ("bottle", 20), "BT100": ("bottle", 100),
             "BT70": ("bottle", 70), "VR": ("pour", 12.5), "VR12": ("pour", 12), "VR15": ("pour", 15), "CP": ("pour", 12.5),
             "PI25": ("pour", 25), "PI50": ("pour", 50), "DS": ("pour", 4), "DS2": ("pour", 2), "DS4": ("pour", 4),
             "DS6": ("pour", 6), "PR25": ("pour", 25), "PR50": ("pour", 50), "PERS": None, "NUIT": None, "FORF": None}


def load(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


def parse_lines(lines, what, errs):
    rows = []
    if lines and lines[-1] == "":
        lines = lines[:-1]
    else:
        errs.append("%s: no final newline" % what)
    for i, l in enumerate(lines, 1):
        try:
            rows.append(json.loads(l, object_pairs_hook=list))
        except ValueError as e:
            errs.append("%s line %d: bad JSON (%s)" % (what, i, e))
    return rows


def till_read(conn, label, errs):
    """(vintage, measure) read back from the label, checking the till's form."""
    if conn == "bar":
        if len(label) > 26 or label != label.strip() or label != label.upper():
            errs.append("bar form: %r (26 columns, capitals)" % label)
        toks = label.split()
        if not toks or toks[0] not in BAR_DEPTS:
            errs.append("bar form: %r has no department code" % label)
            return None, None
        for w in toks[1:]:
            if w not in BAR_MEAS and w.isalpha() and len(w) > 5:
                errs.append("bar form: %r word %s longer than 5" % (label, w))
            if not re.fullmatch(r"[A-Z0-9./]+", w):
                errs.append("bar form: %r token %r not ASCII capitals" % (label, w))
        meas = BAR_MEAS.get(toks[1]) if len(toks) > 1 else None
        vint = None
        if toks[0].startswith("V") and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            vint = 2000 + yy if yy < 40 else 1900 + yy
        return vint, meas
    if conn == "tablette":
        m = re.fullmatch(r"T(\d\d) (\w+): (.+)", label)
        if not m or m.group(2) not in TAB_STAFF or not 1 <= int(m.group(1)) <= 38:
            errs.append("tablette form: %r" % label)
            return None, None
        body = m.group(3)
        meas = None
        for w, ms in TAB_WORDS:
            if body == w or body.startswith(w + " "):
                meas = ms
                break
        vs = re.findall(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])", body)
        if len(vs) > 1 or (vs and not body.endswith(vs[0])):
            errs.append("tablette form: %r vintage not last" % label)
        return (int(vs[0]) if vs else None), meas
    if conn == "groupes":
        f = label.split(";")
        if (len(f) != 8 or f[0] not in ("DP", "PC", "EXT") or not re.fullmatch(r"[A-Z]+(-[A-Z]+)*-\d{4}", f[1])
                or not re.fullmatch(r"MASTER|[1-4]\d\d", f[2]) or not re.fullmatch(r"[1-9]\d?", f[3])
                or not re.fullmatch(r"(19|20)\d\d|", f[5]) or f[6] not in GRP_UNITS
                or not re.fullmatch(r"\d+\.\d\d", f[7]) or not f[4].isascii()):
            errs.append("groupes form: %r" % label)
            return None, None
        return (int(f[5]) if f[5] else None), GRP_UNITS[f[6]]
    errs.append("unknown connection %r" % conn)
    return None, None


def check(lib_lines, case_lines):
    errs = []
    lib_pairs = parse_lines(lib_lines, "library", errs)
    case_pairs = parse_lines(case_lines, "cases", errs)
    lib, cases = [], []
    for i, p in enumerate(lib_pairs):
        if [k for k, _ in p] != LIB_FIELDS:
            errs.append("library line %d: field order %s" % (i + 1, [k for k, _ in p]))
        lib.append(dict(p))
    for i, p in enumerate(case_pairs):
        if [k for k, _ in p] != CASE_FIELDS:
            errs.append("cases line %d: field order %s" % (i + 1, [k for k, _ in p]))
        cases.append(dict(p))
    byid = {}
    for i, r in enumerate(lib, 1):
        if r.get("id") != "ld%03d" % i:
            errs.append("library id %r at line %d (want ld%03d)" % (r.get("id"), i, i))
        byid[r.get("id")] = r
        if r.get("colour") not in COLOURS or r.get("category") not in CATEGORIES:
            errs.append("%s: colour/category %r/%r" % (r.get("id"), r.get("colour"), r.get("category")))
        if r.get("category") in ("spiritueux", "bière", "soft") and r.get("colour") is not None:
            errs.append("%s: %s with a colour" % (r["id"], r["category"]))
        if r.get("category") in ("vin", "champagne") and r.get("colour") is None:
            errs.append("%s: wine without colour" % r["id"])
        v = r.get("vintage")
        if not (v is None or (isinstance(v, int) and 1900 < v < 2026)):
            errs.append("%s: vintage %r" % (r.get("id"), v))
        fmt = r.get("format_cl")
        if not isinstance(fmt, (int, float)) or fmt <= 0 or (r.get("category") == "bière" and fmt > 100 and fmt not in (2000, 3000)):
            errs.append("%s: format %r" % (r.get("id"), fmt))
        if not isinstance(r.get("name"), str) or not r.get("name"):
            errs.append("%s: no name" % r.get("id"))
    keys = [(r["name"], r["producer"], r["appellation"], r["colour"], r["vintage"], r["format_cl"]) for r in lib if "name" in r]
    if len(set(keys)) != len(keys):
        errs.append("library: duplicate entries")
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks (110-130)" % len(lib))

    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    labels = [c.get("label") for c in cases]
    for l in sorted({l for l in labels if labels.count(l) > 1}):
        errs.append("duplicate label %r" % l)
    counts = {}
    for c in cases:
        lab, exp, bid, also, cv, u, conn = (c.get(k) for k in ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "connection"))
        counts[(conn, exp)] = counts.get((conn, exp), 0) + 1
        if exp not in ("yes", "almost", "none"):
            errs.append("%r: expect %r" % (lab, exp))
            continue
        if not isinstance(c.get("note"), str) or not c.get("note"):
            errs.append("%r: no note" % lab)
        vint, meas = till_read(conn, lab or "", errs)
        if vint != cv:
            errs.append("%r: vintage %r but the label reads %r" % (lab, cv, vint))
        if exp == "none":
            if bid is not None or also != [] or u is not None:
                errs.append("%r: none with id/also_ok/units" % lab)
            continue
        b = byid.get(bid)
        if b is None:
            errs.append("%r: unknown beverage_id %r" % (lab, bid))
            continue
        if meas is None:
            errs.append("%r: %s without a measure on the label" % (lab, exp))
            continue
        kind, vol = meas
        siblings = [r for r in lib if wine(r) == wine(b)]
        fmts = sorted({r["format_cl"] for r in siblings})
        if kind == "bottle":
            want_fmt = vol if vol is not None else (75 if b["category"] in ("vin", "champagne") else (fmts[0] if len(fmts) == 1 else None))
            want_u = 1
        else:
            if (conn == "bar" and lab.split()[1] in ("DEMI", "PINTE")) or b["category"] == "bière":
                want_fmt = b["format_cl"] if b["format_cl"] >= 1000 else None
            elif 75 in fmts:
                want_fmt = 75
            else:
                ordinary = [f for f in fmts if f not in (37.5, 150)]
                want_fmt = ordinary[0] if len(ordinary) == 1 else None
            want_u = None if want_fmt is None else (round(vol / want_fmt, 4) if round(vol / want_fmt, 4) != int(vol / want_fmt) else int(vol / want_fmt))
        if b["format_cl"] != want_fmt:
            errs.append("%r: %s is %s cl, the label's measure wants %s cl" % (lab, bid, b["format_cl"], want_fmt))
        if u != want_u or (isinstance(u, float) and round(u, 4) != u):
            errs.append("%r: units %r, the printed measure gives %r" % (lab, u, want_u))
        same = [r for r in siblings if r["format_cl"] == b["format_cl"]]
        vints = sorted(r["vintage"] for r in same if r["vintage"] is not None)
        others = sorted(r["id"] for r in same if r["id"] != bid)
        if sorted(also or []) != (others if (cv is None or exp == "almost") else []) or len(set(also or [])) != len(also or []):
            errs.append("%r: also_ok %r, want %r" % (lab, also, others if (cv is None or exp == "almost") else []))
        if list(also or []) != sorted(also or [], key=lambda i: int(i[2:])):
            errs.append("%r: also_ok not in id order" % lab)
        if exp == "yes":
            if cv is not None and b["vintage"] != cv:
                errs.append("%r: yes but %s is %r, label %r" % (lab, bid, b["vintage"], cv))
            if cv is None and vints and b["vintage"] != vints[-1]:
                errs.append("%r: no vintage on label, %s is not the most recent" % (lab, bid))
        else:
            if cv is None or cv in vints or not vints:
                errs.append("%r: almost needs a label vintage the wine lacks" % lab)
            else:
                best = sorted(vints, key=lambda v: (abs(v - cv), -v))[0]
                if b["vintage"] != best:
                    errs.append("%r: almost should point to %s" % (lab, best))
        if conn == "bar":
            col_dept = {"rouge": "V1", "blanc": "V2", "rosé": "V3", "liquoreux": "V4", "effervescent": "V5"}
            d = lab.split()[0]
            if b["category"] in ("vin", "champagne") and d != col_dept[b["colour"]] and not (b["category"] == "champagne" and d == "V5"):
                errs.append("%r: department %s for a %s wine" % (lab, d, b["colour"]))
            if b["category"] == "bière" and d != ("B1" if b["format_cl"] >= 1000 else "B2"):
                errs.append("%r: beer in department %s" % (lab, d))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases: %d (280-300)" % n)
    tot = {e: sum(v for (c, x), v in counts.items() if x == e) for e in ("yes", "almost", "none")}
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if n and not lo <= 100.0 * tot[e] / n <= hi:
            errs.append("%s: %.1f %% (%d-%d)" % (e, 100.0 * tot[e] / n, lo, hi))
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if not counts.get((t, e)):
                errs.append("till %s has no %s case" % (t, e))
    extra = {c for c, _ in counts} - set(TILLS)
    if extra:
        errs.append("unknown connections %s" % sorted(extra))
    return errs, counts, n


def selftest(lib_lines, case_lines):
    ok = True
    errs, _, _ = check(lib_lines, case_lines)
    print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
    ok &= not errs
    L = [json.loads(l) for l in lib_lines if l]
    C = [json.loads(l) for l in case_lines if l]

    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows] + [""]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, lib=None, cases=None, raw_lib=None, raw_cases=None):
        breaks.append((name, raw_lib or dump(lib if lib is not None else L), raw_cases or dump(cases if cases is not None else C)))

    c = copy.deepcopy(C); c[0] = {k: c[0][k] for k in reversed(CASE_FIELDS)}; brk("case field order", cases=c)
    l = copy.deepcopy(L); l[4]["id"] = "ld099"; brk("library id out of sequence", lib=l)
    l = copy.deepcopy(L); l[0]["colour"] = "red"; brk("unknown colour", lib=l)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and x["vintage"]); c[i]["vintage"] += 1; brk("vintage not on label", cases=c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and x["also_ok"]); c[i]["also_ok"] = []; brk("also_ok dropped", cases=c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "almost" and x["also_ok"]); c[i]["beverage_id"], c[i]["also_ok"] = c[i]["also_ok"][0], [c[i]["beverage_id"]]; brk("almost not nearest", cases=c)
    c = copy.deepcopy(C); i = first(lambda x: x["units_per_sale"] not in (None, 1)); c[i]["units_per_sale"] = 0.2; brk("units vs printed measure", cases=c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "none"); c[i]["beverage_id"] = "ld001"; brk("none with an id", cases=c)
    c = copy.deepcopy(C); c[5]["label"] = c[4]["label"]; brk("duplicate label", cases=c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "bar"); c[i]["label"] = c[i]["label"].lower(); brk("bar form (case)", cases=c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "groupes"); c[i]["label"] = c[i]["label"].replace(";", ",", 1); brk("groupes form (columns)", cases=c)
    c = copy.deepcopy(C); i = first(lambda x: x["connection"] == "tablette"); c[i]["label"] = "T99 Bob: " + c[i]["label"].split(": ", 1)[1]; brk("tablette form (staff)", cases=c)
    c = copy.deepcopy(C); i = first(lambda x: x["expect"] == "yes" and x["units_per_sale"] == 1 and "MAG" in x["label"]); c[i]["beverage_id"] = "ld001"; brk("format of label vs entry", cases=c)
    c = copy.deepcopy(C)[:250]; brk("too few cases / shares", cases=c)
    c = [x for x in copy.deepcopy(C) if not (x["connection"] == "groupes" and x["expect"] == "almost")]; brk("till without almost", cases=c)
    raw = list(lib_lines); raw[3] = raw[3][:-1]; brk("bad JSON", raw_lib=raw)
    l = copy.deepcopy(L); l[-1]["category"] = "soft"; l[-1]["colour"] = "blanc"; brk("soft with a colour", lib=l)
    for name, ll, cc in breaks:
        errs, _, _ = check(ll, cc)
        print("%-28s %s" % (name, "reported: " + errs[0] if errs else "NOT REPORTED"))
        ok &= bool(errs)
    print("selftest %s (%d kinds of break)" % ("passed" if ok else "FAILED", len(breaks)))
    return ok


def main():
    lib_lines = load(os.path.join(HERE, "lourdes_library.jsonl"))
    case_lines = load(os.path.join(HERE, "lourdes_cases.jsonl"))
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_lines, case_lines) else 1)
    errs, counts, n = check(lib_lines, case_lines)
    for e in errs:
        print("ERROR", e)
    print("%d cases" % n)
    for t in TILLS:
        print("  %-9s yes %3d  almost %3d  none %3d" % (t, counts.get((t, "yes"), 0), counts.get((t, "almost"), 0), counts.get((t, "none"), 0)))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
