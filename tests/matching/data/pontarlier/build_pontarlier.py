"""Build the Pontarlier blind set: writes pontarlier_library.jsonl and pontarlier_cases.jsonl.

Stdlib only, deterministic. Each case is rendered with its till's habits; the measure and
the vintage are read back from the RENDERED label and the answer is computed from them.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pontarlier_rules as R
import pontarlier_tills as T
from pontarlier_cases_comptoir import CASES as C_COMPTOIR
from pontarlier_cases_gestion import CASES as C_GESTION
from pontarlier_cases_salle import CASES as C_SALLE

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def rows(block):
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        key, meas, vint, text = parts[:4]
        reason = parts[4] if len(parts) > 4 else ""
        yield key, (meas or None), (int(vint) if vint else None), text, reason


def drink_note(key):
    r = R.ROW[key]
    return "%s (%s)" % (r[1], r[2])


def build_case(till, key, meas, vint, text, reason):
    none_row = key.startswith("-")
    if till == "COMPTOIR":
        label = T.comptoir_render(text, meas, vint)
        code, v = T.comptoir_read(label)
        if code != meas:
            raise ValueError("measure misread: %r" % label)
        resolved = None if none_row else R.resolve_code(key, code)
    elif till == "SALLE":
        label = T.salle_render(text, meas, vint)
        code, v = T.salle_read(label)
        if code != meas:
            raise ValueError("measure misread: %r" % label)
        resolved = None if none_row else R.resolve_code(key, code)
    else:
        if none_row:
            fam = key[1:]
            vol = None if meas is None else (T.VOLUMES[meas] or 75)  # a bare bottle of a wine not held: 75 cl
        else:
            r = R.ROW[key]
            fam = T.family_of(r[6], r[7])
            vol = T.VOLUMES[meas]
            if vol is None:
                vol = R.ordinary(key)
        label = T.gestion_render(text, vol, vint, fam)
        fam2, des, v, vol2 = T.gestion_read(label)
        if vol2 != vol:
            raise ValueError("volume misread: %r" % label)
        resolved = None if none_row else R.resolve_volume(key, vol2)
    if v is not None and v != vint:
        raise ValueError("phantom vintage in %r" % label)
    if none_row:
        if not reason:
            raise ValueError("none without reason: %r" % label)
        return {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                "vintage": v, "units_per_sale": None, "note": reason, "connection": till}
    expect, bid, also, units, extra = R.answer(key, resolved, v)
    note = drink_note(key)
    if expect == "none":
        note += ": " + extra + (" (" + reason + ")" if reason else "")
    elif extra:
        note += ": " + extra
    if vint is not None and v is None:
        note += " [%d cut off by the till]" % vint
    return {"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
            "vintage": v, "units_per_sale": units, "note": note, "connection": till}


def main():
    cases, seen = [], set()
    for till, block in (("COMPTOIR", C_COMPTOIR), ("SALLE", C_SALLE), ("GESTION", C_GESTION)):
        for row in rows(block):
            c = build_case(till, *row)
            if c["label"] in seen:
                raise ValueError("duplicate label %r" % c["label"])
            seen.add(c["label"])
            cases.append(c)
    with open(os.path.join(HERE, "pontarlier_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in R.ENTRIES:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pontarlier_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    tally = {}
    for c in cases:
        tally[(c["connection"], c["expect"])] = tally.get((c["connection"], c["expect"]), 0) + 1
    for till in ("COMPTOIR", "SALLE", "GESTION"):
        print(till, {e: tally.get((till, e), 0) for e in ("yes", "almost", "none")})
    n = len(cases)
    for e in ("yes", "almost", "none"):
        k = sum(1 for c in cases if c["expect"] == e)
        print(e, k, "%.1f %%" % (100.0 * k / n))
    print("total", n, "drinks", len(R.ENTRIES))


if __name__ == "__main__":
    main()
