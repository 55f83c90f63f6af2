#!/usr/bin/env python3
"""Check macon_library.jsonl and macon_cases.jsonl on their own (no build module imported).

    python3 check_macon.py            check the two files beside this script
    python3 check_macon.py --selftest break copies in many ways and show each is reported
"""
import copy
import csv
import io
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
TILLS = ("zinc", "pda", "export")
ZINC_MEAS = {"B": ("bottle", None), "B37": ("bottle", 37.5), "MG": ("bottle", 150),
             "V": ("pour", 12.5), "V15": ("pour", 15), "POT": ("pour", 46), "C50": ("pour", 50),
             "CP": ("pour", 12.5), "D": ("pour", 4), "D2": ("pour", 2),
             "DEMI": ("draught", 25), "PINT": ("draught", 50), "25": ("bottle", 25),
             "33": ("bottle", 33), "50": ("bottle", 50), "1L": ("bottle", 100)}
PDA_MEAS = {"btl": ("bottle", None), "1/2btl": ("bottle", 37.5), "mag": ("bottle", 150),
            "vr": ("pour", 12.5), "vr15": ("pour", 15), "pot": ("pour", 46),
            "car50": ("pour", 50), "coupe": ("pour", 12.5), "shot": ("pour", 4),
            "shot2": ("pour", 2), "demi": ("draught", 25), "pinte": ("draught", 50),
            "25cl": ("bottle", 25), "33cl": ("bottle", 33), "50cl": ("bottle", 50),
            "1l": ("bottle", 100)}
ABBREV = {"pf": ["pouilly", "fuisse"], "st": ["saint"], "bj": ["beaujolais"],
          "mav": ["moulin", "vent"], "rge": ["rouge"], "crem": ["cremant"],
          "kro": ["kronenbourg"], "vil": ["villages"], "vill": ["villages"],
          "blde": ["blonde"], "vv": ["vieilles", "vignes"], "ch": ["chateau"],
          "1c": ["1er", "cru"], "dub": ["duboeuf"], "merc": ["mercurey"]}


def norm_tokens(s):
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    return [t for t in re.split(r"[^a-z0-9]+", s) if t]


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, msg):
        self.errors.append(msg)


def parse_lines(text, ck, what):
    rows = []
    for i, line in enumerate(text.splitlines(), 1):
        try:
            rows.append(json.loads(line, object_pairs_hook=lambda p: dict(p) | {"__order": [k for k, _ in p]}))
        except json.JSONDecodeError as e:
            ck.err("%s line %d: invalid JSON (%s)" % (what, i, e))
    return rows


def read_label(till, label, ck, where):
    """Returns (vintage, measure, words) read from a label in its till's form."""
    if till == "zinc":
        if not re.fullmatch(r"[A-Z0-9.]+(\*[A-Z0-9]+)?", label):
            ck.err("%s: zinc label not in ASCII capitals and dots" % where)
        name, _, m = label.partition("*")
        if len(name) > 20:
            ck.err("%s: zinc name field over 20 columns" % where)
        toks = name.split(".")
        v = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            v = 2000 + yy if yy < 40 else 1900 + yy
            toks = toks[:-1]
        if m and m not in ZINC_MEAS:
            ck.err("%s: unknown zinc measure %r" % (where, m))
        return v, ZINC_MEAS.get(m) if m else None, " ".join(toks), len(name)
    if till == "pda":
        if not re.fullmatch(r"p[1-6] [^A-Z]+", label):
            ck.err("%s: pda label not 'p<seat> ' and lower case" % where)
        body, _, m = label.partition(" >")
        v = None
        words = []
        for t in body.split()[1:]:
            if re.fullmatch(r"(19|20)\d\d", t):
                v = int(t)
            else:
                words.append(t)
        if m and m not in PDA_MEAS:
            ck.err("%s: unknown pda measure %r" % (where, m))
        return v, PDA_MEAS.get(m) if m else None, " ".join(words), 0
    try:
        row = next(csv.reader(io.StringIO(label)))
    except Exception:
        row = []
    if len(row) != 7 or not label.startswith('"') or not label.endswith('"'):
        ck.err("%s: export line is not 7 quoted fields" % where)
        return None, None, label, 0
    code, lib, mill, cont, qty, pu, tot = row
    if not re.fullmatch(r"\d{5}", code):
        ck.err("%s: export article code not 5 digits" % where)
    if mill and not re.fullmatch(r"(19|20)\d\d", mill):
        ck.err("%s: export vintage column %r" % (where, mill))
    if not re.fullmatch(r"[1-9]\d*", qty) or not re.fullmatch(r"\d+,\d\d", pu) \
            or not re.fullmatch(r"\d+,\d\d", tot):
        ck.err("%s: export quantity / price / total malformed" % where)
    else:
        def c(s):
            return int(s.replace(",", ""))
        if c(pu) * int(qty) != c(tot):
            ck.err("%s: export total is not quantity x unit price" % where)
    meas = None
    if cont:
        if not re.fullmatch(r"\d+(,\d)?cl", cont):
            ck.err("%s: export volume %r" % (where, cont))
            return None, None, lib, 0
        cl = float(cont[:-2].replace(",", "."))
        cl = int(cl) if cl == int(cl) else cl
        meas = ("draught", cl) if "pression" in lib.lower() else ("vol", cl)
    return (int(mill) if mill else None), meas, lib, 0


def ordinary(entries):
    fmts = sorted({e["format_cl"] for e in entries if e["format_cl"] < 2000})
    if 75 in fmts:
        return 75
    return fmts[0] if len(fmts) == 1 else None


def expected_format(entries, meas):
    """(format, units) the measure asks for, or None when not held."""
    if not entries or meas is None:
        return None
    cat = entries[0]["category"]
    fmts = {e["format_cl"] for e in entries}
    kind, cl = meas
    if kind == "vol":
        if cl in fmts:
            kind = "bottle"
        elif cl >= 70 or cl in (37.5, 150) or cat in ("bière", "soft"):
            return None
        else:
            kind = "pour"
    if kind == "bottle":
        f = ordinary(entries) if cl is None else cl
        return (f, 1) if f in fmts else None
    if kind == "draught":
        keg = [f for f in fmts if f >= 2000]
        return (keg[0], round(cl / keg[0], 4)) if keg else None
    if cat in ("bière", "soft"):
        return None
    f = ordinary(entries)
    return (f, round(cl / f, 4)) if f else None


def check(lib_text, cases_text):
    ck = Checker()
    lib = parse_lines(lib_text, ck, "library")
    cases = parse_lines(cases_text, ck, "cases")
    if not 110 <= len(lib) <= 130:
        ck.err("library has %d drinks, not 110-130" % len(lib))
    by_id, seen = {}, set()
    for i, e in enumerate(lib, 1):
        where = "library %s" % e.get("id")
        if e.pop("__order") != LIB_FIELDS:
            ck.err("%s: fields not in bench order" % where)
        if e.get("id") != "mc%03d" % i:
            ck.err("%s: id out of sequence (expected mc%03d)" % (where, i))
        if e.get("colour") not in COLOURS:
            ck.err("%s: colour %r" % (where, e.get("colour")))
        if e.get("category") not in CATS:
            ck.err("%s: category %r" % (where, e.get("category")))
        if (e.get("colour") is None) != (e.get("category") in ("spiritueux", "bière", "soft", "autre")):
            ck.err("%s: colour must be null exactly for spirits, beers, softs, autre" % where)
        if e.get("format_cl", 0) >= 2000 and e.get("category") != "bière":
            ck.err("%s: a keg that is not a beer" % where)
        k = tuple(e.get(f) for f in LIB_FIELDS[1:])
        if k in seen:
            ck.err("%s: same drink twice" % where)
        seen.add(k)
        by_id[e.get("id")] = e

    def wine_of(e):
        return [x for x in lib if all(x.get(f) == e.get(f) for f in ("name", "producer", "appellation", "colour"))]

    if not 280 <= len(cases) <= 300:
        ck.err("cases: %d, not 280-300" % len(cases))
    labels = set()
    counts = {}
    for n, c in enumerate(cases, 1):
        where = "case %d %r" % (n, c.get("label"))
        if c.pop("__order") != CASE_FIELDS:
            ck.err("%s: fields not in order" % where)
        lab, till, exp = c.get("label"), c.get("connection"), c.get("expect")
        if lab in labels:
            ck.err("%s: duplicate label" % where)
        labels.add(lab)
        if till not in TILLS:
            ck.err("%s: unknown connection" % where)
            continue
        if exp not in ("yes", "almost", "none"):
            ck.err("%s: expect %r" % (where, exp))
            continue
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        if not c.get("note"):
            ck.err("%s: empty note" % where)
        v, meas, words, width = read_label(till, lab, ck, where)
        if v != c.get("vintage"):
            ck.err("%s: vintage %r but the label reads %r" % (where, c.get("vintage"), v))
        if "cut off by the till" in (c.get("note") or "") and (till != "zinc" or width < 19 or v):
            ck.err("%s: 'cut off' note on a label that was not cut" % where)
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or c.get("units_per_sale") is not None:
                ck.err("%s: none must have null id, empty also_ok, null units" % where)
            continue
        e = by_id.get(c.get("beverage_id"))
        if e is None:
            ck.err("%s: beverage_id %r not in the library" % (where, c.get("beverage_id")))
            continue
        wine = wine_of(e)
        fu = expected_format(wine, meas)
        if fu is None:
            ck.err("%s: the label's measure %r is not held for this drink" % (where, meas))
            continue
        fmt, units = fu
        if e["format_cl"] != fmt:
            ck.err("%s: entry format %s but the label asks for %s" % (where, e["format_cl"], fmt))
        if c.get("units_per_sale") != units:
            ck.err("%s: units %r, the printed measure gives %r" % (where, c.get("units_per_sale"), units))
        same = [x for x in wine if x["format_cl"] == e["format_cl"]]
        others = sorted(x["id"] for x in same if x is not e)
        vints = [x["vintage"] for x in same]
        if exp == "yes":
            if v is not None and vints != [None]:
                if e["vintage"] != v:
                    ck.err("%s: yes on vintage %s, label says %s" % (where, e["vintage"], v))
                if c.get("also_ok"):
                    ck.err("%s: yes with a label vintage must have empty also_ok" % where)
            else:
                if e["vintage"] != max((x for x in vints if x), default=None):
                    ck.err("%s: yes without vintage must be the most recent" % where)
                if sorted(c.get("also_ok") or []) != others:
                    ck.err("%s: also_ok must list the other vintages %s" % (where, others))
        else:
            if v is None or v in vints or vints == [None]:
                ck.err("%s: almost needs a label vintage the wine lacks" % where)
                continue
            best = min(same, key=lambda x: (abs(x["vintage"] - v), -x["vintage"]))
            if best is not e:
                ck.err("%s: almost must be the nearest vintage %s" % (where, best["id"]))
            if sorted(c.get("also_ok") or []) != others:
                ck.err("%s: also_ok must list the other vintages %s" % (where, others))
        et = set(norm_tokens(" ".join(filter(None, [e["name"], e["producer"], e["appellation"]]))))
        ok = False
        lt = set(norm_tokens(words)) | set(re.findall(r"[a-z]+|\d+", " ".join(norm_tokens(words))))
        for t in lt:
            if (t in et and (len(t) >= 3 or t.isdigit())) or (len(t) >= 4 and any(x.startswith(t) or (len(x) >= 4 and t.startswith(x)) for x in et)) or (t in ABBREV and all(a in et for a in ABBREV[t])):
                ok = True
        if not ok:
            ck.err("%s: shares no word, stem or standard abbreviation with its entry" % where)
    total = len(cases)
    if total:
        for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            k = sum(counts.get((t, exp), 0) for t in TILLS)
            if not lo <= 100.0 * k / total <= hi:
                ck.err("share of %s is %.1f %%, not %d-%d %%" % (exp, 100.0 * k / total, lo, hi))
    for t in TILLS:
        for exp in ("yes", "almost", "none"):
            if not counts.get((t, exp)):
                ck.err("till %s has no %s case" % (t, exp))
    return ck.errors, counts


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def selftest(lib_text, cases_text):
    lib = [json.loads(l) for l in lib_text.splitlines()]
    cases = [json.loads(l) for l in cases_text.splitlines()]
    errs, _ = check(lib_text, cases_text)
    assert not errs, errs[:5]
    print("clean files: pass")

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    breaks = []

    def brk(name, f, on_lib=False):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        out = f(L, C)
        lt, ct = (out if isinstance(out, tuple) else (dumps(L), dumps(C)))
        breaks.append((name, lt, ct))

    def swap_order(L, C):
        r = C[0]
        C[0] = dict([("expect", r["expect"]), ("label", r["label"])] + [(k, r[k]) for k in CASE_FIELDS[2:]])
    brk("fields out of order", swap_order)
    brk("invalid JSON line", lambda L, C: (dumps(L), dumps(C)[:-30] + "\n"))
    brk("id out of sequence", lambda L, C: L[5].update(id="mc099"))
    beer = next(i for i, e in enumerate(lib) if e["category"] == "bière")
    brk("colour on a beer", lambda L, C: L[beer].update(colour="blanc"))
    g = first(lambda c: c["connection"] == "zinc" and c["label"].endswith("*V") and c["expect"] == "yes" and "cut off" not in c["note"])
    brk("glass units", lambda L, C: C[g].update(units_per_sale=0.16))
    tie = first(lambda c: c["label"].startswith("PF.FERRET.21"))
    brk("almost on the farther of two equidistant vintages",
        lambda L, C: C[tie].update(beverage_id=C[tie]["also_ok"][0], also_ok=[C[tie]["beverage_id"]]))
    nn = first(lambda c: c["expect"] == "none")
    brk("none with an id", lambda L, C: C[nn].update(beverage_id="mc001"))
    ao = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    brk("also_ok dropped", lambda L, C: C[ao].update(also_ok=[]))
    brk("duplicate label", lambda L, C: C[1].update(label=C[0]["label"]))
    half = first(lambda c: c["label"].endswith(">1/2btl") and c["expect"] == "yes")
    full = {(e["name"], e["producer"]): e["id"] for e in lib if e["format_cl"] == 75}
    hid = next(e for e in lib if e["id"] == cases[half]["beverage_id"])
    brk("half pointed at the 75 cl entry",
        lambda L, C: C[half].update(beverage_id=full[(hid["name"], hid["producer"])]))
    dm = first(lambda c: c["label"] == "PRESS.LEFFE*DEMI")
    leffe = next(e["id"] for e in lib if e["name"] == "Leffe Blonde")
    brk("draught answered with a bottled beer",
        lambda L, C: C[dm].update(expect="yes", beverage_id=leffe, units_per_sale=0.0758))
    vv = first(lambda c: c["connection"] == "pda" and c["vintage"])
    brk("vintage not on the label", lambda L, C: C[vv].update(vintage=C[vv]["vintage"] - 1))
    brk("label sharing no word", lambda L, C: C[g].update(label="TRUC.MACHIN.23*V"))
    brk("zinc field over 20 columns", lambda L, C: C[g].update(label="MACON.VILLAGES.JADOT.XX*V"))
    ex = first(lambda c: c["connection"] == "export" and c["expect"] == "yes")
    brk("export total not quantity x price",
        lambda L, C: C[ex].update(label=C[ex]["label"][:-5] + '99"'))
    brk("pda label in capitals", lambda L, C: C[vv].update(label=C[vv]["label"].upper().replace("P", "p", 1)))

    def no_almost(L, C):
        for c in C:
            if c["connection"] == "export" and c["expect"] == "almost":
                c.update(expect="none", beverage_id=None, also_ok=[], units_per_sale=None)
    brk("a till without almost", no_almost)
    brk("too few cases", lambda L, C: (dumps(L), dumps(C[:250])))
    cut = first(lambda c: "cut off" not in c["note"] and c["connection"] == "pda")
    brk("cut-off note on an uncut label", lambda L, C: C[cut].update(note=C[cut]["note"] + " [2020 cut off by the till]"))
    mag = first(lambda c: c["label"].endswith(">mag") and c["expect"] == "yes")
    brk("magnum with units of a glass", lambda L, C: C[mag].update(units_per_sale=2))
    failed = 0
    for name, lt, ct in breaks:
        errs, _ = check(lt, ct)
        print("%-50s %s" % (name, ("reported: " + errs[0])[:110] if errs else "NOT REPORTED"))
        failed += not errs
    print("%d kinds of break, %d not reported" % (len(breaks), failed))
    return failed == 0


def main():
    lib_text = open(os.path.join(HERE, "macon_library.jsonl"), encoding="utf-8").read()
    cases_text = open(os.path.join(HERE, "macon_cases.jsonl"), encoding="utf-8").read()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_text, cases_text) else 1)
    errs, counts = check(lib_text, cases_text)
    for e in errs:
        print("ERROR", e)
    for t in TILLS:
        print("%-7s yes %3d  almost %3d  none %3d" % ((t, *tuple(counts.get((t, x), 0) for x in ("yes", "almost", "none")))))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
