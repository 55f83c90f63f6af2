#!/usr/bin/env python3
"""Check the Lamballe blind set from its two jsonl files alone.

python3 check_lamballe.py            check lamballe_library.jsonl / lamballe_cases.jsonl
python3 check_lamballe.py --selftest break copies on purpose and show each break is caught
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
KEGS = (2000, 3000)
POUR = {"glass": 12.5, "coupe": 12.5, "q25": 25, "p50": 50, "dose": 4, "d2": 2}
DRAUGHT = {"demi": 25, "pinte": 50}
CONNECTIONS = ("bar", "salle", "libre")

# ---------------------------------------------------------------- reading labels
BAR_PREFIX = {"BAL": "glass", "CP": "coupe", "QRT": "q25", "P50": "p50", "DOSE": "dose",
              "2CL": "d2", "DEMI": "demi", "PINT": "pinte", "1/2": "half", "MAG": "mag"}
SALLE_SIZE = {"Bouteille": "btl", "1/2 Bouteille": "half", "Magnum": "mag", "Verre": "glass",
              "Coupe": "coupe", "Quart": "q25", "Pichet 50cl": "p50", "Dose": "dose",
              "Dose 2cl": "d2", "Demi": "demi", "Pinte": "pinte"}
SALLE_FAMILIES = {"VINS ROUGES", "VINS BLANCS", "VINS ROSES", "PICHETS", "BULLES", "CIDRES",
                  "BIERES", "APERITIFS", "ALCOOLS", "SOFTS", "CAFES", "MENUS", "PLATS",
                  "DESSERTS"}
SIZE_RE = re.compile(r"^(\d+(?:,\d+)?)(CL|L|cl)$")
VINTAGE4 = re.compile(r"^(19[5-9]\d|20[0-3]\d)$")


def size_of(w):
    m = SIZE_RE.match(w)
    if not m:
        return None
    v = float(m.group(1).replace(",", "."))
    v = v * 100 if m.group(2) == "L" else v
    return int(v) if v == int(v) else v


def read_label(conn, label):
    """-> dict(meas, size, vintage, words, extra) or raises ValueError on a bad form."""
    if conn == "bar":
        m = re.match(r"^(\d{3}) (.{12}) (.{6})$", label)
        if not m or not re.fullmatch(r" *\d+,\d\d", m.group(3)):
            raise ValueError("bar line is not 'PLU text(12) price'")
        text = m.group(2)
        if text != text.upper() or not all(32 <= ord(c) < 127 for c in text):
            raise ValueError("bar text not ASCII capitals")
        if text.strip() == "" or text[0] == " ":
            raise ValueError("bar text empty or indented")
        toks = text.split()
        meas = "btl"
        if toks[0] in BAR_PREFIX:
            meas = BAR_PREFIX[toks.pop(0)]
        vintage = None
        if toks and re.fullmatch(r"\d\d", toks[-1]):
            vintage = 2000 + int(toks.pop())
        size = None
        if len(toks) > 1 and size_of(toks[-1]) is not None:
            size = size_of(toks.pop())
            meas = "size"
        return {"meas": meas, "size": size, "vintage": vintage, "words": toks, "extra": None}
    if conn == "salle":
        m = re.match(r"^\[([A-Z ]+)\] (.+)$", label)
        if not m or m.group(1) not in SALLE_FAMILIES:
            raise ValueError("salle line has no known [FAMILY]")
        fam, rest = m.groups()
        meas, size = "", None
        if " - " in rest:
            rest, word = rest.rsplit(" - ", 1)
            if word in SALLE_SIZE:
                meas = SALLE_SIZE[word]
            elif size_of(word) is not None:
                meas, size = "size", size_of(word)
            else:
                raise ValueError("salle size button unknown: %r" % word)
        vs = [int(t) for t in rest.split() if VINTAGE4.match(t)]
        return {"meas": meas or "btl", "size": size, "vintage": vs[-1] if vs else None,
                    "words": rest.split(), "extra": fam, "has_meas": bool(meas)}
    if conn == "libre":
        m = re.match(r"^(\d{13}) (\S.*)$", label)
        if not m:
            raise ValueError("libre line is not 'EAN13 designation'")
        code, desig = m.groups()
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(code[:12]))
        if int(code[12]) != (10 - s % 10) % 10:
            raise ValueError("libre EAN-13 check digit wrong")
        if len(desig) > 30 or desig != desig.upper() or not all(32 <= ord(c) < 127 for c in desig):
            raise ValueError("libre designation not ASCII capitals within 30 columns")
        toks = desig.split()
        size = None
        for t in toks:
            if size_of(t) is not None:
                size = size_of(t)
        vs = [int(t) for t in toks if VINTAGE4.match(t)]
        return {"meas": "size" if size is not None else "btl", "size": size,
                    "vintage": vs[-1] if vs else None, "words": toks, "extra": None}
    raise ValueError("unknown connection %r" % conn)


def resolve(category, formats, meas, size):
    fs = sorted(formats)
    if meas == "size":
        return size if size in fs else None
    if meas in DRAUGHT:
        k = [f for f in fs if f in KEGS]
        return k[0] if len(k) == 1 else None
    if meas == "half":
        return 37.5 if 37.5 in fs else None
    if meas == "mag":
        return 150 if 150 in fs else None
    if meas in ("dose", "d2"):
        for f in (70, 100):
            if f in fs:
                return f
        return fs[0] if len(fs) == 1 else None
    if meas in POUR:
        if 75 in fs:
            return 75
        r = [f for f in fs if f not in (37.5, 150) and f not in KEGS]
        return r[0] if len(r) == 1 else None
    if category in ("vin", "champagne"):
        return 75 if 75 in fs else None
    r = [f for f in fs if f not in KEGS]
    return r[0] if len(r) == 1 else None


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).upper()
    return re.findall(r"[A-Z0-9]+", s)


ABBREV = {"BJV": "BEAUJOLAIS", "CDR": "COTES", "BX": "BORDEAUX", "PM": "MAGLOIRE",
          "MCADET": "CADET", "BZH": "BRETAGNE", "KRO": "KRONENBOURG"}
MEASURE_WORDS = {"BAL", "CP", "QRT", "P50", "DOSE", "2CL", "DEMI", "PINT", "MAG", "VP", "BTE",
                 "PET", "RG", "RGE", "BL", "RS", "CH", "DOM", "DE", "DU", "LA", "LE", "LES",
                 "D", "L", "ET", "S", "M", "BIERE", "CIDRE", "VIN", "CHAMP", "CHAMPAGNE"}


def shares_word(words, entry):
    ent = set(fold(" ".join(str(entry[k] or "") for k in ("name", "producer", "appellation"))))
    ent = {e for e in ent if len(e) >= 3 or e.isdigit()}
    for w in fold(" ".join(words)):
        if w in MEASURE_WORDS:
            continue
        if ABBREV.get(w) in ent:
            return True
        for e in ent:
            if w == e or (len(w) >= 4 and (e.startswith(w) or (w.startswith(e[:4]) and len(e) >= 4))) \
                    or (len(e) >= 4 and e in w):
                return True
    return False


def units_for(meas, fmt):
    if meas in POUR:
        return round(POUR[meas] / fmt, 4)
    if meas in DRAUGHT:
        return round(DRAUGHT[meas] / fmt, 4)
    return 1


# ---------------------------------------------------------------- the checks
def check(lib_lines, case_lines):
    errs = []

    def err(msg):
        errs.append(msg)

    lib = []
    for n, line in enumerate(lib_lines, 1):
        try:
            o = json.loads(line)
        except ValueError:
            err("library line %d: invalid JSON" % n)
            continue
        if list(o) != LIB_FIELDS:
            err("library line %d: field order %s" % (n, list(o)))
        lib.append(o)
    if not 110 <= len(lib) <= 130:
        err("library: %d drinks, not 110-130" % len(lib))
    seen_entry = set()
    for i, e in enumerate(lib, 1):
        if e.get("id") != "LMB%03d" % i:
            err("library: id %r out of sequence (expected LMB%03d)" % (e.get("id"), i))
        cat, col = e.get("category"), e.get("colour")
        if cat not in CATEGORIES:
            err("library %s: bad category %r" % (e.get("id"), cat))
        if cat in ("vin", "champagne"):
            if col not in COLOURS:
                err("library %s: wine without a valid colour" % e.get("id"))
        elif col is not None:
            err("library %s: colour %r on a %s" % (e.get("id"), col, cat))
        if e.get("format_cl") in KEGS and cat != "bière":
            err("library %s: keg format on a non-beer" % e.get("id"))
        if not isinstance(e.get("format_cl"), (int, float)) or e.get("format_cl") <= 0:
            err("library %s: bad format" % e.get("id"))
        v = e.get("vintage")
        if v is not None and not (isinstance(v, int) and 1950 <= v <= 2030):
            err("library %s: bad vintage" % e.get("id"))
        k = (e.get("name"), e.get("producer"), e.get("appellation"), col, e.get("format_cl"), v)
        if k in seen_entry:
            err("library %s: duplicate entry" % e.get("id"))
        seen_entry.add(k)
    by_id = {e.get("id"): e for e in lib}

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["category"])

    groups = {}
    for e in lib:
        groups.setdefault(wine(e), {}).setdefault(e["format_cl"], []).append(e)

    cases = []
    for n, line in enumerate(case_lines, 1):
        try:
            o = json.loads(line)
        except ValueError:
            err("cases line %d: invalid JSON" % n)
            continue
        if list(o) != CASE_FIELDS:
            err("cases line %d: field order %s" % (n, list(o)))
        cases.append(o)
    if not 280 <= len(cases) <= 300:
        err("cases: %d, not 280-300" % len(cases))
    labels = set()
    counts = {}
    for c in cases:
        lab, exp, bid, conn = c.get("label"), c.get("expect"), c.get("beverage_id"), c.get("connection")
        tag = "case %r" % lab
        if lab in labels:
            err("%s: duplicate label" % tag)
        labels.add(lab)
        if conn not in CONNECTIONS:
            err("%s: unknown connection %r" % (tag, conn))
            continue
        if exp not in ("yes", "almost", "none"):
            err("%s: bad expect" % tag)
            continue
        counts[(conn, exp)] = counts.get((conn, exp), 0) + 1
        if not c.get("note"):
            err("%s: no note" % tag)
        try:
            r = read_label(conn, lab)
        except ValueError as x:
            err("%s: %s" % (tag, x))
            continue
        if r["vintage"] != c.get("vintage"):
            err("%s: vintage field %r, label reads %r" % (tag, c.get("vintage"), r["vintage"]))
        also = c.get("also_ok")
        if not isinstance(also, list):
            err("%s: also_ok not a list" % tag)
            continue
        if exp == "none":
            if bid is not None or also or c.get("units_per_sale") is not None:
                err("%s: none with an id, also_ok or units" % tag)
            continue
        e = by_id.get(bid)
        if e is None:
            err("%s: unknown beverage_id %r" % (tag, bid))
            continue
        g = groups[wine(e)]
        fmt = resolve(e["category"], list(g), r["meas"], r["size"])
        if fmt is None or fmt != e["format_cl"]:
            err("%s: label means format %r, entry %s is %s cl" % (tag, fmt, bid, e["format_cl"]))
            continue
        if conn == "salle":
            col = {"rouge": "VINS ROUGES", "blanc": "VINS BLANCS", "rosé": "VINS ROSES"}
            if r["extra"] in col.values() and col.get(e["colour"]) != r["extra"]:
                err("%s: family %s against the entry's colour %s" % (tag, r["extra"], e["colour"]))
        u = c.get("units_per_sale")
        want = units_for(r["meas"], fmt)
        if u != want:
            err("%s: units %r, the printed measure gives %r" % (tag, u, want))
        if isinstance(u, float) and round(u, 4) != u:
            err("%s: units not to 4 decimals" % tag)
        same = sorted(g[fmt], key=lambda x: (x["vintage"] or 0))
        others = sorted(x["id"] for x in same if x["id"] != bid)
        vints = [x["vintage"] for x in same]
        lv = r["vintage"]
        if exp == "yes":
            if lv is not None:
                if e["vintage"] != lv:
                    err("%s: yes with label vintage %s on entry %s of %s" % (tag, lv, bid, e["vintage"]))
                if also:
                    err("%s: yes with a vintage has also_ok" % tag)
            else:
                if vints != [None] and e["vintage"] != max(vints):
                    err("%s: yes without vintage is not the most recent" % tag)
                if sorted(also) != others:
                    err("%s: also_ok %s, expected the other vintages %s" % (tag, also, others))
        else:
            if lv is None or lv in vints or None in vints:
                err("%s: almost needs a label vintage the wine lacks" % tag)
            else:
                best = min(same, key=lambda x: (abs(x["vintage"] - lv), -x["vintage"]))
                if best["id"] != bid:
                    err("%s: almost on %s, nearest is %s" % (tag, bid, best["id"]))
                if sorted(also) != others:
                    err("%s: also_ok %s, expected %s" % (tag, also, others))
        for a in also:
            if a not in by_id or wine(by_id[a]) != wine(e) or by_id[a]["format_cl"] != e["format_cl"]:
                err("%s: also_ok %s is not the same wine and format" % (tag, a))
        if not shares_word(r["words"], e):
            err("%s: shares no word, stem or abbreviation with %s" % (tag, bid))
    total = len(cases)
    if total:
        for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            n = sum(v for (cn, x), v in counts.items() if x == exp)
            if not lo <= 100.0 * n / total <= hi:
                err("proportion of %s: %.1f %% not in %d-%d %%" % (exp, 100.0 * n / total, lo, hi))
        for conn in CONNECTIONS:
            for exp in ("yes", "almost", "none"):
                if not counts.get((conn, exp)):
                    err("till %s has no %s case" % (conn, exp))
    return errs, counts


def load():
    with open(os.path.join(HERE, "lamballe_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "lamballe_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


# ---------------------------------------------------------------- self-test
def first(cases, pred):
    for i, line in enumerate(cases):
        c = json.loads(line)
        if pred(c):
            return i, c
    raise LookupError("no case for the break")


def put(cases, i, c):
    cases[i] = json.dumps(c, ensure_ascii=False)


def breaks():
    """(name, expected substring, function(lib, cases) mutating copies)."""
    def invalid_json(lib, cases):
        cases[3] = cases[3][:-2]

    def field_order(lib, cases):
        c = json.loads(cases[5])
        cases[5] = json.dumps({k: c[k] for k in reversed(CASE_FIELDS)}, ensure_ascii=False)

    def id_gap(lib, cases):
        e = json.loads(lib[9]); e["id"] = "LMB099"; lib[9] = json.dumps(e, ensure_ascii=False)

    def colour_on_beer(lib, cases):
        for i, line in enumerate(lib):
            e = json.loads(line)
            if e["category"] == "bière":
                e["colour"] = "blanc"; lib[i] = json.dumps(e, ensure_ascii=False); return

    def also_dropped(lib, cases):
        i, c = first(cases, lambda c: c["expect"] == "yes" and c["also_ok"])
        c["also_ok"] = []; put(cases, i, c)

    def almost_farther(lib, cases):
        i, c = first(cases, lambda c: c["expect"] == "almost" and c["also_ok"])
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], sorted([*c["also_ok"][1:], c["beverage_id"]])
        put(cases, i, c)

    def glass_units(lib, cases):
        i, c = first(cases, lambda c: c["units_per_sale"] == 0.1667)
        c["units_per_sale"] = 0.16; put(cases, i, c)

    def bar_lower(lib, cases):
        i, c = first(cases, lambda c: c["connection"] == "bar")
        c["label"] = c["label"][:4] + c["label"][4:16].lower() + c["label"][16:]; put(cases, i, c)

    def bar_wide(lib, cases):
        i, c = first(cases, lambda c: c["connection"] == "bar")
        c["label"] = c["label"][:16] + "X" + c["label"][16:]; put(cases, i, c)

    def salle_family(lib, cases):
        i, c = first(cases, lambda c: c["connection"] == "salle")
        c["label"] = "[BOISSONS]" + c["label"].split("]", 1)[1]; put(cases, i, c)

    def salle_colour(lib, cases):
        i, c = first(cases, lambda c: c["connection"] == "salle" and c["label"].startswith("[VINS ROUGES]")
                     and c["expect"] != "none")
        c["label"] = c["label"].replace("[VINS ROUGES]", "[VINS ROSES]"); put(cases, i, c)

    def libre_ean(lib, cases):
        i, c = first(cases, lambda c: c["connection"] == "libre")
        d = str((int(c["label"][12]) + 1) % 10)
        c["label"] = c["label"][:12] + d + c["label"][13:]; put(cases, i, c)

    def none_with_id(lib, cases):
        i, c = first(cases, lambda c: c["expect"] == "none")
        c["beverage_id"] = "LMB001"; put(cases, i, c)

    def duplicate(lib, cases):
        cases[10] = cases[11]

    def vintage_field(lib, cases):
        i, c = first(cases, lambda c: c["vintage"] is not None and c["expect"] == "yes")
        c["vintage"] = c["vintage"] - 1; put(cases, i, c)

    def half_as_bottle(lib, cases):
        i, c = first(cases, lambda c: c["connection"] == "bar" and " 1/2 " in c["label"][:8]
                     and c["expect"] == "yes")
        c["label"] = c["label"][:4] + (c["label"][8:16] + "    ") + c["label"][16:]; put(cases, i, c)

    def draught_on_bottle(lib, cases):
        i, c = first(cases, lambda c: c["connection"] == "bar" and c["label"][4:16].startswith("DEMI ")
                     and c["expect"] == "yes")
        lab = c["label"][4:16].replace("DEMI ", "").ljust(12)
        c["label"] = c["label"][:4] + lab + c["label"][16:]; put(cases, i, c)

    def counts_off(lib, cases):
        keep = [l for l in cases if json.loads(l)["expect"] != "none"]
        cases[:] = keep

    def no_almost(lib, cases):
        cases[:] = [l for l in cases if not (json.loads(l)["connection"] == "libre"
                                             and json.loads(l)["expect"] == "almost")]

    def no_shared_word(lib, cases):
        i, c = first(cases, lambda c: c["connection"] == "salle" and c["expect"] == "yes"
                     and "Feuillatte - 1/2" in c["label"])
        c["label"] = c["label"].replace("Feuillatte", "Bollinger"); put(cases, i, c)

    def unknown_connection(lib, cases):
        i, c = first(cases, lambda c: True)
        c["connection"] = "caisse"; put(cases, i, c)

    return [
        ("invalid JSON", "invalid JSON", invalid_json),
        ("field order", "field order", field_order),
        ("library id gap", "out of sequence", id_gap),
        ("colour on a beer", "colour", colour_on_beer),
        ("also_ok dropped", "also_ok", also_dropped),
        ("almost on the farther vintage", "nearest", almost_farther),
        ("glass units", "units", glass_units),
        ("bar text in lower case", "ASCII capitals", bar_lower),
        ("bar text over 12 columns", "bar line", bar_wide),
        ("salle unknown family", "FAMILY", salle_family),
        ("salle family against colour", "family", salle_colour),
        ("libre EAN check digit", "check digit", libre_ean),
        ("none with an id", "none with", none_with_id),
        ("duplicate label", "duplicate label", duplicate),
        ("vintage field not on label", "vintage field", vintage_field),
        ("half bottle answered as a bottle", "format", half_as_bottle),
        ("draught demi turned into a bottle", "format", draught_on_bottle),
        ("proportions off", "proportion", counts_off),
        ("till without almost", "has no almost", no_almost),
        ("label sharing no word", "shares no word", no_shared_word),
        ("unknown connection", "unknown connection", unknown_connection),
    ]


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    ok = not errs
    print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
    for name, want, fn in breaks():
        l2, c2 = list(lib), list(cases)
        fn(l2, c2)
        e2, _ = check(l2, c2)
        hit = [x for x in e2 if want.lower() in x.lower()]
        print("%-36s %s  %s" % (name, "caught" if hit else "MISSED", (hit or e2 or [""])[0][:90]))
        ok = ok and bool(hit)
    print("selftest: %s" % ("OK" if ok else "FAILED"))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, counts = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    total = sum(counts.values())
    for conn in CONNECTIONS:
        print("%-6s yes %3d  almost %3d  none %3d" % (conn, *(counts.get((conn, x), 0) for x in ("yes", "almost", "none"))))
    for x in ("yes", "almost", "none"):
        n = sum(v for (cn, y), v in counts.items() if y == x)
        print("%-6s %d (%.1f %%)" % (x, n, 100.0 * n / total if total else 0))
    print("%d drinks, %d cases: %s" % (len(lib), total, "OK" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
