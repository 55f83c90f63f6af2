"""The server-drawn chart: round ticks covering the peak, bars in proportion, a tooltip."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from tastevin.web.chart import bar_chart, nice_step
from tastevin.web.i18n import Formatter


def test_round_steps() -> None:
    assert nice_step(Decimal("381")) == Decimal("100")
    assert nice_step(Decimal("1700")) == Decimal("500")
    assert nice_step(Decimal("9")) == Decimal("2.5")
    assert nice_step(Decimal("0")) == Decimal("1")


def test_bars_ticks_and_tooltips_in_french() -> None:
    fmt = Formatter("fr")
    first = date(2026, 11, 16)
    points = [(first + timedelta(days=i), Decimal(v)) for i, v in enumerate(("100", "0", "381"))]
    chart = bar_chart(
        points,
        money=fmt.money,
        short_money=fmt.money_short,
        day_label=fmt.day_short,
        day_long=lambda d: fmt.day(d, "full"),
        colon=fmt.colon,
    )
    assert [t.text for t in chart.ticks] == [
        "0\xa0€",
        "100\xa0€",
        "200\xa0€",
        "300\xa0€",
        "400\xa0€",
    ]
    tallest = chart.bars[2]
    assert tallest.tooltip == "mercredi 18 novembre 2026\xa0: 381,00\xa0€"
    assert chart.bars[1].height == 0 and not chart.bars[1].show_value
    assert abs(chart.bars[0].height / tallest.height - 100 / 381) < 1e-9
    assert tallest.y >= chart.ticks[-1].y  # under the top tick: the axis covers the peak
    assert [x.text for x in chart.x_labels] == ["16 nov.", "17 nov.", "18 nov."]
