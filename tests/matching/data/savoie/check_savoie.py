"""Check savoie_library.jsonl and savoie_cases.jsonl on their own (the build is not imported).

python3 check_savoie.py              check the two files, print the counts
python3 check_savoie.py --selftest   break copies on purpose: each break must be reported,
                                     and the unbroken files must check clean

It re-reads every label with its own reading of each till (measure, bottle size, vintage),
then checks the answer against the bench README's rules.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
WINE = {"vin", "champagne"}
TILLS = ("caisse", "folio", "badge")
OUTLETS = {"Restaurant", "Bar", "Room service", "Minibar", "Réception", "Spa", "Ski room"}

# measure words of each till -> (kind, cl); kind bottle with cl None = a wine's 75 cl bottle
CAISSE_M = {"VRE": ("pour", 12.5), "VRE15": ("pour", 15), "CP": ("pour", 12.5),
            "PICH25": ("pour", 25), "PICH50": ("pour", 50), "1/2": ("bottle", 37.5),
            "MAG": ("bottle", 150), "DOSE": ("pour", 4), "2CL": ("pour", 2),
            "DEMI": ("draught", 25), "PINTE": ("draught", 50), "25CL": ("bottle", 25),
            "33CL": ("bottle", 33), "50CL": ("bottle", 50), "70CL": ("bottle", 70),
            "1L": ("bottle", 100)}
CAISSE_NOT_WINE = {"DOSE", "2CL", "DEMI", "PINTE", "25CL", "33CL", "50CL", "70CL", "1L"}
FOLIO_M = {"75 cl": ("bottle", None), "37,5 cl": ("bottle", 37.5), "150 cl": ("bottle", 150),
           "verre 12 cl": ("pour", 12), "coupe": ("pour", 12.5), "pichet 25 cl": ("pour", 25),
           "pichet 50 cl": ("pour", 50), "4 cl": ("pour", 4), "2 cl": ("pour", 2),
           "pression 25 cl": ("draught", 25), "pression 50 cl": ("draught", 50),
           "25 cl": ("bottle", 25), "33 cl": ("bottle", 33), "50 cl": ("bottle", 50),
           "70 cl": ("bottle", 70), "100 cl": ("bottle", 100)}
BADGE_M = {"btl": ("bottle", None), "1/2btl": ("bottle", 37.5), "mag": ("bottle", 150),
           "verre": ("pour", 12.5), "coupe": ("pour", 12.5), "pichet25": ("pour", 25),
           "pichet50": ("pour", 50), "4cl": ("pour", 4), "2cl": ("pour", 2),
           "pression25": ("draught", 25), "pression50": ("draught", 50),
           "25cl": ("bottle", 25), "33cl": ("bottle", 33), "50cl": ("bottle", 50),
           "100cl": ("bottle", 100)}
BADGE_CREDITS = ("recharge", "retour consigne", "remboursement")

CAISSE_RE = re.compile(r"^([A-Z0-9/][A-Z0-9/ ]{19}) ([ \d]\d) x ([ \d]{2}\d{1,2},\d\d|\d{3,4},\d\d) "
                       r"([ \d]{1,4}\d,\d\d)$")
FOLIO_RE = re.compile(r"^Ch\.([1-3][0-4]\d) \| ([^|]+) \| ([^|]+) \| ([1-9]) x (\d+,\d\d) €$")
BADGE_RE = re.compile(r"^(TERR1|TERR2|SNACK) (09|1[0-6]):([0-5]\d) #([A-F][0-9A-F]{3}) "
                      r"([a-z0-9 '/.-]+?)(?: ([+-]\d+,\d\d))?$")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def cents(s):
    return int(s.strip().replace(",", ""))


# ------------------------------------------------------------------ reading a label
def read_label(case):
    """Return (form errors, measure (kind, cl) or None, vintage printed or None)."""
    label, till = case["label"], case["connection"]
    errs = []
    if till == "caisse":
        m = CAISSE_RE.match(label)
        if not m or len(label) != 40:
            return ["caisse form: 20-column capitals, qty, x, price, total: %r" % label], None, None
        desc = m.group(1).rstrip()
        qty, pu, tot = int(m.group(2)), cents(m.group(3)), cents(m.group(4))
        if qty * pu != tot:
            errs.append("caisse total is not quantity x unit price: %r" % label)
        toks = desc.split()
        measure = CAISSE_M.get(toks[0], ("bottle", None))
        vintage = None
        if len(toks) > 1 and toks[0] not in CAISSE_NOT_WINE and re.fullmatch(r"\d\d", toks[-1]):
            vintage = 2000 + int(toks[-1])
        return errs, measure, vintage
    if till == "folio":
        m = FOLIO_RE.match(label)
        if not m:
            return ["folio form: Ch.nnn | outlet | item | q x price €: %r" % label], None, None
        if m.group(2) not in OUTLETS:
            errs.append("folio outlet unknown: %r" % label)
        item = m.group(3)
        p = re.search(r"\(([^()]*)\)$", item)
        measure = FOLIO_M.get(p.group(1)) if p else None
        v = re.findall(r"(?<![\d,])(19[5-9]\d|20[0-4]\d)(?![\d,])", item)
        if len(v) > 1:
            errs.append("folio item with two years: %r" % label)
        return errs, measure, (int(v[0]) if v else None)
    if till == "badge":
        m = BADGE_RE.match(label)
        if not m:
            return ["badge form: terminal hh:mm #pass item amount: %r" % label], None, None
        item, amount = m.group(5), m.group(6)
        if amount is None:
            errs.append("badge line without an amount: %r" % label)
        elif (amount[0] == "+") != item.startswith(BADGE_CREDITS):
            errs.append("badge amount sign: only top-ups and refunds are credits: %r" % label)
        toks = item.split()
        measure = BADGE_M.get(toks[-1]) if toks else None
        years = [t for t in toks if re.fullmatch(r"'\d\d", t)]
        return errs, measure, (2000 + int(years[-1][1:]) if years else None)
    return ["unknown connection %r" % till], None, None


# ------------------------------------------------------------------ the checks
def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: invalid JSON" % i)
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: fields %s" % (i, list(e)))
            continue
        lib.append(e)
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: invalid JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("case line %d: fields %s" % (i, list(c)))
            continue
        cases.append(c)

    # library
    by_id, seen = {}, set()
    for i, e in enumerate(lib, 1):
        if e["id"] != "sv%03d" % i:
            errs.append("library id %s out of sequence (expected sv%03d)" % (e["id"], i))
        by_id[e["id"]] = e
        if e["category"] not in CATEGORIES:
            errs.append("%s: category %r" % (e["id"], e["category"]))
        if e["category"] in WINE:
            if e["colour"] not in COLOURS:
                errs.append("%s: a wine needs a colour" % e["id"])
        elif e["colour"] is not None:
            errs.append("%s: colour on a drink that is no wine" % e["id"])
        if not (e["vintage"] is None or (isinstance(e["vintage"], int) and 1950 <= e["vintage"] <= 2030)):
            errs.append("%s: vintage %r" % (e["id"], e["vintage"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            errs.append("%s: format %r" % (e["id"], e["format_cl"]))
        if e["category"] == "bière" and e["format_cl"] >= 1000 and e["format_cl"] not in (2000, 3000):
            errs.append("%s: a keg is 2,000 or 3,000 cl" % e["id"])
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen:
            errs.append("%s: a second entry for the same wine, vintage and format" % e["id"])
        seen.add(k)
        if not e["name"] or not e["producer"] or e["country"] != "France":
            errs.append("%s: name, producer and country are required" % e["id"])
    if not 110 <= len(lib) <= 130:
        errs.append("library holds %d drinks, not 110-130" % len(lib))

    def wine_of(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    wines = {}
    for e in lib:
        wines.setdefault(wine_of(e), []).append(e)

    # cases
    labels, tally = set(), {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        lab = c["label"]
        where = "case %r" % lab
        if lab in labels:
            errs.append("%s: duplicate label" % where)
        labels.add(lab)
        if c["connection"] not in TILLS:
            errs.append("%s: connection %r" % (where, c["connection"]))
            continue
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append("%s: a note is required" % where)
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append("%s: expect %r" % (where, c["expect"]))
            continue
        tally[c["connection"]][c["expect"]] += 1
        form, measure, vintage = read_label(c)
        errs += form
        if c["vintage"] != vintage:
            errs.append("%s: vintage %r, but the label reads %r" % (where, c["vintage"], vintage))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%s: a none has no id, no also_ok and no units" % where)
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
            continue
        if any(a not in by_id for a in c["also_ok"]) or c["also_ok"] != sorted(c["also_ok"]):
            errs.append("%s: also_ok must list known ids in order" % where)
        if measure is None:
            errs.append("%s: no measure read on a drink's label" % where)
            continue
        kind, vol = measure
        same_wine = wines[wine_of(e)]
        formats = sorted({x["format_cl"] for x in same_wine})
        # format and units
        if kind == "bottle":
            if vol is None:
                if e["category"] not in WINE:
                    errs.append("%s: a bottle without size is a wine's 75 cl" % where)
                vol = 75
            if e["format_cl"] != vol:
                errs.append("%s: bottle of %s cl answered with the %s cl entry" % (where, vol, e["format_cl"]))
            if c["units_per_sale"] != 1:
                errs.append("%s: a bottle is units 1, not %r" % (where, c["units_per_sale"]))
        elif kind == "pour":
            ordinary = [f for f in formats if f < 1000 and f not in (37.5, 150)]
            want = 75 if 75 in ordinary else (ordinary[0] if len(ordinary) == 1 else None)
            if e["format_cl"] != want:
                errs.append("%s: a pour refers to the ordinary bottle (%s), not %s cl" % (where, want, e["format_cl"]))
            elif c["units_per_sale"] != round(vol / want, 4):
                errs.append("%s: units %r, expected %r" % (where, c["units_per_sale"], round(vol / want, 4)))
        else:
            if e["format_cl"] < 1000:
                errs.append("%s: a draught measure is poured from a keg" % where)
            elif c["units_per_sale"] != round(vol / e["format_cl"], 4):
                errs.append("%s: units %r, expected %r" % (where, c["units_per_sale"], round(vol / e["format_cl"], 4)))
        # vintages
        same = [x for x in same_wine if x["format_cl"] == e["format_cl"]]
        held = [x["vintage"] for x in same]
        others = sorted(x["id"] for x in same if x is not e)
        if c["expect"] == "yes":
            if vintage is not None:
                if e["vintage"] != vintage or c["also_ok"]:
                    errs.append("%s: a yes with a vintage is that vintage, also_ok empty" % where)
            else:
                if e["vintage"] != max(held, key=lambda v: v or 0) or c["also_ok"] != others:
                    errs.append("%s: without a vintage, the most recent with the others in also_ok" % where)
        else:
            if vintage is None or vintage in held or None in held:
                errs.append("%s: an almost needs a printed vintage the wine lacks" % where)
            else:
                best = min(held, key=lambda v: (abs(v - vintage), -v))
                if e["vintage"] != best or c["also_ok"] != others:
                    errs.append("%s: almost is the nearest vintage (%s), others in also_ok" % (where, best))
        # the label names its drink
        words = set(re.findall(r"[a-z0-9]+", fold(" ".join(
            [e["name"], e["producer"], e["appellation"] or ""]))))
        lw = [w for w in re.findall(r"[a-z0-9]+", fold(lab)) if len(w) >= 3 and not w.isdigit()]
        if not any(w in words or any(x.startswith(w) or w.startswith(x) for x in words if len(x) >= 4)
                   for w in lw if len(w) >= 4 or w in words):
            errs.append("%s: shares no word with %s" % (where, e["id"]))

    n = sum(sum(t.values()) for t in tally.values())
    tot = {k: sum(t[k] for t in tally.values()) for k in ("yes", "almost", "none")}
    if not 280 <= n <= 300:
        errs.append("%d cases, not 280-300" % n)
    elif not (0.44 <= tot["yes"] / n <= 0.52 and 0.11 <= tot["almost"] / n <= 0.17
              and 0.34 <= tot["none"] / n <= 0.42):
        errs.append("proportions yes/almost/none off: %s" % tot)
    return errs, tally


def load():
    with open(os.path.join(HERE, "savoie_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "savoie_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


# ------------------------------------------------------------------ self-test
def _edit(lines, pick, change):
    """Copy lines; change the first JSON line for which pick(obj) is true."""
    out, done = [], False
    for line in lines:
        o = json.loads(line)
        if not done and pick(o):
            o = change(o)
            done = True
        out.append(json.dumps(o, ensure_ascii=False))
    assert done, "selftest: nothing to break"
    return out


def _set(**kv):
    def change(o):
        o = dict(o)
        o.update(kv)
        return o
    return change


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    if errs:
        print("the unbroken files do not check clean:")
        print("\n".join(errs[:20]))
        return 1
    libo = {json.loads(l)["id"]: json.loads(l) for l in lib}

    def is_(conn, expect, pred=lambda c: True):
        return lambda c: c["connection"] == conn and c["expect"] == expect and pred(c)

    def reorder(o):
        return {k: o[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}

    def far(c):
        c = dict(c)
        others = c["also_ok"]
        c["beverage_id"], c["also_ok"] = others[-1], sorted([c["beverage_id"], *others[:-1]])
        return c

    def cut_kept(c):
        return dict(c, vintage=2021)

    breaks = [
        ("a glass's units", None, _edit(cases, lambda c: c["units_per_sale"] == 0.1667,
                                        _set(units_per_sale=0.2))),
        ("an almost on the farther vintage", None,
         _edit(cases, lambda c: c["expect"] == "almost" and len(c["also_ok"]) >= 2, far)),
        ("a vintage cut off by the register kept", None,
         _edit(cases, lambda c: c["connection"] == "caisse" and c["vintage"] is None
               and "cut off" in c["note"] and c["expect"] == "yes", cut_kept)),
        ("a none with an id", None, _edit(cases, lambda c: c["expect"] == "none",
                                          _set(beverage_id="sv001"))),
        ("a register label in lower case", None,
         _edit(cases, is_("caisse", "yes"), lambda c: dict(c, label=c["label"].lower()))),
        ("a register total that is not quantity x price", None,
         _edit(cases, lambda c: c["connection"] == "caisse" and " 1 x " in c["label"],
               lambda c: dict(c, label=c["label"][:-4] + "9,99"))),
        ("a folio line without its room", None,
         _edit(cases, is_("folio", "yes"), lambda c: dict(c, label=c["label"].split(" | ", 1)[1]))),
        ("a badge line without the pass number", None,
         _edit(cases, is_("badge", "yes"), lambda c: dict(c, label=re.sub(r" #\w{4}", "", c["label"])))),
        ("case fields out of order", None, _edit(cases, lambda c: True, reorder)),
        ("a half bottle answered with the 75 cl entry", None,
         _edit(cases, lambda c: c["expect"] == "yes" and c["beverage_id"]
               and libo[c["beverage_id"]]["format_cl"] == 37.5 and c["vintage"]
               and c["connection"] == "folio",
               lambda c: dict(c, beverage_id=next(
                   i for i, e in libo.items() if e["name"] == libo[c["beverage_id"]]["name"]
                   and e["producer"] == libo[c["beverage_id"]]["producer"]
                   and e["format_cl"] == 75 and e["vintage"] == c["vintage"])))),
        ("also_ok dropped", None,
         _edit(cases, lambda c: c["expect"] == "yes" and c["also_ok"], _set(also_ok=[]))),
        ("a draught pint answered with the 33 cl bottle", None,
         _edit(cases, lambda c: c["beverage_id"] == "sv102" and "PINTE" in c["label"],
               _set(beverage_id="sv103", units_per_sale=1))),
        ("a duplicate label", None, [*cases, cases[0]]),
        ("a library entry's vintage changed into a duplicate", _edit(
            lib, lambda e: e["id"] == "sv002", _set(vintage=2021)), None),
        ("a library id out of sequence", _edit(lib, lambda e: e["id"] == "sv010", _set(id="sv100")),
         None),
        ("a colour on a spirit", _edit(lib, lambda e: e["category"] == "spiritueux",
                                       _set(colour="blanc")), None),
        ("a case vintage that the label does not print", None,
         _edit(cases, is_("folio", "none", lambda c: c["vintage"] is None), _set(vintage=2019))),
    ]
    failed = 0
    for what, blib, bcases in breaks:
        e2, _ = check(blib or lib, bcases or cases)
        status = "reported" if e2 else "NOT REPORTED"
        failed += not e2
        print("%-48s %s%s" % (what, status, (": " + e2[0][:90]) if e2 else ""))
    print("unbroken files: clean")
    print("%d breaks, %d not reported" % (len(breaks), failed))
    return 1 if failed else 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    lib, cases = load()
    errs, tally = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    print("library %d drinks, %d cases" % (len(lib), len(cases)))
    for t, d in tally.items():
        print("  %-7s yes %3d  almost %3d  none %3d" % (t, d["yes"], d["almost"], d["none"]))
    print("FAIL" if errs else "OK")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
