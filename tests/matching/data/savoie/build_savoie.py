"""Build the "savoie" blind matching set: savoie_library.jsonl and savoie_cases.jsonl.

python3 tests/matching/data/savoie/build_savoie.py

Deterministic (stdlib only, no randomness: every price, quantity, room, time and pass number
comes from an MD5). Each case is rendered through its till's habits (savoie_tills.py), then
read back from the PRINTED label (measure and vintage) and answered with the bench README's
rules: a vintage the register's cut took off is gone; a format the library does not hold is
none; a pour refers to the ordinary bottle (or a draught measure to the keg).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import savoie_drinks
import savoie_tills as T
from savoie_cases_badge import CASES as BADGE
from savoie_cases_caisse import CASES as CAISSE
from savoie_cases_folio import CASES as FOLIO

WINE = ("vin", "champagne")


def fmt_cl(f):
    return int(f) if float(f).is_integer() else f


def build_library():
    lib, by_key, rows = [], {}, {}
    for key, name, prod, app, region, colour, cat, formats in savoie_drinks.DRINKS:
        rows[key] = {"key": key, "name": name, "producer": prod, "category": cat,
                     "region": region, "colour": colour}
        by_key[key] = []
        for f, vintages in formats.items():
            for v in sorted(vintages, key=lambda x: x or 0):
                e = {"id": "sv%03d" % (len(lib) + 1), "name": name, "producer": prod,
                     "appellation": app, "region": region, "country": "France",
                     "colour": colour, "category": cat, "vintage": v, "format_cl": fmt_cl(f)}
                lib.append(e)
                by_key[key].append(e)
    return lib, by_key, rows


def parse(block, fields):
    out = []
    for line in block.strip().splitlines():
        parts = line.split("|")
        if len(parts) != fields:
            raise SystemExit("bad spec line (%d fields): %r" % (len(parts), line))
        out.append(parts)
    return out


def fmt_name(f):
    return {37.5: "half bottle", 150: "magnum"}.get(f, "%s cl" % fmt_cl(f))


def answer(key, measure, vintage, entries, row):
    """Apply the bench rules to a drink, the measure and the vintage read from the label."""
    kind, vol = T.MEASURES[measure]
    formats = sorted({e["format_cl"] for e in entries})
    who = "%s (%s)" % (row["name"], row["producer"])
    if kind == "bottle":
        if vol is None:
            if row["category"] not in WINE:
                raise SystemExit("a non-wine bottle must carry its size: %s" % key)
            vol = 75
        fmt, units = vol, 1
        if fmt not in formats:
            return None, "%s: %s not held (held: %s)" % (who, fmt_name(fmt),
                                                          ", ".join(fmt_name(f) for f in formats))
    elif kind == "pour":
        ordinary = [f for f in formats if f < 1000 and f not in (37.5, 150)]
        if 75 in ordinary:
            fmt = 75
        elif len(ordinary) == 1:
            fmt = ordinary[0]
        else:
            raise SystemExit("no ordinary bottle for a pour of %s" % key)
        units = round(vol / fmt, 4)
    else:  # draught
        kegs = [f for f in formats if f >= 1000]
        if not kegs:
            return None, "%s: held only in bottle, no draught" % who
        fmt = kegs[0]
        units = round(vol / fmt, 4)
    same = [e for e in entries if e["format_cl"] == fmt]
    held = [e["vintage"] for e in same]
    if vintage is not None and held == [None]:
        raise SystemExit("vintage on a non-vintage drink: %s %s" % (key, vintage))
    if vintage is None or vintage in held:
        if vintage is None:
            best = max(same, key=lambda e: e["vintage"] or 0)
        else:
            best = next(e for e in same if e["vintage"] == vintage)
        also = [e["id"] for e in same if e is not best] if vintage is None else []
        res = {"expect": "yes", "beverage_id": best["id"], "also_ok": also}
        note = who
    else:
        best = min(same, key=lambda e: (abs(e["vintage"] - vintage), -e["vintage"]))
        res = {"expect": "almost", "beverage_id": best["id"],
               "also_ok": [e["id"] for e in same if e is not best]}
        note = "%s: label vintage %d not in library, has %s" % (who, vintage, sorted(held))
    if kind != "bottle":
        note += ", %s cl of the %s" % (("%g" % vol).replace(".", ","),
                                         "keg" if kind == "draught" else fmt_name(fmt))
    elif fmt != 75:
        note += ", " + fmt_name(fmt)
    res["units_per_sale"] = units
    return res, note


def build_cases(by_key, rows):
    cases = []

    def add(label, key, measure, vintage_read, typed_vintage, connection, reason=None):
        if key == "-":
            res, note = None, reason
        else:
            res, note = answer(key, measure, vintage_read, by_key[key], rows[key])
        if typed_vintage and vintage_read is None:
            note += " [%d cut off by the till]" % typed_vintage
        if res is None:
            res = {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None}
        cases.append({"label": label, "expect": res["expect"], "beverage_id": res["beverage_id"],
                      "also_ok": res["also_ok"], "vintage": vintage_read,
                      "units_per_sale": res["units_per_sale"], "note": note,
                      "connection": connection})

    for key, measure, vint, text, extra in parse(CAISSE, 5):
        vint = int(vint) if vint else None
        drink = rows.get(key)
        label, desc, _full, spans = T.render_caisse(key, measure, vint, text, drink)
        m_read, v_read = T.read_caisse(label)
        if m_read != measure:
            raise SystemExit("caisse measure lost: %r" % label)
        lost = T.marked_lost(desc, spans)
        reason = extra if key == "-" else None
        if lost:
            if not extra:
                raise SystemExit("cut took %s off %r and no reading is declared" % (lost, label))
            if extra.startswith("-"):
                key, reason = "-", extra[1:] + " [the cut took %s]" % ", ".join(lost)
            else:
                key = extra
        add(label, key, measure, v_read, vint, "caisse", reason)

    for key, measure, vint, outlet, text, extra in parse(FOLIO, 6):
        vint = int(vint) if vint else None
        label = T.render_folio(key, measure, vint, outlet, text, rows.get(key))
        m_read, v_read = T.read_folio(label)
        if (m_read or "") != measure.replace("btl", "") or v_read != vint:
            raise SystemExit("folio read-back differs: %r" % label)
        add(label, key, measure, v_read, vint, "folio", extra if key == "-" else None)

    for key, measure, vint, text, extra in parse(BADGE, 5):
        vint = int(vint) if vint else None
        label = T.render_badge(key, measure, vint, text, rows.get(key))
        m_read, v_read = T.read_badge(label)
        if (m_read or "") != measure.replace("btl", "") or v_read != vint:
            raise SystemExit("badge read-back differs: %r" % label)
        add(label, key, measure, v_read, vint, "badge", extra if key == "-" else None)

    seen = set()
    for c in cases:
        if c["label"] in seen:
            raise SystemExit("duplicate label %r" % c["label"])
        seen.add(c["label"])
        if c["expect"] == "none" and not c["note"]:
            raise SystemExit("none without a reason: %r" % c["label"])
    return cases


def write(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key, rows = build_library()
    cases = build_cases(by_key, rows)
    write(os.path.join(HERE, "savoie_library.jsonl"), lib)
    write(os.path.join(HERE, "savoie_cases.jsonl"), cases)
    tally = {}
    for c in cases:
        t = tally.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})
        t[c["expect"]] += 1
    total = {k: sum(t[k] for t in tally.values()) for k in ("yes", "almost", "none")}
    n = len(cases)
    print("library %d drinks, %d cases" % (len(lib), n))
    for conn, t in tally.items():
        print("  %-7s yes %3d  almost %3d  none %3d  total %3d" % (conn, t["yes"], t["almost"],
                                                                 t["none"], sum(t.values())))
    print("  all     yes %3d  almost %3d  none %3d   (%.1f / %.1f / %.1f %%)" % (
        total["yes"], total["almost"], total["none"], 100 * total["yes"] / n,
        100 * total["almost"] / n, 100 * total["none"] / n))


if __name__ == "__main__":
    main()
