#!/usr/bin/env python3
"""Build the "L'Écume du Hérel" (Granville) held-out set: granville_library.jsonl and
granville_cases.jsonl. Stdlib only, deterministic. `-v` prints the counts.

Each case is rendered with its till's habits; the measure and the vintage are read back from
the RENDERED label, and the answer follows the bench README from them (a vintage the till cut
off is no longer on the label)."""

import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import granville_cases_caisse as c_caisse
import granville_cases_gestion as c_gestion
import granville_cases_tablette as c_tablette
import granville_drinks as drinks
import granville_rules as rules
import granville_tills as tills

CASE_FIELDS = ("label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note", "connection")


def _lines(block):
    return [ln for ln in block.strip("\n").split("\n") if ln.strip()]


def _vint(s):
    return int(s) if s else None


def _rows():
    """Yield (connection, key or None, measure, typed vintage, label, read vintage, reason)."""
    for ln in _lines(c_caisse.CASES):
        p = ln.split("|")
        fam, key, meas, v, text = p[:5]
        label = tills.caisse_render(fam, meas, _vint(v), text)
        rfam, rmeas, rv = tills.caisse_read(label)
        assert rfam == fam and rmeas == tills.CAISSE_MEAS[meas], ln
        yield "CAISSE", key, rmeas, _vint(v), label, rv, (p[5] if len(p) > 5 else None)
    for ln in _lines(c_tablette.CASES):
        p = ln.split("|")
        key, opt, v, text = p[:4]
        label = tills.tablette_render(opt, _vint(v), text)
        ropt, rmeas, rv = tills.tablette_read(label)
        assert ropt == opt, ln
        yield "TABLETTE", key, rmeas, _vint(v), label, rv, (p[4] if len(p) > 4 else None)
    for ln in _lines(c_gestion.CASES):
        p = ln.split("|")
        fam, key, cond, qte, v, text = p[:6]
        label = tills.gestion_render(fam, cond, qte, _vint(v), text)
        rfam, rcond, rmeas, rv = tills.gestion_read(label)
        assert rfam == fam and rcond == cond, ln
        yield "GESTION", key, rmeas, _vint(v), label, rv, (p[6] if len(p) > 6 else None)


def build():
    lib, index = drinks.library()
    by_id = {r["id"]: r for r in lib}
    cases, seen, codes = [], set(), {}
    for conn, key, meas, typed_v, label, read_v, reason in _rows():
        if label in seen:
            raise SystemExit("duplicate label: %r" % label)
        seen.add(label)
        if conn == "GESTION":
            code, lib_, cond = label.split(";")[:3]
            if codes.setdefault(code, (lib_, cond)) != (lib_, cond):
                raise SystemExit("article code %s given to two articles" % code)
        if typed_v is not None and read_v not in (None, typed_v):
            raise SystemExit("vintage misread: %r" % label)
        cut = typed_v is not None and read_v is None
        if key == "-":
            if not reason:
                raise SystemExit("none without a reason: %r" % label)
            exp, bid, also, units, why = "none", None, [], None, ""
            note = reason
        else:
            if key not in index:
                raise SystemExit("unknown drink %r in %r" % (key, label))
            if meas is None:
                raise SystemExit("no measure read from %r" % label)
            exp, bid, also, units, why = rules.answer(index, key, meas, read_v)
            d = drinks.BY_KEY[key]
            note = "%s (%s)" % (d[1], d[2])
            if why:
                note += ": " + why
            if reason:
                note += "; " + reason
        if cut:
            note += " [%d cut off by the till]" % typed_v
        cases.append(dict(zip(CASE_FIELDS, (label, exp, bid, also, read_v, units, note, conn), strict=False)))
        if bid is not None:
            assert bid in by_id
    return lib, cases


def _dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv):
    lib, cases = build()
    _dump(lib, os.path.join(HERE, "granville_library.jsonl"))
    _dump(cases, os.path.join(HERE, "granville_cases.jsonl"))
    if "-v" in argv:
        cnt = collections.Counter((c["connection"], c["expect"]) for c in cases)
        tot = collections.Counter(c["expect"] for c in cases)
        print("library %d, cases %d" % (len(lib), len(cases)))
        for conn in ("CAISSE", "TABLETTE", "GESTION"):
            print("%-9s yes %3d almost %3d none %3d total %3d" % (
                conn, cnt[conn, "yes"], cnt[conn, "almost"], cnt[conn, "none"],
                sum(cnt[conn, e] for e in ("yes", "almost", "none"))))
        for e in ("yes", "almost", "none"):
            print("%-6s %3d %.1f %%" % (e, tot[e], 100.0 * tot[e] / len(cases)))
        print("cut vintages:", sum("cut off by the till" in c["note"] for c in cases))
        print("pours:", sum(c["units_per_sale"] not in (None, 1) for c in cases))


if __name__ == "__main__":
    main(sys.argv[1:])
