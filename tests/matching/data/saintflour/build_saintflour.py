"""Build the blind held-out set "saintflour" (stdlib only, deterministic).

    python3 build_saintflour.py [-v]

Writes saintflour_library.jsonl and saintflour_cases.jsonl beside this file.
Every label is rendered with its till's habits, read back, and the answer is
computed from what the RENDERED label says.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import saintflour_cases_comptoir
import saintflour_cases_serveur
import saintflour_cases_z
import saintflour_rules as R
import saintflour_tills as T
from saintflour_drinks import BY_KEY

MODULES = (("comptoir", saintflour_cases_comptoir), ("serveur", saintflour_cases_serveur),
           ("z", saintflour_cases_z))

def parse(line):
    f = line.split("|")
    meas = f[1] or None
    vint = int(f[2]) if f[2] else None
    if f[0].startswith("-"):
        return None, f[0][1:], meas, vint, f[3], f[4]
    key = f[0]
    if key not in BY_KEY:
        raise SystemExit("unknown key %r" % key)
    cat = BY_KEY[key][7]
    dept = T.COMPTOIR_DEPT_OVERRIDE.get(key, T.COMPTOIR_DEPT[cat])
    return key, dept, meas, vint, f[3], None

def build():
    rows, index = R.library()
    cases, seen = [], set()
    for conn, mod in MODULES:
        for line in mod.CASES.strip().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, dept, meas, vint, text, reason = parse(line)
            label = T.render(conn, dept, meas, vint, text, key)
            if label in seen:
                raise SystemExit("duplicate label %r" % label)
            seen.add(label)
            rb = T.read_back(conn, label)
            if rb is None:
                raise SystemExit("unreadable %r" % label)
            rmeas, rvint = rb
            want = meas if not (conn == "comptoir" and meas is None) else "B"
            if rmeas != want:
                raise SystemExit("measure misread %r: %r != %r" % (label, rmeas, want))
            if rvint not in (vint, None):
                raise SystemExit("vintage misread %r: %r" % (label, rvint))
            if conn == "z" and T.z_stub(label) and len(T.z_stub(label)) == 2:
                raise SystemExit("two-digit stub left by the Z cut %r" % label)
            if conn == "comptoir" and vint is None and rvint is not None:
                raise SystemExit("spurious vintage %r" % label)
            lost = vint is not None and rvint is None
            if key is None:
                exp, bid, also, units, note = "none", None, [], None, reason
            else:
                exp, bid, also, units, note = R.answer(key, meas, rvint, index)
                if lost:
                    note += " [%d cut off by the till]" % vint
            cases.append({"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
                          "vintage": rvint, "units_per_sale": units, "note": note,
                          "connection": conn})
    return rows, cases

def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in objs:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

def main():
    rows, cases = build()
    dump(os.path.join(HERE, "saintflour_library.jsonl"), rows)
    dump(os.path.join(HERE, "saintflour_cases.jsonl"), cases)
    if "-v" in sys.argv:
        print("library", len(rows), "cases", len(cases))
        tot = {}
        for conn, _ in MODULES:
            c = [x for x in cases if x["connection"] == conn]
            d = {e: sum(1 for x in c if x["expect"] == e) for e in ("yes", "almost", "none")}
            print("%-9s %3d yes %3d almost %3d none %3d total" % (conn, d["yes"], d["almost"], d["none"], len(c)))
            for e in d:
                tot[e] = tot.get(e, 0) + d[e]
        n = len(cases)
        print("total     " + "  ".join("%s %d (%.1f %%)" % (e, tot[e], 100.0 * tot[e] / n) for e in tot))
        lost = sum(1 for x in cases if "cut off by the till" in (x["note"] or ""))
        print("vintages cut off:", lost)

if __name__ == "__main__":
    main()
