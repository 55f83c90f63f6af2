"""Check arcachon_library.jsonl and arcachon_cases.jsonl from the two files alone.

    python3 check_arcachon.py             # check the files, print counts
    python3 check_arcachon.py --selftest  # break copies on purpose, show each is caught
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
WINE_CATS = {"vin", "champagne"}

K_FAM = {"BL ": "b", "RG ": "r", "RS ": "rs", "LIQ ": "lq", "BULL ": "bul", "APE ": "ape",
         "ALC ": "alc", "BIERE/": "bier", "SOFT ": "soft", "HUIT ": "huit",
         "CUIS ": "cuis", "CAFE ": "cafe", "DIV ": "div"}
B_FAM = {"VIN BLANC": "b", "VIN ROUGE": "r", "VIN ROSE": "rs", "MOELLEUX": "lq",
         "BULLES": "bul", "APERITIF": "ape", "DIGESTIF": "alc", "BIERE": "bier",
         "SANS ALCOOL": "soft", "HUITRES": "huit", "SNACK": "cuis", "CAFE": "cafe",
         "DIVERS": "div"}
WINE_FAMS = {"b", "r", "rs", "lq", "bul"}
K_WIDTH = 20


def entry_family(e):
    if e["category"] == "champagne" or (e["appellation"] or "").startswith("Crémant"):
        return "bul"
    if e["category"] == "vin":
        return {"blanc": "b", "rouge": "r", "rosé": "rs", "liquoreux": "lq",
                "effervescent": "bul"}.get(e["colour"], "?")
    if e["category"] == "autre" or e["name"].startswith("Pastis"):
        return "ape"
    return {"spiritueux": "alc", "bière": "bier", "soft": "soft"}.get(e["category"], "?")


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])


def drink_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"])


def year(s):
    y = int(s)
    return y if y > 99 else (2000 + y if y <= 30 else 1900 + y)


def read_label(till, label):
    """-> (family, vintage, measure) where measure is ('pour', cl) / ('bottle', cl or None)."""
    fam, vint, meas = None, None, ("bottle", None)
    if till == "K":
        for p, f in K_FAM.items():
            if label.startswith(p):
                fam = f
                body = label[len(p):]
                break
        else:
            return None, None, None
        words = body.split(" ")
        if fam in WINE_FAMS and len(words) > 1 and re.fullmatch(r"\d\d", words[-1]):
            vint = year(words[-1])
            words = words[:-1]
        pre = {"VRE": ("pour", 12.5), "VRE12": ("pour", 12.0), "CP": ("pour", 12.5),
               "PCH50": ("pour", 50.0), "PCH25": ("pour", 25.0), "1/2": ("bottle", 37.5),
               "MAG": ("bottle", 150)}
        post = {"DOSE": ("pour", 4.0), "6CL": ("pour", 6.0), "DEMI": ("beer", 25.0),
                "PINTE": ("beer", 50.0), "33CL": ("bottle", 33), "25CL": ("bottle", 25),
                "50CL": ("bottle", 50), "1L": ("bottle", 100), "70CL": ("bottle", 70)}
        if words[0] in pre and len(words) > 1:
            meas = pre[words[0]]
        elif words[-1] in post and len(words) > 1:
            meas = post[words[-1]]
    elif till == "T":
        body = re.sub(r" \d+,\d\d$", "", label)
        m = re.search(r"'(\d\d)\b", body) or re.search(r"\b(19[5-9]\d|20[0-3]\d)\b", body)
        if m:
            vint = year(m.group(1))
        ends = [("verre 12cl", ("pour", 12.0)), ("verre", ("pour", 12.5)),
                ("coupe", ("pour", 12.5)), ("pichet 50", ("pour", 50.0)),
                ("pichet 25", ("pour", 25.0)), ("1/2 btle", ("bottle", 37.5)),
                ("magnum", ("bottle", 150)), ("dose", ("pour", 4.0)), ("6cl", ("pour", 6.0)),
                ("demi", ("beer", 25.0)), ("pinte", ("beer", 50.0)), ("50cl", ("bottle", 50)),
                ("33cl", ("bottle", 33)), ("25cl", ("bottle", 25)), ("1l", ("bottle", 100))]
        for w, mm in ends:
            if body.endswith(" " + w):
                meas = mm
                break
    else:
        m = re.match(r"^([A-Z ]+) - ", label)
        if not m or m.group(1) not in B_FAM:
            return None, None, None
        fam = B_FAM[m.group(1)]
        y = re.search(r" (19[5-9]\d|20[0-3]\d)(?= |$)", label)
        if y:
            vint = int(y.group(1))
        ends = [("VERRE 12CL", ("pour", 12.0)), ("VERRE 6CL", ("pour", 6.0)),
                ("VERRE", ("pour", 12.5)), ("CP 12,5CL", ("pour", 12.5)),
                ("PICHET 50CL", ("pour", 50.0)), ("PICHET 25CL", ("pour", 25.0)),
                ("DOSE 4CL", ("pour", 4.0)), ("DEMI 25CL", ("beer", 25.0)),
                ("PINTE 50CL", ("beer", 50.0)), ("BTL 37,5CL", ("bottle", 37.5)),
                ("MAG 150CL", ("bottle", 150)), ("BTL 50CL", ("bottle", 50)),
                ("BTL 75CL", ("bottle", 75)), ("BTL 33CL", ("bottle", 33)),
                ("BTL 25CL", ("bottle", 25)), ("BTL 1L", ("bottle", 100)),
                ("BTL 70CL", ("bottle", 70))]
        for w, mm in ends:
            if label.endswith(" " + w):
                meas = mm
                break
    return fam, vint, meas


def check(lib_lines, case_lines):
    err = []
    lib, cases = [], []
    for i, l in enumerate(lib_lines):
        try:
            lib.append(json.loads(l))
        except ValueError:
            err.append("library line %d: invalid JSON" % (i + 1))
    for i, l in enumerate(case_lines):
        try:
            cases.append(json.loads(l))
        except ValueError:
            err.append("cases line %d: invalid JSON" % (i + 1))
    # --- library
    if not 110 <= len(lib) <= 130:
        err.append("library: %d drinks, want 110-130" % len(lib))
    byid = {}
    for n, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            err.append("library %s: fields %s" % (e.get("id"), list(e)))
            continue
        if e["id"] != "ac%03d" % n:
            err.append("library: id %s at position %d" % (e["id"], n))
        byid[e["id"]] = e
        if e["category"] not in CATS:
            err.append("%s: category %r" % (e["id"], e["category"]))
        if e["category"] in WINE_CATS:
            if e["colour"] not in COLOURS:
                err.append("%s: colour %r" % (e["id"], e["colour"]))
        elif e["colour"] is not None:
            err.append("%s: colour on a %s" % (e["id"], e["category"]))
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1950 <= e["vintage"] <= 2030):
            err.append("%s: vintage %r" % (e["id"], e["vintage"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            err.append("%s: format %r" % (e["id"], e["format_cl"]))
        if e["category"] == "bière" and e["format_cl"] >= 1000 and e["format_cl"] not in (2000, 3000):
            err.append("%s: keg of %s cl" % (e["id"], e["format_cl"]))
    keyset = Counter((wine_key(e), e["vintage"]) for e in byid.values())
    for k, c in keyset.items():
        if c > 1:
            err.append("library: %s held twice" % (k,))
    groups = defaultdict(list)
    formats = defaultdict(set)
    for e in byid.values():
        groups[wine_key(e)].append(e)
        formats[drink_key(e)].add(e["format_cl"])
    # --- cases
    if not 280 <= len(cases) <= 300:
        err.append("cases: %d, want 280-300" % len(cases))
    labels = Counter(c.get("label") for c in cases)
    for l, n in labels.items():
        if n > 1:
            err.append("duplicate label %r" % l)
    for c in cases:
        if list(c) != CASE_FIELDS:
            err.append("case %r: fields %s" % (c.get("label"), list(c)))
            continue
        err.extend(check_case(c, byid, groups, formats))
    # --- counts
    cnt = Counter((c.get("connection"), c.get("expect")) for c in cases)
    for t in "KTB":
        for x in ("yes", "almost", "none"):
            if not cnt[(t, x)]:
                err.append("till %s has no %s" % (t, x))
    tot = Counter(c.get("expect") for c in cases)
    n = max(1, len(cases))
    for x, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * tot[x] / n <= hi:
            err.append("%s: %.1f %% outside %d-%d %%" % (x, 100.0 * tot[x] / n, lo, hi))
    return err, cnt


def check_case(c, byid, groups, formats):
    err = []
    L, till = c["label"], c["connection"]

    def bad(msg):
        err.append("%s %r: %s" % (till, L, msg))

    if till not in ("K", "T", "B"):
        bad("connection")
        return err
    if c["expect"] not in ("yes", "almost", "none"):
        bad("expect")
        return err
    # till form
    if till == "K":
        if L.upper() != L or not L.isascii() or len(L) > K_WIDTH or L.strip() != L:
            bad("not the register's form (ASCII capitals, at most %d)" % K_WIDTH)
    elif till == "T":
        if L.lower() != L or not re.search(r" \d+,\d\d$", L):
            bad("not the tablet's form (lower case, price with a decimal comma)")
    else:
        if re.search(r"[a-z]", L) or not L.isascii():
            bad("not the hut till's form (ASCII capitals)")
        name = L.split(" - ", 1)[1] if " - " in L else ""
        if " " in name.split(" ")[0] or not name:
            bad("no dotted name")
    fam, vint, meas = read_label(till, L)
    if till in ("K", "B") and fam is None:
        bad("no family prefix")
        return err
    if c["vintage"] != vint:
        bad("vintage %r, label says %r" % (c["vintage"], vint))
    if till == "B" and "N.V." in L and (fam != "bul" or vint is not None):
        bad("N.V. on a non-bubble or with a vintage")
    if c["expect"] == "none":
        if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
            bad("none with an answer")
        return err
    e = byid.get(c["beverage_id"])
    if e is None:
        bad("unknown beverage_id")
        return err
    if fam is not None and fam != entry_family(e):
        bad("family %s but the entry is %s" % (fam, entry_family(e)))
    group = sorted(groups[wine_key(e)], key=lambda x: x["vintage"] or 0)
    held = [x["vintage"] for x in group]
    others = sorted(x["id"] for x in group if x["id"] != e["id"])
    lv = c["vintage"]
    if c["expect"] == "yes":
        if lv is not None and held != [None]:
            if e["vintage"] != lv:
                bad("yes: entry vintage %r, label %r" % (e["vintage"], lv))
            if c["also_ok"]:
                bad("yes with a vintage: also_ok must be empty")
        else:
            if e["vintage"] != held[-1]:
                bad("yes without vintage: not the most recent")
            if sorted(c["also_ok"]) != others:
                bad("also_ok %s, want %s" % (c["also_ok"], others))
    else:
        if lv is None or lv in held or None in held:
            bad("almost but the vintage is held or absent")
        else:
            best = sorted(held, key=lambda x: (abs(x - lv), -x))[0]
            if e["vintage"] != best:
                bad("almost: nearest is %r, not %r" % (best, e["vintage"]))
            if sorted(c["also_ok"]) != others:
                bad("also_ok %s, want %s" % (c["also_ok"], others))
    # format and units against the measure printed
    kind, vol = meas
    f = e["format_cl"]
    u = c["units_per_sale"]
    wine = e["category"] in WINE_CATS
    fmts = formats[drink_key(e)]
    if kind == "beer":
        if wine and vol == 25.0:
            kind, vol = "bottle", 37.5
        elif e["category"] != "bière" or f < 1000:
            bad("draught measure not from a keg")
    if kind in ("pour", "beer"):
        if kind == "pour" and wine and not (f == 75 or fmts == {f}):
            bad("a pour not from the ordinary bottle")
        if kind == "pour" and not wine and len([x for x in fmts if x < 1000]) > 1 and f not in (70, 75, 100):
            bad("a pour from an odd bottle")
        want = round(vol / f, 4)
        if u != want:
            bad("units %r, want %r (%s cl of %s cl)" % (u, want, vol, f))
    else:
        if u != 1:
            bad("bottle units %r" % u)
        want_f = vol if vol is not None else (75 if wine else None)
        if want_f is not None and f != want_f:
            bad("format %s cl, label says %s cl" % (f, want_f))
        if want_f is None and f >= 1000:
            bad("a bottle label pointed at a keg")
    if isinstance(u, float) and round(u, 4) != u:
        bad("units not to 4 decimals")
    return err


def load():
    with open(os.path.join(HERE, "arcachon_library.jsonl"), encoding="utf-8") as fh:
        lib = fh.read().splitlines()
    with open(os.path.join(HERE, "arcachon_cases.jsonl"), encoding="utf-8") as fh:
        cases = fh.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    err, _ = check(lib, cases)
    assert not err, err
    print("clean files: pass")
    C = [json.loads(l) for l in cases]

    def find(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def mut_case(pred, fn):
        def go(lb, cs):
            i = find(pred)
            c = json.loads(cs[i])
            fn(c)
            cs[i] = json.dumps(c, ensure_ascii=False)
        return go

    def mut_lib(i, fn):
        def go(lb, cs):
            e = json.loads(lb[i])
            fn(e)
            lb[i] = json.dumps(e, ensure_ascii=False)
        return go

    def swap_fields(c):
        items = list(c.items())
        items[0], items[1] = items[1], items[0]
        c.clear()
        c.update(items)

    def set_(k, v):
        return lambda c: c.__setitem__(k, v)

    {json.loads(l)["name"] + "|" + str(json.loads(l)["vintage"]) + "|" + str(json.loads(l)["format_cl"]): json.loads(l)["id"] for l in lib}
    breaks = [
        ("invalid JSON", lambda lb, cs: cs.__setitem__(3, cs[3][:-2])),
        ("case fields out of order", mut_case(lambda c: True, swap_fields)),
        ("library id out of sequence", mut_lib(5, set_("id", "ac099"))),
        ("unknown colour", mut_lib(0, set_("colour", "orange"))),
        ("almost pointed at the farther vintage",
         mut_case(lambda c: c["label"] == "RG TOUR DE BY 18",
                  lambda c: (c.__setitem__("beverage_id", "ac052"), c.__setitem__("also_ok", ["ac053"])))),
        ("also_ok emptied", mut_case(lambda c: c["expect"] == "yes" and c["also_ok"], set_("also_ok", []))),
        ("yes on another vintage", mut_case(lambda c: c["label"] == "RG POTENSAC 18", set_("beverage_id", "ac050"))),
        ("glass units", mut_case(lambda c: c["units_per_sale"] == 0.1667, set_("units_per_sale", 0.16))),
        ("vintage field vs label", mut_case(lambda c: c["vintage"] == 2022, set_("vintage", 2021))),
        ("none with an answer", mut_case(lambda c: c["expect"] == "none", set_("beverage_id", "ac001"))),
        ("magnum pointed at the bottle",
         mut_case(lambda c: c["label"] == "RG MAG ROCHEMORIN 16",
                  lambda c: (c.__setitem__("beverage_id", "ac038"), c.__setitem__("expect", "almost"),
                             c.__setitem__("also_ok", ["ac039"])))),
        ("register label in mixed case", mut_case(lambda c: c["connection"] == "K", lambda c: c.__setitem__("label", c["label"].title()))),
        ("register label too long", mut_case(lambda c: c["label"] == "BL CHFONTENILLE 24", set_("label", "BL CHFONTENILLE BLANC 24"))),
        ("tablet label without price", mut_case(lambda c: c["connection"] == "T", lambda c: c.__setitem__("label", c["label"].rsplit(" ", 1)[0] + " x"))),
        ("duplicate label", lambda lb, cs: cs.__setitem__(1, cs[0])),
        ("family code against the colour", mut_case(lambda c: c["label"] == "BL CHOLIVIER 20" or c["label"] == "RG CHOLIVIER 18", set_("beverage_id", "ac023"))),
        ("demi units", mut_case(lambda c: c["label"] == "BIERE/PELFORTH DEMI", set_("units_per_sale", 0.0125))),
        ("demi of a bottled beer", mut_case(lambda c: c["label"] == "BIERE/1664 DEMI", set_("beverage_id", "ac097"))),
        ("too few cases", lambda lb, cs: cs.__delitem__(slice(0, 40))),
        ("a till without almost", lambda lb, cs: cs.__setitem__(slice(None), [l for l in cs if not (json.loads(l)["connection"] == "B" and json.loads(l)["expect"] == "almost")])),
    ]
    failed = 0
    for name, fn in breaks:
        lb, cs = list(lib), list(cases)
        try:
            fn(lb, cs)
        except StopIteration:
            print("  %-40s COULD NOT APPLY" % name)
            failed += 1
            continue
        e, _ = check(lb, cs)
        print("  %-40s %s" % (name, ("caught: " + e[0])[:110] if e else "NOT CAUGHT"))
        failed += not e
    print("%d breaks, %d not caught" % (len(breaks), failed))
    return failed == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    err, cnt = check(lib, cases)
    for e in err:
        print(e)
    print("till  yes almost none total")
    for t in "KTB":
        r = [cnt[(t, x)] for x in ("yes", "almost", "none")]
        print("%-4s %4d %6d %4d %5d" % (t, r[0], r[1], r[2], sum(r)))
    print("errors:", len(err))
    sys.exit(1 if err else 0)


if __name__ == "__main__":
    main()
