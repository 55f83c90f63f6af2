#!/usr/bin/env python3
"""Check bistrot_library.jsonl and bistrot_cases.jsonl on their own (stdlib only).

    python3 check_bistrot.py [folder]     # exit 1 and list the problems if any
    python3 check_bistrot.py --selftest   # break copies on purpose, expect each caught

It does not import the build or its data modules: it re-reads every label with its own
reading of each till's habits and checks the answers against the bench README's rules
(fields and their order, ids, yes / almost / none, also_ok, the vintage on the label,
units_per_sale against the measure on the label, formats, the till's case, width, prefix,
price and template, and that a yes/almost label shares a word with its entry).
"""
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = {"pointex", "tablette", "web"}
FAMILY_OK = {  # pointex family prefix -> what the entry must be
    "VR": lambda e: e["category"] == "vin" and e["colour"] == "rouge",
    "VB": lambda e: e["category"] == "vin" and e["colour"] == "blanc",
    "VRS": lambda e: e["category"] == "vin" and e["colour"] == "rosé",
    "BUL": lambda e: e["category"] == "champagne" or e["colour"] == "effervescent",
    "VDN": lambda e: e["category"] == "vin" and e["colour"] == "liquoreux",
    "APE": lambda e: e["category"] in ("spiritueux", "autre"),
    "DIG": lambda e: e["category"] == "spiritueux",
    "BIE": lambda e: e["category"] == "bière",
    "SOF": lambda e: e["category"] == "soft",
}
NON_DRINK = {"CUI", "DES", "CAF", "DIV"}


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("œ", "oe"))
    return "".join(c for c in s if not unicodedata.combining(c)).upper()


def words(s):
    return [w for w in re.split(r"[^0-9A-Z]+", fold(s)) if w]


# ---------------------------------------------------------------- label readings

def read_pointex(label, errs):
    m = re.fullmatch(r"([A-Z]+)/(.*)", label)
    if not m or m.group(1) not in set(FAMILY_OK) | NON_DRINK:
        errs.append("pointex label without a known family prefix")
        return None
    fam, toks = m.group(1), m.group(2).split()
    if len(label) > 20 or label != label.upper() or not label.isascii() \
            or label != label.strip() or "  " in label:
        errs.append("pointex label not upper-case ASCII within 20 columns")
    out = {"fam": fam, "kind": None, "vol": None, "vintage": None}
    first = toks[0] if toks else ""
    cl = re.fullmatch(r"(\d+)CL", first)
    wine = fam in ("VR", "VB", "VRS", "BUL", "VDN")
    if first in ("VRE", "CP"):
        out.update(kind="pour", vol=12.5)
    elif first in ("PICH25", "PICH50"):
        out.update(kind="pour", vol=float(first[4:]))
    elif first == "DOSE":
        out.update(kind="pour", vol=4.0)
    elif first == "1/2":
        out.update(kind="bottle", vol=37.5)
    elif first == "MAG":
        out.update(kind="bottle", vol=150.0)
    elif fam == "BIE" and first in ("DEMI", "PINTE"):
        out.update(kind="draught", vol=25.0 if first == "DEMI" else 50.0)
    elif cl and wine:
        out.update(kind="bottle", vol=float(cl.group(1)))
    elif cl and fam in ("APE", "DIG"):
        out.update(kind="pour", vol=float(cl.group(1)))
    elif fam not in NON_DRINK:
        out["kind"] = "bottle"
        size = re.fullmatch(r"(\d+)(CL|L)", toks[-1]) if len(toks) > 1 else None
        if size and fam in ("BIE", "SOF"):
            out["vol"] = float(size.group(1)) * (100 if size.group(2) == "L" else 1)
    if wine and len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
        out["vintage"] = 2000 + int(toks[-1])
    return out


def read_tablette(label, errs):
    m = re.fullmatch(r"(.+) (\d+,\d\d)", label)
    if not m or label != label.lower():
        errs.append("tablette label not lower case ending with a price like 12,50")
        return None
    toks = m.group(1).split()
    if any(re.fullmatch(r"20[0-2]\d", t) for t in toks):
        errs.append("tablette label with a four-digit year (its habit is 'YY)")
    out = {"kind": None, "vol": None, "vintage": None}
    if re.fullmatch(r"'\d\d", toks[-1]):
        out["vintage"] = 2000 + int(toks.pop()[1:])
    last, two = toks[-1], " ".join(toks[-2:])
    if re.fullmatch(r"(verre|pichet) \d+(cl)?", two):
        out.update(kind="pour", vol=float(re.sub(r"\D", "", toks[-1])))
    elif two == "1/2 btl":
        out.update(kind="bottle", vol=37.5)
    elif re.fullmatch(r"btl \d+cl", two):
        out.update(kind="bottle", vol=float(last[:-2]))
    elif last in ("verre", "coupe"):
        out.update(kind="pour", vol=12.5)
    elif last == "dose" or re.fullmatch(r"\d+cl", last):
        out.update(kind="pour", vol=4.0 if last == "dose" else float(last[:-2]))
    elif last == "btl":
        out["kind"] = "bottle"
    elif last == "magnum":
        out.update(kind="bottle", vol=150.0)
    elif last in ("demi", "pinte"):
        out.update(kind="draught", vol=25.0 if last == "demi" else 50.0)
    return out


def read_web(label, errs):
    m = re.fullmatch(r"(.+?) - (.+?)(?: \(([^()]+)\))?( Millésime \d{4}| N\.V\.)?"
                     r"(?: - (\d+(?:,\d)?)cl)?", label)
    if not m:
        errs.append("web label does not follow 'Producer - Cuvée (Appellation) ... - 75cl'")
        return None
    out = {"kind": None, "vol": None, "vintage": None, "nv": m.group(4) == " N.V."}
    if m.group(5):
        out.update(kind="bottle", vol=float(m.group(5).replace(",", ".")))
    if m.group(4) and m.group(4).startswith(" Millésime"):
        out["vintage"] = int(m.group(4)[-4:])
    return out


READERS = {"pointex": read_pointex, "tablette": read_tablette, "web": read_web}

GENERIC = {"DES", "LES", "DOM", "DNE", "VRE", "BTL", "VERRE", "DOSE", "DEMI", "PINTE",
           "MAG", "MAGNUM", "CHATEAU", "DOMAINE", "CUVEE", "BLANC", "ROUGE", "ROSE",
           "MILLESIME", "CHAMPAGNE", "VIN", "FRANCE", "COUPE", "PICHET", "ANS"}


def shares_word(label, e):
    """At least one significant word (or the start of one, cut by a till) in common."""
    lw = {w for w in words(label) if len(w) >= 3 and w not in GENERIC}
    ew = {w for w in words(" ".join([e["name"], e["producer"], e["appellation"] or ""]))
          if len(w) >= 3 and w not in GENERIC}
    return any(a == b or (not a.isdigit() and (b.startswith(a) or a.startswith(b)))
               for a in lw for b in ew)


# ---------------------------------------------------------------- checks

def same_wine(a, b):
    return all(a[k] == b[k] for k in ("name", "producer", "appellation", "colour",
                                      "format_cl"))


def load(path, fields, errs, what):
    rows = []
    raw = open(path, "rb").read()
    if b"\r" in raw or not raw.endswith(b"\n"):
        errs.append("%s: line endings are not plain \\n" % what)
    for n, line in enumerate(raw.decode("utf-8").split("\n")[:-1], 1):
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


def check_library(lib, errs):
    if not 110 <= len(lib) <= 150:
        errs.append("library: %d drinks (wanted 110-150)" % len(lib))
    for n, e in enumerate(lib, 1):
        where = "library %s" % e["id"]
        if e["id"] != "d%03d" % n:
            errs.append("%s: id out of sequence (expected d%03d)" % (where, n))
        if e["colour"] not in COLOURS or e["category"] not in CATEGORIES:
            errs.append("%s: colour/category" % where)
        if (e["category"] in ("vin", "champagne")) != (e["colour"] is not None):
            errs.append("%s: a wine needs a colour, nothing else has one" % where)
        if not (isinstance(e["format_cl"], (int, float)) and e["format_cl"] > 0):
            errs.append("%s: format_cl" % where)
        if e["vintage"] is not None and not (isinstance(e["vintage"], int)
                                             and 1950 <= e["vintage"] <= 2025):
            errs.append("%s: vintage" % where)
        if not all(isinstance(e[k], str) and e[k] for k in ("name", "producer", "country")):
            errs.append("%s: empty name, producer or country" % where)
    for a in lib:
        for b in lib:
            if a["id"] < b["id"] and same_wine(a, b) and a["vintage"] == b["vintage"]:
                errs.append("library: %s and %s are the same entry" % (a["id"], b["id"]))


def ordinary(entry, lib):
    """The entry's ordinary bottle format: 75 cl if the wine has one, else its only one."""
    fmts = {e["format_cl"] for e in lib if e["format_cl"] < 1000 and all(
        e[k] == entry[k] for k in ("name", "producer", "appellation", "colour"))}
    return 75 if 75 in fmts else (fmts.pop() if len(fmts) == 1 else None)


def check_case(n, c, lib, ids, errs):
    where = "case %d %r" % (n, c["label"])
    e0 = len(errs)
    sub = []
    if c["connection"] not in TILLS:
        errs.append("%s: connection %r" % (where, c["connection"]))
        return
    r = READERS[c["connection"]](c["label"], sub)
    errs.extend("%s: %s" % (where, s) for s in sub)
    if r is None:
        return
    if c["vintage"] != r["vintage"]:
        errs.append("%s: vintage %r but the label reads %r" % (where, c["vintage"],
                                                               r["vintage"]))
    if c["expect"] == "none":
        if c["beverage_id"] is not None or c["also_ok"] != [] or \
                c["units_per_sale"] is not None:
            errs.append("%s: a none case must have null id, [] and null units" % where)
        return
    if c["expect"] not in ("yes", "almost"):
        errs.append("%s: expect %r" % (where, c["expect"]))
        return
    e = ids.get(c["beverage_id"])
    if e is None:
        errs.append("%s: unknown beverage_id %r" % (where, c["beverage_id"]))
        return
    # the till's family, and the entry it names
    if c["connection"] == "pointex" and not FAMILY_OK.get(r["fam"], lambda x: 0)(e):
        errs.append("%s: family %s/ does not fit %s %s" % (where, r["fam"], e["category"],
                                                          e["colour"]))
    if c["connection"] == "web" and e["category"] in ("vin", "champagne") and \
            not (r["vintage"] or r["nv"]):
        errs.append("%s: web wine label without Millésime or N.V." % where)
    if not shares_word(c["label"], e):
        errs.append("%s: shares no word with %s" % (where, e["id"]))
    # measure and format
    kind, vol, units, fmt = r["kind"], r["vol"], c["units_per_sale"], e["format_cl"]
    if kind is None:
        errs.append("%s: no measure or bottle readable on a drink label" % where)
    elif kind == "bottle":
        if units != 1:
            errs.append("%s: a bottle sale must be 1 unit" % where)
        if vol is not None and vol != fmt:
            errs.append("%s: label bottle %s cl, entry %s cl" % (where, vol, fmt))
        if vol is None and e["category"] in ("vin", "champagne") and fmt != 75 \
                and ordinary(e, lib) != fmt:
            errs.append("%s: no format word, but entry is %s cl" % (where, fmt))
        if vol is None and fmt >= 1000:
            errs.append("%s: a bottle label on a keg entry" % where)
    elif kind == "pour":
        if fmt != ordinary(e, lib) or e["category"] == "bière":
            errs.append("%s: a pour must come from the ordinary bottle" % where)
        if units != round(vol / fmt, 4):
            errs.append("%s: units %r, label pours %s cl of %s cl" % (where, units, vol, fmt))
    elif kind == "draught":
        if e["category"] != "bière" or fmt < 1000:
            errs.append("%s: a draught measure must come from a keg" % where)
        if units != round(vol / fmt, 4):
            errs.append("%s: units %r, label draws %s cl of %s cl" % (where, units, vol, fmt))
    # vintages
    sib = sorted((x for x in lib if same_wine(x, e)), key=lambda x: x["vintage"] or 0)
    others = [x["id"] for x in sib if x["id"] != e["id"]]
    vins = [x["vintage"] for x in sib if x["vintage"] is not None]
    if len(set(c["also_ok"])) != len(c["also_ok"]) or \
            any(a not in ids or not same_wine(ids[a], e) for a in c["also_ok"]):
        errs.append("%s: also_ok must be other vintages of the same wine" % where)
    lv = c["vintage"]
    if c["expect"] == "yes":
        if lv is not None:
            if e["vintage"] != lv or c["also_ok"]:
                errs.append("%s: yes with vintage %s: entry %s, also_ok %s" % (
                    where, lv, e["vintage"], c["also_ok"]))
        elif vins and (e["vintage"] != max(vins) or sorted(c["also_ok"]) != sorted(others)):
            errs.append("%s: no vintage on the label: want the most recent and the rest"
                        % where)
        elif not vins and c["also_ok"]:
            errs.append("%s: non-vintage drink with also_ok" % where)
    else:
        if lv is None or not vins or lv in vins:
            errs.append("%s: almost needs a label vintage the wine lacks" % where)
        else:
            near = min(vins, key=lambda v: (abs(v - lv), -v))
            if e["vintage"] != near or sorted(c["also_ok"]) != sorted(others):
                errs.append("%s: almost must be the nearest vintage %s, others in also_ok"
                            % (where, near))
    if len(errs) > e0:
        return


def check_all(folder):
    errs = []
    lib = load(os.path.join(folder, "bistrot_library.jsonl"), LIB_FIELDS, errs, "library")
    cases = load(os.path.join(folder, "bistrot_cases.jsonl"), CASE_FIELDS, errs, "cases")
    check_library(lib, errs)
    ids = {e["id"]: e for e in lib}
    if len(ids) != len(lib):
        errs.append("library: duplicate ids")
    labels = [c["label"] for c in cases]
    if len(set(labels)) != len(labels):
        errs.append("cases: duplicate labels")
    for n, c in enumerate(cases, 1):
        check_case(n, c, lib, ids, errs)
    counts = {}
    for c in cases:
        d = counts.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})
        if c["expect"] in d:
            d[c["expect"]] += 1
    total = len(cases)
    if not 260 <= total <= 300:
        errs.append("cases: %d labels (wanted 260-300)" % total)
    share = {k: sum(d[k] for d in counts.values()) / max(total, 1)
             for k in ("yes", "almost", "none")}
    if not 0.35 <= share["none"] <= 0.40 or not 0.12 <= share["almost"] <= 0.18:
        errs.append("cases: none %.1f %% / almost %.1f %% out of range" % (
            100 * share["none"], 100 * share["almost"]))
    pointex = [c["label"] for c in cases if c["connection"] == "pointex"]
    if pointex and sum(len(x) == 20 for x in pointex) < len(pointex) / 3:
        errs.append("pointex: too few labels reach the 20-column cut")
    tab = [c["label"] for c in cases if c["connection"] == "tablette"]
    if tab and not any(re.search(r"[éèêàâîôûç]", x) for x in tab):
        errs.append("tablette: no accents at all")
    return errs, counts, total, share


# ---------------------------------------------------------------- self-test

def _rewrite(folder, name, fn):
    path = os.path.join(folder, name)
    rows = [json.loads(x) for x in open(path, encoding="utf-8")]
    fn(rows)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def _first(rows, pred):
    return next(r for r in rows if pred(r))


def selftest(folder):
    breakers = {
        "units of a glass": lambda rows: _first(
            rows, lambda r: r["label"].startswith("VR/VRE") and r["units_per_sale"]
        ).update(units_per_sale=0.2),
        "almost answered with the older vintage": lambda rows: _first(
            rows, lambda r: r["label"] == "VR/PEGAU 17").update(beverage_id="d035",
                                                               also_ok=["d036"]),
        "vintage kept although the till cut it": lambda rows: _first(
            rows, lambda r: r["label"] == "VR/MORGON JAVERNIERE").update(vintage=2021),
        "none with an id": lambda rows: _first(
            rows, lambda r: r["expect"] == "none").update(beverage_id="d001"),
        "pointex label over 20 columns, lower case": lambda rows: _first(
            rows, lambda r: r["connection"] == "pointex").update(
            label="VR/souhaut st joseph 19"),
        "tablette price dropped": lambda rows: _first(
            rows, lambda r: r["connection"] == "tablette").update(
            label="saint-joseph hervé souhaut btl '20"),
        "fields out of order": lambda rows: rows.__setitem__(0, dict(
            reversed(list(rows[0].items())))),
        "half bottle answered with the 75 cl bottle": lambda rows: _first(
            rows, lambda r: r["label"] == "VR/1/2 ST COSME GIGO").update(
            beverage_id="d030", also_ok=["d029"]),
        "also_ok missing on a label without vintage": lambda rows: _first(
            rows, lambda r: r["label"] == "VR/SOUHAUT ST JOSEPH").update(also_ok=[]),
        "white label answered with the red entry": lambda rows: _first(
            rows, lambda r: r["label"] == "VB/VRE COMBE BAZIN 2").update(beverage_id="d095"),
        "draught answered with a bottle": lambda rows: _first(
            rows, lambda r: r["label"] == "BIE/PINTE BAPBAP").update(beverage_id="d136"),
    }
    base = set(check_all(folder)[0])
    ok = not base
    print("unbroken files: %s" % ("clean" if not base else "%d problem(s)" % len(base)))
    for what, fn in breakers.items():
        tmp = tempfile.mkdtemp()
        try:
            for name in ("bistrot_library.jsonl", "bistrot_cases.jsonl"):
                shutil.copy(os.path.join(folder, name), tmp)
            _rewrite(tmp, "bistrot_cases.jsonl", fn)
            errs = [x for x in check_all(tmp)[0] if x not in base]
        finally:
            shutil.rmtree(tmp)
        print("%-48s %s" % (what, "caught: " + errs[0][:70] if errs else "NOT CAUGHT"))
        ok = ok and bool(errs)
    return ok


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    if argv[1:2] == ["--selftest"]:
        sys.exit(0 if selftest(here) else 1)
    folder = argv[1] if len(argv) > 1 else here
    errs, counts, total, share = check_all(folder)
    for e in errs:
        print("ERROR", e)
    print("%d cases: yes %.1f %%, almost %.1f %%, none %.1f %%" % (
        total, 100 * share["yes"], 100 * share["almost"], 100 * share["none"]))
    for till in sorted(counts):
        print("  %-9s %s" % (till, counts[till]))
    print("OK" if not errs else "%d problem(s)" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main(sys.argv)
