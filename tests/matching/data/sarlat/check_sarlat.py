"""Check the "sarlat" blind set from its two jsonl files alone (no build modules imported).
python3 check_sarlat.py [--selftest]"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
WINE_LIKE = {"vin", "champagne", "autre"}
CONNS = ("BAR", "TAB", "GROUP")

BAR_MEAS = {"1/2": "HALF", "MAG": "MAG", "50": "B50", "33": "B33", "25": "B25", "1L": "B100", "70CL": "B70",
            "VRE": "G", "V15": "G15", "P25": "C25", "P50": "C50", "CP": "CP", "DOSE": "D", "2CL": "D2",
            "DEMI": "DR25", "PINTE": "DR50", "BTL": "BTL"}
BAR_FAMS = {"RG", "BL", "RS", "LQ", "CH", "AP", "AR", "CO", "WH", "SP", "BP", "BB", "SF", "EA", "CF", "CU", "DV"}
TAB_PHRASES = {
    "bottle": "BTL", "half bottle": "HALF", "magnum": "MAG", "bottle 50cl": "B50", "bottle 33cl": "B33",
    "bottle 25cl": "B25", "bottle 1l": "B100", "bottle 70cl": "B70", "glass": "G", "large glass 15cl": "G15",
    "carafe 25cl": "C25", "carafe 50cl": "C50", "flute": "CP", "shot": "D", "shot 2cl": "D2",
    "half pint": "DR25", "pint": "DR50",
    "fles": "BTL", "halve fles": "HALF", "fles 50cl": "B50", "fles 33cl": "B33", "fles 25cl": "B25",
    "fles 1l": "B100", "fles 70cl": "B70", "glas": "G", "groot glas 15cl": "G15", "karaf 25cl": "C25",
    "karaf 50cl": "C50", "borrel": "D", "borrel 2cl": "D2", "tap 25cl": "DR25", "tap 50cl": "DR50"}
SERVERS = {"Holly", "Jack", "Megan", "Callum", "Sanne", "Joost", "Femke", "Bram"}
GRP_UNITS = {"BTL", "VERRE", "CARAFE", "COUPE", "DOSE", "PRESSION", "PERS", "FORF", "U"}
GRP_POUR = {("VERRE", 12.5): "G", ("VERRE", 15): "G15", ("CARAFE", 25): "C25", ("CARAFE", 50): "C50",
            ("COUPE", 12.5): "CP", ("DOSE", 4): "D", ("DOSE", 2): "D2", ("PRESSION", 25): "DR25",
            ("PRESSION", 50): "DR50"}
POUR = {"G": 12.5, "G15": 15, "C25": 25, "C50": 50, "CP": 12.5, "D": 4, "D2": 2}
DRAUGHT = {"DR25": 25, "DR50": 50}
STOP = {"de", "du", "la", "le", "les", "des", "l", "d", "ch", "chateau", "dom", "domaine", "st", "saint",
        "of", "the", "bottle", "glass", "fles", "glas", "shot", "borrel", "half", "halve", "pint", "tap",
        "flute", "carafe", "karaf", "large", "groot", "magnum", "btl", "verre", "coupe", "dose", "pression",
        "vre", "cp", "demi", "pinte", "mag", "cl", "ans"}


class Report:
    def __init__(self):
        self.errors = []

    def err(self, msg):
        self.errors.append(msg)


def ascii_low(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def year2(nn):
    n = int(nn)
    return 2000 + n if n < 40 else 1900 + n


def read_label(label, conn):
    """(measure, vintage) read back from the label, or raise ValueError on a bad form."""
    if conn == "BAR":
        m = re.fullmatch(r"([A-Z]{2})(\d\d) ([A-Z0-9./]+)(?: (\S+))?", label)
        if not m or m.group(1) not in BAR_FAMS:
            raise ValueError("BAR form: family+PLU, dotted ASCII capitals")
        body = m.group(3)
        if len(body) > 18 or body.endswith(".") or ".." in body:
            raise ValueError("BAR body over 18 columns or badly dotted")
        if re.search(r"\.\d$", body):
            raise ValueError("BAR body ends with half a vintage")
        tok = m.group(4)
        if tok is not None and tok not in BAR_MEAS:
            raise ValueError(f"BAR measure {tok!r}")
        meas = BAR_MEAS[tok] if tok else "BTL"
        last = body.split(".")[-1]
        vint = year2(last) if "." in body and re.fullmatch(r"\d\d", last) else None
        return meas, vint
    if conn == "TAB":
        m = re.fullmatch(r"([A-Z][^\[\]]*) \[([A-Z][a-z]+)\]", label)
        if not m or m.group(2) not in SERVERS:
            raise ValueError("TAB form: capitalised text and [server]")
        s = m.group(1)
        low = s[0].lower() + s[1:]
        if low != low.lower():
            raise ValueError("TAB text is lower case after the first letter")
        meas = "-"
        for p in sorted(TAB_PHRASES, key=len, reverse=True):
            if low == p or low.startswith(p + " "):
                meas = TAB_PHRASES[p]
                break
        vint = None
        for w in s.split():
            if re.fullmatch(r"(19|20)\d\d", w):
                vint = int(w)
            elif re.fullmatch(r"'\d\d", w):
                vint = year2(w[1:])
        return meas, vint
    if conn == "GROUP":
        parts = label.split(";")
        if len(parts) != 6:
            raise ValueError("GROUP form: six ;-columns")
        v, q, u, d, vin, cl = parts
        if not re.fullmatch(r"(GB|NL)-[A-Z]{2}\d{4}", v) or not re.fullmatch(r"[1-9]\d?", q):
            raise ValueError("GROUP voucher / quantity")
        if u not in GRP_UNITS or not d or len(d) > 30 or d != d.strip():
            raise ValueError("GROUP unit / designation")
        if vin and not re.fullmatch(r"(19|20)\d\d", vin):
            raise ValueError("GROUP vintage column")
        vint = int(vin) if vin else None
        if u in ("PERS", "FORF", "U"):
            if cl:
                raise ValueError("GROUP non-drink with a volume")
            return "-", vint
        m = re.fullmatch(r"(\d+(?:,\d+)?)cl", cl)
        if not m:
            raise ValueError("GROUP volume column")
        x = float(m.group(1).replace(",", "."))
        if u == "BTL":
            return ("HALF" if x == 37.5 else "MAG" if x == 150 else "B%g" % x), vint
        if (u, x) not in GRP_POUR:
            raise ValueError("GROUP unit / volume pair")
        return GRP_POUR[(u, x)], vint
    raise ValueError(f"connection {conn!r}")


def ordinary(fmts):
    if 75 in fmts:
        return 75
    rest = [f for f in fmts if f not in (37.5, 150) and f < 2000]
    return rest[0] if len(rest) == 1 else None


def expected_format(cat, fmts, meas):
    """(format, units) the measure asks of a drink holding fmts, or (None, None)."""
    if meas == "BTL":
        if cat in WINE_LIKE:
            f = ordinary(fmts)
        else:
            b = [x for x in fmts if x < 2000]
            f = b[0] if len(b) == 1 else None
        return (f, 1) if f is not None else (None, None)
    if meas == "HALF":
        return (37.5, 1) if 37.5 in fmts else (None, None)
    if meas == "MAG":
        return (150, 1) if 150 in fmts else (None, None)
    if meas.startswith("B"):
        x = float(meas[1:])
        return (x, 1) if x in fmts else (None, None)
    if meas in POUR:
        if cat in ("bière", "soft") or (cat == "spiritueux" and meas not in ("D", "D2")):
            return None, None
        f = ordinary(fmts)
        return (f, round(POUR[meas] / f, 4)) if f else (None, None)
    if meas in DRAUGHT:
        k = [x for x in fmts if x >= 2000]
        return (k[0], round(DRAUGHT[meas] / k[0], 4)) if cat == "bière" and k else (None, None)
    return None, None


def stems(s):
    return {t for t in re.split(r"[^a-z0-9]+", ascii_low(s)) if len(t) >= 3 and t not in STOP}


def shares(label, e):
    lt = stems(label)
    et = stems(" ".join(x for x in (e["name"], e["producer"], e["appellation"] or "") if x))
    for a in lt:
        for b in et:
            if a == b or (len(a) >= 3 and b.startswith(a)) or (len(b) >= 4 and a.startswith(b)):
                return True
    return False


def check(lib_lines, case_lines, rep):
    lib = []
    for i, line in enumerate(lib_lines, 1):
        try:
            e = json.loads(line)
        except ValueError:
            rep.err(f"library line {i}: not JSON")
            continue
        if list(e) != LIB_FIELDS:
            rep.err(f"library line {i}: fields {list(e)}")
            continue
        if e["id"] != "sl%03d" % i:
            rep.err(f"library line {i}: id {e['id']} out of sequence")
        if e["colour"] not in COLOURS or e["category"] not in CATS:
            rep.err(f"{e['id']}: colour/category")
        if (e["category"] in ("vin",)) != (e["colour"] not in (None,)) and e["category"] != "champagne":
            rep.err(f"{e['id']}: colour only on wines")
        if e["category"] == "champagne" and e["colour"] not in ("effervescent", "rosé"):
            rep.err(f"{e['id']}: champagne colour")
        if not isinstance(e["format_cl"], (int, float)) or e["format_cl"] <= 0:
            rep.err(f"{e['id']}: format")
        elif e["format_cl"] >= 2000 and (e["category"] != "bière" or e["format_cl"] not in (2000, 3000)):
            rep.err(f"{e['id']}: keg format only for beers, 2000 or 3000")
        if e["vintage"] is not None and not (isinstance(e["vintage"], int) and 1900 < e["vintage"] < 2030):
            rep.err(f"{e['id']}: vintage")
        lib.append(e)
    if not 110 <= len(lib) <= 130:
        rep.err(f"library has {len(lib)} drinks, not 110-130")
    ids = {e["id"]: e for e in lib}
    def wkey(e):
        return (e["name"], e["producer"], e["appellation"], e["colour"], e["category"])
    seen = set()
    groups = {}
    for e in lib:
        k = (*wkey(e), e["format_cl"], e["vintage"])
        if k in seen:
            rep.err(f"{e['id']}: duplicate drink")
        seen.add(k)
        groups.setdefault(wkey(e), {}).setdefault(e["format_cl"], []).append(e)

    cases, labels = [], set()
    for i, line in enumerate(case_lines, 1):
        try:
            c = json.loads(line)
        except ValueError:
            rep.err(f"case line {i}: not JSON")
            continue
        if list(c) != CASE_FIELDS:
            rep.err(f"case line {i}: fields {list(c)}")
            continue
        cases.append(c)
        lab = c["label"]
        if lab in labels:
            rep.err(f"duplicate label {lab!r}")
        labels.add(lab)
        if not c["note"]:
            rep.err(f"{lab!r}: empty note")
        if c["connection"] not in CONNS:
            rep.err(f"{lab!r}: connection {c['connection']!r}")
            continue
        try:
            meas, vint = read_label(lab, c["connection"])
        except ValueError as ex:
            rep.err(f"{lab!r}: {ex}")
            continue
        if vint != c["vintage"]:
            rep.err(f"{lab!r}: vintage field {c['vintage']} but label reads {vint}")
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                rep.err(f"{lab!r}: none with id / also_ok / units")
            continue
        if c["expect"] not in ("yes", "almost"):
            rep.err(f"{lab!r}: expect {c['expect']!r}")
            continue
        e = ids.get(c["beverage_id"])
        if e is None:
            rep.err(f"{lab!r}: unknown beverage_id")
            continue
        g = groups[wkey(e)]
        fmt, units = expected_format(e["category"], list(g), meas)
        if fmt is None:
            rep.err(f"{lab!r}: measure {meas} asks no format of {e['id']}")
            continue
        if fmt != e["format_cl"]:
            rep.err(f"{lab!r}: measure {meas} asks {fmt} cl, entry is {e['format_cl']} cl")
        if c["units_per_sale"] != units:
            rep.err(f"{lab!r}: units {c['units_per_sale']} != {units}")
        same = g.get(e["format_cl"], [])
        vints = sorted(x["vintage"] for x in same if x["vintage"] is not None)
        others = {x["id"] for x in same if x["id"] != e["id"]}
        if set(c["also_ok"]) - {x["id"] for x in same}:
            rep.err(f"{lab!r}: also_ok outside the wine")
        if vint is None:
            if c["expect"] != "yes" or (vints and e["vintage"] != max(vints)) or set(c["also_ok"]) != others:
                rep.err(f"{lab!r}: no vintage on label: must be yes, most recent, others in also_ok")
        elif not vints:
            rep.err(f"{lab!r}: vintage on a non-vintage drink")
        elif vint in vints:
            if c["expect"] != "yes" or e["vintage"] != vint or c["also_ok"]:
                rep.err(f"{lab!r}: vintage {vint} held: yes on it, also_ok empty")
        else:
            best = sorted(vints, key=lambda v: (abs(v - vint), -v))[0]
            if c["expect"] != "almost" or e["vintage"] != best or set(c["also_ok"]) != others:
                rep.err(f"{lab!r}: vintage {vint} not held: almost on {best}, others in also_ok")
        if not shares(lab, e):
            rep.err(f"{lab!r}: shares no word or stem with {e['id']}")

    n = len(cases)
    if not 280 <= n <= 300:
        rep.err(f"{n} cases, not 280-300")
    if n:
        cnt = {}
        for c in cases:
            cnt[(c["connection"], c["expect"])] = cnt.get((c["connection"], c["expect"]), 0) + 1
        for conn in CONNS:
            for ex in ("yes", "almost", "none"):
                if not cnt.get((conn, ex)):
                    rep.err(f"till {conn} has no {ex}")
        tot = {ex: sum(cnt.get((k, ex), 0) for k in CONNS) for ex in ("yes", "almost", "none")}
        for ex, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            if not lo <= 100 * tot[ex] / n <= hi:
                rep.err(f"{ex}: {100 * tot[ex] / n:.1f} % outside {lo}-{hi} %")
        return cnt
    return {}


def load():
    with open(os.path.join(HERE, "sarlat_library.jsonl"), encoding="utf-8") as fh:
        lib = fh.read().splitlines()
    with open(os.path.join(HERE, "sarlat_cases.jsonl"), encoding="utf-8") as fh:
        cases = fh.read().splitlines()
    return lib, cases


def selftest():
    lib, cases = load()
    rep = Report()
    check(lib, cases, rep)
    assert not rep.errors, rep.errors[:5]
    print("clean files: pass")
    def L():
        return [json.loads(x) for x in lib]
    def C():
        return [json.loads(x) for x in cases]
    def dump(xs):
        return [json.dumps(x, ensure_ascii=False) for x in xs]

    def first(cs, pred):
        return next(i for i, c in enumerate(cs) if pred(c))

    breaks = []

    def b_glass_units():
        cs = C(); i = first(cs, lambda c: c["units_per_sale"] == 0.1667); cs[i]["units_per_sale"] = 0.16
        return lib, dump(cs)
    breaks.append(("glass units", b_glass_units))

    def b_almost_far():
        cs = C(); i = first(cs, lambda c: c["expect"] == "almost" and c["also_ok"])
        cs[i]["beverage_id"], cs[i]["also_ok"][0] = cs[i]["also_ok"][0], cs[i]["beverage_id"]
        return lib, dump(cs)
    breaks.append(("almost on the far vintage", b_almost_far))

    def b_cut_kept():
        cs = C(); i = first(cs, lambda c: "cut off" in c["note"]); cs[i]["vintage"] = int(c_note_year(cs[i]["note"]))
        return lib, dump(cs)
    breaks.append(("cut vintage kept", b_cut_kept))

    def b_none_id():
        cs = C(); i = first(cs, lambda c: c["expect"] == "none"); cs[i]["beverage_id"] = "sl001"
        return lib, dump(cs)
    breaks.append(("none with an id", b_none_id))

    def b_bar_lower():
        cs = C(); i = first(cs, lambda c: c["connection"] == "BAR"); cs[i]["label"] = cs[i]["label"].lower()
        return lib, dump(cs)
    breaks.append(("BAR label in lower case", b_bar_lower))

    def b_bar_long():
        cs = C(); i = first(cs, lambda c: c["connection"] == "BAR" and c["vintage"] is None)
        p = cs[i]["label"].split(" "); p[1] += ".EXTRA.WORDS.HERE"; cs[i]["label"] = " ".join(p)
        return lib, dump(cs)
    breaks.append(("BAR body over 18 columns", b_bar_long))

    def b_tab_server():
        cs = C(); i = first(cs, lambda c: c["connection"] == "TAB"); cs[i]["label"] = cs[i]["label"].rsplit(" [", 1)[0]
        return lib, dump(cs)
    breaks.append(("TAB label without server", b_tab_server))

    def b_grp_cols():
        cs = C(); i = first(cs, lambda c: c["connection"] == "GROUP"); cs[i]["label"] = cs[i]["label"].replace(";", ",", 1)
        return lib, dump(cs)
    breaks.append(("GROUP label missing a column", b_grp_cols))

    def b_order():
        cs = C(); c = cs[0]; cs[0] = {k: c[k] for k in reversed(CASE_FIELDS)}
        return lib, dump(cs)
    breaks.append(("case fields out of order", b_order))

    def b_half_as_75():
        cs = C(); ls = {e["id"]: e for e in L()}
        i = first(cs, lambda c: c["beverage_id"] and ls[c["beverage_id"]]["format_cl"] == 37.5)
        e = ls[cs[i]["beverage_id"]]
        j = next(x["id"] for x in ls.values() if x["name"] == e["name"] and x["format_cl"] == 75)
        cs[i]["beverage_id"] = j; cs[i]["also_ok"] = []
        return lib, dump(cs)
    breaks.append(("half answered with the 75 cl entry", b_half_as_75))

    def b_also_dropped():
        cs = C(); i = first(cs, lambda c: c["expect"] == "yes" and c["also_ok"]); cs[i]["also_ok"] = []
        return lib, dump(cs)
    breaks.append(("also_ok dropped", b_also_dropped))

    def b_lib_ids():
        ls = L(); ls[3]["id"], ls[4]["id"] = ls[4]["id"], ls[3]["id"]
        return dump(ls), cases
    breaks.append(("library ids out of order", b_lib_ids))

    def b_dup():
        return lib, [*cases[:-1], cases[0]]
    breaks.append(("duplicate label", b_dup))

    def b_draught_bottle():
        cs = C(); ls = {e["id"]: e for e in L()}
        i = first(cs, lambda c: c["connection"] == "BAR" and c["beverage_id"] and ls[c["beverage_id"]]["format_cl"] >= 2000)
        b = next(x["id"] for x in ls.values() if x["category"] == "bière" and x["format_cl"] == 33)
        cs[i]["beverage_id"] = b
        return lib, dump(cs)
    breaks.append(("draught answered with a bottled beer", b_draught_bottle))

    def b_wine_colour():
        ls = L(); ls[0]["colour"] = None
        return dump(ls), cases
    breaks.append(("wine without colour", b_wine_colour))

    def b_few():
        return lib, cases[:200]
    breaks.append(("too few cases", b_few))

    def b_yes_other_vintage():
        cs = C(); ls = {e["id"]: e for e in L()}
        i = first(cs, lambda c: c["expect"] == "yes" and c["vintage"] is not None and any(
            ls[x]["format_cl"] == ls[c["beverage_id"]]["format_cl"] for x in ids_same(ls, c["beverage_id"])))
        cs[i]["beverage_id"] = ids_same(ls, cs[i]["beverage_id"])[0]
        return lib, dump(cs)
    breaks.append(("yes on another vintage", b_yes_other_vintage))

    def b_json():
        return lib, [*cases[:5], "{not json", *cases[6:]]
    breaks.append(("non-JSON line", b_json))

    def b_no_stem():
        cs = C(); i = first(cs, lambda c: c["connection"] == "TAB" and c["expect"] == "yes" and c["label"].startswith("Bottle pecharmant tiregand"))
        cs[i]["beverage_id"] = "sl045"; cs[i]["also_ok"] = []
        return lib, dump(cs)
    breaks.append(("answer sharing no word with the label", b_no_stem))

    def b_keg():
        ls = L(); i = next(k for k, e in enumerate(ls) if e["category"] == "soft"); ls[i]["format_cl"] = 3000
        return dump(ls), cases
    breaks.append(("keg format on a soft", b_keg))

    def b_vintage_field():
        cs = C(); i = first(cs, lambda c: c["connection"] == "TAB" and c["vintage"]); cs[i]["vintage"] += 1
        return lib, dump(cs)
    breaks.append(("vintage field not the label's", b_vintage_field))

    def b_till_missing_answer():
        cs = C(); cs = [c for c in cs if not (c["connection"] == "GROUP" and c["expect"] == "almost")]
        return lib, dump(cs)
    breaks.append(("a till without almost", b_till_missing_answer))

    WANT = {'glass units': 'units', 'almost on the far vintage': 'not held: almost', 'cut vintage kept': 'label reads None', 'none with an id': 'none with id', 'BAR label in lower case': 'BAR form', 'BAR body over 18 columns': 'over 18', 'TAB label without server': 'TAB form', 'GROUP label missing a column': 'six ;-columns', 'case fields out of order': 'fields', 'half answered with the 75 cl entry': 'asks 37.5 cl', 'also_ok dropped': 'others in also_ok', 'library ids out of order': 'out of sequence', 'duplicate label': 'duplicate label', 'draught answered with a bottled beer': 'asks no format', 'wine without colour': 'colour only on wines', 'too few cases': 'not 280-300', 'yes on another vintage': 'yes on it', 'non-JSON line': 'not JSON', 'answer sharing no word with the label': 'shares no word', 'keg format on a soft': 'keg format', "vintage field not the label's": 'vintage field', 'a till without almost': 'till GROUP has no almost'}
    ok = True
    for name, fn in breaks:
        lb, cs = fn()
        r = Report()
        check(lb, cs, r)
        hit = [m for m in r.errors if WANT[name] in m]
        flag = "reported" if hit else "NOT REPORTED"
        ok &= bool(hit)
        print(f"break {name:42s} {flag}: {hit[0] if hit else r.errors[:1]}"[:160])
    print(f"{len(breaks)} kinds of break, all reported" if ok else "SELFTEST FAILED")
    return 0 if ok else 1


def ids_same(ls, bid):
    e = ls[bid]
    return [x["id"] for x in ls.values() if x["id"] != bid and x["name"] == e["name"] and x["producer"] == e["producer"]
            and x["format_cl"] == e["format_cl"]]


def c_note_year(note):
    return re.search(r"\[(\d{4}) cut off", note).group(1)


def main():
    if "--selftest" in sys.argv:
        return selftest()
    lib, cases = load()
    rep = Report()
    cnt = check(lib, cases, rep)
    for m in rep.errors:
        print("ERROR", m)
    n = len(cases)
    print(f"{len(lib)} drinks, {n} cases")
    for conn in CONNS:
        print(f"{conn:6s}", " ".join(f"{ex} {cnt.get((conn, ex), 0)}" for ex in ("yes", "almost", "none")))
    print("OK" if not rep.errors else f"{len(rep.errors)} errors")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main())
