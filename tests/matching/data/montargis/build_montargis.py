"""Build the Montargis blind held-out set (stdlib only, deterministic).
python3 build_montargis.py [-v]"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mq_cases_caisse
import mq_cases_compta
import mq_cases_tablette
import mq_drinks
import mq_rules
import mq_tills as T

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]
TILLS = [("caisse", mq_cases_caisse.CASES), ("tablette", mq_cases_tablette.CASES),
         ("compta", mq_cases_compta.CASES)]
NONDRINK_FAMILY = {"vin", "champagne", "bière", "spiritueux", "autre", "soft", "chaud",
                   "cuisine", "service"}


def req_fmt(meas, group):
    """The format (or pour) a measure asks of a drink, to compare keyed and read back."""
    if meas in T.POUR_CL:
        return meas
    f = mq_rules.bottle_fmt(meas)
    if f is None and group:
        f = mq_rules.ordinary({e["format_cl"] for e in group}, group[0]["category"])
    return f


def main():
    verbose = "-v" in sys.argv
    ents = mq_drinks.entries()
    groups = {}
    for e in ents:
        groups.setdefault(e["key"], []).append(e)
    lib_lines = [json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) for e in ents]
    out, seen, errors = [], set(), []
    for till, cases in TILLS:
        for raw in cases.strip("\n").split("\n"):
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            f = raw.split("|")
            want, key, meas, yy, text = f[:5]
            reason = f[5] if len(f) > 5 else ""
            meas = meas or None
            vint = int(yy) if yy else None
            group = None if key.startswith("-") else groups[key]
            if group:
                fam = group[0]["category"]
                wine = fam in ("vin", "champagne")
            else:
                fam = key[1:]
                assert fam in NONDRINK_FAMILY, raw
                wine = fam in ("vin", "champagne")
            if till == "caisse":
                label, full = T.render_caisse(meas, vint, text, wine)
                rmeas, rvint = T.read_caisse(label)
            elif till == "tablette":
                label, full = T.render_tablette(meas, vint, text, wine)
                rmeas, rvint = T.read_tablette(label)
            else:
                bf = None
                if meas and meas not in T.POUR_CL:
                    bf = mq_rules.bottle_fmt(meas)
                    if bf is None:
                        bf = (mq_rules.ordinary({e["format_cl"] for e in group}, fam)
                              if group else 75)
                label, full = T.render_compta(meas, vint, text, fam, bf)
                rmeas, rvint = T.read_compta(label)
            cut = ""
            if rvint != vint:
                if till == "caisse" and rvint is None and vint is not None and len(full) > T.CAISSE_WIDTH:
                    if label.split()[-1].isdigit():
                        errors.append("cut leaves part of a number: %r" % label)
                    cut = " [%d cut off by the till]" % vint
                else:
                    errors.append("vintage misread %r: %r vs %r" % (label, rvint, vint))
            if group and req_fmt(rmeas, group) != req_fmt(meas, group):
                errors.append("measure misread %r: %r vs %r" % (label, rmeas, meas))
            if label in seen:
                errors.append("duplicate label %r" % label)
            seen.add(label)
            if group:
                exp, ent, also, units, why = mq_rules.answer(group, rmeas, rvint)
            else:
                exp, ent, also, units, why = "none", None, [], None, reason
            if exp != {"y": "yes", "a": "almost", "n": "none"}[want]:
                errors.append("%s: %r computed %s (%s), written %s" % (till, label, exp, why, want))
            if ent:
                note = "%s (%s)" % (ent["name"], ent["producer"])
                if why:
                    note += ": " + why
            elif group:
                note = "%s (%s): %s" % (group[0]["name"], group[0]["producer"], why)
            else:
                note = reason
            note += cut
            out.append({"label": label, "expect": exp,
                        "beverage_id": ent["id"] if ent else None, "also_ok": also,
                        "vintage": rvint, "units_per_sale": units, "note": note,
                        "connection": till})
            if verbose:
                print("%-9s %-6s %-6s %s" % (till, exp, ent["id"] if ent else "-", label))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "montargis_library.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lib_lines) + "\n")
    with open(os.path.join(HERE, "montargis_cases.jsonl"), "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tot = {}
    for c in out:
        tot.setdefault(c["connection"], {"yes": 0, "almost": 0, "none": 0})[c["expect"]] += 1
    n = len(out)
    for t, d in tot.items():
        print(t, d, sum(d.values()))
    for a in ("yes", "almost", "none"):
        k = sum(d[a] for d in tot.values())
        print(a, k, "%.1f %%" % (100 * k / n))
    print("cases", n, "library", len(ents), "cut", sum(1 for c in out if "cut off" in c["note"]))


if __name__ == "__main__":
    main()
