"""Check the "hyeres" set from its two jsonl files alone (stdlib only).
python3 check_hyeres.py            validate hyeres_library.jsonl and hyeres_cases.jsonl
python3 check_hyeres.py --selftest break copies on purpose and show each break is reported"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}


# ------------------------------------------------------------- label readers, one per till
def read_k(label):
    m = re.fullmatch(r"\[(LV|CG)\] (.+) – (\d+),(\d\d) €", label)
    if not m:
        return None
    body, vint = m.group(2), None
    mv = re.search(r" ((?:19|20)\d\d)$", body)
    if mv:
        vint, body = int(mv.group(1)), body[:mv.start()]
    for pat, kind, mult in ((r" ecocup (\d+(?:,\d)?)cl$", "pour", 1),
                            (r" dose (\d+)cl$", "pour", 1),
                            (r" canette (\d+)cl$", "bottle", 1),
                            (r" bouteille (\d+(?:,\d)?)cl$", "bottle", 1),
                            (r" bouteille (\d+(?:,\d)?)L$", "bottle", 100)):
        mm = re.search(pat, body)
        if mm:
            return vint, (kind, float(mm.group(1).replace(",", ".")) * mult)
    for word, f in ((" demi-bouteille", 37.5), (" magnum", 150.0), (" jéroboam", 300.0)):
        if body.endswith(word):
            return vint, ("bottle", f)
    return vint, ("bottle", None)


def read_p(label):
    if len(label) > 24 or not re.fullmatch(r"[a-z0-9./]+", label) or ".." in label \
            or label.startswith(".") or label.endswith("."):
        return None
    toks = label.split(".")
    vint = None
    if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        vint, toks = 2000 + int(toks[-1]), toks[:-1]
    h = toks[0] if len(toks) > 1 else ""
    if h in ("vr", "cp"):
        return vint, ("pour", 12.5)
    if re.fullmatch(r"(vr|car)\d+", h):
        return vint, ("pour", float(re.sub(r"\D", "", h)))
    fixed = {"mag": ("bottle", 150.0), "1/2": ("bottle", 37.5), "jero": ("bottle", 300.0),
             "dose": ("pour", 4.0), "demi": ("pour", 25.0), "pinte": ("pour", 50.0)}
    if h in fixed:
        return vint, fixed[h]
    if re.fullmatch(r"dose\d+cl", h):
        return vint, ("pour", float(re.sub(r"\D", "", h)))
    if "/" in label:
        return None
    for t in toks[1:]:
        mm = re.fullmatch(r"(\d+(?:\.\d+)?)(cl|l)", t)
        if mm:
            return vint, ("bottle", float(mm.group(1)) * (100 if mm.group(2) == "l" else 1))
    return vint, ("bottle", None)


def read_n(label):
    f = label.split(";")
    if len(f) != 5 or f[2] not in ("", "Rosé", "Blanc", "Rouge", "Effervescent") or not f[3]:
        return None
    if f[1] and not re.fullmatch(r"(19|20)\d\d", f[1]):
        return None
    vint = int(f[1]) if f[1] else None
    c = f[0]
    if c in ("Verre", "Coupe"):
        return vint, ("pour", 12.5)
    if c == "Dose":
        return vint, ("pour", 4.0)
    if re.fullmatch(r"(Verre|Pichet|Dose|Demi|Pinte) \d+(,\d)? cl", c):
        return vint, ("pour", float(c.split(" ")[1].replace(",", ".")))
    if re.fullmatch(r"\d+(,\d)? cl", c):
        return vint, ("bottle", float(c.split(" ")[0].replace(",", ".")))
    if c in ("Unité", "Portion", "Forfait"):
        return vint, ("bottle", None)
    return None


READ = {"K": read_k, "P": read_p, "N": read_n}
COLOUR_N = {"rosé": "Rosé", "blanc": "Blanc", "rouge": "Rouge", "effervescent": "Effervescent"}


def validate(lib_lines, case_lines):
    err = []
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            err.append("library line %d: invalid JSON" % i)
            continue
        if list(e) != LIB_FIELDS:
            err.append("library line %d: fields/order %s" % (i, list(e)))
            continue
        if e["id"] != "hy%03d" % i:
            err.append("library line %d: id %s out of sequence" % (i, e["id"]))
        if e["colour"] not in COLOURS:
            err.append("%s: colour %r" % (e["id"], e["colour"]))
        if e["category"] not in CATS:
            err.append("%s: category %r" % (e["id"], e["category"]))
        if e["category"] in ("vin", "champagne") and e["colour"] is None:
            err.append("%s: wine without colour" % e["id"])
        if e["category"] in ("spiritueux", "bière", "soft") and e["colour"] is not None:
            err.append("%s: colour on a %s" % (e["id"], e["category"]))
        if not (e["vintage"] is None or (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030)):
            err.append("%s: vintage %r" % (e["id"], e["vintage"]))
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            err.append("%s: format %r" % (e["id"], e["format_cl"]))
        if e["category"] == "bière" and e["format_cl"] >= 1000 and e["format_cl"] not in (2000, 3000):
            err.append("%s: keg of %r cl" % (e["id"], e["format_cl"]))
        lib.append(e)
    if not 110 <= len(lib) <= 130:
        err.append("library holds %d drinks, not 110-130" % len(lib))
    byid = {e["id"]: e for e in lib}

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])

    groups = {}
    for e in lib:
        groups.setdefault(wine(e), []).append(e)
    for k, g in groups.items():
        vs = [x["vintage"] for x in g]
        if len(set(vs)) != len(vs):
            err.append("%s: the same wine twice in one vintage" % g[0]["id"])
        if None in vs and len(vs) > 1:
            err.append("%s: vintage and non-vintage mixed" % g[0]["id"])

    def formats(e):
        return sorted({x["format_cl"] for x in lib if x["name"] == e["name"] and
                       x["producer"] == e["producer"] and x["appellation"] == e["appellation"]
                       and x["colour"] == e["colour"]})

    cases, seen = [], set()
    counts = {}
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            err.append("case line %d: invalid JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            err.append("case line %d: fields/order %s" % (i, list(c)))
            continue
        lab, exp, bid, also = c["label"], c["expect"], c["beverage_id"], c["also_ok"]
        where = "case %d %r" % (i, lab)
        if lab in seen:
            err.append(where + ": duplicate label")
        seen.add(lab)
        if c["connection"] not in READ:
            err.append(where + ": connection %r" % c["connection"])
            continue
        if exp not in ("yes", "almost", "none"):
            err.append(where + ": expect %r" % exp)
            continue
        counts[(c["connection"], exp)] = counts.get((c["connection"], exp), 0) + 1
        cases.append(c)
        r = READ[c["connection"]](lab)
        if r is None:
            err.append(where + ": not in the form of till %s" % c["connection"])
            continue
        vint, (kind, vol) = r
        if c["vintage"] != vint:
            err.append(where + ": vintage %r, label says %r" % (c["vintage"], vint))
        if not isinstance(c["note"], str) or not c["note"]:
            err.append(where + ": empty note")
        if exp == "none":
            if bid is not None or also != [] or c["units_per_sale"] is not None:
                err.append(where + ": a none must have no id, no also_ok, no units")
            continue
        e = byid.get(bid)
        if e is None:
            err.append(where + ": unknown beverage_id %r" % bid)
            continue
        if any(a not in byid for a in also) or bid in also or len(set(also)) != len(also):
            err.append(where + ": bad also_ok %r" % also)
            continue
        g = groups[wine(e)]
        others = sorted(x["id"] for x in g if x["id"] != bid)
        vs = {x["vintage"]: x["id"] for x in g}
        if c["connection"] == "N" and e["colour"] in COLOUR_N and lab.split(";")[2] != COLOUR_N[e["colour"]]:
            err.append(where + ": colour field does not match %s" % bid)
        # format
        fm = formats(e)
        ordinary = 75 if 75 in fm else (fm[0] if len(fm) == 1 else None)
        if kind == "bottle":
            want = vol if vol else ordinary
            if e["format_cl"] != want:
                err.append(where + ": label format %r, entry %s is %r" % (want, bid, e["format_cl"]))
            if c["units_per_sale"] != 1:
                err.append(where + ": a bottle sells 1 unit, not %r" % c["units_per_sale"])
        else:
            if e["format_cl"] != ordinary:
                err.append(where + ": a pour must come from the ordinary bottle, not %r cl" % e["format_cl"])
            if e["category"] == "bière" and e["format_cl"] < 2000:
                err.append(where + ": a pour of a bottled beer")
            u = round(vol / e["format_cl"], 4)
            if c["units_per_sale"] != u:
                err.append(where + ": units %r, measure says %r" % (c["units_per_sale"], u))
        # vintage rules
        if e["vintage"] is None:
            if vint is not None or exp != "yes" or also:
                err.append(where + ": non-vintage drink with vintage/almost/also_ok")
            continue
        if exp == "yes":
            if vint is not None:
                if e["vintage"] != vint:
                    err.append(where + ": yes but entry vintage %r != label %r" % (e["vintage"], vint))
                if also:
                    err.append(where + ": yes with a vintage on the label must have empty also_ok")
            else:
                if e["vintage"] != max(vs):
                    err.append(where + ": no vintage on the label, must be the most recent")
                if sorted(also) != others:
                    err.append(where + ": also_ok must list the other vintages %r" % others)
        else:
            if vint is None or vint in vs:
                err.append(where + ": almost needs a label vintage the library lacks")
                continue
            best = min(vs, key=lambda x: (abs(x - vint), -x))
            if e["vintage"] != best:
                err.append(where + ": almost must point at the nearest vintage %r" % best)
            if sorted(also) != others:
                err.append(where + ": also_ok must list the other vintages %r" % others)
    n = len(cases)
    if not 280 <= n <= 300:
        err.append("%d cases, not 280-300" % n)
    if n:
        tot = {x: sum(v for (t, e), v in counts.items() if e == x) / n for x in ("yes", "almost", "none")}
        for x, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= tot[x] <= hi:
                err.append("%s is %.1f %% of the cases, not %d-%d %%" % (x, 100 * tot[x], 100 * lo, 100 * hi))
    for t in READ:
        for x in ("yes", "almost", "none"):
            if not counts.get((t, x)):
                err.append("till %s has no %s case" % (t, x))
    return err, counts, n


def load():
    with open(os.path.join(HERE, "hyeres_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "hyeres_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    err, _, _ = validate(lib, cases)
    print("clean files:", "PASS" if not err else "FAIL %s" % err[:3])
    ok = not err
    C = [json.loads(x) for x in cases]
    L = [json.loads(x) for x in lib]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    breaks = []

    def brk(name, fn, which="cases"):
        lb, cs = [dict(x) for x in L], [dict(x) for x in C]
        fn(lb, cs)
        breaks.append((name, dump(lb), dump(cs)))

    i_al = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    brk("almost points at the farther vintage",
        lambda lb, cs: cs[i_al].update(beverage_id=cs[i_al]["also_ok"][0], also_ok=[C[i_al]["beverage_id"]]))
    i_pour = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] not in (1, None))
    brk("units of a pour", lambda lb, cs: cs[i_pour].update(units_per_sale=0.1667 if C[i_pour]["units_per_sale"] != 0.1667 else 0.2))
    i_v = first(lambda c: c["vintage"] is not None and c["expect"] == "yes")
    brk("vintage field", lambda lb, cs: cs[i_v].update(vintage=cs[i_v]["vintage"] - 1))
    i_mag = first(lambda c: c["expect"] == "yes" and c["connection"] == "K" and "magnum" in c["label"])
    ent = {e["id"]: e for e in L}
    mag = ent[C[i_mag]["beverage_id"]]
    same75 = next(e["id"] for e in L if e["name"] == mag["name"] and e["colour"] == mag["colour"] and e["format_cl"] == 75)
    brk("magnum pointed at the 75 cl entry", lambda lb, cs: cs[i_mag].update(beverage_id=same75))
    brk("case field order", lambda lb, cs: cs.__setitem__(0, dict(reversed(list(cs[0].items())))))
    brk("library id out of sequence", lambda lb, cs: lb[5].update(id="hy099"))
    brk("bad colour", lambda lb, cs: lb[0].update(colour="rose"))
    brk("duplicate label", lambda lb, cs: cs[1].update(label=cs[0]["label"]))
    i_yv = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None)
    i_any = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    brk("yes with a label vintage and also_ok", lambda lb, cs: cs[i_yv].update(also_ok=[C[i_any]["also_ok"][0]]))
    i_none = first(lambda c: c["expect"] == "none")
    brk("none with a beverage_id", lambda lb, cs: cs[i_none].update(beverage_id="hy001"))
    i_k = first(lambda c: c["connection"] == "K")
    brk("K label without its price", lambda lb, cs: cs[i_k].update(label=cs[i_k]["label"].split(" – ")[0]))
    i_p = first(lambda c: c["connection"] == "P")
    brk("P label in capitals", lambda lb, cs: cs[i_p].update(label=cs[i_p]["label"].upper()))
    i_n = first(lambda c: c["connection"] == "N")
    brk("N label with four fields", lambda lb, cs: cs[i_n].update(label=cs[i_n]["label"].split(";", 1)[1]))
    brk("counts: nones removed", lambda lb, cs: cs.__setitem__(slice(None), [c for c in cs if c["expect"] != "none"] ))
    i_old = first(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    brk("no label vintage pointed at an older vintage",
        lambda lb, cs: cs[i_old].update(beverage_id=C[i_old]["also_ok"][0], also_ok=[C[i_old]["beverage_id"]]))
    i_gl = first(lambda c: c["expect"] == "yes" and c["connection"] == "N" and c["label"].startswith("Verre"))
    gl = ent[C[i_gl]["beverage_id"]]
    other_fmt = next((e["id"] for e in L if e["name"] == gl["name"] and e["colour"] == gl["colour"] and e["format_cl"] == 150), None)
    if other_fmt:
        brk("glass pointed at a magnum", lambda lb, cs: cs[i_gl].update(beverage_id=other_fmt))
    brk("colour of an N label", lambda lb, cs: cs[i_n].update(label=cs[i_n]["label"].replace(";Rosé;", ";Blanc;")))
    bad_json = list(cases)
    bad_json[3] = bad_json[3][:-2]
    breaks.append(("invalid JSON", lib, bad_json))
    for name, lb, cs in breaks:
        e, _, _ = validate(lb, cs)
        print("%-48s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        ok = ok and bool(e)
    print("selftest:", "PASS (%d kinds of break)" % len(breaks) if ok else "FAIL")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    err, counts, n = validate(lib, cases)
    for e in err:
        print("ERROR", e)
    print("%d drinks, %d cases" % (len(lib), n))
    print("till  yes almost none")
    for t in "KPN":
        print("%-4s %4d %6d %4d" % (t, counts.get((t, "yes"), 0), counts.get((t, "almost"), 0), counts.get((t, "none"), 0)))
    print("OK" if not err else "FAILED (%d errors)" % len(err))
    sys.exit(1 if err else 0)


if __name__ == "__main__":
    main()
