"""Build the blind held-out set "Brasserie de la Gare" (Alençon): stdlib only, deterministic.

    python3 build_alencon.py [-v]
writes alencon_library.jsonl and alencon_cases.jsonl beside this file.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import alencon_cases_comptoir as CC
import alencon_cases_gestion as CG
import alencon_cases_terrasse as CT
import alencon_drinks as D
import alencon_rules as R
import alencon_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
EXP = {"y": "yes", "a": "almost", "n": "none"}


def library():
    rows, lib = [], {}
    for i, (key, f) in enumerate(D.entries(), 1):
        bid = "aq%03d" % i
        row = {"id": bid}
        row.update(f)
        rows.append({k: row[k] for k in LIB_FIELDS})
        d = lib.setdefault(key, {"info": f, "entries": {}})
        d["entries"][(f["format_cl"], f["vintage"])] = bid
    for key, d in lib.items():
        fm = sorted({f for f, _ in d["entries"]})
        d["info"] = dict(d["info"], format_only=fm[0] if len(fm) == 1 else None)
    return rows, lib


def same_measure(intended, read, key, lib):
    if intended == read:
        return True
    if read is None and intended == "B":
        return True      # comptoir: a bottle has no key
    if intended == "B" and read and read.startswith("Z") and key in lib:
        return lib[key]["info"]["format_only"] == float(read[1:])
    return bool(intended == "B" and read == "B")


def build(verbose=False):
    rows, lib = library()
    cases, seen, errors = [], set(), []
    for conn, mod in (("comptoir", CC), ("terrasse", CT), ("gestion", CG)):
        for c in mod.CASES:
            exp, key, meas, vint, text = c[:5]
            info = lib[key]["info"] if key != "-" else None
            if conn == "comptoir":
                label, full = T.render_comptoir(meas, text, vint)
                m, v = T.read_comptoir(label)
            elif conn == "terrasse":
                label, full = T.render_terrasse(meas, text, vint)
                m, v = T.read_terrasse(label)
            else:
                if key == "-":
                    fam = c[5]
                    vol = None
                    if meas:
                        vol = T.volume_of(meas, {"category": "vin" if fam.startswith(("VINS", "CHAMP")) or fam in ("PICHETS", "CIDRES POIRES") else "x",
                                                  "format_only": 75})
                else:
                    fam = T.family_of(meas, key, info)
                    vol = T.volume_of(meas, info)
                label, full = T.render_gestion(text, vint, fam, vol)
                m, v, _ = T.read_gestion(label)
            cut = vint is not None and v is None
            if v is not None and v != vint:
                errors.append("%s: vintage misread %s != %s" % (label, v, vint))
            if cut and conn != "comptoir":
                errors.append("%s: vintage lost" % label)
            if not same_measure(meas, m, key, lib):
                errors.append("%s: measure misread %s != %s" % (label, m, meas))
            if label in seen:
                errors.append("duplicate label %r" % label)
            seen.add(label)
            use = meas if (m is None or m == "B" or (meas == "B")) else m
            e, bid, also, u, why = R.answer(lib, key, use, v)
            if e != EXP[exp]:
                errors.append("%s [%s]: computed %s, written %s (%s)" % (label, conn, e, EXP[exp], why))
            if info is not None:
                note = "%s (%s%s)" % (info["name"], info["producer"],
                                       ", " + info["appellation"] if info["appellation"] and info["appellation"] not in info["name"] else "")
                note += ": " + why
            else:
                note = text.strip() + ": no drink of the library (food, coffee, service, mixed or generic drink, or a wine not held)"
            if cut:
                note += " [%d cut off by the till]" % vint
            cases.append({"label": label, "expect": e, "beverage_id": bid, "also_ok": also,
                          "vintage": v, "units_per_sale": u, "note": note, "connection": conn})
            if verbose:
                print(conn, e, label, bid, also, u)
    if errors:
        for x in errors:
            print("ERROR", x)
        sys.exit(1)
    with open(os.path.join(HERE, "alencon_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "alencon_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in cases:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in cases:
        counts[(r["connection"], r["expect"])] = counts.get((r["connection"], r["expect"]), 0) + 1
    print("library", len(rows), "cases", len(cases))
    for conn in ("comptoir", "terrasse", "gestion"):
        print(conn, [counts.get((conn, e), 0) for e in ("yes", "almost", "none")])


if __name__ == "__main__":
    build("-v" in sys.argv)
