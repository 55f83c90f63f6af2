"""Build the foix held-out set: foix_library.jsonl and foix_cases.jsonl (stdlib only,
deterministic). Every label is rendered with its till's habits; its vintage is read back
from the RENDERED label and the answer computed from that, by the bench README's rules."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import foix_cases_andorra
import foix_cases_dos
import foix_cases_tauleta
import foix_rules as R
import foix_tills as T
from foix_drinks import DRINKS

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def parse(block):
    for line in block.strip().splitlines():
        key, meas, vint, text, note = line.split("|")
        yield key, meas or None, int(vint) if vint else None, text, note


def render(till, drink, meas, vint, text):
    if till == "tauleta":
        return T.render_tauleta(meas, vint, text, drink[7] if drink else None)
    if till == "dos":
        if meas and meas.startswith("x:"):
            return T.render_dos(None, vint, text, cond=meas[2:])
        return T.render_dos(meas, vint, text)
    if drink is None:
        return text
    fmt = R.target_format(drink, meas)
    prefix = T.and_type(drink)
    if prefix is None:
        prefix = "BARRIL" if fmt >= 2000 else "CERVEZA"
    return T.render_andorra(prefix, fmt, meas, vint, text)


def build():
    rows, index = R.expand(DRINKS)
    by_key = {d[0]: d for d in DRINKS}
    name_of = {r["id"]: r for r in rows}
    cases, seen = [], set()
    for till, mod in (("tauleta", foix_cases_tauleta), ("dos", foix_cases_dos),
                      ("andorra", foix_cases_andorra)):
        for key, meas, vint, text, note in parse(mod.CASES):
            drink = None if key == "!" else by_key[key]
            label = render(till, drink, meas, vint, text)
            if label in seen:
                raise SystemExit("label twice: %r" % label)
            seen.add(label)
            read = T.READ_VINTAGE[till](label)
            if read != vint and not (key == "!" and meas is None):
                raise SystemExit("%s: vintage %r read back as %r" % (label, vint, read))
            if drink is None:
                cases.append({"label": label, "expect": "none", "beverage_id": None,
                              "also_ok": [], "vintage": read, "units_per_sale": None,
                              "note": note, "connection": till})
                continue
            expect, bid, also, units = R.answer(drink, index, meas, read)
            e = name_of[bid]
            why = "%s (%s), %s cl" % (e["name"], e["producer"], R.fmt_key(e["format_cl"]))
            if expect == "almost":
                held = sorted(v for v, _ in index[(key, R.target_format(drink, meas))])
                why += ": label vintage %d not held, has %s" % (read, held)
            if note:
                why += "; " + note
            cases.append({"label": label, "expect": expect, "beverage_id": bid,
                          "also_ok": also, "vintage": read,
                          "units_per_sale": units if units != 1 else 1,
                          "note": why, "connection": till})
    return rows, cases


def main():
    rows, cases = build()
    with open(os.path.join(HERE, "foix_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "foix_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    for t in T.TILLS:
        print(t, [counts.get((t, e), 0) for e in ("yes", "almost", "none")])
    n = len(cases)
    for e in ("yes", "almost", "none"):
        k = sum(1 for c in cases if c["expect"] == e)
        print(e, k, "%.1f%%" % (100.0 * k / n))
    print("drinks", len(rows), "cases", n)


if __name__ == "__main__":
    main()
