#!/usr/bin/env python3
"""Check digne_library.jsonl and digne_cases.jsonl (reads only those two files).

    python3 check_digne.py             # check the files beside this script
    python3 check_digne.py --selftest  # break copies on purpose, show each break is caught
"""
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
FAM_G = {"01": "rouge", "02": "rosé", "03": "blanc", "04": "champagne", "05": "pastis",
         "06": "spiritueux", "07": "autre", "08": "bière", "09": "soft", "10": None,
         "11": None, "12": None}
PASTIS_WORDS = ("pastis", "ricard")
G_RE = re.compile(r"^\| (\d\d) \| (.{24}) \| (.{5}) \| +\d{1,3},\d\d \|$")
B_RE = re.compile(r"^(\S.*\S) \((Bouteille|Demi-bouteille|Magnum|[SML] · \d+ cl|\d+ cl|1 L|Unique)\)$")
T_RE = re.compile(r"^[a-z0-9' ]+$")
STOP = {"de", "la", "le", "les", "du", "des", "et", "rose", "rouge", "blanc", "red", "white",
        "bottle", "glass", "half", "pint", "shot", "carafe", "magnum", "chateau", "domaine",
        "cht", "dom", "pastis", "champagne", "brut"}


def ascii_(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", ascii_(s)) if w]


# ------------------------------------------------------------------ label reading
def read_g(label):
    m = G_RE.match(label)
    if not m:
        return None
    fam, desig, meas = m.group(1), m.group(2).rstrip(), m.group(3).strip()
    last = desig.split()[-1] if desig.split() else ""
    vint = int(last) if re.fullmatch(r"(19|20)\d\d", last) else None
    table = {"BTL": ("btl", None), "1/2": ("fmt", 37.5), "MAG": ("fmt", 150), "VRE": ("pour", 12.5),
             "VR12": ("pour", 12), "VR15": ("pour", 15), "P25": ("pour", 25), "P50": ("pour", 50),
             "2CL": ("pour", 2), "4CL": ("pour", 4), "DEMI": ("keg", 25), "33PR": ("keg", 33),
             "PINTE": ("keg", 50), "U": ("food", None), "1L": ("fmt", 100)}
    if meas in table:
        kind = table[meas]
    elif re.fullmatch(r"\d+CL", meas):
        kind = ("fmt", float(meas[:-2]))
    else:
        return None
    return {"fam": fam, "text": desig, "vintage": vint, "measure": kind}


def read_b(label):
    m = B_RE.match(label)
    if not m:
        return None
    name, size = m.group(1), m.group(2)
    ys = [t for t in name.split() if re.fullmatch(r"(19|20)\d\d", t)]
    vint = int(ys[-1]) if ys else None
    if size == "Bouteille":
        kind = ("btl", None)
    elif size == "Demi-bouteille":
        kind = ("fmt", 37.5)
    elif size == "Magnum":
        kind = ("fmt", 150)
    elif size == "Unique":
        kind = ("food", None)
    elif size == "1 L":
        kind = ("fmt", 100)
    elif "·" in size:
        kind = ("sml", float(size.split("·")[1].split()[0]))
    else:
        kind = ("fmt", float(size.split()[0]))
    return {"fam": None, "text": name, "vintage": vint, "measure": kind, "size": size}


def read_t(label):
    if not T_RE.match(label) or label != label.strip() or "  " in label:
        return None
    ys = [t for t in label.split() if re.fullmatch(r"'\d\d", t)]
    vint = 2000 + int(ys[-1][1:]) if ys else None
    for pre, kind in (("half bottle ", ("fmt", 37.5)), ("magnum ", ("fmt", 150)),
                      ("bottle ", ("btl", None)), ("glass 12cl ", ("pour", 12)),
                      ("glass 15cl ", ("pour", 15)), ("glass ", ("pour", 12.5)),
                      ("carafe 25cl ", ("pour", 25)), ("carafe 50cl ", ("pour", 50)),
                      ("2cl ", ("pour", 2)), ("shot ", ("pour", 4)), ("33cl ", ("keg", 33)),
                      ("half ", ("keg", 25)), ("pint ", ("keg", 50))):
        if label.startswith(pre):
            return {"fam": None, "text": label[len(pre):], "vintage": vint, "measure": kind}
    return {"fam": None, "text": label, "vintage": vint, "measure": ("only", None)}


READ = {"G": read_g, "B": read_b, "T": read_t}


# ------------------------------------------------------------------ checks
def load(lines, fields, what, errs):
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError:
            errs.append("%s line %d: bad JSON" % (what, i))
            continue
        if list(obj) != fields:
            errs.append("%s line %d: fields %s" % (what, i, list(obj)))
            continue
        rows.append(obj)
    return rows


def validate(lib_lines, case_lines):
    errs = []
    lib = load(lib_lines, LIB_FIELDS, "library", errs)
    cases = load(case_lines, CASE_FIELDS, "cases", errs)
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks" % len(lib))
    byid, keys = {}, set()
    for i, e in enumerate(lib, 1):
        if e["id"] != "di%03d" % i:
            errs.append("id %s out of sequence (want di%03d)" % (e["id"], i))
        byid[e["id"]] = e
        if e["category"] not in CATS:
            errs.append("%s: category %r" % (e["id"], e["category"]))
        wine = e["category"] in ("vin", "champagne")
        if wine != (e["colour"] is not None) or (wine and e["colour"] not in COLOURS):
            errs.append("%s: colour %r for %s" % (e["id"], e["colour"], e["category"]))
        if e["category"] == "champagne" and e["colour"] not in ("effervescent", "rosé"):
            errs.append("%s: champagne colour %r" % (e["id"], e["colour"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format %r" % (e["id"], e["format_cl"]))
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            errs.append("%s: vintage %r" % (e["id"], e["vintage"]))
        k = tuple(e[f] for f in LIB_FIELDS[1:])
        if k in keys:
            errs.append("%s: duplicate entry" % e["id"])
        keys.add(k)

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    def group(e):
        return [x for x in lib if wine_key(x) == wine_key(e) and x["format_cl"] == e["format_cl"]]

    def formats(e):
        return sorted({x["format_cl"] for x in lib if wine_key(x) == wine_key(e)})

    def ordinary(e):
        small = [f for f in formats(e) if f < 1000]
        return 75 if 75 in small else (small[0] if len(small) == 1 else None)

    labels, tab = set(), {}
    for n, c in enumerate(cases, 1):
        lab, till, exp = c["label"], c["connection"], c["expect"]
        where = "case %d %r" % (n, lab)
        if lab in labels:
            errs.append(where + ": duplicate label")
        labels.add(lab)
        if till not in READ:
            errs.append(where + ": connection %r" % till)
            continue
        if exp not in ("yes", "almost", "none"):
            errs.append(where + ": expect %r" % exp)
            continue
        tab.setdefault(till, {}).setdefault(exp, 0)
        tab[till][exp] += 1
        r = READ[till](lab)
        if r is None:
            errs.append(where + ": not in till %s's form" % till)
            continue
        if r["vintage"] != c["vintage"]:
            errs.append(where + ": vintage %r, label says %r" % (c["vintage"], r["vintage"]))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(where + ": none with id, also_ok or units")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(where + ": unknown id %r" % c["beverage_id"])
            continue
        if any(a not in byid for a in c["also_ok"]):
            errs.append(where + ": unknown also_ok")
            continue
        # family / colour
        if till == "G":
            want = FAM_G.get(r["fam"])
            got = ("champagne" if e["category"] == "champagne" else e["colour"] if e["category"] == "vin"
                   else "pastis" if any(w in ascii_(e["name"]) for w in PASTIS_WORDS) else e["category"])
            if want != got:
                errs.append(where + ": family %s on a %s" % (r["fam"], got))
        else:
            tw = set(words(r["text"]))
            cw = {"rouge": {"rouge", "red"}, "blanc": {"blanc", "white"}, "rosé": {"rose"}}
            if e["category"] == "vin":
                for col, ws in cw.items():
                    if tw & ws and col != e["colour"] and not (set(words(e["name"])) & ws):
                        errs.append(where + ": colour word for %s on a %s" % (col, e["colour"]))
        # format and units
        kind, vol = r["measure"]
        wine = e["category"] in ("vin", "champagne")
        keg = [f for f in formats(e) if f >= 1000]
        if kind == "food":
            errs.append(where + ": a food/service measure with an answer")
            continue
        if kind == "btl":
            fmt, pour = (75 if wine else ordinary(e)), None
        elif kind == "only":
            fmt, pour = (None if wine else ordinary(e)), None
        elif kind == "fmt":
            fmt, pour = vol, None
        elif kind == "keg" or (kind == "sml" and e["category"] == "bière"):
            fmt, pour = (keg[0] if keg else None), vol
        else:
            fmt, pour = ordinary(e), vol
        if fmt is None or float(fmt) != float(e["format_cl"]):
            errs.append(where + ": measure implies %s cl, entry is %s cl" % (fmt, e["format_cl"]))
            continue
        u = 1 if pour is None else round(pour / e["format_cl"], 4)
        if c["units_per_sale"] != u:
            errs.append(where + ": units %r, want %r" % (c["units_per_sale"], u))
        if till == "B" and kind == "sml":
            letter = r["size"][0]
            if e["category"] == "bière":
                ok = {"S": 25, "M": 33, "L": 50}[letter] == vol
            elif wine or e["category"] == "autre":
                ok = {"S": 12, "M": 25, "L": 50}[letter] == vol
            else:
                ok = {"S": 2, "M": 4}.get(letter) == vol
            if not ok:
                errs.append(where + ": size %s does not fit this kind of drink" % r["size"])
        # vintage rules
        g = group(e)
        held = sorted(x["vintage"] for x in g if x["vintage"] is not None)
        byv = {x["vintage"]: x["id"] for x in g}
        lv = c["vintage"]
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        if exp == "yes":
            if lv is not None and held:
                if e["vintage"] != lv or c["also_ok"]:
                    errs.append(where + ": yes not on the label's vintage or also_ok not empty")
            elif held:
                if e["vintage"] != held[-1] or sorted(c["also_ok"]) != others:
                    errs.append(where + ": no-vintage yes not on the most recent with others in also_ok")
            elif c["also_ok"]:
                errs.append(where + ": also_ok on a non-vintage drink")
        else:
            if lv is None or lv in byv or not held:
                errs.append(where + ": almost without a missing label vintage")
            else:
                best = sorted(held, key=lambda v: (abs(v - lv), -v))[0]
                if e["vintage"] != best or sorted(c["also_ok"]) != others:
                    errs.append(where + ": almost not on the nearest vintage / also_ok wrong")
        # recognisable: a shared word, 4-letter stem or number
        lw = [w for w in words(r["text"]) if w not in STOP and not re.fullmatch(r"(19|20)\d\d", w)]
        ew = [w for w in words(e["name"] + " " + e["producer"]) if w not in STOP]
        if not any(a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]) for a in lw for b in ew):
            errs.append(where + ": shares no word with %s" % e["id"])
    total = len(cases)
    if not 280 <= total <= 300:
        errs.append("%d cases" % total)
    if total:
        share = {k: sum(t.get(k, 0) for t in tab.values()) / total for k in ("yes", "almost", "none")}
        for k, (lo, hi) in (("yes", (.45, .52)), ("almost", (.12, .17)), ("none", (.33, .40))):
            if not lo <= share[k] <= hi:
                errs.append("share of %s %.3f" % (k, share[k]))
    for t in READ:
        for k in ("yes", "almost", "none"):
            if not tab.get(t, {}).get(k):
                errs.append("till %s has no %s" % (t, k))
    return errs, tab


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().splitlines()


def selftest():
    lib, cases = read("digne_library.jsonl"), read("digne_cases.jsonl")
    errs, _ = validate(lib, cases)
    assert not errs, errs
    print("clean files: pass")
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]

    def find(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def case_edit(pred, fn):
        cs = [dict(c) for c in C]
        i = find(pred)
        fn(cs[i])
        return lib, [json.dumps(c, ensure_ascii=False) for c in cs]

    def lib_edit(i, fn):
        ls = [dict(x) for x in L]
        fn(ls[i])
        return [json.dumps(x, ensure_ascii=False) for x in ls], cases

    def swap_almost(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]

    def old_yes(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]

    def reorder(c):
        c2 = {k: c[k] for k in reversed(CASE_FIELDS)}
        c.clear()
        c.update(c2)

    breaks = [
        ("almost on the farther vintage", case_edit(lambda c: c["expect"] == "almost" and c["also_ok"], swap_almost)),
        ("no-vintage yes on the older vintage", case_edit(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"], old_yes)),
        ("glass units", case_edit(lambda c: c["label"].startswith("glass "), lambda c: c.update(units_per_sale=0.16))),
        ("vintage field", case_edit(lambda c: c["vintage"] == 2024 and c["expect"] == "yes", lambda c: c.update(vintage=2023))),
        ("none with an id", case_edit(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="di001"))),
        ("emptied also_ok", case_edit(lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[]))),
        ("duplicate label", (lib, [*cases, cases[0]])),
        ("id out of sequence", lib_edit(5, lambda e: e.update(id="di099"))),
        ("colour on a beer", lib_edit(next(i for i, e in enumerate(L) if e["category"] == "bière"), lambda e: e.update(colour="blanc"))),
        ("G family 03 on a rosé", case_edit(lambda c: c["label"].startswith("| 02 |") and c["expect"] == "yes", lambda c: c.update(label=c["label"].replace("| 02 |", "| 03 |", 1)))),
        ("G price with a dot", case_edit(lambda c: c["connection"] == "G", lambda c: c.update(label=c["label"][:-7] + c["label"][-7:].replace(",", ".")))),
        ("T label in capitals", case_edit(lambda c: c["connection"] == "T" and c["expect"] == "yes", lambda c: c.update(label=c["label"].upper()))),
        ("B size M on a beer given 25 cl", case_edit(lambda c: "(S · 25 cl)" in c["label"], lambda c: c.update(label=c["label"].replace("(S · 25 cl)", "(M · 25 cl)")))),
        ("magnum on the 75 cl entry", case_edit(lambda c: "MAG" in c["label"] and c["expect"] == "yes", lambda c: c.update(beverage_id=C[find(lambda d: d["expect"] == "yes" and "BTL" in d["label"])]["beverage_id"]))),
        ("yes turned almost", case_edit(lambda c: c["expect"] == "yes" and c["vintage"] is not None, lambda c: c.update(expect="almost"))),
        ("a till without almost", (lib, [x for x in cases if not ('"almost"' in x and '"connection": "B"' in x)])),
        ("a soft on another soft", case_edit(lambda c: c["label"] == "coca", lambda c: c.update(beverage_id=next(e["id"] for e in L if e["name"] == "Orangina")))),
        ("broken JSON line", (lib, [*cases[:3], cases[3][:-5], *cases[4:]])),
        ("fields out of order", case_edit(lambda c: True, reorder)),
    ]
    bad = 0
    for name, (l2, c2) in breaks:
        errs, _ = validate(l2, c2)
        print("%-34s %s" % (name, ("caught: " + errs[0])[:110] if errs else "NOT CAUGHT"))
        bad += not errs
    if bad:
        raise SystemExit("%d breaks not caught" % bad)
    print("%d breaks, all caught" % len(breaks))


def main():
    if "--selftest" in sys.argv:
        selftest()
        return
    errs, tab = validate(read("digne_library.jsonl"), read("digne_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    for t in sorted(tab):
        print(t, tab[t])
    if errs:
        raise SystemExit(1)
    print("OK")


if __name__ == "__main__":
    main()
