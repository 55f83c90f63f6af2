#!/usr/bin/env python3
"""Check the Beaune blind set from its two jsonl files alone (no build module imported).

    python3 check_beaune.py             check beaune_library.jsonl and beaune_cases.jsonl
    python3 check_beaune.py --selftest  break copies on purpose and show each break reported
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
TILLS = ("COMPTOIR", "SALLE", "CAVE")
# measure as printed -> (kind, cl); kind bottle with cl None = a wine's 75 cl / another
# drink's only format
COMPTOIR_M = {"BT": ("bottle", None), "DB": ("bottle", 37.5), "MG": ("bottle", 150),
              "25": ("bottle", 25), "33": ("bottle", 33), "50": ("bottle", 50),
              "70": ("bottle", 70), "1L": ("bottle", 100), "VR": ("pour", 12.5),
              "CP": ("pour", 12.5), "GV": ("pour", 15), "CA": ("pour", 50), "DS": ("pour", 4),
              "DM": ("draught", 25), "PT": ("draught", 50), "--": (None, None)}
SALLE_M = {"bouteille": ("bottle", None), "demi-bouteille": ("bottle", 37.5),
           "magnum": ("bottle", 150), "verre": ("pour", 12.5), "coupe": ("pour", 12.5),
           "verre 15 cl": ("pour", 15), "carafe 50 cl": ("pour", 50), "dose 4 cl": ("pour", 4),
           "demi pression": ("draught", 25), "pinte pression": ("draught", 50),
           "25 cl": ("bottle", 25), "33 cl": ("bottle", 33), "50 cl": ("bottle", 50),
           "70 cl": ("bottle", 70), "1 l": ("bottle", 100)}
ABBREV = {"bne": "beaune", "vge": "village", "rge": "rouge", "blc": "blanc", "bgne": "bourgogne",
          "hcn": "nuits", "hcb": "beaune", "hc": "hautes", "nsg": "nuits", "drh": "drouhin",
          "vx": "vieux", "bdn": "noirs", "gc": "grand", "hosp": "hospices", "cr": "creme",
          "blde": "blonde", "dom": "domaine", "o": "olivier"}
FAMILY = {"ROU": {"rouge"}, "BLA": {"blanc"}, "EFF": {"effervescent", "rosé"},
          "SPI": {"spiritueux"}, "APE": {"autre"}, "BIE": {"bière"}, "SOF": {"soft"}, "DIV": set()}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", fold(s)) if w]


def parse(till, label):
    """-> (measure (kind, cl), vintage, item text) or raises ValueError on a bad form."""
    if till == "COMPTOIR":
        m = re.fullmatch(r"(\S\S) ([A-Z0-9 .&/]{17})( \d\d|\.\.\.)", label)
        if not m or not label.isascii():
            raise ValueError("COMPTOIR form")
        if m.group(1) not in COMPTOIR_M:
            raise ValueError("COMPTOIR measure %r" % m.group(1))
        v = m.group(3).strip()
        vint = None if v == "..." else (2000 + int(v) if int(v) < 40 else 1900 + int(v))
        return COMPTOIR_M[m.group(1)], vint, m.group(2)
    if till == "SALLE":
        parts = label.split(" — ")
        if len(parts) not in (2, 3) or not re.fullmatch(r"T\d\d \S.*", parts[0]):
            raise ValueError("SALLE form")
        if not re.fullmatch(r"\d{1,3},\d\d €", parts[-1]):
            raise ValueError("SALLE price")
        if label == label.upper() or (label.isascii() and label == label.lower()):
            raise ValueError("SALLE case")
        meas = (None, None)
        if len(parts) == 3:
            if parts[1] not in SALLE_M:
                raise ValueError("SALLE measure %r" % parts[1])
            meas = SALLE_M[parts[1]]
        m = re.search(r" ((?:19|20)\d\d)$", parts[0])
        return meas, (int(m.group(1)) if m else None), parts[0][4:]
    if till == "CAVE":
        parts = label.split("\t")
        if len(parts) != 3 or not re.fullmatch(r"(ROU|BLA|EFF|SPI|APE|BIE|SOF|DIV)\d{4}", parts[0]):
            raise ValueError("CAVE form")
        d = parts[1]
        if len(d) > 30 or d != d.upper() or d != d.strip():
            raise ValueError("CAVE designation")
        if re.search(r" \d{1,3}$", d):
            raise ValueError("CAVE stray digits at the cut")
        c = parts[2]
        if c == "UN":
            meas = (None, None)
        else:
            m = re.fullmatch(r"(\d+(?:,\d)?)CL", c)
            if not m:
                raise ValueError("CAVE contenance")
            cl = float(m.group(1).replace(",", "."))
            meas = ("cave", cl)
        m = re.search(r" ((?:19|20)\d\d)$", d)
        return meas, (int(m.group(1)) if m else None), d
    raise ValueError("connection %r" % till)


def num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check(lib_lines, case_lines):
    errs = []
    E = errs.append
    lib, ids = {}, []
    for i, line in enumerate(lib_lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            E("library line %d: not JSON" % i)
            continue
        if list(r) != LIB_FIELDS:
            E("library line %d: fields %s" % (i, list(r)))
            continue
        ids.append(r["id"])
        lib[r["id"]] = r
        if r["category"] not in CATS:
            E("%s: category %r" % (r["id"], r["category"]))
        if r["category"] in ("vin", "champagne"):
            if r["colour"] not in COLOURS:
                E("%s: wine without colour" % r["id"])
        elif r["colour"] is not None:
            E("%s: colour on a non-wine" % r["id"])
        if not num(r["format_cl"]) or r["format_cl"] <= 0:
            E("%s: format" % r["id"])
        elif r["format_cl"] >= 1000 and r["category"] != "bière":
            E("%s: keg format on a non-beer" % r["id"])
        elif r["format_cl"] >= 1000 and r["format_cl"] not in (2000, 3000):
            E("%s: keg of %s cl" % (r["id"], r["format_cl"]))
        if r["vintage"] is not None and not (isinstance(r["vintage"], int) and 1900 < r["vintage"] < 2030):
            E("%s: vintage" % r["id"])
        if not r["name"] or not r["producer"]:
            E("%s: name / producer" % r["id"])
    if ids != ["bn%03d" % k for k in range(1, len(ids) + 1)]:
        E("library ids not in sequence bn001...")
    if not 110 <= len(ids) <= 130:
        E("library: %d drinks (110-130)" % len(ids))
    seen = set()
    for r in lib.values():
        k = (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"], r["vintage"])
        if k in seen:
            E("%s: duplicate drink" % r["id"])
        seen.add(k)

    def wine(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"], r["format_cl"])

    def drink(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    groups, formats = {}, {}
    for r in lib.values():
        groups.setdefault(wine(r), []).append(r)
        formats.setdefault(drink(r), set()).add(r["format_cl"])

    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    labels = set()
    n = 0
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            E("case line %d: not JSON" % i)
            continue
        n += 1
        where = "case %d %r" % (i, c.get("label"))
        if list(c) != CASE_FIELDS:
            E("%s: fields %s" % (where, list(c)))
            continue
        if c["label"] in labels:
            E("%s: duplicate label" % where)
        labels.add(c["label"])
        till = c["connection"]
        if till not in TILLS:
            E("%s: connection" % where)
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            E("%s: expect" % where)
            continue
        counts[till][c["expect"]] += 1
        try:
            meas, vint, item = parse(till, c["label"])
        except ValueError as e:
            E("%s: %s" % (where, e))
            continue
        if c["vintage"] != vint:
            E("%s: vintage %r, label shows %r" % (where, c["vintage"], vint))
        if not isinstance(c["note"], str) or not c["note"]:
            E("%s: note" % where)
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                E("%s: none with an id, also_ok or units" % where)
            continue
        r = lib.get(c["beverage_id"])
        if r is None:
            E("%s: unknown beverage_id" % where)
            continue
        if meas[0] is None:
            E("%s: a matched label without a measure" % where)
            continue
        g = sorted(groups[wine(r)], key=lambda x: x["vintage"] or 0)
        others = [x["id"] for x in g if x["id"] != r["id"]]
        vints = [x["vintage"] for x in g if x["vintage"] is not None]
        if sorted(c["also_ok"]) != sorted(c["also_ok"]) or not isinstance(c["also_ok"], list):
            E("%s: also_ok" % where)
        if c["expect"] == "yes":
            if vint is not None:
                if r["vintage"] != vint or c["also_ok"] != []:
                    E("%s: yes on another vintage / also_ok with a vintage" % where)
            else:
                if vints and r["vintage"] != max(vints):
                    E("%s: yes without vintage is not the most recent" % where)
                if sorted(c["also_ok"]) != sorted(others):
                    E("%s: also_ok should be the other vintages %s" % (where, others))
        else:
            if vint is None or vint in vints or not vints:
                E("%s: almost without a vintage missing from the library" % where)
            else:
                best = min(vints, key=lambda v: (abs(v - vint), -v))
                if r["vintage"] != best:
                    E("%s: almost is not the nearest vintage (%s)" % (where, best))
                if sorted(c["also_ok"]) != sorted(others):
                    E("%s: also_ok should be the other vintages %s" % (where, others))
        # format and units against the printed measure
        kind, cl = meas
        fmts = formats[drink(r)]
        u = c["units_per_sale"]
        f = r["format_cl"]
        if not num(u):
            E("%s: units" % where)
            continue
        if kind == "cave":
            if cl in fmts:
                kind = "bottle"
            elif r["category"] in ("bière", "soft"):
                kind = "bad"
            else:
                kind = "pour"
        if kind == "bottle":
            want = cl if cl is not None else (75 if r["category"] in ("vin", "champagne") else
                                              (next(iter(fmts)) if len(fmts) == 1 else None))
            if f != want:
                E("%s: entry format %s, label asks %s" % (where, f, want))
            if u != 1:
                E("%s: a bottle sells 1 unit" % where)
        elif kind == "pour":
            base = 75 if 75 in fmts else (next(iter(fmts)) if len(fmts) == 1 else None)
            if r["category"] in ("bière", "soft"):
                E("%s: a pour of a beer or soft" % where)
            if f != base:
                E("%s: a pour refers to the ordinary bottle (%s), not %s" % (where, base, f))
            if u != round(cl / f, 4):
                E("%s: units %s, measure says %s" % (where, u, round(cl / f, 4)))
        elif kind == "draught":
            if r["category"] != "bière" or f < 2000:
                E("%s: draught measure on a non-keg" % where)
            elif u != round(cl / f, 4):
                E("%s: units %s, measure says %s" % (where, u, round(cl / f, 4)))
        else:
            E("%s: measure cannot be that drink" % where)
        if till == "CAVE":
            fam = c["label"][:3]
            key = r["colour"] if r["category"] == "vin" else r["category"]
            if key not in FAMILY[fam]:
                E("%s: article family %s for %s" % (where, fam, key))
        # a word, stem or standard abbreviation shared with the entry
        ent = set(words(" ".join(str(r[k] or "") for k in ("name", "producer", "appellation"))))
        ok = False
        for w in words(item):
            if w.isdigit():
                continue
            w2 = ABBREV.get(w, w)
            if any(e.startswith(w2[:4]) or w2.startswith(e[:4]) for e in ent if len(w2) >= 3 and len(e) >= 3):
                ok = True
                break
        if not ok:
            E("%s: shares no word with %s" % (where, r["name"]))
    total = sum(sum(v.values()) for v in counts.values())
    if not 280 <= n <= 300:
        E("cases: %d (280-300)" % n)
    if total:
        share = {k: sum(v[k] for v in counts.values()) / total for k in ("yes", "almost", "none")}
        for k, (lo, hi) in {"yes": (0.45, 0.52), "almost": (0.12, 0.17), "none": (0.33, 0.40)}.items():
            if not lo <= share[k] <= hi:
                E("share of %s %.3f outside %.2f-%.2f" % (k, share[k], lo, hi))
    for t in TILLS:
        if min(counts[t].values()) == 0:
            E("till %s lacks an answer kind: %s" % (t, counts[t]))
    return errs, counts


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read().splitlines()


def selftest(lib, cases):
    errs, _ = check(lib, cases)
    assert not errs, errs[:5]
    print("clean files: pass")

    def edit_case(pred, fn):
        out, done = [], False
        for line in cases:
            c = json.loads(line)
            if not done and pred(c):
                fn(c)
                done = True
            out.append(json.dumps(c, ensure_ascii=False))
        assert done
        return out

    def edit_lib(fn):
        rows = [json.loads(x) for x in lib]
        fn(rows)
        return [json.dumps(r, ensure_ascii=False) for r in rows]

    def glass(c):
        return c["connection"] == "COMPTOIR" and c["label"].startswith("VR ") and c["expect"] == "yes"
    def tie(c):
        return c["expect"] == "almost" and len(c["also_ok"]) >= 1
    def cut(c):
        return "cut off by the till" in c["note"] and c["expect"] == "yes"
    def half(c):
        return c["expect"] == "yes" and "demi-bouteille" in c["label"]

    def far(c):
        c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"], *c["also_ok"][1:]]

    def swap_fields(c):
        c.pop("note")
        c["note"] = "x"

    def dup(rows):
        rows[5]["vintage"] = rows[4]["vintage"]
        rows[5]["format_cl"] = rows[4]["format_cl"]
        rows[5]["name"], rows[5]["producer"] = rows[4]["name"], rows[4]["producer"]
        rows[5]["appellation"], rows[5]["colour"] = rows[4]["appellation"], rows[4]["colour"]

    breaks = [
        ("glass units 0.2 instead of 0.1667", lib, edit_case(glass, lambda c: c.update(units_per_sale=0.2))),
        ("almost on the far vintage", lib, edit_case(tie, far)),
        ("vintage kept although cut", lib, edit_case(cut, lambda c: c.update(vintage=2019))),
        ("none with an id", lib, edit_case(lambda c: c["expect"] == "none",
                                           lambda c: c.update(beverage_id="bn001"))),
        ("COMPTOIR label in lower case", lib, edit_case(lambda c: c["connection"] == "COMPTOIR",
                                                         lambda c: c.update(label=c["label"].lower()))),
        ("COMPTOIR label one column too long", lib, edit_case(lambda c: c["connection"] == "COMPTOIR",
                                                               lambda c: c.update(label=c["label"][:3] + "X" + c["label"][3:]))),
        ("SALLE label without price", lib, edit_case(lambda c: c["connection"] == "SALLE",
                                                     lambda c: c.update(label=c["label"].rsplit(" — ", 1)[0]))),
        ("CAVE designation over 30 columns", lib, edit_case(lambda c: c["connection"] == "CAVE",
                                                            lambda c: c.update(label=c["label"].replace("\t", "\tXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", 1)))),
        ("CAVE article family wrong", lib, edit_case(lambda c: c["connection"] == "CAVE" and c["label"].startswith("ROU") and c["expect"] != "none",
                                                     lambda c: c.update(label="BLA" + c["label"][3:]))),
        ("fields out of order", lib, edit_case(lambda c: True, swap_fields)),
        ("half answered with the 75 cl entry", lib, edit_case(half, lambda c: c.update(
            beverage_id="bn%03d" % (int(c["beverage_id"][2:]) - 1)))),
        ("also_ok dropped", lib, edit_case(lambda c: c["expect"] == "yes" and c["also_ok"],
                                           lambda c: c.update(also_ok=[]))),
        ("yes on another vintage", lib, edit_case(lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "SALLE" and "2019" in c["label"],
                                                  lambda c: c.update(label=c["label"].replace("2019", "2015"), vintage=2015))),
        ("duplicate label", lib, [*cases, cases[0]]),
        ("non-JSON line", lib, [*cases[:-1], "{not json"]),
        ("too few cases", lib, cases[:250]),
        ("draught demi on a bottled beer", lib, edit_case(lambda c: c["label"].startswith("33 VEZELAY"),
                                                          lambda c: c.update(label="DM" + c["label"][2:], units_per_sale=0.0076))),
        ("library ids out of order", edit_lib(lambda rows: rows[3].update(id="bn099")), cases),
        ("wine without colour", edit_lib(lambda rows: rows[0].update(colour=None)), cases),
        ("keg format on a wine", edit_lib(lambda rows: rows[0].update(format_cl=3000)), cases),
        ("duplicate drink in the library", edit_lib(dup), cases),
        ("label shares no word with its entry", lib, edit_case(lambda c: c["label"].startswith("VR HCN DUBAND"),
                                                               lambda c: c.update(label="VR XYZ WQT.......... 21"))),
    ]
    bad = 0
    for name, l, cs in breaks:
        errs, _ = check(l, cs)
        print("%-42s %s" % (name, ("reported: " + errs[0][:90]) if errs else "NOT REPORTED"))
        bad += not errs
    print("%d breaks, %d not reported" % (len(breaks), bad))
    return bad == 0


def main():
    lib, cases = read("beaune_library.jsonl"), read("beaune_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib, cases) else 1)
    errs, counts = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    total = sum(sum(v.values()) for v in counts.values())
    print("%-9s %4s %6s %4s %5s" % ("till", "yes", "almost", "none", "total"))
    for t, v in counts.items():
        print("%-9s %4d %6d %4d %5d" % (t, v["yes"], v["almost"], v["none"], sum(v.values())))
    print("%d drinks, %d cases: %s" % (len(lib), total, "OK" if not errs else "%d errors" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
