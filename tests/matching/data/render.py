"""What the held-out sets' builders share (bar, pizzeria, oyster, the first held-out set): the
bench README's answer rules (which entry a label means, the other vintages that are also
right, "almost" when the label's vintage is not held, the share of a bottle one sale
consumes), the library rows and the case rows as the JSONL files hold them, and the writing.

Each builder keeps its drinks, its label cores and its tills' habits; a builder run twice
writes its files byte for byte the same (seeded choices, dict order kept).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

Held = list[tuple[int | None, float, str]]
"""A drink's entries in the library: (vintage, format in cl, entry id)."""
Entries = dict[str, Held]
KINDS = ("yes", "almost", "none")
NONE: dict[str, object] = {
    "expect": "none",
    "beverage_id": None,
    "also_ok": [],
    "units_per_sale": None,
}


@dataclass(frozen=True)
class Spec:
    """One product as typed at the till, before the till's habits (bar and pizzeria)."""

    family: str  # the till's product family (prefix)
    core: str  # what the staff typed, before the till's habits
    key: str | None  # the drink meant, or None when no drink of the library is meant
    vintage: int | None = None
    served_cl: float | None = None  # a glass, dose, demi or pint: cl per sale
    format_cl: float | None = None  # a bottle of this size (half, magnum), else ordinary
    why: str = ""


def s(family: str, core: str, key: str | None, **kw: object) -> Spec:
    return Spec(family, core, key, **kw)  # type: ignore[arg-type]


def units(volume: float, format_cl: float) -> Decimal:
    """The share of a bottle of ``format_cl`` that one sale of ``volume`` cl consumes."""
    return (Decimal(str(volume)) / Decimal(str(format_cl))).quantize(
        Decimal("0.0001"), rounding=ROUND_HALF_UP
    )


def ordinary(sizes: Iterable[float]) -> float:
    """The bottle a glass is poured from: 75 cl if held, else the largest ordinary one."""
    held = set(sizes)
    return 75.0 if 75 in held else max(x for x in held if x not in (37.5, 150))


def fields(
    name: str,
    producer: str | None,
    appellation: str | None,
    region: str | None,
    country: str | None,
    colour: str | None,
    category: str,
) -> dict[str, object]:
    """A library row's fields from the name to the category, in the files' order."""
    return {
        "name": name,
        "producer": producer,
        "appellation": appellation,
        "region": region,
        "country": country,
        "colour": colour,
        "category": category,
    }


def library(
    drinks: Iterable[tuple[str, Mapping[str, object], list[tuple[int | None, float]]]],
    prefix: str,
) -> tuple[list[dict[str, object]], Entries]:
    """One row per (drink, vintage, format), ids ``<prefix>001``…, and each drink's entries.
    ``drinks``: (key, the row's fields from name to category, [(vintage, format)])."""
    rows: list[dict[str, object]] = []
    entries: Entries = {}
    for key, fields, held in drinks:
        for vintage, size in held:
            entry_id = f"{prefix}{len(rows) + 1:03d}"
            rows.append({"id": entry_id, **fields, "vintage": vintage, "format_cl": size})
            entries.setdefault(key, []).append((vintage, size, entry_id))
    return rows, entries


def answer(held: Held, size: float, vintage: int | None, share: Decimal) -> dict[str, object]:
    """The README's rules for a label that means one of ``held`` in ``size``: no vintage on
    the label, the latest (the others also right); the label's vintage if held; else
    "almost" the nearest (the more recent on a tie), the others also right."""
    rows = [(v, e) for v, x, e in held if x == size]
    assert rows, f"format {size} not held"
    dated = [(v, e) for v, e in rows if v is not None]
    if not dated:
        return {"expect": "yes", "beverage_id": rows[0][1], "also_ok": [], "units_per_sale": share}
    if vintage is None:
        best = max(dated)
        others = [e for v, e in dated if e != best[1]]
        return {"expect": "yes", "beverage_id": best[1], "also_ok": others, "units_per_sale": share}
    exact = [e for v, e in dated if v == vintage]
    if exact:
        return {"expect": "yes", "beverage_id": exact[0], "also_ok": [], "units_per_sale": share}
    near = min(dated, key=lambda item: (abs(item[0] - vintage), -item[0]))  # type: ignore[operator]
    others = [e for v, e in dated if e != near[1]]
    return {"expect": "almost", "beverage_id": near[1], "also_ok": others, "units_per_sale": share}


def expected(spec: Spec, shown_vintage: bool, entries: Entries) -> dict[str, object]:
    """The answer for a bar or pizzeria label: a glass is poured from the ordinary bottle;
    a bottle is the format the spec names, else 75 cl if held, else the first held."""
    if spec.key is None:
        return NONE
    held = entries[spec.key]
    if spec.served_cl is not None:
        size = ordinary(x for _, x, _ in held)
        share: Decimal = units(spec.served_cl, size)
    else:
        size = (
            spec.format_cl
            if spec.format_cl is not None
            else (75.0 if any(x == 75 for _, x, _ in held) else held[0][1])
        )
        share = Decimal(1)
    return answer(held, size, spec.vintage if shown_vintage else None, share)


def case(
    label: str, answered: Mapping[str, object], vintage: int | None, till: str, note: str
) -> dict[str, object]:
    """A case row as the sets hold it (units per sale as a float)."""
    row: dict[str, object] = {"label": label, **answered}
    row["vintage"] = vintage
    row["connection"] = till
    row["note"] = note
    if row["units_per_sale"] is not None:
        row["units_per_sale"] = float(row["units_per_sale"])  # type: ignore[arg-type]
    return row


def cut(text: str, vintage: str, width: int, measures: frozenset[str]) -> tuple[str, bool] | None:
    """The till's cut at `width`, or None when it would lose a whole word, a number or a
    measure: the label would then no longer say which drink or how much (such a product is
    typed on another till). ``measures``: the till's measure words."""
    if len(text + vintage) <= width:
        return text + vintage, bool(vintage)
    head = text[:width]
    kept, words = head.split(), text.split()
    if len(kept) < len(words):
        return None
    last = words[len(kept) - 1]
    if last != kept[-1] and (any(ch.isdigit() for ch in last) or last.upper() in measures):
        return None
    return head.rstrip(), False


def kinds(cases: list[dict[str, object]]) -> dict[str, int]:
    return {k: sum(c["expect"] == k for c in cases) for k in KINDS}


def write_jsonl(path: Path, items: Iterable[Mapping[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
