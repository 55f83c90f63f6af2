#!/usr/bin/env python3
"""Check pub_library.jsonl and pub_cases.jsonl on their own, without the build.

Reads each label the way its till prints it (family code, measure, vintage, size, price)
and checks the answer against the bench README's rules and this set's interpretations.
`python3 check_pub.py` prints the errors (exit 1) or a summary; `--selftest` breaks copies
of the cases on purpose and shows that each break is reported.
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
KEGS = (2000, 3000)

BAR_FAM = {"BIE": {"bière"}, "CID": {"autre"}, "WHI": {"spiritueux"}, "BOU": {"spiritueux"},
           "GIN": {"spiritueux"}, "RHU": {"spiritueux"}, "VIN": {"vin"}, "CHA": {"champagne"},
           "SOF": {"soft"}, "CUI": set(), "CAF": set(), "CKT": set(), "DIV": set()}
BAR_MEAS = {"DEMI": ("draught", 25), "PINTE": ("draught", 50), "VRE": ("pour", 12.5),
            "CP": ("pour", 12.5), "2CL": ("pour", 2), "4CL": ("pour", 4), "DOSE": ("pour", 4),
            "1/2": ("size", 37.5), "MAG": ("size", 150), "1L": ("size", 100)}
BAR_NAME_NUMBERS = {"DUBH", "BEEFEATER", "CHARLOTTE", "W.TURKEY"}  # `OLA DUBH 12`, `W.TURKEY 81`
TAB_MEAS = {"glass 175ml": ("pour", 17.5), "half btl": ("size", 37.5), "pint": ("draught", 56.8),
            "half": ("draught", 28.4), "btl": ("container", None), "can": ("container", None),
            "glass": ("pour", 12.5), "coupe": ("pour", 12.5), "shot": ("pour", 4),
            "double": ("pour", 8), "magnum": ("size", 150), "50cl": ("size", 50),
            "1l": ("size", 100)}
APP_CAT = {"Beers": {"bière"}, "Ciders": {"autre"}, "Wines": {"vin"},
           "Champagne": {"champagne"}, "Soft Drinks": {"soft"}, "Food": set(),
           "Bundles": set(), "Services": set()}
APP_RE = re.compile(r"^(%s) > (.+?)(?: \((\d+(?:,\d+)?cl|1L)\))?$" % "|".join(APP_CAT))
YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
MEASURE_CATS = {"draught": {"bière", "autre"}}
POUR_CATS = {"VRE": {"vin"}, "CP": {"champagne"}, "glass": {"vin", "champagne"},
             "glass 175ml": {"vin"}, "coupe": {"champagne"}, "2CL": {"spiritueux"},
             "4CL": {"spiritueux"}, "DOSE": {"spiritueux"}, "shot": {"spiritueux"},
             "double": {"spiritueux"}}


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(line, object_pairs_hook=lambda p: p) for line in fh]


def words(text):
    t = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return [w for w in re.split(r"[^A-Z0-9]+", t.upper().replace("'", "")) if w]


def parse(label, conn, err):
    """-> (family/category, measure word, kind, volume, vintage, body words)"""
    if conn == "BAR":
        if len(label) > 22:
            err("BAR label longer than 22")
        if label != label.upper() or not label.isascii() or "'" in label:
            err("BAR label not plain capitals")
        m = re.match(r"^([A-Z]{3})-(.*)$", label)
        if not m or m.group(1) not in BAR_FAM:
            err("BAR label without a family code")
            return None, None, None, None, None, []
        fam, rest = m.group(1), m.group(2).split()
        meas, kind, vol = None, None, None
        if rest and (rest[0] in BAR_MEAS or re.fullmatch(r"\d+CL", rest[0])):
            meas = rest.pop(0)
            kind, vol = BAR_MEAS.get(meas) or ("size", float(meas[:-2]))
        elif fam in ("VIN", "CHA"):
            kind, vol = "size", 75
        vint = None
        if rest and re.fullmatch(r"\d\d", rest[-1]) and not (
                len(rest) > 1 and rest[-2] in BAR_NAME_NUMBERS):
            vint = 2000 + int(rest[-1])
        return fam, meas, kind, vol, vint, rest
    if conn == "TAB":
        if label != label.lower():
            err("TAB label not lower case")
        m = re.match(r"^(.*) (\d+,\d\d)$", label)
        if not m:
            err("TAB label without a price")
            return None, None, None, None, None, []
        body = m.group(1)
        meas, kind, vol = None, None, None
        for w in TAB_MEAS:  # longest words first in the table's order
            if body.endswith(" " + w):
                meas, (kind, vol) = w, TAB_MEAS[w]
                body = body[: -len(w) - 1]
                break
        vint = None
        mv = re.search(r" (?:'(\d\d)|((?:19|20)\d\d))$", body)
        if mv:
            vint = 2000 + int(mv.group(1)) if mv.group(1) else int(mv.group(2))
        return None, meas, kind, vol, vint, body.split()
    if conn == "APP":
        m = APP_RE.match(label)
        if not m:
            err("APP label not `Category > Name (size)`")
            return None, None, None, None, None, []
        cat, name, size = m.groups()
        kind, vol = None, None
        if size:
            kind = "size"
            vol = 100.0 if size == "1L" else float(size[:-2].replace(",", "."))
        ys = YEAR_RE.findall(name)
        return cat, size, kind, vol, (int(ys[-1]) if ys else None), name.split()
    err("unknown connection %r" % conn)
    return None, None, None, None, None, []


def check(lib, cases):
    errors = []
    # --- library -------------------------------------------------------------------------
    by_id = {}
    for n, e in enumerate(lib, 1):
        def lerr(msg, e=e):
            errors.append("library %s: %s" % (dict(e).get("id"), msg))
        if [k for k, _ in e] != LIB_FIELDS:
            lerr("fields %s" % [k for k, _ in e])
        e = dict(e)
        if e["id"] != "o%03d" % n:
            lerr("id out of sequence")
        if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
            lerr("colour or category")
        if (e["colour"] is None) == (e["category"] in ("vin", "champagne")):
            lerr("colour must be set on wines only")
        if not (e["vintage"] is None or isinstance(e["vintage"], int)):
            lerr("vintage")
        f = e["format_cl"]
        if not isinstance(f, (int, float)) or f <= 0 or (f >= 1000 and f not in KEGS):
            lerr("format_cl %r" % f)
        if f in KEGS and e["category"] not in ("bière", "autre"):
            lerr("a keg that is no beer or cider")
        by_id[e["id"]] = e
    if not 110 <= len(lib) <= 150:
        errors.append("library holds %d drinks (110-150)" % len(lib))
    keys = {}
    for e in by_id.values():
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        if (k, e["vintage"]) in keys:
            errors.append("library %s duplicates %s" % (e["id"], keys[(k, e["vintage"])]))
        keys[(k, e["vintage"])] = e["id"]

    def same_wine(e):
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        return [x for x in by_id.values()
                if (x["name"], x["producer"], x["appellation"], x["colour"], x["format_cl"]) == k]

    # --- cases ----------------------------------------------------------------------------
    seen = set()
    for n, c in enumerate(cases, 1):
        label = dict(c).get("label")

        def err(msg, n=n, label=label):
            errors.append("case %d %r: %s" % (n, label, msg))
        if [k for k, _ in c] != CASE_FIELDS:
            err("fields %s" % [k for k, _ in c])
            continue
        c = dict(c)
        if label in seen:
            err("duplicate label")
        seen.add(label)
        fam, meas, kind, vol, vint, body = parse(label, c["connection"], err)
        if c["vintage"] != vint:
            err("vintage %r, the label says %r" % (c["vintage"], vint))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err("a none case names a drink")
            continue
        if c["expect"] not in ("yes", "almost"):
            err("expect %r" % c["expect"])
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            err("unknown beverage_id")
            continue
        cat, f = e["category"], e["format_cl"]
        allowed = BAR_FAM.get(fam) if c["connection"] == "BAR" else (
            APP_CAT.get(fam) if c["connection"] == "APP" else None)
        if allowed is not None and cat not in allowed:
            err("family %s on a %s" % (fam, cat))
        # the measure against the entry's format
        if kind is None:
            err("a drink label without a measure")
        elif kind == "draught" and f not in KEGS:
            err("a draught measure on a %s cl entry" % f)
        elif kind == "size" and f != vol:
            err("size %s on a %s cl entry" % (vol, f))
        elif kind == "container" and (f in KEGS or (cat in ("vin", "champagne") and f != 75)):
            err("a bottle word on a %s cl entry" % f)
        elif kind == "pour":
            sizes = {x["format_cl"] for x in by_id.values()
                     if (x["name"], x["producer"], x["colour"]) == (e["name"], e["producer"], e["colour"])}
            if f in KEGS or f in (37.5, 150) or (75 in sizes and f != 75):
                err("a pour from a %s cl entry" % f)
        if meas in POUR_CATS and cat not in POUR_CATS[meas]:
            err("measure %s on a %s" % (meas, cat))
        if kind == "draught" and cat not in MEASURE_CATS["draught"]:
            err("a draught measure on a %s" % cat)
        want = round(vol / f, 4) if kind in ("draught", "pour") else 1
        if c["units_per_sale"] != want or type(c["units_per_sale"]) is not type(want):
            err("units %r, expected %r" % (c["units_per_sale"], want))
        # vintages
        group = same_wine(e)
        others = [x["id"] for x in sorted(group, key=lambda x: x["vintage"] or 0) if x["id"] != e["id"]]
        vints = [x["vintage"] for x in group]
        if c["expect"] == "yes":
            if vint is not None:
                if e["vintage"] != vint or c["also_ok"] != []:
                    err("yes with a vintage: entry %r, also_ok %r" % (e["vintage"], c["also_ok"]))
            else:
                if (e["vintage"] or 0) != max(v or 0 for v in vints) or c["also_ok"] != others:
                    err("yes without a vintage must be the most recent, others in also_ok")
        else:
            if vint is None or vint in vints or None in vints:
                err("almost needs a label vintage the wine does not hold")
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best or c["also_ok"] != others:
                    err("almost: nearest is %r (entry %r, also_ok %r)" % (best, e["vintage"], c["also_ok"]))
        # the label shares a word with the entry
        lw = {w for w in words(" ".join(body)) if len(w) >= 2 and not w.isdigit()}
        ew = set(words(e["name"] + " " + e["producer"] + " " + (e["appellation"] or "")))
        if not any(a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))
                   for a in lw for b in ew):
            err("shares no word with %s" % e["name"])
    # --- proportions ---------------------------------------------------------------------------
    n = len(cases)
    exp = [dict(c).get("expect") for c in cases]
    if not 260 <= n <= 300:
        errors.append("%d cases (260-300)" % n)
    if n and not 0.35 <= exp.count("none") / n <= 0.40:
        errors.append("none share %.3f" % (exp.count("none") / n))
    if n and not 0.13 <= exp.count("almost") / n <= 0.17:
        errors.append("almost share %.3f" % (exp.count("almost") / n))
    return errors


def selftest(lib, cases):
    def find(pred):
        for i, c in enumerate(cases):
            if pred(dict(c)):
                return i
        raise SystemExit("selftest: no case to break")

    def setf(c, key, value):
        return [(k, value if k == key else v) for k, v in c]

    byid = {dict(e)["id"]: dict(e) for e in lib}
    breaks = []
    i = find(lambda c: " DEMI " in " " + c["label"].replace("-", " ") + " " and c["expect"] == "yes")
    breaks.append(("a demi's units", i, setf(cases[i], "units_per_sale", 0.0125)))
    i = find(lambda c: c["expect"] == "almost" and c["also_ok"])
    c = dict(cases[i])
    breaks.append(("an almost on the farther vintage", i,
                   setf(setf(cases[i], "beverage_id", c["also_ok"][0]), "also_ok", [c["beverage_id"]])))
    i = find(lambda c: c["expect"] == "yes" and c["vintage"] is not None)
    breaks.append(("a yes with another vintage", i, setf(cases[i], "vintage", dict(cases[i])["vintage"] + 1)))
    i = find(lambda c: c["expect"] != "none" and byid[c["beverage_id"]]["format_cl"] == 150)
    ent = byid[dict(cases[i])["beverage_id"]]
    bottle = [e["id"] for e in byid.values() if e["name"] == ent["name"] and e["format_cl"] == 75]
    breaks.append(("a magnum pointed at the 75 cl entry", i, setf(cases[i], "beverage_id", bottle[0])))
    i = find(lambda c: c["connection"] == "BAR" and len(c["label"]) >= 21)
    breaks.append(("a BAR label over 22 characters", i, setf(cases[i], "label", dict(cases[i])["label"] + "XY")))
    i = find(lambda c: c["connection"] == "TAB")
    breaks.append(("a TAB label in capitals", i, setf(cases[i], "label", dict(cases[i])["label"].upper())))
    i = find(lambda c: c["expect"] == "none")
    breaks.append(("a none naming a drink", i, setf(cases[i], "beverage_id", "o001")))
    i = find(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    c = dict(cases[i])
    breaks.append(("a yes without vintage on the older entry", i,
                   setf(setf(cases[i], "beverage_id", c["also_ok"][0]), "also_ok", [c["beverage_id"]])))
    ok = True
    base = set(check(lib, cases))
    for what, i, new in breaks:
        broken = copy.deepcopy(cases)
        broken[i] = new
        found = [e for e in check(lib, broken) if e not in base]
        print("%-42s -> %s" % (what, found[0] if found else "NOT REPORTED"))
        ok &= bool(found)
    return ok


def main():
    lib, cases = load("pub_library.jsonl"), load("pub_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib, cases) else 1)
    errors = check(lib, cases)
    for e in errors:
        print(e)
    if errors:
        sys.exit(1)
    from collections import Counter
    cnt = Counter((dict(c)["connection"], dict(c)["expect"]) for c in cases)
    for conn in ("BAR", "TAB", "APP"):
        print(conn, " ".join("%s=%d" % (e, cnt[(conn, e)]) for e in ("yes", "almost", "none")))
    print("ok: %d drinks, %d cases" % (len(lib), len(cases)))


if __name__ == "__main__":
    main()
