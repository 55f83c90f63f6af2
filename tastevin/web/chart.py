"""A bar chart drawn on the server as SVG: axes with rounded ticks, a value on each bar
when they fit, and a tooltip per bar (``<title>`` for the mouse, a label shown on focus
for touch and keyboard). No chart library and no script: the page stays light and works
under a strict Content-Security-Policy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, Decimal

WIDTH = 560
HEIGHT = 300
LEFT = 70
"""Room for the y-axis labels (money)."""
RIGHT = 8
TOP = 18
BOTTOM = 34
"""Room for the x-axis labels (days)."""
MAX_X_LABELS = 10
MAX_VALUE_LABELS = 16
MAX_BAR_W = 48.0
"""A day or two of sales would otherwise be one slab across the whole chart."""
CHAR_W = 8.5
"""Approximate width of one character of the value labels (15 px font), in chart units."""


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    value_text: str
    tooltip: str
    label_x: float
    show_value: bool
    value_inside: bool
    """Written upwards inside the bar (white) when it fits, above it otherwise."""
    value_y: float


@dataclass(frozen=True, slots=True)
class Tick:
    y: float
    text: str


@dataclass(frozen=True, slots=True)
class XLabel:
    x: float
    text: str


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    left: int
    bottom_y: float
    right_x: float
    bars: list[Bar]
    ticks: list[Tick]
    x_labels: list[XLabel]


def nice_step(peak: Decimal, steps: int = 4) -> Decimal:
    """A round step (1, 2, 2.5 or 5 × 10ⁿ) so that ``steps`` steps cover ``peak``."""
    if peak <= 0:
        return Decimal(1)
    raw = peak / steps
    exponent = raw.adjusted()
    magnitude = Decimal(10) ** exponent
    for factor in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10)):
        if raw <= factor * magnitude:
            return factor * magnitude
    return Decimal(10) * magnitude


def bar_chart(
    points: Sequence[tuple[date, Decimal]],
    *,
    money: Callable[[Decimal], str],
    short_money: Callable[[Decimal], str],
    day_label: Callable[[date], str],
    day_long: Callable[[date], str],
    colon: Callable[[str], str],
) -> Chart:
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    bottom = float(TOP + plot_h)
    peak = max((v for _, v in points), default=Decimal(0))
    step = nice_step(peak)
    steps = max(1, int((peak / step).to_integral_value(rounding=ROUND_CEILING)))
    top_value = step * steps
    ticks = [
        Tick(bottom - float(step * i / top_value) * plot_h, short_money(step * i))
        for i in range(steps + 1)
    ]
    n = max(len(points), 1)
    slot = plot_w / n
    gap = min(slot * 0.2, 6.0)
    every = max(1, -(-len(points) // MAX_X_LABELS))
    bars, labels = [], []
    for index, (day, value) in enumerate(points):
        height = float(value / top_value) * plot_h if value > 0 else 0.0
        centre = LEFT + index * slot + slot / 2
        bar_w = min(max(slot - gap, 1.0), MAX_BAR_W)
        x = centre - bar_w / 2
        text = short_money(value)
        inside = height > len(text) * CHAR_W + 12
        bars.append(
            Bar(
                x,
                bottom - height,
                bar_w,
                height,
                text,
                f"{colon(day_long(day))} {money(value)}",
                centre,
                len(points) <= MAX_VALUE_LABELS and value > 0,
                inside,
                bottom - 6 if inside else bottom - height - 4,
            )
        )
        if index % every == 0:
            labels.append(XLabel(centre, day_label(day)))
    return Chart(WIDTH, HEIGHT, LEFT, bottom, float(WIDTH - RIGHT), bars, ticks, labels)


def chart_for(
    points: Sequence[tuple[date, Decimal]], filters: dict[str, Callable[..., str]]
) -> Chart:
    """The chart with the page's own formatters (the user's locale)."""
    return bar_chart(
        points,
        money=filters["money"],
        short_money=filters["money_short"],
        day_label=filters["day_short"],
        day_long=lambda d: filters["day"](d, "full"),
        colon=filters["colon"],
    )
