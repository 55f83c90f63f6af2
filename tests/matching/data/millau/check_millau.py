"""Check millau_library.jsonl and millau_cases.jsonl on their own (no build module imported).

    python3 check_millau.py            # check the two files
    python3 check_millau.py --selftest # break copies on purpose, show each break reported
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
KEGS = (2000, 3000)
TILLS = ("BAR", "TABLETTE", "BOUTIQUE")
BAR_POURS = {"VRE": 12.5, "VRE15": 15, "PCH25": 25, "PCH50": 50, "DOSE": 4, "2CL": 2}
BAR_BOTTLES = {"1/2": 37.5, "MAG": 150}
BAR_DRAUGHT = {"DEMI": 25, "PINTE": 50}
TAB_POURS = {"verre": 12.5, "verre 15 cl": 15, "pichet 25 cl": 25, "pichet 50 cl": 50,
             "dose": 4, "dose 2 cl": 2}
TAB_BOTTLES = {"bouteille": None, "demi-bouteille": 37.5, "magnum": 150}
TAB_DRAUGHT = {"demi": 25, "pinte": 50}
BAR_FAMILY = {10: ("vin", "rouge"), 11: ("vin", "blanc"), 12: ("vin", "rosé"),
              13: ("bulles", None), 14: ("vin", "liquoreux"), 20: ("bière", None),
              21: ("pression", None), 30: ("apéritif", None), 31: ("spiritueux", None),
              40: ("soft", None), 41: ("soft", None)}
ABBREV = {"CDR": "COTES", "VX": "VIEUX", "MARCIL": "MARCILLAC", "RG": "ROUGE", "RS": "ROSE",
          "BLC": "BLANC", "CH": "CHATEAU", "ST": "SAINT", "DX": "DOUX"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().upper()
    return re.findall(r"[A-Z0-9]+", s)


def ean_ok(code):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(code[:12]))
    return (10 - s % 10) % 10 == int(code[12])


def yy(v):
    return 2000 + v if v < 50 else 1900 + v


def read_label(c):
    """-> dict(form_errors, vintage, kind, vol, size, family) read from the label alone."""
    lab, conn = c["label"], c["connection"]
    r = {"err": [], "vintage": None, "kind": None, "vol": None, "size": None, "family": None}
    if conn == "BAR":
        if len(lab) > 23:
            r["err"].append("BAR label over 23 columns")
        if not re.fullmatch(r"\d\d/[A-Z0-9 /.,']+", lab) or lab != lab.strip():
            r["err"].append("BAR label not family code + ASCII capitals")
            return r
        r["family"] = int(lab[:2])
        words = lab[3:].split()
        if words and words[0] in BAR_POURS:
            r["kind"], r["vol"] = "pour", BAR_POURS[words[0]]
            words = words[1:]
        elif words and words[0] in BAR_DRAUGHT:
            r["kind"], r["vol"] = "draught", BAR_DRAUGHT[words[0]]
            words = words[1:]
        elif words and words[0] in BAR_BOTTLES:
            r["kind"], r["size"] = "btl", BAR_BOTTLES[words[0]]
            words = words[1:]
        else:
            r["kind"] = "btl"
        if len(words) > 1 and re.fullmatch(r"\d\d", words[-1]):
            r["vintage"] = yy(int(words[-1]))
        for t in words[1:]:
            m = re.fullmatch(r"(\d+(?:,\d)?)CL|(\d)L", t)
            if m and r["kind"] == "btl" and r["size"] is None:
                r["size"] = float(m.group(1).replace(",", ".")) if m.group(1) else 100.0 * int(m.group(2))
    elif conn == "TABLETTE":
        m = re.fullmatch(r"(.+?)(?:, (\d{4}))?(?: \(([^)]*)\))? (\d+),(\d\d) €", lab)
        if not m or not re.search(r"[a-zé]", m.group(1)):
            r["err"].append("TABLETTE label not 'Text[, YYYY] (measure) 0,00 €' in mixed case")
            return r
        if m.group(2):
            r["vintage"] = int(m.group(2))
        w = m.group(3)
        if w is None:
            r["kind"] = "food"
        elif w in TAB_POURS:
            r["kind"], r["vol"] = "pour", TAB_POURS[w]
        elif w in TAB_DRAUGHT:
            r["kind"], r["vol"] = "draught", TAB_DRAUGHT[w]
        elif w in TAB_BOTTLES:
            r["kind"], r["size"] = "btl", TAB_BOTTLES[w]
        else:
            mm = re.fullmatch(r"(\d+(?:,\d)?) cl|(\d+) l", w)
            if not mm:
                r["err"].append("TABLETTE measure %r unknown" % w)
                return r
            r["kind"] = "btl"
            r["size"] = float(mm.group(1).replace(",", ".")) if mm.group(1) else 100.0 * int(mm.group(2))
    elif conn == "BOUTIQUE":
        m = re.fullmatch(r"(\d{13}) ([A-Z0-9 ]{24}) (\d{4}|----) +(PCE|\d+(?:,\d)?CL|\d+L)", lab)
        if not m or len(lab) != 50:
            r["err"].append("BOUTIQUE label not EAN + 24-col description + vintage + volume")
            return r
        if not ean_ok(m.group(1)):
            r["err"].append("BOUTIQUE EAN-13 check digit wrong")
        if m.group(3) != "----":
            r["vintage"] = int(m.group(3))
        v = m.group(4)
        if v == "PCE":
            r["kind"] = "food"
        else:
            r["kind"] = "btl"
            r["size"] = float(v[:-2].replace(",", ".")) if v.endswith("CL") else 100.0 * int(v[:-1])
    else:
        r["err"].append("unknown connection %r" % conn)
    return r


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, l in enumerate(lib_lines, 1):
        try:
            e = json.loads(l)
        except ValueError:
            errs.append("library line %d: not JSON" % i)
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: fields out of order" % i)
        lib.append(e)
    for i, l in enumerate(case_lines, 1):
        try:
            c = json.loads(l)
        except ValueError:
            errs.append("cases line %d: not JSON" % i)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("cases line %d: fields out of order" % i)
        cases.append(c)
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d drinks (110-130)" % len(lib))
    by_id, seen = {}, set()
    for n, e in enumerate(lib, 1):
        if e.get("id") != "ml%03d" % n:
            errs.append("library id %r out of sequence (ml%03d)" % (e.get("id"), n))
        by_id[e.get("id")] = e
        if e.get("colour") not in COLOURS or e.get("category") not in CATEGORIES:
            errs.append("%s: colour/category" % e.get("id"))
        if (e.get("category") in ("vin", "champagne")) != (e.get("colour") is not None):
            errs.append("%s: wine without colour or colour on a non-wine" % e.get("id"))
        if e.get("format_cl") in KEGS and e.get("category") != "bière":
            errs.append("%s: keg format on a non-beer" % e.get("id"))
        if e.get("category") == "bière" and e.get("format_cl", 0) > 100 and e.get("format_cl") not in KEGS:
            errs.append("%s: a beer keg must be 2000 or 3000 cl" % e.get("id"))
        if not isinstance(e.get("vintage"), (int, type(None))):
            errs.append("%s: vintage" % e.get("id"))
        k = tuple(e.get(f) for f in LIB_FIELDS[1:])
        if k in seen:
            errs.append("%s: duplicate drink" % e.get("id"))
        seen.add(k)

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])

    def sibs(e):
        return [x for x in lib if wine(x) == wine(e)]

    def drink(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    if not 280 <= len(cases) <= 300:
        errs.append("%d cases (280-300)" % len(cases))
    labels = set()
    count = {}
    for c in cases:
        lab = c.get("label")
        tag = "case %r" % lab
        if lab in labels:
            errs.append(tag + ": duplicate label")
        labels.add(lab)
        count.setdefault(c.get("connection"), {}).setdefault(c.get("expect"), 0)
        count[c.get("connection")][c.get("expect")] += 1
        if not c.get("note"):
            errs.append(tag + ": empty note")
        r = read_label(c)
        errs.extend(tag + ": " + x for x in r["err"])
        if r["err"]:
            continue
        if c["vintage"] != r["vintage"]:
            errs.append(tag + ": vintage %r, label reads %r" % (c["vintage"], r["vintage"]))
        exp = c["expect"]
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(tag + ": none with an id, also_ok or units")
            continue
        if exp not in ("yes", "almost"):
            errs.append(tag + ": expect %r" % exp)
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append(tag + ": unknown beverage_id")
            continue
        sb = sibs(e)
        vints = [x["vintage"] for x in sb]
        others = sorted(x["id"] for x in sb if x is not e)
        if exp == "yes" and r["vintage"] is not None:
            others = []
        if sorted(c["also_ok"]) != others:
            errs.append(tag + ": also_ok %r, other vintages are %r" % (c["also_ok"], others))
        v = r["vintage"]
        if exp == "yes":
            if v is not None and (e["vintage"] != v):
                errs.append(tag + ": yes on vintage %r, label says %r" % (e["vintage"], v))
            if v is None and e["vintage"] != max(x or 0 for x in vints) and e["vintage"] is not None:
                errs.append(tag + ": yes without vintage not on the most recent")
            if v is not None and None in vints:
                errs.append(tag + ": vintage on a non-vintage drink")
        else:
            if v is None or v in vints or None in vints:
                errs.append(tag + ": almost but the label vintage is held or absent")
            else:
                best = sorted(vints, key=lambda x: (abs(x - v), -x))[0]
                if e["vintage"] != best:
                    errs.append(tag + ": almost not on the nearest vintage %r" % best)
        # format and units from the printed measure
        fam_entries = [x for x in lib if drink(x) == drink(e)]
        bottles = sorted({x["format_cl"] for x in fam_entries if x["format_cl"] not in KEGS})
        u = c["units_per_sale"]
        if r["kind"] == "btl":
            if r["size"] is not None:
                want = r["size"]
            elif e["category"] in ("vin", "champagne"):
                want = 75
            else:
                want = bottles[0] if len(bottles) == 1 else None
            if e["format_cl"] != want:
                errs.append(tag + ": entry is %s cl, label asks %s" % (e["format_cl"], want))
            if u != 1:
                errs.append(tag + ": a bottle sells 1 unit, not %r" % u)
        elif r["kind"] == "pour":
            if e["category"] in ("bière", "soft"):
                errs.append(tag + ": a pour of a beer or soft")
            ordinary = 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)
            if e["format_cl"] != ordinary:
                errs.append(tag + ": a pour must come from the ordinary bottle (%s cl)" % ordinary)
            if u != round(r["vol"] / e["format_cl"], 4):
                errs.append(tag + ": units %r, %s cl of %s cl" % (u, r["vol"], e["format_cl"]))
        elif r["kind"] == "draught":
            if e["format_cl"] not in KEGS:
                errs.append(tag + ": draught not from a keg")
            elif u != round(r["vol"] / e["format_cl"], 4):
                errs.append(tag + ": units %r, %s cl of the keg" % (u, r["vol"]))
        else:
            errs.append(tag + ": yes/almost on a label without a drink measure")
        if c["connection"] == "BAR":
            fam = BAR_FAMILY.get(r["family"])
            ok = fam is not None
            if ok and fam[0] == "vin":
                ok = e["category"] == "vin" and e["colour"] == fam[1]
            elif ok and fam[0] == "bulles":
                ok = e["colour"] == "effervescent"
            elif ok and fam[0] in ("bière", "pression"):
                ok = e["category"] == "bière"
            elif ok and fam[0] == "soft":
                ok = e["category"] == "soft"
            elif ok:
                ok = e["category"] in ("spiritueux", "autre")
            if not ok:
                errs.append(tag + ": BAR family %r does not fit the entry" % r["family"])
        # a word, stem or standard abbreviation shared with the entry
        ew = set(fold(" ".join(str(e[f] or "") for f in ("name", "producer", "appellation"))))
        lw = {ABBREV.get(w, w) for w in fold(re.sub(r"^\d{13} ", "", lab))}
        if not any(len(a) >= 3 and any(b.startswith(a[:5]) or a.startswith(b[:5]) for b in ew if len(b) >= 3)
                   for a in lw if not a.isdigit() or a == "1664"):
            errs.append(tag + ": shares no word with its entry")
    n = len(cases) or 1
    tot = {k: sum(count[t].get(k, 0) for t in count) for k in ("yes", "almost", "none")}
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * tot[k] / n <= hi:
            errs.append("%s is %.1f %% of the cases (%d-%d %%)" % (k, 100.0 * tot[k] / n, lo, hi))
    for t in TILLS:
        for k in ("yes", "almost", "none"):
            if not count.get(t, {}).get(k):
                errs.append("till %s has no %s case" % (t, k))
    for t in count:
        if t not in TILLS:
            errs.append("unknown till %r" % t)
    return errs, count, tot, n


def load():
    with open(os.path.join(HERE, "millau_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "millau_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs = check(lib, cases)[0]
    print("clean files:", "pass" if not errs else "FAIL %r" % errs[:3])
    ok = not errs
    J = json.loads
    def D(o):
        return json.dumps(o, ensure_ascii=False)

    def find(pred):
        return next(i for i, l in enumerate(cases) if pred(J(l)))

    def edit(i, **kw):
        c = J(cases[i]); c.update(kw)
        out = list(cases); out[i] = D(c)
        return lib, out

    def glass_bar(c):
        return c["connection"] == "BAR" and "/VRE " in c["label"] and c["expect"] == "yes"

    breaks = []
    i = find(glass_bar)
    breaks.append(("glass units 1 instead of 0.1667", edit(i, units_per_sale=1)))
    i = find(lambda c: c["expect"] == "almost" and c["also_ok"])
    c = J(cases[i])
    breaks.append(("almost on the far vintage", edit(i, beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]])))
    i = find(lambda c: "cut off by the till" in c["note"])
    c = J(cases[i])
    breaks.append(("cut vintage kept in the vintage field", edit(i, vintage=int(c["note"][-25:-21]))))
    i = find(lambda c: c["expect"] == "none")
    breaks.append(("none with an id", edit(i, beverage_id="ml001")))
    i = find(lambda c: c["connection"] == "BAR")
    c = J(cases[i])
    breaks.append(("BAR label in lower case and too long", edit(i, label=c["label"].lower() + " extra words")))
    i = find(lambda c: c["connection"] == "TABLETTE" and c["expect"] == "yes")
    c = J(cases[i])
    breaks.append(("TABLETTE label without price", edit(i, label=c["label"].rsplit(" ", 2)[0])))
    i = find(lambda c: c["connection"] == "BOUTIQUE")
    c = J(cases[i])
    bad = c["label"][:12] + str((int(c["label"][12]) + 1) % 10) + c["label"][13:]
    breaks.append(("BOUTIQUE EAN with a wrong check digit", edit(i, label=bad)))
    c = J(cases[0]); k = list(c.items()); k[0], k[1] = k[1], k[0]
    out = list(cases); out[0] = json.dumps(dict(k), ensure_ascii=False)
    breaks.append(("case fields out of order", (lib, out)))
    i = find(lambda c: c["connection"] == "TABLETTE" and "(demi-bouteille)" in c["label"] and c["expect"] == "yes")
    c = J(cases[i]); e = next(J(l) for l in lib if J(l)["id"] == c["beverage_id"])
    full = next(J(l)["id"] for l in lib if J(l)["name"] == e["name"] and J(l)["format_cl"] == 75)
    breaks.append(("half answered with the 75 cl entry", edit(i, beverage_id=full)))
    i = find(lambda c: c["expect"] == "yes" and c["also_ok"])
    breaks.append(("also_ok dropped", edit(i, also_ok=[])))
    out = list(lib); out[3], out[4] = out[4], out[3]
    breaks.append(("library ids out of order", (out, cases)))
    breaks.append(("duplicate label", (lib, [*cases, cases[5]])))
    i = find(lambda c: c["connection"] == "BAR" and c["label"].startswith("21/") and c["expect"] == "yes")
    bottle = next(J(l)["id"] for l in lib if J(l)["category"] == "bière" and J(l)["format_cl"] == 33)
    breaks.append(("draught answered with a bottled beer", edit(i, beverage_id=bottle)))
    out = list(lib); e = J(out[0]); e["colour"] = None; out[0] = D(e)
    breaks.append(("wine without colour", (out, cases)))
    breaks.append(("too few cases", (lib, cases[:200])))
    i = find(lambda c: c["expect"] == "yes" and c["vintage"] is not None and c["also_ok"] == [] and
             any(J(l)["name"] == next(J(m)["name"] for m in lib if J(m)["id"] == c["beverage_id"]) and J(l)["id"] != c["beverage_id"] for l in lib))
    c = J(cases[i])
    e = next(J(l) for l in lib if J(l)["id"] == c["beverage_id"])
    other = next(J(l)["id"] for l in lib if J(l)["name"] == e["name"] and J(l)["id"] != e["id"] and J(l)["format_cl"] == e["format_cl"])
    breaks.append(("yes on another vintage", edit(i, beverage_id=other, also_ok=[e["id"]])))
    breaks.append(("a non-JSON line", (lib, [*cases[:-1], "{not json"])))
    i = find(lambda c: c["connection"] == "BAR" and c["label"].startswith("12/") and c["expect"] == "yes")
    red = next(J(l)["id"] for l in lib if J(l)["colour"] == "rouge" and J(l)["vintage"] is None)
    breaks.append(("rosé label answered with a red", edit(i, beverage_id=red)))
    i = find(lambda c: c["connection"] == "BOUTIQUE" and c["expect"] == "yes" and c["label"].endswith(" 75CL") and c["vintage"])
    c = J(cases[i])
    breaks.append(("label vintage changed, answer not", edit(i, label=c["label"][:39] + str(c["vintage"] - 5) + c["label"][43:], vintage=c["vintage"] - 5)))
    for name, (l2, c2) in breaks:
        e2 = check(l2, c2)[0]
        print("%-40s %s" % (name, ("reported: " + e2[0])[:110] if e2 else "NOT REPORTED"))
        ok = ok and bool(e2)
    print("selftest:", "%d breaks, all reported" % len(breaks) if ok else "FAILED")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, count, tot, n = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    print("%d drinks, %d cases" % (len(lib), n))
    for t in TILLS:
        d = count.get(t, {})
        print("  %-9s yes %3d  almost %3d  none %3d  total %3d" % (t, d.get("yes", 0), d.get("almost", 0), d.get("none", 0), sum(d.values())))
    print("  all       " + "  ".join("%s %d (%.1f %%)" % (k, tot[k], 100.0 * tot[k] / n) for k in tot))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
