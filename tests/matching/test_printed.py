"""What a till prints around the item is dropped before the label's words are read."""

from __future__ import annotations

import pytest

from tastevin.matching.printed import columns_dropped, prices_dropped


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("sancerre 2024-10-31 blanc", "sancerre blanc"),
        ("t03 14:06 chablis", "t03 chablis"),
        ("ricard tva 20% dose", "ricard dose"),
        ("beaurenard ......... 106", "beaurenard"),
        ("kerne brut bol =450", "kerne brut bol"),
        ("busardieres 17        5   435.00", "busardieres 17"),
        ("leffe 2 x 7,50 15,00", "leffe"),
        ("perrier ct12 33cl", "perrier 33cl"),
        ("verre x6 chinon", "verre chinon"),
        ("chasselas fr. 8.50 art.-nr. 14797", "chasselas"),
        ("coca 5449000000996 c/ gelo", "coca"),
    ],
)
def test_columns_dropped_keep_the_item(text: str, kept: str) -> None:
    left, count = columns_dropped(text)
    assert left.split() == kept.split()
    assert count == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [("caisse de 6 chinon", 6), ("case of 12 sancerre", 12), ("carton de 48 perrier", 1)],
)
def test_a_case_sold_whole_says_its_bottles(text: str, count: int) -> None:
    left, found = columns_dropped(text)
    assert found == count
    assert left.split()[-1] in ("chinon", "sancerre", "perrier")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("chinon 12,50", "chinon"),
        ("chinon 64,25 € ht", "chinon"),
        ("margaux @ 9.5", "margaux"),
        ("cotes 8€50", "cotes"),
        ("brouilly 45,5€", "brouilly"),
        ("pastis 3 euros", "pastis"),
        ("celestins 0,33", "celestins 0,33"),  # a volume in litres, no price
        ("margaux 2,5l", "margaux 2,5l"),  # a volume, no price
        ("cahors '15 136,80€", "cahors '15"),
    ],
)
def test_prices_dropped_not_volumes_or_vintages(text: str, kept: str) -> None:
    assert prices_dropped(text).split() == kept.split()
