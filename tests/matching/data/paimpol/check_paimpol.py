"""Check the paimpol blind set from its two jsonl files alone.

python3 check_paimpol.py              check paimpol_library.jsonl and paimpol_cases.jsonl
python3 check_paimpol.py --selftest   break copies on purpose and show each break is reported
"""
import contextlib
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("resto", "bar", "hotel")
POURABLE = {"vin", "champagne", "autre", "spiritueux"}

# what each till's measure word means: ("bottle", None) / ("half"|"mag") / ("size", cl) /
# ("pour", cl) / ("draught", cl)
RESTO = {"Bouteille": ("bottle", None), "Demi-bouteille": ("half", 37.5), "Magnum": ("mag", 150),
         "Verre": ("pour", 12.5), "Verre 12cl": ("pour", 12), "Verre 15cl": ("pour", 15),
         "Pichet 25cl": ("pour", 25), "Pichet 50cl": ("pour", 50), "Coupe": ("pour", 12.5),
         "Dose": ("pour", 4), "2cl": ("pour", 2), "6cl": ("pour", 6), "Demi": ("draught", 25),
         "Pinte": ("draught", 50), "25cl": ("size", 25), "33cl": ("size", 33), "50cl": ("size", 50),
         "70cl": ("size", 70), "75cl": ("size", 75), "1L": ("size", 100)}
BAR = {"BTL": ("bottle", None), "1/2": ("half", 37.5), "MAG": ("mag", 150), "VRE": ("pour", 12.5),
       "12CL": ("pour", 12), "15CL": ("pour", 15), "P25": ("pour", 25), "P50": ("pour", 50),
       "CP": ("pour", 12.5), "DOSE": ("pour", 4), "2CL": ("pour", 2), "6CL": ("pour", 6),
       "DEMI": ("draught", 25), "PINTE": ("draught", 50), "25CL": ("size", 25),
       "33CL": ("size", 33), "50CL": ("size", 50), "70CL": ("size", 70), "75CL": ("size", 75),
       "1L": ("size", 100)}
BAR_WIDTH = 16
OUTLETS = ("BAR", "RESTAURANT", "ROOM SERVICE", "MINIBAR", "DEMI-PENSION", "SEMINAIRE")
RESTO_RE = re.compile(r"^(?:n°(?P<bin>\d{1,2}) )?(?P<text>.+?)(?: (?P<v>(?:19|20)\d\d))?"
                      r"(?: \((?P<m>[^()]+)\))?$")
HOTEL_RE = re.compile(r"^(?P<outlet>%s) - (?P<text>.+?)(?: (?P<v>(?:19|20)\d\d))?"
                      r"(?: (?P<vol>\d+(?:\.\d+)?)L)?$" % "|".join(re.escape(o) for o in OUTLETS))
ABBR = {"bgne": "bourgogne", "pn": "pinot", "champ": "champagne", "lp": "laurent", "bx": "bordeaux",
        "musc": "muscadet", "ste": "sainte", "bolly": "bollinger", "chardo": "chardonnay",
        "kro": "kronenbourg", "gde": "grande", "amb": "ambree", "gc": "grand", "st": "saint"}
GENERIC = {"chateau", "domaine", "dom", "les", "la", "le", "de", "du", "des", "vin", "cru", "brut",
           "pression", "champagne", "cidre", "bouteille", "verre", "pichet", "coupe", "dose",
           "demi", "pinte", "magnum", "bar", "restaurant", "room", "service", "minibar", "pension",
           "seminaire", "btl", "vre", "cp", "mag", "rouge", "blanc", "rose", "ans", "and"}


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s).lower()) if w]


def shares_word(label, entry):
    ent = set()
    for f in ("name", "producer", "appellation"):
        if entry.get(f):
            ent.update(words(entry[f]))
    ent -= GENERIC
    for w in words(label):
        if w in GENERIC or w.isdigit():
            continue
        w2 = ABBR.get(w, w)
        for e in ent:
            if len(w2) >= 3 and len(e) >= 3 and (e.startswith(w2[:4]) or w2.startswith(e[:4])):
                return True
            if w2 == e:
                return True
    return False


def year(two):
    n = int(two)
    return 2000 + n if n <= 40 else 1900 + n


def parse(label, till):
    """-> dict(measure=(kind, cl) or None, vintage, text, errors[])"""
    out = {"measure": None, "vintage": None, "text": label, "errors": [], "name": label}
    if till == "resto":
        m = RESTO_RE.match(label)
        if not m:
            out["errors"].append("resto form")
            return out
        if label != label.strip() or "  " in label:
            out["errors"].append("resto spacing")
        if not re.search(r"[a-zà-ÿ]", m.group("text")):
            out["errors"].append("resto label not in mixed case")
        if m.group("m"):
            if m.group("m") not in RESTO:
                out["errors"].append("resto variant unknown: %s" % m.group("m"))
            else:
                out["measure"] = RESTO[m.group("m")]
        out["vintage"] = int(m.group("v")) if m.group("v") else None
        out["text"] = m.group("text")
        out["bin"] = m.group("bin")
    elif till == "bar":
        if not label.isascii() or label != label.upper():
            out["errors"].append("bar label not in ASCII capitals")
        toks = label.split(" ")
        name = label
        if len(toks) > 1 and toks[-1] in BAR:
            out["measure"] = BAR[toks[-1]]
            name = " ".join(toks[:-1])
        if len(name) > BAR_WIDTH:
            out["errors"].append("bar name over %d columns" % BAR_WIDTH)
        if name != name.strip() or "  " in name:
            out["errors"].append("bar spacing")
        last = name.split(" ")[-1]
        if len(name.split(" ")) > 1 and re.fullmatch(r"\d\d", last):
            out["vintage"] = year(last)
        out["name"] = name
        out["text"] = name
    elif till == "hotel":
        m = HOTEL_RE.match(label)
        if not m:
            out["errors"].append("hotel form")
            return out
        if not label.isascii():
            out["errors"].append("hotel label with accents")
        out["vintage"] = int(m.group("v")) if m.group("v") else None
        out["text"] = m.group("text")
        if m.group("vol"):
            out["vol"] = round(float(m.group("vol")) * 100, 3)
            out["measure"] = ("volume", out["vol"])
    else:
        out["errors"].append("unknown connection %r" % till)
    return out


def load(lines, what, errors):
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            errors.append("%s line %d: invalid JSON (%s)" % (what, i, e))
    return rows


def group_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])


def validate(lib_lines, case_lines):
    err = []
    lib = load(lib_lines, "library", err)
    cases = load(case_lines, "cases", err)
    # --- library
    if not 110 <= len(lib) <= 130:
        err.append("library: %d drinks, not 110-130" % len(lib))
    by_id, groups = {}, {}
    for i, e in enumerate(lib, 1):
        if list(e) != LIB_FIELDS:
            err.append("library %s: field order %s" % (e.get("id"), list(e)))
        if e.get("id") != "pp%03d" % i:
            err.append("library line %d: id %r out of sequence" % (i, e.get("id")))
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATEGORIES:
            err.append("library %s: category %r" % (e.get("id"), cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                err.append("library %s: colour %r on a wine" % (e.get("id"), col))
            if cat == "champagne" and col not in ("effervescent", "rosé"):
                err.append("library %s: champagne colour %r" % (e.get("id"), col))
        elif col is not None:
            err.append("library %s: colour %r on a %s" % (e.get("id"), col, cat))
        v = e.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 <= v <= 2030):
            err.append("library %s: vintage %r" % (e.get("id"), v))
        f = e.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            err.append("library %s: format %r" % (e.get("id"), f))
        if cat == "bière" and f not in (25, 33, 50, 75, 2000, 3000):
            err.append("library %s: beer format %r" % (e.get("id"), f))
        by_id[e.get("id")] = e
        with contextlib.suppress(KeyError):
            groups.setdefault(group_key(e), []).append(e)
    for k, g in groups.items():
        vs = [x["vintage"] for x in g]
        if len(set(vs)) != len(vs):
            err.append("library: same wine and vintage twice: %s" % (k,))

    def drink_formats(e):
        return sorted({x["format_cl"] for x in lib if (x["name"], x["producer"], x["appellation"],
                       x["colour"]) == (e["name"], e["producer"], e["appellation"], e["colour"])})

    # --- cases
    if not 280 <= len(cases) <= 300:
        err.append("cases: %d, not 280-300" % len(cases))
    seen = set()
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for i, c in enumerate(cases, 1):
        where = "case %d %r" % (i, c.get("label"))
        if list(c) != CASE_FIELDS:
            err.append("%s: field order %s" % (where, list(c)))
            continue
        lab, exp, bid, also, vin, units, note, till = (c[k] for k in CASE_FIELDS)
        if lab in seen:
            err.append("%s: duplicate label" % where)
        seen.add(lab)
        if till not in TILLS:
            err.append("%s: connection %r" % (where, till))
            continue
        if exp not in ("yes", "almost", "none"):
            err.append("%s: expect %r" % (where, exp))
            continue
        counts[till][exp] += 1
        p = parse(lab, till)
        err.extend("%s: %s" % (where, x) for x in p["errors"])
        if vin != p["vintage"]:
            err.append("%s: vintage %r but the label reads %r" % (where, vin, p["vintage"]))
        cutnote = "cut off by the till" in (note or "")
        if till == "bar":
            lastname = p["name"].split(" ")[-1]
            lone = re.fullmatch(r"\d", lastname) is not None and len(p["name"].split(" ")) > 1
            if cutnote and len(p["name"]) < BAR_WIDTH - 1:
                err.append("%s: a cut-off note on a label that was not cut" % where)
            if lone and exp != "none" and not cutnote:
                err.append("%s: a lone digit left by the cut without a cut-off note" % where)
        elif cutnote:
            err.append("%s: a cut-off note on a till that never cuts" % where)
        if not isinstance(also, list):
            err.append("%s: also_ok not a list" % where)
            continue
        if exp == "none":
            if bid is not None or also or units is not None:
                err.append("%s: none with an answer" % where)
            continue
        e = by_id.get(bid)
        if e is None:
            err.append("%s: unknown beverage_id %r" % (where, bid))
            continue
        if not shares_word(p["text"], e):
            err.append("%s: label shares no word with %s" % (where, e["name"]))
        if till == "resto" and p.get("bin") and e["category"] not in ("vin", "champagne"):
            err.append("%s: a wine-list number on a %s" % (where, e["category"]))
        g = sorted(groups[group_key(e)], key=lambda x: (x["vintage"] is None, x["vintage"]))
        others = sorted(x["id"] for x in g if x["id"] != bid)
        gv = [x["vintage"] for x in g]
        # vintage rules
        if exp == "yes":
            if vin is not None:
                if e["vintage"] != vin:
                    err.append("%s: yes with vintage %s on a %s entry" % (where, vin, e["vintage"]))
                if also:
                    err.append("%s: yes with a vintage must have empty also_ok" % where)
            else:
                if None not in gv and e["vintage"] != max(gv):
                    err.append("%s: yes without vintage not the most recent" % where)
                if sorted(also) != others:
                    err.append("%s: also_ok %s, expected %s" % (where, also, others))
        else:
            if vin is None:
                err.append("%s: almost without a vintage on the label" % where)
            elif vin in gv:
                err.append("%s: almost but %s is held" % (where, vin))
            else:
                best = min((v for v in gv if v is not None), key=lambda v: (abs(v - vin), -v))
                if e["vintage"] != best:
                    err.append("%s: almost on %s, nearest is %s" % (where, e["vintage"], best))
            if sorted(also) != others:
                err.append("%s: also_ok %s, expected %s" % (where, also, others))
        # format and units
        meas = p["measure"]
        fmt, cat = e["format_cl"], e["category"]
        fmts = drink_formats(e)
        ordinary = 75 if 75 in fmts else ([f for f in fmts if f not in (37.5, 150)] or [None])[0]
        if meas is None:
            err.append("%s: a drink label without a measure" % where)
            continue
        kind, vol = meas
        if kind == "volume":   # hotel: the volume says it all
            if vol == fmt:
                kind = "size"
            elif cat in ("vin", "champagne") and vol in (37.5, 150, 75):
                err.append("%s: a %scl label on a %scl entry" % (where, vol, fmt))
                continue
            elif fmt >= 1000:
                kind = "draught"
            else:
                kind = "pour"
        if kind == "bottle":
            want = 75 if cat in ("vin", "champagne") else (fmts[0] if len(fmts) == 1 else None)
            if fmt != want:
                err.append("%s: bottle label on a %scl entry" % (where, fmt))
            exp_units = 1
        elif kind in ("half", "mag", "size"):
            if fmt != vol:
                err.append("%s: a %scl label on a %scl entry" % (where, vol, fmt))
            exp_units = 1
        elif kind == "pour":
            if cat not in POURABLE:
                err.append("%s: a pour of a %s" % (where, cat))
            if fmt != ordinary:
                err.append("%s: a pour must come from the ordinary bottle (%s), not %scl"
                           % (where, ordinary, fmt))
            exp_units = round(vol / fmt, 4)
        elif kind == "draught":
            if cat != "bière" or fmt < 1000:
                err.append("%s: a draught measure on a %scl %s entry" % (where, fmt, cat))
            exp_units = round(vol / fmt, 4)
        else:
            exp_units = None
        if units != exp_units:
            err.append("%s: units %r, expected %r" % (where, units, exp_units))
    # --- proportions
    n = len(cases) or 1
    tot = {k: sum(counts[t][k] for t in TILLS) for k in ("yes", "almost", "none")}
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        pct = 100.0 * tot[k] / n
        if not lo <= pct <= hi:
            err.append("proportion of %s %.1f %% outside %d-%d" % (k, pct, lo, hi))
    for t in TILLS:
        for k in ("yes", "almost", "none"):
            if counts[t][k] == 0:
                err.append("till %s holds no %s" % (t, k))
    return err, counts


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return fh.read().splitlines()


def selftest():
    lib, cases = read("paimpol_library.jsonl"), read("paimpol_cases.jsonl")
    base, _ = validate(lib, cases)
    assert not base, base
    print("clean files: pass")
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    dump = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, lib_rows=None, case_rows=None, raw_lib=None, raw_cases=None):
        breaks.append((name, raw_lib or dump(lib_rows or L), raw_cases or dump(case_rows or C)))

    x = list(cases); x[5] = x[5][:-3]
    brk("invalid JSON", raw_cases=x)
    y = copy.deepcopy(L); e = y[3]; y[3] = {k: e[k] for k in reversed(LIB_FIELDS)}
    brk("library field order", lib_rows=y)
    y = copy.deepcopy(L); y[10]["id"] = "pp099"
    brk("id out of sequence", lib_rows=y)
    y = copy.deepcopy(L); next(e for e in y if e["category"] == "bière")["colour"] = "blanc"
    brk("colour on a beer", lib_rows=y)
    y = copy.deepcopy(C); y[first(lambda c: c["expect"] == "yes" and c["also_ok"])]["also_ok"] = []
    brk("also_ok dropped", case_rows=y)
    y = copy.deepcopy(C); i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    y[i]["beverage_id"], y[i]["also_ok"] = y[i]["also_ok"][0], [y[i]["beverage_id"], *y[i]["also_ok"][1:]]
    brk("almost on the farther vintage", case_rows=y)
    y = copy.deepcopy(C); y[first(lambda c: c["units_per_sale"] == 0.1667)]["units_per_sale"] = 0.16
    brk("glass units", case_rows=y)
    y = copy.deepcopy(C); y[first(lambda c: c["expect"] == "none")]["beverage_id"] = "pp001"
    brk("none with an id", case_rows=y)
    y = copy.deepcopy(C); y[7]["label"] = y[6]["label"]
    brk("duplicate label", case_rows=y)
    y = copy.deepcopy(C); y[first(lambda c: c["vintage"])]["vintage"] += 1
    brk("vintage not the label's", case_rows=y)
    y = copy.deepcopy(C); i = first(lambda c: c["connection"] == "bar" and c["expect"] == "yes")
    y[i]["label"] = "KRONENBOURG PRESSION DEMI"
    brk("bar name over 16 columns", case_rows=y)
    y = copy.deepcopy(C); i = first(lambda c: c["connection"] == "resto" and c["expect"] == "yes")
    y[i]["label"] = y[i]["label"].upper()
    brk("resto label in capitals", case_rows=y)
    y = copy.deepcopy(C); i = first(lambda c: c["connection"] == "hotel" and c["expect"] == "yes")
    y[i]["label"] = y[i]["label"].rsplit(" ", 1)[0]
    brk("hotel drink without volume", case_rows=y)
    y = copy.deepcopy(C); i = first(lambda c: c["label"].endswith("(Demi-bouteille)") and c["expect"] == "yes" and c["vintage"] is None)
    lacuvee75 = next(e["id"] for e in L if e["name"] == "La Cuvée Brut" and e["format_cl"] == 75)
    y[i]["beverage_id"] = lacuvee75
    brk("half answered with the 75 cl entry", case_rows=y)
    y = copy.deepcopy(C); i = first(lambda c: c["label"] == "KRO DEMI")
    y[i]["beverage_id"] = next(e["id"] for e in L if e["name"] == "Coreff Blonde")
    brk("draught on a bottled beer", case_rows=y)
    brk("too few cases", case_rows=copy.deepcopy(C[:200]))
    y = [c for c in copy.deepcopy(C) if not (c["connection"] == "hotel" and c["expect"] == "almost")]
    brk("a till without almost", case_rows=y)
    y = copy.deepcopy(C); i = first(lambda c: c["connection"] == "bar" and c["label"] == "DUVEL 33CL")
    y[i]["label"] = "TRIPLE KARMELIET 33CL"
    brk("a label sharing no word with its entry", case_rows=y)
    y = copy.deepcopy(C); c0 = y[0]; y[0] = {k: c0[k] for k in reversed(CASE_FIELDS)}
    brk("case field order", case_rows=y)
    y = copy.deepcopy(C); i = first(lambda c: c["label"] == "KRO DEMI")
    y[i]["note"] += " [2021 cut off by the till]"
    brk("cut-off note on an uncut label", case_rows=y)
    y = copy.deepcopy(C); i = first(lambda c: c["label"] == "ARMORIK CLASSIC DOSE")
    y[i]["units_per_sale"] = 0.04
    brk("dose units on 100 cl instead of 70 cl", case_rows=y)
    y = copy.deepcopy(L); y[0]["category"] = "wine"
    brk("unknown category", lib_rows=y)
    ok = True
    for name, lb, cs in breaks:
        errs, _ = validate(lb, cs)
        status = "reported" if errs else "MISSED"
        ok &= bool(errs)
        print("%-42s %s (%d): %s" % (name, status, len(errs), errs[0] if errs else ""))
    print("%d kinds of break, %s" % (len(breaks), "all reported" if ok else "SOME MISSED"))
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs, counts = validate(read("paimpol_library.jsonl"), read("paimpol_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    for t in TILLS:
        print(t, counts[t])
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
