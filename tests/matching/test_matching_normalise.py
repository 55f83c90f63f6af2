from decimal import Decimal

import pytest

from tastevin.matching import label_key, parse_label
from tastevin.matching.folding import fold


def test_fold_removes_accents_case_and_ligatures() -> None:
    assert fold("Château Œnothèque CÔTE") == "chateau oenotheque cote"


def test_abbreviations_punctuation_and_accents() -> None:
    parsed = parse_label("Chât. Belle-Croix St-Julien")
    assert parsed.tokens == ("chateau", "belle", "croix", "saint", "julien")


def test_classification_from_abbreviation() -> None:
    parsed = parse_label("BTL ST EMIL GC 2016")
    assert parsed.tokens == ("saint", "emilion", "grand", "cru")
    assert parsed.classification == "grand cru"
    assert parsed.serving == "bottle"
    assert parsed.vintage == 2016


def test_premier_cru_and_truncated_word_kept() -> None:
    parsed = parse_label("MEURSAULT 1ER CHARM.19")
    assert parsed.tokens == ("meursault", "premier", "cru", "charm")
    assert parsed.classification == "premier cru"
    assert parsed.vintage == 2019


@pytest.mark.parametrize(
    ("label", "vintage"),
    [
        ("CROZES ROUX 20", 2020),
        ("CROZES ROUX 2020", 2020),
        ("VIEUX PORT 98", 1998),
        ("CROZES ROUX", None),
    ],
)
def test_vintages(label: str, vintage: int | None) -> None:
    assert parse_label(label).vintage == vintage


def test_prices_are_not_vintages_or_words() -> None:
    parsed = parse_label("SANCERRE MARCHAND 2021 45,00")
    assert parsed.vintage == 2021
    assert parsed.tokens == ("sancerre", "marchand")
    assert parse_label("DELORME 2019 89€").vintage == 2019


def test_age_statement_is_not_a_vintage() -> None:
    parsed = parse_label("FARGEOT 12 ANS")
    assert parsed.vintage is None
    assert parsed.tokens == ("fargeot", "12", "ans")


@pytest.mark.parametrize(
    ("label", "serving", "volume"),
    [
        ("MAG BELLE CROIX", "magnum", "150"),
        ("1/2 BTL SANCERRE", "half", "37.5"),
        ("DEMI SANCERRE", "half", "37.5"),
        ("SANCERRE 37.5", "half", "37.5"),
        ("VRE SANCERRE", "glass", "12.5"),
        ("VERRE SANCERRE 15CL", "glass", "15"),
        ("PICHET 25 COTES DU RHONE", "carafe", "25"),
        ("FARGEOT XO 4CL", None, "4"),
        ("EVIAN 1L", None, "100"),
        ("SANCERRE 75CL", None, "75"),
    ],
)
def test_serving_and_volume(label: str, serving: str | None, volume: str) -> None:
    parsed = parse_label(label)
    assert parsed.serving == serving
    assert parsed.volume_cl == Decimal(volume)


def test_carafe_volume_is_not_a_vintage() -> None:
    assert parse_label("PICHET 50 ROSE").vintage is None


def test_demi_sec_is_a_style_not_a_half_bottle() -> None:
    parsed = parse_label("VOUVRAY DEMI SEC 2019")
    assert parsed.serving is None
    assert "demisec" in parsed.tokens


@pytest.mark.parametrize(
    ("label", "colour"),
    [
        ("SANCERRE RGE", "rouge"),
        ("SANCERRE BLC", "blanc"),
        ("SANCERRE BL", "blanc"),
        ("TAVEL RSE", "rose"),
        ("CROZES ROUX R", "rouge"),
        ("COTE DES ROSES", None),
        ("R DE RUINART", None),
    ],
)
def test_colours(label: str, colour: str | None) -> None:
    assert parse_label(label).colour == colour


def test_label_key_groups_near_identical_labels() -> None:
    assert label_key("Ch. Belle-Croix 2016") == label_key("CH BELLE CROIX 16")
    assert label_key("CH BELLE CROIX 16 75CL") == label_key("CH BELLE CROIX 16 120,00")


def test_label_key_keeps_vintage_and_format_apart() -> None:
    key = label_key("CH BELLE CROIX 2016")
    assert key != label_key("CH BELLE CROIX 2018")
    assert key != label_key("MAG CH BELLE CROIX 2016")
    assert key != label_key("VRE CH BELLE CROIX 2016")
