"""Check vichy_library.jsonl and vichy_cases.jsonl alone (no build import).
python3 check_vichy.py [--selftest]"""
import copy
import json
import os
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_F = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
         "vintage", "format_cl"]
CASE_F = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
          "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
POURS = {2, 4, 12, 12.5, 15, 25, 50}
ABBR = {"st": "saint", "cda": "cotes", "lp": "laurent", "bdb": "blancs", "bjl": "beaujolais",
        "rge": "rouge", "blc": "blanc", "blde": "blonde", "calva": "calvados", "dom": "domaine",
        "ch": "chateau", "press": "pression"}
TAB_SIZES = [("Demi-bouteille", 37.5), ("Magnum", 150), ("Verre 12 cl", 12), ("Verre 15 cl", 15),
             ("Verre", 12.5), ("Pichet 25 cl", 25), ("Pichet 50 cl", 50), ("Coupe", 12.5),
             ("Dose 2 cl", 2), ("Dose 4 cl", 4), ("Dose", 4), ("Demi", 25), ("Pinte", 50)]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return [t for t in re.split(r"[^a-z0-9]+", s) if t]


def read_label(conn, label):
    """(volume cl or 'btl' or None, vintage, draught?, form error or '')."""
    if conn == "caisse":
        m = re.fullmatch(r"([A-Z0-9 ]+) (PCE|\d+(?:,\d+)?)", label)
        if not m:
            return None, None, False, "caisse form"
        name, vol = m.groups()
        if len(name) > 16 or name != name.strip():
            return None, None, False, "caisse name field over 16 columns"
        v = re.search(r"(?:^| )(\d\d)$", name)
        vint = (2000 + int(v.group(1))) if v else None
        vol = None if vol == "PCE" else round(float(vol.replace(",", ".")) * 100, 3)
        return vol, vint, name.startswith("PRESS "), ""
    if conn == "tablette":
        v = re.search(r" \((\d{4})\)$", label)
        vint = int(v.group(1)) if v else None
        if re.search(r"\(\d", label[:-7] if v else label):
            return None, None, False, "tablette vintage not at the end"
        m = re.match(r"Bouteille (\d+(?:,\d+)?) (cl|l) (?:de |d')", label)
        if m:
            x = float(m.group(1).replace(",", "."))
            return (round(x * 100, 3) if m.group(2) == "l" else x), vint, False, ""
        if re.match(r"Bouteille (?:de |d')", label):
            return "btl", vint, False, ""
        for w, x in TAB_SIZES:
            if re.match(re.escape(w) + r" (?:de |d')", label):
                return x, vint, w in ("Demi", "Pinte"), ""
        return None, vint, False, ""
    if conn == "export":
        lib = label[:30]
        if lib != lib.upper() or not all(ord(c) < 128 for c in label):
            return None, None, False, "export not ASCII capitals"
        if len(label) > 30 and (label[30] != " " or len(label) < 35):
            return None, None, False, "export columns"
        vin = label[31:35].strip()
        if vin and not re.fullmatch(r"(19|20)\d\d", vin):
            return None, None, False, "export vintage column"
        vol = label[36:].strip()
        if (vol and not re.fullmatch(r"\d+\.\dCL", vol)) or (len(label) > 36 and len(label) != 44):
            return None, None, False, "export volume column"
        return (float(vol[:-2]) if vol else None), (int(vin) if vin else None), "PRESSION" in lib, ""
    return None, None, False, "unknown connection"


def shares_word(label, e):
    lt = {ABBR.get(t, t) for t in norm(label)}
    et = set(norm(" ".join(x for x in (e["name"], e["producer"], e["appellation"] or "") if x)))
    for a in lt:
        for b in et:
            if a.isdigit() or b.isdigit():
                if a == b:
                    return True
            elif (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))) or (len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]):
                return True
    return False


def check(lib_path, case_path):
    errs = []
    E = errs.append
    lib, cases = [], []
    for path, out, fields in ((lib_path, lib, LIB_F), (case_path, cases, CASE_F)):
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                try:
                    o = json.loads(line)
                except ValueError:
                    E("invalid JSON %s:%d" % (os.path.basename(path), i))
                    continue
                if list(o) != fields:
                    E("fields out of order %s:%d" % (os.path.basename(path), i))
                out.append(o)
    if not 110 <= len(lib) <= 130:
        E("library size %d" % len(lib))
    byid = {}
    for i, e in enumerate(lib, 1):
        if e.get("id") != "vy%03d" % i:
            E("library id out of sequence at %d" % i)
        byid[e["id"]] = e
        wine = e["category"] in ("vin", "champagne")
        if e["category"] not in CATS:
            E("bad category %s" % e["id"])
        if wine != (e["colour"] in COLOURS) or (not wine and e["colour"] is not None):
            E("colour against category %s" % e["id"])
        if e["format_cl"] >= 2000 and e["category"] != "bière":
            E("keg on a non-beer %s" % e["id"])
    keys = Counter((e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"], e["vintage"]) for e in lib)
    for k, n in keys.items():
        if n > 1:
            E("same drink twice %s" % (k,))
    group = defaultdict(list)
    for e in lib:
        group[(e["name"], e["producer"], e["appellation"], e["colour"], e["format_cl"])].append(e)
    formats = defaultdict(set)
    for e in lib:
        formats[(e["name"], e["producer"])].add(e["format_cl"])

    if not 280 <= len(cases) <= 300:
        E("case count %d" % len(cases))
    labels = Counter(c["label"] for c in cases)
    for l, n in labels.items():
        if n > 1:
            E("duplicate label %r" % l)
    for c in cases:
        L = c["label"]
        if not c["note"]:
            E("empty note %r" % L)
        vol, vint, draught, form = read_label(c["connection"], L)
        if form:
            E("%s: %r" % (form, L))
            continue
        if vint != c["vintage"]:
            E("vintage field not on the label %r" % L)
        if "cut off by the till" in c["note"] and not (c["connection"] == "caisse" and len(L.rsplit(" ", 1)[0]) >= 15):
            E("cut-off note on an uncut label %r" % L)
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] or c["units_per_sale"] is not None:
                E("none with an id, also_ok or units %r" % L)
            continue
        if c["expect"] not in ("yes", "almost"):
            E("bad expect %r" % L)
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            E("unknown id %r" % L)
            continue
        if not shares_word(L, e):
            E("label shares no word with its entry %r" % L)
        fmt = e["format_cl"]
        fm = formats[(e["name"], e["producer"])]
        ordinary = 75 if 75 in fm else ([f for f in fm if f not in (37.5, 150)] + [None])[0]
        if vol is None:
            E("drink label without a measure %r" % L)
            continue
        if draught:
            want = round(vol / fmt, 4)
            if fmt < 2000:
                E("draught measure on a bottle %r" % L)
        elif vol == "btl":
            want = 1
            if fmt != (75 if e["category"] in ("vin", "champagne") else ordinary):
                E("bottle on the wrong format %r" % L)
        elif vol == fmt:
            want = 1
        else:
            want = round(vol / fmt, 4)
            if vol not in POURS or fmt != ordinary or fmt >= 2000:
                E("pour not from the ordinary bottle / format mismatch %r" % L)
        if c["units_per_sale"] != want and not (want == 1 and c["units_per_sale"] == 1):
            E("units %r != %r for %r" % (c["units_per_sale"], want, L))
        g = group[(e["name"], e["producer"], e["appellation"], e["colour"], fmt)]
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        vs = [x["vintage"] for x in g]
        lv = c["vintage"]
        if c["expect"] == "yes":
            if lv is not None:
                if e["vintage"] != lv or c["also_ok"]:
                    E("yes: entry vintage is not the label's %r" % L)
            else:
                if sorted(c["also_ok"]) != others:
                    E("yes: also_ok is not the other vintages %r" % L)
                if e["vintage"] is not None and e["vintage"] != max(v for v in vs if v):
                    E("yes: not the most recent vintage %r" % L)
        else:
            if lv is None or lv in vs:
                E("almost without a missing vintage %r" % L)
                continue
            best = min((v for v in vs if v), key=lambda v: (abs(v - lv), -v))
            if e["vintage"] != best:
                E("almost: not the nearest vintage %r" % L)
            if sorted(c["also_ok"]) != others:
                E("almost: also_ok is not the other vintages %r" % L)
    n = len(cases) or 1
    tot = Counter(c["expect"] for c in cases)
    for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100 * tot[k] / n <= hi:
            E("%s share %.1f %% outside %d-%d" % (k, 100 * tot[k] / n, lo, hi))
    tc = Counter((c["connection"], c["expect"]) for c in cases)
    for conn in ("caisse", "tablette", "export"):
        for k in ("yes", "almost", "none"):
            if not tc[conn, k]:
                E("till %s without %s" % (conn, k))
    return errs, tc


def dump(d, lib, cases, raw_case_lines=None):
    lp, cp = os.path.join(d, "l.jsonl"), os.path.join(d, "c.jsonl")
    with open(lp, "w", encoding="utf-8") as f:
        for o in lib:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(cp, "w", encoding="utf-8") as f:
        if raw_case_lines is not None:
            f.write(raw_case_lines)
        else:
            for o in cases:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return lp, cp


def first(cases, pred):
    return next(i for i, c in enumerate(cases) if pred(c))


def selftest(lp0, cp0):
    lib = [json.loads(l) for l in open(lp0, encoding="utf-8")]
    cases = [json.loads(l) for l in open(cp0, encoding="utf-8")]
    raw = open(cp0, encoding="utf-8").read()

    def b_json(L, C):
        return L, C, raw.replace("}\n", "\n", 1)

    def b_order(L, C):
        c = C[0]; C[0] = {k: c[k] for k in reversed(CASE_F)}; return L, C, None

    def b_id(L, C):
        L[5]["id"] = "vy099"; return L, C, None

    def b_colour(L, C):
        i = next(i for i, e in enumerate(L) if e["category"] == "bière"); L[i]["colour"] = "blanc"; return L, C, None

    def b_glass(L, C):
        i = first(C, lambda c: c["label"].endswith(" 0,125") and c["expect"] == "yes"); C[i]["units_per_sale"] = 0.16; return L, C, None

    def b_almost(L, C):
        i = first(C, lambda c: c["expect"] == "almost" and c["also_ok"])
        C[i]["beverage_id"], C[i]["also_ok"] = C[i]["also_ok"][0], [C[i]["beverage_id"]]; return L, C, None

    def b_sibling(L, C):
        i = first(C, lambda c: c["expect"] == "yes" and c["vintage"] and c["connection"] == "tablette"
                  and any(x["name"] in c["note"] for x in L if x["vintage"] and x["vintage"] != c["vintage"] and x["id"] != c["beverage_id"] and c["note"].startswith(x["name"] + " (")))
        e = next(x for x in L if c_note_match(C[i], x) and x["vintage"] != C[i]["vintage"])
        C[i]["beverage_id"] = e["id"]; return L, C, None

    def b_none(L, C):
        i = first(C, lambda c: c["expect"] == "none"); C[i]["beverage_id"] = "vy001"; return L, C, None

    def b_also(L, C):
        i = first(C, lambda c: c["expect"] == "yes" and c["also_ok"]); C[i]["also_ok"] = []; return L, C, None

    def b_dup(L, C):
        C[1]["label"] = C[0]["label"]; return L, C, None

    def b_half(L, C):
        i = first(C, lambda c: c["label"].startswith("Demi-bouteille de Château Chasse"))
        C[i]["beverage_id"] = next(x["id"] for x in L if x["name"] == "Château Chasse-Spleen" and x["format_cl"] == 75 and x["vintage"] == 2016); return L, C, None

    def b_draught(L, C):
        i = first(C, lambda c: c["label"] == "PRESS 1664 0,25")
        C[i]["beverage_id"] = next(x["id"] for x in L if x["name"] == "1664 Blonde"); C[i]["units_per_sale"] = 1; return L, C, None

    def b_vint(L, C):
        i = first(C, lambda c: c["expect"] == "yes" and c["vintage"]); C[i]["vintage"] += 1; return L, C, None

    def b_word(L, C):
        i = first(C, lambda c: c["label"] == "LILLET 0,125"); C[i]["label"] = "APERO 0,125"; return L, C, None

    def b_width(L, C):
        i = first(C, lambda c: c["label"] == "LILLET 0,125"); C[i]["label"] = "LILLET BLANC APERITIF 0,125"; return L, C, None

    def b_export(L, C):
        i = first(C, lambda c: c["connection"] == "export" and c["vintage"])
        C[i]["label"] = C[i]["label"][:30] + "  " + C[i]["label"][30:]; return L, C, None

    def b_till(L, C):
        return L, [c for c in C if not (c["connection"] == "export" and c["expect"] == "almost")], None

    def b_few(L, C):
        return L, C[:250], None

    def b_cut(L, C):
        i = first(C, lambda c: c["connection"] == "tablette" and c["expect"] == "yes" and c["vintage"] is None and c["also_ok"])
        C[i]["note"] += " [2020 cut off by the till]"; return L, C, None

    breaks = [("invalid JSON", b_json, "invalid JSON"), ("fields out of order", b_order, "fields out of order"),
              ("library id out of sequence", b_id, "out of sequence"), ("colour on a beer", b_colour, "colour against"),
              ("glass units", b_glass, "units"), ("almost on the farther vintage", b_almost, "almost: not the nearest"),
              ("none with an id", b_none, "none with an id"), ("also_ok dropped", b_also, "also_ok is not"),
              ("duplicate label", b_dup, "duplicate label"), ("half answered with the 75 cl entry", b_half, "entry vintage|units|format|also_ok"),
              ("draught demi on the bottled beer", b_draught, "draught measure on a bottle"),
              ("vintage field not on label", b_vint, "vintage field not on the label"),
              ("label sharing no word", b_word, "shares no word"), ("caisse name over 16", b_width, "over 16 columns"),
              ("export columns shifted", b_export, "export"), ("a till without almost", b_till, "without almost"),
              ("too few cases", b_few, "case count"), ("cut-off note on an uncut label", b_cut, "cut-off note")]
    ok = True
    with tempfile.TemporaryDirectory() as d:
        errs, _ = check(*dump(d, lib, cases))
        print("clean files: %s" % ("pass" if not errs else "FAIL %s" % errs[:3]))
        ok &= not errs
        for name, fn, expect in breaks:
            L, C, rawc = fn(copy.deepcopy(lib), copy.deepcopy(cases))
            errs, _ = check(*dump(d, L, C, rawc))
            hit = [e for e in errs if re.search(expect, e)]
            print("%-38s %s  %s" % (name, "reported" if hit else "MISSED", (hit or errs or [""])[0][:70]))
            ok &= bool(hit)
    print("selftest", "passed" if ok else "FAILED")
    return ok


def c_note_match(c, x):
    return c["note"].startswith("%s (%s)" % (x["name"], x["producer"]))


def main():
    lp, cp = os.path.join(HERE, "vichy_library.jsonl"), os.path.join(HERE, "vichy_cases.jsonl")
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest(lp, cp) else 1)
    errs, tc = check(lp, cp)
    for e in errs:
        print("ERROR", e)
    for conn in ("caisse", "tablette", "export"):
        print("%-9s yes %3d almost %3d none %3d" % (conn, tc[conn, "yes"], tc[conn, "almost"], tc[conn, "none"]))
    print("OK" if not errs else "%d errors" % len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
