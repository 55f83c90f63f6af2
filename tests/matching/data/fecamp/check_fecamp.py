#!/usr/bin/env python3
"""Check the "La Marée" (Fécamp) blind set. Reads ONLY fecamp_library.jsonl and
fecamp_cases.jsonl and re-derives what it can. Stdlib only.

Usage: python3 check_fecamp.py [--selftest]
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
TILLS = ("bar", "salle", "terrasse")
PREFIX = "fp"

# measure word -> (kind, cl); kind: bottle / pour / draught; "?" resolved by category
BAR = {"": ("bottle", None), "1/2": ("bottle", 37.5), "MAG": ("bottle", 150),
       "33CL": ("bottle", 33), "50CL": ("bottle", 50), "1L": ("bottle", 100),
       "VR": ("pour", 12.5), "VR12": ("pour", 12), "VR15": ("pour", 15),
       "CAR25": ("pour", 25), "CAR50": ("pour", 50), "DOSE": ("pour", 4),
       "2CL": ("pour", 2), "6CL": ("pour", 6), "FLUTE": ("pour", 12.5),
       "BOLEE": ("pour", 25), "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
SALLE = {"Bouteille": ("bottle", None), "Demi-bouteille": ("bottle", 37.5),
         "Magnum": ("bottle", 150), "33cl": ("bottle", 33), "Bouteille 50cl": ("bottle", 50),
         "Bouteille 1L": ("bottle", 100), "Verre": ("pour", 12.5), "Verre 12cl": ("pour", 12),
         "Verre 15cl": ("pour", 15), "Carafe 25cl": ("pour", 25), "Carafe 50cl": ("pour", 50),
         "Dose": ("pour", 4), "Dose 2cl": ("pour", 2), "Dose 6cl": ("pour", 6),
         "Flûte": ("pour", 12.5), "Bolée": ("pour", 25), "Demi": ("draught", 25),
         "Pinte": ("draught", 50)}
TERR = {"Btl": ("bottle", None), "Half": ("?", None), "Mag": ("bottle", 150),
        "33cl": ("bottle", 33), "50cl": ("bottle", 50), "1L": ("bottle", 100),
        "Gls": ("pour", 12.5), "Gls12": ("pour", 12), "Gls15": ("pour", 15),
        "Jug25": ("pour", 25), "Jug50": ("pour", 50), "Shot": ("pour", 4),
        "2cl": ("pour", 2), "6cl": ("pour", 6), "Flute": ("pour", 12.5),
        "Bowl": ("pour", 25), "Pint": ("draught", 50)}
SALLE_FAMILIES = {"Vins blancs", "Vins rouges", "Vins rosés", "Champagnes & bulles",
                  "Cidres & poirés", "Calvados", "Apéritifs", "Digestifs", "Bières",
                  "Sans alcool", "Cuisine", "Desserts", "Cafés & thés", "Divers", "Cocktails"}
ABBR = {"sc": "special", "lp": "laurent", "pf": "pouilly", "gc": "grand", "cdr": "cotes",
        "bdb": "blanc", "hda": "hors", "coke": "coca", "bnb": "b&b", "rge": "rouge",
        "bolly": "bollinger", "gde": "grande"}


def plain(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c))


def y2(n):
    return 2000 + n if n < 40 else 1900 + n


def parse_label(c):
    """-> (measure word, product text, vintage read, full-width?) per till."""
    lab, till = c["label"], c["connection"]
    if till == "bar":
        m = re.fullmatch(r"(\d{3}) (.+)", lab)
        if not m:
            raise ValueError("bar form")
        name = m.group(2)
        toks = name.split()
        w = toks[0] if toks[0] in BAR and len(toks) > 1 else ""
        v = y2(int(toks[-1])) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        text = " ".join(toks[1:] if w else toks)
        return w, text, v, len(name) >= 17
    if till == "salle":
        m = re.fullmatch(r"([^>]+) > (.+?)(?: \(([^()]+)\))?", lab)
        if not m:
            raise ValueError("salle form")
        prod, var = m.group(2), m.group(3) or ""
        if var and var not in SALLE:
            raise ValueError("salle variant")
        mv = re.search(r" ((?:19|20)\d\d)$", prod)
        return var, prod, int(mv.group(1)) if mv else None, False
    toks = lab.split(" ", 1)
    w = toks[0] if len(toks) > 1 and toks[0] in TERR else ""
    body = toks[1] if w else lab
    mv = re.search(r"'(\d\d)$", body)
    return w, body, y2(int(mv.group(1))) if mv else None, len(lab) >= 19


def form_errors(c):
    lab, till = c["label"], c["connection"]
    errs = []
    if till == "bar":
        if not re.fullmatch(r"\d{3} [A-Z0-9 /&'.!-]+", lab):
            errs.append("bar label not PLU + ASCII capitals")
        if len(lab) > 22:
            errs.append("bar label longer than 22 columns")
    elif till == "salle":
        m = re.fullmatch(r"([^>]+) > (.+?)(?: \(([^()]+)\))?", lab)
        if not m or m.group(1) not in SALLE_FAMILIES:
            errs.append("tablet label without a known family")
    elif till == "terrasse":
        if not re.fullmatch(r"(?:(?:%s) )?[A-Za-z0-9&!.]+(?:'\d\d)?" % "|".join(
                re.escape(k) for k in TERR), lab):
            errs.append("handheld label not measure + CamelCase ASCII")
        if len(lab) > 20:
            errs.append("handheld label longer than 20 columns")
    else:
        errs.append("unknown connection")
    return errs


def tokens(s):
    s = plain(s)
    s = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])", " ", s)
    return list(re.findall(r"[a-z0-9&]+", s.lower()))


def fair(text, e):
    lt = [t for t in tokens(text) if not re.fullmatch(r"\d\d", t)]
    et = tokens(" ".join(x for x in (e["name"], e["producer"], e["appellation"]) if x))
    for t in lt:
        for u in et:
            if t == u and len(t) >= 2:
                return True
            if len(t) >= 3 and len(u) >= 3 and (u.startswith(t) or t.startswith(u)):
                return True
    glued = "".join(lt)
    for a, u in ABBR.items():
        if a in glued.split() or a in lt or (a == "bnb" and "bnb" in glued):
            if u in et or u in tokens(e["name"]):
                return True
    return False


def load(path_or_text, is_text=False):
    text = path_or_text if is_text else open(path_or_text, encoding="utf-8").read()
    return [json.loads(l, object_pairs_hook=lambda p: p) for l in text.splitlines() if l.strip()]


def check(lib_text, cases_text):
    errs = []
    try:
        lib_pairs = load(lib_text, True)
        case_pairs = load(cases_text, True)
    except ValueError as ex:
        return ["bad JSON: %s" % ex]
    lib, cases = [], []
    for p in lib_pairs:
        if [k for k, _ in p] != LIB_FIELDS:
            errs.append("library field order: %s" % dict(p).get("id"))
        lib.append(dict(p))
    for p in case_pairs:
        if [k for k, _ in p] != CASE_FIELDS:
            errs.append("case field order: %s" % dict(p).get("label"))
        cases.append(dict(p))
    # library
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    byid, seen = {}, set()
    for i, e in enumerate(lib, 1):
        if e.get("id") != "%s%03d" % (PREFIX, i):
            errs.append("library id out of sequence at %d: %s" % (i, e.get("id")))
        byid[e.get("id")] = e
        if e.get("colour") not in COLOURS:
            errs.append("unknown colour %s" % e.get("id"))
        if e.get("category") not in CATEGORIES:
            errs.append("unknown category %s" % e.get("id"))
        if (e.get("colour") is not None) != (e.get("category") in ("vin", "champagne")):
            errs.append("colour on a non-wine or none on a wine: %s" % e.get("id"))
        f = e.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("bad format %s" % e.get("id"))
        elif f >= 1000 and e.get("category") != "bière":
            errs.append("keg size on a non-beer %s" % e.get("id"))
        if e.get("vintage") is not None and not isinstance(e.get("vintage"), int):
            errs.append("bad vintage %s" % e.get("id"))
        k = (e.get("name"), e.get("producer"), e.get("colour"), f, e.get("vintage"))
        if k in seen:
            errs.append("drink twice %s" % e.get("id"))
        seen.add(k)

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])

    def formats_of(e):
        return {x["format_cl"] for x in lib if (x["name"], x["producer"], x["colour"]) ==
                (e["name"], e["producer"], e["colour"])}

    # cases
    if not 280 <= len(cases) <= 300:
        errs.append("case count %d" % len(cases))
    labels = [c.get("label") for c in cases]
    if len(set(labels)) != len(labels):
        errs.append("duplicate label")
    tally = {}
    for c in cases:
        lab = c.get("label")
        tally[(c.get("connection"), c.get("expect"))] = tally.get((c.get("connection"), c.get("expect")), 0) + 1
        errs += ["%s: %r" % (x, lab) for x in form_errors(c)]
        try:
            w, text, v, full = parse_label(c)
        except (ValueError, IndexError) as ex:
            errs.append("unreadable label %r (%s)" % (lab, ex))
            continue
        if c.get("vintage") != v:
            errs.append("vintage field %r but label says %r: %r" % (c.get("vintage"), v, lab))
        if "cut off by the till" in (c.get("note") or "") and (not full or v is not None):
            errs.append("cut note on a label that is not cut: %r" % lab)
        exp = c.get("expect")
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") or c.get("units_per_sale") is not None:
                errs.append("none with an id, also_ok or units: %r" % lab)
            continue
        if exp not in ("yes", "almost"):
            errs.append("bad expect %r" % lab)
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            errs.append("unknown beverage_id %r" % lab)
            continue
        also = [byid.get(a) for a in c.get("also_ok") or []]
        if None in also:
            errs.append("unknown also_ok id %r" % lab)
            continue
        same = [x for x in lib if wine_key(x) == wine_key(e)]
        if any(wine_key(a) != wine_key(e) for a in also):
            errs.append("also_ok not the same wine %r" % lab)
        if exp == "yes" and v is not None:
            pass  # checked below: also_ok must be empty
        elif sorted(x["id"] for x in same) != sorted([e["id"]] + [a["id"] for a in also]):
            errs.append("also_ok incomplete or wrong %r" % lab)
        vins = [x["vintage"] for x in same]
        if exp == "yes":
            if v is not None:
                if e["vintage"] != v or also:
                    errs.append("yes: vintage %s not the entry's, or also_ok set: %r" % (v, lab))
            elif e["vintage"] is not None and e["vintage"] != max(vins):
                errs.append("yes without vintage not the most recent: %r" % lab)
        else:
            if v is None or v in vins or None in vins:
                errs.append("almost without a vintage missing from the library: %r" % lab)
            else:
                best = sorted(vins, key=lambda x: (abs(x - v), -x))[0]
                if e["vintage"] != best:
                    errs.append("almost not the nearest vintage: %r" % lab)
        # measure and units
        table = {"bar": BAR, "salle": SALLE, "terrasse": TERR}[c["connection"]]
        kind, cl = table.get(w, ("bottle", None))
        if kind == "?":
            kind, cl = (("bottle", 37.5) if e["category"] in ("vin", "champagne")
                        else ("draught", 25))
        f, u = e["format_cl"], c.get("units_per_sale")
        if kind == "bottle":
            want = cl if cl is not None else (75 if e["category"] in ("vin", "champagne") else None)
            if want is None and len(formats_of(e)) != 1:
                errs.append("bottle without size, several sizes held: %r" % lab)
            if want is not None and f != want:
                errs.append("bottle answered with a %s cl entry: %r" % (f, lab))
            if u != 1:
                errs.append("bottle units not 1: %r" % lab)
        elif kind == "draught":
            if e["category"] != "bière" or f < 1000:
                errs.append("draught answered with a non-keg: %r" % lab)
            if u != round(cl / f, 4):
                errs.append("draught units %r: %r" % (u, lab))
        else:
            if e["category"] in ("bière", "soft") or f >= 1000:
                errs.append("pour from a beer or soft: %r" % lab)
            fs = formats_of(e)
            if not (f == 75 or (75 not in fs and len(fs) == 1)):
                errs.append("pour not from the ordinary bottle: %r" % lab)
            if u != round(cl / f, 4):
                errs.append("pour units %r, want %r: %r" % (u, round(cl / f, 4), lab))
        if not fair(text, e):
            errs.append("label shares no word with its entry: %r" % lab)
    for t in TILLS:
        for x in ("yes", "almost", "none"):
            if not tally.get((t, x)):
                errs.append("till %s has no %s" % (t, x))
    n = len(cases) or 1
    share = {x: sum(v for (t, y), v in tally.items() if y == x) / n for x in ("yes", "almost", "none")}
    if not (0.45 <= share["yes"] <= 0.52 and 0.12 <= share["almost"] <= 0.17
            and 0.33 <= share["none"] <= 0.40):
        errs.append("answer split off: %s" % {k: round(v, 3) for k, v in share.items()})
    return errs


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def selftest(lib_text, cases_text):
    lib = [json.loads(l) for l in lib_text.splitlines()]
    cases = [json.loads(l) for l in cases_text.splitlines()]

    def find(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    def brk(f, which="cases"):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        f(L, C)
        return check(dumps(L), dumps(C))

    glass = find(lambda c: c["connection"] == "bar" and c["label"].split()[1] == "VR" and c["expect"] == "yes")
    almost2 = find(lambda c: c["expect"] == "almost" and c["also_ok"])
    none = find(lambda c: c["expect"] == "none")
    bar = find(lambda c: c["connection"] == "bar")
    sal = find(lambda c: c["connection"] == "salle")
    ter = find(lambda c: c["connection"] == "terrasse" and c["expect"] == "yes")
    half = find(lambda c: "(Demi-bouteille)" in c["label"] and c["expect"] == "yes")
    also = find(lambda c: c["expect"] == "yes" and c["also_ok"])
    vint = find(lambda c: c["vintage"] is not None and c["expect"] == "yes")
    uncut = find(lambda c: c["connection"] == "bar" and len(c["label"]) < 18 and c["expect"] == "yes")
    draught = find(lambda c: c["label"].startswith("Bières >") and "(Pinte)" in c["label"])
    ids = {e["id"]: e for e in lib}

    def half_to_75(L, C):
        e = ids[C[half]["beverage_id"]]
        C[half]["beverage_id"] = next(x["id"] for x in L if x["name"] == e["name"] and x["producer"] == e["producer"] and x["format_cl"] == 75)
        C[half]["also_ok"] = []

    def unrelated(L, C):
        i = find(lambda c: c["label"].endswith(" VR GEWURZ"))
        C[i]["beverage_id"] = next(x["id"] for x in L if x["name"] == "Cuvée Rosé")

    def draught_bottle(L, C):
        C[draught]["beverage_id"] = next(x["id"] for x in L if x["name"] == "Chimay Bleue")

    def no_almost(L, C):
        for c in C:
            if c["connection"] == "salle" and c["expect"] == "almost":
                c["expect"], c["beverage_id"], c["also_ok"], c["units_per_sale"] = "none", None, [], None

    def bad_json(L, C):
        C[0]["label"] = float("nan")

    breaks = {
        "glass units": lambda L, C: C[glass].__setitem__("units_per_sale", 0.16),
        "almost on the farther vintage": lambda L, C: C[almost2].update(
            beverage_id=C[almost2]["also_ok"][0], also_ok=[C[almost2]["beverage_id"], *C[almost2]["also_ok"][1:]]),
        "none with an id": lambda L, C: C[none].__setitem__("beverage_id", "fp001"),
        "bar label in lower case": lambda L, C: C[bar].__setitem__("label", C[bar]["label"].lower()),
        "bar label too long": lambda L, C: C[bar].__setitem__("label", C[bar]["label"] + " XXXXXXXXXX"),
        "tablet label without family": lambda L, C: C[sal].__setitem__("label", C[sal]["label"].split(" > ", 1)[1]),
        "handheld label with accents": lambda L, C: C[ter].__setitem__("label", C[ter]["label"] + "é"),
        "field order": lambda L, C: C.__setitem__(0, dict(reversed(list(C[0].items())))),
        "duplicate label": lambda L, C: C[1].__setitem__("label", C[0]["label"]),
        "also_ok dropped": lambda L, C: C[also].__setitem__("also_ok", []),
        "vintage changed": lambda L, C: C[vint].__setitem__("vintage", C[vint]["vintage"] - 1),
        "half answered with the 75 cl entry": half_to_75,
        "library id out of sequence": lambda L, C: L[5].__setitem__("id", "fp999"),
        "keg size on a wine": lambda L, C: L[0].__setitem__("format_cl", 3000),
        "unknown colour": lambda L, C: L[0].__setitem__("colour", "orange"),
        "unrelated wine": unrelated,
        "draught pinte answered with a bottle": draught_bottle,
        "cut note on an uncut label": lambda L, C: C[uncut].__setitem__("note", C[uncut]["note"] + " [2022 cut off by the till]"),
        "a till without almost": no_almost,
        "bad JSON": None,
    }
    ok = True
    clean = check(lib_text, cases_text)
    print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:3]))
    ok &= not clean
    for name, f in breaks.items():
        errs = check(lib_text, cases_text.replace("}", "", 1)) if f is None else brk(f)
        errs = [x for x in errs if x not in clean]
        print("%-38s %s" % (name, ("reported: " + errs[0][:70]) if errs else "NOT REPORTED"))
        ok &= bool(errs)
    print("selftest %s (%d kinds of break)" % ("ok" if ok else "FAILED", len(breaks)))
    return ok


def main():
    lib_text = open(os.path.join(HERE, "fecamp_library.jsonl"), encoding="utf-8").read()
    cases_text = open(os.path.join(HERE, "fecamp_cases.jsonl"), encoding="utf-8").read()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_text, cases_text) else 1)
    errs = check(lib_text, cases_text)
    for e in errs:
        print(e)
    cases = [json.loads(l) for l in cases_text.splitlines()]
    print("%d drinks, %d cases: %s" % (len(lib_text.splitlines()), len(cases),
                                        "OK" if not errs else "%d problems" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
