"""Validate hazebrouck_library.jsonl and hazebrouck_cases.jsonl (reads only those two files).

python3 check_hazebrouck.py            -> checks the files, exit 1 on any problem
python3 check_hazebrouck.py --selftest -> breaks copies on purpose and shows each is caught
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
CONNS = ("comptoir", "salle", "semaine")

# --- each till's measure words -> ("pour", cl) / ("keg", cl) / ("size", cl) / ("bottle", None)
C_FAMS = {"VIN", "CHP", "PRS", "BTL", "GEN", "ALC", "APE", "SFT", "CUI", "CAF", "DIV"}
C_TOK = {"VRE": ("pour", 12.5), "CP": ("pour", 12.5), "12CL": ("pour", 12), "15CL": ("pour", 15),
         "CAR25": ("pour", 25), "CAR50": ("pour", 50), "DOSE": ("pour", 4), "2CL": ("pour", 2),
         "BT": ("bottle", None), "1/2BT": ("size", 37.5), "MAG": ("size", 150),
         "20CL": ("size", 20), "25CL": ("size", 25), "33CL": ("size", 33), "50CL": ("size", 50),
         "75CL": ("size", 75), "1L": ("size", 100)}
S_WORDS = {"Demi": ("keg", 25), "Pinte": ("keg", 50), "Verre": ("pour", 12.5),
           "Verre 12cl": ("pour", 12), "Verre 15cl": ("pour", 15), "Pichet 25cl": ("pour", 25),
           "Pichet 50cl": ("pour", 50), "Coupe": ("pour", 12.5), "Bouteille": ("bottle", None),
           "Demi-bouteille": ("size", 37.5), "Magnum": ("size", 150), "Dose": ("pour", 4),
           "Dose 2cl": ("pour", 2), "Btl 20cl": ("size", 20), "Btl 25cl": ("size", 25),
           "Btl 33cl": ("size", 33), "Btl 50cl": ("size", 50), "Btl 75cl": ("size", 75),
           "Btl 1L": ("size", 100)}
MEASURE_WORDS = {"vre", "cp", "bt", "mag", "dose", "cl", "car25", "car50", "verre", "coupe",
                 "bouteille", "demi", "pinte", "pichet", "magnum", "btl", "fut", "pce", "l"}


def ascii_(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def parse(conn, label):
    """-> (form ok?, measure tuple or None, vintage, text part) for a label of that till."""
    if conn == "comptoir":
        m = re.fullmatch(r"([A-Z]{3})-([A-Z0-9 '/.&-]+)", label)
        if not m or m.group(1) not in C_FAMS or label != ascii_(label):
            return False, None, None, label
        fam, rest = m.group(1), m.group(2)
        toks = rest.split(" ")
        meas = None
        if toks[-1] in C_TOK or toks[-1] in ("25CL", "50CL"):
            t = toks.pop()
            meas = C_TOK[t]
            if fam == "PRS" and t in ("25CL", "50CL"):
                meas = ("keg", int(t[:2]))
        body = " ".join(toks)
        if len(body) > 16 or body != body.strip():
            return False, meas, None, body
        vint = None
        for t in toks:
            if re.fullmatch(r"'\d\d", t):
                vint = 2000 + int(t[1:]) if int(t[1:]) < 50 else 1900 + int(t[1:])
        return True, meas, vint, body
    if conn == "salle":
        meas, text = None, label
        if " - " in label:
            w, text = label.split(" - ", 1)
            if w not in S_WORDS:
                return False, None, None, label
            meas = S_WORDS[w]
        for w in re.split(r"[ -]", text):
            if w and not (w[0].isupper() or w[0].isdigit()):
                return False, meas, None, text
        vint = None
        for t in text.split():
            if re.fullmatch(r"(19|20)\d\d", t):
                vint = int(t)
        return True, meas, vint, text
    if conn == "semaine":
        m = re.fullmatch(r"(\d{4}) ([a-z0-9 .'&-]+) (\d+(?:,\d+)?l|pce)", label)
        if not m:
            return False, None, None, label
        des, tail = m.group(2), m.group(3)
        vint = None
        for t in des.split():
            if re.fullmatch(r"(19|20)\d\d", t):
                vint = int(t)
        meas = None
        if tail != "pce":
            cl = round(float(tail[:-1].replace(",", ".")) * 100, 3)
            meas = ("keg", cl) if des.split()[-1] == "fut" else ("vol", cl)
        return True, meas, vint, des
    return False, None, None, label


def norm_words(s):
    return [w for w in re.split(r"[^a-z0-9]+", ascii_(s).lower()) if w]


def shares_word(label, entry):
    words = norm_words(" ".join(x for x in (entry["name"], entry["producer"], entry["appellation"] or "") if x))
    inits = set()
    for i in range(len(words)):
        for j in range(i + 2, min(len(words), i + 4) + 1):
            inits.add("".join(w[0] for w in words[i:j]))
    glued = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)}
    for t in norm_words(label):
        if t in MEASURE_WORDS or re.fullmatch(r"\d{4}|\d+cl|\d+l", t):
            continue
        for w in words:
            if t == w or (len(t) >= 3 and len(w) >= 3 and (w.startswith(t) or t.startswith(w))):
                return True
        if len(t) >= 2 and (t in inits or t in glued):
            return True
    return False


def num(x):
    return float(x)


def check(lib_lines, case_lines):
    errs = []
    lib, seen_ent = {}, set()
    for n, ln in enumerate(lib_lines, 1):
        try:
            r = json.loads(ln)
        except ValueError:
            errs.append("library line %d: bad JSON" % n)
            continue
        if list(r) != LIB_FIELDS:
            errs.append("library line %d: field order %s" % (n, list(r)))
            continue
        if r["id"] != "hz%03d" % n:
            errs.append("library line %d: id %s out of sequence" % (n, r["id"]))
        if r["category"] not in CATS:
            errs.append("%s: category %r" % (r["id"], r["category"]))
        winey = r["category"] in ("vin", "champagne")
        if winey and r["colour"] not in COLOURS:
            errs.append("%s: wine without a colour" % r["id"])
        if not winey and r["colour"] is not None:
            errs.append("%s: colour on a non-wine" % r["id"])
        if num(r["format_cl"]) >= 1000 and r["category"] != "bière":
            errs.append("%s: keg format on a non-beer" % r["id"])
        if r["category"] == "bière" and num(r["format_cl"]) >= 1000 and num(r["format_cl"]) not in (2000, 3000):
            errs.append("%s: keg not 2,000 / 3,000 cl" % r["id"])
        if not (r["vintage"] is None or isinstance(r["vintage"], int)):
            errs.append("%s: vintage %r" % (r["id"], r["vintage"]))
        k = (r["name"], r["producer"], r["appellation"], r["colour"], r["vintage"], num(r["format_cl"]))
        if k in seen_ent:
            errs.append("%s: duplicate entry" % r["id"])
        seen_ent.add(k)
        lib[r["id"]] = r
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    def sibs(e):
        return [x for x in lib.values() if wine_key(x) == wine_key(e) and num(x["format_cl"]) == num(e["format_cl"])]

    def formats(e):
        return {num(x["format_cl"]) for x in lib.values() if wine_key(x) == wine_key(e)}

    def ordinary(e):
        f = formats(e)
        if 75 in f:
            return 75
        rest = [x for x in f if x not in (37.5, 150) and x < 1000]
        return rest[0] if len(rest) == 1 else None

    cases, labels, tab = [], set(), {}
    for n, ln in enumerate(case_lines, 1):
        try:
            c = json.loads(ln)
        except ValueError:
            errs.append("case line %d: bad JSON" % n)
            continue
        if list(c) != CASE_FIELDS:
            errs.append("case line %d: field order %s" % (n, list(c)))
            continue
        lab, conn, e = c["label"], c["connection"], c["expect"]
        where = "case %d %r" % (n, lab)
        if lab in labels:
            errs.append(where + ": duplicate label")
        labels.add(lab)
        if conn not in CONNS:
            errs.append(where + ": unknown connection %r" % conn)
            continue
        if e not in ("yes", "almost", "none"):
            errs.append(where + ": expect %r" % e)
            continue
        tab[(conn, e)] = tab.get((conn, e), 0) + 1
        ok, meas, vint, text = parse(conn, lab)
        if not ok:
            errs.append(where + ": not in the %s till's form" % conn)
            continue
        if c["vintage"] != vint:
            errs.append(where + ": vintage %r, label says %r" % (c["vintage"], vint))
        if e == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(where + ": none with an id, also_ok or units")
            continue
        ent = lib.get(c["beverage_id"])
        if ent is None:
            errs.append(where + ": unknown beverage_id %r" % c["beverage_id"])
            continue
        if meas is None:
            errs.append(where + ": a drink sold without a measure")
            continue
        fmt = num(ent["format_cl"])
        kind, cl = meas
        if kind == "vol":
            kind = "size" if cl in formats(ent) and cl < 1000 else "pour"
        if kind == "keg":
            if fmt < 1000:
                errs.append(where + ": a draught pour on a bottle entry")
                continue
            units = cl / fmt
        elif kind == "pour":
            if ordinary(ent) != fmt:
                errs.append(where + ": a pour not on the ordinary bottle")
                continue
            units = cl / fmt
        elif kind == "bottle":
            if ordinary(ent) != fmt:
                errs.append(where + ": a bottle not the ordinary one")
                continue
            units = 1
        else:
            if cl != fmt:
                errs.append(where + ": label size %g, entry %g" % (cl, fmt))
                continue
            units = 1
        if abs(round(units, 4) - c["units_per_sale"]) > 1e-9:
            errs.append(where + ": units %r, expected %r" % (c["units_per_sale"], round(units, 4)))
        ss = sibs(ent)
        vs = {x["id"]: x["vintage"] for x in ss}
        others = sorted(i for i in vs if i != ent["id"])
        if vint is None or list(vs.values()) == [None]:
            best = max(ss, key=lambda x: x["vintage"] or 0)["id"]
            if e != "yes" or ent["id"] != best or sorted(c["also_ok"]) != others:
                errs.append(where + ": no vintage: should be yes on %s, also_ok %s" % (best, others))
        elif vint in vs.values():
            if e != "yes" or ent["vintage"] != vint or c["also_ok"] != []:
                errs.append(where + ": vintage held: should be yes on that vintage, also_ok []")
        else:
            best = min(ss, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))["id"]
            if e != "almost" or ent["id"] != best or sorted(c["also_ok"]) != others:
                errs.append(where + ": vintage not held: should be almost on %s, also_ok %s" % (best, others))
        if not shares_word(text, ent):
            errs.append(where + ": shares no word / stem / initials with %s" % ent["id"])
        cases.append(c)
    total = sum(tab.values())
    if not 280 <= total <= 300:
        errs.append("cases: %d, not 280-300" % total)
    if total:
        for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            share = 100.0 * sum(v for (cn, ee), v in tab.items() if ee == e) / total
            if not lo <= share <= hi:
                errs.append("share of %s %.1f %% not in %d-%d %%" % (e, share, lo, hi))
    for conn in CONNS:
        for e in ("yes", "almost", "none"):
            if not tab.get((conn, e)):
                errs.append("till %s has no %s case" % (conn, e))
    return errs, tab


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().splitlines()


def selftest():
    lib, cs = read("hazebrouck_library.jsonl"), read("hazebrouck_cases.jsonl")
    clean, _ = check(lib, cs)
    print("clean files:", "pass" if not clean else "FAIL %s" % clean[:3])
    J = json.loads

    def first(pred):
        return next(i for i, l in enumerate(cs) if pred(J(l)))

    def edit_case(i, **kw):
        out = list(cs)
        c = J(out[i])
        c.update(kw)
        out[i] = json.dumps(c, ensure_ascii=False)
        return out

    def edit_lib(i, **kw):
        out = list(lib)
        r = J(out[i])
        r.update(kw)
        out[i] = json.dumps(r, ensure_ascii=False)
        return out

    beer = next(i for i, l in enumerate(lib) if J(l)["category"] == "bière")
    wine = next(i for i, l in enumerate(lib) if J(l)["category"] == "vin")
    noyes = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    alm = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    ac = J(cs[alm])
    yv = first(lambda c: c["expect"] == "yes" and c["vintage"])
    none = first(lambda c: c["expect"] == "none")
    comp = first(lambda c: c["connection"] == "comptoir" and c["expect"] == "yes")
    sal = first(lambda c: c["connection"] == "salle" and c["expect"] == "yes")
    sem = first(lambda c: c["connection"] == "semaine" and c["expect"] == "yes" and "," in c["label"])
    keg = first(lambda c: c["connection"] == "salle" and c["label"].startswith("Demi - ") and c["expect"] == "yes")
    bottle_of = {J(l)["name"]: J(l)["id"] for l in lib if J(l)["category"] == "bière" and J(l)["format_cl"] < 1000}
    kegname = next(J(l)["name"] for l in lib if J(l)["id"] == J(cs[keg])["beverage_id"])
    breaks = {
        "bad JSON": (lib, [*cs[:5], "{oops", *cs[6:]]),
        "field order": (lib, [json.dumps(dict(reversed(list(J(cs[0]).items()))), ensure_ascii=False), *cs[1:]]),
        "id sequence": (edit_lib(3, id="hz099"), cs),
        "colour on a beer": (edit_lib(beer, colour="blanc"), cs),
        "keg on a wine": (edit_lib(wine, format_cl=3000), cs),
        "also_ok emptied": (lib, edit_case(noyes, also_ok=[])),
        "almost on the farther vintage": (lib, edit_case(alm, beverage_id=ac["also_ok"][0],
                                                         also_ok=[ac["beverage_id"]])),
        "vintage field": (lib, edit_case(yv, vintage=J(cs[yv])["vintage"] - 1)),
        "units": (lib, edit_case(comp, units_per_sale=0.5)),
        "none with an id": (lib, edit_case(none, beverage_id="hz001")),
        "duplicate label": (lib, [*cs, cs[0]]),
        "comptoir in lower case": (lib, edit_case(comp, label=J(cs[comp])["label"].lower())),
        "salle in capitals": (lib, edit_case(sal, label=J(cs[sal])["label"].upper())),
        "semaine with a decimal point": (lib, edit_case(sem, label=J(cs[sem])["label"].replace(",", "."))),
        "unknown till": (lib, edit_case(0, connection="terrasse")),
        "yes turned almost": (lib, edit_case(yv, expect="almost")),
        "counts (nones dropped)": (lib, [l for l in cs if J(l)["expect"] != "none"]),
        "a label sharing no word": (lib, edit_case(sal, label=J(cs[sal])["label"].split(" - ")[0] + " - Xyzzy Plugh"
                                                   + (" %d" % J(cs[sal])["vintage"] if J(cs[sal])["vintage"] else ""))),
        "draught pour on a bottle entry": (lib, edit_case(keg, beverage_id=bottle_of.get(kegname, "hz060"))),
    }
    bad = 0
    for name, (l2, c2) in breaks.items():
        errs, _ = check(l2, c2)
        caught = bool(errs)
        bad += not caught
        print("%-32s %s  %s" % (name, "caught" if caught else "MISSED", errs[0] if errs else ""))
    print("%d breaks, %d missed" % (len(breaks), bad))
    return 1 if bad or clean else 0


def main():
    if "--selftest" in sys.argv:
        sys.exit(selftest())
    errs, tab = check(read("hazebrouck_library.jsonl"), read("hazebrouck_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    for conn in CONNS:
        print("%-9s yes %3d  almost %3d  none %3d" % (conn, *(tab.get((conn, e), 0) for e in ("yes", "almost", "none"))))
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
