"""Check vienne_library.jsonl and vienne_cases.jsonl on their own (imports nothing of the build).
python3 check_vienne.py [library cases] | --selftest"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LF = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CF = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
FAMS = {"NR", "NB", "IG", "BJ", "RH", "CH", "PR", "BI", "AP", "SP", "SO", "CU", "CA", "DI", "VN"}
CUPS = {"GOB12": 12, "GOB25": 25, "GOB30": None, "GOB50": 50, "DOSE": 4, "FLUTE": 12.5, "BTL": None, "X": None}


def yy(n):
    return 2000 + n if n <= 30 else 1900 + n


def parse(lines, what, errs):
    rows = []
    for i, l in enumerate(lines, 1):
        try:
            rows.append(json.loads(l))
        except ValueError:
            errs.append(f"{what} line {i}: not JSON")
    return rows


def measure(c):
    """(kind, pour cl or None, format asked or None, vintage read) from the rendered label."""
    lab, conn = c["label"], c["connection"]
    if conn == "CAISSE":
        m = re.search(r" (\d\d)$", lab)
        v = yy(int(m.group(1))) if m else None
        body = lab.split(":", 1)[1] if ":" in lab else lab
        w = body.split(" ")[0]
        table = {"VRE": ("pour", 12.5), "CP": ("pour", 12.5), "POT": ("pour", 46), "DOSE": ("pour", 4),
                 "DEMI": ("keg", 25), "PINTE": ("keg", 50), "1/2": ("fmt", 37.5), "MAG": ("fmt", 150)}
        k, x = table.get(w, ("btl", None))
        m2 = re.search(r"(\d+)CL\b", body)
        return k, x, (float(m2.group(1)) if m2 and k == "btl" else None), v
    if conn == "FESTIVAL":
        parts = lab.split("|")
        m = re.search(r" (\d\d)$", parts[1]) if len(parts) == 3 else None
        v = yy(int(m.group(1))) if m else None
        cup = parts[0]
        if cup in ("GOB25", "GOB50"):
            return "keg", CUPS[cup], None, v
        if cup in ("GOB12", "DOSE", "FLUTE"):
            return "pour", CUPS[cup], None, v
        m2 = re.search(r"(\d+(?:,\d)?)(cl|l)\b", parts[1]) if len(parts) == 3 else None
        f = None
        if m2:
            f = float(m2.group(1).replace(",", ".")) * (100 if m2.group(2) == "l" else 1)
        return "btl", None, f, v
    m = re.search(r" ((?:19|20)\d\d) \(", lab)
    v = int(m.group(1)) if m else None
    m = re.search(r"\(([^()]*)\) [\d,]+€$", lab)
    meas = m.group(1) if m else ""
    table = {"verre": ("pour", 12.5), "coupe": ("pour", 12.5), "verre 12cl": ("pour", 12), "verre 15cl": ("pour", 15),
             "pot 46cl": ("pour", 46), "4cl": ("pour", 4), "37,5cl": ("fmt", 37.5), "150cl": ("fmt", 150)}
    if meas in table:
        return table[meas][0], table[meas][1], None, v
    m2 = re.match(r"([\d,]+)cl$", meas)
    return "btl", None, (float(m2.group(1).replace(",", ".")) if m2 else None), v


def check(lib_lines, case_lines):
    errs = []
    lib = parse(lib_lines, "library", errs)
    cases = parse(case_lines, "cases", errs)
    if not 110 <= len(lib) <= 130:
        errs.append(f"library has {len(lib)} drinks (110-130)")
    byid, seen_wine = {}, set()
    for n, d in enumerate(lib, 1):
        if list(d) != LF:
            errs.append(f"library {n}: fields {list(d)}")
            continue
        if d["id"] != "vi%03d" % n:
            errs.append(f"library {n}: id {d['id']} out of sequence")
        byid[d["id"]] = d
        if d["category"] not in CATS:
            errs.append(f"{d['id']}: category {d['category']}")
        if d["category"] in ("vin", "champagne"):
            if d["colour"] not in COLOURS:
                errs.append(f"{d['id']}: wine without a valid colour")
        elif d["colour"] is not None:
            errs.append(f"{d['id']}: colour on a non-wine")
        if d["format_cl"] >= 2000 and (d["category"] != "bière" or d["format_cl"] not in (2000, 3000)):
            errs.append(f"{d['id']}: keg format {d['format_cl']}")
        k = (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"], d["vintage"])
        if k in seen_wine:
            errs.append(f"{d['id']}: duplicate entry")
        seen_wine.add(k)

    def same(a, b):
        return all(a[f] == b[f] for f in ("name", "producer", "appellation", "colour", "format_cl"))

    labels = set()
    for n, c in enumerate(cases, 1):
        where = f"case {n} ({c.get('label')!r})"
        if list(c) != CF:
            errs.append(f"{where}: fields {list(c)}")
            continue
        lab, conn = c["label"], c["connection"]
        if lab in labels:
            errs.append(f"{where}: duplicate label")
        labels.add(lab)
        if not c["note"]:
            errs.append(f"{where}: empty note")
        # till forms
        if conn == "CAISSE":
            if len(lab) > 17 or lab != lab.upper() or not lab.isascii() or lab != lab.rstrip() \
                    or not re.match(r"^[A-Z]{2}:", lab) or lab[:2] not in FAMS:
                errs.append(f"{where}: not a CAISSE label (FAM:, capitals, <= 17 columns)")
        elif conn == "FESTIVAL":
            p = lab.split("|")
            if len(p) != 3 or p[0] not in CUPS or p[1] != p[1].lower() or not re.match(r"^T\d+$", p[2]):
                errs.append(f"{where}: not a FESTIVAL label (CUP|item|Tn)")
        elif conn == "TABLETTE":
            if not re.search(r" \d+(,\d\d)?€$", lab) or lab == lab.upper():
                errs.append(f"{where}: not a TABLETTE label (mixed case, price €)")
        else:
            errs.append(f"{where}: connection {conn}")
        kind, pour, fmt_asked, v = measure(c)
        if c["vintage"] != v:
            errs.append(f"{where}: vintage {c['vintage']} but the label reads {v}")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(f"{where}: none with an id, also_ok or units")
            continue
        if c["expect"] not in ("yes", "almost"):
            errs.append(f"{where}: expect {c['expect']}")
            continue
        d = byid.get(c["beverage_id"])
        if d is None:
            errs.append(f"{where}: unknown id {c['beverage_id']}")
            continue
        others = [byid.get(i) for i in c["also_ok"]]
        if None in others:
            errs.append(f"{where}: unknown id in also_ok")
            continue
        sib = [e for e in lib if same(e, d)]
        vints = sorted(e["vintage"] for e in sib if e["vintage"] is not None)
        if c["expect"] == "yes":
            if v is not None and vints:
                if d["vintage"] != v or c["also_ok"]:
                    errs.append(f"{where}: yes must be the label's vintage with empty also_ok")
            else:
                if vints and d["vintage"] != vints[-1]:
                    errs.append(f"{where}: yes without vintage must be the most recent")
                if sorted(i for i in c["also_ok"]) != sorted(e["id"] for e in sib if e is not d):
                    errs.append(f"{where}: also_ok must list the other vintages")
        else:
            if v is None or v in vints or not vints:
                errs.append(f"{where}: almost needs a label vintage not held")
            else:
                best = min(vints, key=lambda x: (abs(x - v), -x))
                if d["vintage"] != best:
                    errs.append(f"{where}: almost must be the nearest vintage {best}")
                if sorted(c["also_ok"]) != sorted(e["id"] for e in sib if e is not d):
                    errs.append(f"{where}: also_ok must list the other vintages")
        # formats and units
        f = d["format_cl"]
        if kind == "keg":
            if f < 2000:
                errs.append(f"{where}: a demi/pinte/cup of draught must be the keg")
        elif f >= 2000:
            errs.append(f"{where}: a keg for a non-draught measure")
        if kind == "fmt" and f != pour:
            errs.append(f"{where}: format {f} but the label asks {pour}")
        if kind == "pour" and d["category"] in ("vin", "champagne"):
            same_wine = [e for e in lib if e["name"] == d["name"] and e["producer"] == d["producer"] and e["colour"] == d["colour"]]
            if f != 75 and any(e["format_cl"] == 75 for e in same_wine):
                errs.append(f"{where}: a glass refers to the 75 cl bottle")
        if kind == "btl":
            if d["category"] in ("vin", "champagne") and f != 75 and fmt_asked is None:
                errs.append(f"{where}: a wine label without format word is the 75 cl bottle")
            if fmt_asked is not None and abs(fmt_asked - f) > 0.01:
                errs.append(f"{where}: label says {fmt_asked} cl, entry is {f}")
        want = 1 if pour is None else round(pour / f, 4)
        if c["units_per_sale"] != want:
            errs.append(f"{where}: units {c['units_per_sale']} (expected {want})")
        # fairness: a shared stem of 4 letters (3 for short words)
        def norm(s):
            return re.sub(r"[^a-z0-9 ]", " ", __import__("unicodedata").normalize("NFKD", s).encode("ascii", "ignore").decode().lower())
        lw = norm(lab.split(":", 1)[-1]).replace(" ", "")
        ew = [w for w in norm(" ".join(str(d[k] or "") for k in ("name", "producer", "appellation"))).split() if len(w) >= 2]
        if not any(w[:4] in lw for w in ew if len(w) >= 3) and not any(w in lw for w in ew):
            errs.append(f"{where}: shares no word stem with its entry")
    # counts
    n = len(cases)
    if not 280 <= n <= 300:
        errs.append(f"{n} cases (280-300)")
    if n:
        cnt = {e: sum(c.get("expect") == e for c in cases) for e in ("yes", "almost", "none")}
        for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            if not lo <= 100 * cnt[e] / n <= hi:
                errs.append(f"{e}: {100 * cnt[e] / n:.1f} % (expected {lo}-{hi})")
        for t in ("CAISSE", "FESTIVAL", "TABLETTE"):
            for e in ("yes", "almost", "none"):
                if not any(c.get("connection") == t and c.get("expect") == e for c in cases):
                    errs.append(f"{t} has no {e}")
    return errs


def read(p):
    with open(p, encoding="utf-8") as f:
        return f.read().splitlines()


def selftest(lib, cases):
    errs = check(lib, cases)
    print("clean files:", "OK" if not errs else errs[:5])
    ok = not errs
    J = json.loads
    def D(o):
        return json.dumps(o, ensure_ascii=False)

    def first(pred):
        return next(i for i, l in enumerate(cases) if pred(J(l)))

    def edit(lines, i, fn):
        out = list(lines)
        o = J(out[i]); fn(o); out[i] = D(o)
        return out

    g = first(lambda c: c["units_per_sale"] not in (None, 1))
    a = first(lambda c: c["expect"] == "almost" and c["also_ok"])
    cut = first(lambda c: "cut off" in c["note"])
    nn = first(lambda c: c["expect"] == "none")
    ca = first(lambda c: c["connection"] == "CAISSE")
    tb = first(lambda c: c["connection"] == "TABLETTE")
    fe = first(lambda c: c["connection"] == "FESTIVAL")
    half = first(lambda c: c["connection"] == "CAISSE" and c["label"][3:6] == "1/2" and c["expect"] != "none")
    ao = first(lambda c: c["expect"] == "yes" and c["also_ok"])
    keg = first(lambda c: c["label"].startswith("GOB25|"))
    yv = first(lambda c: c["expect"] == "yes" and c["vintage"] and not c["also_ok"])
    lib_ids = {J(l)["id"]: J(l) for l in lib}

    def swap_id(c, pred):
        d = lib_ids[c["beverage_id"]]
        c["beverage_id"] = next(k for k, e in lib_ids.items() if pred(d, e))

    breaks = [
        ("glass units wrong", lib, edit(cases, g, lambda c: c.update(units_per_sale=1))),
        ("almost on the other vintage", lib, edit(cases, a, lambda c: c.update(beverage_id=c["also_ok"][0], also_ok=[c["beverage_id"]]))),
        ("cut vintage kept", lib, edit(cases, cut, lambda c: c.update(vintage=2021))),
        ("none with an id", lib, edit(cases, nn, lambda c: c.update(beverage_id="vi001"))),
        ("CAISSE label lower case and too long", lib, edit(cases, ca, lambda c: c.update(label=c["label"].lower() + " extra text"))),
        ("TABLETTE label without price", lib, edit(cases, tb, lambda c: c.update(label=re.sub(r" [\d,]+€$", "", c["label"])))),
        ("FESTIVAL label without token", lib, edit(cases, fe, lambda c: c.update(label=c["label"].rsplit("|", 1)[0]))),
        ("fields out of order", lib, [D(dict(reversed(list(J(cases[0]).items())))), *cases[1:]]),
        ("half answered with the 75 cl entry", lib, edit(cases, half, lambda c: swap_id(c, lambda d, e: e["name"] == d["name"] and e["producer"] == d["producer"] and e["colour"] == d["colour"] and e["format_cl"] == 75))),
        ("also_ok dropped", lib, edit(cases, ao, lambda c: c.update(also_ok=[]))),
        ("library id out of sequence", [lib[1], lib[0], *lib[2:]], cases),
        ("duplicate label", lib, [*cases, cases[0]]),
        ("draught cup on a bottle", lib, edit(cases, keg, lambda c: c.update(beverage_id=next(k for k, e in lib_ids.items() if e["format_cl"] == 33 and e["category"] == "bière")))),
        ("wine without colour", [D({**J(lib[0]), "colour": None}), *lib[1:]], cases),
        ("too few cases", lib, cases[:200]),
        ("yes on another vintage", lib, edit(cases, yv, lambda c: c.update(vintage=c["vintage"] + 1))),
        ("a line that is not JSON", lib, [*cases[:5], "{not json", *cases[5:]]),
    ]
    for name, l2, c2 in breaks:
        e = check(l2, c2)
        print(("reported " if e else "MISSED   ") + name + (": " + e[0] if e else ""))
        ok = ok and bool(e)
    return ok


if __name__ == "__main__":
    a = [x for x in sys.argv[1:] if x != "--selftest"]
    lp = a[0] if a else os.path.join(HERE, "vienne_library.jsonl")
    cp = a[1] if len(a) > 1 else os.path.join(HERE, "vienne_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(read(lp), read(cp)) else 1)
    errs = check(read(lp), read(cp))
    for e in errs:
        print(e)
    print("OK" if not errs else f"{len(errs)} problem(s)")
    sys.exit(1 if errs else 0)
