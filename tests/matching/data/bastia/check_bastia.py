#!/usr/bin/env python3
"""Check bastia_library.jsonl and bastia_cases.jsonl on their own (no build, no data
modules): JSON, field order, ids, colours/categories, each till's form, the vintage and
the measure read back from the label, yes/almost/also_ok rules, formats and units, a word
shared with the entry, counts.  `--selftest` breaks copies on purpose and shows each break
reported and the clean files passing."""
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
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("bar", "salle", "kiosque")
POUR = {"gl": 12.5, "gl15": 15, "car25": 25, "car50": 50, "cp": 12.5, "dose": 4, "2cl": 2,
        "6cl": 6}
DRAUGHT = {"demi": 25, "pinte": 50}
SIZE = {"half": 37.5, "mag": 150, "b25": 25, "b33": 33, "b50": 50, "b70": 70, "b75": 75,
        "b100": 100}
BAR = {"VRE": "gl", "V15": "gl15", "CAR25": "car25", "CAR50": "car50", "FLUTE": "cp",
       "DOSE": "dose", "2CL": "2cl", "6CL": "6cl", "DEMI": "demi", "PINTE": "pinte",
       "1/2": "half", "MAG": "mag", "25CL": "b25", "33CL": "b33", "50CL": "b50",
       "70CL": "b70", "75CL": "b75", "1L": "b100"}
BAR_FAMS = {"RG", "BL", "RS", "MU", "BU", "AP", "LQ", "ED", "PR", "BI", "EA", "SO", "CU",
            "CA", "DV", "CK"}
SALLE = {"verre": "gl", "verre 15 cl": "gl15", "carafe 25 cl": "car25",
         "carafe 50 cl": "car50", "coupe": "cp", "dose": "dose", "2 cl": "2cl",
         "6 cl": "6cl", "demi pression": "demi", "pinte pression": "pinte",
         "demi-bouteille": "half", "magnum": "mag", "25 cl": "b25", "33 cl": "b33",
         "50 cl": "b50", "70 cl": "b70", "75 cl": "b75", "1 l": "b100"}
KIOSK = {"btl": "", "gl": "gl", "gl15": "gl15", "pich25": "car25", "pich50": "car50",
         "cp": "cp", "shot": "dose", "2cl": "2cl", "6cl": "6cl", "pr25": "demi",
         "pr50": "pinte", "1/2btl": "half", "mag": "mag", "25": "b25", "33": "b33",
         "50": "b50", "70": "b70", "75": "b75", "1l": "b100", "pc": "pc"}
ABBR = {"rse": "rose", "blc": "blanc", "rge": "rouge", "patrim": "patrimonio",
        "patri": "patrimonio", "ajac": "ajaccio", "sart": "sartene", "gde": "grande",
        "res": "reserve", "edv": "eau", "musc": "muscat", "cc": "cap", "capcorse": "cap",
        "dom": "domaine", "bdb": "blancs"}
SALLE_RE = re.compile(r"^(?P<name>.+?)(?: (?P<vin>(?:19|20)\d\d))?(?: \((?P<meas>[^)]+)\))? "
                      r"(?P<price>\d+€(?:\d\d)?)$")


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def read_label(c):
    """-> (measure, vintage) read from the label alone; raises ValueError on a bad form."""
    lab, till = c["label"], c["connection"]
    if till == "bar":
        if not re.fullmatch(r"[A-Z]{2}\.[A-Z0-9 /&.]+", lab):
            raise ValueError("bar form (FAM. + ASCII capitals)")
        fam, toks = lab[:2], lab[3:].split()
        if fam not in BAR_FAMS:
            raise ValueError("bar family %s" % fam)
        meas = ""
        if len(toks) > 1 and toks[-1] in BAR:
            meas = BAR[toks.pop()]
        if len(" ".join(toks)) > 18:
            raise ValueError("bar name field over 18 columns")
        if meas == "demi" and fam not in ("PR", "BI"):
            meas = "half"
        vin = 2000 + int(toks[-1]) if re.fullmatch(r"\d\d", toks[-1]) else None
        return meas, vin
    if till == "salle":
        m = SALLE_RE.match(lab)
        if not m or not re.search(r"[a-z]", m.group("name")) or not re.search(r"[A-Z]", lab):
            raise ValueError("salle form (mixed case, price N€ or N€CC at the end)")
        if m.group("meas") and m.group("meas") not in SALLE:
            raise ValueError("salle measure %r" % m.group("meas"))
        meas = SALLE[m.group("meas")] if m.group("meas") else ""
        return meas, int(m.group("vin")) if m.group("vin") else None
    if till == "kiosque":
        if not re.fullmatch(r"[VCASBEJFX]\d{3} [a-z0-9 '/.-]+", lab):
            raise ValueError("kiosque form (article code + lower-case ASCII)")
        toks = lab.split()
        if toks[-1] not in KIOSK:
            raise ValueError("kiosque measure %r" % toks[-1])
        vin = 2000 + int(toks[-2][1:]) if re.fullmatch(r"m\d\d", toks[-2]) else None
        return KIOSK[toks[-1]], vin
    raise ValueError("connection %r" % till)


def words(s):
    return {w for w in re.split(r"[^a-z0-9]+", fold(s)) if len(w) >= 2}


def shares(label, e):
    lw = {ABBR.get(w, w) for w in words(label)}
    ew = words(" ".join(str(e[k]) for k in ("name", "producer", "appellation") if e[k]))
    for a in lw:
        for b in ew:
            if len(a) >= 3 and len(b) >= 3 and (a.startswith(b[:5]) or b.startswith(a[:5])):
                return True
            if a == b and not a.isdigit():
                return True
    return False


def check(lib_lines, case_lines):
    err = []
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            d = json.loads(line)
        except ValueError:
            err.append("library line %d: invalid JSON" % i)
            continue
        if list(d) != LIB_FIELDS:
            err.append("library line %d: field order" % i)
        lib.append(d)
    if not 110 <= len(lib) <= 130:
        err.append("library size %d" % len(lib))
    byid = {}
    seen = set()
    for i, d in enumerate(lib, 1):
        if d.get("id") != "bs%03d" % i:
            err.append("library id %r out of sequence at %d" % (d.get("id"), i))
        byid[d.get("id")] = d
        cat, col = d.get("category"), d.get("colour")
        if cat not in CATS:
            err.append("%s: category %r" % (d.get("id"), cat))
        if cat in ("vin", "champagne") and col not in COLOURS:
            err.append("%s: wine without a colour" % d.get("id"))
        if cat not in ("vin", "champagne") and col is not None:
            err.append("%s: colour on a %s" % (d.get("id"), cat))
        if d.get("format_cl", 0) >= 1000 and cat != "bière":
            err.append("%s: keg format on a non-beer" % d.get("id"))
        if d.get("format_cl", 0) >= 1000 and d.get("format_cl") not in (2000, 3000):
            err.append("%s: keg of %s cl" % (d.get("id"), d.get("format_cl")))
        k = (d.get("name"), d.get("producer"), d.get("appellation"), col, d.get("format_cl"),
             d.get("vintage"))
        if k in seen:
            err.append("%s: same drink twice" % d.get("id"))
        seen.add(k)

    def same_wine(d):
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"],
                                   x["format_cl"]) == (d["name"], d["producer"],
                                                       d["appellation"], d["colour"],
                                                       d["format_cl"])]

    def formats(d):
        return sorted({x["format_cl"] for x in lib if (x["name"], x["producer"]) ==
                       (d["name"], d["producer"])})

    cases, labels = [], set()
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            err.append("case line %d: invalid JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            err.append("case line %d: field order" % i)
            continue
        cases.append(c)
        tag = "case %d %r" % (i, c["label"])
        if c["label"] in labels:
            err.append(tag + ": duplicate label")
        labels.add(c["label"])
        try:
            meas, vin = read_label(c)
        except ValueError as e:
            err.append(tag + ": " + str(e))
            continue
        if c["vintage"] != vin:
            err.append(tag + ": vintage %r, label says %r" % (c["vintage"], vin))
        if "cut off by the till" in c["note"]:
            if c["connection"] != "bar" or vin is not None:
                err.append(tag + ": cut-off note on a label that was not cut")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                err.append(tag + ": none with an id, also_ok or units")
            continue
        if c["expect"] not in ("yes", "almost"):
            err.append(tag + ": expect %r" % c["expect"])
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            err.append(tag + ": unknown id")
            continue
        fmts = formats(e)
        # format and units from the measure
        if meas in DRAUGHT:
            if e["format_cl"] < 1000:
                err.append(tag + ": draught measure not on a keg")
            want_u = round(DRAUGHT[meas] / e["format_cl"], 4)
        elif meas in POUR:
            bottles = [f for f in fmts if f < 1000]
            ordinary = 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)
            if e["category"] in ("bière", "soft") or e["format_cl"] != ordinary:
                err.append(tag + ": a pour not from the ordinary bottle")
            want_u = round(POUR[meas] / e["format_cl"], 4)
        elif meas == "pc":
            err.append(tag + ": a piece answered with a drink")
            continue
        else:
            if meas:
                fmt = SIZE[meas]
            elif e["category"] in ("vin", "champagne"):
                fmt = 75
            else:
                b = [f for f in fmts if f < 1000]
                fmt = b[0] if len(b) == 1 else None
            if e["format_cl"] != fmt:
                err.append(tag + ": format %s, label says %s" % (e["format_cl"], fmt))
            want_u = 1
        if c["units_per_sale"] != want_u:
            err.append(tag + ": units %r, measure gives %r" % (c["units_per_sale"], want_u))
        # vintage rules
        group = same_wine(e)
        vs = sorted(x["vintage"] for x in group if x["vintage"] is not None)
        others = sorted(x["id"] for x in group if x["id"] != e["id"])
        if not (c["expect"] == "yes" and vin is not None) and sorted(c["also_ok"]) != others:
            err.append(tag + ": also_ok %r, other vintages %r" % (c["also_ok"], others))
        if c["expect"] == "yes":
            if vin is not None:
                if e["vintage"] != vin:
                    err.append(tag + ": yes on vintage %r, label %r" % (e["vintage"], vin))
                if c["also_ok"]:
                    err.append(tag + ": yes with the label's vintage but also_ok")
            elif vs and e["vintage"] != vs[-1]:
                err.append(tag + ": no vintage on the label, not the most recent")
        else:
            if vin is None or vin in vs or not vs:
                err.append(tag + ": almost without a missing label vintage")
            else:
                best = min(vs, key=lambda v: (abs(v - vin), -v))
                if e["vintage"] != best:
                    err.append(tag + ": almost on %r, nearest is %r" % (e["vintage"], best))
        if not shares(c["label"], e):
            err.append(tag + ": shares no word with its entry")
    n = len(cases)
    if not 280 <= n <= 300:
        err.append("case count %d" % n)
    if n:
        share = {x: sum(c["expect"] == x for c in cases) / n for x in ("yes", "almost", "none")}
        for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[x] <= hi:
                err.append("%s share %.3f outside %s-%s" % (x, share[x], lo, hi))
        for t in TILLS:
            for x in ("yes", "almost", "none"):
                if not any(c["connection"] == t and c["expect"] == x for c in cases):
                    err.append("till %s has no %s" % (t, x))
    return err


def load():
    with open(os.path.join(HERE, "bastia_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "bastia_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    base = check(lib, cases)
    print("clean files: %d errors" % len(base))
    ok = not base
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    breaks = []

    def brk(name, fn, on_lib=False):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        out = fn(l2, c2)
        if out is not None:
            return breaks.append((name, out[0], out[1]))
        breaks.append((name, dump(l2), dump(c2)))
        return None

    def b_json(l, c):
        return dump(l), [*dump(c)[:-1], "{not json"]
    brk("invalid JSON", b_json)

    def b_order(l, c):
        i = first(lambda x: x["expect"] == "yes")
        c[i] = {k: c[i][k] for k in reversed(list(c[i]))}
    brk("field order", b_order)

    def b_id(l, c):
        l[5]["id"] = "bs099"
    brk("id out of sequence", b_id)

    def b_colour(l, c):
        next(x for x in l if x["category"] == "bière")["colour"] = "blanc"
    brk("colour on a beer", b_colour)

    def b_units(l, c):
        c[first(lambda x: x["units_per_sale"] == 0.1667)]["units_per_sale"] = 0.16
    brk("glass units", b_units)

    def b_almost(l, c):
        i = first(lambda x: x["expect"] == "almost" and x["also_ok"])
        c[i]["beverage_id"], c[i]["also_ok"] = c[i]["also_ok"][0], [c[i]["beverage_id"]]
    brk("almost on the farther vintage", b_almost)

    def b_none(l, c):
        c[first(lambda x: x["expect"] == "none")]["beverage_id"] = "bs001"
    brk("none with an id", b_none)

    def b_also(l, c):
        c[first(lambda x: x["expect"] == "yes" and x["also_ok"])]["also_ok"] = []
    brk("also_ok dropped", b_also)

    def b_dup(l, c):
        c[1]["label"] = c[0]["label"]
    brk("duplicate label", b_dup)

    def b_half(l, c):
        byid = {x["id"]: x for x in l}
        i = first(lambda x: x["beverage_id"] and byid[x["beverage_id"]]["format_cl"] == 37.5)
        e = byid[c[i]["beverage_id"]]
        c[i]["beverage_id"] = next(x["id"] for x in l if x["name"] == e["name"]
                                   and x["format_cl"] == 75)
        c[i]["also_ok"] = []
    brk("half answered with the 75 cl entry", b_half)

    def b_draught(l, c):
        byid = {x["id"]: x for x in l}
        i = first(lambda x: x["beverage_id"] and byid[x["beverage_id"]]["format_cl"] >= 1000)
        e = byid[c[i]["beverage_id"]]
        c[i]["beverage_id"] = next(x["id"] for x in l if x["name"] == e["name"]
                                   and x["format_cl"] == 33)
    brk("draught answered with the bottle", b_draught)

    def b_vintage(l, c):
        c[first(lambda x: x["vintage"])]["vintage"] = 2011
    brk("vintage not on the label", b_vintage)

    def b_word(l, c):
        i = first(lambda x: x["connection"] == "kiosque" and x["expect"] == "yes")
        c[i]["label"] = "B999 zzzz qqqq " + c[i]["label"].split()[-1]
    brk("a label sharing no word", b_word)

    def b_width(l, c):
        i = first(lambda x: x["connection"] == "bar" and x["expect"] == "none")
        c[i]["label"] = c[i]["label"].replace(".", ".ABCDEFGHIJKLMNOPQRST ", 1)
    brk("bar name field over 18", b_width)

    def b_price(l, c):
        i = first(lambda x: x["connection"] == "salle")
        c[i]["label"] = re.sub(r"(\d+)€(\d\d)?$", r"\1.00 EUR", c[i]["label"])
    brk("salle price form", b_price)

    def b_till(l, c):
        for x in c:
            if x["connection"] == "kiosque" and x["expect"] == "almost":
                x["expect"], x["beverage_id"], x["also_ok"], x["units_per_sale"] = "none", None, [], None
    brk("a till without almost", b_till)

    def b_few(l, c):
        return dump(l), dump(c)[:200]
    brk("too few cases", b_few)

    def b_cut(l, c):
        c[first(lambda x: x["connection"] == "bar" and x["vintage"])]["note"] += " [2020 cut off by the till]"
    brk("cut-off note on an uncut label", b_cut)

    for name, l2, c2 in breaks:
        e = check(l2, c2)
        print("%-40s %s (%d errors%s)" % (name, "reported" if e else "MISSED", len(e),
                                        ": " + e[0] if e else ""))
        ok = ok and bool(e)
    print("selftest", "passed" if ok else "FAILED", "(%d kinds of break)" % len(breaks))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    err = check(lib, cases)
    for e in err:
        print(e)
    C = [json.loads(x) for x in cases]
    for t in TILLS:
        print(t, {x: sum(c["connection"] == t and c["expect"] == x for c in C)
                  for x in ("yes", "almost", "none")})
    print("%d library, %d cases, %d errors" % (len(lib), len(C), len(err)))
    sys.exit(1 if err else 0)


if __name__ == "__main__":
    main()
