"""Check vannes_library.jsonl and vannes_cases.jsonl on their own (imports nothing from
the build).  python3 check_vannes.py [library cases] | --selftest"""
import json
import os
import re
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
WINE = ("vin", "champagne")
CONNS = ("bar", "salle", "boutique")

# measures: kind, cl
BAR_M = {"btl": ("btl", None), "1/2": ("bottle", 37.5), "mag": ("bottle", 150),
         "vr": ("pour", 12.5), "vr12": ("pour", 12), "vr14": ("pour", 14),
         "pch25": ("pour", 25), "pch50": ("pour", 50), "cp": ("pour", 12.5),
         "dose": ("dose", 4), "2cl": ("dose", 2), "4cl": ("dose", 4),
         "demi": ("draught", 25), "pinte": ("draught", 50), "25cl": ("bottle", 25),
         "33cl": ("bottle", 33), "50cl": ("bottle", 50), "70cl": ("bottle", 70),
         "75cl": ("bottle", 75), "1l": ("bottle", 100)}
SALLE_M = {"Bouteille": ("btl", None), "Demi-bouteille 37,5 cl": ("bottle", 37.5),
           "Magnum 150 cl": ("bottle", 150), "Verre": ("pour", 12.5),
           "Verre 12 cl": ("pour", 12), "Verre 14 cl": ("pour", 14),
           "Pichet 25 cl": ("pour", 25), "Pichet 50 cl": ("pour", 50), "Coupe": ("pour", 12.5),
           "Dose": ("dose", 4), "Dose 2 cl": ("dose", 2), "Dose 4 cl": ("dose", 4),
           "Demi 25 cl": ("draught", 25), "Pinte 50 cl": ("draught", 50),
           "Bouteille 25 cl": ("bottle", 25), "Bouteille 33 cl": ("bottle", 33),
           "Bouteille 50 cl": ("bottle", 50), "Bouteille 70 cl": ("bottle", 70),
           "Bouteille 75 cl": ("bottle", 75), "Bouteille 1 l": ("bottle", 100), "": (None, None)}
SHOP_M = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "25CL": ("bottle", 25),
          "33CL": ("bottle", 33), "50CL": ("bottle", 50), "70CL": ("bottle", 70),
          "75CL": ("bottle", 75), "1L": ("bottle", 100)}
FAMILIES = {"VINS BLANCS": ("blanc",), "VINS ROUGES": ("rouge",), "VINS ROSES": ("rosé",),
            "VINS DOUX": ("liquoreux",), "BULLES": ("effervescent", "rosé"),
            "CIDRES": ("autre",), "BIERES": ("bière",), "PRESSION": ("bière",),
            "SPIRITUEUX": ("spiritueux",), "APERITIFS": ("autre", "spiritueux"),
            "SANS ALCOOL": ("soft",), "CUISINE": (), "DESSERTS": (), "CAFES": (), "DIVERS": ()}
STOP = {"de", "du", "des", "la", "le", "les", "et", "ar", "an", "d", "l", "cl", "ans",
        "domaine", "chateau", "ch", "brut", "blanc", "rouge", "rose"}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def words(s):
    return {w for w in re.split(r"[^a-z0-9]+", fold(s)) if len(w) >= 3 and w not in STOP}


def read_label(conn, label, err):
    """(measure kind, cl, vintage, name part, family) or None."""
    if conn == "bar":
        m = re.match(r"^([A-Za-z0-9 .'&+/-]+?)(?: \(([a-z0-9/]+)\))? (\d+(?:,\d0)?€)$", label)
        if not m:
            err("bar form: %r" % label)
            return None
        name, meas = m.group(1), m.group(2)
        if len(name) > 20:
            err("bar button over 20 characters: %r" % label)
        if meas is not None and meas not in BAR_M:
            err("bar measure unknown: %r" % label)
            return None
        kind, cl = BAR_M[meas] if meas else (None, None)
        v = re.search(r"(?:^| )(\d{2})$", name)
        return kind, cl, (2000 + int(v.group(1)) if v else None), name, None
    if conn == "salle":
        parts = label.split(";")
        if len(parts) != 3 or parts[0] not in FAMILIES or parts[2] not in SALLE_M:
            err("salle form: %r" % label)
            return None
        if parts[1] != parts[1].strip() or not parts[1] or parts[1].isupper():
            err("salle product not in mixed case: %r" % label)
        kind, cl = SALLE_M[parts[2]]
        v = re.search(r"(?:^| )((?:19|20)\d\d)(?: |$)", parts[1])
        return kind, cl, (int(v.group(1)) if v else None), parts[1], parts[0]
    if conn == "boutique":
        m = re.match(r"^(\d{13}) ([A-Z0-9 .'&/+-]+)$", label)
        if not m or len(m.group(2)) > 26:
            err("boutique form (EAN-13, ASCII capitals, 26 columns): %r" % label)
            return None
        code = m.group(1)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(code[:12]))
        if int(code[12]) != (10 - s % 10) % 10:
            err("boutique EAN-13 check digit: %r" % label)
        name = m.group(2)
        if re.search(r" \d{2,3}$", name) and len(name) == 26:
            err("boutique cut leaves a partial number: %r" % label)
        kind, cl = SHOP_M.get(name.split(" ")[0], ("btl", None))
        v = re.search(r" ((?:19|20)\d\d)$", name)
        return kind, cl, (int(v.group(1)) if v else None), name, None
    err("unknown connection %r" % conn)
    return None


def load(path, err):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                err("%s line %d: invalid JSON" % (os.path.basename(path), n))
    return rows


def check(lib_path, cases_path):
    errors = []
    err = errors.append
    lib = load(lib_path, err)
    cases = load(cases_path, err)
    # ---- library
    if not 110 <= len(lib) <= 130:
        err("library has %d drinks, not 110-130" % len(lib))
    byid, seen = {}, set()
    for n, r in enumerate(lib, 1):
        if list(r) != LIB_FIELDS:
            err("library fields out of order: %s" % r.get("id"))
        if r.get("id") != "vn%03d" % n:
            err("library id out of sequence at line %d: %s" % (n, r.get("id")))
        byid[r.get("id")] = r
        cat, col = r.get("category"), r.get("colour")
        if cat not in CATEGORIES:
            err("%s: unknown category %r" % (r["id"], cat))
        if (cat in WINE) != (col is not None) or (col is not None and col not in COLOURS):
            err("%s: colour %r with category %r" % (r["id"], col, cat))
        f = r.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            err("%s: bad format" % r["id"])
        elif f >= 2000 and (cat != "bière" or f not in (2000, 3000)):
            err("%s: keg format on a non-beer or odd keg" % r["id"])
        v = r.get("vintage")
        if v is not None and (cat not in WINE or not 1950 <= v <= 2025):
            err("%s: vintage %r" % (r["id"], v))
        k = (r["name"], r["producer"], r["appellation"], col, f, v)
        if k in seen:
            err("%s: same wine, format and vintage twice" % r["id"])
        seen.add(k)

    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    formats = {}
    for r in lib:
        formats.setdefault(wine(r), {}).setdefault(r["format_cl"], []).append(r)
    # ---- cases
    if not 280 <= len(cases) <= 300:
        err("%d cases, not 280-300" % len(cases))
    labels = set()
    counts = {}
    for c in cases:
        lab = c.get("label")
        if list(c) != CASE_FIELDS:
            err("case fields out of order: %r" % lab)
            continue
        if lab in labels:
            err("duplicate label %r" % lab)
        labels.add(lab)
        if not c["note"]:
            err("empty note: %r" % lab)
        conn, exp = c["connection"], c["expect"]
        counts[(conn, exp)] = counts.get((conn, exp), 0) + 1
        if exp not in ("yes", "almost", "none"):
            err("unknown expect %r" % lab)
            continue
        rd = read_label(conn, lab, err)
        if rd is None:
            continue
        kind, cl, lv, name, fam = rd
        if lv != c["vintage"]:
            err("vintage %r is not what the label says (%r): %r" % (c["vintage"], lv, lab))
        if ("cut off by the till" in c["note"]) and not (
                (conn == "bar" and len(name) >= 19) or (conn == "boutique" and len(name) >= 25)):
            err("cut-off note on a label that is not full width: %r" % lab)
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                err("none with an id, also_ok or units: %r" % lab)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            err("unknown beverage_id: %r" % lab)
            continue
        fmts = formats[wine(e)]
        f = e["format_cl"]
        cat = e["category"]
        small = sorted(x for x in fmts if x < 2000)
        # format and units from the printed measure
        if kind == "btl" or kind is None:
            if kind is None:
                err("a drink answered on a label with no measure: %r" % lab)
            want = 75 if cat in WINE else (small[0] if len(small) == 1 else None)
            if conn == "boutique" and cat not in WINE:
                want = small[0] if len(small) == 1 else None
            if f != want or c["units_per_sale"] != 1:
                err("bottle of %r should be the %s cl entry at 1: %r" % (e["id"], want, lab))
        elif kind == "bottle":
            if f != cl or c["units_per_sale"] != 1:
                err("bottle size %s cl not the entry's format %s (or units not 1): %r" % (cl, f, lab))
        elif kind == "pour":
            ordn = 75 if 75 in fmts else (small[0] if len(small) == 1 and small[0] not in (37.5, 150) else None)
            if cat not in (*WINE, "autre") or f != ordn:
                err("pour not from the ordinary bottle: %r" % lab)
            elif c["units_per_sale"] != round(cl / f, 4):
                err("pour units %r != %r: %r" % (c["units_per_sale"], round(cl / f, 4), lab))
        elif kind == "dose":
            if cat not in ("spiritueux", "autre") or len(small) != 1 or f != small[0]:
                err("dose not from a spirit or aperitif's bottle: %r" % lab)
            elif c["units_per_sale"] != round(cl / f, 4):
                err("dose units wrong: %r" % lab)
        elif kind == "draught":
            if cat != "bière" or f < 2000:
                err("draught measure not from a keg: %r" % lab)
            elif c["units_per_sale"] != round(cl / f, 4):
                err("draught units wrong: %r" % lab)
        # vintage rules
        group = sorted(fmts[f], key=lambda r: (r["vintage"] is None, r["vintage"] or 0))
        others = sorted(r["id"] for r in group if r["id"] != e["id"])
        vints = [r["vintage"] for r in group]
        if exp == "yes":
            if lv is not None:
                if e["vintage"] != lv or c["also_ok"]:
                    err("yes with a vintage must be that vintage, also_ok empty: %r" % lab)
            else:
                if e["vintage"] != vints[-1] or sorted(c["also_ok"]) != others:
                    err("yes without vintage must be the most recent, others in also_ok: %r" % lab)
        else:
            if lv is None or lv in vints or None in vints:
                err("almost without a vintage missing from the library: %r" % lab)
            else:
                best = min(vints, key=lambda v: (abs(v - lv), -v))
                if e["vintage"] != best or sorted(c["also_ok"]) != others:
                    err("almost must be the nearest vintage (tie: more recent), others in also_ok: %r" % lab)
        # salle family against the entry
        if fam is not None:
            okk = FAMILIES[fam]
            if (e["colour"] or e["category"]) not in okk and e["category"] not in okk:
                err("salle family %s does not fit %s: %r" % (fam, e["id"], lab))
            if (fam == "PRESSION") != (kind == "draught"):
                err("PRESSION family only for draught: %r" % lab)
        # the label shares a word, a 4-letter stem or a glued word with its entry
        lw = words(name)
        ew = words(" ".join(x for x in (e["name"], e["producer"], e["appellation"] or "") if x))
        if not any(a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4])
                   or (len(b) >= 4 and b in a) for a in lw for b in ew):
            err("label shares no word with its entry %s: %r" % (e["id"], lab))
    n = len(cases) or 1
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(v for (cn, ex), v in counts.items() if ex == exp)
        if not lo <= 100.0 * k / n <= hi:
            err("%s is %.1f %% of the cases, not %d-%d %%" % (exp, 100.0 * k / n, lo, hi))
    for cn in CONNS:
        for exp in ("yes", "almost", "none"):
            if not counts.get((cn, exp)):
                err("till %s has no %s case" % (cn, exp))
    return errors, counts, len(lib), len(cases)


EXPECT = {"invalid JSON": "invalid JSON", "fields out of order": "out of order",
          "library id out of sequence": "out of sequence", "colour on a beer": "colour",
          "glass units": "pour units", "almost on the farther vintage": "nearest vintage",
          "yes on the sibling vintage": "must be that vintage", "none with an id": "none with",
          "also_ok dropped": "most recent", "bar label without price": "bar form",
          "boutique label over 26 columns": "26 columns", "duplicate label": "duplicate label",
          "half bottle answered with the 75 cl entry": "bottle size 37.5",
          "draught demi on the bottled beer": "not from a keg",
          "vintage not on the label": "not what the label says",
          "label sharing no word": "shares no word",
          "salle family against the colour": "salle family", "too few cases": "not 280-300",
          "EAN check digit": "check digit", "till without almost": "has no almost"}


def selftest():
    lib_p = os.path.join(HERE, "vannes_library.jsonl")
    cas_p = os.path.join(HERE, "vannes_cases.jsonl")
    errs, _, _, _ = check(lib_p, cas_p)
    if errs:
        print("clean files FAIL:", errs[:5])
        return 1
    print("clean files pass")
    L = open(lib_p, encoding="utf-8").read().splitlines()
    C = open(cas_p, encoding="utf-8").read().splitlines()
    lib = [json.loads(x) for x in L]
    cases = [json.loads(x) for x in C]

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def edit_case(pred, fn):
        cs = [dict(c) for c in cases]
        i = first(pred)
        fn(cs[i])
        return L, dump(cs)

    def ids_of(name, fmt):
        return [r["id"] for r in lib if r["name"] == name and r["format_cl"] == fmt]

    breaks = []
    breaks.append(("invalid JSON", L, [*C[:5], "{not json", *C[6:]]))
    swapped = [dict(list(c.items())[1:2] + list(c.items())[:1] + list(c.items())[2:]) for c in cases[:1]] + cases[1:]
    breaks.append(("fields out of order", L, dump(swapped)))
    lb = [dict(r) for r in lib]
    lb[3]["id"], lb[4]["id"] = lb[4]["id"], lb[3]["id"]
    breaks.append(("library id out of sequence", dump(lb), C))
    lb = [dict(r) for r in lib]
    lb[next(i for i, r in enumerate(lb) if r["category"] == "bière")]["colour"] = "blanc"
    breaks.append(("colour on a beer", dump(lb), C))
    breaks.append(("glass units", *edit_case(lambda c: "(vr)" in c["label"] and c["expect"] == "yes",
                                             lambda c: c.update(units_per_sale=0.2))))
    breaks.append(("almost on the farther vintage", *edit_case(
        lambda c: c["expect"] == "almost" and c["also_ok"],
        lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))))
    breaks.append(("yes on the sibling vintage", *edit_case(
        lambda c: c["expect"] == "yes" and c["vintage"] and len(ids_of(lib[int(c["beverage_id"][2:]) - 1]["name"], lib[int(c["beverage_id"][2:]) - 1]["format_cl"])) > 1,
        lambda c: c.update(beverage_id=next(i for i in ids_of(lib[int(c["beverage_id"][2:]) - 1]["name"], lib[int(c["beverage_id"][2:]) - 1]["format_cl"]) if i != c["beverage_id"])))))
    breaks.append(("none with an id", *edit_case(lambda c: c["expect"] == "none",
                                                  lambda c: c.update(beverage_id="vn001"))))
    breaks.append(("also_ok dropped", *edit_case(lambda c: c["expect"] == "yes" and c["also_ok"],
                                                 lambda c: c.update(also_ok=[]))))
    breaks.append(("bar label without price", *edit_case(lambda c: c["connection"] == "bar",
                                                         lambda c: c.update(label=c["label"].rsplit(" ", 1)[0]))))
    breaks.append(("boutique label over 26 columns", *edit_case(
        lambda c: c["connection"] == "boutique" and c["expect"] == "none",
        lambda c: c.update(label=c["label"] + " EXTRA LONG NAME"))))
    cs = cases[:]
    cs[10] = dict(cs[10], label=cs[11]["label"])
    breaks.append(("duplicate label", L, dump(cs)))
    half = ids_of("Clos des Allées", 75)
    breaks.append(("half bottle answered with the 75 cl entry", *edit_case(
        lambda c: "Clos Allees 22 (1/2)" in c["label"], lambda c: c.update(beverage_id=half[0]))))
    breaks.append(("draught demi on the bottled beer", *edit_case(
        lambda c: "(demi)" in c["label"] and c["expect"] == "yes",
        lambda c: c.update(beverage_id=ids_of("Mor Braz Blonde", 33)[0]))))
    breaks.append(("vintage not on the label", *edit_case(lambda c: c["expect"] == "yes" and c["vintage"],
                                                          lambda c: c.update(vintage=c["vintage"] - 1))))
    breaks.append(("label sharing no word", *edit_case(
        lambda c: c["connection"] == "salle" and c["label"].startswith("SPIRITUEUX;Eddu"),
        lambda c: c.update(label="SPIRITUEUX;Whisky breton;Dose 4 cl"))))
    breaks.append(("salle family against the colour", *edit_case(
        lambda c: c["connection"] == "salle" and c["label"].startswith("VINS ROUGES;") and c["expect"] == "yes",
        lambda c: c.update(label="VINS BLANCS;" + c["label"].split(";", 1)[1]))))
    breaks.append(("too few cases", L, C[:250]))
    breaks.append(("EAN check digit", *edit_case(
        lambda c: c["connection"] == "boutique",
        lambda c: c.update(label=c["label"][:12] + str((int(c["label"][12]) + 1) % 10) + c["label"][13:]))))
    breaks.append(("till without almost", L, [x for x in C if not ('"almost"' in x and '"bar"' in x)]))
    bad = 0
    with tempfile.TemporaryDirectory() as d:
        for name, l2, c2 in breaks:
            lp, cp = os.path.join(d, "l.jsonl"), os.path.join(d, "c.jsonl")
            with open(lp, "w", encoding="utf-8") as fh:
                fh.write("\n".join(l2) + "\n")
            with open(cp, "w", encoding="utf-8") as fh:
                fh.write("\n".join(c2) + "\n")
            try:
                errs = check(lp, cp)[0]
            except Exception as ex:  # a crash is not a report
                errs, name = [], name + " (crash: %s)" % ex
            key = EXPECT.get(name.split(" (crash")[0], "")
            hit = [e for e in errs if key in e]
            print("%-42s %s" % (name, ("reported: " + hit[0][:90]) if hit else "NOT REPORTED"))
            bad += not hit
    print("%d breaks, %d not reported" % (len(breaks), bad))
    return 1 if bad else 0


def main(argv):
    if "--selftest" in argv:
        return selftest()
    args = [a for a in argv if not a.startswith("-")]
    lib_p = args[0] if args else os.path.join(HERE, "vannes_library.jsonl")
    cas_p = args[1] if len(args) > 1 else os.path.join(HERE, "vannes_cases.jsonl")
    errors, counts, nl, nc = check(lib_p, cas_p)
    for e in errors:
        print("ERROR", e)
    print("library %d, cases %d" % (nl, nc))
    for cn in CONNS:
        print("%-9s yes %3d  almost %3d  none %3d" % (cn, counts.get((cn, "yes"), 0),
              counts.get((cn, "almost"), 0), counts.get((cn, "none"), 0)))
    print("OK" if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
