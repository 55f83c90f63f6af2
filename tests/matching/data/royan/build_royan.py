#!/usr/bin/env python3
"""Build royan_library.jsonl and royan_cases.jsonl (stdlib only, deterministic).

python3 build_royan.py [-v]
"""
import json
import os
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import royan_cases_caisse
import royan_cases_export
import royan_cases_kiosque
import royan_drinks
import royan_rules
import royan_tills

PREFIX = "ry"
TILLS = [("caisse", royan_cases_caisse.CASES), ("kiosque", royan_cases_kiosque.CASES),
         ("export", royan_cases_export.CASES)]


def library():
    rows, index, info = [], {}, {}
    n = 0
    for key, fields, formats in royan_drinks.products():
        index[key] = {}
        info[key] = (fields, formats)
        for fmt in sorted(formats):
            index[key][fmt] = {}
            for v in sorted(formats[fmt], key=lambda x: x or 0):
                n += 1
                bid = "%s%03d" % (PREFIX, n)
                row = OrderedDict([("id", bid)])
                for k in ("name", "producer", "appellation", "region", "country", "colour",
                          "category"):
                    row[k] = fields[k]
                row["vintage"] = v
                row["format_cl"] = fmt
                rows.append(row)
                index[key][fmt][v] = bid
    return rows, index, info


def parse(block):
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        p = [x.strip() for x in line.split("|")]
        while len(p) < 6:
            p.append("")
        key, measure, vint, text, reason, content = p[:6]
        yield (None if key == "-" else key, measure, int(vint) if vint else None, text,
               reason, float(content) if content else None)


def build(verbose=False):
    rows, index, info = library()
    cases, seen = [], set()
    for conn, block in TILLS:
        for key, measure, vint, text, reason, content in parse(block):
            if key is not None and key not in index:
                raise SystemExit("unknown key %s" % key)
            fmt = None
            if key is not None:
                fmt = royan_rules.target_format(index[key], measure)
            if conn == "export":
                cont = content
                if cont is None and measure != "-":
                    if fmt is None:
                        raise SystemExit("export needs a content: %s" % text)
                    cont = fmt
                label = royan_tills.export(text, measure, vint, cont)
                if key is not None and measure != "-" and cont != fmt:
                    fmt = cont if measure not in royan_tills.POUR_CL else None
            else:
                label = royan_tills.RENDER[conn](text, measure, vint)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            lv = royan_tills.read_vintage(conn, label)
            if lv != vint and not (conn == "caisse" and lv is None):
                raise SystemExit("vintage misread %r" % label)
            cut = vint is not None and lv is None
            if key is None:
                exp, bid, also, units = "none", None, [], None
                note = reason or "not a drink of the library"
            else:
                fields = info[key][0]
                desc = "%s (%s)" % (fields["name"], fields["producer"])
                exp, bid, also, units, why = royan_rules.answer(index[key], measure, fmt, lv)
                if exp == "none":
                    why = ("no draught of it held" if measure in royan_tills.DRAUGHT
                           else "no %s cl held" % royan_tills._cl(fmt))
                    if reason:
                        why = reason
                note = desc + (": " + why if why else "")
                if cut:
                    note += " [%d cut off by the till]" % vint
            cases.append(OrderedDict([
                ("label", label), ("expect", exp), ("beverage_id", bid), ("also_ok", also),
                ("vintage", lv), ("units_per_sale", units), ("note", note),
                ("connection", conn)]))
    write(os.path.join(HERE, "royan_library.jsonl"), rows)
    write(os.path.join(HERE, "royan_cases.jsonl"), cases)
    c = Counter((x["connection"], x["expect"]) for x in cases)
    tot = Counter(x["expect"] for x in cases)
    print("library %d, cases %d" % (len(rows), len(cases)))
    for conn, _ in TILLS:
        print("  %-8s yes %3d almost %3d none %3d" % (conn, c[conn, "yes"], c[conn, "almost"],
                                                       c[conn, "none"]))
    print("  total    yes %3d (%.1f%%) almost %3d (%.1f%%) none %3d (%.1f%%)" % tuple(
        x for e in ("yes", "almost", "none") for x in (tot[e], 100.0 * tot[e] / len(cases))))
    if verbose:
        for x in cases:
            print("%-7s %-6s %-6s %s | %s" % (x["connection"], x["expect"], x["beverage_id"],
                                               x["label"], x["note"]))


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build("-v" in sys.argv)
