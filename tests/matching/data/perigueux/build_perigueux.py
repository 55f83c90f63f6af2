"""Build the blind held-out set of L'Oie Rieuse (Périgueux): writes perigueux_library.jsonl
and perigueux_cases.jsonl beside this file. Stdlib only, deterministic."""

import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pg_cases_salle
import pg_cases_terrasse
import pg_cases_traiteur
import pg_drinks
import pg_rules
import pg_tills as T

LIB_FIELDS = [
    "id",
    "name",
    "producer",
    "appellation",
    "region",
    "country",
    "colour",
    "category",
    "vintage",
    "format_cl",
]


def fmt_num(f):
    return int(f) if float(f).is_integer() else f


def library():
    rows, groups, n = [], {}, 0
    for key, name, prod, app, reg, ctry, col, cat, formats in pg_drinks.DRINKS:
        groups[key] = []
        for f in sorted(formats):
            for v in sorted(formats[f], key=lambda x: x or 0):
                n += 1
                row = dict(
                    zip(
                        LIB_FIELDS,
                        [f"pg{n:03d}", name, prod, app, reg, ctry, col, cat, v, fmt_num(f)],
                        strict=False,
                    )
                )
                rows.append(row)
                groups[key].append(row)
    return rows, groups


def family(entry):
    if entry["category"] in ("vin",):
        return T.FAMILY[entry["colour"]]
    return T.FAMILY[entry["category"]]


def parse(block):
    return [ln.split("|") for ln in block.strip().splitlines() if ln.strip()]


def build_cases(groups):
    out = []
    for conn, mod in (
        ("salle", pg_cases_salle),
        ("terrasse", pg_cases_terrasse),
        ("traiteur", pg_cases_traiteur),
    ):
        for parts in parse(mod.CASES):
            key, m = parts[0], parts[1]
            if key == "-":
                fam, text, reason = parts[2], parts[3], parts[4]
                typed_v = None
                kind = None
            else:
                typed_v = int(parts[2]) if parts[2] else None
                text = parts[3]
                fam = family(groups[key][0])
                kind = groups[key][0]["category"]
            if conn == "salle":
                label = T.render_salle(fam, m or None, typed_v, text)
                _, rm, rv, _ = T.read_salle(label)
            elif conn == "terrasse":
                label = T.render_terrasse(m or None, typed_v, text, kind)
                rm, rv, _, _ = T.read_terrasse(label)
            else:
                label = T.render_traiteur(m, typed_v, text, kind)
                rm, rv, _, _, _, _ = T.read_traiteur(label)
            want_m = m or None
            if conn == "traiteur" and m not in T.TRAIT_UNIT:
                want_m = None
            if rm != want_m:
                raise SystemExit(f"measure misread: {label!r}: {rm} != {want_m}")
            if key == "-":
                case = {
                    "label": label,
                    "expect": "none",
                    "beverage_id": None,
                    "also_ok": [],
                    "vintage": rv,
                    "units_per_sale": None,
                    "note": reason,
                }
            else:
                if rv != typed_v and rv is not None:
                    raise SystemExit(f"vintage misread: {label!r}")
                exp, bid, also, units, note = pg_rules.answer(groups[key], rm, rv)
                if typed_v is not None and rv is None:
                    note += f" [{typed_v} cut off by the till]"
                case = {
                    "label": label,
                    "expect": exp,
                    "beverage_id": bid,
                    "also_ok": also,
                    "vintage": rv,
                    "units_per_sale": units,
                    "note": note,
                }
            case["connection"] = conn
            out.append(case)
    labels = Counter(c["label"] for c in out)
    dups = [lab for lab, k in labels.items() if k > 1]
    if dups:
        raise SystemExit(f"duplicate labels: {dups}")
    return out


def main():
    rows, groups = library()
    cases = build_cases(groups)
    with open(os.path.join(HERE, "perigueux_library.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "perigueux_cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cnt = Counter((c["connection"], c["expect"]) for c in cases)
    print(f"{len(rows)} drinks, {len(cases)} cases")
    for conn in ("salle", "terrasse", "traiteur"):
        print(conn, [cnt[(conn, e)] for e in ("yes", "almost", "none")])
    tot = Counter(c["expect"] for c in cases)
    print({k: f"{v} ({100 * v / len(cases):.1f} %)" for k, v in tot.items()})
    print("cut:", sum("cut off" in c["note"] for c in cases))


if __name__ == "__main__":
    main()
