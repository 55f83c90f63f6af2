#!/usr/bin/env python3
"""Check the vierzon set, reading ONLY vierzon_library.jsonl and vierzon_cases.jsonl.

python3 check_vierzon.py            check the files, exit 1 on any error
python3 check_vierzon.py --selftest break copies in ~20 ways, show each is reported
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
TILLS = ("comptoir", "salle", "gestion")
COMPTOIR = {"VR": ("pour", 12.5), "VR15": ("pour", 15), "CP": ("pour", 12.5),
            "P25": ("pour", 25), "P50": ("pour", 50), "DOSE": ("pour", 4),
            "2CL": ("pour", 2), "DEMI": ("demi", None), "PINTE": ("draught", 50),
            "BTL": ("btl", None), "1/2": ("btl", 37.5), "MAG": ("btl", 150),
            "20CL": ("btl", 20), "25CL": ("btl", 25), "33CL": ("btl", 33),
            "50CL": ("btl", 50), "1L": ("btl", 100)}
SALLE = {"Bouteille": ("btl", None), "1/2 Bouteille": ("btl", 37.5),
         "Magnum": ("btl", 150), "Verre": ("pour", 12.5), "Coupe": ("pour", 12.5),
         "Pichet 25cl": ("pour", 25), "Pichet 50cl": ("pour", 50), "Dose": ("pour", 4),
         "Demi": ("demi", None), "Pinte": ("draught", 50),
         "Bouteille 50cl": ("btl", 50), "Bouteille 1L": ("btl", 100)}
FAMILLES = {"VINS ROUGES", "VINS BLANCS", "VINS ROSES", "CHAMPAGNES", "ALCOOLS", "APERITIFS",
            "BIERES", "SOFTS", "CAFETERIE", "CUISINE", "DIVERS"}
VOL = re.compile(r"^(\d+(?:\.\d)?)(CL|L)$")
ABBR = {"cdr": "cotes", "jd": "jack"}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


def famille(e):
    if e["category"] == "champagne" or e["colour"] == "effervescent":
        return "CHAMPAGNES"
    if e["category"] == "vin":
        return {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "rosé": "VINS ROSES"}.get(e["colour"])
    return {"spiritueux": "ALCOOLS", "autre": "APERITIFS", "bière": "BIERES",
            "soft": "SOFTS"}[e["category"]]


def read(till, label):
    """-> (measure or None, vintage or None, name part) from the label alone."""
    if till == "comptoir":
        toks = label.split()
        meas = COMPTOIR.get(toks[0]) if len(toks) > 1 else None
        vin = 2000 + int(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        return meas, vin, " ".join(toks[1:] if meas else toks)
    if till == "salle":
        m = re.search(r" \(([^()]*)\)$", label)
        meas = SALLE.get(m.group(1)) if m else None
        body = label[:m.start()] if m else label
        ys = re.findall(r"\b((?:19|20)\d\d)\b", body)
        return meas, int(ys[-1]) if ys else None, body
    cols = label.split(";")
    lib = cols[1] if len(cols) > 1 else ""
    toks = lib.split() or [""]
    m = VOL.match(toks[-1])
    meas = None
    if m:
        v = float(m.group(1)) * (100 if m.group(2) == "L" else 1)
        meas = ("vol", int(v) if v == int(v) else v)
    ys = [t for t in toks if re.fullmatch(r"(?:19|20)\d\d", t)]
    return meas, int(ys[-1]) if ys else None, " ".join(toks[:-1] if m else toks)


def check(lib_lines, case_lines):
    err = []
    E = err.append
    lib, cases = [], []
    for i, line in enumerate(lib_lines):
        try:
            o = json.loads(line)
        except ValueError:
            E("library line %d: invalid JSON" % (i + 1))
            continue
        if list(o) != LIB_FIELDS:
            E("library line %d: field order %s" % (i + 1, list(o)))
        lib.append(o)
    for i, line in enumerate(case_lines):
        try:
            o = json.loads(line)
        except ValueError:
            E("cases line %d: invalid JSON" % (i + 1))
            continue
        if list(o) != CASE_FIELDS:
            E("cases line %d: field order %s" % (i + 1, list(o)))
        cases.append(o)
    if not 110 <= len(lib) <= 130:
        E("library size %d" % len(lib))
    byid, seen = {}, set()
    for i, e in enumerate(lib):
        if e.get("id") != "vz%03d" % (i + 1):
            E("id out of sequence: %s at %d" % (e.get("id"), i + 1))
        byid[e.get("id")] = e
        if e.get("category") not in CATS:
            E("%s: category %r" % (e.get("id"), e.get("category")))
        wine = e.get("category") in ("vin", "champagne")
        if (wine and e.get("colour") not in COLOURS) or (not wine and e.get("colour") is not None):
            E("%s: colour %r for %s" % (e.get("id"), e.get("colour"), e.get("category")))
        if not isinstance(e.get("format_cl"), (int, float)) or e["format_cl"] <= 0:
            E("%s: format" % e.get("id"))
        elif e["format_cl"] >= 2000 and e.get("category") != "bière":
            E("%s: keg on a %s" % (e.get("id"), e.get("category")))
        v = e.get("vintage")
        if v is not None and not (wine and isinstance(v, int) and 1950 <= v <= 2025):
            E("%s: vintage %r" % (e.get("id"), v))
        k = tuple(e.get(f) for f in ("name", "producer", "appellation", "colour", "format_cl", "vintage"))
        if k in seen:
            E("%s: drink twice" % e.get("id"))
        seen.add(k)

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    formats = {}
    for e in lib:
        if "name" in e:
            formats.setdefault(wine_key(e), set()).add(e["format_cl"])

    def ordinary(e):
        f = formats[wine_key(e)]
        return 75 if 75 in f else (next(iter(f)) if len(f) == 1 else None)

    if not 280 <= len(cases) <= 300:
        E("case count %d" % len(cases))
    labels = set()
    counts = {}
    for c in cases:
        lab, till, exp = c.get("label"), c.get("connection"), c.get("expect")
        tag = "%r" % lab
        if not isinstance(lab, str) or till not in TILLS or exp not in ("yes", "almost", "none"):
            E("%s: label/connection/expect" % tag)
            continue
        if lab in labels:
            E("%s: duplicate label" % tag)
        labels.add(lab)
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        # the till's form
        if till == "comptoir":
            if len(lab) > 20 or lab != lab.strip() or fold(lab).upper() != lab or lab.upper() != lab:
                E("%s: comptoir form (ASCII capitals, <= 20 columns)" % tag)
        elif till == "salle":
            if lab.upper() == lab or "  " in lab:
                E("%s: salle form (mixed case)" % tag)
        else:
            cols = lab.split(";")
            if len(cols) != 5:
                E("%s: gestion needs 5 columns" % tag)
                continue
            ref, lib_, fam, qty, amt = cols
            if not re.fullmatch(r"\d{5}", ref) or not re.fullmatch(r"[A-Z0-9 .'/]+", lib_) \
                    or fam not in FAMILLES or not re.fullmatch(r"[1-9]\d*", qty) \
                    or not re.fullmatch(r"\d+,\d\d", amt):
                E("%s: gestion columns" % tag)
            elif int(amt.replace(",", "")) % int(qty):
                E("%s: amount not divisible by quantity" % tag)
        meas, lv, name = read(till, lab)
        if c.get("vintage") != lv:
            E("%s: vintage %r but label reads %r" % (tag, c.get("vintage"), lv))
        note = c.get("note") or ""
        if "cut off by the till" in note and not (till == "comptoir" and len(lab) >= 19):
            E("%s: cut-off note on an uncut label" % tag)
        bid, also, units = c.get("beverage_id"), c.get("also_ok"), c.get("units_per_sale")
        if not isinstance(also, list) or not note:
            E("%s: also_ok / note" % tag)
            continue
        if exp == "none":
            if bid is not None or also or units is not None:
                E("%s: none with an id, also_ok or units" % tag)
            continue
        e = byid.get(bid)
        if e is None or any(a not in byid for a in also):
            E("%s: unknown id" % tag)
            continue
        group = [x for x in lib if wine_key(x) == wine_key(e) and x["format_cl"] == e["format_cl"]]
        vints = sorted(x["vintage"] for x in group if x["vintage"] is not None)
        others = sorted(x["id"] for x in group if x["id"] != bid)
        if exp == "yes":
            if lv is not None:
                if e["vintage"] != lv or also:
                    E("%s: yes with vintage must be that vintage, also_ok empty" % tag)
            elif vints and (e["vintage"] != max(vints) or sorted(also) != others):
                E("%s: yes without vintage: most recent, others in also_ok" % tag)
            elif not vints and also:
                E("%s: also_ok on a non-vintage drink" % tag)
        else:
            if lv is None or not vints or lv in vints:
                E("%s: almost needs a label vintage the wine lacks" % tag)
            else:
                best = min(vints, key=lambda x: (abs(x - lv), -x))
                if e["vintage"] != best or sorted(also) != others:
                    E("%s: almost must be the nearest (tie: more recent), others in also_ok" % tag)
        # measure and units
        if meas is None:
            E("%s: no measure on a drink label" % tag)
            continue
        kind, v = meas
        beer = e["category"] == "bière"
        fmt = e["format_cl"]
        if kind == "demi":
            kind, v = ("draught", 25) if beer else ("btl", 37.5)
        if kind == "vol":
            kind = "btl" if v == fmt else ("draught" if beer else "pour")
        if kind == "btl":
            want_fmt, want = (v if v is not None else ordinary(e)), 1
        elif kind == "pour":
            want_fmt = ordinary(e)
            want = round(v / want_fmt, 4) if want_fmt else None
            if e["category"] in ("soft", "bière") or (want_fmt or 0) >= 2000:
                want_fmt = None
        else:
            want_fmt = fmt if beer and fmt >= 2000 else None
            want = round(v / fmt, 4)
        if fmt != want_fmt or units != want:
            E("%s: units %r / format %r, measure says %r of %r cl" % (tag, units, fmt, want, want_fmt))
        if till == "gestion" and lab.split(";")[2] != famille(e):
            E("%s: famille does not fit the drink" % tag)
        # a shared word, stem or standard abbreviation
        lw = [ABBR.get(w, w) for w in words(name)]
        ew = words("%s %s %s" % (e["name"], e["producer"], e["appellation"] or ""))
        if not any(len(a) >= 3 and (b.startswith(a) or (a.startswith(b) and len(b) >= 3))
                   for a in lw for b in ew) and not any(a.isdigit() and a in ew for a in lw):
            E("%s: shares no word with %s" % (tag, bid))
    n = len(cases) or 1
    tot = {x: sum(counts.get((t, x), 0) for t in TILLS) for x in ("yes", "almost", "none")}
    for x, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * tot[x] / n <= hi:
            E("%s share %.1f %% outside %d-%d" % (x, 100.0 * tot[x] / n, lo, hi))
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not counts.get((t, x)):
                E("till %s has no %s" % (t, x))
    return err, counts


def load():
    with open(os.path.join(HERE, "vierzon_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "vierzon_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    err, _ = check(lib, cases)
    assert not err, err[:5]
    print("clean files: pass")
    C = [json.loads(x) for x in cases]
    L = [json.loads(x) for x in lib]
    dumps = lambda objs: [json.dumps(o, ensure_ascii=False) for o in objs]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def edit(objs, i, **kw):
        objs = json.loads(json.dumps(objs))
        objs[i].update(kw)
        return objs

    glass = first(lambda c: c["label"].startswith("VR ") and c["expect"] == "yes")
    alm = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    yes_multi = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    yes_v = first(lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "salle")
    none_i = first(lambda c: c["expect"] == "none")
    gest = first(lambda c: c["connection"] == "gestion" and c["expect"] == "yes")
    beer = next(i for i, e in enumerate(L) if e["category"] == "bière")
    wine = next(i for i, e in enumerate(L) if e["category"] == "vin")
    swapped = json.loads(json.dumps(L))
    swapped[3] = {k: swapped[3][k] for k in reversed(LIB_FIELDS)}
    g = C[gest]["label"].split(";")
    shifted = ";".join(g[:2] + g[3:])
    g2 = list(g)
    g2[2] = "SOFTS"
    g3 = list(g)
    g3[4] = "%d,%02d" % (int(g[3]) * 3 + 1, 0) if int(g[3]) > 1 else g[4]
    if int(g[3]) == 1:
        gq = first(lambda c: c["connection"] == "gestion" and c["label"].split(";")[3] != "1")
        g3 = C[gq]["label"].split(";")
        gest3 = gq
    else:
        gest3 = gest
    g3[4] = str(int(g3[3]) * 7 + 1) + ",00"
    uncut = first(lambda c: c["connection"] == "salle" and c["expect"] == "yes")
    breaks = [
        ("invalid JSON", lib, [*cases[:5], "{oops", *cases[6:]]),
        ("field order in the library", dumps(swapped), cases),
        ("id out of sequence", dumps(edit(L, 7, id="vz999")), cases),
        ("colour on a beer", dumps(edit(L, beer, colour="blanc")), cases),
        ("keg on a wine", dumps(edit(L, wine, format_cl=3000)), cases),
        ("glass units", lib, dumps(edit(C, glass, units_per_sale=1))),
        ("almost on the farther vintage", lib,
         dumps(edit(C, alm, beverage_id=C[alm]["also_ok"][0],
                    also_ok=sorted([C[alm]["beverage_id"], *C[alm]["also_ok"][1:]])))),
        ("none with an id", lib, dumps(edit(C, none_i, beverage_id="vz001"))),
        ("also_ok dropped", lib, dumps(edit(C, yes_multi, also_ok=[]))),
        ("also_ok on a yes with vintage", lib, dumps(edit(C, yes_v, also_ok=["vz001"]))),
        ("duplicate label", lib, dumps(edit(C, 1, label=C[0]["label"]))),
        ("vintage not on the label", lib, dumps(edit(C, glass, vintage=2019))),
        ("label sharing no word", lib, dumps(edit(C, glass, label="VR ZZZZ QQQQ"))),
        ("comptoir over 20 columns", lib, dumps(edit(C, glass, label=C[glass]["label"] + " XXXXXXXXXXXX"))),
        ("gestion columns shifted", lib, dumps(edit(C, gest, label=shifted))),
        ("gestion famille of another colour", lib, dumps(edit(C, gest, label=";".join(g2)))),
        ("amount not divisible by quantity", lib, dumps(edit(C, gest3, label=";".join(g3)))),
        ("a till without almost", lib,
         dumps([c for c in C if not (c["connection"] == "salle" and c["expect"] == "almost")])),
        ("too few cases", lib, cases[:200]),
        ("cut-off note on an uncut label", lib,
         dumps(edit(C, uncut, note=C[uncut]["note"] + " [2021 cut off by the till]"))),
        ("salle in capitals", lib, dumps(edit(C, uncut, label=C[uncut]["label"].upper()))),
    ]
    bad = 0
    for what, l2, c2 in breaks:
        err, _ = check(l2, c2)
        print("%-36s %s" % (what, ("reported: " + err[0]) if err else "NOT REPORTED"))
        bad += not err
    print("%d kinds of break, %d not reported" % (len(breaks), bad))
    return bad == 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    err, counts = check(*load())
    for e in err:
        print("ERROR", e)
    for t in TILLS:
        print("%-9s yes %3d  almost %3d  none %3d" % (t, counts.get((t, "yes"), 0),
              counts.get((t, "almost"), 0), counts.get((t, "none"), 0)))
    print("OK" if not err else "%d errors" % len(err))
    sys.exit(1 if err else 0)


if __name__ == "__main__":
    main()
