"""Check the blind held-out set "chatellerault" from its two jsonl files alone (stdlib only).

python3 check_chatellerault.py             check the files beside this script
python3 check_chatellerault.py --selftest  break copies in many ways and show each is caught
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "chatellerault_library.jsonl")
CASES = os.path.join(HERE, "chatellerault_cases.jsonl")

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "tablette", "z")
FAMILIES = {"ROU", "BLC", "ROS", "BUL", "APE", "ALC", "BIE", "SOF", "COK", "CHD", "CUI", "DES", "DIV"}
DRINK_FAMILIES = {"ROU", "BLC", "ROS", "BUL", "APE", "ALC", "BIE", "SOF"}
GLASS = {"comptoir": 12, "tablette": 12.5, "z": 12.5}


def num(s):
    v = float(s.replace(",", "."))
    return int(v) if v == int(v) else v


# ------------------------------------------------------------- reading a label back
def read_comptoir(label, cat):
    m = re.fullmatch(r"([A-Z]{3})-(.+)", label)
    toks = m.group(2).split()
    vol = None
    mv = re.fullmatch(r"(\d+(?:,\d)?)CL", toks[-1])
    if mv:
        vol, toks = num(mv.group(1)), toks[:-1]
    vintage = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        n = int(toks[-1])
        vintage = 2000 + n if n <= 30 else 1900 + n
    if vol is None:
        return "only", None, vintage
    if cat == "bière":
        return ("pour" if vol in (25, 50) else "bottle"), vol, vintage
    if cat in ("vin", "champagne"):
        return ("bottle" if vol in (37.5, 75, 150) else "pour"), vol, vintage
    if cat == "soft":
        return "bottle", vol, vintage
    return ("bottle" if vol >= 20 else "pour"), vol, vintage


TAB_WORDS = [("1/2 Btle", "bottle", 37.5), ("Btle", "bottle", 75), ("Magnum", "bottle", 150),
             ("Verre", "pour", 12.5), ("Coupe", "pour", 12.5), ("Pot 46cl", "pour", 46),
             ("Demi", "pour", 25), ("Pinte", "pour", 50), ("Dose 2cl", "pour", 2), ("Dose", "pour", 4)]


def read_tablette(label, cat):
    toks = label.split()
    vintage = int(toks[-1]) if re.fullmatch(r"(19|20)\d\d", toks[-1]) else None
    for word, kind, vol in TAB_WORDS:
        if label.startswith(word + " "):
            return kind, vol, vintage
    m = re.fullmatch(r"(\d+(?:,\d)?)cl|(\d)L", toks[-1])
    if m:
        return "bottle", (num(m.group(1)) if m.group(1) else 100 * int(m.group(2))), vintage
    if cat in ("vin", "champagne"):
        return "bottle", 75, vintage
    return "only", None, vintage


Z_CODES = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "VRE": ("pour", 12.5), "CP": ("pour", 12.5),
           "POT46": ("pour", 46), "DEMI": ("pour", 25), "PINTE": ("pour", 50), "DOSE": ("pour", 4),
           "DOSE2": ("pour", 2)}


def read_z(label, cat):
    toks = label[:18].split()
    vintage = None
    if re.fullmatch(r"\d\d", toks[-1]):
        n = int(toks[-1])
        vintage = 2000 + n if n <= 30 else 1900 + n
    if toks[0] in Z_CODES:
        kind, vol = Z_CODES[toks[0]]
        return kind, vol, vintage
    m = re.fullmatch(r"(\d+(?:,\d)?)CL|(\d)L", toks[-1])
    if m:
        return "bottle", (num(m.group(1)) if m.group(1) else 100 * int(m.group(2))), vintage
    if cat in ("vin", "champagne"):
        return "bottle", 75, vintage
    return "only", None, vintage


READ = {"comptoir": read_comptoir, "tablette": read_tablette, "z": read_z}


# ------------------------------------------------------------- each till's form
def form_errors(c):
    label, till = c["label"], c["connection"]
    errs = []
    if till == "comptoir":
        m = re.fullmatch(r"([A-Z]{3})-([A-Z0-9 .,'&/]+)", label)
        if not m or m.group(1) not in FAMILIES:
            return ["comptoir: not FAM-NAME in ASCII capitals: %r" % label]
        if "  " in label or label != label.strip():
            errs.append("comptoir: double or edge blank: %r" % label)
        if m.group(1) in DRINK_FAMILIES and not re.search(r" \d+(,\d)?CL$", label):
            errs.append("comptoir: a drink without its volume: %r" % label)
    elif till == "tablette":
        if len(label) > 24 or label != label.strip() or "  " in label:
            errs.append("tablette: more than 24 characters or stray blanks: %r" % label)
        if not re.search(r"[a-zà-ÿ]", label) or label.isupper():
            errs.append("tablette: not mixed case: %r" % label)
    elif till == "z":
        m = re.fullmatch(r"(.{18}) ([ \d]{3}) ([ \d]{5},\d\d)", label)
        if not m:
            return ["z: not NAME(18) QTY(3) TOTAL(8): %r" % label]
        name = m.group(1)
        if not re.fullmatch(r"[A-Z0-9 .'&/-]+", name) or name[0] == " " or not name.strip():
            errs.append("z: name not in ASCII capitals: %r" % label)
        qty = int(m.group(2))
        total = int(m.group(3).replace(",", "").strip())
        if qty < 1 or total % qty or (total // qty) % 10:
            errs.append("z: total is no quantity times a price in 10-cent steps: %r" % label)
    else:
        errs.append("unknown connection %r" % till)
    return errs


def family_ok(fam, e):
    cat, col = e["category"], e["colour"]
    if fam == "ROU":
        return cat == "vin" and col == "rouge"
    if fam == "BLC":
        return cat == "vin" and col == "blanc"
    if fam == "ROS":
        return cat == "vin" and col == "rosé"
    if fam == "BUL":
        return cat in ("vin", "champagne") and col == "effervescent"
    if fam == "APE":
        return cat in ("autre", "spiritueux")
    if fam == "ALC":
        return cat == "spiritueux"
    if fam == "BIE":
        return cat == "bière"
    if fam == "SOF":
        return cat == "soft"
    return False


# ------------------------------------------------------------- the whole check
def check(lib_lines, case_lines):
    errs = []
    lib = []
    for i, line in enumerate(lib_lines):
        try:
            d = json.loads(line)
        except ValueError:
            errs.append("library line %d: not JSON" % (i + 1))
            continue
        if list(d) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (i + 1, list(d)))
            continue
        lib.append(d)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))
    byid, seen = {}, set()
    for i, e in enumerate(lib):
        if e["id"] != "CHT%03d" % (i + 1):
            errs.append("library: id %s out of sequence (want CHT%03d)" % (e["id"], i + 1))
        byid[e["id"]] = e
        if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
            errs.append("library %s: colour %r / category %r" % (e["id"], e["colour"], e["category"]))
        if e["category"] in ("vin", "champagne") and e["colour"] is None:
            errs.append("library %s: a wine without colour" % e["id"])
        if e["category"] in ("spiritueux", "bière", "soft") and e["colour"] is not None:
            errs.append("library %s: colour on a %s" % (e["id"], e["category"]))
        if e["category"] == "champagne" and e["colour"] not in ("effervescent", "rosé"):
            errs.append("library %s: champagne colour" % e["id"])
        if not (e["vintage"] is None or (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030)):
            errs.append("library %s: vintage %r" % (e["id"], e["vintage"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("library %s: format %r" % (e["id"], e["format_cl"]))
        elif e["format_cl"] >= 1000 and (e["category"] != "bière" or e["format_cl"] not in (2000, 3000)):
            errs.append("library %s: a keg that is no 2,000/3,000 cl beer" % e["id"])
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen:
            errs.append("library %s: duplicate drink" % e["id"])
        seen.add(k)

    def same_wine(e, fmt):
        return {x["vintage"]: x["id"] for x in lib
                if (x["name"], x["producer"], x["appellation"], x["colour"]) ==
                (e["name"], e["producer"], e["appellation"], e["colour"]) and x["format_cl"] == fmt}

    def formats(e):
        return sorted({x["format_cl"] for x in lib
                       if (x["name"], x["producer"], x["appellation"], x["colour"]) ==
                       (e["name"], e["producer"], e["appellation"], e["colour"])})

    cases, labels = [], set()
    for i, line in enumerate(case_lines):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: not JSON" % (i + 1))
            continue
        if list(c) != CASE_FIELDS:
            errs.append("case line %d: fields %s" % (i + 1, list(c)))
            continue
        cases.append(c)
        where = "case %d %r" % (i + 1, c["label"])
        if c["label"] in labels:
            errs.append("%s: duplicate label" % where)
        labels.add(c["label"])
        if c["connection"] not in TILLS:
            errs.append("%s: connection %r" % (where, c["connection"]))
            continue
        f = form_errors(c)
        errs += ["%s: %s" % (where, x) for x in f]
        if f:
            continue
        u = c["units_per_sale"]
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or u is not None:
                errs.append("%s: a none with a drink, also_ok or units" % where)
            kind, vol, vint = READ[c["connection"]](c["label"], None)
            if vint != c["vintage"]:
                errs.append("%s: vintage %r, the label says %r" % (where, c["vintage"], vint))
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append("%s: expect %r" % (where, c["expect"]))
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        if c["connection"] == "comptoir" and not family_ok(c["label"][:3], e):
            errs.append("%s: family %s does not fit %s" % (where, c["label"][:3], e["id"]))
        kind, vol, vint = READ[c["connection"]](c["label"], e["category"])
        if vint != c["vintage"]:
            errs.append("%s: vintage %r, the label says %r" % (where, c["vintage"], vint))
        fmts = formats(e)
        if kind == "bottle":
            want_fmt, want_u = vol, 1
        elif kind == "only":
            if len(fmts) != 1:
                errs.append("%s: no size on the label, drink held in %s" % (where, fmts))
                continue
            want_fmt, want_u = fmts[0], 1
        else:
            if e["category"] == "bière":
                kegs = [x for x in fmts if x >= 1000]
                want_fmt = kegs[0] if kegs else None
            else:
                rest = [x for x in fmts if x not in (37.5, 150)]
                want_fmt = 75 if 75 in fmts else (rest[0] if len(rest) == 1 else None)
            want_u = round(vol / want_fmt, 4) if want_fmt else None
        if e["format_cl"] != want_fmt:
            errs.append("%s: entry in %s cl, the label's measure wants %s cl" % (where, e["format_cl"], want_fmt))
            continue
        if u != want_u or not isinstance(u, (int, float)) or round(u, 4) != u:
            errs.append("%s: units %r, want %r" % (where, u, want_u))
        group = same_wine(e, want_fmt)
        vints = sorted(group, key=lambda v: -1 if v is None else v, reverse=True)
        if vint is None:
            best = vints[0]
            want = ("yes", group[best], sorted(group[v] for v in vints[1:]))
        elif vint in group:
            want = ("yes", group[vint], [])
        else:
            if None in group:
                errs.append("%s: a vintage on a non-vintage drink" % where)
                continue
            best = min(vints, key=lambda v: (abs(v - vint), -v))
            want = ("almost", group[best], sorted(group[v] for v in vints if v != best))
        got = (c["expect"], c["beverage_id"], sorted(c["also_ok"]))
        if got != want:
            errs.append("%s: answer %s, the rules give %s" % (where, got, want))
        if len(set(c["also_ok"])) != len(c["also_ok"]):
            errs.append("%s: also_ok repeats" % where)

    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases: %d, not 280-300" % n)
    if n:
        share = {x: sum(1 for c in cases if c["expect"] == x) / n for x in ("yes", "almost", "none")}
        for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[x] <= hi:
                errs.append("cases: %s share %.3f outside %.2f-%.2f" % (x, share[x], lo, hi))
        for t in TILLS:
            for x in ("yes", "almost", "none"):
                if not any(c["connection"] == t and c["expect"] == x for c in cases):
                    errs.append("till %s has no %s" % (t, x))
    return errs, cases


def counts(cases):
    out = ["%-9s %4s %6s %4s %5s" % ("till", "yes", "almost", "none", "total")]
    for t in (*TILLS, "total"):
        sel = [c for c in cases if t == "total" or c["connection"] == t]
        k = [sum(1 for c in sel if c["expect"] == x) for x in ("yes", "almost", "none")]
        out.append("%-9s %4d %6d %4d %5d" % (t, k[0], k[1], k[2], len(sel)))
    return "\n".join(out)


def load():
    with open(LIB, encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(CASES, encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


# ------------------------------------------------------------- self-test
def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
    ok = not errs
    C = [json.loads(x) for x in cases]
    L = [json.loads(x) for x in lib]

    def dumps(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def edit_case(pred, fn):
        rows = [dict(c) for c in C]
        i = first(pred)
        fn(rows[i])
        return dumps(L), dumps(rows)

    breaks = []
    breaks.append(("an almost pointed at the farther vintage", edit_case(
        lambda c: c["expect"] == "almost" and c["also_ok"],
        lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))))
    breaks.append(("a glass's units changed", edit_case(
        lambda c: c["units_per_sale"] == 0.1667, lambda c: c.update(units_per_sale=0.16))))
    breaks.append(("a vintage that is not the label's", edit_case(
        lambda c: c["vintage"] is not None and c["expect"] == "yes", lambda c: c.update(vintage=c["vintage"] - 1))))
    breaks.append(("also_ok emptied", edit_case(
        lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[]))))
    breaks.append(("a none given a drink", edit_case(
        lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="CHT001", units_per_sale=1))))

    def mag_to_75(c):
        e = next(x for x in L if x["id"] == c["beverage_id"])
        other = next(x for x in L if x["name"] == e["name"] and x["colour"] == e["colour"] and x["format_cl"] == 75)
        c.update(beverage_id=other["id"])
    breaks.append(("a magnum pointed at the 75 cl entry", edit_case(
        lambda c: c["label"].startswith("Magnum ") and c["expect"] == "yes", mag_to_75)))
    breaks.append(("a pinte's units as a demi", edit_case(
        lambda c: c["label"].startswith(("Pinte ", "PINTE ")) and c["expect"] == "yes",
        lambda c: c.update(units_per_sale=round(c["units_per_sale"] / 2, 4)))))
    breaks.append(("a comptoir label in lower case", edit_case(
        lambda c: c["connection"] == "comptoir", lambda c: c.update(label=c["label"].lower()))))
    breaks.append(("a tablette label past 24 characters", edit_case(
        lambda c: c["connection"] == "tablette" and c["expect"] == "none",
        lambda c: c.update(label=c["label"] + " de la maison"))))
    breaks.append(("a z total that is no quantity times a price", edit_case(
        lambda c: c["connection"] == "z", lambda c: c.update(label=c["label"][:-1] + str((int(c["label"][-1]) + 3) % 10)))))
    breaks.append(("a comptoir family that does not fit the drink", edit_case(
        lambda c: c["connection"] == "comptoir" and c["label"].startswith("ROS-") and c["expect"] == "yes",
        lambda c: c.update(label="ROU-" + c["label"][4:]))))
    breaks.append(("units with five decimals", edit_case(
        lambda c: c["units_per_sale"] == 0.6133, lambda c: c.update(units_per_sale=0.61333))))
    breaks.append(("a yes without vintage on the older vintage", edit_case(
        lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"],
        lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))))
    rows = dumps(C)
    breaks.append(("a duplicate label", (dumps(L), [*rows, rows[5]])))
    r = [dict(c) for c in C]
    r[3] = {k: r[3][k] for k in reversed(CASE_FIELDS)}
    breaks.append(("fields out of order", (dumps(L), dumps(r))))
    l2 = [dict(x) for x in L]
    l2[10]["id"] = "CHT099"
    breaks.append(("a library id out of sequence", (dumps(l2), dumps(C))))
    l3 = [dict(x) for x in L]
    l3[0]["colour"] = "jaune"
    breaks.append(("a bad colour", (dumps(l3), dumps(C))))
    l4 = [dict(x) for x in L]
    i4 = next(i for i, x in enumerate(l4) if x["category"] == "bière")
    l4[i4]["colour"] = "blanc"
    breaks.append(("a colour on a beer", (dumps(l4), dumps(C))))
    breaks.append(("too few cases", (dumps(L), dumps(C[:250]))))
    breaks.append(("a line that is not JSON", (dumps(L), [*dumps(C)[:-1], "{label: oops"])))
    breaks.append(("a soft with no size on the label but two held", edit_case(
        lambda c: c["label"] == "Evian 1L", lambda c: c.update(label="Evian"))))

    for what, (lb, cs) in breaks:
        e, _ = check(lb, cs)
        caught = bool(e)
        ok &= caught
        print("%-48s %s%s" % (what, "caught" if caught else "MISSED", (": " + e[0][:90]) if e else ""))
    print("selftest: %d breaks, %s" % (len(breaks), "all caught" if ok else "FAILED"))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, cs = check(lib, cases)
    print(counts(cs))
    for e in errs:
        print("ERROR", e)
    print("%d library lines, %d cases: %s" % (len(lib), len(cases), "OK" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
