"""Build the BLIND matching set "La Table des Climats" (Beaune): python build_burgundy.py

Writes `burgundy_library.jsonl` and `burgundy_cases.jsonl` next to this file, byte for byte
the same on every run (fixed seed). The expected answers are computed from the rendered
label by the bench README's rules (/work/shared/bench/README.md): a vintage the till cut
off is no longer on the label.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from burgundy_drinks import WINES, W  # noqa: E402
from burgundy_labels import LABELS, K  # noqa: E402
from burgundy_nones import NONES  # noqa: E402
from burgundy_tills import price, render_b, render_r, render_t  # noqa: E402

SEED = 20261129
# Volume (cl) poured by a serving measure; None: a bottle of the entry's format.
POUR = {
    "gl": 12.5, "gl12": 12, "gl15": 15, "cor10": 10, "cor8": 8, "car50": 50, "car25": 25,
    "dose": 4, "cl2": 2, "cl4": 4, "cl6": 6, "cp": 12.5,
}
BEER_POUR = {"demi": 25, "pinte": 50}
# Bottle measures and the format they require.
BOTTLE = {"half": 37.5, "mag": 150, "s33": 33, "s50": 50, "s100": 100, "s25": 25, "s62": 62}
WATERS = {"badoit", "evian", "chateldon"}


def family(w: W) -> str:
    if w.category == "champagne" or w.colour == "effervescent":
        return "bul"
    if w.category == "vin":
        return {"rouge": "r", "rosé": "rs"}.get(w.colour or "", "b")
    if w.category == "soft":
        return "eau" if w.key.split("-")[0] in WATERS else "sof"
    return {"spiritueux": "dig", "autre": "ape", "bière": "bie"}[w.category]


def library() -> tuple[list[dict[str, object]], dict[str, list[tuple[str, int | None]]]]:
    rows: list[dict[str, object]] = []
    entries: dict[str, list[tuple[str, int | None]]] = {}
    for w in WINES:
        for v in sorted(w.vintages, key=lambda x: x or 0):
            bid = f"c{len(rows) + 1:03d}"
            fmt = int(w.format_cl) if w.format_cl == int(w.format_cl) else w.format_cl
            rows.append({
                "id": bid, "name": w.name, "producer": w.producer,
                "appellation": w.appellation, "region": w.region,
                "country": "France" if w.region else None, "colour": w.colour,
                "category": w.category, "vintage": v, "format_cl": fmt,
            })
            entries.setdefault(w.key, []).append((bid, v))
    return rows, entries


def units(k: K, w: W) -> float | int:
    m = k.measure
    if m is None or m in BOTTLE or (m == "demi" and w.category != "bière"):
        return 1
    pour = BEER_POUR[m] if m in BEER_POUR else POUR[m]
    return round(pour / w.format_cl, 4)


def check_measure(k: K, w: W) -> None:
    m = k.measure
    if m in BOTTLE:
        assert w.format_cl == BOTTLE[m], k
    elif m == "demi" and w.category != "bière":
        assert w.format_cl == 37.5, k
    elif m in POUR or m in BEER_POUR:
        assert w.category != "vin" or w.format_cl not in (37.5, 150), k
    elif w.category in {"vin", "champagne"}:
        assert w.format_cl == 75 or not any(
            o.name == w.name and o.producer == w.producer and o.format_cl == 75 for o in WINES
        ), k


def answer(k: K, vintage: int | None, bywine: dict[str, list[tuple[str, int | None]]],
           byk: dict[str, W], cut_note: str) -> dict[str, object]:
    if k.key is None:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "vintage": vintage,
                "units_per_sale": None, "note": k.note + cut_note}
    w = byk[k.key]
    check_measure(k, w)
    held = bywine[k.key]
    what = f"{w.name} ({w.producer}, {w.format_cl:g} cl)"
    if vintage is None:
        best = max(held, key=lambda e: e[1] or 0)
        kind, note = "yes", what
    elif vintage in [v for _, v in held]:
        best = next(e for e in held if e[1] == vintage)
        kind, note = "yes", what
    else:
        assert held[0][1] is not None, k  # a vintage on a non-vintage drink
        best = min(held, key=lambda e: (abs((e[1] or 0) - vintage), -(e[1] or 0)))
        has = sorted(v for _, v in held if v is not None)
        kind, note = "almost", f"{what}: label vintage {vintage} not in library, has {has}"
    also = [bid for bid, _ in held if bid != best[0]] if kind == "almost" or vintage is None else []
    return {"expect": kind, "beverage_id": best[0], "also_ok": also, "vintage": vintage,
            "units_per_sale": units(k, w), "note": note + cut_note}


def build() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    rng = random.Random(SEED)
    rows, bywine = library()
    byk = {w.key: w for w in WINES}
    plu: dict[str, int] = {}
    cases: list[dict[str, object]] = []
    for k in LABELS + NONES:
        fam = k.fam or family(byk[k.key])  # type: ignore[index]
        pr = price(fam, k.measure, rng)
        till, r = k.till, None
        if till == "R":
            r = render_r(k.text, fam, k.vintage, k.measure, rng)
        elif till == "B":
            first = str({"ape": 1, "bie": 2, "bul": 3, "b": 4, "rs": 4, "r": 5, "dig": 6,
                         "eau": 7, "sof": 7, "caf": 8, "cui": 9, "srv": 9}[fam])
            plu[first] = plu.get(first, 0) + rng.choice([1, 1, 2, 3])
            r = render_b(k.text, fam, k.vintage, k.measure, plu[first], rng)
        if r is None or till == "T":
            till = "T"
            r = render_t(k.text, k.vintage, k.measure, pr, rng)
        shown = k.vintage if r.vintage_shown else None
        cut_note = f" [{k.vintage} cut off by the till]" if k.vintage and not shown else ""
        case = {"label": r.label, **answer(k, shown, bywine, byk, cut_note), "connection": till}
        cases.append(case)
    rng.shuffle(cases)
    return rows, cases


def main() -> None:
    rows, cases = build()
    for name, items in (("burgundy_library.jsonl", rows), ("burgundy_cases.jsonl", cases)):
        text = "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items)
        (HERE / name).write_text(text, encoding="utf-8")
    labels = [c["label"] for c in cases]
    assert len(set(labels)) == len(labels), "duplicate labels"
    print(f"{len(rows)} drinks, {len(cases)} cases")


if __name__ == "__main__":
    main()
