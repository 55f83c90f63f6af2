"""Check the Le Cadre (Saumur) blind set from its two jsonl files alone.

    python3 check_saumur.py            # check saumur_library.jsonl and saumur_cases.jsonl
    python3 check_saumur.py --selftest # break copies on purpose, show each break reported
"""
import copy
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATS = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
WINE_CATS = {"vin", "champagne"}
TILLS = ("bar", "salle", "rapport")

BAR_WIDTH = 20
BAR_FAMS = {"ROUG", "BLAN", "ROSE", "BULL", "MOEL", "BIER", "PRES", "ALCO", "APER", "SOFT",
            "EAUX", "CAFE", "CUIS"}
BAR_MEAS = {
    "VR": ("pour", 12.5), "VR15": ("pour", 15), "CAR25": ("pour", 25), "CAR50": ("pour", 50),
    "CP": ("pour", 12.5), "DOSE": ("pour", 4), "2CL": ("pour", 2),
    "BTL": ("btl", None), "1/2": ("btl", 37.5), "MAG": ("btl", 150),
    "DEMI": ("draught", 25), "PINTE": ("draught", 50),
    "25CL": ("btl", 25), "33CL": ("btl", 33), "50CL": ("btl", 50), "1L": ("btl", 100),
    "--": ("none", None),
}
SALLE_MEAS = {
    "btle": ("btl", None), "½ btle": ("btl", 37.5), "mag": ("btl", 150),
    "verre": ("pour", 12.5), "verre 15": ("pour", 15), "carafe 25": ("pour", 25),
    "carafe 50": ("pour", 50), "coupe": ("pour", 12.5), "shot": ("pour", 4),
    "demi": ("draught", 25), "pinte": ("draught", 50),
    "25cl": ("btl", 25), "33cl": ("btl", 33), "50cl": ("btl", 50), "1L": ("btl", 100),
}
BAR_RE = re.compile(r"^([A-Z]{4})\.([A-Z0-9 .'/&!-]+)\|(%s)$" % "|".join(re.escape(k) for k in BAR_MEAS))
SALLE_RE = re.compile(r"^(T\d{1,2}|TER\d|CPT) (.+?)(?: \[([^\]]+)\])?((?: \+ [^+]+)*)$")
RAPPORT_RE = re.compile(r'^(\d{5}),"([A-Z0-9 .\'/&!-]+)",((?:\d+(?:,\d+)?cl)?),(\d+),"(\d+,\d\d)"$')
ABBR = {"rn": "roches", "vv": "vieilles", "blde": "blonde", "ch": "chateau", "pe": "pellegrino",
        "st": "saint"}
STOP = {"de", "la", "le", "les", "des", "du", "d", "l", "et", "a", "au", "aux"}


def plain(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return [w for w in re.split(r"[^a-z0-9]+", plain(s)) if w and w not in STOP]


def num(v):
    return int(v) if v == int(v) else v


def read_label(case):
    """-> (kind, vol, vintage, text, error or None) from the label alone."""
    label, conn = case["label"], case["connection"]
    if conn == "bar":
        m = BAR_RE.match(label)
        if not m:
            return None, None, None, "", "bar label not in the form FAMI.NAME|MEASURE"
        fam, name, code = m.groups()
        if fam not in BAR_FAMS:
            return None, None, None, "", "unknown bar family %s" % fam
        field = "%s.%s" % (fam, name)
        if len(field) > BAR_WIDTH or field != field.rstrip():
            return None, None, None, "", "bar name field over %d columns" % BAR_WIDTH
        last = name.split(" ")[-1]
        v = 2000 + int(last) if " " in name and re.fullmatch(r"\d\d", last) else None
        text = name if v is None else name.rsplit(" ", 1)[0]
        kind, vol = BAR_MEAS[code]
        return kind, vol, v, text, None
    if conn == "salle":
        m = SALLE_RE.match(label)
        if not m or (m.group(3) is not None and m.group(3) not in SALLE_MEAS):
            return None, None, None, "", "salle label not in the form TABLE text [measure] + mods"
        text = m.group(2)
        ys = re.findall(r"\b(19\d\d|20\d\d)\b", text)
        v = int(ys[-1]) if ys else None
        kind, vol = SALLE_MEAS[m.group(3)] if m.group(3) else ("none", None)
        return kind, vol, v, text, None
    if conn == "rapport":
        m = RAPPORT_RE.match(label)
        if not m:
            return None, None, None, "", "rapport line not PLU,\"LIBELLE\",vol,qty,\"amount\""
        lib, volcol, qty, amount = m.group(2), m.group(3), int(m.group(4)), m.group(5)
        cents = int(amount.replace(",", ""))
        if qty < 1 or cents % qty or (cents // qty) % 50:
            return None, None, None, "", "rapport amount is not quantity x a price in half euros"
        ys = re.findall(r"\b(19\d\d|20\d\d)\b", lib)
        v = int(ys[-1]) if ys else None
        if not volcol:
            return "none", None, v, lib, None
        vol = num(float(volcol[:-2].replace(",", ".")))
        kind = "draught" if "PRESSION" in lib.split() else "vol"
        return kind, vol, v, lib, None
    return None, None, None, "", "unknown connection %r" % conn


def load(path):
    rows, errs = [], []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line, object_pairs_hook=lambda p: p))
            except ValueError as e:
                errs.append("%s:%d invalid JSON (%s)" % (os.path.basename(path), i, e))
    return rows, errs


def check(lib_pairs, case_pairs):
    E = []
    lib = []
    for i, p in enumerate(lib_pairs, 1):
        if [k for k, _ in p] != LIB_FIELDS:
            E.append("library line %d: fields not in bench order" % i)
        lib.append(dict(p))
    if not 110 <= len(lib) <= 130:
        E.append("library has %d drinks, not 110-130" % len(lib))
    byid = {}
    seen = set()
    for i, d in enumerate(lib, 1):
        if d.get("id") != "su%03d" % i:
            E.append("library line %d: id %r out of sequence" % (i, d.get("id")))
        byid[d.get("id")] = d
        cat, col, fm = d.get("category"), d.get("colour"), d.get("format_cl")
        if cat not in CATS:
            E.append("%s: category %r" % (d["id"], cat))
        if cat in WINE_CATS and col not in COLOURS:
            E.append("%s: wine without a valid colour" % d["id"])
        if cat not in WINE_CATS and col is not None:
            E.append("%s: colour %r on a %s" % (d["id"], col, cat))
        if not isinstance(fm, (int, float)) or fm <= 0:
            E.append("%s: bad format_cl" % d["id"])
        elif fm >= 1000 and (cat != "bière" or fm not in (2000, 3000)):
            E.append("%s: keg format on a non-beer or odd keg" % d["id"])
        v = d.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 < v < 2030):
            E.append("%s: bad vintage" % d["id"])
        k = (d.get("name"), d.get("producer"), d.get("appellation"), col, fm, v)
        if k in seen:
            E.append("%s: same drink twice" % d["id"])
        seen.add(k)

    def wine(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"])

    def drink_formats(d):
        return sorted({x["format_cl"] for x in lib if (x["name"], x["producer"], x["appellation"],
                                                       x["colour"]) == wine(d)[:4]})

    cases = []
    for i, p in enumerate(case_pairs, 1):
        if [k for k, _ in p] != CASE_FIELDS:
            E.append("case line %d: fields not in bench order" % i)
        cases.append(dict(p))
    if not 280 <= len(cases) <= 300:
        E.append("%d cases, not 280-300" % len(cases))
    labels = Counter(c.get("label") for c in cases)
    for lab, n in labels.items():
        if n > 1:
            E.append("duplicate label %r" % lab)
    for c in cases:
        lab = c.get("label")
        tag = "%r" % lab
        kind, vol, v, text, err = read_label(c)
        if err:
            E.append("%s: %s" % (tag, err))
            continue
        if c.get("vintage") != v:
            E.append("%s: vintage %r but the label reads %r" % (tag, c.get("vintage"), v))
        note = c.get("note") or ""
        if not note:
            E.append("%s: empty note" % tag)
        if "cut off by the till" in note and (c["connection"] != "bar" or
                                               len(lab.rsplit("|", 1)[0]) < BAR_WIDTH - 1 or v is not None):
            E.append("%s: cut-off note on a label the till did not cut" % tag)
        exp, bid, also, units = c.get("expect"), c.get("beverage_id"), c.get("also_ok"), c.get("units_per_sale")
        if exp not in ("yes", "almost", "none"):
            E.append("%s: expect %r" % (tag, exp))
            continue
        if exp == "none":
            if bid is not None or also != [] or units is not None:
                E.append("%s: none with an id, also_ok or units" % tag)
            continue
        d = byid.get(bid)
        if d is None:
            E.append("%s: beverage_id %r not in library" % (tag, bid))
            continue
        if kind == "none":
            E.append("%s: a label with no measure answered %s" % (tag, exp))
            continue
        # format and units against the printed measure
        fm, cat = d["format_cl"], d["category"]
        fmts = drink_formats(d)
        if not isinstance(units, (int, float)) or units != round(units, 4):
            E.append("%s: units_per_sale %r not a number to 4 decimals" % (tag, units))
            continue
        if kind == "vol":
            if vol == fm:
                kind, vol = "btl", fm
            elif cat in WINE_CATS and vol in (37.5, 75, 150):
                E.append("%s: %s cl bottle answered with the %s cl entry" % (tag, vol, fm))
                continue
            elif cat in ("bière", "soft"):
                E.append("%s: %s cl of a %s answered with the %s cl entry" % (tag, vol, cat, fm))
                continue
            else:
                kind = "pour"
        if kind == "btl":
            want = vol
            if want is None:
                bf = [f for f in fmts if f < 1000]
                want = 75 if cat in WINE_CATS else (bf[0] if len(bf) == 1 else None)
            if fm != want:
                E.append("%s: bottle of %s cl answered with a %s cl entry" % (tag, want, fm))
            elif units != 1:
                E.append("%s: a bottle is 1 unit, not %r" % (tag, units))
        elif kind == "pour":
            ordinary = 75 if 75 in fmts else (fmts[0] if len(fmts) == 1 else None)
            if cat in ("bière", "soft"):
                E.append("%s: a pour of a %s" % (tag, cat))
            elif fm != ordinary:
                E.append("%s: pour from the %s cl entry, not the ordinary bottle" % (tag, fm))
            elif units != round(vol / fm, 4):
                E.append("%s: units %r, want %r (%s / %s)" % (tag, units, round(vol / fm, 4), vol, fm))
        elif kind == "draught":
            if cat != "bière" or fm < 1000:
                E.append("%s: draught answered with a non-keg entry" % tag)
            elif units != round(vol / fm, 4):
                E.append("%s: draught units %r, want %r" % (tag, units, round(vol / fm, 4)))
        # yes / almost / also_ok
        sibs = [x for x in lib if wine(x) == wine(d)]
        vints = sorted(x["vintage"] for x in sibs if x["vintage"] is not None)
        sid = {x["vintage"]: x["id"] for x in sibs}
        if exp == "yes":
            if v is not None:
                if d["vintage"] != v or also != []:
                    E.append("%s: yes with vintage %s but entry %s / also_ok %s" % (tag, v, d["vintage"], also))
            else:
                want = [sid[x] for x in vints if x != max(vints)] if vints else []
                if vints and d["vintage"] != max(vints):
                    E.append("%s: yes without vintage must be the most recent" % tag)
                if also != want:
                    E.append("%s: also_ok %s, want %s" % (tag, also, want))
        else:
            if v is None or not vints or v in vints:
                E.append("%s: almost without a vintage missing from the library" % tag)
            else:
                best = min(vints, key=lambda x: (abs(x - v), -x))
                if d["vintage"] != best:
                    E.append("%s: almost must be the nearest vintage %s" % (tag, best))
                want = [sid[x] for x in vints if x != best]
                if also != want:
                    E.append("%s: also_ok %s, want %s" % (tag, also, want))
        # a word, stem or standard abbreviation shared with the entry
        ew = set(words("%s %s %s" % (d["name"], d["producer"], d["appellation"] or "")))
        ok = False
        toks = []
        for t in words(text):
            toks += [t, *re.findall(r"[a-z]+|[0-9]+", t)]
        for t in toks:
            t = ABBR.get(t, t)
            if len(t) >= 3 and any(w == t or w.startswith(t) or (len(t) >= 4 and w[:4] == t[:4]) for w in ew):
                ok = True
        if not ok:
            E.append("%s: shares no word, stem or abbreviation with %s" % (tag, bid))
    # counts
    n = len(cases) or 1
    cnt = Counter(c.get("expect") for c in cases)
    for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
        if not lo <= 100.0 * cnt[e] / n <= hi:
            E.append("%s is %.1f %% of cases, not %d-%d %%" % (e, 100.0 * cnt[e] / n, lo, hi))
    tc = Counter((c.get("connection"), c.get("expect")) for c in cases)
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if tc[(t, e)] == 0:
                E.append("till %s has no %s case" % (t, e))
    return E, tc


def selftest(lib, cases):
    def L(rows):
        return [list(r) for r in rows]

    def setf(pairs, key, val):
        return [(k, val if k == key else v) for k, v in pairs]

    def getf(pairs, key):
        return dict(pairs)[key]

    def find(pred):
        return next(i for i, c in enumerate(cases) if pred(dict(c)))

    breaks = []

    def brk(name, fn):
        lb, cs = copy.deepcopy(lib), copy.deepcopy(cases)
        fn(lb, cs)
        breaks.append((name, lb, cs))

    MUST = {"field order": "fields not in bench order", "id sequence": "out of sequence",
            "colour on a beer": "colour", "glass units": "units", "almost on the farther vintage": "nearest",
            "none with an id": "none with", "also_ok dropped": "also_ok", "duplicate label": "duplicate",
            "half answered with the 75 cl entry": "bottle of 37.5", "draught on a bottled beer": "draught",
            "vintage not on the label": "label reads", "label sharing no word": "shares no word",
            "bar field over 20": "over 20", "salle without table": "salle label not",
            "rapport amount not qty x price": "amount", "till without almost": "has no almost",
            "too few cases": "not 280-300", "cut-off note on an uncut label": "did not cut",
            "wrong yes vintage": "almost without"}

    brk("field order", lambda lb, cs: cs.__setitem__(0, [cs[0][1], cs[0][0], *cs[0][2:]]))
    brk("id sequence", lambda lb, cs: lb.__setitem__(4, setf(lb[4], "id", "su099")))
    beer = next(i for i, d in enumerate(lib) if dict(d)["category"] == "bière")
    brk("colour on a beer", lambda lb, cs: lb.__setitem__(beer, setf(lb[beer], "colour", "blanc")))
    g = find(lambda c: c["connection"] == "bar" and c["label"].endswith("|VR") and c["expect"] == "yes")
    brk("glass units", lambda lb, cs: cs.__setitem__(g, setf(cs[g], "units_per_sale", 0.2)))
    a = find(lambda c: c["expect"] == "almost" and c["also_ok"])
    brk("almost on the farther vintage", lambda lb, cs: cs.__setitem__(
        a, setf(setf(cs[a], "beverage_id", getf(cs[a], "also_ok")[0]), "also_ok", [getf(cs[a], "beverage_id")])))
    nn = find(lambda c: c["expect"] == "none")
    brk("none with an id", lambda lb, cs: cs.__setitem__(nn, setf(cs[nn], "beverage_id", "su001")))
    y = find(lambda c: c["expect"] == "yes" and c["also_ok"])
    brk("also_ok dropped", lambda lb, cs: cs.__setitem__(y, setf(cs[y], "also_ok", [])))
    brk("duplicate label", lambda lb, cs: cs.__setitem__(1, setf(cs[1], "label", getf(cs[0], "label"))))
    hb = find(lambda c: "[½ btle]" in c["label"] and c["expect"] == "yes")
    whole = next(dict(d)["id"] for d in lib if dict(d)["format_cl"] == 75 and dict(d)["name"] == dict(
        next(x for x in lib if dict(x)["id"] == getf(cases[hb], "beverage_id")))["name"])
    brk("half answered with the 75 cl entry", lambda lb, cs: cs.__setitem__(hb, setf(cs[hb], "beverage_id", whole)))
    dr = find(lambda c: c["connection"] == "bar" and c["label"].endswith("|DEMI") and c["expect"] == "yes")
    bottle_beer = next(dict(d)["id"] for d in lib if dict(d)["category"] == "bière" and dict(d)["format_cl"] == 33)
    brk("draught on a bottled beer", lambda lb, cs: cs.__setitem__(dr, setf(cs[dr], "beverage_id", bottle_beer)))
    v = find(lambda c: c["connection"] == "salle" and c["vintage"] and c["expect"] == "yes")
    brk("vintage not on the label", lambda lb, cs: cs.__setitem__(v, setf(cs[v], "vintage", getf(cs[v], "vintage") - 1)))
    w = find(lambda c: c["connection"] == "salle" and c["expect"] == "yes" and "[btle]" in c["label"] and not c["vintage"])
    brk("label sharing no word", lambda lb, cs: cs.__setitem__(w, setf(cs[w], "label", "T3 Zzyzx Qwerty [btle]")))
    b = find(lambda c: c["connection"] == "bar")
    brk("bar field over 20", lambda lb, cs: cs.__setitem__(b, setf(cs[b], "label", getf(cs[b], "label").replace(".", ".XXXXXXXXXXXXXXXXXX", 1))))
    s = find(lambda c: c["connection"] == "salle")
    brk("salle without table", lambda lb, cs: cs.__setitem__(s, setf(cs[s], "label", getf(cs[s], "label").split(" ", 1)[1])))
    r = find(lambda c: c["connection"] == "rapport")
    brk("rapport amount not qty x price", lambda lb, cs: cs.__setitem__(r, setf(cs[r], "label", re.sub(r',"(\d+),(\d\d)"$', ',"\\1,01"', getf(cs[r], "label")))))
    brk("till without almost", lambda lb, cs: cs.__init__([c for c in cs if not (dict(c)["connection"] == "salle" and dict(c)["expect"] == "almost")]))
    brk("too few cases", lambda lb, cs: cs.__init__(cs[:250]))
    cu = find(lambda c: c["connection"] == "bar" and c["vintage"] is not None and len(c["label"].rsplit("|", 1)[0]) < 18)
    brk("cut-off note on an uncut label", lambda lb, cs: cs.__setitem__(cu, setf(cs[cu], "note", getf(cs[cu], "note") + " [2019 cut off by the till]")))
    brk("wrong yes vintage", lambda lb, cs: cs.__setitem__(v, setf(cs[v], "expect", "almost")))
    E0, _ = check(lib, cases)
    print("clean files: %s" % ("pass" if not E0 else "FAIL %s" % E0[:3]))
    bad = bool(E0)
    # invalid JSON
    import tempfile
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write('{"label": "X"\n')
        tmp = f.name
    _, je = load(tmp)
    os.unlink(tmp)
    print("%-36s %s" % ("invalid JSON", "reported: " + je[0] if je else "NOT REPORTED"))
    bad |= not je
    for name, lb, cs in breaks:
        E, _ = check(lb, cs)
        hit = [e for e in E if MUST[name] in e]
        print("%-36s %s" % (name, ("reported: " + hit[0]) if hit else "NOT REPORTED"))
        bad |= not hit
    print("%d kinds of break" % (len(breaks) + 1))
    return 1 if bad else 0


def main():
    lib, e1 = load(os.path.join(HERE, "saumur_library.jsonl"))
    cases, e2 = load(os.path.join(HERE, "saumur_cases.jsonl"))
    if e1 or e2:
        print("\n".join(e1 + e2))
        return 1
    if "--selftest" in sys.argv:
        return selftest(lib, cases)
    E, tc = check(lib, cases)
    for e in E:
        print("ERROR", e)
    for t in TILLS:
        print("%-8s yes %3d  almost %3d  none %3d" % (t, tc[(t, "yes")], tc[(t, "almost")], tc[(t, "none")]))
    print("%d drinks, %d cases: %s" % (len(lib), len(cases), "OK" if not E else "%d errors" % len(E)))
    return 1 if E else 0


if __name__ == "__main__":
    sys.exit(main())
