"""Checks bistrovin_library.jsonl and bistrovin_cases.jsonl on their own (no import of the
build). python3 check_bistrovin.py [--selftest]"""
import copy
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category",
              "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
               "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
CONNS = ("caisse", "tablette", "cave")
POURS = {"verre": 12.5, "vre": 12.5, "cp": 12.5, "coupe": 12.5, "vre12": 12, "verre 12cl": 12,
         "verre 12 cl": 12, "pot46": 46, "pot 46": 46, "pot 46 cl": 46, "pich 50": 50,
         "pichet 50": 50, "pichet 50 cl": 50, "pich 25": 25, "pichet 25": 25, "pichet 25 cl": 25,
         "dose": 4, "dose 4 cl": 4, "demi": 25, "demi 25 cl": 25, "pinte": 50, "pinte 50 cl": 50}
# caisse prefix -> family; family -> test on the entry
PREFIXES = [("VR/", "R"), ("VB-", "B"), ("ROSE-", "P"), ("CHAMP ", "C"), ("APERO ", "A"),
            ("ALC ", "S"), ("BIERE-", "K"), ("SOFT ", "D"), ("CUIS/", "F"), ("CAFE ", "X"),
            ("DIV/", "V")]
FAMILY_OK = {
    "R": lambda e: e["category"] == "vin" and e["colour"] == "rouge",
    "B": lambda e: e["category"] == "vin" and e["colour"] in ("blanc", "effervescent"),
    "P": lambda e: e["category"] == "vin" and e["colour"] == "rosé",
    "C": lambda e: e["category"] == "champagne",
    "A": lambda e: e["category"] in ("autre", "spiritueux") and e["colour"] is None,
    "S": lambda e: e["category"] == "spiritueux",
    "K": lambda e: e["category"] == "bière",
    "D": lambda e: e["category"] == "soft",
}
WINE_FAM = "RBPC"


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def parse(conn, label, errs, where):
    """-> dict(fam, measure, vol, size, vintage) as the label reads."""
    out = {"fam": None, "measure": "btl", "vol": None, "size": None, "vintage": None}
    if conn == "caisse":
        m = re.fullmatch(r"(.+) (\d+,\d\d)", label)
        if not m:
            errs.append(f"{where}: caisse label without a price: {label!r}")
            return out
        body = m.group(1)
        if body != body.upper() or not body.isascii() or len(body) > 22 or body != body.rstrip():
            errs.append(f"{where}: caisse body not upper-case ASCII within 22 columns: {label!r}")
        for p, f in PREFIXES:
            if body.startswith(p):
                out["fam"] = f
                rest = body[len(p):]
                break
        else:
            errs.append(f"{where}: caisse label without a known family prefix: {label!r}")
            return out
        low = rest.lower()
        for w in sorted(POURS, key=len, reverse=True):
            if (low == w or low.startswith(w + " ")) and w.upper() == w.upper().replace("VERRE", ""):
                out["measure"], out["vol"] = w, POURS[w]
                break
        if low.startswith("1/2 ") or low == "1/2":
            out["measure"] = "1/2"
        elif low.startswith("mag "):
            out["measure"] = "mag"
        toks = rest.split()
        if toks:
            last = toks[-1]
            ms = re.fullmatch(r"(\d+)CL", last)
            if ms:
                out["size"] = float(ms.group(1))
            elif out["fam"] in WINE_FAM:
                mv = re.fullmatch(r"'?(\d\d)|((?:19|20)\d\d)", last)
                if mv:
                    out["vintage"] = int(mv.group(2)) if mv.group(2) else 2000 + int(mv.group(1))
    elif conn == "tablette":
        if label != label.lower() or re.search(r"\d,\d\d$", label) or re.search(r"'\d\d", label):
            errs.append(f"{where}: tablette label not lower case without price and 'YY: {label!r}")
        for w in sorted(POURS, key=len, reverse=True):
            if label.endswith(" " + w):
                out["measure"], out["vol"] = w, POURS[w]
                break
        if label.endswith(" 1/2"):
            out["measure"] = "1/2"
        elif label.endswith(" mag"):
            out["measure"] = "mag"
        ms = re.search(r" (\d+)cl$", label)
        if ms and out["vol"] is None:
            out["size"] = float(ms.group(1))
        ys = re.findall(r"(?<![\d°])((?:19|20)\d\d)(?!\d)", label)
        if ys:
            out["vintage"] = int(ys[-1])
    else:
        m = re.fullmatch(r"([A-Z])(\d{4}) (.+)", label)
        if not m:
            errs.append(f"{where}: cave label without an article code: {label!r}")
            return out
        out["fam"] = m.group(1)
        segs = m.group(3).split(" - ")
        wineish = out["fam"] in WINE_FAM
        has_v = any(re.fullmatch(r"(19|20)\d\d|NM", s) for s in segs[1:])
        if wineish and len(segs) > 1 and not has_v:
            errs.append(f"{where}: cave wine label without millésime or NM: {label!r}")
        for s in segs[1:]:
            if re.fullmatch(r"(19|20)\d\d", s):
                out["vintage"] = int(s)
            elif s in POURS:
                out["measure"], out["vol"] = s, POURS[s]
            elif re.fullmatch(r"\d+(,\d)? cl", s):
                size = float(s[:-3].replace(",", "."))
                if size == 37.5:
                    out["measure"] = "1/2"
                elif size == 150:
                    out["measure"] = "mag"
                elif not (wineish and size == 75):
                    out["size"] = size
        if not wineish and out["fam"] in "SAKD" and out["vol"] is None and out["size"] is None:
            errs.append(f"{where}: cave bottle of a spirit, beer or soft without its size: {label!r}")
    return out


def expected_format(p, e):
    """Is entry e's format the one the label refers to?"""
    fmt, cat = e["format_cl"], e["category"]
    wine = cat in ("vin", "champagne")
    if p["measure"] == "1/2":
        return fmt == 37.5
    if p["measure"] == "mag":
        return fmt == 150
    if p["measure"] in ("demi", "demi 25 cl", "pinte", "pinte 50 cl"):
        return cat == "bière" and fmt >= 1000
    if p["vol"] is not None:
        return fmt == 75 if wine else fmt < 1000
    if p["size"]:
        return fmt == p["size"]
    return fmt == 75 if wine else True


def words(s):
    return {w for w in re.split(r"[^a-z0-9]+", fold(s)) if len(w) >= 3}


def check(lib_text, cases_text):
    errs = []
    lib, cases = [], []
    for i, line in enumerate(lib_text.splitlines(), 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append(f"library line {i}: not JSON")
            continue
        if list(r) != LIB_FIELDS:
            errs.append(f"library line {i}: fields out of order")
        lib.append(r)
    for i, line in enumerate(cases_text.splitlines(), 1):
        try:
            r = json.loads(line)
        except ValueError:
            errs.append(f"cases line {i}: not JSON")
            continue
        if list(r) != CASE_FIELDS:
            errs.append(f"cases line {i}: fields out of order")
        cases.append(r)
    if not 110 <= len(lib) <= 130:
        errs.append(f"library has {len(lib)} drinks")
    byid = {}
    seen = set()
    for i, e in enumerate(lib, 1):
        if e.get("id") != f"bv{i:03d}":
            errs.append(f"library line {i}: id {e.get('id')} out of sequence")
        byid[e.get("id")] = e
        if e.get("colour") not in COLOURS or e.get("category") not in CATS:
            errs.append(f"{e.get('id')}: bad colour or category")
        if (e.get("colour") is None) != (e.get("category") in ("spiritueux", "bière", "soft", "autre")):
            errs.append(f"{e.get('id')}: colour does not fit category")
        if not (e.get("vintage") is None or isinstance(e.get("vintage"), int)):
            errs.append(f"{e.get('id')}: bad vintage")
        if not isinstance(e.get("format_cl"), (int, float)) or e.get("country") != "France":
            errs.append(f"{e.get('id')}: bad format or country")
        k = tuple(e.get(f) for f in ("name", "producer", "appellation", "colour", "format_cl", "vintage"))
        if k in seen:
            errs.append(f"{e.get('id')}: duplicate entry")
        seen.add(k)

    def group(e):
        k = tuple(e[f] for f in ("name", "producer", "appellation", "colour", "format_cl"))
        return [x for x in lib if tuple(x[f] for f in ("name", "producer", "appellation", "colour", "format_cl")) == k]

    if not 280 <= len(cases) <= 300:
        errs.append(f"{len(cases)} cases")
    labels = [c.get("label") for c in cases]
    if len(set(labels)) != len(labels):
        errs.append("duplicate labels")
    counts = {}
    for i, c in enumerate(cases, 1):
        where = f"case {i}"
        conn, exp = c.get("connection"), c.get("expect")
        if conn not in CONNS or exp not in ("yes", "almost", "none"):
            errs.append(f"{where}: bad connection or expect")
            continue
        counts[(conn, exp)] = counts.get((conn, exp), 0) + 1
        p = parse(conn, c["label"], errs, where)
        if c.get("vintage") != p["vintage"]:
            errs.append(f"{where}: vintage {c.get('vintage')} but label reads {p['vintage']}: {c['label']!r}")
        if exp == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                errs.append(f"{where}: none with an id, also_ok or units: {c['label']!r}")
            continue
        e = byid.get(c["beverage_id"])
        if e is None:
            errs.append(f"{where}: unknown beverage_id {c['beverage_id']}")
            continue
        if p["fam"] in ("F", "X", "V"):
            errs.append(f"{where}: a kitchen/coffee/service label answered {exp}")
        elif p["fam"] and not FAMILY_OK[p["fam"]](e):
            errs.append(f"{where}: family {p['fam']} does not fit {e['id']} ({e['colour']}, {e['category']})")
        if not expected_format(p, e):
            errs.append(f"{where}: format {e['format_cl']} does not fit the label: {c['label']!r}")
        units = 1 if p["vol"] is None else round(p["vol"] / e["format_cl"], 4)
        if c["units_per_sale"] != units:
            errs.append(f"{where}: units {c['units_per_sale']} != {units}: {c['label']!r}")
        g = group(e)
        others = sorted(x["id"] for x in g if x["id"] != e["id"])
        vins = [x["vintage"] for x in g]
        v = p["vintage"]
        if v is None:
            if exp != "yes" or (e["vintage"] is not None and e["vintage"] != max(vins)):
                errs.append(f"{where}: no vintage on label: must be yes on the most recent")
            if sorted(c["also_ok"]) != others:
                errs.append(f"{where}: also_ok should be {others}")
        elif v in vins:
            if exp != "yes" or e["vintage"] != v or c["also_ok"]:
                errs.append(f"{where}: vintage {v} held: yes on it, also_ok empty")
        else:
            if None in vins:
                errs.append(f"{where}: a vintage on a non-vintage wine")
                continue
            best = sorted(vins, key=lambda x: (abs(x - v), -x))[0]
            if exp != "almost" or e["vintage"] != best or sorted(c["also_ok"]) != others:
                errs.append(f"{where}: vintage {v} not held: almost on {best}, others in also_ok")
        lw = words(c["label"])
        ew = words(" ".join(str(x) for x in (e["name"], e["producer"], e["appellation"]) if x))
        if not (lw & ew or any(any(x.startswith(w) for x in ew) for w in lw)):
            errs.append(f"{where}: label shares no word with {e['id']}: {c['label']!r}")
    for conn in CONNS:
        for exp in ("yes", "almost", "none"):
            if not counts.get((conn, exp)):
                errs.append(f"till {conn} has no {exp}")
    n = max(len(cases), 1)
    share = {x: sum(v for (cn, ex), v in counts.items() if ex == x) / n for x in ("yes", "almost", "none")}
    if not (0.45 <= share["yes"] <= 0.52 and 0.12 <= share["almost"] <= 0.17 and 0.33 <= share["none"] <= 0.40):
        errs.append(f"answer shares out of range: {share}")
    return errs, counts


def read(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return fh.read()


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def selftest():
    lib_text, cases_text = read("bistrovin_library.jsonl"), read("bistrovin_cases.jsonl")
    errs, _ = check(lib_text, cases_text)
    assert not errs, errs
    print("clean files: pass")
    lib = [json.loads(x) for x in lib_text.splitlines()]
    cases = [json.loads(x) for x in cases_text.splitlines()]
    byid = {e["id"]: e for e in lib}

    def first(pred):
        for i, c in enumerate(cases):
            if pred(c):
                return i
        raise AssertionError("no case for a break")

    breaks = []

    def brk(name, fn, on_lib=False):
        L, C = copy.deepcopy(lib), copy.deepcopy(cases)
        fn(L, C)
        breaks.append((name, dumps(L), dumps(C)))

    def units(L, C):
        C[first(lambda c: c["units_per_sale"] == 0.1667)]["units_per_sale"] = 0.16
    brk("a glass's units changed", units)

    def farther(L, C):
        i = first(lambda c: c["expect"] == "almost" and c["also_ok"])
        C[i]["beverage_id"], C[i]["also_ok"] = C[i]["also_ok"][0], [C[i]["beverage_id"]]
    brk("almost pointed at the farther vintage", farther)

    def vint(L, C):
        i = first(lambda c: c["expect"] == "yes" and c["vintage"])
        C[i]["vintage"] += 1
    brk("a vintage field changed", vint)

    def noneid(L, C):
        C[first(lambda c: c["expect"] == "none")]["beverage_id"] = "bv001"
    brk("a none with an id", noneid)

    def longcaisse(L, C):
        i = first(lambda c: c["connection"] == "caisse" and c["expect"] == "yes")
        body, pr = C[i]["label"].rsplit(" ", 1)
        C[i]["label"] = (body + " xyzxyz").lower() + " " + pr
    brk("a lower-case caisse label over 22 columns", longcaisse)

    def tabprice(L, C):
        C[first(lambda c: c["connection"] == "tablette")]["label"] += " 9,50"
    brk("a tablette label with a price", tabprice)

    def order(L, C):
        c = C[0]
        C[0] = {k: c[k] for k in reversed(list(c))}
    brk("fields out of order", order)

    def half(L, C):
        i = first(lambda c: c["expect"] == "yes" and byid[c["beverage_id"]]["format_cl"] == 37.5)
        e = byid[C[i]["beverage_id"]]
        full = [x for x in L if x["name"] == e["name"] and x["producer"] == e["producer"] and x["format_cl"] == 75]
        C[i]["beverage_id"] = full[0]["id"]
    brk("a half bottle answered with the bottle", half)

    def dropped(L, C):
        C[first(lambda c: c["expect"] == "yes" and c["also_ok"])]["also_ok"] = []
    brk("also_ok dropped", dropped)

    def colour(L, C):
        i = first(lambda c: c["label"].startswith("VB-") and c["expect"] == "yes")
        C[i]["beverage_id"] = next(x for x in L if x["colour"] == "rouge")["id"]
    brk("a VB- label answered with a red", colour)

    def draught(L, C):
        i = first(lambda c: c["connection"] == "caisse" and c["label"].startswith("BIERE-DEMI") and c["expect"] == "yes")
        C[i]["beverage_id"] = next(x for x in L if x["category"] == "bière" and x["format_cl"] < 1000)["id"]
    brk("a draught demi answered with a bottled beer", draught)

    def dup(L, C):
        C[5]["label"] = C[4]["label"]
    brk("a duplicate label", dup)

    def ids(L, C):
        L[10]["id"], L[11]["id"] = L[11]["id"], L[10]["id"]
    brk("library ids out of sequence", ids)

    def code(L, C):
        i = first(lambda c: c["connection"] == "cave")
        C[i]["label"] = C[i]["label"].split(" ", 1)[1]
    brk("a cave label without its article code", code)

    def cutvint(L, C):
        i = first(lambda c: c["connection"] == "caisse" and c["expect"] == "yes" and c["vintage"] is None
                  and c["also_ok"] and "cut off" in c["note"])
        e = byid[C[i]["also_ok"][0]]
        C[i]["vintage"] = e["vintage"]
        C[i]["beverage_id"], C[i]["also_ok"] = e["id"], []
    brk("a vintage the cut took off kept in the answer", cutvint)

    ok = True
    for name, L, C in breaks:
        errs, _ = check(L, C)
        print(("caught " if errs else "MISSED ") + name + (": " + errs[0] if errs else ""))
        ok = ok and bool(errs)
    print(f"{len(breaks)} breaks, all caught" if ok else "SELFTEST FAILED")
    return 0 if ok else 1


def main():
    if "--selftest" in sys.argv:
        return selftest()
    errs, counts = check(read("bistrovin_library.jsonl"), read("bistrovin_cases.jsonl"))
    for e in errs:
        print(e)
    tot = sum(counts.values())
    for conn in CONNS:
        print(conn, {x: counts.get((conn, x), 0) for x in ("yes", "almost", "none")})
    print(f"{tot} cases; " + ("OK" if not errs else f"{len(errs)} errors"))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
