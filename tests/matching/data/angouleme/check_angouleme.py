"""Check the Angoulême set from its two jsonl files alone (no import of the build).

    python3 tests/matching/data/angouleme/check_angouleme.py [--selftest]
"""
import copy
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
POUR = {"gl": 12.5, "g12": 12, "g14": 14, "cp": 12.5, "p25": 25, "p50": 50,
        "d2": 2, "d4": 4, "dose": 4, "demi": 25, "pinte": 50}
SIZE = {"half": 37.5, "mag": 150, "f25": 25, "f33": 33, "f35": 35, "f50": 50, "f70": 70,
        "f75": 75, "f100": 100}

# each till's words for its measures (as printed)
CAISSE = {"VRE": "gl", "VRE12": "g12", "VRE14": "g14", "CP": "cp", "PCH25": "p25",
          "PCH50": "p50", "2CL": "d2", "4CL": "d4", "DOSE": "dose", "DEMI": "demi",
          "PINTE": "pinte", "1/2": "half", "MAG": "mag", "25CL": "f25", "33CL": "f33",
          "35CL": "f35", "50CL": "f50", "70CL": "f70", "75CL": "f75", "1L": "f100", "BTL": "bt"}
FEST = {"btl": "bt", "1/2 btl": "half", "magnum": "mag", "25cl": "f25", "33cl": "f33",
        "35cl": "f35", "50cl": "f50", "70cl": "f70", "75cl": "f75", "1L": "f100",
        "verre": "gl", "verre 12cl": "g12", "verre 14cl": "g14", "coupe": "cp",
        "pichet 25cl": "p25", "pichet 50cl": "p50", "2cl": "d2", "4cl": "d4", "dose": "dose",
        "demi": "demi", "pinte": "pinte"}
RESA = {"Bouteille": "bt", "Demi-bouteille": "half", "Magnum": "mag", "25 cl": "f25",
        "33 cl": "f33", "35 cl": "f35", "50 cl": "f50", "70 cl": "f70", "75 cl": "f75",
        "1 l": "f100", "Verre": "gl", "Verre 12 cl": "g12", "Verre 14 cl": "g14",
        "Coupe": "cp", "Pichet 25 cl": "p25", "Pichet 50 cl": "p50", "Dose 2 cl": "d2",
        "Dose 4 cl": "d4", "Dose": "dose", "Demi": "demi", "Pinte": "pinte"}
RESA_CATS = {"ROUGES", "BLANCS", "ROSES", "LIQUOREUX", "BULLES", "CHAMPAGNES", "PINEAUX",
             "COGNACS", "SPIRITUEUX", "APERITIFS", "BIERES", "PRESSION", "SOFTS", "CUISINE",
             "CAFETERIE", "DIVERS"}
EMOJIS = ["🍷", "🍾", "🥃", "🍸", "🍺", "🥤", "🌭", "☕", "🎟️"]
CAISSE_RE = re.compile(r"^(\d{4}) (.{20}) ([ \d]\d) ([ \d]{4}\d\.\d\d)$")
FEST_RE = re.compile(r"^(🍷|🍾|🥃|🍸|🍺|🥤|🌭|☕|🎟️) (.+?)( · ([a-zA-Z0-9/ ]+?))?( ⭐| ✨| 🎉| !!| 👍)?$")
RESA_RE = re.compile(r'^([A-Z]+),"([^"]{1,30})",((?:19|20)\d\d)?,(.*)$')


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def read_label(till, label):
    """(measure, vintage, name_text) as each till prints them; raises ValueError."""
    if till == "caisse":
        m = CAISSE_RE.match(label)
        if not m:
            raise ValueError("caisse row form")
        name = m.group(2).rstrip()
        if not re.fullmatch(r"[A-Z0-9 /]+", name):
            raise ValueError("caisse name not ASCII capitals")
        toks = name.split(" ")
        measure = CAISSE.get(toks[0])
        vintage = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            vintage = 2000 + yy if yy <= 30 else 1900 + yy
        return measure, vintage, name
    if till == "festival":
        m = FEST_RE.match(label)
        if not m:
            raise ValueError("festival line form")
        w = m.group(4)
        if w and w not in FEST:
            raise ValueError("festival measure")
        yrs = re.findall(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", m.group(2))
        return (FEST[w] if w else None), (int(yrs[-1]) if yrs else None), m.group(2)
    if till == "resa":
        m = RESA_RE.match(label)
        if not m or m.group(1) not in RESA_CATS:
            raise ValueError("resa row form")
        w = m.group(4)
        if w and w not in RESA:
            raise ValueError("resa size")
        return (RESA[w] if w else None), (int(m.group(3)) if m.group(3) else None), m.group(2)
    raise ValueError("unknown connection")


def resa_cat_ok(cat, e, measure):
    c, k, app = e["colour"], e["category"], e["appellation"] or ""
    if k == "champagne":
        return cat == "CHAMPAGNES"
    if k == "vin":
        if app.startswith("Pineau"):
            return cat == "PINEAUX"
        return cat == {"rouge": "ROUGES", "blanc": "BLANCS", "rosé": "ROSES",
                       "liquoreux": "LIQUOREUX", "effervescent": "BULLES"}[c]
    if k == "spiritueux":
        return cat == ("COGNACS" if app.startswith("Cognac") else "SPIRITUEUX")
    if k == "autre":
        return cat == "APERITIFS"
    if k == "bière":
        return cat == ("PRESSION" if measure in ("demi", "pinte") else "BIERES")
    return cat == "SOFTS"


def shares_word(text, e):
    words = set(re.findall(r"[a-z0-9]+", fold(" ".join(str(e[f] or "") for f in ("name", "producer", "appellation")))))
    glued = "".join(sorted(words))
    for t in re.findall(r"[a-z0-9]+", fold(text)):
        if len(t) < 2 or t in ("cl", "vre", "btl", "gl"):
            continue
        if t in words and (len(t) >= 3 or t.isdigit() or t in ("xo", "vs")):
            return True
        if len(t) >= 4 and any(w.startswith(t[:4]) for w in words if len(w) >= 4):
            return True
        if len(t) >= 5 and t in glued.replace(" ", ""):
            return True
    return False


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
            err.append("library line %d: field order" % i)
        if e.get("id") != "ao%03d" % i:
            err.append("library line %d: id out of sequence" % i)
        if e.get("category") not in CATEGORIES:
            err.append("%s: bad category" % e.get("id"))
        wine = e.get("category") in ("vin", "champagne")
        if (wine and e.get("colour") not in COLOURS) or (not wine and e.get("colour") is not None):
            err.append("%s: bad colour" % e.get("id"))
        if e.get("format_cl", 0) >= 2000 and e.get("category") != "bière":
            err.append("%s: keg on a non-beer" % e.get("id"))
        lib.append(e)
    if not 110 <= len(lib) <= 130:
        err.append("library size %d" % len(lib))
    ids = {e["id"]: e for e in lib if "id" in e}

    def wine_key(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])
    seen = set()
    for e in lib:
        k = (*wine_key(e), e["format_cl"], e["vintage"])
        if k in seen:
            err.append("%s: duplicate wine/format/vintage" % e["id"])
        seen.add(k)

    def group(e):
        return [x for x in lib if wine_key(x) == wine_key(e) and x["format_cl"] == e["format_cl"]]

    cases, labels = [], set()
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            err.append("case line %d: invalid JSON" % i)
            continue
        cases.append(c)
        where = "case %d %r" % (i, c.get("label"))
        if list(c) != CASE_FIELDS:
            err.append(where + ": field order")
            continue
        if c["label"] in labels:
            err.append(where + ": duplicate label")
        labels.add(c["label"])
        if not c["note"]:
            err.append(where + ": empty note")
        try:
            measure, vintage, text = read_label(c["connection"], c["label"])
        except ValueError as x:
            err.append(where + ": " + str(x))
            continue
        if vintage != c["vintage"]:
            err.append(where + ": vintage field is not the label's")
        if "cut off by the till" in c["note"] and not (c["connection"] == "caisse" and len(text) >= 19):
            err.append(where + ": cut-off note on an uncut label")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err.append(where + ": none with an id, also_ok or units")
            continue
        if c["expect"] not in ("yes", "almost"):
            err.append(where + ": bad expect")
            continue
        e = ids.get(c["beverage_id"])
        if e is None:
            err.append(where + ": unknown beverage_id")
            continue
        if c["connection"] == "caisse" and measure is None:
            measure = "bt"
            if e["category"] not in ("vin", "champagne"):
                err.append(where + ": caisse bottle without BTL on a non-wine")
        if measure is None:
            err.append(where + ": yes/almost without a measure")
            continue
        if c["connection"] == "resa" and not resa_cat_ok(re.match(r"^([A-Z]+),", c["label"]).group(1), e, measure):
            err.append(where + ": resa category against the entry")
        fmts = sorted({x["format_cl"] for x in lib if wine_key(x) == wine_key(e)})
        f = e["format_cl"]
        if measure == "bt":
            ok = f == 75 if e["category"] in ("vin", "champagne") else f < 2000
            units = 1
        elif measure in SIZE:
            ok, units = f == SIZE[measure], 1
        elif measure in ("demi", "pinte"):
            ok, units = f >= 2000, POUR[measure] / f
        else:
            bottles = [x for x in fmts if x < 2000]
            if 75 in fmts:
                ordinary = 75
            elif 70 in fmts and e["category"] in ("spiritueux", "autre"):
                ordinary = 70
            else:
                ordinary = bottles[0] if len(bottles) == 1 else None
            ok, units = f == ordinary, POUR[measure] / f
            if measure in ("d2", "d4", "dose") and e["category"] not in ("spiritueux", "autre"):
                ok = False
        if not ok:
            err.append(where + ": entry format %s against the measure %s" % (f, measure))
        if c["units_per_sale"] != round(units, 4):
            err.append(where + ": units %s, expected %s" % (c["units_per_sale"], round(units, 4)))
        g = group(e)
        others = sorted(x["id"] for x in g if x is not e)
        vs = [x["vintage"] for x in g]
        if c["expect"] == "yes":
            if vintage is not None:
                if e["vintage"] != vintage or c["also_ok"]:
                    err.append(where + ": yes with the label's vintage must be that entry, no also_ok")
            else:
                if e["vintage"] != max(vs, key=lambda v: v or 0):
                    err.append(where + ": yes without vintage must be the most recent")
                if sorted(c["also_ok"]) != others:
                    err.append(where + ": also_ok must list the other vintages")
        else:
            if vintage is None or vintage in vs or None in vs:
                err.append(where + ": almost needs a label vintage the wine lacks")
            else:
                best = min(g, key=lambda x: (abs(x["vintage"] - vintage), -x["vintage"]))
                if best is not e:
                    err.append(where + ": almost must be the nearest vintage (tie: more recent)")
                if sorted(c["also_ok"]) != others:
                    err.append(where + ": also_ok must list the other vintages")
        if not shares_word(text, e):
            err.append(where + ": label shares no word with its entry")
    n = len(cases)
    if not 280 <= n <= 300:
        err.append("case count %d" % n)
    if n:
        share = {a: sum(c.get("expect") == a for c in cases) / n for a in ("yes", "almost", "none")}
        for a, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[a] <= hi:
                err.append("share of %s %.3f out of [%s, %s]" % (a, share[a], lo, hi))
    for till in ("caisse", "festival", "resa"):
        for a in ("yes", "almost", "none"):
            if not any(c.get("connection") == till and c.get("expect") == a for c in cases):
                err.append("till %s has no %s" % (till, a))
    return err


def load():
    with open(os.path.join(HERE, "angouleme_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "angouleme_cases.jsonl"), encoding="utf-8") as f:
        cs = f.read().splitlines()
    return lib, cs


def selftest(lib, cs):
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cs]
    dump = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, expect_word, fn):
        l2, c2 = copy.deepcopy(L), copy.deepcopy(C)
        lib_lines, case_lines = fn(l2, c2)
        breaks.append((name, expect_word, lib_lines if lib_lines is not None else dump(l2),
                       case_lines if case_lines is not None else dump(c2)))

    def almost_far(l2, c2):
        i = first(lambda c: c["expect"] == "almost" and len(c["also_ok"]) >= 1)
        c2[i]["beverage_id"], c2[i]["also_ok"][0] = c2[i]["also_ok"][0], c2[i]["beverage_id"]
        return None, None
    brk("almost on the farther vintage", "nearest", almost_far)

    def glass_units(l2, c2):
        i = first(lambda c: c["units_per_sale"] == 0.1667)
        c2[i]["units_per_sale"] = 0.16
        return None, None
    brk("a glass's units", "units", glass_units)

    def field_order(l2, c2):
        c2[0] = dict(reversed(list(c2[0].items())))
        return None, None
    brk("fields out of order", "field order", field_order)

    def bad_json(l2, c2):
        d = dump(c2)
        d[3] = d[3][:-1]
        return None, d
    brk("invalid JSON", "invalid JSON", bad_json)

    def lib_seq(l2, c2):
        l2[5]["id"] = "ao099"
        return None, None
    brk("library id out of sequence", "out of sequence", lib_seq)

    def beer_colour(l2, c2):
        next(e for e in l2 if e["category"] == "bière")["colour"] = "blanc"
        return None, None
    brk("colour on a beer", "bad colour", beer_colour)

    def none_id(l2, c2):
        c2[first(lambda c: c["expect"] == "none")]["beverage_id"] = "ao001"
        return None, None
    brk("none with an id", "none with", none_id)

    def drop_also(l2, c2):
        c2[first(lambda c: c["expect"] == "yes" and c["also_ok"])]["also_ok"] = []
        return None, None
    brk("also_ok dropped", "also_ok", drop_also)

    def dup_label(l2, c2):
        c2[10]["label"] = c2[9]["label"]
        return None, None
    brk("duplicate label", "duplicate label", dup_label)

    def half_to_75(l2, c2):
        i = first(lambda c: c["connection"] == "caisse" and " 1/2 " in c["label"] and c["expect"] == "yes")
        e = next(x for x in l2 if x["id"] == c2[i]["beverage_id"])
        other = next(x for x in l2 if x["name"] == e["name"] and x["producer"] == e["producer"] and x["format_cl"] == 75)
        c2[i]["beverage_id"] = other["id"]
        return None, None
    brk("half bottle answered with the 75 cl entry", "entry format", half_to_75)

    def demi_bottle(l2, c2):
        i = first(lambda c: "demi" in c["label"].lower() and c["expect"] == "yes" and "Guinness" in c["label"])
        c2[i]["beverage_id"] = "ao102"  # Duvel bottle: not a keg
        return None, None
    brk("draught demi on a bottled beer", "entry format", demi_bottle)

    def vintage_field(l2, c2):
        c2[first(lambda c: c["vintage"])]["vintage"] += 1
        return None, None
    brk("vintage field not on the label", "vintage field", vintage_field)

    def caisse_lower(l2, c2):
        i = first(lambda c: c["connection"] == "caisse")
        c2[i]["label"] = c2[i]["label"][:5] + c2[i]["label"][5:25].lower() + c2[i]["label"][25:]
        return None, None
    brk("lower-case caisse row", "ASCII capitals", caisse_lower)

    def caisse_wide(l2, c2):
        i = first(lambda c: c["connection"] == "caisse")
        c2[i]["label"] = c2[i]["label"][:25] + "X" + c2[i]["label"][25:]
        return None, None
    brk("caisse name wider than 20", "caisse row form", caisse_wide)

    def fest_emoji(l2, c2):
        i = first(lambda c: c["connection"] == "festival")
        c2[i]["label"] = "🍕" + c2[i]["label"][1:]
        return None, None
    brk("festival line with an unknown symbol", "festival line form", fest_emoji)

    def resa_cat(l2, c2):
        i = first(lambda c: c["connection"] == "resa" and c["label"].startswith("ROUGES") and c["expect"] == "yes")
        c2[i]["label"] = "BLANCS" + c2[i]["label"][6:]
        return None, None
    brk("resa category against the colour", "resa category", resa_cat)

    def no_word(l2, c2):
        i = first(lambda c: c["connection"] == "resa" and c["expect"] == "yes")
        c2[i]["beverage_id"] = next(x["id"] for x in l2 if x["name"] == "Duvel")
        return None, None
    brk("label sharing no word with its entry", "shares no word", no_word)

    def few_cases(l2, c2):
        return None, dump(c2[:200])
    brk("too few cases", "case count", few_cases)

    def till_no_almost(l2, c2):
        for c in c2:
            if c["connection"] == "resa" and c["expect"] == "almost":
                c["connection"] = "festival"
        return None, None
    brk("a till without almost", "has no almost", till_no_almost)

    def unknown_conn(l2, c2):
        c2[0]["connection"] = "bar"
        return None, None
    brk("unknown connection", "unknown connection", unknown_conn)

    bad = 0
    for name, word, l3, c3 in breaks:
        errs = validate(l3, c3)
        hit = [e for e in errs if word in e]
        print("%-45s %s (%d errors; e.g. %s)" % (name, "REPORTED" if hit else "MISSED",
                                                len(errs), (hit or errs or ["-"])[0][:90]))
        bad += not hit
    clean = validate(lib, cs)
    print("clean files: %s" % ("pass" if not clean else "FAIL %s" % clean[:3]))
    print("%d kinds of break, %d missed" % (len(breaks), bad))
    return 1 if bad or clean else 0


def main():
    lib, cs = load()
    if "--selftest" in sys.argv:
        sys.exit(selftest(lib, cs))
    errs = validate(lib, cs)
    for e in errs:
        print(e)
    C = [json.loads(x) for x in cs]
    print("library %d, cases %d" % (len(lib), len(C)))
    for till in ("caisse", "festival", "resa"):
        n = [sum(c["connection"] == till and c["expect"] == a for c in C) for a in ("yes", "almost", "none")]
        print("%-9s yes %3d almost %3d none %3d" % ((till, *tuple(n))))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
