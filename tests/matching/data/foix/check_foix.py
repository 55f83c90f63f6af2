"""Check foix_library.jsonl and foix_cases.jsonl on their own (no import of the build).
python3 check_foix.py            -> checks the files, exit 1 on any problem
python3 check_foix.py --selftest -> breaks copies on purpose and shows each break is caught"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_F = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
         "vintage", "format_cl"]
CASE_F = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
          "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("tauleta", "dos", "andorra")

# ---- each till's own reading: vintage, bottle size, pour volume (cl) -----------------
TAU_MEAS = [("mitja ampolla", "b", 37.5), ("ampolla 20cl", "b", 20), ("ampolla 25cl", "b", 25),
            ("ampolla 33cl", "b", 33), ("ampolla 50cl", "b", 50), ("ampolla 70cl", "b", 70),
            ("ampolla 1l", "b", 100), ("ampolla", "b", None), ("màgnum", "b", 150),
            ("got 15cl", "p", 15), ("got", "p", 12.5), ("copa", "p", 12.5),
            ("gerra 25cl", "p", 25), ("gerra 50cl", "p", 50), ("xopet 2cl", "p", 2),
            ("xopet", "p", 4), ("demi", "k", 25), ("pinta", "k", 50),
            ("mitjana", "b", 33), ("llauna", "b", 33)]
DOS_COND = {"75cl": ("b", 75), "37,5cl": ("b", 37.5), "150cl": ("b", 150), "20cl": ("b", 20),
            "25cl": ("b", 25), "33cl": ("b", 33), "50cl": ("b", 50), "70cl": ("b", 70),
            "100cl": ("b", 100), "Verre": ("p", 12.5), "Verre 15cl": ("p", 15),
            "Flûte": ("p", 12.5), "Pichet 25cl": ("p", 25), "Pichet 50cl": ("p", 50),
            "Dose 4cl": ("p", 4), "Dose 2cl": ("p", 2), "Demi": ("k", 25), "Pinte": ("k", 50)}
AND_CONT = {"0,2L": 20, "0,25L": 25, "0,33L": 33, "0,375L": 37.5, "0,5L": 50, "0,7L": 70,
            "0,75L": 75, "1L": 100, "1,5L": 150, "20L": 2000, "30L": 3000}
AND_SERV = {"/COPA": 12.5, "/COPA 15CL": 15, "/JARRA 25CL": 25, "/JARRA 50CL": 50,
            "/CHUPITO 4CL": 4, "/CHUPITO 2CL": 2, "/CAÑA 25CL": 25, "/PINTA 50CL": 50,
            "/VASO 6CL": 6}
AND_RE = re.compile(r"(?:^| )(?:((?:19|20)\d\d) )?(\d+(?:,\d+)?L)(?: (/[A-ZÑ]+(?: \d+CL)?))?$")
AND_TYPES = ["VINO TINTO", "VINO BLANCO", "VINO ROSADO", "VINO DULCE", "ESPUMOSO ROSADO",
             "ESPUMOSO", "CAVA ROSADO", "CAVA", "CHAMPAGNE ROSADO", "CHAMPAGNE", "CERVEZA",
             "BARRIL", "REFRESCO", "AGUA", "ZUMO", "APERITIVO", "VERMUT", "ANIS", "WHISKY",
             "RON", "GINEBRA", "VODKA", "COÑAC", "BRANDY", "LICOR", "CREMA DE WHISKY"]
WINE_TYPE = {"rouge": "VINO TINTO", "blanc": "VINO BLANCO", "rosé": "VINO ROSADO",
             "liquoreux": "VINO DULCE"}


def unmoji(s):
    return s.encode("cp1252").decode("cp850")


def read(till, label):
    """(vintage, kind, volume): kind b bottle (volume None = the wine's 75 cl),
    p pour, k draught pour, None when the till's form shows no drink measure."""
    if till == "tauleta":
        m = re.search(r" del (\d\d)$", label)
        v = None if not m else (2000 + int(m.group(1)) if int(m.group(1)) < 50 else 1900 + int(m.group(1)))
        low = label[0].lower() + label[1:]
        for w, k, vol in TAU_MEAS:
            if low.startswith((w + " de ", w + " d'")):
                return v, k, vol
        return v, None, None
    if till == "dos":
        vs = label[32:36]
        v = int(vs) if vs.strip() else None
        k, vol = DOS_COND.get(unmoji(label[37:]), (None, None))
        return v, k, vol
    m = AND_RE.search(label)
    if not m:
        return None, None, None
    v = int(m.group(1)) if m.group(1) else None
    cont = AND_CONT.get(m.group(2))
    if m.group(3):
        return v, ("k" if cont and cont >= 2000 else "p"), AND_SERV.get(m.group(3))
    return v, "b", cont


def form_ok(till, label):
    if till == "tauleta":
        return (label[0].isupper() and not label.isupper() and "\t" not in label
                and not re.search(r" del \d{3,4}$", label))
    if till == "dos":
        if not re.match(r"\d{4} .{26} (\d{4}|    ) \S", label):
            return False
        try:
            txt = unmoji(label)
        except UnicodeError:
            return False
        # the journal is cp850 read as cp1252: no correctly accented letter survives
        return not re.search(r"[éèêàâçôîûÉ]", label) and txt == label.encode("cp1252").decode("cp850")
    return label == label.upper() and not re.search(r"[ÁÉÍÓÚÀÈÇÜ]", label)


def norm(s):
    s = unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode()
    return [w for w in re.split(r"[^a-z0-9]+", s) if len(w) >= 3]


def shares(label, entry):
    lw = norm(label)
    ew = norm(" ".join(x for x in (entry["name"], entry["producer"], entry["appellation"] or "") if x))
    for a in lw:
        for b in ew:
            if a == b or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]):
                return True
    return False


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for n, line in enumerate(lib_lines, 1):
        try:
            d = json.loads(line)
        except ValueError:
            errs.append("library line %d: bad JSON" % n)
            continue
        if list(d) != LIB_F:
            errs.append("library line %d: field order" % n)
        lib.append(d)
    for n, line in enumerate(case_lines, 1):
        try:
            d = json.loads(line)
        except ValueError:
            errs.append("cases line %d: bad JSON" % n)
            continue
        if list(d) != CASE_F:
            errs.append("cases line %d: field order" % n)
        cases.append(d)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks" % len(lib))
    byid = {}
    same = {}
    for n, d in enumerate(lib, 1):
        if d.get("id") != "fx%03d" % n:
            errs.append("library: id %s out of sequence at %d" % (d.get("id"), n))
        byid[d.get("id")] = d
        cat, col = d.get("category"), d.get("colour")
        if cat not in CATS:
            errs.append("%s: category %r" % (d["id"], cat))
        if cat in ("vin", "champagne") and col not in COLOURS:
            errs.append("%s: wine without a colour" % d["id"])
        if cat not in ("vin", "champagne") and col is not None:
            errs.append("%s: colour on a %s" % (d["id"], cat))
        if d.get("format_cl", 0) >= 2000 and cat != "bière":
            errs.append("%s: keg that is not beer" % d["id"])
        v = d.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 < v < 2030):
            errs.append("%s: vintage %r" % (d["id"], v))
        k = (d["name"], d["producer"], d["appellation"], col, d["format_cl"])
        same.setdefault(k, []).append(d)
    for k, ds in same.items():
        vs = [d["vintage"] for d in ds]
        if len(set(vs)) != len(vs):
            errs.append("library: one wine twice with vintage %s: %s" % (vs, k[0]))
    wines = {}  # (name, producer, appellation, colour) -> {format: [entries]}
    for k, ds in same.items():
        wines.setdefault(k[:4], {})[k[4]] = ds

    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d" % len(cases))
    labels = [c.get("label") for c in cases]
    if len(set(labels)) != len(labels):
        errs.append("cases: a label repeats")
    counts = {}
    for c in cases:
        lab, exp, till = c.get("label"), c.get("expect"), c.get("connection")
        tag = "%r" % lab
        if till not in TILLS:
            errs.append("%s: connection %r" % (tag, till))
            continue
        counts[(till, exp)] = counts.get((till, exp), 0) + 1
        if not form_ok(till, lab):
            errs.append("%s: not the %s till's form" % (tag, till))
        try:
            v, kind, vol = read(till, lab)
        except UnicodeError:
            errs.append("%s: undecodable" % tag)
            continue
        if c.get("vintage") != v:
            errs.append("%s: vintage %r, label says %r" % (tag, c.get("vintage"), v))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append("%s: none with an id, also_ok or units" % tag)
            continue
        if exp not in ("yes", "almost"):
            errs.append("%s: expect %r" % (tag, exp))
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append("%s: unknown id %r" % (tag, c["beverage_id"]))
            continue
        if not shares(lab if till != "dos" else unmoji(lab), e):
            errs.append("%s: shares no word with %s" % (tag, e["name"]))
        if kind is None:
            errs.append("%s: no measure read" % tag)
            continue
        wine = e["category"] in ("vin", "champagne")
        fmts = wines[(e["name"], e["producer"], e["appellation"], e["colour"])]
        if kind == "b":
            want = vol if vol is not None else (75 if wine else None)
            if want is not None and e["format_cl"] != want:
                errs.append("%s: bottle of %s cl booked to the %s cl" % (tag, want, e["format_cl"]))
            units = 1
        elif kind == "k":
            if e["format_cl"] < 2000:
                errs.append("%s: draught pour booked to a bottle" % tag)
            units = round(vol / e["format_cl"], 4)
        else:
            if e["format_cl"] >= 2000:
                errs.append("%s: glass booked to a keg" % tag)
            if wine or e["category"] == "autre":
                ordinary = 75 if 75 in fmts else (next(iter(fmts)) if len(fmts) == 1 else None)
                if e["format_cl"] != ordinary:
                    errs.append("%s: pour booked to the %s cl, not the ordinary bottle" % (tag, e["format_cl"]))
            if vol in (2, 4, 6) and e["category"] not in ("spiritueux", "autre"):
                errs.append("%s: dose of a %s" % (tag, e["category"]))
            units = round(vol / e["format_cl"], 4)
        if c["units_per_sale"] != units:
            errs.append("%s: units %r, expected %r" % (tag, c["units_per_sale"], units))
        if till == "andorra" and wine:
            t = WINE_TYPE.get(e["colour"], "")
            if t and not lab.startswith(t) and e["appellation"] not in ("Cava", "Corpinnat") and e["category"] != "champagne":
                errs.append("%s: type word does not fit the colour %s" % (tag, e["colour"]))
            if e["colour"] == "rosé" and "ROSADO" not in lab:
                errs.append("%s: a rosé without ROSADO" % tag)
            if e["colour"] != "rosé" and "ROSADO" in lab:
                errs.append("%s: ROSADO on a %s" % (tag, e["colour"]))
        sibs = fmts[e["format_cl"]]
        ids = {d["id"]: d["vintage"] for d in sibs}
        others = sorted(i for i in ids if i != e["id"])
        vints = [d["vintage"] for d in sibs]
        if exp == "yes":
            if v is not None:
                if e["vintage"] != v or c["also_ok"]:
                    errs.append("%s: yes with vintage must be that entry, empty also_ok" % tag)
            else:
                if None not in vints and e["vintage"] != max(vints):
                    errs.append("%s: yes without vintage is not the most recent" % tag)
                if sorted(c["also_ok"]) != others:
                    errs.append("%s: also_ok should be %s" % (tag, others))
        else:
            if v is None or v in vints or None in vints:
                errs.append("%s: almost without a missing vintage" % tag)
            else:
                best = min(vints, key=lambda x: (abs(x - v), -x))
                if e["vintage"] != best:
                    errs.append("%s: almost should point at %s" % (tag, best))
                if sorted(c["also_ok"]) != others:
                    errs.append("%s: also_ok should be %s" % (tag, others))
    n = len(cases) or 1
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(1 for c in cases if c.get("expect") == exp)
        if not lo <= 100.0 * k / n <= hi:
            errs.append("proportion of %s: %.1f %%" % (exp, 100.0 * k / n))
    for t in TILLS:
        for exp in ("yes", "almost", "none"):
            if not counts.get((t, exp)):
                errs.append("till %s has no %s" % (t, exp))
    return errs, counts


def load():
    with open(os.path.join(HERE, "foix_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "foix_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    errs, _ = check(lib, cases)
    assert not errs, errs[:5]
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]

    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def find(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, fn, on="cases"):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        out = fn(l2, c2)
        if out is not None:
            ll, cc = out
        else:
            ll, cc = dump(l2), dump(c2)
        e, _ = check(ll, cc)
        breaks.append((name, e))

    def setf(pred, field, val):
        def fn(l2, c2):
            c2[find(pred)][field] = val
        return fn

    brk("glass units", setf(lambda c: c["units_per_sale"] == 0.1667, "units_per_sale", 0.16))
    brk("almost on the farther vintage", setf(lambda c: c["label"].endswith("cremant 1531 del 20"), "beverage_id", "fx003"))
    brk("none with an id", setf(lambda c: c["expect"] == "none", "beverage_id", "fx001"))
    brk("tablet label in capitals", setf(lambda c: c["connection"] == "tauleta", "label", "GOT D'HIPOCRAS"))
    brk("journal label with clean accents", setf(lambda c: "Cr‚mant Sieur" in c["label"], "label",
                                                 "3028 Crémant Sieur d'Arques 153 2021 75cl"))
    brk("supplier label in lower case", setf(lambda c: c["connection"] == "andorra" and c["expect"] == "yes",
                                             "label", "cava anna de codorniu 0,75l /copa"))
    brk("half bottle answered with the 75", setf(lambda c: c["label"].startswith("Mitja ampolla de blanqueta"), "beverage_id", "fx001"))
    brk("also_ok dropped", setf(lambda c: c["also_ok"], "also_ok", []))
    brk("draught booked to the bottle", setf(lambda c: c["label"] == "Demi d'Estrella", "beverage_id", "fx111"))
    brk("vintage field wrong", setf(lambda c: c["vintage"] is not None, "vintage", 1999))
    brk("yes with vintage and an also_ok", setf(lambda c: c["expect"] == "yes" and c["vintage"], "also_ok", ["fx002"]))
    brk("glass booked to the magnum", setf(lambda c: c["label"] == "Got de gris de gris", "beverage_id", "fx015"))
    brk("unknown connection", setf(lambda c: True, "connection", "bar"))
    brk("dose of a wine", setf(lambda c: c["label"].startswith("Xopet d'Izarra verda"), "beverage_id", "fx014"))
    brk("rosé under a red type word", setf(lambda c: c["label"].startswith("VINO ROSADO D.O. NAVARRA") and c["expect"] != "none",
                                           "label", "VINO TINTO D.O. NAVARRA CHIVITE LAS FINCAS 2023 0,75L /COPA"))
    brk("yes sharing no word", setf(lambda c: c["label"] == "Got d'hipocràs Fébus", "beverage_id", "fx101"))

    def twice(l2, c2):
        c2[1]["label"] = c2[0]["label"]
    brk("label twice", twice)

    def order(l2, c2):
        c2[0] = dict(reversed(list(c2[0].items())))
    brk("fields out of order", order)

    def idseq(l2, c2):
        l2[5]["id"] = "fx099"
    brk("id out of sequence", idseq)

    def beer_colour(l2, c2):
        next(d for d in l2 if d["category"] == "bière")["colour"] = "blanc"
    brk("colour on a beer", beer_colour)

    def badjson(l2, c2):
        return dump(l2), [*dump(c2)[:-1], "{not json"]
    brk("broken JSON", badjson)

    def dropped(l2, c2):
        return dump(l2), dump([c for c in c2 if c["expect"] != "almost" or c["connection"] != "dos"])
    brk("a till without almost", dropped)

    ok = True
    for name, e in breaks:
        print("%-36s %s" % (name, "caught: " + e[0] if e else "NOT CAUGHT"))
        ok = ok and bool(e)
    print("clean files pass; %d breaks, %s" % (len(breaks), "all caught" if ok else "SOME MISSED"))
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = load()
    errs, counts = check(lib, cases)
    for e in errs:
        print(e)
    print("till      yes almost none")
    for t in TILLS:
        print("%-8s %4d %6d %4d" % (t, counts.get((t, "yes"), 0), counts.get((t, "almost"), 0), counts.get((t, "none"), 0)))
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
