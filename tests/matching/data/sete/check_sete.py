#!/usr/bin/env python3
"""Check sete_library.jsonl and sete_cases.jsonl alone (without the build): stdlib only.

python3 check_sete.py [--selftest]
"""
import json
import os
import re
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("ecailler", "salle", "joutes")

# measure -> (kind, volume)
EC = {"BT100": ("bottle", 100), "V": ("pour", 12.5), "V15": ("pour", 15), "P25": ("pour", 25), "P50": ("pour", 50), "CP": ("pour", 12.5),
      "BT": ("bottle", None), "DB": ("half", 37.5), "MG": ("mag", 150), "D": ("draught", 25),
      "PT": ("draught", 50), "2CL": ("dose", 2), "4CL": ("dose", 4), "PC": ("piece", None)}
SA = {"verre": ("pour", 12.5), "verre 15 cl": ("pour", 15), "pichet 25 cl": ("pour", 25),
      "pichet 50 cl": ("pour", 50), "coupe": ("pour", 12.5), "bouteille": ("bottle", None),
      "bouteille 1 l": ("bottle", 100), "demi-bouteille": ("half", 37.5), "magnum": ("mag", 150),
      "demi": ("draught", 25), "pinte": ("draught", 50), "dose 2 cl": ("dose", 2), "dose 4 cl": ("dose", 4)}
JO = {"Verre": ("pour", 12.5), "Ecocup15": ("ecocup", 15), "Ecocup25": ("ecocup", 25),
      "Ecocup50": ("ecocup", 50), "Coupe": ("pour", 12.5), "Bouteille": ("bottle", None),
      "Bouteille1L": ("bottle", 100), "DemiBouteille": ("half", 37.5), "Magnum": ("mag", 150),
      "Dose4": ("dose", 4)}
for n in (25, 33, 50, 70):
    EC[f"BT{n}"] = ("bottle", n)
    SA[f"bouteille {n} cl"] = ("bottle", n)
    JO[f"Bouteille{n}"] = ("bottle", n)
STOP = {"de", "du", "la", "le", "les", "des", "et", "sur", "d", "l", "en", "au"}


def parse(till, label):
    """(error or None, kind, volume, vintage) from a label by its till's form."""
    if till == "ecailler":
        m = re.fullmatch(r"([A-Z0-9 .]{1,20})#([A-Z0-9]+)", label)
        if not m or m.group(2) not in EC or m.group(1) != m.group(1).strip():
            return "ecailler form (ASCII capitals, <= 20 columns, #CODE)", None, None, None
        v = re.search(r" M(\d\d)$", m.group(1))
        kind, vol = EC[m.group(2)]
        return None, kind, vol, (2000 + int(v.group(1)) if v else None)
    if till == "salle":
        body, kind, vol = label, "nothing", None
        if " – " in label:
            body, w = label.rsplit(" – ", 1)
            if w not in SA:
                return f"salle measure {w!r}", None, None, None
            kind, vol = SA[w]
        if not re.search(r"[a-zé]", body) or "#" in body:
            return "salle form (mixed case as typed)", None, None, None
        v = re.search(r" \((\d{4})\)$", body)
        if re.search(r"\(\d", body) and not v:
            return "salle vintage form", None, None, None
        return None, kind, vol, (int(v.group(1)) if v else None)
    if till == "joutes":
        m = re.fullmatch(r"([A-Za-z0-9]{1,22})(?: ([A-Za-z0-9]+))? (\d{1,3},\d\d)", label)
        if not m or (m.group(2) and m.group(2) not in JO):
            return "joutes form (CamelCase <= 22, variant, price d,dd)", None, None, None
        kind, vol = JO[m.group(2)] if m.group(2) else ("nothing", None)
        v = re.search(r"(?<=[A-Za-z])(\d\d)$", m.group(1))
        return None, kind, vol, (2000 + int(v.group(1)) if v else None)
    return f"unknown connection {till!r}", None, None, None


def fold(s):
    return unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()


def tokens(s, camel=False):
    if camel:
        s = re.sub(r"(?<=[a-z])(?=[A-Z0-9])|(?<=[0-9])(?=[A-Za-z])", " ", s)
    return {t for t in re.split(r"[^a-z0-9]+", fold(s)) if t and t not in STOP}


def shares(label, till, e):
    lab = label.split("#")[0] if till == "ecailler" else label
    lt = tokens(lab, camel=(till == "joutes"))
    et = tokens(" ".join(str(e[k] or "") for k in ("name", "producer", "appellation")))
    glued = fold(e["name"]).replace(" ", "").replace("-", "")
    for t in lt:
        for u in et:
            if t == u or (len(t) >= 4 and len(u) >= 4 and t[:4] == u[:4]):
                return True
        if len(t) >= 5 and t in glued:
            return True
    return False


def units(vol, fmt):
    u = round(vol / fmt, 4)
    return 1 if u == 1 else u


def check(lib_path, cases_path):
    errs = []
    lib, cases = [], []
    for path, out, fields in ((lib_path, lib, LIB_FIELDS), (cases_path, cases, CASE_FIELDS)):
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                try:
                    obj = json.loads(line)
                except ValueError:
                    errs.append(f"{os.path.basename(path)}:{i}: invalid JSON")
                    continue
                if list(obj) != fields:
                    errs.append(f"{os.path.basename(path)}:{i}: fields out of order or missing")
                    continue
                out.append(obj)
    # library
    if not 110 <= len(lib) <= 130:
        errs.append(f"library has {len(lib)} drinks, not 110-130")
    ids, seen = {}, set()
    for i, e in enumerate(lib, 1):
        if e["id"] != f"sx{i:03d}":
            errs.append(f"library id {e['id']} out of sequence (expected sx{i:03d})")
        ids[e["id"]] = e
        if e["category"] not in CATEGORIES:
            errs.append(f"{e['id']}: category {e['category']!r}")
        if e["category"] in ("vin", "champagne"):
            if e["colour"] not in COLOURS:
                errs.append(f"{e['id']}: wine without a valid colour")
        elif e["colour"] is not None:
            errs.append(f"{e['id']}: colour on a {e['category']}")
        if e["format_cl"] >= 2000 and e["category"] != "bière":
            errs.append(f"{e['id']}: keg format on a {e['category']}")
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            errs.append(f"{e['id']}: vintage {e['vintage']!r}")
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"])
        if k in seen:
            errs.append(f"{e['id']}: the same wine, format and vintage twice")
        seen.add(k)

    def wine(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"])

    groups = {}
    for e in lib:
        groups.setdefault((*wine(e), e["format_cl"]), []).append(e)
    formats = {}
    for e in lib:
        formats.setdefault(wine(e), set()).add(e["format_cl"])
    # cases
    if not 280 <= len(cases) <= 300:
        errs.append(f"{len(cases)} cases, not 280-300")
    labels = set()
    count = {}
    for c in cases:
        lab, till = c["label"], c["connection"]
        where = f"case {lab!r}"
        if lab in labels:
            errs.append(f"{where}: duplicate label")
        labels.add(lab)
        if till not in TILLS:
            errs.append(f"{where}: connection {till!r}")
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            errs.append(f"{where}: expect {c['expect']!r}")
            continue
        count[(till, c["expect"])] = count.get((till, c["expect"]), 0) + 1
        if not c["note"]:
            errs.append(f"{where}: empty note")
        err, kind, vol, vint = parse(till, lab)
        if err:
            errs.append(f"{where}: {err}")
            continue
        if c["vintage"] != vint:
            errs.append(f"{where}: vintage field {c['vintage']} but the label reads {vint}")
        if "cut off by the till" in c["note"]:
            # the vintage token (" M24" on ecailler, "24" glued on joutes) must not have fitted
            width, tok = {"ecailler": (20, 4), "joutes": (22, 2)}.get(till, (None, 0))
            body = lab.split("#")[0] if till == "ecailler" else lab.split(" ")[0]
            if width is None or len(body) + tok <= width:
                errs.append(f"{where}: 'cut off' note on a label that was not cut")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(f"{where}: none with an id, also_ok or units")
            continue
        e = ids.get(c["beverage_id"])
        if e is None:
            errs.append(f"{where}: unknown beverage_id {c['beverage_id']}")
            continue
        fmt, cat, fmts = e["format_cl"], e["category"], formats[wine(e)]
        bottles = sorted(f for f in fmts if f < 2000)
        kegs = [f for f in fmts if f >= 2000]
        ordinary = 75 if 75 in fmts else (bottles[0] if len(bottles) == 1 else None)
        want_fmt, want_u = None, None
        if kind == "draught" or (kind == "ecocup" and cat == "bière"):
            want_fmt = kegs[0] if kegs else None
            want_u = units(vol, want_fmt) if want_fmt else None
        elif kind in ("pour", "ecocup"):
            if cat in ("bière", "soft"):
                errs.append(f"{where}: a glass of a {cat}")
            want_fmt, want_u = ordinary, (units(vol, ordinary) if ordinary else None)
        elif kind == "dose":
            if cat not in ("spiritueux", "autre") or len(bottles) != 1:
                errs.append(f"{where}: a dose of a {cat} or of a drink in several sizes")
            want_fmt, want_u = bottles[0], units(vol, bottles[0])
        elif kind in ("half", "mag"):
            want_fmt, want_u = vol, 1
        elif kind == "bottle":
            if vol is not None:
                want_fmt = vol
            elif cat in ("vin", "champagne"):
                want_fmt = 75
            else:
                want_fmt = bottles[0] if len(bottles) == 1 else None
            want_u = 1
        else:
            errs.append(f"{where}: a drink answer on a label with no measure")
            continue
        if want_fmt != fmt:
            errs.append(f"{where}: entry format {fmt} cl but the label's measure means {want_fmt}")
        if c["units_per_sale"] != want_u:
            errs.append(f"{where}: units {c['units_per_sale']} but the measure gives {want_u}")
        grp = groups[(*wine(e), fmt)]
        others = sorted(x["id"] for x in grp if x["id"] != e["id"])
        vs = [x["vintage"] for x in grp]
        if c["expect"] == "yes":
            if vint is not None:
                if e["vintage"] != vint or c["also_ok"]:
                    errs.append(f"{where}: yes but the entry is not the label's vintage (or also_ok not empty)")
            else:
                top = max(vs, key=lambda v: v or 0)
                if e["vintage"] != top:
                    errs.append(f"{where}: yes without vintage must be the most recent")
                if sorted(c["also_ok"]) != others:
                    errs.append(f"{where}: also_ok must list the other vintages")
        else:
            if vint is None or vint in vs or None in vs:
                errs.append(f"{where}: almost but the label's vintage is held or absent")
            else:
                best = min(vs, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best:
                    errs.append(f"{where}: almost must point at the nearest vintage {best}")
                if sorted(c["also_ok"]) != others:
                    errs.append(f"{where}: also_ok must list the other vintages")
        if not shares(lab, till, e):
            errs.append(f"{where}: shares no word or stem with {e['id']} {e['name']}")
    n = len(cases) or 1
    tot = {a: sum(v for (t, x), v in count.items() if x == a) for a in ("yes", "almost", "none")}
    for a, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100 * tot[a] / n <= hi:
            errs.append(f"{a} is {100 * tot[a] / n:.1f} %, not {lo}-{hi} %")
    for t in TILLS:
        for a in ("yes", "almost", "none"):
            if not count.get((t, a)):
                errs.append(f"till {t} has no {a}")
    return errs, count


def selftest():
    lib_p = os.path.join(HERE, "sete_library.jsonl")
    cas_p = os.path.join(HERE, "sete_cases.jsonl")
    errs, _ = check(lib_p, cas_p)
    print(f"clean files: {'PASS' if not errs else 'FAIL ' + str(errs[:3])}")
    ok = not errs
    lib = open(lib_p, encoding="utf-8").read().splitlines()
    cas = [json.loads(x) for x in open(cas_p, encoding="utf-8")]

    def first(pred):
        return next(i for i, c in enumerate(cas) if pred(c))

    def dump(cs):
        return [json.dumps(c, ensure_ascii=False) for c in cs]

    breaks = []

    def brk(name, expect_msg, lib_lines=None, case_objs=None, case_lines=None):
        breaks.append((name, expect_msg, lib_lines or lib, case_lines or dump(case_objs or cas)))

    def mod(i, **kw):
        cs = [dict(c) for c in cas]
        cs[i].update(kw)
        return cs

    brk("invalid JSON", "invalid JSON", case_lines=[*dump(cas)[:5], "{not json", *dump(cas)[6:]])
    lb = [json.loads(x) for x in lib]
    swapped = dict(lb[3])
    swapped = {k: swapped[k] for k in ["name", "id", *LIB_FIELDS[2:]]}
    brk("fields out of order", "fields out of order",
        lib_lines=[*lib[:3], json.dumps(swapped, ensure_ascii=False), *lib[4:]])
    lb2 = [dict(x) for x in lb]
    lb2[10]["id"] = "sx099"
    brk("id out of sequence", "out of sequence", lib_lines=[json.dumps(x, ensure_ascii=False) for x in lb2])
    lb3 = [dict(x) for x in lb]
    beer = next(i for i, x in enumerate(lb3) if x["category"] == "bière")
    lb3[beer]["colour"] = "blanc"
    brk("colour on a beer", "colour on a", lib_lines=[json.dumps(x, ensure_ascii=False) for x in lb3])
    i = first(lambda c: c["expect"] == "yes" and c["units_per_sale"] not in (1, None))
    brk("a glass's units", "units", case_objs=mod(i, units_per_sale=1))
    i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    brk("almost on the farther vintage", "nearest vintage",
        case_objs=mod(i, beverage_id=cas[i]["also_ok"][0], also_ok=[cas[i]["beverage_id"]]))
    i = first(lambda c: c["expect"] == "yes" and c["vintage"] is not None
              and any(d["beverage_id"] != c["beverage_id"] and d["note"].split(":")[0] == c["note"] for d in cas))
    sib = next(d["beverage_id"] for d in cas if d["beverage_id"] != cas[i]["beverage_id"]
               and d["note"].split(":")[0] == cas[i]["note"])
    brk("yes on the sibling vintage", "not the label's vintage", case_objs=mod(i, beverage_id=sib))
    i = first(lambda c: c["expect"] == "none")
    brk("none with an id", "none with an id", case_objs=mod(i, beverage_id="sx001"))
    i = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    brk("also_ok dropped", "also_ok must list", case_objs=mod(i, also_ok=[]))
    i = first(lambda c: c["expect"] == "yes" and "37.5 cl" in c["note"])
    bid = cas[i]["beverage_id"]
    full = next(x for x in lb if x["id"] == bid)
    b75 = next(x["id"] for x in lb if x["name"] == full["name"] and x["producer"] == full["producer"]
               and x["format_cl"] == 75)
    brk("half answered with the 75 cl entry", "entry format", case_objs=mod(i, beverage_id=b75))
    i = first(lambda c: c["connection"] == "ecailler" and c["label"].endswith("#D") and c["expect"] == "yes")
    bottled = next(x["id"] for x in lb if x["category"] == "bière" and x["format_cl"] < 2000
                   and x["name"] == "Alaryk Blonde")
    brk("draught demi on the bottled beer", "entry format", case_objs=mod(i, beverage_id=bottled))
    i = first(lambda c: c["vintage"] is not None)
    brk("vintage field not on the label", "vintage field", case_objs=mod(i, vintage=cas[i]["vintage"] - 1))
    brk("duplicate label", "duplicate label", case_objs=[*cas, dict(cas[0])])
    i = first(lambda c: c["connection"] == "ecailler")
    brk("ecailler label over 20 columns", "ecailler form",
        case_objs=mod(i, label=cas[i]["label"].replace("#", " EXTRA LONG WORDS#")))
    i = first(lambda c: c["connection"] == "joutes")
    brk("joutes label without its price", "joutes form", case_objs=mod(i, label=cas[i]["label"].rsplit(" ", 1)[0]))
    brk("too few cases", "not 280-300", case_objs=cas[:250])
    brk("a till without almost", "has no almost",
        case_objs=[c for c in cas if not (c["connection"] == "salle" and c["expect"] == "almost")])
    i = first(lambda c: c["connection"] == "salle" and c["expect"] == "yes" and c["units_per_sale"] == 1
              and c["vintage"] is None and not c["also_ok"])
    brk("a label sharing no word", "shares no word",
        case_objs=mod(i, label="Zzqx Wobbly – " + cas[i]["label"].rsplit(" – ", 1)[1]))
    i = first(lambda c: "cut off by the till" in c["note"])
    j = first(lambda c: c["connection"] == "ecailler" and c["vintage"] is None and len(c["label"]) < 12
              and c["expect"] == "yes")
    brk("'cut off' note on a short label", "not cut", case_objs=mod(j, note=cas[j]["note"] + " [2023 cut off by the till]"))
    i = first(lambda c: c["expect"] == "almost")
    brk("almost turned into yes", "yes but the entry", case_objs=mod(i, expect="yes"))
    with tempfile.TemporaryDirectory() as d:
        for name, msg, ll, cl in breaks:
            lp, cp = os.path.join(d, "l.jsonl"), os.path.join(d, "c.jsonl")
            open(lp, "w", encoding="utf-8").write("\n".join(ll) + "\n")
            open(cp, "w", encoding="utf-8").write("\n".join(cl) + "\n")
            errs, _ = check(lp, cp)
            hit = [e for e in errs if msg in e]
            print(f"{'caught' if hit else 'MISSED'}: {name}: {hit[0] if hit else errs[:2]}")
            ok = ok and bool(hit)
    print(f"selftest: {len(breaks)} kinds of break, {'all caught' if ok else 'FAILED'}")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    errs, count = check(os.path.join(HERE, "sete_library.jsonl"), os.path.join(HERE, "sete_cases.jsonl"))
    for e in errs:
        print("ERROR", e)
    for t in TILLS:
        print(t, {a: count.get((t, a), 0) for a in ("yes", "almost", "none")})
    print("OK" if not errs else f"{len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
