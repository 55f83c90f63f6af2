#!/usr/bin/env python3
"""Check the Sisteron blind set, reading only sisteron_library.jsonl and sisteron_cases.jsonl.

python3 check_sisteron.py             check the two files beside this script
python3 check_sisteron.py --selftest  break copies on purpose, show each break is reported
Stdlib only.
"""
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = "sisteron_library.jsonl"
CASES = "sisteron_cases.jsonl"
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNECTIONS = ("caisse", "tablette", "export")

# caisse: CODE.TEXT 'YY, ASCII capitals, at most 22 columns
CAISSE_WIDTH = 22
CAISSE_MEAS = {"BT": ("B", None), "1/2": ("B", 37.5), "MAG": ("B", 150), "1L": ("B", 100),
               "VR": ("G", 12.5), "VR12": ("G", 12), "VR14": ("G", 14), "VR15": ("G", 15),
               "PICH25": ("G", 25), "PICH50": ("G", 50), "2CL": ("D", 2), "4CL": ("D", 4),
               "DOSE": ("D", 4), "DEMI": ("K", 25), "PINTE": ("K", 50)}
# tablette: Text YYYY [modifier] / comment
TAB_MEAS = {"Bouteille": ("B", None), "Demi-bouteille": ("B", 37.5), "Magnum": ("B", 150),
            "Bouteille 50 cl": ("B", 50), "Bouteille 1 L": ("B", 100), "Verre": ("G", 12.5),
            "Verre 12 cl": ("G", 12), "Verre 14 cl": ("G", 14), "Verre 15 cl": ("G", 15),
            "Pichet 25 cl": ("G", 25), "Pichet 50 cl": ("G", 50), "2 cl": ("D", 2),
            "4 cl": ("D", 4), "Dose": ("D", 4), "Demi": ("K", 25), "Pinte": ("K", 50)}
TAB_COMMENTS = {"bien frais", "seau à glace", "avec glaçons", "sans glaçon", "rondelle de citron",
                "pour la 7", "pour la 12", "pour la 21", "en même temps que les entrées",
                "à l'apéro", "pour le dessert"}
# export: "account","LIBELLE","YYYY","unit","TVA"
EXPORT_WIDTH = 32
ACCOUNTS = {"707110": {"vin"}, "707120": {"champagne"}, "707130": {"autre"},
            "707140": {"spiritueux"}, "707150": {"bière"}, "707160": {"soft"},
            "707170": set(), "706100": set(), "708800": set()}
TVA10 = {"707160", "707170", "706100"}
EXPORT_MEAS = {"VERRE": ("G", 12.5), "VERRE 12": ("G", 12), "VERRE 14": ("G", 14),
               "VERRE 15": ("G", 15), "PICHET 25": ("G", 25), "PICHET 50": ("G", 50),
               "DOSE 2": ("D", 2), "DOSE 4": ("D", 4), "DOSE": ("D", 4), "DEMI": ("K", 25),
               "PINTE": ("K", 50), "UNITE": ("X", None)}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", fold(s).lower()) if t]


def parse(conn, label):
    """-> (measure kind, volume or bottle size, vintage, form error or None).
    kind: B bottle (size None = the ordinary format), G glass/pichet, D dose, K draught, X none."""
    if conn == "caisse":
        if len(label) > CAISSE_WIDTH or not re.fullmatch(r"[A-Z0-9 ./']+", label):
            return None, None, None, "caisse label not ASCII capitals within 22 columns"
        m = re.search(r" '(\d\d)$", label)
        v = 2000 + int(m.group(1)) if m else None
        code = label.split(".", 1)[0] if "." in label else None
        if code is None:
            return "X", None, v, None
        if code in CAISSE_MEAS:
            k, x = CAISSE_MEAS[code]
            return k, x, v, None
        m2 = re.fullmatch(r"(\d+)CL", code)
        if m2:
            return "B", float(m2.group(1)), v, None
        return None, None, None, "caisse code %r unknown" % code
    if conn == "tablette":
        m = re.fullmatch(r"([^\[\]/]+?)(?: \[([^\]]+)\])?(?: / (.+))?", label)
        if not m or not re.search(r"[a-zé]", m.group(1)):
            return None, None, None, "tablette label not 'Text [modifier] / comment' in mixed case"
        if m.group(3) is not None and m.group(3) not in TAB_COMMENTS:
            return None, None, None, "tablette comment %r unknown" % m.group(3)
        ys = re.findall(r"\b((?:19|20)\d\d)\b", m.group(1))
        v = int(ys[-1]) if ys else None
        if m.group(2) is None:
            return "X", None, v, None
        mod = m.group(2)
        if mod in TAB_MEAS:
            k, x = TAB_MEAS[mod]
            return k, x, v, None
        m2 = re.fullmatch(r"(\d+) cl", mod)
        if m2:
            return "B", float(m2.group(1)), v, None
        return None, None, None, "tablette modifier %r unknown" % mod
    if conn == "export":
        m = re.fullmatch(r'"(\d{6})","([^"]*)","(\d{4}|)","([^"]+)","(10,00|20,00)"', label)
        if not m:
            return None, None, None, "export line not 5 quoted CSV fields"
        acc, lib, year, unit, tva = m.groups()
        if acc not in ACCOUNTS:
            return None, None, None, "export account %s unknown" % acc
        if (tva == "10,00") != (acc in TVA10):
            return None, None, None, "export VAT %s does not fit account %s" % (tva, acc)
        if len(lib) > EXPORT_WIDTH or lib != lib.upper() or fold(lib) != lib or not lib:
            return None, None, None, "export libellé not ASCII capitals within 32 columns"
        v = int(year) if year else None
        if unit in EXPORT_MEAS:
            k, x = EXPORT_MEAS[unit]
            return k, x, v, None
        m2 = re.fullmatch(r"BTL (\d+(?:,5)?)", unit)
        if m2:
            return "B", float(m2.group(1).replace(",", ".")), v, None
        return None, None, None, "export unit %r unknown" % unit
    return None, None, None, "unknown connection %r" % conn


def load(path, fields, errs, what):
    rows = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                try:
                    obj = json.loads(line)
                except ValueError:
                    errs.append("%s line %d: invalid JSON" % (what, n))
                    continue
                if list(obj) != fields:
                    errs.append("%s line %d: fields %s not in bench order" % (what, n, list(obj)))
                rows.append(obj)
    except OSError as e:
        errs.append("%s: %s" % (what, e))
    return rows


def wine_key(e):
    return (e.get("name"), e.get("producer"), e.get("appellation"), e.get("colour"),
            e.get("format_cl"))


def check(folder):
    errs = []
    lib = load(os.path.join(folder, LIB), LIB_FIELDS, errs, "library")
    cases = load(os.path.join(folder, CASES), CASE_FIELDS, errs, "cases")
    # ---------------- library
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, want 110-130" % len(lib))
    byid, seen = {}, set()
    for n, e in enumerate(lib, 1):
        if e.get("id") != "sy%03d" % n:
            errs.append("library: id %r at row %d, want sy%03d" % (e.get("id"), n, n))
        byid[e.get("id")] = e
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATEGORIES:
            errs.append("library %s: category %r" % (e.get("id"), cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                errs.append("library %s: wine colour %r" % (e.get("id"), col))
        elif col is not None:
            errs.append("library %s: colour %r on a %s" % (e.get("id"), col, cat))
        if cat == "champagne" and col not in ("effervescent", "rosé"):
            errs.append("library %s: champagne colour %r" % (e.get("id"), col))
        v = e.get("vintage")
        if v is not None and not (isinstance(v, int) and 1950 <= v <= 2025):
            errs.append("library %s: vintage %r" % (e.get("id"), v))
        f = e.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            errs.append("library %s: format %r" % (e.get("id"), f))
        elif f >= 1000 and cat != "bière":
            errs.append("library %s: keg format on a %s" % (e.get("id"), cat))
        for k in ("name", "producer", "country"):
            if not e.get(k):
                errs.append("library %s: empty %s" % (e.get("id"), k))
        key = (*wine_key(e), v)
        if key in seen:
            errs.append("library %s: the same drink twice" % e.get("id"))
        seen.add(key)
    wines = {}
    for e in lib:
        wines.setdefault(wine_key(e), []).append(e)
    families = {}
    for e in lib:
        families.setdefault((e.get("name"), e.get("producer"), e.get("appellation"),
                             e.get("colour")), set()).add(e.get("format_cl"))
    # ---------------- cases
    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d, want 280-300" % len(cases))
    labels = set()
    counts = {}
    for n, c in enumerate(cases, 1):
        where = "case %d %r" % (n, c.get("label"))
        label, exp, conn = c.get("label"), c.get("expect"), c.get("connection")
        if label in labels:
            errs.append(where + ": duplicate label")
        labels.add(label)
        if exp not in ("yes", "almost", "none"):
            errs.append(where + ": expect %r" % exp)
            continue
        if conn not in CONNECTIONS:
            errs.append(where + ": connection %r" % conn)
            continue
        counts[(conn, exp)] = counts.get((conn, exp), 0) + 1
        if not c.get("note"):
            errs.append(where + ": empty note")
        kind, x, v, ferr = parse(conn, label)
        if ferr:
            errs.append(where + ": " + ferr)
            continue
        if c.get("vintage") != v:
            errs.append(where + ": vintage %r, label reads %r" % (c.get("vintage"), v))
        note = c.get("note") or ""
        cut = re.search(r"\[(20\d\d) cut off by the till\]$", note)
        if cut:
            if conn != "caisse" or v is not None or len(label) < CAISSE_WIDTH - 1:
                errs.append(where + ": cut-off note on a label the till did not cut")
        if exp == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or \
                    c.get("units_per_sale") is not None:
                errs.append(where + ": none with an answer")
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            errs.append(where + ": beverage_id %r not in library" % c.get("beverage_id"))
            continue
        if kind == "X":
            errs.append(where + ": a drink answer on a label without measure")
            continue
        fam = wines[wine_key(e)]
        fmt = e["format_cl"]
        fam_formats = families[(e["name"], e["producer"], e["appellation"], e["colour"])]
        # the entry's format against the label's measure
        plain = [f for f in fam_formats if f not in (37.5, 150) and f < 1000]
        if kind == "B":
            want = x if x is not None else (75 if 75 in fam_formats else
                                            (plain[0] if len(plain) == 1 else None))
            if conn == "export" and x is not None and 75 not in fam_formats and x in plain:
                want = x
            if want != fmt:
                errs.append(where + ": bottle of %r cl answered with the %s cl entry" % (want, fmt))
        elif kind == "G":
            want = 75 if 75 in fam_formats else (plain[0] if len(plain) == 1 else None)
            if want != fmt or e["category"] not in ("vin", "champagne"):
                errs.append(where + ": glass or pichet not on the wine's ordinary bottle")
        elif kind == "D":
            if e["category"] not in ("autre", "spiritueux") or fmt >= 1000:
                errs.append(where + ": dose on a %s" % e["category"])
        elif kind == "K":
            if e["category"] != "bière" or fmt < 1000:
                errs.append(where + ": draught measure not on a keg")
        # units
        u = c.get("units_per_sale")
        want_u = 1 if kind == "B" else round(x / fmt, 4)
        if not isinstance(u, (int, float)) or abs(u - want_u) > 1e-9 or round(u, 4) != u:
            errs.append(where + ": units %r, want %r" % (u, want_u))
        # export account against the entry's category
        if conn == "export":
            acc = label[1:7]
            if e["category"] not in ACCOUNTS.get(acc, set()):
                errs.append(where + ": account %s does not fit a %s" % (acc, e["category"]))
        # a word or a stem shared with the entry
        lt = set(tokens(label if conn != "export" else label.split('","')[1]))
        et = set(tokens(" ".join(str(e[k]) for k in ("name", "producer", "appellation") if e[k])))
        if not any(a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4])
                   for a in lt for b in et if len(a) >= 2 and len(b) >= 2):
            errs.append(where + ": label shares no word with %s" % e["id"])
        # yes / almost / also_ok
        others = sorted(f["id"] for f in fam if f["id"] != e["id"])
        also = c.get("also_ok")
        if not isinstance(also, list) or any(a not in byid for a in also):
            errs.append(where + ": also_ok %r" % also)
            continue
        vints = [f["vintage"] for f in fam]
        if exp == "yes":
            if v is not None:
                if e["vintage"] != v:
                    errs.append(where + ": yes on vintage %r, label %r" % (e["vintage"], v))
                if also:
                    errs.append(where + ": also_ok on a label with its vintage")
            else:
                if any(f["vintage"] is not None and (e["vintage"] is None or
                                                     f["vintage"] > e["vintage"]) for f in fam):
                    errs.append(where + ": yes without vintage is not the most recent")
                if sorted(also) != others:
                    errs.append(where + ": also_ok %r, want the other vintages %r" % (also, others))
        else:
            if v is None or v in vints or e["vintage"] is None:
                errs.append(where + ": almost but the label vintage %r is held or absent" % v)
                continue
            best = sorted(fam, key=lambda f: (abs(f["vintage"] - v), -f["vintage"]))[0]
            if best["id"] != e["id"]:
                errs.append(where + ": almost should point to %s" % best["id"])
            if sorted(also) != others:
                errs.append(where + ": also_ok %r, want %r" % (also, others))
    # ---------------- counts
    total = len(cases)
    if total:
        for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            k = sum(v for (cn, ex), v in counts.items() if ex == exp)
            if not lo <= 100.0 * k / total <= hi:
                errs.append("cases: %s %.1f %%, want %d-%d %%" % (exp, 100.0 * k / total, lo, hi))
        for conn in CONNECTIONS:
            for exp in ("yes", "almost", "none"):
                if not counts.get((conn, exp)):
                    errs.append("cases: till %s has no %s" % (conn, exp))
    return errs, counts


def report(folder):
    errs, counts = check(folder)
    for e in errs:
        print("ERROR", e)
    return errs, counts


def selftest():
    def rw(folder, name, fn):
        p = os.path.join(folder, name)
        lines = open(p, encoding="utf-8").read().splitlines()
        lines = fn(lines)
        with open(p, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")

    def edit_case(pred, change):
        def fn(lines):
            out, done = [], False
            for line in lines:
                c = json.loads(line)
                if not done and pred(c):
                    c = change(c)
                    done = True
                    if c is None:
                        continue
                    line = json.dumps(c, ensure_ascii=False)
                out.append(line)
            assert done
            return out
        return fn

    def setf(**kw):
        def ch(c):
            c.update(kw)
            return c
        return ch

    lib = [json.loads(l) for l in open(os.path.join(HERE, LIB), encoding="utf-8")]
    byid = {e["id"]: e for e in lib}
    breaks = [
        ("invalid JSON", LIB, lambda L: [*L[:5], "{oops", *L[5:]], "invalid JSON"),
        ("library field order", LIB, lambda L: [json.dumps(dict(reversed(list(json.loads(L[0]).items()))), ensure_ascii=False), *L[1:]], "not in bench order"),
        ("ids out of sequence", LIB, lambda L: [L[1], L[0], *L[2:]], "want sy001"),
        ("unknown colour", LIB, lambda L: [L[0].replace('"rosé"', '"rose"', 1), *L[1:]], "wine colour"),
        ("keg on a wine", LIB, lambda L: [L[0].replace('"format_cl": 75', '"format_cl": 3000'), *L[1:]], "keg format"),
        ("case field order", CASES, edit_case(lambda c: True, lambda c: dict(reversed(list(c.items())))), "not in bench order"),
        ("duplicate label", CASES, lambda L: [*L, L[0]], "duplicate label"),
        ("yes on another vintage", CASES, edit_case(lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "export" and byid[c["beverage_id"]]["name"] == "Guigal Côtes du Rhône Rouge" and byid[c["beverage_id"]]["format_cl"] == 75, setf(beverage_id="sy057")), "yes on vintage"),
        ("almost with also_ok emptied", CASES, edit_case(lambda c: c["expect"] == "almost" and c["also_ok"], setf(also_ok=[])), "also_ok"),
        ("almost on the farther vintage", CASES, edit_case(lambda c: c["label"] == "BT.MINUTY PREST RS '22", setf(beverage_id="sy002", also_ok=["sy001"])), "almost should point"),
        ("glass units", CASES, edit_case(lambda c: c["label"].startswith("VR."), setf(units_per_sale=0.16)), "units"),
        ("none with an id", CASES, edit_case(lambda c: c["expect"] == "none", setf(beverage_id="sy001")), "none with an answer"),
        ("caisse label in lower case", CASES, edit_case(lambda c: c["connection"] == "caisse", lambda c: setf(label=c["label"].lower())(c)), "ASCII capitals"),
        ("caisse label too long", CASES, edit_case(lambda c: c["connection"] == "caisse", lambda c: setf(label=c["label"] + " XXXXXXXXXXXXXXXXXXXXX")(c)), "within 22"),
        ("export VAT", CASES, edit_case(lambda c: c["connection"] == "export", lambda c: setf(label=c["label"].replace('"20,00"', '"10,00"'))(c)), "VAT"),
        ("export account of another family", CASES, edit_case(lambda c: c["connection"] == "export" and c["label"].startswith('"707110"') and c["expect"] == "yes", lambda c: setf(label=c["label"].replace('"707110"', '"707140"'))(c)), "does not fit"),
        ("tablette modifier unknown", CASES, edit_case(lambda c: c["connection"] == "tablette" and "[Bouteille]" in c["label"], lambda c: setf(label=c["label"].replace("[Bouteille]", "[Caisse]"))(c)), "modifier"),
        ("vintage field not the label's", CASES, edit_case(lambda c: c["vintage"] is None and c["expect"] == "yes", setf(vintage=2019)), "label reads"),
        ("half answered with the 75 cl entry", CASES, edit_case(lambda c: c["label"] == "1/2.WHISP ANGEL", setf(beverage_id="sy011", also_ok=["sy010"])), "bottle of 37.5"),
        ("draught on a bottled beer", CASES, edit_case(lambda c: c["label"] == "DEMI.AFFLIGEM", setf(beverage_id="sy101")), "draught"),
        ("cut-off note on an uncut label", CASES, edit_case(lambda c: c["label"] == "BT.BEAUCASTEL '19", lambda c: setf(note=c["note"] + " [2019 cut off by the till]")(c)), "did not cut"),
        ("label sharing no word", CASES, edit_case(lambda c: c["label"] == "2CL.RICARD", setf(beverage_id="sy076")), "shares no word"),
        ("unknown connection", CASES, edit_case(lambda c: True, setf(connection="bar")), "connection"),
        ("too few cases", CASES, lambda L: L[:200], "want 280-300"),
        ("a till without almost", CASES, lambda L: [l for l in L if not ('"almost"' in l and '"export"' in l)], "has no almost"),
        ("yes without vintage not the most recent", CASES, edit_case(lambda c: c["label"] == "BT.VX TELEGRAPHE '21" or c["label"] == "BT.STE ROSELINE PREST", setf(beverage_id="sy007", also_ok=["sy008"])), "most recent"),
    ]
    failed = 0
    tmp = tempfile.mkdtemp()
    try:
        clean = os.path.join(tmp, "clean")
        os.mkdir(clean)
        for f in (LIB, CASES):
            shutil.copy(os.path.join(HERE, f), clean)
        errs, _ = check(clean)
        print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
        failed += bool(errs)
        for i, (what, target, fn, expect) in enumerate(breaks):
            d = os.path.join(tmp, "b%02d" % i)
            shutil.copytree(clean, d)
            rw(d, target, fn)
            errs, _ = check(d)
            hit = [e for e in errs if expect in e]
            print("%-42s %s  %s" % (what, "reported" if hit else "MISSED", hit[0][:90] if hit else errs[:1]))
            failed += not hit
    finally:
        shutil.rmtree(tmp)
    print("selftest: %d kinds of break, %s" % (len(breaks), "all reported" if not failed else "%d FAILED" % failed))
    return failed == 0


def main():
    if "--selftest" in sys.argv[1:]:
        sys.exit(0 if selftest() else 1)
    errs, counts = report(HERE)
    print("till      yes almost none total")
    for conn in CONNECTIONS:
        row = [counts.get((conn, e), 0) for e in ("yes", "almost", "none")]
        print("%-9s %3d %6d %4d %5d" % (conn, row[0], row[1], row[2], sum(row)))
    print("OK" if not errs else "%d error(s)" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
