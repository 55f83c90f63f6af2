#!/usr/bin/env python3
"""Check the Ancenis held-out set from its two jsonl files alone.

    python3 check_ancenis.py             # validate ancenis_library.jsonl / ancenis_cases.jsonl
    python3 check_ancenis.py --selftest  # break copies on purpose, show each break is caught

Stdlib only. Does not import the build: the tills' forms and the bench README's rules are
re-derived here from the labels.
"""
import copy
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("comptoir", "tablette", "z")
POUR = {"G": 12.5, "G12": 12, "G15": 15, "CP": 12.5, "P25": 25, "P50": 50, "D": 4, "D2": 2,
        "DE": 25, "PI": 50}
COMPTOIR = {"1/2": "H", "MAG": "M", "VRE": "G", "V12": "G12", "V15": "G15", "CPE": "CP",
            "PCH25": "P25", "PCH50": "P50", "DOSE": "D", "2CL": "D2", "DEMI": "DE",
            "PINTE": "PI", "20CL": "C20", "25CL": "C25", "33CL": "C33", "50CL": "C50",
            "75CL": "C75", "1L": "C100"}
TABLETTE = {"btl": "B", "1/2 btl": "H", "magnum": "M", "verre": "G", "verre 12cl": "G12",
            "verre 15cl": "G15", "coupe": "CP", "pichet 25cl": "P25", "pichet 50cl": "P50",
            "dose": "D", "dose 2cl": "D2", "demi": "DE", "pinte": "PI", "20cl": "C20",
            "25cl": "C25", "33cl": "C33", "50cl": "C50", "75cl": "C75", "1l": "C100"}
ZVAR = {"BT": "B", "1/2": "H", "MAG": "M", "VR": "G", "VR12": "G12", "VR15": "G15",
        "CP": "CP", "P25": "P25", "P50": "P50", "DS": "D", "DS2": "D2", "DEMI": "DE",
        "PINTE": "PI", "20CL": "C20", "25CL": "C25", "33CL": "C33", "50CL": "C50",
        "75CL": "C75", "1L": "C100"}
FAMILIES = {"BL", "RG", "RS", "MO", "BU", "PR", "BI", "CI", "AP", "AL", "SO", "GL", "CF",
            "CU", "DV"}
Z_RE = re.compile(r"^(\d{1,2})x (.{20}) (.{5}) (.{7})$")


# ------------------------------------------------------------------ reading a label
def read_label(conn, label):
    """(measure or None, vintage or None, family or None); raises ValueError on bad form."""
    if conn == "comptoir":
        m = re.fullmatch(r"([A-Z]{2})\.(\S.*)", label)
        if not m or len(label) > 20 or label != label.rstrip() or not label.isascii() \
                or label != label.upper() or "  " in label:
            raise ValueError("comptoir form (FAM. + ASCII capitals, <= 20 columns)")
        fam, rest = m.groups()
        if fam not in FAMILIES:
            raise ValueError(f"comptoir family {fam}")
        toks = rest.split(" ")
        meas = COMPTOIR.get(toks[0], "B")
        vint = 2000 + int(toks[-1]) if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]) else None
        return meas, vint, fam
    if conn == "tablette":
        parts = label.split(" · ")
        if label != label.lower() or len(parts) not in (2, 3) \
                or not re.fullmatch(r"\d{1,3},\d[05]€", parts[-1]):
            raise ValueError("tablette form (lower case, ' · ' variant ' · ' price€)")
        meas = None
        if len(parts) == 3:
            if parts[1] not in TABLETTE:
                raise ValueError(f"tablette variant {parts[1]!r}")
            meas = TABLETTE[parts[1]]
        m = re.search(r"(?:^| )((?:19|20)\d\d)$", parts[0])
        return meas, int(m.group(1)) if m else None, None
    if conn == "z":
        m = Z_RE.match(label)
        if not m:
            raise ValueError("z form (QTYx, name 20, variant 5, total 7)")
        qty, name, var, amount = m.groups()
        if not name.isascii() or name != name.upper() or name[0] == " " \
                or not re.fullmatch(r" *\d+,\d\d", amount):
            raise ValueError("z fields")
        q = int(qty)
        cents = int(amount.strip().replace(",", ""))
        if q < 1 or cents % (50 * q):
            raise ValueError("z total is not quantity x a price in half euros")
        var = var.strip()
        if var and var not in ZVAR:
            raise ValueError(f"z variant {var!r}")
        last = name.rstrip().split(" ")[-1]
        if re.fullmatch(r"\d\d", last):
            raise ValueError("z name cut leaves a two-digit year")
        mm = re.search(r"(?:^| )((?:19|20)\d\d)$", name.rstrip())
        return ZVAR[var] if var else None, int(mm.group(1)) if mm else None, None
    raise ValueError(f"unknown connection {conn!r}")


# ------------------------------------------------------------------ checks
def load(lines, fields, what, errs):
    rows = []
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"{what} line {i}: bad JSON ({e.msg})")
            continue
        if list(obj) != fields:
            errs.append(f"{what} line {i}: fields {list(obj)} not in bench order")
            continue
        rows.append(obj)
    return rows


def wine_key(d):
    return (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"])


def check_library(lib, errs):
    if not 110 <= len(lib) <= 130:
        errs.append(f"library: {len(lib)} drinks, want 110-130")
    seen = set()
    for i, d in enumerate(lib, 1):
        if d["id"] != f"ANC{i:03d}":
            errs.append(f"library: id {d['id']} out of sequence (want ANC{i:03d})")
        if d["category"] not in CATEGORIES:
            errs.append(f"{d['id']}: category {d['category']!r}")
        winey = d["category"] in ("vin", "champagne")
        if winey and d["colour"] not in COLOURS:
            errs.append(f"{d['id']}: wine colour {d['colour']!r}")
        if not winey and d["colour"] is not None:
            errs.append(f"{d['id']}: colour {d['colour']!r} on a {d['category']}")
        if not isinstance(d["format_cl"], (int, float)) or d["format_cl"] <= 0:
            errs.append(f"{d['id']}: format {d['format_cl']!r}")
        elif d["format_cl"] >= 1000 and not (d["category"] == "bière" or "Cidre" in d["name"]):
            errs.append(f"{d['id']}: keg format on a {d['category']}")
        if d["vintage"] is not None and not (isinstance(d["vintage"], int) and 1900 < d["vintage"] < 2030):
            errs.append(f"{d['id']}: vintage {d['vintage']!r}")
        k = (*wine_key(d), d["vintage"])
        if k in seen:
            errs.append(f"{d['id']}: duplicate entry")
        seen.add(k)


def ordinary(group_formats):
    bottles = sorted(f for f in group_formats if f < 1000)
    if 75 in bottles:
        return 75
    if len(bottles) == 1 and bottles[0] not in (37.5, 150):
        return bottles[0]
    return None


def check_cases(lib, cases, errs, strict_counts=True):
    byid = {d["id"]: d for d in lib}
    groups = defaultdict(list)              # same wine in the same format
    formats = defaultdict(set)              # (name, producer) -> formats
    for d in lib:
        groups[wine_key(d)].append(d)
        formats[(d["name"], d["producer"])].add(d["format_cl"])
    if strict_counts and not 280 <= len(cases) <= 300:
        errs.append(f"cases: {len(cases)}, want 280-300")
    labels = Counter(c["label"] for c in cases)
    for lab, n in labels.items():
        if n > 1:
            errs.append(f"duplicate label {lab!r}")
    for c in cases:
        lab, exp, conn = c["label"], c["expect"], c["connection"]
        tag = f"[{conn}] {lab!r}"
        if exp not in ("yes", "almost", "none"):
            errs.append(f"{tag}: expect {exp!r}")
            continue
        try:
            meas, vint, fam = read_label(conn, lab)
        except ValueError as e:
            errs.append(f"{tag}: {e}")
            continue
        if c["vintage"] != vint:
            errs.append(f"{tag}: vintage {c['vintage']} but the label reads {vint}")
        if not isinstance(c["note"], str) or not c["note"]:
            errs.append(f"{tag}: empty note")
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(f"{tag}: a none must have no id, no also_ok, no units")
            continue
        d = byid.get(c["beverage_id"])
        if d is None:
            errs.append(f"{tag}: unknown beverage_id {c['beverage_id']!r}")
            continue
        if any(a not in byid for a in c["also_ok"]):
            errs.append(f"{tag}: unknown id in also_ok")
            continue
        if meas is None:
            errs.append(f"{tag}: a drink answer on a label with no measure")
            continue
        fmts = formats[(d["name"], d["producer"])]
        f = d["format_cl"]
        winey = d["category"] in ("vin", "champagne")
        # the format the printed measure refers to
        if meas in ("DE", "PI"):
            want = f if f >= 1000 else None
        elif meas in POUR:
            want = ordinary(fmts)
            if meas in ("D", "D2") and winey:
                want = None
        elif meas == "B":
            bottles = [x for x in fmts if x < 1000]
            want = 75 if winey else (bottles[0] if len(fmts) == 1 else None)
        elif meas == "H":
            want = 37.5
        elif meas == "M":
            want = 150
        else:
            want = int(meas[1:])
        if want != f:
            errs.append(f"{tag}: measure {meas} refers to {want} cl, entry {d['id']} is {f} cl")
            continue
        u = 1 if meas not in POUR else float(f"{POUR[meas] / f:.4f}")
        if c["units_per_sale"] != u or (u == 1 and not isinstance(c["units_per_sale"], int)):
            errs.append(f"{tag}: units {c['units_per_sale']} want {u}")
        # family on the comptoir
        if conn == "comptoir":
            if meas in ("DE", "PI"):
                wf = {"PR"}
            elif d["category"] in ("vin", "champagne"):
                wf = {"blanc": {"BL"}, "rouge": {"RG"}, "rosé": {"RS", "BU"},
                      "liquoreux": {"MO"}, "effervescent": {"BU"}}[d["colour"]]
            else:
                wf = {"bière": {"BI"}, "soft": {"SO"}, "spiritueux": {"AP", "AL"},
                      "autre": {"AP", "AL", "CI"}}[d["category"]]
            if fam not in wf:
                errs.append(f"{tag}: family {fam} on a {d['category']} {d['colour'] or ''}")
        grp = groups[wine_key(d)]
        vints = sorted(x["vintage"] for x in grp if x["vintage"] is not None)
        others = sorted(x["id"] for x in grp if x["id"] != d["id"])
        if exp == "yes":
            if vint is not None:
                if d["vintage"] != vint or c["also_ok"]:
                    errs.append(f"{tag}: yes with vintage {vint} must be that vintage, no also_ok")
            else:
                if vints and d["vintage"] != max(vints):
                    errs.append(f"{tag}: yes without vintage must be the most recent")
                if sorted(c["also_ok"]) != others:
                    errs.append(f"{tag}: also_ok {c['also_ok']} want {others}")
        else:
            if vint is None or vint in vints or not vints:
                errs.append(f"{tag}: almost needs a label vintage the wine lacks")
                continue
            best = min(vints, key=lambda v: (abs(v - vint), -v))
            if d["vintage"] != best:
                errs.append(f"{tag}: almost should be {best}, not {d['vintage']}")
            if sorted(c["also_ok"]) != others:
                errs.append(f"{tag}: also_ok {c['also_ok']} want {others}")
    # counts
    n = len(cases) or 1
    tot = Counter(c["expect"] for c in cases)
    for exp, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        share = 100 * tot[exp] / n
        if strict_counts and not lo <= share <= hi:
            errs.append(f"counts: {exp} {share:.1f} % outside {lo}-{hi} %")
    by = Counter((c["connection"], c["expect"]) for c in cases)
    for t in TILLS:
        for exp in ("yes", "almost", "none"):
            if strict_counts and by[(t, exp)] == 0:
                errs.append(f"counts: till {t} has no {exp}")
    for c in cases:
        if c["connection"] not in TILLS:
            errs.append(f"unknown connection {c['connection']!r}")
    return tot, by


def check(lib_lines, case_lines, strict_counts=True):
    errs = []
    lib = load(lib_lines, LIB_FIELDS, "library", errs)
    cases = load(case_lines, CASE_FIELDS, "cases", errs)
    check_library(lib, errs)
    tot, by = check_cases(lib, cases, errs, strict_counts)
    return errs, lib, cases, tot, by


def read_files():
    with open(os.path.join(HERE, "ancenis_library.jsonl"), encoding="utf-8") as fh:
        lib = fh.read().splitlines()
    with open(os.path.join(HERE, "ancenis_cases.jsonl"), encoding="utf-8") as fh:
        cases = fh.read().splitlines()
    return lib, cases


# ------------------------------------------------------------------ selftest
def _edit(lines, pred, fn):
    out, done = [], False
    for line in lines:
        obj = json.loads(line)
        if not done and pred(obj):
            new = fn(obj)
            done = True
            out.append(new if isinstance(new, str) else json.dumps(new, ensure_ascii=False))
        else:
            out.append(line)
    if not done:
        raise SystemExit("selftest: nothing to break")
    return out


def selftest():
    lib, cases = read_files()
    errs = check(lib, cases)[0]
    print(f"clean files: {'PASS' if not errs else 'FAIL'}")
    ok = not errs
    for e in errs[:10]:
        print("   ", e)

    def setf(obj, **kw):
        o = copy.deepcopy(obj)
        o.update(kw)
        return o

    def swap_first_fields(obj):
        keys = list(obj)
        keys[0], keys[1] = keys[1], keys[0]
        return {k: obj[k] for k in keys}

    def z_misalign(obj):
        return setf(obj, label=obj["label"].replace("  ", " ", 1))

    breaks = [
        ("broken JSON", "c", lambda c: True, lambda c: json.dumps(c)[:-2]),
        ("field order", "c", lambda c: True, swap_first_fields),
        ("id out of sequence", "l", lambda d: d["id"] == "ANC010", lambda d: setf(d, id="ANC099")),
        ("colour on a spirit", "l", lambda d: d["category"] == "spiritueux", lambda d: setf(d, colour="blanc")),
        ("wine without colour", "l", lambda d: d["category"] == "vin", lambda d: setf(d, colour=None)),
        ("vintage not on the label", "c", lambda c: c["vintage"] is None and c["expect"] == "yes",
         lambda c: setf(c, vintage=2021)),
        ("also_ok dropped", "c", lambda c: c["also_ok"] and c["expect"] == "yes", lambda c: setf(c, also_ok=[])),
        ("almost not the nearest", "c", lambda c: c["expect"] == "almost" and c["also_ok"],
         lambda c: setf(c, beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"], *c["also_ok"][1:]])),
        ("wrong units", "c", lambda c: c["units_per_sale"] not in (None, 1), lambda c: setf(c, units_per_sale=0.2)),
        ("none with a drink", "c", lambda c: c["expect"] == "none", lambda c: setf(c, beverage_id="ANC001")),
        ("duplicate label", "c", lambda c: c["connection"] == "tablette",
         lambda c: setf(c, label=json.loads(cases[0])["label"])),
        ("comptoir over 20 columns", "c", lambda c: c["connection"] == "comptoir" and c["expect"] == "none",
         lambda c: setf(c, label=c["label"] + " SUPPLEMENT")),
        ("tablette in capitals", "c", lambda c: c["connection"] == "tablette", lambda c: setf(c, label=c["label"].upper())),
        ("z columns misaligned", "c", lambda c: c["connection"] == "z" and "  " in c["label"], z_misalign),
        ("half-bottle label on a 75 cl entry", "c",
         lambda c: c["connection"] == "tablette" and " · 1/2 btl · " in c["label"] and c["expect"] == "yes",
         lambda c: setf(c, label=c["label"].replace("1/2 btl", "btl"))),
        ("draught on a bottle entry", "c", lambda c: c["label"].startswith("PR.DEMI") and c["expect"] == "yes",
         lambda c: setf(c, beverage_id="ANC059")),
        ("wrong comptoir family", "c", lambda c: c["label"].startswith("RG.") and c["expect"] == "yes",
         lambda c: setf(c, label="BL." + c["label"][3:])),
        ("unknown expect", "c", lambda c: True, lambda c: setf(c, expect="maybe")),
        ("z total not qty x price", "c", lambda c: c["connection"] == "z",
         lambda c: setf(c, label=c["label"][:-4] + "0,10")),
    ]
    for name, which, pred, fn in breaks:
        bl, bc = (_edit(lib, pred, fn), cases) if which == "l" else (lib, _edit(cases, pred, fn))
        e = check(bl, bc)[0]
        print(f"{'caught' if e else 'MISSED'}: {name}" + (f"  -> {e[0]}" if e else ""))
        ok &= bool(e)
    # counts out of range: drop all almost cases
    bc = [l for l in cases if json.loads(l)["expect"] != "almost"]
    e = check(lib, bc)[0]
    print(f"{'caught' if e else 'MISSED'}: counts out of range" + (f"  -> {e[0]}" if e else ""))
    ok &= bool(e)
    print("SELFTEST", "PASS" if ok else "FAIL")
    return ok


def main():
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    lib, cases = read_files()
    errs, lib, cases, tot, by = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    print(f"{len(lib)} drinks, {len(cases)} cases")
    for t in TILLS:
        print(f"  {t:<9}", " ".join(f"{x}={by[(t, x)]}" for x in ("yes", "almost", "none")))
    print("  total    ", " ".join(f"{x}={tot[x]} ({100 * tot[x] / len(cases):.1f} %)"
                                   for x in ("yes", "almost", "none")))
    print("OK" if not errs else f"{len(errs)} ERRORS")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
