"""Check tapas_library.jsonl and tapas_cases.jsonl on their own (no build, no matcher).

python3 check_tapas.py            check the two files, exit 1 on any problem
python3 check_tapas.py --selftest break copies on purpose and show each break is reported
"""
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
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
WINE_CATS = {"vin", "champagne"}
TILLS = ("barra", "comandero", "gestion")

# measure kinds: ("bottle", format_cl) / ("pour", cl) / ("draught", cl)
BARRA = {"MEDIA": ("bottle", 37.5), "MAG": ("bottle", 150), "COPA": ("pour", 12.5),
         "CHATO": ("pour", 10), "CATAV": ("pour", 10), "CHUP": ("pour", 4),
         "VASO": ("draught", 12), "CA\\A": ("draught", 20), "JARRA": ("draught", 50),
         "TERC": ("bottle", 33), "QTO": ("bottle", 20), "LATA": ("bottle", 33),
         "20CL": ("bottle", 20), "33CL": ("bottle", 33), "50CL": ("bottle", 50),
         "70CL": ("bottle", 70), "75CL": ("bottle", 75), "1L": ("bottle", 100)}
COM_HEAD = [("Media botella de ", ("bottle", 37.5)), ("Mágnum de ", ("bottle", 150)),
            ("Botellín de ", ("bottle", 20)), ("Botella de ", ("bottle", 75)),
            ("Copa de ", ("pour", 12.5)), ("Chato de ", ("pour", 10)),
            ("Catavino de ", ("pour", 10)), ("Chupito de ", ("pour", 4)),
            ("Vaso de ", ("draught", 12)), ("Caña de ", ("draught", 20)),
            ("Jarra de ", ("draught", 50)), ("Tercio de ", ("bottle", 33)),
            ("Quinto de ", ("bottle", 20)), ("Lata de ", ("bottle", 33))]
COM_SIZE = {"33 cl": 33, "50 cl": 50, "70 cl": 70, "75 cl": 75, "1 l": 100}
GES_FMT = {"75 cl": 75, "37,5 cl": 37.5, "150 cl": 150, "33 cl": 33, "20 cl": 20,
           "50 cl": 50, "70 cl": 70, "100 cl": 100, "barril 20 l": 2000, "barril 30 l": 3000}
GES_OTHER = {"ud.", "servicio", "100 g", "lata 120 g", "50 cl"}


def load(lines, fields, what, errs):
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            errs.append("%s line %d: not JSON (%s)" % (what, i, e))
            continue
        if list(obj) != fields:
            errs.append("%s line %d: fields %s, want %s" % (what, i, list(obj), fields))
        rows.append(obj)
    return rows


def check_library(lib, errs):
    for i, e in enumerate(lib, 1):
        if e.get("id") != "tp%03d" % i:
            errs.append("library: id %r at position %d" % (e.get("id"), i))
        if e.get("colour") not in COLOURS:
            errs.append("library %s: colour %r" % (e.get("id"), e.get("colour")))
        if e.get("category") not in CATEGORIES:
            errs.append("library %s: category %r" % (e.get("id"), e.get("category")))
        if e.get("category") in WINE_CATS and e.get("colour") is None:
            errs.append("library %s: a wine without colour" % e.get("id"))
        if e.get("category") not in WINE_CATS and e.get("colour") is not None:
            errs.append("library %s: colour on a %s" % (e.get("id"), e.get("category")))
        if e.get("vintage") is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            errs.append("library %s: vintage %r" % (e.get("id"), e.get("vintage")))
        if not isinstance(e.get("format_cl"), (int, float)) or e["format_cl"] <= 0:
            errs.append("library %s: format %r" % (e.get("id"), e.get("format_cl")))
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, want 110-130" % len(lib))
    names = {(e.get("name"), e.get("producer"), e.get("appellation"), e.get("colour"),
              e.get("format_cl"), e.get("vintage")) for e in lib}
    if len(names) != len(lib):
        errs.append("library: two entries for the same wine, format and vintage")


def wine_key(e):
    return (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])


def demojibake(s):
    """Undo UTF-8 read as Windows-1252; None when s is not such a reading."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            try:
                out += ch.encode("latin-1")
            except UnicodeEncodeError:
                return None
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        return None


def read_label(c, errs):
    """Till form checks; return (vintage on the label, measure or None)."""
    lab, conn, tag = c["label"], c["connection"], "case %r" % c["label"]
    vint, meas = None, None
    if conn == "barra":
        if len(lab) > 19:
            errs.append(tag + ": barra label longer than 19")
        if not re.fullmatch(r"[A-Z0-9 \\&.'-]+", lab) or lab != lab.strip():
            errs.append(tag + ": barra label not in the register's 7-bit capitals")
        toks = lab.split()
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            vint = 2000 + int(toks[-1])
        if toks and re.fullmatch(r"\d", toks[-1]):
            errs.append(tag + ": a stray digit left by the cut")
        meas = BARRA.get(toks[0]) if toks else None
        if meas is None:
            meas = ("bottle", None)  # a wine's ordinary bottle
    elif conn == "comandero":
        if "\t" in lab or not lab[:1].isupper():
            errs.append(tag + ": comandero line form")
        body = lab.split(" // ")[0]
        years = [int(y) for y in re.findall(r"\b(\d{4})\b", body) if 1950 <= int(y) <= 2030]
        if len(years) > 1:
            errs.append(tag + ": two years")
        vint = years[0] if years else None
        for head, m in COM_HEAD:
            if body.startswith(head):
                meas = m
                if head == "Botella de ":
                    for s, v in COM_SIZE.items():
                        if body.endswith(" " + s):
                            meas = ("bottle", v)
                    if meas == ("bottle", 75):
                        meas = ("bottle", None)
                break
    elif conn == "gestion":
        f = lab.split("\t")
        if len(f) != 3 or not re.fullmatch(r"ART\d{5}", f[0]):
            errs.append(tag + ": gestion line is not REF<TAB>description<TAB>unit")
            return None, None
        plain = demojibake(f[1])
        if plain is None or (plain == f[1] and any(ord(ch) > 127 for ch in f[1])):
            errs.append(tag + ": gestion description is not the mangled UTF-8 export")
            plain = f[1]
        if any(ord(ch) > 127 for ch in f[1]) and plain == f[1]:
            errs.append(tag + ": accents left unmangled")
        years = [int(y) for y in re.findall(r"\b(\d{4})\b", plain) if 1950 <= int(y) <= 2030]
        vint = years[-1] if years else None
        if f[2] in GES_FMT:
            meas = ("bottle", GES_FMT[f[2]])
        elif f[2] not in GES_OTHER:
            errs.append(tag + ": gestion unit %r" % f[2])
    else:
        errs.append(tag + ": connection %r" % conn)
    return vint, meas


def check_cases(lib, cases, errs):
    by_id = {e["id"]: e for e in lib}
    labels = [c.get("label") for c in cases]
    for l in sorted({l for l in labels if labels.count(l) > 1}):
        errs.append("duplicate label %r" % l)
    counts = {}
    for c in cases:
        tag = "case %r" % c.get("label")
        exp = c.get("expect")
        counts[(c.get("connection"), exp)] = counts.get((c.get("connection"), exp), 0) + 1
        if exp not in ("yes", "almost", "none"):
            errs.append(tag + ": expect %r" % exp)
            continue
        vint, meas = read_label(c, errs)
        if c["vintage"] != vint:
            errs.append(tag + ": vintage %r, label says %r" % (c["vintage"], vint))
        u = c["units_per_sale"]
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or u is not None:
                errs.append(tag + ": a none with a drink, also_ok or units")
            continue
        e = by_id.get(c["beverage_id"])
        if e is None:
            errs.append(tag + ": beverage_id %r not in library" % c["beverage_id"])
            continue
        same = sorted((x for x in lib if wine_key(x) == wine_key(e)), key=lambda x: x["vintage"] or 0)
        others = [x["id"] for x in same if x is not e]
        if sorted(c["also_ok"]) != sorted(others):
            if not (exp == "yes" and vint is not None and c["also_ok"] == []):
                errs.append(tag + ": also_ok %r, the wine's other vintages are %r" % (c["also_ok"], others))
        if exp == "yes" and vint is not None and c["also_ok"] != []:
            errs.append(tag + ": a yes with a vintage has also_ok")
        vints = [x["vintage"] for x in same]
        if exp == "yes":
            if vint is not None and e["vintage"] != vint:
                errs.append(tag + ": yes to vintage %r, label says %r" % (e["vintage"], vint))
            if vint is None and e is not same[-1]:
                errs.append(tag + ": no vintage on the label, not the most recent entry")
        else:
            if vint is None or vint in vints or None in vints:
                errs.append(tag + ": almost without a missing vintage")
            else:
                best = min(same, key=lambda x: (abs(x["vintage"] - vint), -x["vintage"]))
                if best is not e:
                    errs.append(tag + ": almost not pointed at the nearest vintage")
        if not isinstance(u, (int, float)) or round(u, 4) != u:
            errs.append(tag + ": units %r not to 4 decimals" % (u,))
            continue
        if meas is None:
            errs.append(tag + ": no measure read on a drink label")
            continue
        kind, v = meas
        fmt = e["format_cl"]
        if kind == "bottle":
            want = v if v is not None else (75 if e["category"] in WINE_CATS | {"autre"} else fmt)
            if fmt != want:
                errs.append(tag + ": label bottle %s cl, entry %s cl" % (want, fmt))
            if u != 1:
                errs.append(tag + ": units %r for a bottle" % u)
        else:
            if kind == "draught" and fmt < 2000:
                errs.append(tag + ": draught measure on a bottle entry")
            if kind == "pour":
                fm = {x["format_cl"] for x in lib if (x["name"], x["producer"]) == (e["name"], e["producer"])}
                if fmt >= 2000 or (75 in fm and fmt != 75) or (75 not in fm and len(fm) != 1):
                    errs.append(tag + ": a pour not from the ordinary bottle")
            if abs(u - round(v / fmt, 4)) > 1e-9:
                errs.append(tag + ": units %r, want %r" % (u, round(v / fmt, 4)))
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("cases: %d, want 280-300" % n)
    tot = {a: sum(v for (t, x), v in counts.items() if x == a) for a in ("yes", "almost", "none")}
    for a, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if n and not lo <= 100.0 * tot[a] / n <= hi:
            errs.append("cases: %s %.1f %%, want %d-%d %%" % (a, 100.0 * tot[a] / n, lo, hi))
    for t in TILLS:
        for a in ("yes", "almost", "none"):
            if not counts.get((t, a)):
                errs.append("till %s has no %s" % (t, a))
    if {t for t, _ in counts} - set(TILLS):
        errs.append("unknown connections %r" % ({t for t, _ in counts} - set(TILLS)))
    return counts


def check(lib_lines, case_lines):
    errs = []
    lib = load(lib_lines, LIB_FIELDS, "library", errs)
    cases = load(case_lines, CASE_FIELDS, "cases", errs)
    check_library(lib, errs)
    counts = check_cases(lib, cases, errs) if not any("fields" in e for e in errs) else {}
    return errs, counts


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().splitlines()


def selftest(lib_lines, case_lines):
    errs, _ = check(lib_lines, case_lines)
    assert not errs, errs
    print("clean files: pass")
    cases = [json.loads(l) for l in case_lines]

    def find(pred):
        for i, c in enumerate(cases):
            if pred(c):
                return i
        raise AssertionError("no case for a break")

    def edit(i, **kw):
        out = list(case_lines)
        c = dict(cases[i])
        c.update(kw)
        out[i] = json.dumps(c, ensure_ascii=False)
        return out

    breaks = []
    breaks.append(("a line that is not JSON", lib_lines, [*case_lines[:5], "{oops", *case_lines[6:]]))
    lf = json.loads(lib_lines[3])
    swapped = dict([("name", lf["name"]), ("id", lf["id"])] + [(k, lf[k]) for k in LIB_FIELDS[2:]])
    breaks.append(("library fields out of order", [*lib_lines[:3], json.dumps(swapped, ensure_ascii=False), *lib_lines[4:]], case_lines))
    breaks.append(("ids out of sequence", lib_lines[:10] + lib_lines[11:12] + lib_lines[10:11] + lib_lines[12:], case_lines))
    bad = json.loads(lib_lines[0])
    bad["colour"] = "jaune"
    breaks.append(("an unknown colour", [json.dumps(bad, ensure_ascii=False), *lib_lines[1:]], case_lines))
    i = find(lambda c: c["expect"] == "almost" and c["also_ok"])
    breaks.append(("an almost pointed at the farther vintage",
                   lib_lines, edit(i, beverage_id=cases[i]["also_ok"][0], also_ok=[cases[i]["beverage_id"]])))
    i = find(lambda c: c["expect"] == "yes" and c["vintage"] and any(
        json.loads(l)["name"] == "Marqués de Cáceres Crianza" for l in lib_lines) and "Crianza" in c["note"] and "Cáceres" in c["note"])
    breaks.append(("a yes with a vintage pointed at another vintage", lib_lines,
                   edit(i, beverage_id="tp022" if cases[i]["beverage_id"] != "tp022" else "tp021")))
    i = find(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
    breaks.append(("also_ok missing a vintage", lib_lines, edit(i, also_ok=[])))
    i = find(lambda c: c["label"].startswith("Copa de") and c["expect"] == "yes")
    breaks.append(("a glass's units", lib_lines, edit(i, units_per_sale=0.2)))
    i = find(lambda c: c["connection"] == "barra" and c["vintage"])
    breaks.append(("a vintage not the label's", lib_lines, edit(i, vintage=cases[i]["vintage"] - 1)))
    i = find(lambda c: c["label"].startswith("MAG ") and c["expect"] == "yes")
    std = find(lambda c: c["expect"] == "yes" and c["connection"] == "barra" and c["label"].startswith("CACERES CZA"))
    breaks.append(("a magnum pointed at the 75 cl entry", lib_lines, edit(i, beverage_id="tp021")))
    breaks.append(("a duplicate label", lib_lines, edit(std, label=cases[std + 1]["label"])))
    i = find(lambda c: c["expect"] == "none")
    breaks.append(("a none with a drink", lib_lines, edit(i, beverage_id="tp001")))
    i = find(lambda c: c["connection"] == "barra" and len(c["label"]) >= 17)
    breaks.append(("a barra label past 19 columns", lib_lines, edit(i, label=cases[i]["label"] + " XYZ")))
    i = find(lambda c: c["connection"] == "gestion" and "Ã" in c["label"])
    breaks.append(("a gestion line with its accents unmangled", lib_lines,
                   edit(i, label=cases[i]["label"].split("\t")[0] + "\t" + demojibake(cases[i]["label"].split("\t")[1]) + "\t" + cases[i]["label"].split("\t")[2])))
    i = find(lambda c: c["label"].startswith("CA\\A ") and c["expect"] == "yes")
    breaks.append(("a caña pointed at a bottle", lib_lines, edit(i, beverage_id="tp099")))
    i = find(lambda c: c["label"].startswith("CHUP ") and c["expect"] == "yes")
    breaks.append(("units with five decimals", lib_lines, edit(i, units_per_sale=0.05714)))
    breaks.append(("too few cases", lib_lines, case_lines[:200]))
    i = find(lambda c: c["connection"] == "comandero" and c["expect"] == "yes" and "Botella de" in c["label"] and c["vintage"])
    breaks.append(("a bottle with units 0.5", lib_lines, edit(i, units_per_sale=0.5)))
    failed = 0
    for what, ll, cl in breaks:
        errs, _ = check(ll, cl)
        print("%-50s %s" % (what, ("reported: " + errs[0][:90]) if errs else "NOT REPORTED"))
        failed += not errs
    print("%d breaks, %d reported" % (len(breaks), len(breaks) - failed))
    return failed == 0


def main():
    lib_lines, case_lines = read("tapas_library.jsonl"), read("tapas_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_lines, case_lines) else 1)
    errs, counts = check(lib_lines, case_lines)
    for e in errs:
        print("ERROR", e)
    print("%d drinks, %d cases" % (len(lib_lines), len(case_lines)))
    for t in TILLS:
        print("%-10s yes %3d  almost %3d  none %3d" % (t, counts.get((t, "yes"), 0),
              counts.get((t, "almost"), 0), counts.get((t, "none"), 0)))
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
