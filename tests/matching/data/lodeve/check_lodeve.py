"""Check the "lodeve" set. Reads ONLY lodeve_library.jsonl and lodeve_cases.jsonl.

python3 check_lodeve.py             check the files beside this script
python3 check_lodeve.py --selftest  break copies in many ways, show each is reported
"""
import json
import os
import re
import shutil
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale",
               "note", "connection"]
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux"}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("caisse", "tablette", "gestion")
CAISSE_KEYS = {"1/2": ("bottle", 37.5), "MAG": ("bottle", 150), "25CL": ("bottle", 25),
               "33CL": ("bottle", 33), "50CL": ("bottle", 50), "1L": ("bottle", 100),
               "VR": ("pour", 12.5), "VR12": ("pour", 12), "VR15": ("pour", 15),
               "P25": ("pour", 25), "P50": ("pour", 50), "CP": ("pour", 12.5),
               "DOSE": ("pour", 4), "2CL": ("pour", 2), "4CL": ("pour", 4),
               "DEMI": ("draught", 25), "PINTE": ("draught", 50)}
TABLETTE_VARIANTS = {"Bouteille": ("bottle", None), "Demi-bouteille": ("bottle", 37.5),
                     "Magnum": ("bottle", 150), "25cl": ("bottle", 25), "33cl": ("bottle", 33),
                     "50cl": ("bottle", 50), "1L": ("bottle", 100), "Verre": ("pour", 12.5),
                     "Verre 12cl": ("pour", 12), "Verre 15cl": ("pour", 15),
                     "Pichet 25cl": ("pour", 25), "Pichet 50cl": ("pour", 50),
                     "Coupe": ("pour", 12.5), "Dose": ("pour", 4), "2cl": ("pour", 2),
                     "4cl": ("pour", 4), "Demi": ("draught", 25), "Pinte": ("draught", 50)}
ABBREV = {"tdl": "terrasses", "psl": "pic", "champ": "champagne", "calva": "calvados",
          "jd": "jack", "oc": "oc"}


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def words(s):
    return re.findall(r"[a-z]+|[0-9]+", fold(s))


def read_vintage(till, label):
    if till == "caisse":
        toks = label.split()
        if len(toks) > 1 and re.fullmatch(r"\d\d", toks[-1]):
            yy = int(toks[-1])
            return 2000 + yy if yy < 40 else 1900 + yy
        return None
    if till == "tablette":
        name = re.sub(r" \([^()]*\)$", "", label)
        m = re.findall(r"\b((?:19|20)\d\d)\b", name)
        return int(m[-1]) if m else None
    f = label.split(";")
    return int(f[2]) if len(f) == 5 and f[2].isdigit() else None


def read_measure(till, label):
    """-> (kind, cl) or None when the label carries no measure."""
    if till == "caisse":
        first = label.split()[0]
        return CAISSE_KEYS.get(first, ("bottle", None))
    if till == "tablette":
        m = re.search(r" \(([^()]*)\)$", label)
        return TABLETTE_VARIANTS.get(m.group(1)) if m else None
    f = label.split(";")
    if len(f) != 5:
        return None
    m = re.fullmatch(r"(BT|VR|PI|CP|DO|FUT)(\d+(?:,\d+)?)", f[3])
    if not m:
        return None
    cl = float(m.group(2).replace(",", "."))
    cl = int(cl) if cl == int(cl) else cl
    kind = {"BT": "bottle", "FUT": "draught"}.get(m.group(1), "pour")
    return (kind, cl)


def check_form(till, label, err):
    if till == "caisse":
        if len(label) > 18:
            err("caisse label over 18 columns: %r" % label)
        if label != label.upper() or not label.isascii():
            err("caisse label not ASCII capitals: %r" % label)
    elif till == "tablette":
        if not re.search(r"[a-zà-ÿ]", label):
            err("tablette label without lower case: %r" % label)
        if ";" in label:
            err("tablette label with ';': %r" % label)
    elif till == "gestion":
        f = label.split(";")
        if len(f) != 5:
            err("gestion label without 5 fields: %r" % label)
            return
        art, lib, mill, cond, prix = f
        if not re.fullmatch(r"\d{5}", art):
            err("gestion article not 5 digits: %r" % label)
        if len(lib) > 22 or lib != lib.upper() or not lib.isascii() or lib != lib.strip():
            err("gestion libellé not ASCII capitals <= 22: %r" % label)
        if mill and not re.fullmatch(r"(19|20)\d\d", mill):
            err("gestion millésime malformed: %r" % label)
        if cond != "UN" and not re.fullmatch(r"(BT|VR|PI|CP|DO|FUT)\d+(,\d+)?", cond):
            err("gestion conditionnement unknown: %r" % label)
        if not re.fullmatch(r"\d+,\d\d", prix):
            err("gestion price malformed: %r" % label)


def load(path, err):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                err("%s line %d: not JSON" % (os.path.basename(path), n))
    return rows


def check(folder):
    errors = []
    err = errors.append
    lib = load(os.path.join(folder, "lodeve_library.jsonl"), err)
    cases = load(os.path.join(folder, "lodeve_cases.jsonl"), err)
    by_id = {}
    if not 110 <= len(lib) <= 130:
        err("library holds %d drinks, not 110-130" % len(lib))
    for n, d in enumerate(lib, 1):
        if list(d) != LIB_FIELDS:
            err("library field order: %s" % d.get("id"))
        if d.get("id") != "lw%03d" % n:
            err("id out of sequence at %d: %s" % (n, d.get("id")))
        by_id[d.get("id")] = d
        if d.get("category") not in CATEGORIES:
            err("bad category %s" % d.get("id"))
        wine = d.get("category") in ("vin", "champagne")
        if wine and d.get("colour") not in COLOURS:
            err("bad colour %s" % d.get("id"))
        if not wine and d.get("colour") is not None:
            err("colour on a non-wine %s" % d.get("id"))
        if d.get("vintage") is not None and not isinstance(d.get("vintage"), int):
            err("vintage not an integer %s" % d.get("id"))
        fmt = d.get("format_cl")
        if not isinstance(fmt, (int, float)) or fmt <= 0:
            err("bad format %s" % d.get("id"))
        elif fmt >= 2000 and (d.get("category") != "bière" or fmt not in (2000, 3000)):
            err("keg format on a non-beer or odd keg %s" % d.get("id"))

    def wine_key(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"])

    same = {}
    for d in lib:
        same.setdefault(wine_key(d), []).append(d)
    seen = set()
    counts = {t: {"yes": 0, "almost": 0, "none": 0} for t in TILLS}
    for c in cases:
        lab = c.get("label")
        if list(c) != CASE_FIELDS:
            err("case field order: %r" % lab)
            continue
        if lab in seen:
            err("duplicate label %r" % lab)
        seen.add(lab)
        till = c["connection"]
        if till not in TILLS:
            err("unknown till %r: %r" % (till, lab))
            continue
        if c["expect"] not in ("yes", "almost", "none"):
            err("bad expect %r" % lab)
            continue
        counts[till][c["expect"]] += 1
        check_form(till, lab, err)
        if read_vintage(till, lab) != c["vintage"]:
            err("vintage %r not the one on the label %r" % (c["vintage"], lab))
        if c["expect"] == "none":
            if c["beverage_id"] is not None or c["also_ok"] != [] or c["units_per_sale"] is not None:
                err("none with an answer: %r" % lab)
            continue
        d = by_id.get(c["beverage_id"])
        if d is None:
            err("unknown beverage_id %r: %r" % (c["beverage_id"], lab))
            continue
        wine = d["category"] in ("vin", "champagne")
        meas = read_measure(till, lab)
        if meas is None:
            err("no measure on a drink label %r" % lab)
            continue
        kind, cl = meas
        fam = same[wine_key(d)]
        bottles = sorted({e["format_cl"] for e in fam if e["format_cl"] < 2000})
        fmt = d["format_cl"]
        if kind == "bottle":
            want = cl if cl is not None else (75 if wine else (bottles[0] if len(bottles) == 1 else None))
            units = 1
        elif kind == "draught":
            want = fmt if fmt >= 2000 else None
            units = round(cl / fmt, 4)
        else:
            if wine:
                want = 75 if 75 in bottles else (bottles[0] if len(bottles) == 1 else None)
            else:
                want = bottles[0] if len(bottles) == 1 else None
            units = round(cl / fmt, 4)
        if want != fmt:
            err("format %s of %s is not what the label means (%s): %r" % (fmt, d["id"], want, lab))
        if c["units_per_sale"] != units:
            err("units %r, measure says %r: %r" % (c["units_per_sale"], units, lab))
        group = [e for e in fam if e["format_cl"] == fmt]
        others = sorted(e["id"] for e in group if e["id"] != d["id"])
        lv = c["vintage"]
        vs = [e["vintage"] for e in group]
        if c["expect"] == "yes":
            if lv is not None:
                if d["vintage"] != lv:
                    err("yes on vintage %r, label says %r: %r" % (d["vintage"], lv, lab))
                if c["also_ok"]:
                    err("also_ok on a vintage-exact yes: %r" % lab)
            else:
                if sorted(c["also_ok"]) != others:
                    err("also_ok is not the other vintages: %r" % lab)
                if d["vintage"] != max(vs, key=lambda v: v or 0):
                    err("yes without vintage not on the most recent: %r" % lab)
        else:
            if lv is None or lv in vs or None in vs:
                err("almost but the label vintage is held or absent: %r" % lab)
            else:
                best = min(vs, key=lambda v: (abs(v - lv), -v))
                if d["vintage"] != best:
                    err("almost not on the nearest vintage: %r" % lab)
            if sorted(c["also_ok"]) != others:
                err("also_ok is not the other vintages: %r" % lab)
        lw = set(words(lab))
        ew = set(words(" ".join(str(d[k] or "") for k in ("name", "producer", "appellation"))))
        lw |= {ABBREV[w] for w in lw if w in ABBREV}
        if not any(a == b or (len(a) >= 3 and b.startswith(a)) or (len(b) >= 4 and a.startswith(b))
                   for a in lw for b in ew if not a.isdigit()):
            err("label shares no word or stem with its entry: %r" % lab)
    n = len(cases)
    if not 280 <= n <= 300:
        err("%d cases, not 280-300" % n)
    tot = {k: sum(v[k] for v in counts.values()) for k in ("yes", "almost", "none")}
    if n:
        for k, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            if not lo <= 100.0 * tot[k] / n <= hi:
                err("%s at %.1f %%, not %d-%d %%" % (k, 100.0 * tot[k] / n, lo, hi))
    for t, v in counts.items():
        for k, x in v.items():
            if x == 0:
                err("till %s has no %s" % (t, k))
    return errors, counts


def report(folder):
    errors, counts = check(folder)
    for e in errors:
        print("ERROR", e)
    if not errors:
        for t, v in counts.items():
            print("%-9s yes %3d  almost %3d  none %3d  total %3d" % (t, v["yes"], v["almost"], v["none"], sum(v.values())))
        print("OK")
    return not errors


def _edit(path, fn):
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    lines = fn(lines)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def _case_edit(pred, change):
    def fn(lines):
        for i, l in enumerate(lines):
            if l and pred(json.loads(l)):
                c = json.loads(l)
                change(c)
                lines[i] = json.dumps(c, ensure_ascii=False)
                return lines
        raise AssertionError("no case to break")
    return fn


EXPECT = {'broken JSON': 'not JSON', 'field order': 'field order', 'id gap': 'out of sequence', 'bad colour': 'bad colour', 'duplicate label': 'duplicate', 'vintage not on label': 'not the one on the label', 'also_ok dropped': 'also_ok', 'almost not nearest': 'nearest', 'units': 'units', 'none with an id': 'none with an answer', 'caisse over 18 columns': '18 columns', 'caisse lower case': 'ASCII capitals', 'gestion price missing': '5 fields', 'magnum pointed at the bottle': 'not what the label means', 'draught on a bottle entry': 'not what the label means', 'unknown till': 'unknown till', 'counts out of range': 'not 12-17', 'shares no word': 'shares no word'}


def selftest():
    L, C = "lodeve_library.jsonl", "lodeve_cases.jsonl"
    breaks = [
        ("broken JSON", C, lambda ls: [*ls[:3], "{not json", *ls[3:]]),
        ("field order", C, _case_edit(lambda c: True, lambda c: c.update({"label": c.pop("label")}))),
        ("id gap", L, lambda ls: [l.replace('"lw050"', '"lw150"') for l in ls]),
        ("bad colour", L, lambda ls: [l.replace('"rosé"', '"rose"', 1) for l in ls]),
        ("duplicate label", C, lambda ls: ls[:1] + ls[:1] + ls[2:]),
        ("vintage not on label", C, _case_edit(lambda c: c["vintage"] is None and c["expect"] == "yes",
                                              lambda c: c.update({"vintage": 2021}))),
        ("also_ok dropped", C, _case_edit(lambda c: len(c["also_ok"]) > 0, lambda c: c.update({"also_ok": []}))),
        ("almost not nearest", C, _case_edit(lambda c: c["expect"] == "almost" and c["also_ok"],
                                            lambda c: c.update({"beverage_id": c["also_ok"][0], "also_ok": [c["beverage_id"]]}))),
        ("units", C, _case_edit(lambda c: c["units_per_sale"] == 0.1667, lambda c: c.update({"units_per_sale": 0.2}))),
        ("none with an id", C, _case_edit(lambda c: c["expect"] == "none", lambda c: c.update({"beverage_id": "lw001"}))),
        ("caisse over 18 columns", C, _case_edit(lambda c: c["connection"] == "caisse" and c["expect"] == "none",
                                                lambda c: c.update({"label": c["label"] + " EXTRA LONG TEXT"}))),
        ("caisse lower case", C, _case_edit(lambda c: c["connection"] == "caisse" and c["expect"] == "none",
                                           lambda c: c.update({"label": c["label"].lower()}))),
        ("gestion price missing", C, _case_edit(lambda c: c["connection"] == "gestion",
                                               lambda c: c.update({"label": c["label"].rsplit(";", 1)[0]}))),
        ("magnum pointed at the bottle", C, _case_edit(lambda c: c["label"].startswith("MAG ") and c["expect"] == "yes",
                                                      lambda c: c.update({"beverage_id": "lw052"}))),
        ("draught on a bottle entry", C, _case_edit(lambda c: c["label"].startswith("PINTE ALARYK") and c["expect"] == "yes",
                                                   lambda c: c.update({"beverage_id": "lw096", "units_per_sale": round(50 / 33, 4)}))),
        ("unknown till", C, _case_edit(lambda c: True, lambda c: c.update({"connection": "bar"}))),
        ("counts out of range", C, lambda ls: [l for l in ls if not l or json.loads(l)["expect"] != "almost"]),
        ("shares no word", C, _case_edit(lambda c: c["label"] == "DOSE RICARD", lambda c: c.update({"beverage_id": "lw072"}))),
    ]
    ok = True
    print("clean files:", "pass" if not check(HERE)[0] else "FAIL")
    ok &= not check(HERE)[0]
    for name, fname, fn in breaks:
        tmp = tempfile.mkdtemp()
        try:
            for f in (L, C):
                shutil.copy(os.path.join(HERE, f), tmp)
            _edit(os.path.join(tmp, fname), fn)
            errs = check(tmp)[0]
        finally:
            shutil.rmtree(tmp)
        hit = [e for e in errs if EXPECT[name] in e]
        print("%-30s %s  %s" % (name, "reported" if hit else "MISSED", hit[0] if hit else errs[:1]))
        ok &= bool(hit)
    print("selftest", "OK" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    if "--selftest" in sys.argv:
        sys.exit(0 if selftest() else 1)
    sys.exit(0 if report(HERE) else 1)
