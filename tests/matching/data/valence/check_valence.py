#!/usr/bin/env python3
"""Check valence_library.jsonl and valence_cases.jsonl on their own (imports nothing of the build).

python3 check_valence.py [library cases]     check the files
python3 check_valence.py --selftest          break copies on purpose and show each break reported
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
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = {"COMPTOIR", "SALLE", "HOTEL"}
NORTH = {"Crozes-Hermitage", "Hermitage", "Saint-Joseph", "Cornas", "Saint-Péray"}
DIOIS = {"Clairette de Die", "Crémant de Die", "Châtillon-en-Diois"}
FAMILIES = {"RN", "RS", "DIE", "BJ", "PRO", "CHP", "PRES", "BIB", "APE", "ALC", "SFT",
            "VIN", "BAR", "CUI", "HOT"}
C_MEAS = {"1/2": "H", "MAG": "M", "VERRE": "V", "PICHET25": "P25", "PICHET50": "P50",
          "COUPE": "C", "DOSE": "D", "DEMI": "DM", "PINTE": "PT", "BTL": "B"}
S_MEAS = {"btl": "B", "1/2 btl": "H", "magnum": "M", "verre": "V", "verre 15cl": "V15",
          "pichet 25cl": "P25", "pichet 50cl": "P50", "coupe": "C", "dose": "D",
          "demi": "DM", "pinte": "PT"}
H_MEAS = {"BTL": "B", "1/2": "H", "MAG": "M", "VERRE": "V", "COUPE": "C", "DOSE": "D",
          "DEMI": "DM", "PINTE": "PT"}
POUR = {"V": 12.5, "C": 12.5, "V15": 15, "P25": 25, "P50": 50, "D": 4}
DRAUGHT = {"DM": 25, "PT": 50}
STOP = {"LES", "DES", "DU", "DE", "LA", "LE", "ET", "DOM", "CAVE", "DOMAINE", "CHATEAU",
        "BRUT", "ROUGE", "BLANC", "ROSE", "ANS", "CUVEE", "SAINT", "MAISON"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def parse(till, label):
    """(measure code, text part, vintage) as the till prints them."""
    if till == "COMPTOIR":
        fam, _, rest = label.partition(">")
        first = rest.split(" ")[0]
        meas = C_MEAS.get(first)
        text = rest[len(first):] if meas else rest
        m = re.search(r" (\d\d)$", label)
        vint = m and int(m.group(1))
        if m:
            text = text[:-3]
        return fam, meas or "B", text, vint
    if till == "SALLE":
        m = re.match(r"^(.+?)(?: ((?:19|20)\d\d))? - (?:(.+) )?(\d+,\d\d)€$", label)
        if not m:
            return None, None, label, None
        meas = S_MEAS.get(m.group(3)) if m.group(3) else "X"
        return None, meas, m.group(1), (int(m.group(2)) % 100 if m.group(2) else None)
    m = re.match(r"^(\d)\d{3} (.*)$", label)
    if not m:
        return None, None, label, None
    body = m.group(2)
    first = body.split(".")[0]
    meas = H_MEAS.get(first)
    text = body[len(first):] if meas else body
    v = re.search(r"\.(\d\d)$", body)
    if v:
        text = text[:-3]
    return m.group(1), meas or "X", text, (int(v.group(1)) if v else None)


def full_year(yy):
    if yy is None:
        return None
    return 2000 + yy if yy <= 30 else 1900 + yy


def check(lib_text, case_text):
    errs = []

    def err(where, msg):
        errs.append("%s: %s" % (where, msg))

    lib, cases = [], []
    for name, text, out, fields in (("library", lib_text, lib, LIB_FIELDS),
                                    ("cases", case_text, cases, CASE_FIELDS)):
        for i, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")):
            try:
                obj = json.loads(line)
            except ValueError:
                err("%s line %d" % (name, i + 1), "not JSON")
                continue
            if list(obj) != fields:
                err("%s line %d" % (name, i + 1), "fields %s" % list(obj))
            out.append(obj)
    if not text_ends(lib_text) or not text_ends(case_text):
        err("files", "must end with a newline")
    # library
    if not 110 <= len(lib) <= 130:
        err("library", "%d drinks, not 110-130" % len(lib))
    byid, wines, seen = {}, {}, set()
    for i, r in enumerate(lib):
        w = "library %s" % r.get("id")
        if r.get("id") != "vl%03d" % (i + 1):
            err(w, "id out of sequence (expected vl%03d)" % (i + 1))
        byid[r.get("id")] = r
        cat, col = r.get("category"), r.get("colour")
        if cat not in CATEGORIES:
            err(w, "category %r" % cat)
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                err(w, "wine without a valid colour %r" % col)
        elif col is not None:
            err(w, "colour on a non-wine")
        fmt = r.get("format_cl")
        if not isinstance(fmt, (int, float)) or fmt <= 0:
            err(w, "format %r" % fmt)
        elif fmt >= 1000 and not (cat == "bière" and fmt in (2000, 3000)):
            err(w, "a keg must be a beer of 2,000 or 3,000 cl")
        if r.get("vintage") is not None and not (isinstance(r["vintage"], int) and 1950 <= r["vintage"] <= 2025):
            err(w, "vintage %r" % r["vintage"])
        k = (r.get("name"), r.get("producer"), r.get("appellation"), col, fmt)
        if (*k, r.get("vintage")) in seen:
            err(w, "same wine, format and vintage twice")
        seen.add((*k, r.get("vintage")))
        wines.setdefault(k, []).append(r)
    # cases
    if not 280 <= len(cases) <= 300:
        err("cases", "%d cases, not 280-300" % len(cases))
    labels = set()
    tally = {}
    for c in cases:
        lab, till = c.get("label"), c.get("connection")
        w = "case %r" % lab
        if lab in labels:
            err(w, "label twice")
        labels.add(lab)
        if till not in TILLS:
            err(w, "connection %r" % till)
            continue
        if not c.get("note"):
            err(w, "empty note")
        exp = c.get("expect")
        tally[(till, exp)] = tally.get((till, exp), 0) + 1
        fam, meas, text, yy = parse(till, lab)
        vint = full_year(yy)
        if c.get("vintage") != vint:
            err(w, "vintage %r but the label reads %r" % (c.get("vintage"), vint))
        # each till's form
        if till == "COMPTOIR":
            if len(lab) > 20 or lab != lab.strip() or not re.match(r"^[A-Z]{2,4}>[A-Z0-9 ./]+$", lab):
                err(w, "not a COMPTOIR label (upper ASCII, FAMILY>, at most 20)")
            elif fam not in FAMILIES:
                err(w, "unknown family %r" % fam)
        elif till == "SALLE":
            if meas is None:
                err(w, "not a SALLE label (text - measure price€)")
            elif not re.search(r"[a-zé]", text):
                err(w, "SALLE labels are mixed case")
        else:
            if meas is None or len(lab) > 24 or not re.match(r"^\d{4} [A-Z0-9./]+$", lab) or lab.endswith("."):
                err(w, "not a HOTEL label (NNNN TEXT.WITH.DOTS, at most 24)")
        bid, also, units = c.get("beverage_id"), c.get("also_ok"), c.get("units_per_sale")
        if exp == "none":
            if bid is not None or also != [] or units is not None:
                err(w, "none with an id, also_ok or units")
            continue
        if exp not in ("yes", "almost"):
            err(w, "expect %r" % exp)
            continue
        e = byid.get(bid)
        if e is None:
            err(w, "unknown beverage_id %r" % bid)
            continue
        if not isinstance(also, list) or any(a not in byid for a in also):
            err(w, "bad also_ok")
            continue
        # family / article group against the entry
        cat, col = e["category"], e["colour"]
        if till == "COMPTOIR" and fam in FAMILIES:
            ok = {"RN": e["appellation"] in NORTH,
                  "RS": e["region"] == "Vallée du Rhône" and e["appellation"] not in NORTH | DIOIS,
                  "DIE": e["appellation"] in DIOIS, "BJ": e["region"] == "Beaujolais",
                  "PRO": e["region"] == "Provence", "CHP": cat == "champagne",
                  "PRES": cat == "bière" and e["format_cl"] >= 2000,
                  "BIB": cat == "bière" and e["format_cl"] < 2000,
                  "APE": cat in ("autre", "spiritueux"), "ALC": cat == "spiritueux",
                  "SFT": cat == "soft"}.get(fam, False)
            if not ok:
                err(w, "family %s does not fit %s" % (fam, e["name"]))
        if till == "HOTEL" and fam is not None:
            want = {"vin": "1", "champagne": "2", "bière": "3", "spiritueux": "4", "autre": "4",
                    "soft": "5"}[cat]
            if col == "effervescent":
                want = "2"
            if fam != want:
                err(w, "article group %s does not fit %s" % (fam, e["name"]))
        # format against the measure
        fmt = e["format_cl"]
        if meas in DRAUGHT:
            if not (cat == "bière" and fmt >= 2000):
                err(w, "a demi / pinte must come from a keg")
        elif meas == "H" and fmt != 37.5:
            err(w, "half bottle answered with a %s cl entry" % fmt)
        elif meas == "M" and fmt != 150:
            err(w, "magnum answered with a %s cl entry" % fmt)
        elif meas in ("B", *tuple(POUR)):
            if fmt >= 2000:
                err(w, "a bottle or pour answered with a keg")
            elif cat in ("vin", "champagne") and fmt != 75:
                err(w, "bottle or pour of a wine answered with %s cl" % fmt)
        elif meas == "X":
            err(w, "a yes/almost without a measure")
        # units
        cl = POUR.get(meas) or DRAUGHT.get(meas)
        want_u = 1 if meas in ("B", "H", "M") else (round(cl / fmt, 4) if cl else None)
        if units != want_u:
            err(w, "units %r, measure gives %r" % (units, want_u))
        # vintages
        k = (e["name"], e["producer"], e["appellation"], col, fmt)
        sib = wines[k]
        vints = {r["vintage"]: r["id"] for r in sib}
        if exp == "yes":
            if vint is not None:
                if e["vintage"] != vint:
                    err(w, "yes on vintage %r, label says %r" % (e["vintage"], vint))
                if also:
                    err(w, "also_ok must be empty when the label gives the vintage")
            else:
                top = max(vints, key=lambda v: v or 0)
                if bid != vints[top]:
                    err(w, "no vintage on the label: the most recent entry is %s" % vints[top])
                if sorted(also) != sorted(i for v, i in vints.items() if i != bid):
                    err(w, "also_ok must be the other vintages")
        else:
            if vint is None or vint in vints or None in vints:
                err(w, "almost needs a label vintage that the wine does not have")
            else:
                near = min(vints, key=lambda v: (abs(v - vint), -v))
                if bid != vints[near]:
                    err(w, "almost must point at the nearest vintage %s" % vints[near])
                if sorted(also) != sorted(i for v, i in vints.items() if i != bid):
                    err(w, "also_ok must be the other vintages")
        # fairness: the label shares a word stem with its entry
        have = re.sub(r"[^A-Z0-9]", "", fold(text))
        stems = set()
        for word in re.split(r"[^A-Z0-9]+", fold("%s %s %s" % (e["name"], e["producer"], e["appellation"] or ""))):
            if len(word) >= 3 and word not in STOP:
                stems.add(word[:4])
        if not any(s in have for s in stems):
            err(w, "shares no word stem with %s" % e["name"])
    total = len(cases) or 1
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not tally.get((t, x)):
                err("counts", "till %s has no %s" % (t, x))
    share = {x: sum(v for (t, y), v in tally.items() if y == x) / total for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
        if not lo <= share[x] <= hi:
            err("counts", "%s is %.1f %%, not %d-%d %%" % (x, 100 * share[x], 100 * lo, 100 * hi))
    return errs, tally


def text_ends(t):
    return t.endswith("\n")


def selftest(lib_text, case_text):
    errs, _ = check(lib_text, case_text)
    assert not errs, errs[:5]
    print("clean files: pass")
    L = lib_text.splitlines()
    C = [json.loads(l) for l in case_text.splitlines()]
    lib = [json.loads(l) for l in L]

    def dump(cs):
        return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cs)

    def first(pred):
        for i, c in enumerate(C):
            if pred(c):
                return i
        raise AssertionError("no case for the break")

    breaks = []

    def brk(name, cs=None, lt=None):
        breaks.append((name, lt if lt is not None else lib_text, dump(cs) if cs is not None else case_text))

    def edit(i, **kw):
        cs = [dict(c) for c in C]
        cs[i].update(kw)
        return cs
    i = first(lambda c: c["units_per_sale"] == 0.1667)
    brk("a glass's units", edit(i, units_per_sale=0.2))
    i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    brk("almost on the farther vintage", edit(i, beverage_id=C[i]["also_ok"][0], also_ok=[C[i]["beverage_id"]]))
    i = first(lambda c: "cut off by the till" in c["note"] and c["expect"] == "yes")
    brk("a cut vintage kept", edit(i, vintage=int(re.search(r"\[(\d{4})", C[i]["note"]).group(1))))
    i = first(lambda c: c["expect"] == "none")
    brk("a none with an id", edit(i, beverage_id="vl001"))
    i = first(lambda c: c["connection"] == "COMPTOIR" and c["expect"] == "yes")
    brk("a COMPTOIR label in lower case and too long", edit(i, label=C[i]["label"].lower() + " extra"))
    i = first(lambda c: c["connection"] == "SALLE" and c["expect"] == "yes")
    brk("a SALLE label without its price", edit(i, label=re.sub(r" \d+,\d\d€$", "", C[i]["label"])))
    cs = [dict(c) for c in C]
    cs[0] = {k: cs[0][k] for k in reversed(CASE_FIELDS)}
    brk("fields out of order", cs)
    i = first(lambda c: c["connection"] == "COMPTOIR" and " ".join(c["label"].split(">")[1:]).startswith("1/2 ") and c["expect"] == "yes")
    full = next(r["id"] for r in lib if r["id"] != C[i]["beverage_id"] and r["format_cl"] == 75
                and r["name"] == next(x for x in lib if x["id"] == C[i]["beverage_id"])["name"])
    brk("a half bottle answered with the 75 cl entry", edit(i, beverage_id=full))
    i = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    brk("also_ok dropped", edit(i, also_ok=[]))
    lt = L[:]
    lt[4] = lt[4].replace('"id": "vl005"', '"id": "vl055"')
    brk("a library id out of sequence", lt="\n".join(lt) + "\n")
    cs = [dict(c) for c in C]
    cs[1]["label"] = cs[0]["label"]
    brk("a label twice", cs)
    i = first(lambda c: c["label"] == "PRES>DEMI LEFFE")
    brk("a draught demi answered with the bottled beer",
        edit(i, beverage_id=next(r["id"] for r in lib if r["name"] == "Leffe Blonde" and r["format_cl"] == 33), units_per_sale=0.7576))
    i = first(lambda c: c["connection"] == "HOTEL" and c["label"].startswith("1") and c["expect"] == "yes")
    brk("a wine filed under the HOTEL's beer articles", edit(i, label="3" + C[i]["label"][1:]))
    lt = L[:]
    lt[0] = lt[0].replace('"colour": "rouge"', '"colour": null')
    brk("a wine without colour", lt="\n".join(lt) + "\n")
    brk("too few cases", C[:200])
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None and
              any(x["name"] == "Crozes-Hermitage" for x in lib if x["id"] == c["beverage_id"]) and c["connection"] == "SALLE")
    other = next(r["id"] for r in lib if r["id"] != C[i]["beverage_id"] and r["producer"] == next(
        x for x in lib if x["id"] == C[i]["beverage_id"])["producer"] and r["format_cl"] == 75 and r["colour"] == "rouge")
    brk("a yes on another vintage than the label's", edit(i, beverage_id=other))
    brk("a line that is not JSON", None, lib_text + "{oops\n")
    i = first(lambda c: c["connection"] == "COMPTOIR" and c["label"].startswith("RN>") and c["expect"] == "yes")
    brk("a northern Rhône wine under the Provence family", edit(i, label="PRO>" + C[i]["label"][3:]))
    ok = True
    for name, lt, ct in breaks:
        e, _ = check(lt, ct)
        print("%-48s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        ok = ok and bool(e)
    print("%d breaks, %s" % (len(breaks), "all reported" if ok else "SOME MISSED"))
    return ok


def main():
    args = [a for a in sys.argv[1:] if a != "--selftest"]
    lp = args[0] if args else os.path.join(HERE, "valence_library.jsonl")
    cp = args[1] if len(args) > 1 else os.path.join(HERE, "valence_cases.jsonl")
    lt = open(lp, encoding="utf-8").read()
    ct = open(cp, encoding="utf-8").read()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lt, ct) else 1)
    errs, tally = check(lt, ct)
    for e in errs:
        print(e)
    n = sum(tally.values())
    for t in ("COMPTOIR", "SALLE", "HOTEL"):
        print("%-9s yes %3d  almost %3d  none %3d" % (t, tally.get((t, "yes"), 0), tally.get((t, "almost"), 0), tally.get((t, "none"), 0)))
    print("%d cases, %s" % (n, "OK" if not errs else "%d problems" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
