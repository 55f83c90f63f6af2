"""Check the Dinan blind set from its two jsonl files only.

python3 check_dinan.py             check dinan_library.jsonl and dinan_cases.jsonl
python3 check_dinan.py --selftest  break copies on purpose and show each break is reported
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
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNS = ("comptoir", "salle", "gestion")
G_POUR = {"VINS AU VERRE", "PICHETS", "COUPES", "PRESSION", "APÉRITIFS", "DIGESTIFS"}
G_BOTTLE = {"VINS ROUGES", "VINS BLANCS", "VINS ROSÉS", "VINS DOUX", "BULLES", "DEMI-BOUTEILLES",
            "MAGNUMS", "CIDRES", "BIÈRES", "SOFTS", "EAUX"}
G_OTHER = {"CUISINE", "DESSERTS", "BOISSONS CHAUDES", "DIVERS"}


def parse_lines(text, fields, what, errs):
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        try:
            obj = json.loads(line)
        except ValueError:
            errs.append("%s line %d: not JSON" % (what, n))
            continue
        if list(obj) != fields:
            errs.append("%s line %d: fields %s" % (what, n, list(obj)))
            continue
        rows.append(obj)
    return rows


def two_digit(n):
    return 2000 + n if n <= 30 else 1900 + n


# measure read from a label: (kind, value) with kind in bottle / pour / draught / none
def measure_comptoir(label):
    toks = label.split()
    first = toks[0]
    pours = {"VRE": 12.5, "V15": 15, "PICH25": 25, "PICH50": 50, "CP": 12.5, "DOSE": 4}
    if first in pours:
        return "pour", pours[first]
    if first in ("DEMI", "PINTE"):
        return "draught", 25 if first == "DEMI" else 50
    if first == "1/2":
        return "bottle", 37.5
    if first == "MAG":
        return "bottle", 150
    for t in toks[1:]:
        m = re.fullmatch(r"(\d+)CL|(1)L", t)
        if m:
            return "bottle", float(m.group(1)) if m.group(1) else 100.0
    return "bottle", None


def vintage_comptoir(label):
    last = label.split()[-1]
    return two_digit(int(last)) if re.fullmatch(r"\d\d", last) else None


def measure_salle(label):
    pre = [("Half btl ", "bottle", 37.5), ("Magnum ", "bottle", 150),
           ("Glass 15cl ", "pour", 15), ("Glass ", "pour", 12.5), ("Carafe 25cl ", "pour", 25),
           ("Carafe 50cl ", "pour", 50), ("Flute ", "pour", 12.5), ("Shot 4cl ", "pour", 4),
           ("Half 25cl ", "draught", 25), ("Pint ", "draught", 50)]
    for p, kind, v in pre:
        if label.startswith(p):
            return kind, v
    if label.startswith("Btl "):
        body = re.sub(r" (19|20)\d\d$", "", label)
        m = re.search(r" (\d+)cl$| (1)L$", body)
        if m:
            return "bottle", float(m.group(1)) if m.group(1) else 100.0
        return "bottle", None
    return "none", None


def vintage_salle(label):
    m = re.search(r" ((?:19|20)\d\d)$", label)
    return int(m.group(1)) if m else None


def measure_gestion(label):
    fam = label.split("/", 1)[0]
    m = re.search(r" (\d+(?:,\d)?)CL$", label)
    vol = float(m.group(1).replace(",", ".")) if m else None
    if fam in G_OTHER:
        return "none", None
    if fam == "PRESSION":
        return "draught", vol
    if fam in G_POUR:
        return "pour", vol
    return "bottle", vol


def vintage_gestion(label):
    m = re.search(r" MILL\.(\d{4})\b", label)
    return int(m.group(1)) if m else None


MEASURE = {"comptoir": measure_comptoir, "salle": measure_salle, "gestion": measure_gestion}
VINTAGE = {"comptoir": vintage_comptoir, "salle": vintage_salle, "gestion": vintage_gestion}


def form_errors(c):
    lab, conn = c["label"], c["connection"]
    if conn == "comptoir":
        if not lab.isascii() or lab != lab.upper() or len(lab) > 18 or lab != lab.strip():
            return "comptoir form (ASCII capitals, <= 18 columns)"
    elif conn == "salle":
        if not lab.isascii() or not re.search(r"[a-z]", lab):
            return "salle form (ASCII, mixed case)"
    elif conn == "gestion":
        fam, _, rest = lab.partition("/")
        if fam not in G_POUR | G_BOTTLE | G_OTHER or not rest or rest != rest.upper():
            return "gestion form (FAMILY/DESIGNATION in capitals)"
        desig = re.sub(r"( MILL\.\d{4})?( \d+(,\d)?CL)?$", "", rest)
        if len(desig) > 40:
            return "gestion designation over 40 columns"
        if (fam in G_OTHER) != (re.search(r" \d+(,\d)?CL$", lab) is None):
            return "gestion volume column"
    else:
        return "unknown connection"
    return None


def fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return {w[:3] for w in re.findall(r"[a-z0-9]+", s) if len(w) >= 3}


def check(lib_text, cases_text):
    errs = []
    lib = parse_lines(lib_text, LIB_FIELDS, "library", errs)
    cases = parse_lines(cases_text, CASE_FIELDS, "cases", errs)
    if not 110 <= len(lib) <= 130:
        errs.append("library: %d drinks, not 110-130" % len(lib))
    by_id, seen_entry = {}, set()
    for n, d in enumerate(lib, 1):
        if d["id"] != "dn%03d" % n:
            errs.append("library: id %s out of sequence (expected dn%03d)" % (d["id"], n))
        by_id[d["id"]] = d
        if d["category"] not in CATS:
            errs.append("%s: category %r" % (d["id"], d["category"]))
        wine = d["category"] in ("vin", "champagne")
        if (wine and d["colour"] not in COLOURS) or (not wine and d["colour"] is not None):
            errs.append("%s: colour %r for %s" % (d["id"], d["colour"], d["category"]))
        if d["format_cl"] >= 2000 and (d["category"] != "bière" or d["format_cl"] not in (2000, 3000)):
            errs.append("%s: keg format on a non-beer or odd keg" % d["id"])
        k = (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"], d["vintage"])
        if k in seen_entry:
            errs.append("%s: duplicate entry" % d["id"])
        seen_entry.add(k)

    def group(d):
        return [e for e in lib if (e["name"], e["producer"], e["appellation"], e["colour"],
                                   e["format_cl"]) == (d["name"], d["producer"], d["appellation"],
                                                       d["colour"], d["format_cl"])]

    def formats(d):
        return {e["format_cl"] for e in lib if (e["name"], e["producer"], e["appellation"],
                                                e["colour"]) == (d["name"], d["producer"],
                                                                 d["appellation"], d["colour"])}

    if not 280 <= len(cases) <= 300:
        errs.append("cases: %d, not 280-300" % len(cases))
    labels = set()
    counts = {c: {"yes": 0, "almost": 0, "none": 0} for c in CONNS}
    for c in cases:
        lab = c["label"]
        where = "case %r" % lab
        if lab in labels:
            errs.append(where + ": duplicate label")
        labels.add(lab)
        if c["connection"] not in CONNS or c["expect"] not in ("yes", "almost", "none"):
            errs.append(where + ": connection or expect")
            continue
        counts[c["connection"]][c["expect"]] += 1
        fe = form_errors(c)
        if fe:
            errs.append(where + ": " + fe)
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append(where + ": note")
        v = VINTAGE[c["connection"]](lab)
        if v != c["vintage"]:
            errs.append(where + ": vintage %r but label reads %r" % (c["vintage"], v))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                errs.append(where + ": none with an answer")
            continue
        d = by_id.get(c["beverage_id"])
        if d is None:
            errs.append(where + ": unknown beverage_id")
            continue
        grp = group(d)
        vints = sorted(e["vintage"] for e in grp if e["vintage"] is not None)
        others = sorted(e["id"] for e in grp if e["id"] != d["id"])
        if c["expect"] == "yes":
            if v is not None:
                if d["vintage"] != v or c["also_ok"]:
                    errs.append(where + ": yes with a vintage must be that vintage, no also_ok")
            else:
                if vints and d["vintage"] != vints[-1]:
                    errs.append(where + ": yes without vintage is not the most recent")
                if sorted(c["also_ok"]) != others:
                    errs.append(where + ": also_ok is not the other vintages")
        else:
            if v is None or v in vints or not vints:
                errs.append(where + ": almost needs a label vintage the wine lacks")
            else:
                best = min(vints, key=lambda x: (abs(x - v), -x))
                if d["vintage"] != best:
                    errs.append(where + ": almost is not the nearest vintage")
                if sorted(c["also_ok"]) != others:
                    errs.append(where + ": also_ok is not the other vintages")
        # format and units
        kind, vol = MEASURE[c["connection"]](lab)
        fmt, fmts = d["format_cl"], formats(d)
        bottles = sorted(f for f in fmts if f < 2000)
        u = c["units_per_sale"]
        if kind == "bottle":
            want = vol if vol is not None else (75 if d["category"] in ("vin", "champagne")
                                                else (bottles[0] if len(bottles) == 1 else None))
            if want != fmt:
                errs.append(where + ": bottle of %s cl answered with a %s cl entry" % (want, fmt))
            if u != 1:
                errs.append(where + ": bottle units %r" % u)
        elif kind == "draught":
            if d["category"] != "bière" or fmt < 2000:
                errs.append(where + ": draught measure on a non-keg entry")
            elif u != round(vol / fmt, 4):
                errs.append(where + ": units %r, printed %s cl from %s" % (u, vol, fmt))
        elif kind == "pour":
            want = 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)
            if fmt != want:
                errs.append(where + ": pour from the %s cl entry, ordinary bottle is %s" % (fmt, want))
            elif vol is None or u != round(vol / fmt, 4):
                errs.append(where + ": units %r, printed %s cl from %s" % (u, vol, fmt))
        else:
            errs.append(where + ": a non-drink label answered")
        if not fold(lab) & fold(" ".join(str(d[k] or "") for k in ("name", "producer", "appellation"))):
            errs.append(where + ": shares no word stem with its entry")
    n = len(cases) or 1
    tot = {k: sum(counts[c][k] for c in CONNS) for k in ("yes", "almost", "none")}
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * tot[k] / n <= hi:
            errs.append("counts: %s %.1f %% not in %d-%d %%" % (k, 100.0 * tot[k] / n, lo, hi))
    for conn in CONNS:
        if min(counts[conn].values()) == 0:
            errs.append("counts: %s lacks an answer kind" % conn)
    return errs, counts


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return fh.read()


def selftest(lib_text, cases_text):
    lib = [json.loads(x) for x in lib_text.splitlines()]
    cases = [json.loads(x) for x in cases_text.splitlines()]
    def dump(rows):
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"

    def first(pred):
        return next(i for i, c in enumerate(cases) if pred(c))

    breaks = []

    def brk(name, fn, on="cases"):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        res = fn(L, C)
        if res is not None:  # raw text
            lt, ct = res
        else:
            lt, ct = dump(L), dump(C)
        breaks.append((name, lt, ct))

    def b_json(L, C):
        t = dump(C).splitlines()
        t[5] = t[5][:-3]
        return dump(L), "\n".join(t) + "\n"
    brk("broken JSON", b_json)

    def b_order(L, C):
        c = C[0]
        C[0] = {k: c[k] for k in ["expect", "label", *CASE_FIELDS[2:]]}
    brk("field order", b_order)

    def b_idgap(L, C):
        L[10]["id"] = "dn999"
    brk("library id gap", b_idgap)

    def b_colour(L, C):
        L[0]["colour"] = "white"
    brk("bad colour", b_colour)

    def b_vint(L, C):
        C[first(lambda c: c["vintage"] is None and c["expect"] == "yes")]["vintage"] = 2019
    brk("vintage not on the label", b_vint)

    def b_also(L, C):
        C[first(lambda c: c["expect"] == "yes" and c["also_ok"])]["also_ok"] = []
    brk("also_ok dropped", b_also)

    def b_almost(L, C):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        C[i]["beverage_id"], C[i]["also_ok"] = C[i]["also_ok"][0], [C[i]["beverage_id"]]
    brk("almost not the nearest", b_almost)

    def b_units(L, C):
        C[first(lambda c: c["units_per_sale"] == 0.1667)]["units_per_sale"] = 0.16
    brk("glass units", b_units)

    def b_comptoir(L, C):
        i = first(lambda c: c["connection"] == "comptoir" and c["expect"] == "none")
        C[i]["label"] = C[i]["label"].lower() + " supplement du soir"
    brk("comptoir label lower case and too long", b_comptoir)

    def b_salle(L, C):
        i = first(lambda c: c["connection"] == "salle" and c["expect"] == "none")
        C[i]["label"] = C[i]["label"].upper()
    brk("salle label in capitals", b_salle)

    def b_gestion(L, C):
        i = first(lambda c: c["connection"] == "gestion" and c["expect"] == "none")
        C[i]["label"] = "BOISSONS/" + C[i]["label"].split("/", 1)[1]
    brk("gestion unknown family", b_gestion)

    def b_noneid(L, C):
        C[first(lambda c: c["expect"] == "none")]["beverage_id"] = "dn001"
    brk("none with an id", b_noneid)

    def b_dup(L, C):
        C[1]["label"] = C[0]["label"]
    brk("duplicate label", b_dup)

    def b_half(L, C):
        i = first(lambda c: c["label"].startswith("Half btl Sancerre white"))
        C[i]["beverage_id"] = next(d["id"] for d in L if d["name"] == "Sancerre blanc"
                                   and d["format_cl"] == 75)
    brk("half bottle answered with the 75 cl entry", b_half)

    def b_few(L, C):
        del C[100:]
    brk("too few cases", b_few)

    def b_draught(L, C):
        i = first(lambda c: c["label"] == "DEMI KRO")
        C[i]["beverage_id"] = next(d["id"] for d in L if d["name"] == "Coreff Blonde")
    brk("draught on a bottled beer", b_draught)

    def b_stem(L, C):
        i = first(lambda c: c["label"] == "VRE POMMEAU")
        C[i]["beverage_id"] = next(d["id"] for d in L if d["name"] == "Aperol")
        C[i]["units_per_sale"] = 0.1786
    brk("answer sharing no word with the label", b_stem)

    ok = True
    errs, _ = check(lib_text, cases_text)
    print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
    ok &= not errs
    for name, lt, ct in breaks:
        errs, _ = check(lt, ct)
        print("%-45s %s" % (name, ("reported: " + errs[0]) if errs else "NOT REPORTED"))
        ok &= bool(errs)
    print("selftest", "ok" if ok else "FAILED", "(%d breaks)" % len(breaks))
    return ok


def main():
    lib_text, cases_text = read("dinan_library.jsonl"), read("dinan_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_text, cases_text) else 1)
    errs, counts = check(lib_text, cases_text)
    for e in errs:
        print(e)
    for conn in CONNS:
        print(conn, counts[conn], sum(counts[conn].values()))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
