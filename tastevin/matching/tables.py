"""Loads the data tables (abbreviations, word classes) shipped with the package."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Tables:
    phrases: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    tokens: dict[str, tuple[str, ...]]
    # abbreviations with other common meanings ("CDP": Côtes de Provence or Châteauneuf)
    alternatives: dict[str, tuple[tuple[str, ...], ...]]
    stopwords: frozenset[str]
    generic: frozenset[str]
    noise: frozenset[str]
    colour_words: dict[str, str]
    end_colours: dict[str, str]
    colour_compatible: dict[str, frozenset[str]]
    serving: dict[str, str]
    serving_volumes: dict[str, Decimal]
    volume_words: frozenset[str]
    pot_volumes: dict[str, Decimal]
    classifications: tuple[tuple[str, tuple[str, ...]], ...]
    age_words: frozenset[str]
    spirit_grades: frozenset[str]  # a cognac's or calvados's grade: VS, VSOP, XO are three
    vintage_words: frozenset[str]
    bare_volumes: frozenset[int]
    category_words: dict[str, frozenset[str]]
    style_words: frozenset[str]
    beer_styles: frozenset[str]  # "blonde", "ipa": a beer's style, which names no beer alone
    mixed_drinks: tuple[tuple[str, ...], ...]
    colour_spellings: dict[str, frozenset[str]]
    appellation_tails: frozenset[str]  # "hermitage": an appellation other compounds end with
    variant_words: frozenset[str]  # "0.0", "zéro", "sans alcool": a variant of the plain drink
    # words that describe a wine without naming it ("viognier", "septentrional", "récoltant")
    grapes: dict[str, str | None] = field(default_factory=dict)  # the colour it makes, if one
    descriptors: frozenset[str] = frozenset()


def _load(name: str) -> dict[str, Any]:
    text = resources.files("tastevin.matching").joinpath("data").joinpath(name).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def tables() -> Tables:
    abbreviations = _load("abbreviations.json")
    lexicon = _load("lexicon.json")
    phrases = sorted(
        (
            (tuple(key.split()), tuple(value.split()))
            for key, value in abbreviations["phrases"].items()
        ),
        key=lambda pair: -len(pair[0]),
    )
    colour_words = {word: colour for colour, words in lexicon["colours"].items() for word in words}
    return Tables(
        phrases=tuple(phrases),
        tokens={key: tuple(value.split()) for key, value in abbreviations["tokens"].items()},
        alternatives={
            key: tuple(tuple(value.split()) for value in values)
            for key, values in abbreviations["alternatives"].items()
        },
        stopwords=frozenset(lexicon["stopwords"]),
        generic=frozenset(lexicon["generic"]),
        noise=frozenset(lexicon["noise"]),
        colour_words=colour_words,
        end_colours=dict(lexicon["end_colours"]),
        colour_compatible={k: frozenset(v) for k, v in lexicon["colour_compatible"].items()},
        serving=dict(lexicon["serving"]),
        serving_volumes={k: Decimal(str(v)) for k, v in lexicon["serving_volumes"].items()},
        volume_words=frozenset(lexicon["volume_words_before_number"]),
        pot_volumes={k: Decimal(str(v)) for k, v in lexicon["pot_volumes"].items()},
        classifications=tuple(
            (name, tuple(words)) for name, words in lexicon["classifications"].items()
        ),
        age_words=frozenset(lexicon["age_words"]),
        spirit_grades=frozenset(lexicon["spirit_grades"]),
        vintage_words=frozenset(lexicon["vintage_words_before_number"]),
        bare_volumes=frozenset(int(size) for size in lexicon["bare_volumes"]),
        category_words={k: frozenset(v) for k, v in lexicon["category_words"].items()},
        style_words=frozenset(lexicon["style_words"]),
        beer_styles=frozenset(lexicon["beer_styles"]),
        mixed_drinks=tuple(tuple(phrase.split()) for phrase in lexicon["mixed_drinks"]),
        variant_words=frozenset(lexicon["variant_words"]),
        appellation_tails=frozenset(lexicon["appellation_tails"]),
        grapes={
            grape: None if colour == "either" else colour
            for colour, grapes in lexicon["grapes"].items()
            for grape in grapes
        },
        descriptors=frozenset(lexicon["descriptors"]),
        colour_spellings={
            colour: frozenset(words) | frozenset(lexicon["colour_names_abroad"].get(colour, ()))
            for colour, words in lexicon["colours"].items()
        },
    )
