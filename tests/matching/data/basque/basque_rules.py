"""The bench README's answer rules, applied to a rendered label."""

from __future__ import annotations

from typing import Any

from basque_drinks import WINES, W

POUR_CL = {"glass": 12.5, "g12": 12, "g15": 15, "p25": 25, "p50": 50, "dose": 4, "2cl": 2}
KEG_CL = {"demi": 25, "cana": 20, "pinte": 50}
SIZE_CL = {"half": 37.5, "mag": 150, "33cl": 33, "50cl": 50, "1l": 100, "70cl": 70, "75cl": 75}
BY_KEY = {w.key: w for w in WINES}


def library() -> tuple[list[dict[str, Any]], dict[tuple[str, float, int | None], str]]:
    rows: list[dict[str, Any]] = []
    ids: dict[tuple[str, float, int | None], str] = {}
    for w in WINES:
        for fmt, vintages in w.formats.items():
            for v in sorted(vintages, key=lambda x: x or 0):
                eid = f"k{len(rows) + 1:03d}"
                ids[(w.key, fmt, v)] = eid
                rows.append({"id": eid, "name": w.name, "producer": w.producer,
                             "appellation": w.appellation, "region": w.region,
                             "country": w.country, "colour": w.colour, "category": w.category,
                             "vintage": v, "format_cl": fmt})
    return rows, ids


def ordinary(w: W) -> float:
    if 75 in w.formats:
        return 75
    small = [f for f in w.formats if f < 2000]
    if len(small) != 1:
        raise ValueError(f"{w.key}: no single ordinary format")
    return small[0]


def answer(ids: dict[tuple[str, float, int | None], str], key: str, measure: str,
           vintage: int | None) -> dict[str, Any]:
    w = BY_KEY[key]
    if measure in KEG_CL:
        kegs = [f for f in w.formats if f >= 2000]
        fmt: float | None = kegs[0] if kegs else None
        units = round(KEG_CL[measure] / fmt, 4) if fmt else None
        why = "not on draught"
    elif measure in SIZE_CL:
        fmt, units, why = SIZE_CL[measure], 1, f"{SIZE_CL[measure]:g} cl not held"
    else:
        fmt = ordinary(w)
        units = round(POUR_CL[measure] / fmt, 4) if measure in POUR_CL else 1
        why = ""
    head = f"{w.name} ({w.producer})"
    if fmt not in w.formats:
        return {"expect": "none", "beverage_id": None, "also_ok": [], "units_per_sale": None,
                "note": f"{head}: {why}"}
    vs = sorted(w.formats[fmt], key=lambda x: x or 0)
    if vintage is not None and vs == [None]:
        raise ValueError(f"{key}: vintage on a non-vintage drink")
    if vintage is None or vintage in vs:
        best = vintage if vintage is not None else vs[-1]
        others = [] if vintage is not None else [v for v in vs if v != best]
        expect, note = "yes", head
    else:
        best = min(vs, key=lambda v: (abs((v or 0) - vintage), -(v or 0)))
        others = [v for v in vs if v != best]
        expect = "almost"
        note = f"{head}: label vintage {vintage} not in library, has {list(vs)}"
    if fmt != 75 and measure not in POUR_CL and measure not in KEG_CL:
        note += f" [{fmt:g} cl]"
    return {"expect": expect, "beverage_id": ids[(key, fmt, best)],
            "also_ok": [ids[(key, fmt, v)] for v in others], "units_per_sale": units,
            "note": note}
