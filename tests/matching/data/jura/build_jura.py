"""Build the blind `jura` matching set: jura_library.jsonl and jura_cases.jsonl.

    python3 tests/matching/data/jura/build_jura.py

Stdlib only and deterministic: the tablet's prices, its room charges and the group
export's headers come from an MD5 of the product. Each case is written as what the
staff typed (`jura_cases_<till>.py`: `key|measure|yy|text|extra`); the build prints
it through its till (`jura_tills.py`) and computes the expected answer from the
printed label with the bench README's rules: the vintage is read back from the
label (a vintage the register's cut took off is no longer there), the format comes
from the measure word, a format the library does not hold is `none`.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import jura_cases_caisse
import jura_cases_groupes
import jura_cases_tablette
import jura_drinks as D
import jura_tills as T

TILLS = [("caisse", jura_cases_caisse.CASES), ("tablette", jura_cases_tablette.CASES),
         ("groupes", jura_cases_groupes.CASES)]
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


class SpecError(Exception):
    pass


def fmt_cl(f):
    return ("%g" % f).replace(".", ",") + " cl"


def ordinary(d):
    """A wine's ordinary bottle: its 75 cl, else its only format; a spirit's only
    bottle."""
    fm = list(d["formats"])
    if d["category"] in ("vin", "champagne") and 75 in fm:
        return 75
    small = [f for f in fm if f < 1000]
    if len(small) == 1:
        return small[0]
    raise SpecError("no ordinary bottle for %s" % d["key"])


def expected(key, mcode, vintage, index):
    """(expect, id, also_ok, units, note) for drink `key` sold as `mcode`, the label
    printing `vintage` (or None)."""
    d = T_BY[key]
    wine = d["category"] in ("vin", "champagne")
    kind, vol = T.MEASURES[mcode][:2]
    what = "%s (%s)" % (d["name"], d["producer"])
    units, how = 1, ""
    if kind == "ord":
        if not wine:
            raise SpecError("bare bottle of a non-wine: %s" % key)
        fmt = ordinary(d)
    elif kind in ("bottle", "keg"):
        fmt = vol
    elif kind == "pour":
        fmt = ordinary(d)
        units = round(vol / fmt, 4)
        how = ", %g cl poured from the %s bottle" % (vol, fmt_cl(fmt))
    elif kind == "draught":
        kegs = [f for f in d["formats"] if f >= 1000]
        if not kegs:
            return ("none", None, [], None,
                    "%s is held in bottle only, not on draught" % what)
        fmt = kegs[0]
        units = round(vol / fmt, 4)
        how = ", %g cl drawn from the %g L keg" % (vol, fmt / 100)
    else:
        raise SpecError("no measure for drink %s" % key)
    if fmt not in d["formats"]:
        return ("none", None, [], None, "%s is not held in %s" % (what, fmt_cl(fmt)))
    vins = d["formats"][fmt]
    ids = [index[(key, fmt, v)] for v in sorted(vins, key=lambda x: x or 0)]
    if None in vins:
        if vintage:
            raise SpecError("vintage on a non-vintage drink %s" % key)
        return "yes", ids[0], [], units, what + how
    by_v = dict(zip(sorted(vins), ids, strict=False))
    if vintage is None:
        best = max(vins)
        return ("yes", by_v[best], [i for i in ids if i != by_v[best]], units,
                what + how + ("; no vintage on the label, held %s" % sorted(vins)
                              if len(vins) > 1 else ""))
    if vintage in by_v:
        return "yes", by_v[vintage], [], units, what + how
    best = sorted(vins, key=lambda v: (abs(v - vintage), -v))[0]
    return ("almost", by_v[best], [i for i in ids if i != by_v[best]], units,
            what + how + ": label vintage %d not held, has %s" % (vintage, sorted(vins)))


def parse(line):
    f = line.split("|")
    if len(f) == 4:
        f.append("")
    if len(f) != 5:
        raise SpecError("bad spec: %r" % line)
    key, mcode, vv, text, extra = f
    if mcode not in T.MEASURES:
        raise SpecError("unknown measure %r in %r" % (mcode, line))
    vintage = None
    if vv:
        vintage = int(vv) if len(vv) == 4 else 2000 + int(vv)
    if key != "-" and key not in T_BY:
        raise SpecError("unknown drink %r" % key)
    if key == "-" and not extra:
        raise SpecError("a none case needs its reason: %r" % line)
    return key, mcode, vintage, text, extra


def case(till, line, index):
    key, mcode, vintage, text, extra = parse(line)
    d = T_BY.get(key)
    fmt = None
    if T.MEASURES[mcode][0] == "ord":
        fmt = ordinary(d) if d else 75      # a product not held: a 75 cl bottle
    lost = []
    if till == "caisse":
        label, lost = T.render_caisse(text, mcode, vintage)
    elif till == "tablette":
        label = T.render_tablette(text, mcode, vintage, fmt)
    else:
        nv = bool(d) and d["category"] in ("vin", "champagne") and not vintage
        label = T.render_groupes(text, mcode, vintage, fmt, nv)
    read = T.read_vintage(till, label)
    if read is not None and read != vintage:
        raise SpecError("label %r reads vintage %s, typed %s" % (label, read, vintage))
    cut_note = ""
    if vintage and read is None:
        if till != "caisse":
            raise SpecError("vintage lost outside the register: %r" % label)
        cut_note = " [%d cut off by the till]" % vintage
    if key != "-" and lost:
        if not extra.startswith("cut="):
            raise SpecError("%r lost %s to the cut and declares no reading" % (label, lost))
        key = extra[4:].split(":")[0]
        if key == "-":
            extra = extra[6:] + " (the cut took %s)" % ", ".join(lost)
    elif extra.startswith("cut="):
        raise SpecError("%r declares a cut reading but lost nothing" % label)
    if key == "-":
        exp = ("none", None, [], None, extra)
    else:
        exp = expected(key, mcode, read, index)
        exp = (*exp[:4], exp[4] + cut_note)
    return {"label": label, "expect": exp[0], "beverage_id": exp[1], "also_ok": exp[2],
            "vintage": read, "units_per_sale": exp[3] if exp[0] != "none" else None,
            "note": exp[4], "connection": till}


T_BY = D.BY_KEY


def build():
    rows, index = D.library()
    cases, seen = [], set()
    for till, lines in TILLS:
        for line in lines:
            c = case(till, line, index)
            if c["label"] in seen:
                raise SpecError("duplicate label %r" % c["label"])
            seen.add(c["label"])
            cases.append(c)
    return rows, cases


def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in objs:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    rows, cases = build()
    dump(os.path.join(HERE, "jura_library.jsonl"), [{k: r[k] for k in LIB_FIELDS}
                                                     for r in rows])
    dump(os.path.join(HERE, "jura_cases.jsonl"), cases)
    tally = {}
    for c in cases:
        t = tally.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})
        t[c["expect"]] += 1
    tot = {k: sum(t[k] for t in tally.values()) for k in ("yes", "almost", "none")}
    n = len(cases)
    for till, t in tally.items():
        print("%-9s yes %3d  almost %3d  none %3d  total %3d" % (
            till, t["yes"], t["almost"], t["none"], sum(t.values())))
    print("all       yes %3d  almost %3d  none %3d  total %3d  (%.1f / %.1f / %.1f %%)"
          % (tot["yes"], tot["almost"], tot["none"], n, 100 * tot["yes"] / n,
             100 * tot["almost"] / n, 100 * tot["none"] / n))
    print("library   %d drinks" % len(rows))


if __name__ == "__main__":
    main()
