"""Build the saintetienne held-out set: python3 build_saintetienne.py [-v]
Writes saintetienne_library.jsonl and saintetienne_cases.jsonl beside this file,
byte-identical on every run (stdlib only, no randomness)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import saintetienne_cases_comptoir as CC
import saintetienne_cases_salle as CS
import saintetienne_cases_tablette as CT
import saintetienne_drinks as D
import saintetienne_rules as R
import saintetienne_tills as T

PREFIX = "se"


def build_library():
    lib, by_key = [], {}
    n = 0
    for d in D.DRINKS:
        key, name, prod, app, region, country, colour, cat, entries = d[:9]
        by_key[key] = (d, [])
        for fmt, vint in entries:
            n += 1
            bid = f"{PREFIX}{n:03d}"
            lib.append({"id": bid, "name": name, "producer": prod, "appellation": app,
                        "region": region, "country": country, "colour": colour,
                        "category": cat, "vintage": vint,
                        "format_cl": int(fmt) if float(fmt).is_integer() else fmt})
            by_key[key][1].append((bid, fmt, vint))
    return lib, by_key


def describe(d):
    return f"{d[1]} ({d[2]})"


def case_for(by_key, key, measure, label, vint_label, typed_vint, conn, reason=""):
    if key == "-":
        return {"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                "vintage": vint_label, "units_per_sale": None, "note": reason, "connection": conn}
    d, entries = by_key[key]
    exp, bid, also, units, why = R.answer(d, entries, measure, vint_label)
    note = describe(d) + (f": {why}" if why else "")
    if typed_vint is not None and vint_label is None:
        note += f" [{typed_vint} cut off by the till]"
    return {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
            "vintage": vint_label, "units_per_sale": units, "note": note, "connection": conn}


def lines(block):
    return [l for l in block.strip().splitlines() if l.strip()]


def build_cases(by_key):
    out = []
    for l in lines(CC.CASES):
        p = l.split("|")
        if p[0] == "-":
            _, fam, meas, words, reason = p
            label = T.render_bar(fam, meas, words, None)
            out.append(case_for(by_key, "-", None, label, T.read_bar_vintage(label), None, "COMPTOIR", reason))
            continue
        key, meas, v = p[:3]
        d = by_key[key][0]
        words = p[3] if len(p) > 3 else d[9]
        typed = 2000 + int(v) if v else None
        label = T.render_bar(T.bar_family(d), meas, words, typed)
        out.append(case_for(by_key, key, meas, label, T.read_bar_vintage(label), typed, "COMPTOIR"))
    for l in lines(CS.CASES):
        p = l.split("|")
        if p[0] == "-":
            _, serving, article, reason = p
            label = T.render_salle(article, None, serving, T.SERVING_MEASURE.get(serving, "other"))
            out.append(case_for(by_key, "-", None, label, T.read_salle_vintage(label), None, "SALLE", reason))
            continue
        key, meas, v = p[:3]
        d = by_key[key][0]
        article = p[3] if len(p) > 3 else d[10]
        typed = int(v) if v else None
        label = T.render_salle(article, typed, T.salle_serving(meas), meas)
        out.append(case_for(by_key, key, meas, label, T.read_salle_vintage(label), typed, "SALLE"))
    for l in lines(CT.CASES):
        p = l.split("|")
        if p[0] == "-":
            _, text, reason = p
            out.append(case_for(by_key, "-", None, text, T.read_tab_vintage(text), None, "TABLETTE", reason))
            continue
        key, meas, text = p
        assert text == text.lower() and text.isascii(), text
        v = T.read_tab_vintage(text)
        out.append(case_for(by_key, key, meas, text, v, v, "TABLETTE"))
    seen = set()
    for c in out:
        if c["label"] in seen:
            raise SystemExit(f"duplicate label: {c['label']}")
        seen.add(c["label"])
    return out


def dump(rows, path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, by_key = build_library()
    cases = build_cases(by_key)
    dump(lib, os.path.join(HERE, "saintetienne_library.jsonl"))
    dump(cases, os.path.join(HERE, "saintetienne_cases.jsonl"))
    if "-v" in sys.argv:
        from collections import Counter
        c = Counter((x["connection"], x["expect"]) for x in cases)
        tot = Counter(x["expect"] for x in cases)
        print(len(lib), "drinks,", len(cases), "cases")
        for conn in ("COMPTOIR", "SALLE", "TABLETTE"):
            print(conn, [c[(conn, e)] for e in ("yes", "almost", "none")])
        print({k: f"{v} ({100 * v / len(cases):.1f} %)" for k, v in tot.items()})


if __name__ == "__main__":
    main()
