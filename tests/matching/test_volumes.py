"""The measure a label writes in numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tastevin.matching.tables import tables
from tastevin.matching.volumes import read_volume, served_sizes, units_spaced


@pytest.mark.parametrize(
    ("text", "volume", "half", "quarter"),
    [
        ("chinon 75cl", Decimal(75), False, False),
        ("sauternes 0,375l", Decimal("37.500"), False, False),
        ("whisky 6oz", Decimal("17.74"), False, False),
        ("ricard 1l dose 4cl", Decimal(4), False, False),
        ("chablis cl. 75", Decimal(75), False, False),
        ("sancerre jolivet 1,5", Decimal(150), False, False),
        ("kronenbourg fut 3,000", Decimal(300), False, False),
        ("bordeaux (0,375)", Decimal("37.5"), False, False),
        ("vin rouge 1/4 l", Decimal(25), False, False),
        ("chinon 1/2", None, True, False),
        ("cotes du rhone 1/4", None, False, True),
        ("chinon 2019", None, False, False),
    ],
)
def test_read_volume(text: str, volume: Decimal | None, half: bool, quarter: bool) -> None:
    left, found, found_half, found_quarter = read_volume(text)
    assert found == volume
    assert (found_half, found_quarter) == (half, quarter)
    assert left.split()[0] == text.split()[0]


def test_units_spaced() -> None:
    assert units_spaced("bt75cl perrier") == "bt 75cl perrier"
    assert units_spaced("coca-cola-1-5l") == "coca-cola-1.5l"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ricard dose 6", "ricard dose 6cl"),
        ("chinon verre 12,5", "chinon verre 12,5cl"),
        ("pommery magnum 150", "pommery magnum 150cl"),
        ("chinon btl 19", "chinon btl 19"),  # a vintage, read elsewhere
        ("ricard dose 40", "ricard dose 40"),  # no dose of 40 cl
        ("chinon rouge 12,5", "chinon rouge 12,5"),  # no serving word before it
    ],
)
def test_served_sizes(text: str, read: str) -> None:
    assert served_sizes(text, tables()) == read
