"""Check the Montargis blind set from its two jsonl files alone.
python3 check_montargis.py [--selftest]"""
import json
import os
import re
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "montargis_library.jsonl")
CASES = os.path.join(HERE, "montargis_cases.jsonl")
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "tablette", "compta")
POUR = {"GL": 12.5, "G12": 12, "G15": 15, "V6": 6, "P25": 25, "P50": 50, "CP": 12.5,
        "FL": 12.5, "DOSE": 4, "DEMI": 25, "PINTE": 50}
CAISSE_PRE = {"BTL": "BT", "1/2": "B37.5", "MAG": "B150", "VRE": "GL", "VRE12": "G12",
              "VRE15": "G15", "6CL": "V6", "PCH25": "P25", "PCH50": "P50", "CP": "CP",
              "FLUTE": "FL", "DOSE": "DOSE", "DEMI": "DEMI", "PINTE": "PINTE"}
TAB_WORDS = [("Demi-bouteille", "B37.5"), ("Bouteille 50cl", "B50"), ("Bouteille 1L", "B100"),
             ("Bouteille", "BT"), ("Magnum", "B150"), ("Verre 12cl", "G12"),
             ("Verre 15cl", "G15"), ("Verre 6cl", "V6"), ("Verre", "GL"),
             ("Pichet 25cl", "P25"), ("Pichet 50cl", "P50"), ("Coupe", "CP"), ("Flûte", "FL"),
             ("Dose", "DOSE"), ("Demi", "DEMI"), ("Pinte", "PINTE")]
COMPTA_UNITS = {"VRE": "GL", "COUPE": "CP", "FLUTE": "FL", "DOSE": "DOSE", "VRE 0,12L": "G12",
                "VRE 0,15L": "G15", "VRE 0,06L": "V6", "PICHET 0,25L": "P25",
                "PICHET 0,5L": "P50", "PRESSION 0,25L": "DEMI", "PRESSION 0,5L": "PINTE"}
ACCOUNTS = {"707110": {"vin"}, "707120": {"champagne"}, "707130": {"bière"},
            "707140": {"spiritueux", "autre"}, "707150": {"soft"}, "707160": set(),
            "707010": set(), "706000": set()}
MEAS_WORDS = {"btl", "vre", "verre", "pichet", "bouteille", "demi", "pinte", "dose", "coupe",
              "flute", "magnum", "mag", "pression", "pch25", "pch50", "vre12", "vre15"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


def read_label(till, label):
    """(measure code or None, vintage or None) as printed, or raise ValueError on bad form."""
    if till == "caisse":
        if len(label) > 24 or label != label.upper() or not label.isascii() or label != label.strip():
            raise ValueError("caisse form (ASCII capitals, <= 24 columns)")
        toks = label.split()
        meas = CAISSE_PRE.get(toks[0])
        if "50CL" in toks:
            meas = "B50"
        if "1L" in toks:
            meas = "B100"
        vint = 2000 + int(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        return meas, vint
    if till == "tablette":
        if ";" in label or not re.search(r"[a-zé]", label) or label.count(" * ") > 1:
            raise ValueError("tablette form (mixed case, comment after ' * ')")
        body = label.split(" * ")[0]
        meas = None
        for w, m in TAB_WORDS:
            if body == w or body.startswith(w + " "):
                meas = m
                break
        ys = re.findall(r"\b((?:19|20)\d\d)\b", body)
        if len(ys) > 1 or (ys and not body.endswith(ys[0])):
            raise ValueError("tablette vintage not last")
        return meas, (int(ys[0]) if ys else None)
    f = label.split(";")
    if len(f) != 4 or f[0] not in ACCOUNTS:
        raise ValueError("compta form (account;designation;year;unit)")
    acct, des, year, unit = f
    if not des or len(des) > 32 or des != des.upper() or not des.isascii() or des != des.strip():
        raise ValueError("compta designation (ASCII capitals, <= 32 columns)")
    if year and not re.fullmatch(r"(19|20)\d\d", year):
        raise ValueError("compta year")
    if unit == "U":
        meas = None
    elif unit.startswith("BTL "):
        m = re.fullmatch(r"BTL (\d+(?:,\d+)?)L", unit)
        if not m:
            raise ValueError("compta unit")
        meas = "B%g" % round(float(m.group(1).replace(",", ".")) * 100, 1)
    elif unit in COMPTA_UNITS:
        meas = COMPTA_UNITS[unit]
    else:
        raise ValueError("compta unit")
    return meas, (int(year) if year else None)


def check(lib_path, cases_path):
    errs = []
    lib, cases = [], []
    for path, rows, fields in ((lib_path, lib, LIB_FIELDS), (cases_path, cases, CASE_FIELDS)):
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                try:
                    obj = json.loads(line)
                except ValueError:
                    errs.append("%s:%d: not JSON" % (os.path.basename(path), n))
                    continue
                if list(obj) != fields:
                    errs.append("%s:%d: field order %s" % (os.path.basename(path), n, list(obj)))
                rows.append(obj)
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    byid, seen = {}, set()
    for i, e in enumerate(lib, 1):
        if e.get("id") != "mq%03d" % i:
            errs.append("id %r at line %d" % (e.get("id"), i))
        byid[e.get("id")] = e
        if e.get("category") not in CATS:
            errs.append("%s: category %r" % (e.get("id"), e.get("category")))
        wine = e.get("category") in ("vin", "champagne")
        if (wine and e.get("colour") not in COLOURS) or (not wine and e.get("colour") is not None):
            errs.append("%s: colour %r" % (e.get("id"), e.get("colour")))
        f = e.get("format_cl")
        if not isinstance(f, (int, float)) or (f >= 2000 and (e.get("category") != "bière" or f not in (2000, 3000))):
            errs.append("%s: format %r" % (e.get("id"), f))
        v = e.get("vintage")
        if v is not None and (not isinstance(v, int) or not 1950 <= v <= 2025):
            errs.append("%s: vintage %r" % (e.get("id"), v))
        k = tuple(e.get(x) for x in LIB_FIELDS[1:])
        if k in seen:
            errs.append("%s: duplicate drink" % e.get("id"))
        seen.add(k)

    def same(e):
        return [x for x in lib if all(x.get(k) == e.get(k) for k in
                ("name", "producer", "appellation", "colour", "format_cl"))]

    def wine_formats(e):
        return {x["format_cl"] for x in lib if all(x.get(k) == e.get(k) for k in
                ("name", "producer", "appellation", "colour"))}

    if not 280 <= len(cases) <= 300:
        errs.append("case count %d" % len(cases))
    labels = set()
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        lab, exp, bid, also, vint, units = (c.get(k) for k in CASE_FIELDS[:6])
        till = c.get("connection")
        where = "%s %r" % (till, lab)
        if lab in labels:
            errs.append("duplicate label %r" % lab)
        labels.add(lab)
        if till not in TILLS or exp not in ("yes", "almost", "none"):
            errs.append("%s: connection/expect" % where)
            continue
        counts[till][exp] += 1
        if not c.get("note"):
            errs.append("%s: no note" % where)
        try:
            meas, rv = read_label(till, lab)
        except ValueError as ex:
            errs.append("%s: %s" % (where, ex))
            continue
        if rv != vint:
            errs.append("%s: vintage field %r, label says %r" % (where, vint, rv))
        if "cut off by the till" in c["note"] and (vint is not None or len(lab) < 22):
            errs.append("%s: cut note on a label that was not cut" % where)
        if exp == "none":
            if bid is not None or also != [] or units is not None:
                errs.append("%s: none must have no answer" % where)
            continue
        e = byid.get(bid)
        if e is None:
            errs.append("%s: unknown beverage_id %r" % (where, bid))
            continue
        if till == "compta" and e["category"] not in ACCOUNTS[lab.split(";")[0]]:
            errs.append("%s: account does not fit %s" % (where, e["category"]))
        # format and units against the printed measure
        fmts = wine_formats(e)
        wine = e["category"] in ("vin", "champagne")
        if meas in POUR:
            if meas in ("DEMI", "PINTE"):
                ok_fmt = e["category"] == "bière" and e["format_cl"] >= 2000
            else:
                ordin = 75 if 75 in fmts else (next(iter(fmts)) if len(fmts) == 1 else None)
                ok_fmt = (e["category"] not in ("bière", "soft") and e["format_cl"] == ordin
                          and ordin not in (37.5, 150))
            want_units = round(POUR[meas] / e["format_cl"], 4)
        else:
            if meas in (None, "BT"):
                want_fmt = 75 if wine else (next(iter(fmts)) if len(fmts) == 1 else None)
            else:
                want_fmt = float(meas[1:])
            ok_fmt = want_fmt is not None and e["format_cl"] == want_fmt and e["format_cl"] < 2000
            want_units = 1
        if not ok_fmt:
            errs.append("%s: entry format %s does not fit measure %s" % (where, e["format_cl"], meas))
        if units != want_units:
            errs.append("%s: units %r, measure gives %r" % (where, units, want_units))
        # yes / almost / also_ok
        grp = same(e)
        others = sorted(x["id"] for x in grp if x is not e)
        if exp == "yes" and vint is not None:
            others = []
        if sorted(also) != others:
            errs.append("%s: also_ok %r, same wine %r" % (where, also, others))
        vins = [x["vintage"] for x in grp]
        if exp == "yes":
            if vint is not None and e["vintage"] != vint:
                errs.append("%s: yes on vintage %r, label %r" % (where, e["vintage"], vint))
            if vint is None and None not in vins and e["vintage"] != max(vins):
                errs.append("%s: yes without vintage must be the most recent" % where)
            if vint is not None and None in vins:
                errs.append("%s: vintage on a non-vintage drink" % where)
        else:
            if vint is None or vint in vins or None in vins:
                errs.append("%s: almost needs a label vintage not held" % where)
            else:
                best = min(vins, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append("%s: almost on %r, nearest is %r" % (where, e["vintage"], best))
        # fairness: a shared word or stem with the entry
        body = lab.split(";")[1] if till == "compta" else lab.split(" * ")[0]
        lw = [w for w in words(body) if len(w) >= 3 and w not in MEAS_WORDS and not w.isdigit()]
        ew = words(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation")))
        if not any(a[:min(4, len(a), len(b))] == b[:min(4, len(a), len(b))]
                   for a in lw for b in ew if len(b) >= 3):
            errs.append("%s: shares no word or stem with %s" % (where, bid))
    n = len(cases) or 1
    tot = {a: sum(counts[t][a] for t in TILLS) for a in ("yes", "almost", "none")}
    for a, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * tot[a] / n <= hi:
            errs.append("share of %s %.1f %% outside %d-%d" % (a, 100.0 * tot[a] / n, lo, hi))
    for t in TILLS:
        if min(counts[t].values()) == 0:
            errs.append("till %s lacks an answer kind %r" % (t, counts[t]))
    return errs, counts


def selftest():
    with open(LIB, encoding="utf-8") as fh:
        lib = fh.read().splitlines()
    with open(CASES, encoding="utf-8") as fh:
        cases = fh.read().splitlines()
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def mod_case(pred, fn):
        rows = [dict(c) for c in C]
        fn(rows[first(pred)])
        return lib, dump(rows)

    def mod_lib(i, fn):
        rows = [dict(e) for e in L]
        fn(rows[i])
        return dump(rows), cases

    breaks = {
        "vintage field not on the label": mod_case(lambda c: c["vintage"], lambda c: c.update(vintage=c["vintage"] - 1)),
        "broken JSON": (lib, [*cases[:5], "{not json", *cases[6:]]),
        "library field order": (dump([{k: e[k] for k in reversed(LIB_FIELDS)} if i == 3 else e for i, e in enumerate(L)]), cases),
        "id gap": mod_lib(10, lambda e: e.update(id="mq999")),
        "bad colour": mod_lib(0, lambda e: e.update(colour="jaune")),
        "colour on a beer": mod_lib(next(i for i, e in enumerate(L) if e["category"] == "bière"), lambda e: e.update(colour="blanc")),
        "keg on a soft": mod_lib(next(i for i, e in enumerate(L) if e["category"] == "soft"), lambda e: e.update(format_cl=2000)),
        "also_ok dropped": mod_case(lambda c: c["also_ok"], lambda c: c.update(also_ok=[])),
        "almost not the nearest": mod_case(lambda c: c["expect"] == "almost" and c["label"] == "BTL CHINON JOGUET 19", lambda c: c.update(beverage_id="mq021", also_ok=["mq020"])),
        "yes on the wrong vintage": mod_case(lambda c: c["label"] == "BTL SANCERRE BARONNES 22", lambda c: c.update(beverage_id="mq001", also_ok=["mq002"])),
        "units wrong": mod_case(lambda c: c["units_per_sale"] == 0.1667, lambda c: c.update(units_per_sale=0.2)),
        "glass poured from a magnum": mod_case(lambda c: c["label"] == "VRE SANC BL BARONNES", lambda c: c.update(beverage_id="mq004", also_ok=[])),
        "caisse over 24 columns": mod_case(lambda c: c["connection"] == "caisse" and c["expect"] == "yes", lambda c: c.update(label=c["label"] + " XXXXXXXXXXXXXXXXXXXX")),
        "caisse in lower case": mod_case(lambda c: c["connection"] == "caisse" and c["expect"] == "none", lambda c: c.update(label=c["label"].lower())),
        "compta bad account": mod_case(lambda c: c["connection"] == "compta" and c["expect"] == "yes", lambda c: c.update(label="999999" + c["label"][6:])),
        "compta account of another family": mod_case(lambda c: c["connection"] == "compta" and c["label"].startswith("707120"), lambda c: c.update(label="707150" + c["label"][6:])),
        "tablette vintage not last": mod_case(lambda c: c["connection"] == "tablette" and c["vintage"], lambda c: c.update(label=c["label"] + " frais")),
        "none with an answer": mod_case(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="mq001")),
        "duplicate label": (lib, cases[:1] + cases[:1] + cases[2:]),
        "unfair label": mod_case(lambda c: c["label"] == "DOSE RICARD", lambda c: c.update(label="DOSE ANISE")),
        "cut note on an uncut label": mod_case(lambda c: c["label"] == "BTL MENETOU PELLE 22", lambda c: c.update(note=c["note"] + " [2022 cut off by the till]")),
        "a till without almost": (lib, [x for x in cases if not ('"almost"' in x and '"compta"' in x)]),
    }
    tmp = tempfile.mkdtemp()
    failed = 0
    for name, (lb, cs) in breaks.items():
        lp, cp = os.path.join(tmp, "l.jsonl"), os.path.join(tmp, "c.jsonl")
        with open(lp, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lb) + "\n")
        with open(cp, "w", encoding="utf-8") as fh:
            fh.write("\n".join(cs) + "\n")
        errs, _ = check(lp, cp)
        print("%-36s %s" % (name, ("caught: " + errs[0]) if errs else "NOT CAUGHT"))
        failed += not errs
    errs, _ = check(LIB, CASES)
    print("clean files: %s" % ("pass" if not errs else "FAIL " + errs[0]))
    print("%d breaks, %d not caught" % (len(breaks), failed))
    return 1 if failed or errs else 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    errs, counts = check(LIB, CASES)
    for e in errs:
        print(e)
    for t in TILLS:
        print(t, counts[t])
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
