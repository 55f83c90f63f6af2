"""Build the blind held-out set "langres": library and cases (stdlib only, deterministic).

    python3 tests/matching/data/langres/build_langres.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import langres_tills as T
from langres_cases_bar import CASES as BAR
from langres_cases_pms import CASES as PMS
from langres_cases_salle import CASES as SALLE
from langres_drinks import DRINKS
from langres_rules import MEASURES, answer

PREFIX = "lg"
LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def family(d):
    key, name, prod, app, reg, colour, cat, fmts = d
    if cat == "champagne":
        return "C"
    if cat == "vin":
        if "Crémant" in name:
            return "K"
        return {"blanc": "B", "rouge": "R", "rosé": "S", "liquoreux": "L"}[colour]
    return {"spiritueux": "X", "autre": "A", "bière": "E", "soft": "W"}[cat]


def build_library():
    lib, entries, info = [], {}, {}
    n = 0
    for d in DRINKS:
        key, name, prod, app, reg, colour, cat, fmts = d
        info[key] = d
        for fmt in sorted(fmts):
            for v in sorted(fmts[fmt], key=lambda x: (x is not None, x)):
                n += 1
                i = f"{PREFIX}{n:03d}"
                entries[(key, fmt, v)] = i
                lib.append({"id": i, "name": name, "producer": prod, "appellation": app,
                            "region": reg, "country": "France" if reg in (
                                "Champagne", "Bourgogne", "Alsace", "Haute-Marne", "Cognac",
                                "Normandie", "Isère", "Anjou", "France", "Bordeaux") else
                            {"Speyside": "Écosse", "Écosse": "Écosse", "Venezuela": "Venezuela",
                             "Italie": "Italie", "Douro": "Portugal", "Belgique": "Belgique",
                             "Pays-Bas": "Pays-Bas", "": "France"}[reg],
                            "colour": colour, "category": cat, "vintage": v,
                            "format_cl": fmt})
    return lib, entries, info


def pms_outlet(fam, measure, key, text):
    k = T.h("outlet", key, text, measure) % 4
    kind = MEASURES[measure][0]
    if fam in "EW" and kind == "size":
        return "MINI" if k < 2 else "BAR"
    if fam == "V":
        return "RECP"
    if fam in "FH":
        return "ROOM" if k == 0 else "REST"
    if kind in ("pour", "keg"):
        return "ROOM" if k == 0 else "BAR"
    return "ROOM" if k == 0 else "REST"


def render(till, exp, key, measure, vintage, text, fam):
    if till == "bar":
        label, was_cut = T.render_bar(measure, text, vintage)
        back = T.read_bar(label)
    elif till == "salle":
        label, was_cut = T.render_salle(measure, text, vintage, fam, key)
        back = T.read_salle(label)
    else:
        label, was_cut = T.render_pms(measure, text, vintage, fam, key,
                                      pms_outlet(fam, measure, key, text))
        back = T.read_pms(label)
    return label, back


def build_cases(entries, info):
    out, seen = [], set()
    for till, cases in (("bar", BAR), ("salle", SALLE), ("pms", PMS)):
        for c in cases:
            exp, key, measure, vintage, text = c[:5]
            if vintage is not None and vintage < 100:
                vintage += 2000
            reason = c[5] if len(c) > 5 else ""
            if key.startswith("-"):
                fam, key = key[1:], None
            else:
                fam = family(info[key])
            label, (m_back, v_back) = render(till, exp, key, measure, vintage, text, fam)
            if m_back == "" and measure == "btl":
                m_back = "btl"  # no measure word: the bottle
            assert m_back == measure, (label, m_back, measure)
            assert label not in seen, f"duplicate label {label!r}"
            seen.add(label)
            cutnote = ""
            if vintage is not None and v_back is None:
                cutnote = f" [{vintage} cut off by the till]"
            elif v_back != vintage:
                raise SystemExit(f"vintage misread {label!r}: {v_back} vs {vintage}")
            if key is None:
                got = ("none", None, [], None, reason)
            else:
                got = answer(key, entries, measure, v_back)
                if got[0] == "none":
                    got = ("none", None, [], None, reason or got[4])
            want = exp
            if cutnote and exp == "almost":
                want = "yes"
            if got[0] != want:
                raise SystemExit(f"{till} {label!r}: expected {want}, computed {got[0]} ({got[4]})")
            d = info[key] if key else None
            if got[0] == "none":
                note = reason or got[4]
                if d and not reason:
                    note = f"{d[1]} ({d[2]}): {note}"
            else:
                note = f"{d[1]} ({d[2]})"
                if got[0] == "almost":
                    note += f": label vintage {v_back} not held"
            note += cutnote
            out.append({"label": label, "expect": got[0], "beverage_id": got[1],
                        "also_ok": got[2], "vintage": v_back, "units_per_sale": got[3],
                        "note": note, "connection": till})
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    lib, entries, info = build_library()
    cases = build_cases(entries, info)
    dump(os.path.join(HERE, "langres_library.jsonl"), lib)
    dump(os.path.join(HERE, "langres_cases.jsonl"), cases)
    from collections import Counter
    c = Counter((x["connection"], x["expect"]) for x in cases)
    print(len(lib), "drinks;", len(cases), "cases")
    for t in ("bar", "salle", "pms"):
        print(t, [c[(t, e)] for e in ("yes", "almost", "none")])
    tot = Counter(x["expect"] for x in cases)
    print({k: f"{v} ({100 * v / len(cases):.1f} %)" for k, v in tot.items()})


if __name__ == "__main__":
    main()
