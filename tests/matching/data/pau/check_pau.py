#!/usr/bin/env python3
"""Check the "pau" set. Reads only pau_library.jsonl and pau_cases.jsonl.
  python3 check_pau.py             check the files beside this script
  python3 check_pau.py --selftest  break copies on purpose, show each is reported"""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
POUR = {"VRE": 12.5, "CP": 12.5, "VRE12": 12, "VRE15": 15, "PICH25": 25, "PICH50": 50,
        "DOSE": 4, "2CL": 2, "6CL": 6, "DEMI": 25, "PINTE": 50}
S_POUR = {"Verre": 12.5, "Coupe": 12.5, "Verre 12cl": 12, "Verre 15cl": 15,
          "Pichet 25cl": 25, "Pichet 50cl": 50, "Dose": 4, "Dose 2cl": 2, "Dose 6cl": 6,
          "Demi": 25, "Pinte": 50}
S_FAMS = {"ROUGE", "BLANC", "ROSÉ", "MOELLEUX", "BULLES", "APÉRO", "DIGESTIF", "BIÈRE",
          "SOFT", "CUISINE", "CAFÉ", "DIVERS"}


def yy(s):
    n = int(s)
    return n if n >= 1000 else (2000 + n if n <= 30 else 1900 + n)


def read_label(conn, label, errs, where):
    """-> (kind, value, vintage): kind 'bottle' (value = format or None for the
    ordinary bottle), 'pour' (cl), 'keg' (cl), or None."""
    if conn == "C":
        if len(label) > 18 or not re.fullmatch(r"[A-Z0-9 ./'&-]+", label):
            errs.append(where + ": C label not ASCII capitals of at most 18 chars")
        toks = label.split()
        first = toks[0] if toks else ""
        vint = None
        if len(toks) > 1 and re.fullmatch(r"\d\d|(19|20)\d\d", toks[-1]):
            vint = yy(toks[-1])
        if first in ("DEMI", "PINTE"):
            return "keg", POUR[first], vint
        if first in POUR:
            return "pour", POUR[first], vint
        if first == "BTL":
            return "bottle", None, vint
        if first == "1/2":
            return "bottle", 37.5, vint
        if first == "MAG":
            return "bottle", 150, vint
        if first == "1L":
            return "bottle", 100, vint
        m = re.fullmatch(r"(\d+(?:\.\d)?)CL", first)
        if m:
            return "bottle", float(m.group(1)), vint
        return None, None, vint
    if conn == "S":
        m = re.fullmatch(r"(\S+) (.*?)(?: \(([^)]*)\))? (\d+,\d\d) €", label)
        if not m or m.group(1) not in S_FAMS or not re.search(r"[a-zé]", m.group(2)):
            errs.append(where + ": S label not 'FAMILY Text (Measure) 0,00 €'")
            return None, None, None
        fam, body, ms, _ = m.groups()
        vm = re.search(r" ((?:19|20)\d\d)$", body)
        vint = int(vm.group(1)) if vm else None
        if ms is None:
            return None, None, vint
        if ms in ("Demi", "Pinte"):
            return "keg", S_POUR[ms], vint
        if ms in S_POUR:
            return "pour", S_POUR[ms], vint
        if ms == "Btl":
            return "bottle", None, vint
        if ms == "1/2 Btl":
            return "bottle", 37.5, vint
        if ms == "Magnum":
            return "bottle", 150, vint
        if ms == "1L":
            return "bottle", 100, vint
        mm = re.fullmatch(r"(\d+(?:,\d)?)cl", ms)
        if mm:
            return "bottle", float(mm.group(1).replace(",", ".")), vint
        errs.append(where + ": unknown S measure " + ms)
        return None, None, vint
    if conn == "K":
        if not re.fullmatch(r"[a-z0-9 .'-]+", label):
            errs.append(where + ": K label not lower-case ASCII")
        vm = re.search(r" '(\d\d)(?: |$)", label)
        vint = yy(vm.group(1)) if vm else None
        mm = re.search(r" (\d+(?:\.\d)?)cl$", label)
        return ("vol", float(mm.group(1)), vint) if mm else (None, None, vint)
    errs.append(where + ": unknown connection %r" % conn)
    return None, None, None


def s_family_ok(fam, e):
    if fam == "BULLES":
        return e["category"] == "champagne" or e["colour"] == "effervescent"
    if fam in ("ROUGE", "BLANC", "ROSÉ", "MOELLEUX"):
        return e["category"] == "vin" and e["colour"] == {"ROUGE": "rouge", "BLANC": "blanc",
                                                         "ROSÉ": "rosé", "MOELLEUX": "liquoreux"}[fam]
    if fam in ("APÉRO", "DIGESTIF"):
        return e["category"] in ("autre", "spiritueux")
    return e["category"] == {"BIÈRE": "bière", "SOFT": "soft"}.get(fam)


def check(lib_lines, case_lines):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_lines):
        try:
            e = json.loads(line)
        except ValueError:
            errs.append("library line %d: invalid JSON" % (i + 1))
            continue
        if list(e) != LIB_FIELDS:
            errs.append("library line %d: field order" % (i + 1))
        lib.append(e)
    for i, line in enumerate(case_lines):
        try:
            c = json.loads(line)
        except ValueError:
            errs.append("case line %d: invalid JSON" % (i + 1))
            continue
        if list(c) != CASE_FIELDS:
            errs.append("case line %d: field order" % (i + 1))
        cases.append(c)
    byid = {}
    for i, e in enumerate(lib):
        if e.get("id") != "pa%03d" % (i + 1):
            errs.append("library %d: id %r out of sequence" % (i + 1, e.get("id")))
        byid[e.get("id")] = e
        if e.get("category") not in CATS:
            errs.append("%s: category %r" % (e.get("id"), e.get("category")))
        wine = e.get("category") in ("vin", "champagne")
        if (wine and e.get("colour") not in COLOURS) or (not wine and e.get("colour") is not None):
            errs.append("%s: colour %r for %s" % (e.get("id"), e.get("colour"), e.get("category")))
        f = e.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0 or (f >= 2000 and e.get("category") != "bière"):
            errs.append("%s: format %r" % (e.get("id"), f))
        v = e.get("vintage")
        if v is not None and not (isinstance(v, int) and 1950 <= v <= 2030):
            errs.append("%s: vintage %r" % (e.get("id"), v))
    if not 110 <= len(lib) <= 130:
        errs.append("library has %d entries" % len(lib))

    def group(e):
        k = (e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])
        return [x for x in lib if (x["name"], x["producer"], x["appellation"], x["colour"],
                                   x["format_cl"]) == k]

    def ordinary(e):
        fs = {x["format_cl"] for x in lib if (x["name"], x["producer"], x["appellation"],
                                              x["colour"]) == (e["name"], e["producer"],
                                                               e["appellation"], e["colour"])
              and x["format_cl"] < 2000}
        return 75 if 75 in fs else (fs.pop() if len(fs) == 1 else None)

    seen, n = set(), {}
    for i, c in enumerate(cases):
        w = "case %d %r" % (i + 1, c.get("label"))
        lab, conn, ex = c.get("label"), c.get("connection"), c.get("expect")
        if lab in seen:
            errs.append(w + ": duplicate label")
        seen.add(lab)
        if conn not in ("C", "S", "K"):
            errs.append(w + ": unknown connection %r" % conn)
            continue
        n[(conn, ex)] = n.get((conn, ex), 0) + 1
        kind, val, vint = read_label(conn, lab, errs, w)
        if c.get("vintage") != vint:
            errs.append(w + ": vintage %r, label reads %r" % (c.get("vintage"), vint))
        if ex == "none":
            if c.get("beverage_id") is not None or c.get("also_ok") != [] or \
                    c.get("units_per_sale") is not None:
                errs.append(w + ": none with an id, also_ok or units")
            continue
        if ex not in ("yes", "almost"):
            errs.append(w + ": expect %r" % ex)
            continue
        e = byid.get(c.get("beverage_id"))
        if e is None:
            errs.append(w + ": unknown beverage_id")
            continue
        if any(a not in byid for a in c.get("also_ok", [])):
            errs.append(w + ": unknown id in also_ok")
            continue
        g = group(e)
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        held = [x["vintage"] for x in g]
        if ex == "yes":
            if vint is not None:
                if e["vintage"] != vint or c["also_ok"]:
                    errs.append(w + ": yes on another vintage than the label's, or also_ok")
            elif e["vintage"] is not None and (e["vintage"] != max(held) or
                                               sorted(c["also_ok"]) != others):
                errs.append(w + ": yes without vintage must be the most recent, others in also_ok")
            elif e["vintage"] is None and c["also_ok"]:
                errs.append(w + ": also_ok on a non-vintage drink")
        else:
            if vint is None or None in held or vint in held:
                errs.append(w + ": almost without a missing label vintage")
            else:
                best = min(held, key=lambda v: (abs(v - vint), -v))
                if e["vintage"] != best or sorted(c["also_ok"]) != others:
                    errs.append(w + ": almost not on the nearest vintage / also_ok")
        f, u = e["format_cl"], c.get("units_per_sale")
        if conn == "S":
            fam = lab.split(" ", 1)[0]
            if fam in S_FAMS and not s_family_ok(fam, e):
                errs.append(w + ": family %s against %s/%s" % (fam, e["category"], e["colour"]))
        if conn == "K" and kind == "vol":
            kind, val = ("bottle", val) if val == f else \
                        (("keg", val) if f >= 2000 else ("pour", val))
        if kind is None:
            errs.append(w + ": a drink label without a measure")
        elif kind == "bottle":
            want = ordinary(e) if val is None else val
            if f != want or u != 1:
                errs.append(w + ": bottle of %r cl but entry %r cl, units %r" % (want, f, u))
        elif kind == "keg":
            if f < 2000 or u != round(val / f, 4):
                errs.append(w + ": keg measure units %r on %r cl" % (u, f))
        else:
            if f != ordinary(e) or f >= 2000 or e["category"] in ("bière", "soft") or \
                    u != round(val / f, 4):
                errs.append(w + ": pour of %r cl, units %r on %r cl" % (val, u, f))
    tot = len(cases)
    if not 280 <= tot <= 300:
        errs.append("%d cases" % tot)
    if tot:
        for ex, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            k = sum(v for (cn, x), v in n.items() if x == ex)
            if not lo <= 100.0 * k / tot <= hi:
                errs.append("%s is %.1f %% of the cases" % (ex, 100.0 * k / tot))
        for cn in "CSK":
            for ex in ("yes", "almost", "none"):
                if not n.get((cn, ex)):
                    errs.append("till %s has no %s" % (cn, ex))
    return errs, n


def load():
    with open(os.path.join(HERE, "pau_library.jsonl"), encoding="utf-8") as f:
        lib = f.read().splitlines()
    with open(os.path.join(HERE, "pau_cases.jsonl"), encoding="utf-8") as f:
        cases = f.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    L = [json.loads(x) for x in lib]
    C = [json.loads(x) for x in cases]
    dump = lambda rows: [json.dumps(r, ensure_ascii=False) for r in rows]  # noqa: E731

    def first(pred):
        return next(i for i, c in enumerate(C) if pred(c))

    breaks = []

    def brk(name, fn):
        lb, cs = copy.deepcopy(L), copy.deepcopy(C)
        res = fn(lb, cs)
        if res is None:
            res = (dump(lb), dump(cs))
        breaks.append((name, res))

    brk("invalid JSON line", lambda lb, cs: (lib, [*cases[:5], "{oops", *cases[6:]]))
    brk("library field order", lambda lb, cs: lb.__setitem__(3, dict(reversed(list(lb[3].items())))))
    brk("id out of sequence", lambda lb, cs: lb[10].__setitem__("id", "pa099"))
    brk("colour on a beer", lambda lb, cs: lb[-5].__setitem__("colour", "blanc"))
    i_al = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    brk("almost on the farther vintage", lambda lb, cs: cs[i_al].update(
        beverage_id=cs[i_al]["also_ok"][0], also_ok=[cs[i_al]["beverage_id"]]))
    i_p = first(lambda c: c["label"].startswith("PICH50"))
    brk("pichet units", lambda lb, cs: cs[i_p].__setitem__("units_per_sale", 0.5))
    i_v = first(lambda c: c["vintage"] is not None and c["connection"] == "S")
    brk("vintage field", lambda lb, cs: cs[i_v].__setitem__("vintage", cs[i_v]["vintage"] - 1))
    i_m = first(lambda c: "(Magnum)" in c["label"] and c["expect"] == "yes")
    brk("magnum pointed at the 75 cl entry", lambda lb, cs: cs[i_m].__setitem__(
        "beverage_id", next(e["id"] for e in lb if e["name"] == lb[int(cs[i_m]["beverage_id"][2:]) - 1]["name"] and e["format_cl"] == 75)))
    i_n = first(lambda c: c["expect"] == "none")
    brk("none with an id", lambda lb, cs: cs[i_n].__setitem__("beverage_id", "pa001"))
    brk("duplicate label", lambda lb, cs: cs[1].__setitem__("label", cs[0]["label"]))
    i_a = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    brk("emptied also_ok", lambda lb, cs: cs[i_a].__setitem__("also_ok", []))
    i_c = first(lambda c: c["connection"] == "C")
    brk("lower case on C", lambda lb, cs: cs[i_c].__setitem__("label", cs[i_c]["label"].lower()))
    brk("C label over 18 chars", lambda lb, cs: cs[i_c].__setitem__("label", cs[i_c]["label"] + " PRESSION"))
    i_s = first(lambda c: c["connection"] == "S" and c["label"].startswith("ROUGE") and c["expect"] == "yes")
    brk("S family against the colour", lambda lb, cs: cs[i_s].__setitem__("label", "BLANC" + cs[i_s]["label"][5:]))
    i_s2 = first(lambda c: c["connection"] == "S")
    brk("S label without price", lambda lb, cs: cs[i_s2].__setitem__("label", cs[i_s2]["label"].rsplit(" ", 2)[0]))
    i_k = first(lambda c: c["connection"] == "K" and c["expect"] == "yes")
    brk("capitals on K", lambda lb, cs: cs[i_k].__setitem__("label", cs[i_k]["label"].upper()))
    i_d = first(lambda c: c["label"].startswith("DEMI ") and c["expect"] == "yes")
    brk("demi units", lambda lb, cs: cs[i_d].__setitem__("units_per_sale", 0.0125 if cs[i_d]["units_per_sale"] != 0.0125 else 0.0083))
    i_y = first(lambda c: c["label"] == "VRE MONTUS 16")
    brk("yes on another vintage", lambda lb, cs: cs[i_y].__setitem__("beverage_id", "pa013"))
    brk("counts out of range", lambda lb, cs: (lib, cases[:200]))
    brk("unknown connection", lambda lb, cs: cs[5].__setitem__("connection", "X"))
    i_h = first(lambda c: "(1/2 Btl)" in c["label"] and c["expect"] == "yes")
    brk("half bottle's units", lambda lb, cs: cs[i_h].__setitem__("units_per_sale", 0.5))
    i_g = first(lambda c: c["connection"] == "K" and c["label"].endswith(" 12cl") and c["expect"] == "yes")
    brk("glass pointed at a half bottle", lambda lb, cs: cs[i_g].__setitem__("units_per_sale", 0.1667))

    ok = True
    errs, _ = check(lib, cases)
    print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
    ok = ok and not errs
    for name, (lb, cs) in breaks:
        e, _ = check(lb, cs)
        print("%-36s %s" % (name, ("reported: " + e[0]) if e else "NOT REPORTED"))
        ok = ok and bool(e)
    print("selftest %s (%d breaks)" % ("ok" if ok else "FAILED", len(breaks)))
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    lib, cases = load()
    errs, n = check(lib, cases)
    for e in errs:
        print("ERROR", e)
    tot = sum(n.values())
    for cn in "CSK":
        print(cn, {x: n.get((cn, x), 0) for x in ("yes", "almost", "none")})
    print("%d library entries, %d cases, %s" % (len(lib), tot, "OK" if not errs else "%d errors" % len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
