"""Check the Hôtel des Gaves set. Reads only oloron_library.jsonl and oloron_cases.jsonl.

python3 check_oloron.py            check the files beside this script
python3 check_oloron.py --selftest break copies on purpose and show each break is reported
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
COLOURS = {"rouge", "blanc", "rosé", "effervescent", "liquoreux", None}
CATEGORIES = {"vin", "champagne", "spiritueux", "bière", "soft", "autre"}
TILLS = ("BAR", "SALLE", "HOTEL")
KEGS = (2000, 3000)
POURS = {"VR": 12.5, "VR15": 15, "CP": 12.5, "P25": 25, "P50": 50, "DOSE": 4, "D2": 2}
DRAUGHT = {"DEMI": 25, "PINTE": 50}
SIZES = {"S25": 25, "S33": 33, "S50": 50, "S100": 100}
BAR_MEAS = {"BTL": "BT", "1/2": "HALF", "MAG": "MAG", "25CL": "S25", "33CL": "S33",
            "50CL": "S50", "1L": "S100", "VR": "VR", "VR15": "VR15", "CP": "CP", "P25": "P25",
            "P50": "P50", "DOSE": "DOSE", "2CL": "D2", "DEMI": "DEMI", "PINTE": "PINTE"}
SALLE_MEAS = {"Bouteille": "BT", "1/2 Bouteille": "HALF", "Magnum": "MAG", "25cl": "S25",
              "33cl": "S33", "50cl": "S50", "1L": "S100", "Verre": "VR", "Verre 15cl": "VR15",
              "Coupe": "CP", "Pichet 25cl": "P25", "Pichet 50cl": "P50", "Dose": "DOSE",
              "Dose 2cl": "D2", "Demi": "DEMI", "Pinte": "PINTE"}
HOTEL_MEAS = {"btle": "BT", "1/2 btle": "HALF", "mag": "MAG", "25cl": "S25", "33cl": "S33",
              "50cl": "S50", "1l": "S100", "verre": "VR", "verre 15cl": "VR15", "coupe": "CP",
              "pichet 25cl": "P25", "pichet 50cl": "P50", "dose": "DOSE", "2cl": "D2",
              "demi": "DEMI", "pinte": "PINTE"}
STOP = {"de", "du", "des", "la", "le", "les", "d", "l", "et", "au", "aux", "a", "en"}


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii").lower()


def tokens(s):
    return [t for t in re.split(r"[^a-z0-9]+", fold(s)) if t and t not in STOP]


def read_vintage(conn, label):
    if conn == "BAR":
        toks = label[5:].split()
        if len(toks) >= 2 and re.fullmatch(r"\d\d", toks[-1]):
            n = int(toks[-1])
            return 2000 + n if n <= 30 else 1900 + n
        return None
    head = label.split(" - ")[0] if conn == "SALLE" else label
    m = re.search(r" ((?:19|20)\d\d)$", head)
    return int(m.group(1)) if m else None


def read_measure(conn, label):
    if conn == "BAR":
        toks = label[5:].split()
        return BAR_MEAS.get(toks[0]) if toks else None
    if conn == "SALLE":
        if " - " not in label:
            return None
        return SALLE_MEAS.get(label.rsplit(" - ", 1)[1], "?")
    rest = label.split(" ", 2)[2] if label.count(" ") >= 2 else ""
    for word in sorted(HOTEL_MEAS, key=len, reverse=True):
        if rest == word or rest.startswith(word + " "):
            return HOTEL_MEAS[word]
    return None


def till_form(conn, label):
    """An error string when the label is not in the till's form, else None."""
    if conn == "BAR":
        m = re.fullmatch(r"#(\d{3}) (.+)", label)
        if not m:
            return "BAR label without '#PLU '"
        desc = m.group(2)
        if len(desc) > 18:
            return "BAR description over 18 columns"
        if not re.fullmatch(r"[A-Z0-9/' ]+", desc):
            return "BAR description not ASCII capitals"
        return None
    if conn == "SALLE":
        if label != label.strip() or "  " in label:
            return "SALLE spacing"
        if " - " in label and label.rsplit(" - ", 1)[1] not in SALLE_MEAS:
            return "SALLE unknown variant"
        if label.upper() == label:
            return "SALLE label in capitals"
        return None
    if conn == "HOTEL":
        m = re.fullmatch(r"CH([123]\d\d) (BAR|RS|MINIB|REST|DIV) ([a-z0-9/ ]+)", label)
        if not m:
            return "HOTEL label not 'CHnnn DEPT lower-case text'"
        return None
    return "unknown connection"


def load(path, errors):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line, object_pairs_hook=lambda p: p))
            except ValueError:
                errors.append("%s:%d not JSON" % (os.path.basename(path), n))
    return rows


def check(folder):
    errors = []
    err = errors.append
    lib_rows = load(os.path.join(folder, "oloron_library.jsonl"), errors)
    case_rows = load(os.path.join(folder, "oloron_cases.jsonl"), errors)
    lib = {}
    for n, pairs in enumerate(lib_rows, 1):
        keys = [k for k, _ in pairs]
        d = dict(pairs)
        if keys != LIB_FIELDS:
            err("library line %d: field order %s" % (n, keys))
        if d.get("id") != "ol%03d" % n:
            err("library line %d: id %r out of sequence" % (n, d.get("id")))
        if d.get("colour") not in COLOURS:
            err("library %s: colour %r" % (d.get("id"), d.get("colour")))
        if d.get("category") not in CATEGORIES:
            err("library %s: category %r" % (d.get("id"), d.get("category")))
        wine = d.get("category") in ("vin", "champagne")
        if wine != (d.get("colour") is not None):
            err("library %s: colour %r for category %r" % (d.get("id"), d.get("colour"), d.get("category")))
        f = d.get("format_cl")
        if not isinstance(f, (int, float)) or f <= 0:
            err("library %s: format %r" % (d.get("id"), f))
        elif f in KEGS and d.get("category") != "bière":
            err("library %s: keg format on a non-beer" % d.get("id"))
        v = d.get("vintage")
        if v is not None and not (isinstance(v, int) and 1900 < v < 2030):
            err("library %s: vintage %r" % (d.get("id"), v))
        lib[d.get("id")] = d
    if not 110 <= len(lib_rows) <= 130:
        err("library holds %d drinks, not 110-130" % len(lib_rows))
    ident = {}
    for i, d in lib.items():
        k = (d["name"], d["producer"], d["appellation"], d["colour"], d["format_cl"])
        ident.setdefault(k, []).append(i)
        if sum(1 for j in ident[k] if lib[j]["vintage"] == d["vintage"]) > 1:
            err("library %s: duplicate entry" % i)

    def wine_of(d):
        return (d["name"], d["producer"], d["appellation"], d["colour"])

    formats_of = {}
    for d in lib.values():
        formats_of.setdefault(wine_of(d), set()).add(d["format_cl"])

    seen = set()
    counts = {}
    for n, pairs in enumerate(case_rows, 1):
        keys = [k for k, _ in pairs]
        c = dict(pairs)
        where = "case %d %r" % (n, c.get("label"))
        if keys != CASE_FIELDS:
            err("%s: field order %s" % (where, keys))
            continue
        label, exp, bid, also, vint, units, conn = (c["label"], c["expect"], c["beverage_id"],
                                                   c["also_ok"], c["vintage"], c["units_per_sale"],
                                                   c["connection"])
        if label in seen:
            err("%s: duplicate label" % where)
        seen.add(label)
        if conn not in TILLS:
            err("%s: connection %r" % (where, conn))
            continue
        counts.setdefault(conn, {}).setdefault(exp, 0)
        counts[conn][exp] += 1
        f = till_form(conn, label)
        if f:
            err("%s: %s" % (where, f))
        if not c["note"]:
            err("%s: empty note" % where)
        if read_vintage(conn, label) != vint:
            err("%s: vintage %r, label reads %r" % (where, vint, read_vintage(conn, label)))
        measure = read_measure(conn, label)
        if exp == "none":
            if bid is not None or also != [] or units is not None:
                err("%s: none with an answer" % where)
            continue
        if exp not in ("yes", "almost"):
            err("%s: expect %r" % (where, exp))
            continue
        d = lib.get(bid)
        if d is None:
            err("%s: unknown beverage %r" % (where, bid))
            continue
        if measure in (None, "?"):
            err("%s: yes/almost without a measure" % where)
            continue
        fmt = d["format_cl"]
        fs = formats_of[wine_of(d)]
        plain = sorted(x for x in fs if x not in (37.5, 150) and x not in KEGS)
        ordinary = 75 if 75 in plain else (plain[0] if len(plain) == 1 else None)
        if measure in ("BT",) or measure in POURS:
            ok = fmt == ordinary
        elif measure == "HALF":
            ok = fmt == 37.5
        elif measure == "MAG":
            ok = fmt == 150
        elif measure in SIZES:
            ok = fmt == SIZES[measure]
        else:
            ok = fmt in KEGS
        if not ok:
            err("%s: measure %s on a %s cl entry" % (where, measure, fmt))
        if measure in POURS:
            want = round(POURS[measure] / fmt, 4)
        elif measure in DRAUGHT:
            want = round(DRAUGHT[measure] / fmt, 4)
        else:
            want = 1
        if units != want:
            err("%s: units %r, measure says %r" % (where, units, want))
        group = ident[(d["name"], d["producer"], d["appellation"], d["colour"], fmt)]
        others = sorted(j for j in group if j != bid)
        vints = {j: lib[j]["vintage"] for j in group}
        if exp == "yes":
            if vint is not None:
                if d["vintage"] != vint:
                    err("%s: yes on vintage %r, label %r" % (where, d["vintage"], vint))
                if also:
                    err("%s: also_ok with a vintage on the label" % where)
            else:
                if d["vintage"] is not None and d["vintage"] != max(v for v in vints.values()):
                    err("%s: yes without vintage not the most recent" % where)
                if sorted(also) != others:
                    err("%s: also_ok %r, should be %r" % (where, also, others))
        else:
            if vint is None or d["vintage"] is None:
                err("%s: almost without vintages" % where)
                continue
            if vint in vints.values():
                err("%s: almost but vintage %d is held" % (where, vint))
            best = min(group, key=lambda j: (abs(vints[j] - vint), -vints[j]))
            if best != bid:
                err("%s: almost on %s, nearest is %s" % (where, bid, best))
            if sorted(also) != others:
                err("%s: also_ok %r, should be %r" % (where, also, others))
        ltoks = [t for t in tokens(label) if len(t) >= 2 and not t.isdigit()]
        etoks = tokens(" ".join(x for x in (d["name"], d["producer"], d["appellation"] or "") if x))

        def share(a, b):
            if a == b:
                return True
            if (len(a) >= 3 and b.startswith(a)) or (len(b) >= 3 and a.startswith(b)):
                return True
            return len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]

        if not any(share(a, b) for a in ltoks for b in etoks):
            err("%s: label shares no word with %s" % (where, bid))
    total = sum(sum(d.values()) for d in counts.values())
    if not 280 <= total <= 300:
        err("%d cases, not 280-300" % total)
    else:
        agg = {e: sum(d.get(e, 0) for d in counts.values()) for e in ("yes", "almost", "none")}
        for e, lo, hi in (("yes", 45, 52), ("almost", 12, 17), ("none", 33, 40)):
            p = 100.0 * agg[e] / total
            if not lo <= p <= hi:
                err("%s at %.1f %%, not %d-%d %%" % (e, p, lo, hi))
    for t in TILLS:
        for e in ("yes", "almost", "none"):
            if counts.get(t, {}).get(e, 0) == 0:
                err("till %s has no %s case" % (t, e))
    return errors, counts


def report(folder):
    errors, counts = check(folder)
    for e in errors:
        print("ERROR", e)
    if not errors:
        print("| till | yes | almost | none | total |")
        tot = {"yes": 0, "almost": 0, "none": 0}
        for t in TILLS:
            d = counts.get(t, {})
            for e in tot:
                tot[e] += d.get(e, 0)
            print("| %s | %d | %d | %d | %d |" % (t, d.get("yes", 0), d.get("almost", 0),
                                                   d.get("none", 0), sum(d.values())))
        print("| total | %d | %d | %d | %d |" % (tot["yes"], tot["almost"], tot["none"],
                                                 sum(tot.values())))
        print("OK")
    return not errors


# ---- selftest ------------------------------------------------------------------------------

def _lines(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as fh:
        return fh.read().splitlines()


def _write(folder, name, lines):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def _edit_case(pred, change):
    def f(folder):
        lines = _lines(folder, "oloron_cases.jsonl")
        for i, l in enumerate(lines):
            c = json.loads(l)
            if pred(c):
                change(c)
                lines[i] = json.dumps(c, ensure_ascii=False)
                _write(folder, "oloron_cases.jsonl", lines)
                return
        raise AssertionError("no case to break")
    return f


def _edit_lib(n, change):
    def f(folder):
        lines = _lines(folder, "oloron_library.jsonl")
        d = json.loads(lines[n])
        change(d)
        lines[n] = json.dumps(d, ensure_ascii=False)
        _write(folder, "oloron_library.jsonl", lines)
    return f


def _raw(name, change):
    def f(folder):
        _write(folder, name, change(_lines(folder, name)))
    return f


def _reorder(c):
    items = list(c.items())
    items[0], items[1] = items[1], items[0]
    c.clear()
    c.update(items)


def _swap_almost(c):
    c["beverage_id"], c["also_ok"] = c["also_ok"][0], [c["beverage_id"]]


def _half_to_bottle(c):
    c["beverage_id"] = "ol004"


def _upper(c):
    c["label"] = c["label"].upper()


BREAKS = [
    ("vintage not on the label", _edit_case(
        lambda c: c["connection"] == "BAR" and c["vintage"] is None and c["expect"] == "yes"
        and c["also_ok"], lambda c: c.update(vintage=2020)), "vintage"),
    ("broken JSON", _raw("oloron_cases.jsonl", lambda ls: [*ls[:5], ls[5][:-3], *ls[6:]]), "not JSON"),
    ("field order", _edit_case(lambda c: True, _reorder), "field order"),
    ("library id gap", _raw("oloron_library.jsonl", lambda ls: ls[:7] + ls[8:]), "out of sequence"),
    ("bad colour", _edit_lib(0, lambda d: d.update(colour="jaune")), "colour"),
    ("also_ok dropped", _edit_case(
        lambda c: c["expect"] == "yes" and c["also_ok"], lambda c: c.update(also_ok=[])), "also_ok"),
    ("almost not the nearest", _edit_case(
        lambda c: c["expect"] == "almost" and c["also_ok"], _swap_almost), "nearest"),
    ("glass units", _edit_case(
        lambda c: c["units_per_sale"] == 0.1667, lambda c: c.update(units_per_sale=0.16)), "units"),
    ("BAR over 18 columns", _edit_case(
        lambda c: c["connection"] == "BAR" and c["expect"] == "none",
        lambda c: c.update(label=c["label"] + " EXTRA LONG TEXT")), "18 columns"),
    ("HOTEL in capitals", _edit_case(
        lambda c: c["connection"] == "HOTEL" and c["expect"] == "none", _upper), "HOTEL label"),
    ("none with an id", _edit_case(
        lambda c: c["expect"] == "none", lambda c: c.update(beverage_id="ol001")), "none with an answer"),
    ("duplicate label", _raw("oloron_cases.jsonl", lambda ls: [*ls, ls[0]]), "duplicate label"),
    ("half answered with the bottle", _edit_case(
        lambda c: c["beverage_id"] == "ol005" and c["vintage"] == 2020, _half_to_bottle), "measure HALF"),
    ("too few cases", _raw("oloron_cases.jsonl", lambda ls: ls[:200]), "not 280-300"),
    ("draught on a bottle entry", _edit_case(
        lambda c: c["label"].endswith("DEMI KRO"), lambda c: c.update(beverage_id="ol091")), "measure DEMI"),
    ("SALLE unknown variant", _edit_case(
        lambda c: c["connection"] == "SALLE" and c["label"].endswith(" - Verre"),
        lambda c: c.update(label=c["label"][:-5] + "Ballon")), "variant"),
    ("yes on another vintage", _edit_case(
        lambda c: c["label"] == "Madiran Ch. Montus 2015 - Bouteille",
        lambda c: c.update(beverage_id="ol019")), "yes on vintage"),
    ("label sharing no word", _edit_case(
        lambda c: c["label"] == "#616 PINTE SHUC", lambda c: c.update(label="#616 PINTE MOUSSE")),
     "shares no word"),
]


def selftest():
    clean_errors, _ = check(HERE)
    ok = not clean_errors
    print("clean files:", "pass" if ok else "FAIL %s" % clean_errors[:3])
    for name, breaker, expect in BREAKS:
        tmp = tempfile.mkdtemp()
        try:
            for f in ("oloron_library.jsonl", "oloron_cases.jsonl"):
                shutil.copy(os.path.join(HERE, f), tmp)
            breaker(tmp)
            errors, _ = check(tmp)
            hit = [e for e in errors if expect in e]
            print("%-32s %s" % (name, ("reported: " + hit[0]) if hit else "NOT REPORTED"))
            ok = ok and bool(hit)
        finally:
            shutil.rmtree(tmp)
    print("selftest", "OK" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    if "--selftest" in sys.argv[1:]:
        sys.exit(0 if selftest() else 1)
    sys.exit(0 if report(HERE) else 1)
