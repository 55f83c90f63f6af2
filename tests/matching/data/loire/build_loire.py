"""Build the blind "loire" matching set: loire_library.jsonl and loire_cases.jsonl.

    python3 tests/matching/data/loire/build_loire.py [-v]

Stdlib only and deterministic: the only "random" numbers (the tablet's prices)
come from an MD5 of the line. Each case is written as the staff typed it on
one till (loire_cases_*.py); the build renders it through that till's habits
(loire_tills.py) and computes the expected answer from the RENDERED label with
the bench README's rules: a vintage the register's cut took off is no longer on
the label, a word the cut took off changes the reading only as the spec
declares, and a format the library does not hold gives "none".

Spec lines: key|measure|year|text[|alt[|reason]]   a drink of the library
            -|measure|year|text|reason              no drink of the library
On the register, "~" in the text ends what identifies the drink: the cut may
take what follows, or cut into the last identifying word if four letters of it
remain; a deeper cut needs `alt`, the reading of the label as it stands (a key,
or "-" for none).
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import loire_tills as T
from loire_cases_boutique import SPECS as BOUTIQUE
from loire_cases_caisse import SPECS as CAISSE
from loire_cases_tablette import SPECS as TABLETTE
from loire_drinks import DRINKS

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country",
              "colour", "category", "vintage", "format_cl"]
CASE_FIELDS = ["label", "expect", "beverage_id", "also_ok", "vintage",
               "units_per_sale", "note", "connection"]


class SpecError(Exception):
    pass


def build_library():
    rows, entries, by_key = {}, [], {}
    for row in DRINKS:
        key = row[0]
        if key in rows:
            raise SpecError("duplicate key " + key)
        rows[key] = row
        by_key[key] = []
        for fmt, vintages in row[8].items():
            for v in sorted(vintages, key=lambda x: (x is not None, x or 0)):
                e = dict(zip(LIB_FIELDS, [None, row[1], row[2], row[3],
                                          row[4], row[5], row[6], row[7], v,
                                          fmt], strict=False))
                e["id"] = "v%03d" % (len(entries) + 1)
                entries.append(e)
                by_key[key].append(e)
    return rows, entries, by_key


def parse_specs(text):
    out = []
    for n, line in enumerate(text.strip().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        f = line.split("|")
        if len(f) < 4:
            raise SpecError("bad spec line %d: %s" % (n, line))
        key, measure, year = f[0], f[1], f[2]
        if measure not in T.MEASURES:
            raise SpecError("unknown measure %r: %s" % (measure, line))
        year = int(year) if year else None
        if key == "-":
            if len(f) != 5:
                raise SpecError("a none line needs text|reason: " + line)
            out.append({"key": None, "measure": measure, "year": year, "text": f[3],
                            "reason": f[4], "alt": None})
        else:
            # a register text may hold one "~": what identifies the drink
            # is before it, what follows may be cut freely
            alt = f[4] if len(f) > 4 else None
            reason = f[5] if len(f) > 5 else None
            out.append({"key": key, "measure": measure, "year": year, "text": f[3],
                            "reason": reason, "alt": alt})
    return out


def fmt_cl(x):
    return ("%g" % x).replace(".", ",")


def resolve(rows, by_key, key, measure, vintage):
    """The bench README's answer for drink `key` sold as `measure`, with the
    label's vintage `vintage` (or None). Returns a case dict without label."""
    row = rows[key]
    kind, vol = T.MEASURES[measure]
    wine = row[7] in ("vin", "champagne")
    ents = by_key[key]
    formats = sorted({e["format_cl"] for e in ents})
    why = None
    if kind == "bottle":
        if vol is None:
            if not wine:
                raise SpecError("a bottle of %s needs its size" % key)
            vol = 75
        fmt = vol
        if fmt not in formats:
            why = "%s not held in %s cl (held: %s cl)" % (
                row[1], fmt_cl(fmt), ", ".join(fmt_cl(f) for f in formats))
    elif kind == "pour":
        if not wine:
            raise SpecError("a glass of a non-wine: " + key)
        if 75 in formats:
            fmt = 75
        else:
            ordinary = [f for f in formats if f not in (37.5, 150)]
            if len(ordinary) != 1:
                raise SpecError("no ordinary bottle for " + key)
            fmt = ordinary[0]
    elif kind == "dose":
        if row[7] != "spiritueux" or len(formats) != 1:
            raise SpecError("a dose of " + key)
        fmt = formats[0]
    elif kind == "draught":
        if row[7] != "bière":
            raise SpecError("draught of " + key)
        kegs = [f for f in formats if f >= 1000]
        if not kegs:
            why = "%s is not held on draught (bottles only)" % row[1]
            fmt = None
        else:
            fmt = kegs[0]
    else:
        raise SpecError("measure x on a drink")
    if why:
        return {"expect": "none", "beverage_id": None, "also_ok": [],
                    "units_per_sale": None, "note": why}
    cands = [e for e in ents if e["format_cl"] == fmt]
    held = [e["vintage"] for e in cands]
    if held == [None]:
        if vintage is not None:
            raise SpecError("a vintage on non-vintage " + key)
        best, others, expect = cands[0], [], "yes"
    elif vintage is None:
        best = max(cands, key=lambda e: e["vintage"])
        others = [e for e in cands if e is not best]
        expect = "yes"
    else:
        exact = [e for e in cands if e["vintage"] == vintage]
        if exact:
            best, others, expect = exact[0], [], "yes"
        else:
            best = min(cands, key=lambda e: (abs(e["vintage"] - vintage),
                                             -e["vintage"]))
            others = [e for e in cands if e is not best]
            expect = "almost"
    units = 1 if kind == "bottle" else round(vol / fmt, 4)
    note = "%s (%s)" % (row[1], row[2])
    if kind != "bottle":
        note += ", %s cl of the %s cl bottle" % (fmt_cl(vol), fmt_cl(fmt))
    if expect == "almost":
        note += ": label vintage %d not held, has [%s]" % (
            vintage, ", ".join(str(e["vintage"]) for e in cands))
    return {"expect": expect, "beverage_id": best["id"],
                "also_ok": [e["id"] for e in others], "units_per_sale": units,
                "note": note}


def cut_caisse(code, measure, text, year):
    """Render a register line, cut it, and say what survived."""
    ident, _, tail = text.partition("~")
    name = ident + (" " + tail if tail else "")
    parts = T.caisse_parts(code, measure, name, year)
    spans, pos = {}, 0
    for kind, s in parts:
        spans[kind] = (pos, pos + len(s))
        pos += len(s) + 1
    full = " ".join(s for _, s in parts)
    label = full[:T.CAISSE_WIDTH].rstrip()
    end = len(label)
    info = {"vintage_kept": year is not None, "ident_kept": True}
    if "post" in spans and spans["post"][1] > end:
        raise SpecError("the cut takes the measure: " + full)
    if "vintage" in spans and spans["vintage"][1] > end:
        info["vintage_kept"] = False
    s0 = spans["name"][0]
    ident_end = s0 + len(ident)
    if ident_end > end:
        kept = label[s0:]
        words, kwords = ident.split(" "), kept.split(" ")
        last = kwords[-1] if kwords else ""
        ok = (len(kwords) == len(words) and kwords[:-1] == words[:-1]
              and len(last) >= 4 and words[-1].startswith(last))
        info["ident_kept"] = ok
    # the cut may never split a number (other than the vintage) in two
    ftoks, ltoks = full.split(" "), label.split(" ")
    last_l, last_f = ltoks[-1], ftoks[len(ltoks) - 1]
    if last_l != last_f and any(c.isdigit() for c in last_f):
        vstart = spans.get("vintage", (None,))[0]
        if vstart is None or label.rfind(last_l) != vstart:
            raise SpecError("the cut splits a number: " + full)
    return label, info


def make_case(rows, by_key, spec, conn):
    key, measure, year = spec["key"], spec["measure"], spec["year"]
    extra = ""
    reading = key
    if conn == "caisse":
        if key is None:
            code, _, name = spec["text"].partition(" ")
        else:
            code, name = T.sku(rows[key], measure), spec["text"]
        label, info = cut_caisse(code, measure, name, year)
        if key is not None and not info["ident_kept"]:
            if spec["alt"] is None:
                raise SpecError("the cut takes what identifies the drink, "
                                "and no reading is declared: " + label)
            reading = None if spec["alt"] == "-" else spec["alt"]
            extra = " [typed for %s; the cut left %r]" % (rows[key][1], label)
        vintage = year if info["vintage_kept"] else None
        if year is not None and not info["vintage_kept"]:
            extra += " [%d cut off by the till]" % year
    elif conn == "tablette":
        if "~" in spec["text"]:
            raise SpecError("no cut on the tablet: " + spec["text"])
        label = T.tablette_label(spec["text"], measure, year)
        vintage = year
    else:
        if key is None:
            bits = spec["text"].split(" > ")
            if len(bits) == 3:
                label = " > ".join(bits)
            elif len(bits) == 2:
                label = T.boutique_label(bits[0], bits[1], measure, year)
            else:
                raise SpecError("a boutique none needs its rayon: " +
                                spec["text"])
        else:
            label = T.boutique_label(T.rayon(rows[key]), spec["text"],
                                     measure, year)
        vintage = year
    if key is None or reading is None:
        case = {"expect": "none", "beverage_id": None, "also_ok": [],
                    "units_per_sale": None,
                    "note": (spec["reason"] if key is None else
                          (spec["reason"] or "the cut took off what tells "
                           "the drink from its held siblings") + extra)}
    else:
        case = resolve(rows, by_key, reading, measure, vintage)
        case["note"] += extra
    case["label"] = label
    case["vintage"] = vintage
    case["connection"] = conn
    return {f: case[f] for f in CASE_FIELDS}


def build():
    rows, entries, by_key = build_library()
    cases, seen = [], set()
    for conn, text in (("caisse", CAISSE), ("tablette", TABLETTE),
                       ("boutique", BOUTIQUE)):
        for spec in parse_specs(text):
            key = spec["key"]
            if key is not None and key not in rows:
                raise SpecError("unknown key %s" % key)
            if spec["alt"] not in (None, "-") and spec["alt"] not in rows:
                raise SpecError("unknown alt %s" % spec["alt"])
            case = make_case(rows, by_key, spec, conn)
            if case["label"] in seen:
                raise SpecError("duplicate label " + case["label"])
            seen.add(case["label"])
            cases.append(case)
    return entries, cases


def dump(objs, path):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in objs:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


def main(argv):
    entries, cases = build()
    dump(entries, os.path.join(HERE, "loire_library.jsonl"))
    dump(cases, os.path.join(HERE, "loire_cases.jsonl"))
    if "-v" in argv:
        print("%d drinks, %d cases" % (len(entries), len(cases)))
        for conn in ("caisse", "tablette", "boutique", None):
            sel = [c for c in cases if conn is None or c["connection"] == conn]
            n = {k: sum(c["expect"] == k for c in sel)
                 for k in ("yes", "almost", "none")}
            print("%-9s yes %3d  almost %3d  none %3d  total %3d" % (
                conn or "all", n["yes"], n["almost"], n["none"], len(sel)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
