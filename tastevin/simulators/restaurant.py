"""A realistic French restaurant, generated deterministically from a seed: its POS catalogue
(wines by the bottle and by the glass, beers, softs, hot drinks, food) and its nights of
sales (tickets from 19:00 to after midnight, with refunds, voids, comps and losses).

Vendor simulators render these neutral objects in their own wire format."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

from tastevin.models.enums import SaleKind

PARIS = ZoneInfo("Europe/Paris")
CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class SimProduct:
    code: str
    """The POS's own product id (each vendor prefixes it its own way)."""
    label: str
    price: Decimal
    """Unit price, tax included."""
    vat_rate: Decimal
    category: str
    """wine_bottle, wine_glass, drink, hot, food."""


@dataclass(frozen=True, slots=True)
class SimLine:
    number: int
    product: SimProduct
    quantity: Decimal
    amount: Decimal
    kind: SaleKind


@dataclass(frozen=True, slots=True)
class SimTicket:
    number: str
    opened_at: datetime
    """Timezone-aware (the restaurant's zone)."""
    lines: tuple[SimLine, ...]
    cancelled: bool = False
    refund_of: str | None = None


@lru_cache(maxsize=1)
def _labels() -> tuple[str, ...]:
    text = (
        resources.files("tastevin.simulators").joinpath("data/pos_labels.json").read_text("utf-8")
    )
    return tuple(json.loads(text))


_GLASS = re.compile(r"\b(VRE|VERRE|GL|COUPE|FLUTE|\d{1,2}\s?CL|PICHET|CARAFE|POT)\b")
_FOOD = ("MENU", "ENTRECOTE", "TARTARE", "CREME", "PLANCHE", "DESSERT", "FROMAGE", "PLAT")
_HOT = ("CAFE", "THE ", "CHOCOLAT", "INFUSION", "CAPPUCCINO")


def _category(label: str) -> str:
    if label.startswith(_FOOD):
        return "food"
    if label.startswith(_HOT) or label == "THE VERT":
        return "hot"
    if any(w in label for w in ("COCA", "EAU ", "JUS ", "PRESSION", "BIERE", "LIMONADE")):
        return "drink"
    if _GLASS.search(label.upper()):
        return "wine_glass"
    return "wine_bottle"


_PRICES = {
    "wine_bottle": (28, 140),
    "wine_glass": (6, 16),
    "drink": (3, 8),
    "hot": (2, 5),
    "food": (9, 32),
}


def catalogue(seed: int = 12230) -> tuple[SimProduct, ...]:
    """The restaurant's POS catalogue. The same seed always gives the same catalogue."""
    rng = random.Random(seed)
    products = []
    for index, label in enumerate(_labels(), start=1):
        category = _category(label)
        low, high = _PRICES[category]
        price = Decimal(rng.randint(low * 2, high * 2)) / 2
        vat = Decimal("10.0") if category in ("food", "hot") else Decimal("20.0")
        products.append(SimProduct(f"{index:05d}", label, price.quantize(CENT), vat, category))
    return tuple(products)


_WEIGHTS = {"wine_bottle": 3, "wine_glass": 6, "drink": 4, "hot": 3, "food": 8}


def night(
    day: date,
    *,
    seed: int = 12230,
    lines: int = 150,
    zone: ZoneInfo = PARIS,
    products: tuple[SimProduct, ...] | None = None,
) -> tuple[SimTicket, ...]:
    """One business day's tickets, about ``lines`` lines, from 19:00 to ~01:30 local time.
    Deterministic for (seed, day). Includes a refund ticket, a cancelled ticket, voided
    lines, comps and a loss."""
    rng = random.Random(f"{seed}:{day.isoformat()}")
    menu = products or catalogue(seed)
    weights = [_WEIGHTS[p.category] for p in menu]
    start = datetime.combine(day, time(19, 0), tzinfo=zone)
    tickets: list[SimTicket] = []
    made = 0
    number = 0
    while made < lines:
        number += 1
        opened = start + timedelta(minutes=rng.randint(0, 390))  # until 01:30
        count = min(lines - made, rng.randint(2, 7))
        chosen = rng.choices(menu, weights=weights, k=count)
        sim_lines = []
        for n, product in enumerate(chosen, start=1):
            quantity = Decimal(rng.choice((1, 1, 1, 2, 2, 3)))
            kind = SaleKind.SALE
            roll = rng.random()
            if roll < 0.03:
                kind = SaleKind.VOID
            elif roll < 0.06:
                kind = SaleKind.COMP
            elif roll < 0.07:
                kind = SaleKind.LOSS
            amount = (product.price * quantity).quantize(CENT)
            if kind is not SaleKind.SALE:
                amount = Decimal("0.00")
            sim_lines.append(SimLine(n, product, quantity, amount, kind))
        made += count
        ticket_no = f"{day:%y%m%d}-{number:04d}"
        tickets.append(
            SimTicket(ticket_no, opened, tuple(sim_lines), cancelled=rng.random() < 0.02)
        )
    _add_refund(tickets, rng, day)
    return tuple(sorted(tickets, key=lambda t: (t.opened_at, t.number)))


def _add_refund(tickets: list[SimTicket], rng: random.Random, day: date) -> None:
    paid = [
        t for t in tickets if not t.cancelled and any(ln.kind is SaleKind.SALE for ln in t.lines)
    ]
    if not paid:
        return
    original = rng.choice(paid)
    line = next(ln for ln in original.lines if ln.kind is SaleKind.SALE)
    refund_line = SimLine(1, line.product, -Decimal(1), -line.product.price, SaleKind.REFUND)
    tickets.append(
        SimTicket(
            f"{day:%y%m%d}-R001",
            original.opened_at + timedelta(minutes=20),
            (refund_line,),
            refund_of=original.number,
        )
    )


def library_rows() -> list[dict[str, object]]:
    """The demo restaurant's wine library (a few hundred drinks, see data/library.jsonl)."""
    text = resources.files("tastevin.simulators").joinpath("data/library.jsonl").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]
