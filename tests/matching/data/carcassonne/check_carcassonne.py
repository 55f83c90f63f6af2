#!/usr/bin/env python3
"""Check the Carcassonne blind set from its two jsonl files alone (does not import the build).

    python3 check_carcassonne.py [library.jsonl cases.jsonl]
    python3 check_carcassonne.py --selftest
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
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("SALLE", "BAR", "BOUTIQUE")
BAR_WIDTH = 18
BAR_CODES = {"BT", "1/2", "DEMI", "MG", "VR", "V15", "CP", "P25", "P50", "DS", "PT"}
STOP = {"chateau", "domaine", "maison", "cuvee", "brut", "rouge", "blanc", "rose", "tinto",
        "blanco", "rosado", "botella", "copa", "jarra", "demi", "pinte"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


# ----------------------------------------------------------------- reading a label
def read_vintage(conn, label):
    if conn == "SALLE":
        m = re.search(r"\((\d{4})\)", label)
        return int(m.group(1)) if m else None
    if conn == "BAR":
        t = label.split()
        if len(t) > 1 and len(t[-1]) == 2 and t[-1].isdigit():
            return 2000 + int(t[-1])
        return None
    f = label.split(";")
    return int(f[2]) if len(f) == 4 and f[2] else None


def read_measure(conn, label, category):
    """('bottle', cl or None for the ordinary bottle) or ('pour', cl) or ('draught', cl)."""
    wine = category in ("vin", "champagne")
    if conn == "SALLE":
        serving = label.rsplit(" · ", 1)[1]
        m = re.fullmatch(r"(botella|botellín) (\d+(?:,\d+)?)cl", serving)
        if m:
            return ("bottle", float(m.group(2).replace(",", ".")))
        table = {"botella": ("bottle", None), "media botella": ("bottle", 37.5),
                 "mágnum": ("bottle", 150.0), "copa": ("pour", 12.5), "copa 15cl": ("pour", 15.0),
                 "flauta": ("pour", 12.5), "jarra 25cl": ("pour", 25.0),
                 "jarra 50cl": ("pour", 50.0), "chupito 4cl": ("pour", 4.0),
                 "demi": ("draught", 25.0), "pinte": ("draught", 50.0)}
        return table[serving]
    if conn == "BAR":
        code = label.split()[0]
        m = re.fullmatch(r"BT(\d+)", code)
        if m:
            v = m.group(1)
            return ("bottle", float(v) if v != "355" else 35.5)
        if code == "DEMI":
            return ("bottle", 37.5) if wine else ("draught", 25.0)
        table = {"BT": ("bottle", None), "1/2": ("bottle", 37.5), "MG": ("bottle", 150.0),
                 "VR": ("pour", 12.5), "V15": ("pour", 15.0), "CP": ("pour", 12.5),
                 "P25": ("pour", 25.0), "P50": ("pour", 50.0), "DS": ("pour", 4.0),
                 "PT": ("draught", 50.0)}
        return table[code]
    cont = label.split(";")[3]
    m = re.fullmatch(r"(\d+(?:,\d+)?) cl", cont)
    return ("bottle", float(m.group(1).replace(",", ".")))


def ean_ok(code):
    if not re.fullmatch(r"\d{13}", code):
        return False
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(code[:12]))
    return (10 - s % 10) % 10 == int(code[12])


# ----------------------------------------------------------------- the checks
def check(lib_lines, case_lines):
    err = []
    lib, cases = [], []
    for n, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            err.append("library line %d: not JSON" % n)
            continue
        if list(e) != LIB_FIELDS:
            err.append("library line %d: fields %s" % (n, list(e)))
        lib.append(e)
    for n, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            err.append("cases line %d: not JSON" % n)
            continue
        if list(c) != CASE_FIELDS:
            err.append("cases line %d: fields %s" % (n, list(c)))
        cases.append(c)
    if err:
        return err
    if not 110 <= len(lib) <= 130:
        err.append("%d drinks, not 110-130" % len(lib))
    byid, seen = {}, set()
    for n, e in enumerate(lib, 1):
        if e["id"] != "cc%03d" % n:
            err.append("id %s out of sequence (expected cc%03d)" % (e["id"], n))
        byid[e["id"]] = e
        if e["category"] not in CATEGORIES:
            err.append("%s: category %r" % (e["id"], e["category"]))
        wine = e["category"] in ("vin", "champagne")
        if wine and e["colour"] not in COLOURS:
            err.append("%s: a wine without a colour" % e["id"])
        if not wine and e["colour"] is not None:
            err.append("%s: a colour on a %s" % (e["id"], e["category"]))
        if e["format_cl"] >= 2000 and e["category"] != "bière":
            err.append("%s: a keg that is no beer" % e["id"])
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1950 <= e["vintage"] <= 2030):
            err.append("%s: vintage %r" % (e["id"], e["vintage"]))
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen:
            err.append("%s: the same wine twice" % e["id"])
        seen.add(k)

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    groups = {}
    for e in lib:
        groups.setdefault(wine_key(e), []).append(e)

    if not 280 <= len(cases) <= 300:
        err.append("%d cases, not 280-300" % len(cases))
    labels = set()
    tally = {}
    ean_cont = {}
    for c in cases:
        lab, conn, exp = c["label"], c["connection"], c["expect"]
        where = "%s %r" % (conn, lab)
        if lab in labels or lab.rstrip() in {x.rstrip() for x in labels}:
            err.append("%s: label twice" % where)
        labels.add(lab)
        if conn not in TILLS:
            err.append("%s: unknown connection" % where)
            continue
        tally[(conn, exp)] = tally.get((conn, exp), 0) + 1
        if exp not in ("yes", "almost", "none"):
            err.append("%s: expect %r" % (where, exp))
            continue
        if not isinstance(c["note"], str) or not c["note"]:
            err.append("%s: no note" % where)
        # till form
        if conn == "BAR":
            if len(lab) != BAR_WIDTH:
                err.append("%s: BAR label not %d columns" % (where, BAR_WIDTH))
            if lab != lab.upper() or any(ord(ch) > 127 for ch in lab):
                err.append("%s: BAR label not 7-bit capitals" % where)
            if exp != "none" and lab.split()[0] not in BAR_CODES and not re.fullmatch(r"BT\d+", lab.split()[0]):
                err.append("%s: BAR label without a measure code" % where)
        elif conn == "SALLE":
            if exp != "none" and " · " not in lab:
                err.append("%s: SALLE label without ' · serving'" % where)
            if re.search(r"\(\d{2}\)", lab) or re.search(r"'\d{2}", lab):
                err.append("%s: SALLE vintage not in four digits" % where)
        else:
            f = lab.split(";")
            if len(f) != 4:
                err.append("%s: BOUTIQUE label not 4 fields" % where)
                continue
            if not ean_ok(f[0]):
                err.append("%s: bad EAN-13" % where)
            if f[2] and not re.fullmatch(r"(19|20)\d\d", f[2]):
                err.append("%s: bad vintage field" % where)
            if ean_cont.setdefault(f[0], f[3]) != f[3]:
                err.append("%s: one EAN for two contenances" % where)
        v = read_vintage(conn, lab)
        if v != c["vintage"]:
            err.append("%s: vintage %r, label says %r" % (where, c["vintage"], v))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err.append("%s: none with an id, also_ok or units" % where)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            err.append("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        fam = groups[wine_key(e)]
        same_fmt = sorted([x for x in fam if x["format_cl"] == e["format_cl"]],
                          key=lambda x: x["vintage"] or 0, reverse=True)
        others = [x["id"] for x in same_fmt if x["id"] != e["id"]]
        # measure and units
        try:
            kind, vol = read_measure(conn, lab, e["category"])
        except (KeyError, IndexError, AttributeError):
            err.append("%s: no measure the till knows" % where)
            continue
        fmts = sorted({x["format_cl"] for x in fam})
        if kind == "bottle":
            if vol is None:
                if e["category"] in ("vin", "champagne"):
                    want = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
                else:
                    small = [f for f in fmts if f < 2000]
                    want = small[0] if len(small) == 1 else None
            else:
                want = vol
            if want is None or float(e["format_cl"]) != float(want):
                err.append("%s: bottle of %s cl answered with the %s cl entry" % (where, want, e["format_cl"]))
            if c["units_per_sale"] != 1:
                err.append("%s: a bottle is 1 unit, not %r" % (where, c["units_per_sale"]))
        else:
            if kind == "draught":
                if e["format_cl"] < 2000:
                    err.append("%s: a draught pour answered with a bottle" % where)
            else:
                src = 75 if 75 in fmts else [f for f in fmts if f not in (37.5, 150) and f < 2000]
                if src != 75:
                    src = src[0] if len(src) == 1 else None
                if src is None or float(e["format_cl"]) != float(src):
                    err.append("%s: a pour answered with the %s cl entry" % (where, e["format_cl"]))
                if vol == 4.0 and e["category"] not in ("spiritueux", "autre"):
                    err.append("%s: a dose of a %s" % (where, e["category"]))
            units = round(vol / e["format_cl"], 4)
            if c["units_per_sale"] != units:
                err.append("%s: units %r, measure says %r" % (where, c["units_per_sale"], units))
        # yes / almost
        held = [x["vintage"] for x in same_fmt]
        if exp == "yes":
            if v is not None:
                if e["vintage"] != v:
                    err.append("%s: yes on vintage %r, label %r" % (where, e["vintage"], v))
                if c["also_ok"]:
                    err.append("%s: yes with a vintage and an also_ok" % where)
            else:
                if e["id"] != same_fmt[0]["id"]:
                    err.append("%s: yes without vintage not on the most recent" % where)
                if c["also_ok"] != others:
                    err.append("%s: also_ok %r, expected %r" % (where, c["also_ok"], others))
        else:
            if v is None or v in held or None in held:
                err.append("%s: almost without a missing vintage" % where)
            else:
                best = min(held, key=lambda y: (abs(y - v), -y))
                if e["vintage"] != best:
                    err.append("%s: almost on %r, nearest is %r" % (where, e["vintage"], best))
            if c["also_ok"] != others:
                err.append("%s: also_ok %r, expected %r" % (where, c["also_ok"], others))
        # a word or a four-letter stem shared with the entry
        lw = {w for w in words(lab) if len(w) >= 3 and not w.isdigit() and w not in STOP}
        ew = {w for w in words(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation")))
              if len(w) >= 3 and w not in STOP}
        shared = any(a == b or (len(a) >= 3 and b.startswith(a)) or (len(b) >= 4 and b[:4] in a)
                     or (len(a) >= 4 and a[:4] == b[:4]) for a in lw for b in ew)
        if not shared:
            err.append("%s: shares no word with %s" % (where, e["name"]))
    for conn in TILLS:
        for a in ("yes", "almost", "none"):
            if not tally.get((conn, a)):
                err.append("till %s has no %s" % (conn, a))
    n = len(cases) or 1
    share = {a: sum(v for (t, x), v in tally.items() if x == a) / n for a in ("yes", "almost", "none")}
    for a, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[a] <= hi:
            err.append("%s share %.3f outside %.2f-%.2f" % (a, share[a], lo, hi))
    return err


def load(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def dump(objs):
    return [json.dumps(o, ensure_ascii=False) for o in objs]


def selftest(lib_lines, case_lines):
    base = check(lib_lines, case_lines)
    if base:
        print("clean files FAIL:\n" + "\n".join(base))
        return 1
    print("clean files: OK")
    lib = [json.loads(x) for x in lib_lines]
    cases = [json.loads(x) for x in case_lines]

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    breaks = []

    def brk(name, f):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        extra = f(L, C)
        ll, cl = dump(L), dump(C)
        if extra:
            ll, cl = extra(ll, cl)
        breaks.append((name, check(ll, cl)))

    glass = first(lambda c: c["connection"] == "BAR" and c["label"].startswith("VR ") and c["expect"] == "yes")
    alm = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    cut = first(lambda c: "cut off by the till" in c["note"])
    none = first(lambda c: c["expect"] == "none")
    bar = first(lambda c: c["connection"] == "BAR" and c["expect"] == "yes")
    half = first(lambda c: c["connection"] == "BOUTIQUE" and c["label"].endswith(";37,5 cl") and c["expect"] == "yes")
    noyv = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    pint = first(lambda c: c["connection"] == "BAR" and c["label"].startswith("PT ") and c["expect"] == "yes")
    beer = next(i for i, e in enumerate(lib) if e["category"] == "bière")
    shop = first(lambda c: c["connection"] == "BOUTIQUE" and c["expect"] == "yes")
    salle = first(lambda c: c["connection"] == "SALLE" and c["expect"] == "yes")
    yv = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None)

    def entry_id(pred):
        return next(e["id"] for e in lib if pred(e))

    brk("glass units", lambda L, C: C[glass].update(units_per_sale=0.2))
    brk("almost on the farther vintage", lambda L, C: C[alm].update(beverage_id=C[alm]["also_ok"][-1], also_ok=[C[alm]["beverage_id"], *C[alm]["also_ok"][:-1]]))
    brk("cut vintage kept", lambda L, C: C[cut].update(vintage=2019))
    brk("none with an id", lambda L, C: C[none].update(beverage_id="cc001"))
    brk("BAR label in lower case", lambda L, C: C[bar].update(label=C[bar]["label"].lower()))
    brk("BAR label too long", lambda L, C: C[bar].update(label=C[bar]["label"] + "X"))
    brk("fields out of order", lambda L, C: C.__setitem__(0, dict(reversed(list(C[0].items())))))
    brk("half answered with the 75 cl", lambda L, C: C[half].update(beverage_id=entry_id(
        lambda e: e["name"] == L[int(C[half]["beverage_id"][2:]) - 1]["name"] and e["format_cl"] == 75)))
    brk("also_ok dropped", lambda L, C: C[noyv].update(also_ok=[]))
    brk("draught pint on a bottle", lambda L, C: C[pint].update(beverage_id=entry_id(lambda e: e["format_cl"] == 33 and e["category"] == "bière")))
    brk("label twice", lambda L, C: C.__setitem__(1, dict(C[1], label=C[0]["label"])))
    brk("library id out of sequence", lambda L, C: L[5].update(id="cc099"))
    brk("colour on a beer", lambda L, C: L[beer].update(colour="blanc"))
    brk("bad EAN check digit", lambda L, C: C[shop].update(label=C[shop]["label"][:12] + str((int(C[shop]["label"][12]) + 1) % 10) + C[shop]["label"][13:]))
    brk("SALLE label without serving", lambda L, C: C[salle].update(label=C[salle]["label"].split(" · ")[0]))
    brk("yes with vintage and also_ok", lambda L, C: C[yv].update(also_ok=["cc001"]))
    brk("label sharing no word", lambda L, C: C[bar].update(label=("VR ZZZZ QQQQ " + C[bar]["label"].split()[-1]).ljust(18)))
    brk("not JSON", lambda L, C: (lambda ll, cl: (ll, [*cl[:3], "{oops", *cl[4:]])))
    failed = 0
    for name, errs in breaks:
        status = "reported" if errs else "MISSED"
        if not errs:
            failed += 1
        print("break %-32s %s%s" % (name, status, (": " + errs[0]) if errs else ""))
    print("%d breaks, %d missed" % (len(breaks), failed))
    return 1 if failed else 0


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    libp = args[0] if args else os.path.join(HERE, "carcassonne_library.jsonl")
    casp = args[1] if len(args) > 1 else os.path.join(HERE, "carcassonne_cases.jsonl")
    lib_lines, case_lines = load(libp), load(casp)
    if "--selftest" in argv:
        return selftest(lib_lines, case_lines)
    errs = check(lib_lines, case_lines)
    if errs:
        print("\n".join(errs))
        print("%d problems" % len(errs))
        return 1
    cases = [json.loads(x) for x in case_lines]
    print("OK: %d drinks, %d cases" % (len(lib_lines), len(cases)))
    for t in TILLS:
        print("  %-9s" % t, " ".join("%s %d" % (a, sum(1 for c in cases if c["connection"] == t and c["expect"] == a)) for a in ("yes", "almost", "none")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
