"""Validate rodez_library.jsonl and rodez_cases.jsonl from the files alone.
python3 check_rodez.py [--selftest]"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_KEYS = ["id", "name", "producer", "appellation", "region", "country", "colour",
            "category", "vintage", "format_cl"]
CASE_KEYS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
             "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNS = ("zinc", "carnet", "export")
CARNET_FAM = ("rouge", "blanc", "rosé", "bulles", "doux", "apéro", "digo", "pression",
              "bière", "soft", "cuisine", "divers")
EXPORT_FAM = ("Vins > Rouges > ", "Vins > Blancs > ", "Vins > Rosés > ", "Vins > Bulles > ",
              "Vins > Moelleux et liquoreux > ", "Bar > Apéritifs > ",
              "Bar > Digestifs et spiritueux > ", "Bar > Bières pression > ",
              "Bar > Bières bouteille > ", "Bar > Sans alcool > ", "Cuisine > ", "Divers > ")
ENT = {"&amp;": "&", "&#39;": "'", "&quot;": '"', "&eacute;": "é", "&egrave;": "è",
       "&ecirc;": "ê", "&agrave;": "à", "&acirc;": "â", "&ocirc;": "ô", "&icirc;": "î",
       "&iuml;": "ï", "&ccedil;": "ç", "&ucirc;": "û", "&ugrave;": "ù", "&Eacute;": "É",
       "&Acirc;": "Â", "&laquo;": "«", "&raquo;": "»", "&euml;": "ë", "&oelig;": "œ"}


def unescape(s):
    return re.sub(r"&#?\w+;", lambda m: ENT.get(m.group(0), "\x00"), s)


def read_vintage(conn, label):
    if conn == "zinc":
        m = re.search(r" (\d\d)$", label.rsplit(" ", 1)[0])
        return 2000 + int(m.group(1)) if m else None
    if conn == "carnet":
        m = re.search(r" '(\d\d)\b", label)
        return 2000 + int(m.group(1)) if m else None
    m = re.search(r" ((?:19|20)\d\d)(?: - |$)", label)
    return int(m.group(1)) if m else None


def read_measure(conn, label):
    """('B', cl or None) for a bottle, ('M', cl) for a glass / pichet / dose / demi / pinte."""
    if conn == "zinc":
        body = label.rsplit(" ", 1)[0]
        first = body.split(" ")[0]
        pre = {"VRE": 12.5, "V12": 12, "V15": 15, "PICH50": 50, "PICH25": 25, "DOSE": 4,
               "D2CL": 2, "D4CL": 4, "DEMI": 25, "PINTE": 50}
        if first in pre:
            return ("M", pre[first])
        if first == "1/2":
            return ("B", 37.5)
        if first == "MAG":
            return ("B", 150)
        text = body
    elif conn == "carnet":
        text, _, m = label.partition(" · ")
        ms = {"btl": ("B", None), "1/2 btl": ("B", 37.5), "mag": ("B", 150),
              "btl 50cl": ("B", 50), "vr": ("M", 12.5), "vr 12": ("M", 12), "vr 15": ("M", 15),
              "pichet 50": ("M", 50), "pichet 25": ("M", 25), "dose": ("M", 4),
              "dose 2cl": ("M", 2), "dose 4cl": ("M", 4), "demi": ("M", 25), "pinte": ("M", 50)}
        if m:
            return ms[m]
    else:
        text, _, m = label.partition(" - ")
        if m:
            mm = re.fullmatch(r"(Bouteille|Demi-bouteille|Magnum|Verre|Pichet|Dose|Demi|Pinte)"
                              r"(?: (\d+(?:,\d)?) (cl|l))?", m)
            if not mm:
                raise ValueError("measure")
            kind, vol, unit = mm.groups()
            cl = None if vol is None else float(vol.replace(",", ".")) * (100 if unit == "l" else 1)
            if kind in ("Bouteille", "Demi-bouteille", "Magnum"):
                return ("B", cl)
            return ("M", cl if cl else (12.5 if kind == "Verre" else 4))
    mv = re.search(r"\b(\d+)CL\b|\b(1)L\b", text, re.I)
    if mv:
        return ("B", float(mv.group(1)) if mv.group(1) else 100.0)
    return ("B", None)


def check_form(conn, label):
    if conn == "zinc":
        m = re.fullmatch(r"([A-Z0-9 /'.-]+) (\d{1,2})E(\d\d)", label)
        if not m or len(m.group(1)) > 20 or m.group(3) not in ("00", "50"):
            return "zinc form"
    elif conn == "carnet":
        fam = label.split(": ", 1)[0]
        if fam not in CARNET_FAM or label != label.lower() or ": " not in label:
            return "carnet form"
    else:
        if any(ord(c) > 127 for c in label) or "'" in label or '"' in label:
            return "export: unescaped character"
        u = unescape(label)
        if "\x00" in u or not u.startswith(EXPORT_FAM):
            return "export form"
    return None


def load(lines, keys, what, errs):
    out = []
    for i, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append("%s line %d: bad JSON" % (what, i))
            continue
        if list(r) != keys:
            errs.append("%s line %d: field order %s" % (what, i, list(r)))
        out.append(r)
    return out


def check(lib_lines, case_lines):
    errs = []
    lib = load(lib_lines, LIB_KEYS, "library", errs)
    cases = load(case_lines, CASE_KEYS, "cases", errs)
    if not 110 <= len(lib) <= 130:
        errs.append("library size %d" % len(lib))
    by_id = {}
    for i, r in enumerate(lib, 1):
        if r.get("id") != "rz%03d" % i:
            errs.append("id %s out of sequence at %d" % (r.get("id"), i))
        by_id[r.get("id")] = r
        wine = r.get("category") in ("vin", "champagne")
        if r.get("category") not in CATS:
            errs.append("%s: category" % r.get("id"))
        if (r.get("colour") in COLOURS) != wine or (not wine and r.get("colour") is not None):
            errs.append("%s: colour %r" % (r.get("id"), r.get("colour")))
        if not (r.get("vintage") is None or isinstance(r.get("vintage"), int)):
            errs.append("%s: vintage" % r.get("id"))
        if r.get("category") == "bière" and "Pression" in r.get("name", "") and r.get("format_cl") not in (2000, 3000):
            errs.append("%s: keg format" % r.get("id"))

    def key(r):
        return (r["name"], r["producer"], r["appellation"], r["colour"])

    seen = set()
    for c in cases:
        lab, conn, exp = c.get("label"), c.get("connection"), c.get("expect")
        tag = "case %r" % lab
        if lab in seen:
            errs.append(tag + ": duplicate label")
        seen.add(lab)
        if conn not in CONNS:
            errs.append(tag + ": connection")
            continue
        f = check_form(conn, lab)
        if f:
            errs.append(tag + ": " + f)
        v = read_vintage(conn, lab)
        if v != c.get("vintage"):
            errs.append(tag + ": vintage %r, label reads %r" % (c.get("vintage"), v))
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(tag + ": none must have null id, [] also_ok, null units")
            continue
        if exp not in ("yes", "almost"):
            errs.append(tag + ": expect")
            continue
        b = by_id.get(c["beverage_id"])
        if b is None or any(a not in by_id for a in c["also_ok"]):
            errs.append(tag + ": unknown id")
            continue
        try:
            kind, cl = read_measure(conn, lab)
        except (ValueError, KeyError):
            errs.append(tag + ": unreadable measure")
            continue
        same = [r for r in lib if key(r) == key(b)]
        fmts = {r["format_cl"] for r in same}
        wine = b["category"] in ("vin", "champagne")
        if kind == "B":
            want = cl if cl is not None else (75 if wine else (next(iter(fmts)) if len(fmts) == 1 else None))
            units = 1
        else:
            want = 75 if 75 in fmts else (next(iter(fmts)) if len(fmts) == 1 else None)
            units = round(cl / want, 4) if want else None
        if want is None or b["format_cl"] != want:
            errs.append(tag + ": entry format %s, label asks %s" % (b["format_cl"], want))
            continue
        if c["units_per_sale"] != units:
            errs.append(tag + ": units %r, expected %r" % (c["units_per_sale"], units))
        grp = [r for r in same if r["format_cl"] == want]
        ids = {r["id"] for r in grp}
        if set(c["also_ok"]) | {b["id"]} != ids and not (exp == "yes" and v is not None):
            errs.append(tag + ": also_ok should be the wine's other vintages")
        vints = {r["vintage"] for r in grp}
        if exp == "yes":
            if v is not None:
                if b["vintage"] != v or c["also_ok"]:
                    errs.append(tag + ": yes with a vintage must be that entry, also_ok empty")
            elif b["vintage"] != max((x for x in vints if x is not None), default=None):
                errs.append(tag + ": yes without vintage must be the most recent")
        else:
            if v is None or v in vints or None in vints:
                errs.append(tag + ": almost needs a vintage the wine lacks")
            else:
                best = min(grp, key=lambda r: (abs(r["vintage"] - v), -r["vintage"]))
                if best["id"] != b["id"]:
                    errs.append(tag + ": almost must be the nearest vintage (tie: more recent)")
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append("case count %d" % n)
    if n:
        share = {e: sum(c.get("expect") == e for c in cases) / n for e in ("yes", "almost", "none")}
        for e, lo, hi in (("yes", .45, .52), ("almost", .12, .17), ("none", .33, .40)):
            if not lo <= share[e] <= hi:
                errs.append("share of %s %.3f" % (e, share[e]))
        for t in CONNS:
            for e in ("yes", "almost", "none"):
                if not any(c.get("connection") == t and c.get("expect") == e for c in cases):
                    errs.append("till %s has no %s" % (t, e))
    return errs, cases


def counts(cases):
    print("%-8s %5s %7s %5s %6s" % ("till", "yes", "almost", "none", "total"))
    for t in CONNS:
        row = [sum(c["connection"] == t and c["expect"] == e for c in cases)
               for e in ("yes", "almost", "none")]
        print("%-8s %5d %7d %5d %6d" % (t, *row, sum(row)))
    row = [sum(c["expect"] == e for c in cases) for e in ("yes", "almost", "none")]
    print("%-8s %5d %7d %5d %6d" % ("total", *row, sum(row)))


def selftest(lib_lines, case_lines):
    def edit_case(pred, fn):
        out, done = [], False
        for l in case_lines:
            c = json.loads(l)
            if not done and pred(c):
                fn(c)
                done = True
            out.append(json.dumps(c, ensure_ascii=False))
        return out

    def edit_lib(i, fn):
        out = list(lib_lines)
        r = json.loads(out[i])
        fn(r)
        out[i] = json.dumps(r, ensure_ascii=False)
        return out

    def first_yes_v(c):
        return c["expect"] == "yes" and c["vintage"] is not None
    breaks = [
        ("library field order", edit_lib(0, lambda r: r.update({"id": r.pop("id")})), case_lines),
        ("id out of sequence", edit_lib(5, lambda r: r.update(id="rz099")), case_lines),
        ("bad colour", edit_lib(90, lambda r: r.update(colour="rouge")), case_lines),
        ("bad JSON", lib_lines, [*case_lines[:3], "{oops", *case_lines[3:]]),
        ("duplicate label", lib_lines, [*case_lines, case_lines[0]]),
        ("vintage not read back", lib_lines, edit_case(first_yes_v, lambda c: c.update(vintage=c["vintage"] - 1))),
        ("wrong units", lib_lines, edit_case(lambda c: c["expect"] == "yes" and c["units_per_sale"] != 1, lambda c: c.update(units_per_sale=0.2222))),
        ("also_ok on a vintage yes", lib_lines, edit_case(first_yes_v, lambda c: c.update(also_ok=["rz001"]))),
        ("almost not nearest", lib_lines, edit_case(lambda c: c["expect"] == "almost" and c["also_ok"], lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"], *c["also_ok"][1:]]))),
        ("none with an id", lib_lines, edit_case(lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="rz001"))),
        ("zinc lower case", lib_lines, edit_case(lambda c: c["connection"] == "zinc", lambda c: c.update(label=c["label"].lower()))),
        ("export raw accent", lib_lines, edit_case(lambda c: c["connection"] == "export" and "&eacute;" in c["label"], lambda c: c.update(label=c["label"].replace("&eacute;", "é")))),
        ("carnet family missing", lib_lines, edit_case(lambda c: c["connection"] == "carnet", lambda c: c.update(label=c["label"].split(": ", 1)[1]))),
        ("yes not most recent", lib_lines, edit_case(lambda c: c["expect"] == "yes" and c["vintage"] is None and c["also_ok"], lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"], *c["also_ok"][1:]]))),
        ("half bottle on a plain label", lib_lines, edit_case(lambda c: c["label"] == "rouge: cros lo sang · btl", lambda c: c.update(beverage_id="rz004", also_ok=[]))),
        ("case field order", lib_lines, [json.dumps(dict(reversed(list(json.loads(case_lines[0]).items()))), ensure_ascii=False), *case_lines[1:]]),
        ("till without none", lib_lines, [l for l in case_lines if not (json.loads(l)["connection"] == "carnet" and json.loads(l)["expect"] == "none")]),
    ]
    errs, _ = check(lib_lines, case_lines)
    ok = not errs
    print("clean files:", "pass" if ok else "FAIL %s" % errs[:3])
    for name, ll, cl in breaks:
        e, _ = check(ll, cl)
        print("%-32s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        ok = ok and bool(e)
    return ok


def main():
    lib_lines = open(os.path.join(HERE, "rodez_library.jsonl"), encoding="utf-8").read().splitlines()
    case_lines = open(os.path.join(HERE, "rodez_cases.jsonl"), encoding="utf-8").read().splitlines()
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lib_lines, case_lines) else 1)
    errs, cases = check(lib_lines, case_lines)
    for e in errs:
        print(e)
    counts(cases)
    print("OK" if not errs else "%d problems" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
