"""Check nimes_library.jsonl and nimes_cases.jsonl on their own (imports no build module).
python3 check_nimes.py [--selftest]"""
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
CONNS = ("comptoir", "salle", "bodega")
ABBR = {"cdr": "rhone", "vx": "vieux", "rge": "rouge", "blc": "blanc", "rs": "rose",
        "bdb": "blancs"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def unmoji(s):
    try:
        return s.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def read_vintage(conn, label):
    if conn == "comptoir":
        body = label.split("*", 1)[-1]
        toks = [t for t in body.split() if re.fullmatch(r"\d{2}", t) and int(t) <= 25]
        return 2000 + int(toks[-1]) if toks else None
    if conn == "salle":
        toks = [t for t in label.split("[")[0].split() if re.fullmatch(r"(19|20)\d{2}", t)]
        return int(toks[-1]) if toks else None
    m = re.search(r"\(([^()]*)\)$", label)
    toks = [t for t in m.group(1).split() if re.fullmatch(r"\d{2}", t) and int(t) <= 25] if m else []
    return 2000 + int(toks[-1]) if toks else None


def size_measure(tok):
    """'33CL' / '35,5cl' / '1L' -> ('size', 33) or ('pour', 2) for 2, 4, 6 cl."""
    m = re.fullmatch(r"(\d+(?:,\d+)?)(cl|l)", tok.lower())
    if not m:
        return None
    v = float(m.group(1).replace(",", "."))
    if m.group(2) == "l":
        v *= 100
    v = int(v) if v == int(v) else v
    return ("pour", v) if v <= 6 else ("size", v)


def read_measure(conn, label):
    """-> (kind, value) with kind bottle / half / mag / size / pour / draught, or None."""
    if conn == "comptoir":
        if "*" not in label:
            return None
        p = label.split("*", 1)[0]
        fixed = {"BTL": ("bottle", None), "1/2": ("half", None), "MAG": ("mag", None),
                 "VRE": ("pour", 12.5), "VRE15": ("pour", 15), "PICH25": ("pour", 25),
                 "PICH50": ("pour", 50), "CP": ("pour", 12.5), "DOSE": ("pour", 4),
                 "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
        return fixed.get(p) or size_measure(p) or ("bad", p)
    if conn == "salle":
        m = re.search(r"\[([^\]]+)\]$", label)
        if not m:
            return None
        p = m.group(1)
        fixed = {"bouteille": ("bottle", None), "1/2 bouteille": ("half", None),
                 "magnum": ("mag", None), "verre": ("pour", 12.5), "verre 15cl": ("pour", 15),
                 "pichet 25cl": ("pour", 25), "pichet 50cl": ("pour", 50),
                 "coupe": ("pour", 12.5), "dose": ("pour", 4), "demi": ("draught", 25),
                 "pinte": ("draught", 50)}
        return fixed.get(p) or size_measure(p) or ("bad", p)
    m = re.search(r"\(([^()]*)\)$", label)
    v = m.group(1)
    for w, r in (("Demi Btl ", ("half", None)), ("Btl ", ("bottle", None)), ("Mag ", ("mag", None)),
                 ("Verre 15cl ", ("pour", 15)), ("Verre ", ("pour", 12.5)),
                 ("Pichet 25cl ", ("pour", 25)), ("Pichet 50cl ", ("pour", 50)),
                 ("Coupe ", ("pour", 12.5)), ("Dose ", ("pour", 4)), ("Demi ", ("draught", 25)),
                 ("Pinte ", ("draught", 50))):
        if v.startswith(w):
            return r
    return size_measure(v.split()[0])


def words(s):
    s = fold(s).replace("'", "").replace("’", "")
    return [w for w in re.split(r"[^a-z0-9]+", s) if w]


def shares(label, e):
    lw = [ABBR.get(w, w) for w in words(label)]
    full = " ".join(x for x in (e["name"], e["producer"], e["appellation"] or "") if x)
    ew = words(full) + words(full.replace("'", " ").replace("’", " "))
    for w in lw:
        for x in ew:
            if w == x and (len(w) >= 3 or w.isdigit()):
                return True
            if len(w) >= 3 and not w.isdigit() and (x.startswith(w) or (w.startswith(x[:4]) and len(x) >= 4)):
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib = []
    for n, line in enumerate(lib_lines, 1):
        try:
            d = json.loads(line)
        except ValueError:
            E("library line %d: not JSON" % n)
            continue
        if list(d) != LIB_FIELDS:
            E("library line %d: fields out of order" % n)
        if d.get("id") != "ni%03d" % n:
            E("library line %d: id %r out of sequence" % (n, d.get("id")))
        if d.get("category") not in CATS:
            E("%s: category %r" % (d.get("id"), d.get("category")))
        wine = d.get("category") in ("vin", "champagne")
        if wine and d.get("colour") not in COLOURS:
            E("%s: wine without a colour" % d.get("id"))
        if not wine and d.get("colour") is not None:
            E("%s: colour on a %s" % (d.get("id"), d.get("category")))
        if not wine and d.get("vintage") is not None:
            E("%s: vintage on a non-wine" % d.get("id"))
        if not isinstance(d.get("format_cl"), (int, float)):
            E("%s: format" % d.get("id"))
        lib.append(d)
    if not 110 <= len(lib) <= 130:
        E("library: %d drinks" % len(lib))
    byid = {d["id"]: d for d in lib if "id" in d}
    def wkey(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"])
    seen = set()
    for d in lib:
        k = (*wkey(d), d["vintage"])
        if k in seen:
            E("%s: entry twice" % d["id"])
        seen.add(k)
    groups = {}
    for d in lib:
        groups.setdefault(wkey(d), []).append(d)
    cases = []
    for n, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            E("case line %d: not JSON" % n)
            continue
        if list(c) != CASE_FIELDS:
            E("case line %d: fields out of order" % n)
            continue
        cases.append(c)
    labels = [c["label"] for c in cases]
    for l in sorted({l for l in labels if labels.count(l) > 1}):
        E("label twice: %r" % l)
    if not 280 <= len(cases) <= 300:
        E("cases: %d" % len(cases))
    for c in cases:
        L, conn, ex = c["label"], c["connection"], c["expect"]
        tag = "%s %r" % (conn, L)
        if conn not in CONNS:
            E("%s: connection" % tag)
            continue
        # each till's form
        if conn == "comptoir":
            if not re.fullmatch(r"[A-Z0-9 .*/,&-]+", L) or len(L) > 20 or L.count("*") > 1:
                E("%s: not a comptoir label (ASCII capitals, 20 columns)" % tag)
        elif conn == "salle":
            if L.lower() != L or not re.fullmatch(r"[^:\[\]]+: [^\[\]]+?( \[[^\]]+\])?", L):
                E("%s: not a salle label (family: text [measure], lower case)" % tag)
        else:
            u = unmoji(L)
            if u is None or (u == L and re.search(r"[À-ÿ]", L)) or not re.fullmatch(r"[^()]+ \([^()]+\)", L):
                E("%s: not a bodega export line" % tag)
            elif re.search(r"[éèêàôûç]", L) or len(re.search(r"\(([^()]*)\)$", u).group(1)) > 20:
                E("%s: bodega accent not mojibaked or variant over 20" % tag)
        if c["vintage"] != read_vintage(conn, L):
            E("%s: vintage %r, label reads %r" % (tag, c["vintage"], read_vintage(conn, L)))
        if ex not in ("yes", "almost", "none"):
            E("%s: expect %r" % (tag, ex))
            continue
        if ex == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                E("%s: none with an id, also_ok or units" % tag)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            E("%s: unknown id %r" % (tag, c["beverage_id"]))
            continue
        if not shares(L if conn != "bodega" else (unmoji(L) or L).split("(", 1)[-1], e):
            E("%s: shares no word with %s" % (tag, e["id"]))
        sibs = sorted(groups[wkey(e)], key=lambda d: -(d["vintage"] or 0))
        others = sorted(d["id"] for d in sibs if d["id"] != e["id"])
        if any(a not in byid for a in c["also_ok"]):
            E("%s: unknown also_ok" % tag)
        v = c["vintage"]
        if ex == "yes":
            if v is not None:
                if e["vintage"] != v or c["also_ok"]:
                    E("%s: yes on vintage %r but entry %r / also_ok %r" % (tag, v, e["vintage"], c["also_ok"]))
            else:
                if e["id"] != sibs[0]["id"] or sorted(c["also_ok"]) != others:
                    E("%s: yes without vintage must be the most recent, others in also_ok" % tag)
        else:
            vs = [d["vintage"] for d in sibs]
            if v is None or v in vs or None in vs:
                E("%s: almost but vintage %r held or absent" % (tag, v))
            else:
                best = min(sibs, key=lambda d: (abs(d["vintage"] - v), -d["vintage"]))
                if best["id"] != e["id"] or sorted(c["also_ok"]) != others:
                    E("%s: almost must be the nearest vintage (%s), others in also_ok" % (tag, best["id"]))
        # format and units against the printed measure
        m = read_measure(conn, L)
        fmt, u = e["format_cl"], c["units_per_sale"]
        wine = e["category"] in ("vin", "champagne")
        fmts = {d["format_cl"] for d in lib if (d["name"], d["producer"], d["appellation"], d["colour"]) == wkey(e)[:4]}
        if m is None or m[0] == "bad":
            E("%s: no measure read" % tag)
            continue
        kind, val = m
        want_u = 1
        if kind == "bottle":
            ok = fmt == 75 if wine else len(fmts) == 1
        elif kind == "half":
            ok = fmt == 37.5
        elif kind == "mag":
            ok = fmt == 150
        elif kind == "size":
            ok = fmt == val
        elif kind == "draught":
            ok = fmt >= 2000
            want_u = round(val / fmt, 4)
        else:
            ok = fmt < 2000 and fmt not in (37.5, 150) and (fmt == 75 or 75 not in fmts)
            want_u = round(val / fmt, 4)
        if not ok:
            E("%s: measure %s %r does not fit %s (%s cl)" % (tag, kind, val, e["id"], fmt))
        if u != want_u:
            E("%s: units %r, expected %r" % (tag, u, want_u))
    from collections import Counter
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    for conn in CONNS:
        for x in ("yes", "almost", "none"):
            if not cnt[(conn, x)]:
                E("till %s has no %s" % (conn, x))
    tot = Counter(c["expect"] for c in cases)
    n = len(cases) or 1
    for x, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100 * tot[x] / n <= hi:
            E("share of %s: %.1f %%" % (x, 100 * tot[x] / n))
    return errs, cnt


def load():
    with open(os.path.join(HERE, "nimes_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "nimes_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def edit_case(cases, pred, fn):
    out = list(cases)
    for i, l in enumerate(out):
        c = json.loads(l)
        if pred(c):
            fn(c)
            out[i] = json.dumps(c, ensure_ascii=False)
            return out
    raise SystemExit("selftest: no case to break")


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    assert not errs, errs
    print("clean files: OK")
    J = json.loads
    breaks = {
        "glass units": lambda l, c: (l, edit_case(c, lambda x: x["label"].startswith("VRE*") and x["expect"] == "yes", lambda x: x.update(units_per_sale=0.2))),
        "almost on the farther vintage": lambda l, c: (l, edit_case(c, lambda x: x["label"] == "rouge: mourgues du grès terre d'argence 2019 [bouteille]", lambda x: x.update(beverage_id="ni003", also_ok=["ni001", "ni002"]))),
        "cut vintage kept": lambda l, c: (l, edit_case(c, lambda x: x["label"] == "BTL*MOURGUES TERRE A", lambda x: x.update(vintage=2021, beverage_id="ni002", also_ok=[]))),
        "none with an id": lambda l, c: (l, edit_case(c, lambda x: x["label"] == "VRE*TAVEL", lambda x: x.update(beverage_id="ni030"))),
        "comptoir label lower case and long": lambda l, c: (l, edit_case(c, lambda x: x["label"] == "BTL*CIMELS 21", lambda x: x.update(label="btl*cimels or et de gueules 21"))),
        "fields out of order": lambda l, c: (l, [json.dumps(dict(reversed(list(J(c[0]).items()))), ensure_ascii=False), *c[1:]]),
        "half bottle on the 75 cl entry": lambda l, c: (l, edit_case(c, lambda x: x["label"] == "1/2*TAVEL AQUERIA 23", lambda x: x.update(beverage_id="ni030"))),
        "also_ok dropped": lambda l, c: (l, edit_case(c, lambda x: x["label"] == "PICH50*T.ARGENCE", lambda x: x.update(also_ok=[]))),
        "draught on the bottle": lambda l, c: (l, edit_case(c, lambda x: x["label"] == "DEMI*KRO", lambda x: x.update(beverage_id="ni100"))),
        "label twice": lambda l, c: (l, [*c, c[0]]),
        "id out of sequence": lambda l, c: ([l[0].replace('"ni001"', '"ni000"'), *l[1:]], c),
        "colour on a beer": lambda l, c: ([x.replace('"colour": null, "category": "bière"', '"colour": "blanc", "category": "bière"', 1) if '"ni097"' in x else x for x in l], c),
        "bodega accent not mojibaked": lambda l, c: (l, edit_case(c, lambda x: x["label"] == "Vins rosÃ©s (Verre Listel)", lambda x: x.update(label="Vins rosés (Verre Listel)"))),
        "salle label upper case": lambda l, c: (l, edit_case(c, lambda x: x["label"] == "rosé: listel gris [magnum]", lambda x: x.update(label="ROSÉ: LISTEL GRIS [MAGNUM]"))),
        "vintage read wrong": lambda l, c: (l, edit_case(c, lambda x: x["label"] == "2CL*PASTIS 51", lambda x: x.update(vintage=1951))),
        "a yes sharing no word": lambda l, c: (l, edit_case(c, lambda x: x["label"] == "2CL*RICARD", lambda x: x.update(beverage_id="ni072", units_per_sale=0.0286))),
        "a sibling's vintage": lambda l, c: ([x.replace('"vintage": 2021', '"vintage": 2022', 1) if '"ni009"' in x else x for x in l], c),
    }
    bad = 0
    for name, fn in breaks.items():
        l2, c2 = fn(list(lib), list(cases))
        errs, _ = check(l2, c2)
        print("%-36s %s" % (name, ("reported: " + errs[0][:90]) if errs else "NOT REPORTED"))
        bad += not errs
    if bad:
        raise SystemExit("selftest failed: %d breaks not reported" % bad)
    print("selftest: %d breaks, all reported" % len(breaks))


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        selftest()
    else:
        errs, cnt = check(*load())
        for e in errs:
            print(e)
        for conn in CONNS:
            print(conn, {x: cnt[(conn, x)] for x in ("yes", "almost", "none")})
        if errs:
            raise SystemExit("%d errors" % len(errs))
        print("OK")
