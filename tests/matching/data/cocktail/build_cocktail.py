"""Build the blind matching set of Le Fil à Plomb (Paris 9e): writes
cocktail_library.jsonl and cocktail_cases.jsonl beside this file, byte for byte the same
on every run (stdlib only, no randomness).

Each case is rendered through its till's habits (cocktail_tills.py) and its expected
answer is computed from the RENDERED label with the bench README's rules.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cocktail_cases_app
import cocktail_cases_caisse
import cocktail_cases_priva
import cocktail_drinks as D
import cocktail_tills as T

TILLS = [("caisse", cocktail_cases_caisse.CASES), ("app", cocktail_cases_app.CASES),
         ("priva", cocktail_cases_priva.CASES)]
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]

LIB = D.library()
BY_PRODUCT = {}
for e in LIB:
    BY_PRODUCT.setdefault(e["key"], []).append(e)


def fmt_cl(x):
    return ("%g" % x).replace(".", ",") + " cl"


def who(e):
    s = "%s (%s" % (e["name"], e["producer"])
    if e["category"] == "vin":
        s += ", " + e["appellation"]
    return s + ")"


def render(till, s):
    if s["kind"] == "n":
        if till == "caisse":
            return T.cut(s["text"]) + (" T1" if s["vat"] in ("alc", "svc") else " T2")
        if till == "app":
            assert s["text"] == s["text"].lower() and s["text"].isascii(), s["text"]
            return s["text"]
        return T.render_priva_other(s["text"], s["qty"], s["price"])
    p = D.BY_KEY[s["key"]]
    cat = p[7]
    if till == "caisse":
        return T.render_caisse(s["meas"], s["text"], s["vintage"], cat in ("vin", "champagne"),
                               cat != "soft")
    if till == "app":
        return T.render_app(s["meas"], s["text"], s["vintage"], s["mod"],
                            cat in ("vin", "champagne"))
    return T.render_priva(s["meas"], s["text"], s["vintage"], cat)


def answer(till, s, label):
    lv = T.VINTAGE[till](label)
    base = {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
            "vintage": lv, "units_per_sale": None}
    if s["kind"] == "n":
        base["note"] = s["reason"]
        return base
    # sanity: the till printed the vintage the staff meant, or the register cut it off
    if till == "caisse":
        assert lv == s["vintage"] or lv is None, (label, lv, s)
    else:
        assert lv == s["vintage"], (label, lv, s)
    entries = BY_PRODUCT[s["key"]]
    cat = entries[0]["category"]
    kind, vol = T.MEAS[s["meas"]]
    if kind in ("bottle", "keg"):
        group = [e for e in entries if e["format_cl"] == vol]
        what = fmt_cl(vol) if kind == "bottle" else "%g L keg" % (vol / 100)
    elif kind == "draught":
        group = [e for e in entries if e["format_cl"] >= 2000]
        what = "%g cl of draught" % vol
    else:
        if cat in ("vin", "champagne"):
            group = [e for e in entries if e["format_cl"] == 75]
        else:
            fmts = sorted({e["format_cl"] for e in entries if e["format_cl"] < 2000})
            assert len(fmts) == 1, s
            group = [e for e in entries if e["format_cl"] == fmts[0]]
        what = "%g cl pour" % vol
    if not group:
        base["note"] = "%s: %s not held" % (who(entries[0]), what)
        return base
    fmt = group[0]["format_cl"]
    units = 1 if kind in ("bottle", "keg") else round(vol / fmt, 4)
    vint = {e["vintage"]: e for e in group}
    tail = ""
    if s["vintage"] is not None and lv is None:
        tail = " [%d cut off by the till]" % s["vintage"]
    if lv is not None and None in vint:
        raise ValueError("vintage on a non-vintage drink: %r" % label)
    if lv is None:
        best = max(group, key=lambda e: e["vintage"] or 0)
        expect = "yes"
    elif lv in vint:
        best, expect = vint[lv], "yes"
    else:
        best = min(group, key=lambda e: (abs(e["vintage"] - lv), -e["vintage"]))
        expect = "almost"
    also = [] if (expect == "yes" and lv is not None) else \
        sorted(e["id"] for e in group if e is not best)
    note = who(best)
    if best["vintage"] is not None:
        note += " %d" % best["vintage"]
    note += ", " + fmt_cl(fmt)
    if kind in ("pour", "draught"):
        note += ": %s" % what
    if expect == "almost":
        note += ": label vintage %d not held, has %s" % (
            lv, sorted(e["vintage"] for e in group))
    note += tail
    base.update(expect=expect, beverage_id=best["id"], also_ok=also,
                units_per_sale=units, note=note)
    return base


def build():
    lib_lines = [json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) for e in LIB]
    cases, seen = [], set()
    for till, specs in TILLS:
        for s in specs:
            label = render(till, s)
            if label in seen:
                raise ValueError("duplicate label %r" % label)
            seen.add(label)
            c = answer(till, s, label)
            c["connection"] = till
            cases.append(c)
    order = ["label", "expect", "beverage_id", "also_ok", "vintage", "units_per_sale", "note",
             "connection"]
    case_lines = [json.dumps({k: c[k] for k in order}, ensure_ascii=False) for c in cases]
    for name, lines in (("cocktail_library.jsonl", lib_lines), ("cocktail_cases.jsonl", case_lines)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
    return cases


if __name__ == "__main__":
    cs = build()
    print("library: %d drinks" % len(LIB))
    for till in ["caisse", "app", "priva", None]:
        sel = [c for c in cs if till is None or c["connection"] == till]
        cnt = {k: sum(1 for c in sel if c["expect"] == k) for k in ("yes", "almost", "none")}
        print("%-7s yes %3d almost %3d none %3d total %3d" % (
            till or "all", cnt["yes"], cnt["almost"], cnt["none"], len(sel)))
