"""Check albi_library.jsonl and albi_cases.jsonl alone (no build modules). --selftest breaks copies."""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FL = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
FC = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CAISSE = {"BTL": ("b", None), "1/2": ("b", 37.5), "MAG": ("b", 150), "25CL": ("b", 25), "33CL": ("b", 33),
          "50CL": ("b", 50), "70CL": ("b", 70), "1L": ("b", 100), "VRE": ("p", 12.5), "CP": ("p", 12.5),
          "VRE12": ("p", 12), "VRE15": ("p", 15), "PICH25": ("p", 25), "PICH50": ("p", 50), "DOSE": ("p", 4),
          "2CL": ("p", 2), "4CL": ("p", 4), "DEMI": ("d", 25), "PINTE": ("d", 50)}
TABLET = {"Bottle": ("b", None), "Half Bottle": ("b", 37.5), "Magnum": ("b", 150), "Bottle 25cl": ("b", 25),
          "Bottle 33cl": ("b", 33), "Bottle 50cl": ("b", 50), "Bottle 70cl": ("b", 70), "Bottle 1L": ("b", 100),
          "Glass": ("p", 12.5), "Flute": ("p", 12.5), "Glass 12cl": ("p", 12), "Glass 15cl": ("p", 15),
          "Carafe 25cl": ("p", 25), "Carafe 50cl": ("p", 50), "Shot": ("p", 4), "Shot 2cl": ("p", 2),
          "Shot 4cl": ("p", 4), "Draught 25cl": ("d", 25), "Draught 50cl": ("d", 50)}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn").lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


def read_measure(c):
    """-> (kind, volume) or None, and the vintage read from the label, or an error string."""
    lab, conn = c["label"], c["connection"]
    if conn == "caisse":
        if len(lab) > 22 or lab != lab.upper() or not lab.isascii():
            return "caisse form"
        toks = lab.split()
        if any(t.isalpha() and len(t) > 5 for t in toks):
            return "caisse word over 5 letters"
        m = CAISSE.get(toks[0])
        v = None
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            y = int(toks[-1])
            v = 2000 + y if y < 40 else 1900 + y
        return m, v
    if conn == "tablette":
        parts = lab.split(" · ")
        if not re.fullmatch(r"€\d+\.\d\d", parts[-1]) or len(parts) not in (2, 3):
            return "tablette form"
        m = TABLET.get(parts[1]) if len(parts) == 3 else None
        if len(parts) == 3 and m is None:
            return "tablette measure"
        ys = re.findall(r"\b(19\d\d|20\d\d)\b", parts[0])
        return m, (int(ys[-1]) if ys else None)
    if conn == "export":
        if not re.match(r"\d{4} ", lab) or lab != lab.lower() or not lab.isascii():
            return "export form"
        mm = re.search(r" (\d+(?:,\d+)?)l$", lab)
        m = ("v", round(float(mm.group(1).replace(",", ".")) * 100, 1)) if mm else None
        ys = re.findall(r"\b(19\d\d|20\d\d)\b", lab[5:])
        return m, (int(ys[-1]) if ys else None)
    return "connection"


def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib, cases = [], []
    for src, lines, fields, out in (("library", lib_lines, FL, lib), ("cases", case_lines, FC, cases)):
        for n, l in enumerate(lines, 1):
            try:
                o = json.loads(l)
            except ValueError:
                E("%s line %d: invalid JSON" % (src, n)); continue
            if list(o) != fields:
                E("%s line %d: fields out of order" % (src, n))
            out.append(o)
    if errs:
        return errs
    if not 110 <= len(lib) <= 130:
        E("library: %d drinks" % len(lib))
    byid, seen = {}, set()
    for n, b in enumerate(lib, 1):
        if b["id"] != "ab%03d" % n:
            E("library: id %s out of sequence" % b["id"])
        byid[b["id"]] = b
        if b["category"] not in CATS:
            E("%s: category" % b["id"])
        wine = b["category"] in ("vin", "champagne")
        if wine != (b["colour"] in COLOURS) or (not wine and b["colour"] is not None):
            E("%s: colour %r on %s" % (b["id"], b["colour"], b["category"]))
        if b["format_cl"] >= 2000 and b["category"] != "bière":
            E("%s: keg on a non-beer" % b["id"])
        k = (b["name"], b["producer"], b["appellation"], b["colour"], b["format_cl"], b["vintage"])
        if k in seen:
            E("%s: duplicate drink" % b["id"])
        seen.add(k)
    def wine_of(b):
        return (b["name"], b["producer"], b["appellation"], b["colour"], b["format_cl"])
    groups = {}
    for b in lib:
        groups.setdefault(wine_of(b), []).append(b)
    forms = {}
    for b in lib:
        forms.setdefault((b["name"], b["producer"], b["appellation"], b["colour"]), set()).add(b["format_cl"])
    if not 280 <= len(cases) <= 300:
        E("cases: %d" % len(cases))
    labels = set()
    cnt = {}
    for c in cases:
        lab = c["label"]
        if lab in labels:
            E("duplicate label %r" % lab)
        labels.add(lab)
        cnt.setdefault(c["connection"], {}).setdefault(c["expect"], 0)
        cnt[c["connection"]][c["expect"]] += 1
        if not c["note"]:
            E("%r: empty note" % lab)
        r = read_measure(c)
        if isinstance(r, str):
            E("%r: %s" % (lab, r)); continue
        m, v = r
        if c["vintage"] != v:
            E("%r: vintage %r, label says %r" % (lab, c["vintage"], v))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                E("%r: none with an answer" % lab)
            continue
        if c["expect"] not in ("yes", "almost"):
            E("%r: expect" % lab); continue
        b = byid.get(c["beverage_id"])
        if b is None:
            E("%r: unknown id" % lab); continue
        g = sorted(groups[wine_of(b)], key=lambda x: (x["vintage"] is not None, x["vintage"]))
        others = sorted(x["id"] for x in g if x["id"] != b["id"])
        if sorted(c["also_ok"]) != (others if (v is None or c["expect"] == "almost") else []):
            E("%r: also_ok %r, expected %r" % (lab, c["also_ok"], others))
        vs = [x["vintage"] for x in g]
        if c["expect"] == "yes":
            if v is not None and b["vintage"] != v:
                E("%r: yes on vintage %r, label %r" % (lab, b["vintage"], v))
            if v is None and b["vintage"] is not None and b["vintage"] != max(x for x in vs if x is not None):
                E("%r: yes without vintage not on the most recent" % lab)
            if v is not None and None in vs:
                E("%r: vintage on a non-vintage drink" % lab)
        else:
            if v is None or v in vs or None in vs:
                E("%r: almost but vintage %r / %r" % (lab, v, vs)); continue
            best = sorted(vs, key=lambda x: (abs(x - v), -x))[0]
            if b["vintage"] != best:
                E("%r: almost on %r, nearest is %r" % (lab, b["vintage"], best))
        # format and units
        f = b["format_cl"]
        wine = b["category"] in ("vin", "champagne")
        fs = forms[(b["name"], b["producer"], b["appellation"], b["colour"])]
        ordinary = 75 if 75 in fs else min([x for x in fs if x not in (37.5, 150)], default=None)
        u = c["units_per_sale"]
        if m is None:
            E("%r: no measure" % lab); continue
        kind, vol = m
        if kind == "v":
            kind = "b" if vol == f else ("d" if f >= 2000 else "p")
        if kind == "b":
            want = vol if vol is not None else (75 if wine else f)
            if f != want:
                E("%r: bottle of %s cl answered with the %s cl entry" % (lab, want, f))
            if u != 1:
                E("%r: bottle units %r" % (lab, u))
        elif kind == "p":
            if f != ordinary or b["category"] in ("bière", "soft"):
                E("%r: pour from the %s cl entry" % (lab, f))
            if u != round(vol / f, 4):
                E("%r: units %r for %s cl of %s" % (lab, u, vol, f))
        else:
            if f < 2000:
                E("%r: draught from a bottle" % lab)
            if u != round(vol / f, 4):
                E("%r: units %r for %s cl of the keg" % (lab, u, vol))
        # fairness: a word, a stem or a glued word shared with the entry
        lw = [w for w in words(lab) if not re.fullmatch(r"\d+|\d+cl|\d+l|\d+,\d+l", w)]
        ew = words(" ".join([b["name"], b["producer"], b["appellation"]]))
        ok = any((len(a) >= 4 and len(e) >= 4 and a[:4] == e[:4]) or (a == e and len(a) >= 3)
                 or (len(e) >= 3 and e in a) or (len(a) >= 3 and e.startswith(a)) for a in lw for e in ew)
        if not ok:
            E("%r: shares no word with %s" % (lab, b["id"]))
    n = len(cases)
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        k = sum(1 for c in cases if c["expect"] == e)
        if not lo <= 100 * k / max(n, 1) <= hi:
            E("%s: %.1f %% outside %d-%d" % (e, 100 * k / max(n, 1), lo, hi))
    if set(cnt) != {"caisse", "tablette", "export"}:
        E("connections %r" % sorted(cnt))
    for conn, d in cnt.items():
        for e in ("yes", "almost", "none"):
            if not d.get(e):
                E("till %s has no %s" % (conn, e))
    return errs


def load():
    def rd(p):
        return open(os.path.join(HERE, p), encoding="utf-8").read().splitlines()
    return rd("albi_library.jsonl"), rd("albi_cases.jsonl")


def selftest():
    L, C = load()
    assert not check(L, C), check(L, C)[:5]
    lib = [json.loads(l) for l in L]
    cs = [json.loads(l) for l in C]
    def dump(rows):
        return [json.dumps(r, ensure_ascii=False) for r in rows]
    def first(pred):
        return next(i for i, c in enumerate(cs) if pred(c))

    def mod_case(pred, fn):
        x = copy.deepcopy(cs); i = first(pred); fn(x[i]); return L, dump(x)

    def mod_lib(fn):
        x = copy.deepcopy(lib); fn(x); return dump(x), C
    byid = {b["id"]: b for b in lib}
    breaks = {
        "invalid JSON": (L, [*C[:5], "{oops", *C[6:]]),
        "fields out of order": (L, [json.dumps(dict(reversed(list(cs[0].items()))), ensure_ascii=False), *C[1:]]),
        "id out of sequence": mod_lib(lambda x: x[3].update(id="ab099")),
        "colour on a beer": mod_lib(lambda x: next(b for b in x if b["category"] == "bière").update(colour="blanc")),
        "glass units": mod_case(lambda c: c["label"].startswith("VRE "), lambda c: c.update(units_per_sale=0.2)),
        "almost on the farther vintage": mod_case(lambda c: c["expect"] == "almost" and c["also_ok"],
                                                  lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]])),
        "none with an id": mod_case(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="ab001")),
        "also_ok dropped": mod_case(lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[])),
        "duplicate label": (L, [*C, C[0]]),
        "half answered with 75 cl": mod_case(lambda c: "Half Bottle" in c["label"] and c["expect"] == "yes",
                                             lambda c: c.update(beverage_id=next(b["id"] for b in lib if b["name"] == byid[c["beverage_id"]]["name"] and b["format_cl"] == 75))),
        "vintage not on label": mod_case(lambda c: c["vintage"] is not None, lambda c: c.update(vintage=c["vintage"] - 1)),
        "caisse over 22": mod_case(lambda c: c["connection"] == "caisse", lambda c: c.update(label=c["label"] + " XXXXXXXXXXXXXXXXXXXX")),
        "tablette without price": mod_case(lambda c: c["connection"] == "tablette", lambda c: c.update(label=c["label"].rsplit(" · ", 1)[0])),
        "export upper case": mod_case(lambda c: c["connection"] == "export", lambda c: c.update(label=c["label"].upper())),
        "draught demi on a bottled beer": mod_case(lambda c: c["label"] == "33CL DUVEL", lambda c: c.update(label="DEMI DUVEL", units_per_sale=0.0758)),
        "label sharing no word": mod_case(lambda c: c["label"] == "33CL DUVEL", lambda c: c.update(label="33CL ZZZZ")),
        "till without almost": (L, [l for l in C if not ('"almost"' in l and '"export"' in l)]),
        "too few cases": (L, C[:200]),
    }
    bad = 0
    for name, (l, c) in breaks.items():
        e = check(l, c)
        print("%-32s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        bad += not e
    print("clean files pass; %d kinds of break, %d not reported" % (len(breaks), bad))
    return bad == 0


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    e = check(*load())
    for x in e:
        print(x)
    print("OK" if not e else "%d problems" % len(e))
    sys.exit(1 if e else 0)
