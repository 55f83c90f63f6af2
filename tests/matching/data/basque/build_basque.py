"""Build basque_library.jsonl and basque_cases.jsonl (python3 build_basque.py).

Each spec says what the staff typed (a drink key or a none family, a measure, a vintage, the
text); the till renders it with its habits and a fixed seed, and the expected answer is
computed from the rendered label (a vintage that the cut took off is no longer there).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from basque_drinks import W  # noqa: E402
from basque_rules import BY_KEY, answer, library  # noqa: E402
from basque_specs_l import L_SPECS  # noqa: E402
from basque_specs_r import R_SPECS  # noqa: E402
from basque_specs_t import T_SPECS  # noqa: E402
from basque_tills import render_l, render_r, render_t  # noqa: E402

SEED = 20261129


def family(w: W) -> str:
    if w.category == "vin":
        if w.appellation == "Cava":
            return "e"
        if "Jerez" in w.appellation or "Manzanilla" in w.appellation:
            return "j"
        return {"rouge": "r", "blanc": "b", "rosé": "s", "liquoreux": "d",
                "effervescent": "e"}[w.colour or ""]
    if w.category == "spiritueux":
        return "a" if w.appellation == "Bas-Armagnac" else "l"
    return {"bière": "k", "soft": "w", "autre": "c"}[w.category]


def parse(block: str) -> list[list[str]]:
    return [line.split("|") for line in block.strip().splitlines()]


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(SEED)
    rows, ids = library()
    cases: list[dict[str, Any]] = []
    for till, block in (("L", L_SPECS), ("T", T_SPECS), ("R", R_SPECS)):
        for spec in parse(block):
            head, measure, vtext, text = spec[:4]
            vintage = int(vtext) if vtext else None
            if vintage is not None and vintage < 100:
                vintage += 1900 if vintage > 30 else 2000
            fam = head[1:] if head.startswith("-") else family(BY_KEY[head])
            conn = till
            if till == "L":
                out = render_l(fam, text, measure, vintage)
            elif till == "R":
                out = render_r(rng, fam, text, measure, vintage)
            else:
                out = (render_t(rng, fam, text, measure, vintage), True)
            if out is None:
                conn, out = "T", (render_t(rng, fam, text, measure, vintage), True)
            label, kept = out
            seen = vintage if kept else None
            if head.startswith("-"):
                ans: dict[str, Any] = {"expect": "none", "beverage_id": None, "also_ok": [],
                                       "units_per_sale": None, "note": spec[4]}
            else:
                ans = answer(ids, head, measure, seen)
            if vintage is not None and not kept:
                ans["note"] += f" [{vintage} cut off by the till]"
            cases.append({"label": label, "expect": ans["expect"],
                          "beverage_id": ans["beverage_id"], "also_ok": ans["also_ok"],
                          "vintage": seen, "units_per_sale": ans["units_per_sale"],
                          "note": ans["note"], "connection": conn})
    labels = [c["label"] for c in cases]
    dupes = {x for x in labels if labels.count(x) > 1}
    if dupes:
        raise SystemExit(f"duplicate labels: {sorted(dupes)}")
    return rows, cases


def write(path: Path, items: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items),
                    encoding="utf-8")


def main() -> None:
    rows, cases = build()
    write(HERE / "basque_library.jsonl", rows)
    write(HERE / "basque_cases.jsonl", cases)
    counts: dict[str, int] = {}
    for c in cases:
        k = f"{c['connection']} {c['expect']}"
        counts[k] = counts.get(k, 0) + 1
    print(len(rows), "drinks,", len(cases), "cases", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
