#!/usr/bin/env python3
"""Check the Montlucon held-out set from its two jsonl files alone.

python3 check_montlucon.py             check montlucon_library.jsonl / montlucon_cases.jsonl
python3 check_montlucon.py --selftest  break copies on purpose and show each break is caught
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
TILLS = ("zinc", "salle", "journal")
ZINC_WIDTH, JOURNAL_WIDTH = 18, 20

# ------------------------------------------------------------ reading labels
ZINC_M = {"VR": ("pour", 12.5), "CP": ("pour", 12.5), "POT": ("pour", 46), "PICH25": ("pour", 25),
          "PICH50": ("pour", 50), "DOSE": ("pour", 4), "DEMI": ("draught", 25),
          "PINTE": ("draught", 50), "1/2": ("bottle", 37.5), "BTL": ("bottle", 75),
          "MAG": ("bottle", 150)}
SALLE_M = {"btl": ("bottle", 75), "1/2 btl": ("bottle", 37.5), "mag": ("bottle", 150),
           "verre": ("pour", 12.5), "coupe": ("pour", 12.5), "pot 46cl": ("pour", 46),
           "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50), "dose": ("pour", 4),
           "demi": ("draught", 25), "pinte": ("draught", 50)}
J_POUR = {"VERRES", "POTS PICHETS", "APERITIFS", "DIGESTIFS"}
J_BOTTLE = {"VINS ROUGES", "VINS BLANCS", "VINS ROSES", "BULLES", "BIERES", "SOFTS"}
J_ITEM = {"CUISINE", "BOISSONS CHAUDES", "DIVERS"}


def n(x):
    x = float(x)
    return int(x) if x == int(x) else x


def vol(num, unit):
    v = float(num.replace(",", "."))
    return n(v * 100 if unit.upper() == "L" else v)


def read(till, label):
    """(kind, volume, vintage) from the label alone, or raise ValueError on a bad form."""
    if till == "zinc":
        if len(label) > ZINC_WIDTH or label != label.strip() or not re.fullmatch(r"[A-Z0-9 /,]+", label):
            raise ValueError("zinc form")
        t = label.split()
        if t[0] in ZINC_M:
            v = None
            if re.fullmatch(r"\d\d", t[-1]) and int(t[-1]) <= 29:
                v = 2000 + int(t[-1])
            return ZINC_M[t[0]] + (v,)
        m = re.fullmatch(r"(\d+(?:,\d+)?)(CL|L)", t[-1])
        if m and len(t) > 1:
            return ("bottle", vol(m.group(1), m.group(2)), None)
        return ("item", None, None)
    if till == "salle":
        if label != label.strip() or (label.upper() == label and re.search("[a-z]", label) is None \
                and " - " in label):
            raise ValueError("salle form")
        item, w = label.rsplit(" - ", 1) if " - " in label else (label, None)
        last, v = item.split()[-1], None
        if re.fullmatch(r"(19|20)\d\d", last):
            v = int(last)
        elif re.fullmatch(r"'\d\d", last):
            v = 2000 + int(last[1:])
        if w is None:
            return ("item", None, v)
        if w in SALLE_M:
            return SALLE_M[w] + (v,)
        m = re.fullmatch(r"(\d+(?:,\d+)?)(cl|L)", w)
        if not m:
            raise ValueError("salle measure")
        return ("bottle", vol(m.group(1), m.group(2)), v)
    if till == "journal":
        f = label.split(";")
        if len(f) != 5:
            raise ValueError("journal columns")
        fam, lib, mill, cl, prix = f
        if not re.fullmatch(r"[A-Z0-9 ]{1,%d}" % JOURNAL_WIDTH, lib) or lib != lib.strip():
            raise ValueError("journal libelle")
        if not re.fullmatch(r"(\d{4})?", mill) or not re.fullmatch(r"(\d+(,\d)?)?", cl) \
                or not re.fullmatch(r"\d+,\d\d", prix):
            raise ValueError("journal columns form")
        v = int(mill) if mill else None
        if fam in J_ITEM:
            if cl:
                raise ValueError("volume on a non-drink")
            return ("item", None, v)
        if not cl:
            raise ValueError("drink without volume")
        if fam == "PRESSION":
            return ("draught", vol(cl, "CL"), v)
        if fam in J_POUR:
            return ("pour", vol(cl, "CL"), v)
        if fam in J_BOTTLE:
            return ("bottle", vol(cl, "CL"), v)
        raise ValueError("journal family")
    raise ValueError("unknown till")


# ------------------------------------------------------------ word sharing
ABBR = {"RGE": "ROUGE", "BLC": "BLANC", "RSE": "ROSE", "ST": "SAINT", "STE": "SAINTE",
        "CDR": "COTES DU RHONE", "CDA": "COTES AUVERGNE", "CTE": "COTE", "BJ": "BEAUJOLAIS",
        "BEAUJ": "BEAUJOLAIS", "KRO": "KRONENBOURG", "LAP": "LAPIERRE", "VTE": "VERTE",
        "VT": "VERTE", "GUIG": "GUIGAL", "CH": "CHATEAU", "DOM": "DOMAINE", "CELEST": "CELESTINS",
        "POURC": "POURCAIN", "CHATEAUMEIL": "CHATEAUMEILLANT", "A": "ANS"}


def words(s):
    s = unicodedata.normalize("NFKD", s.replace("œ", "oe"))
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    out = []
    for w in re.split(r"[^A-Z0-9]+", s):
        if w:
            out.append(w)
            parts = re.findall(r"[A-Z]+|[0-9]+", w)
            if len(parts) > 1:
                out.extend(parts)  # glued words: GET27, 12A
    return out


def shares(label, e):
    ew = set(words(" ".join(str(e[k]) for k in ("name", "producer", "appellation") if e[k])))
    ew |= {w[:-1] for w in ew if w.endswith("S")}
    for w in words(label):
        cands = [w, *words(ABBR.get(w, ""))]
        for c in cands:
            if len(c) < 2 and not c.isdigit():
                continue
            if c in ew or (len(c) >= 4 and any(x.startswith(c) or c.startswith(x) for x in ew if len(x) >= 4)):
                if c not in {"VR", "POT", "DOSE", "DEMI", "PINTE", "BTL", "MAG", "VERRE", "DE", "DU", "LA", "LE", "LES", "DES", "VINS", "VERRES", "ROUGES", "BLANCS"}:
                    return True
    return False


# ------------------------------------------------------------ checks
def check(lib_lines, case_lines):
    errs = []
    err = errs.append
    lib, cases = [], []
    for i, l in enumerate(lib_lines):
        try:
            o = json.loads(l, object_pairs_hook=lambda p: p)
        except ValueError:
            err("library line %d: invalid JSON" % (i + 1))
            continue
        if [k for k, _ in o] != LIB_FIELDS:
            err("library line %d: fields or order" % (i + 1))
        lib.append(dict(o))
    for i, l in enumerate(case_lines):
        try:
            o = json.loads(l, object_pairs_hook=lambda p: p)
        except ValueError:
            err("case line %d: invalid JSON" % (i + 1))
            continue
        if [k for k, _ in o] != CASE_FIELDS:
            err("case line %d: fields or order" % (i + 1))
        cases.append(dict(o))
    # library
    if not 110 <= len(lib) <= 130:
        err("library size %d" % len(lib))
    byid, seen = {}, set()
    for i, e in enumerate(lib):
        if e.get("id") != "mo%03d" % (i + 1):
            err("id out of sequence at %d: %s" % (i + 1, e.get("id")))
        byid[e.get("id")] = e
        cat, col, f = e.get("category"), e.get("colour"), e.get("format_cl")
        if cat not in CATEGORIES:
            err("%s: category %r" % (e["id"], cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                err("%s: wine without colour" % e["id"])
        elif col is not None:
            err("%s: colour on a %s" % (e["id"], cat))
        if cat == "champagne" and col not in ("effervescent", "rosé"):
            err("%s: champagne colour" % e["id"])
        if not isinstance(f, (int, float)) or f <= 0:
            err("%s: format" % e["id"])
        elif f >= 2000 and cat != "bière":
            err("%s: keg format on a %s" % (e["id"], cat))
        v = e.get("vintage")
        if v is not None and (not isinstance(v, int) or not 1950 <= v <= 2025):
            err("%s: vintage %r" % (e["id"], v))
        k = tuple(e.get(x) for x in ("name", "producer", "appellation", "colour", "format_cl", "vintage"))
        if k in seen:
            err("%s: drink twice" % e["id"])
        seen.add(k)

    def same(e):
        return [x for x in lib if all(x[k] == e[k] for k in ("name", "producer", "appellation", "colour", "format_cl"))]

    # cases
    if not 280 <= len(cases) <= 300:
        err("case count %d" % len(cases))
    labels = set()
    counts = {}
    for c in cases:
        lab, till, ex = c.get("label"), c.get("connection"), c.get("expect")
        tag = "case %r" % lab
        if lab in labels:
            err(tag + ": duplicate label")
        labels.add(lab)
        if till not in TILLS:
            err(tag + ": connection")
            continue
        if ex not in ("yes", "almost", "none"):
            err(tag + ": expect")
            continue
        counts[(till, ex)] = counts.get((till, ex), 0) + 1
        if not isinstance(c.get("note"), str) or not c["note"]:
            err(tag + ": note")
        try:
            kind, v, lv = read(till, lab)
        except (ValueError, IndexError) as x:
            err(tag + ": form of till %s (%s)" % (till, x))
            continue
        if c.get("vintage") != lv:
            err(tag + ": vintage %r, label says %r" % (c.get("vintage"), lv))
        if "cut off by the till" in c.get("note", ""):
            if till != "zinc" or len(lab) < ZINC_WIDTH - 2 or lv is not None:
                err(tag + ": cut-off note on an uncut label")
        also, u, bid = c.get("also_ok"), c.get("units_per_sale"), c.get("beverage_id")
        if ex == "none":
            if bid is not None or also != [] or u is not None:
                err(tag + ": none with an id, also_ok or units")
            continue
        if kind == "item":
            err(tag + ": a yes/almost label without a drink measure")
        e = byid.get(bid)
        if e is None:
            err(tag + ": unknown beverage_id %r" % bid)
            continue
        if not isinstance(also, list) or any(a not in byid for a in also):
            err(tag + ": also_ok")
            continue
        # units against the printed measure
        if kind == "bottle":
            if e["format_cl"] != v:
                err(tag + ": bottle of %s cl answered with a %s cl entry" % (v, e["format_cl"]))
            if u != 1:
                err(tag + ": bottle units %r" % u)
        else:
            if kind == "draught":
                if e["category"] != "bière" or e["format_cl"] < 2000:
                    err(tag + ": draught not from a keg")
            else:
                fm = sorted({x["format_cl"] for x in lib if x["name"] == e["name"] and x["producer"] == e["producer"]})
                ordinary = 75 if 75 in fm else [x for x in fm if x not in (37.5, 150) and x < 2000][:1]
                ordinary = ordinary if isinstance(ordinary, (int, float)) else (ordinary[0] if ordinary else None)
                if e["format_cl"] != ordinary:
                    err(tag + ": pour not from the ordinary bottle")
            want = round(v / e["format_cl"], 4)
            if u != want:
                err(tag + ": units %r, measure says %r" % (u, want))
        # vintages
        grp = same(e)
        vins = sorted(x["vintage"] for x in grp if x["vintage"] is not None)
        others = sorted(x["id"] for x in grp if x is not e)
        if ex == "yes":
            if lv is not None:
                if e["vintage"] != lv:
                    err(tag + ": yes on another vintage")
                if also:
                    err(tag + ": also_ok on a yes with vintage")
            else:
                if vins and e["vintage"] != max(vins):
                    err(tag + ": yes without vintage not on the most recent")
                if sorted(also) != others:
                    err(tag + ": also_ok should list the other vintages")
        else:
            if lv is None or lv in vins or not vins:
                err(tag + ": almost without a missing vintage")
            else:
                best = min(vins, key=lambda x: (abs(x - lv), -x))
                if e["vintage"] != best:
                    err(tag + ": almost not on the nearest vintage")
                if sorted(also) != others:
                    err(tag + ": also_ok should list the other vintages")
        if not shares(lab, e):
            err(tag + ": shares no word with %s" % bid)
    # counts
    tot = len(cases)
    if tot:
        for ex, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            k = sum(vv for (t, x), vv in counts.items() if x == ex)
            if not lo <= 100.0 * k / tot <= hi:
                err("%s share %.1f %% outside %d-%d" % (ex, 100.0 * k / tot, lo, hi))
        for t in TILLS:
            for ex in ("yes", "almost", "none"):
                if not counts.get((t, ex)):
                    err("till %s has no %s" % (t, ex))
    return errs, counts


def load():
    with open(os.path.join(HERE, "montlucon_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "montlucon_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    if errs:
        print("clean files fail:", errs[:5])
        return 1
    print("clean files pass")
    C = [json.loads(l) for l in cases]
    L = [json.loads(l) for l in lib]
    def dump(xs):
        return [json.dumps(x, ensure_ascii=False) for x in xs]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def edit(objs, i, **kw):
        objs = [dict(x) for x in objs]
        objs[i].update(kw)
        return dump(objs)

    byid = {e["id"]: e for e in L}
    breaks = []
    breaks.append(("invalid JSON", lib, [*cases[:5], "{oops", *cases[6:]]))
    o = dict(C[0]); o2 = {k: o[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
    breaks.append(("field order", lib, [json.dumps(o2, ensure_ascii=False), *cases[1:]]))
    breaks.append(("id sequence", edit(L, 10, id="mo999"), cases))
    beer = next(i for i, e in enumerate(L) if e["category"] == "bière")
    breaks.append(("colour on a beer", edit(L, beer, colour="blanc"), cases))
    g = first(lambda c: c["connection"] == "zinc" and c["label"].startswith("VR ") and c["expect"] == "yes")
    breaks.append(("glass units", lib, edit(C, g, units_per_sale=0.16)))
    a = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    breaks.append(("almost on the farther vintage", lib, edit(C, a, beverage_id=C[a]["also_ok"][0], also_ok=[C[a]["beverage_id"]])))
    nn = first(lambda c: c["expect"] == "none")
    breaks.append(("none with an id", lib, edit(C, nn, beverage_id="mo001")))
    y = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    breaks.append(("also_ok dropped", lib, edit(C, y, also_ok=[])))
    breaks.append(("duplicate label", lib, [*cases, cases[3]]))
    h = first(lambda c: c["label"].endswith(" - 1/2 btl") and c["expect"] == "yes")
    full = next(e["id"] for e in L if e["name"] == byid[C[h]["beverage_id"]]["name"] and e["format_cl"] == 75)
    breaks.append(("half answered with the 75 cl entry", lib, edit(C, h, beverage_id=full)))
    d = first(lambda c: c["label"] == "DEMI KRO")
    bottled = next(e["id"] for e in L if e["category"] == "bière" and e["format_cl"] < 2000)
    breaks.append(("draught on a bottled beer", lib, edit(C, d, beverage_id=bottled)))
    nv = first(lambda c: c["expect"] == "none" and c["vintage"] is None)
    breaks.append(("vintage not on the label", lib, edit(C, nv, vintage=2020)))
    sw = first(lambda c: c["label"] == "DOSE SUZE")
    ric = next(e["id"] for e in L if e["name"] == "Ricard")
    breaks.append(("label sharing no word", lib, edit(C, sw, beverage_id=ric)))
    z = first(lambda c: c["connection"] == "zinc" and c["expect"] == "none")
    breaks.append(("zinc field over 18", lib, edit(C, z, label=C[z]["label"] + " EXTRA LONG TEXT")))
    j = first(lambda c: c["connection"] == "journal")
    breaks.append(("journal column dropped", lib, edit(C, j, label=C[j]["label"].split(";", 1)[1])))
    objs = [dict(c) for c in C if not (c["connection"] == "salle" and c["expect"] == "almost")]
    breaks.append(("a till without almost", lib, dump(objs)))
    breaks.append(("too few cases", lib, cases[:250]))
    u = first(lambda c: c["connection"] == "zinc" and c["expect"] == "yes" and c["vintage"] is None and len(c["label"]) < 12)
    breaks.append(("cut-off note on an uncut label", lib, edit(C, u, note=C[u]["note"] + " [2022 cut off by the till]")))
    bad = 0
    for name, l2, c2 in breaks:
        e2, _ = check(l2, c2)
        ok = bool(e2)
        bad += not ok
        print("%-40s %s  %s" % (name, "reported" if ok else "MISSED", e2[-1] if name == "a till without almost" and e2 else (e2[0] if e2 else "")))
    print("%d kinds of break, %d missed" % (len(breaks), bad))
    return 1 if bad else 0


def main():
    if "--selftest" in sys.argv:
        return selftest()
    lib, cases = load()
    errs, counts = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    for t in TILLS:
        print("%-8s yes %3d  almost %3d  none %3d" % (t, counts.get((t, "yes"), 0),
              counts.get((t, "almost"), 0), counts.get((t, "none"), 0)))
    print("%d library entries, %d cases: %s" % (len(lib), len(cases), "OK" if not errs else "%d errors" % len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
