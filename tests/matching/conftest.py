"""A small hand-written library (fictional estates) for the matcher tests.

The matcher reads no database: its tests are marked ``no_database`` and run once, in the
SQLite pass of CI (``make ci-postgres`` deselects them)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tastevin.matching import LibraryEntry

HERE = Path(__file__).resolve().parent
DATABASE_FIXTURES = {"database_url", "settings", "engine", "session", "pg_url", "redis_url"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE not in Path(str(item.path)).resolve().parents:
            continue
        asked = DATABASE_FIXTURES.intersection(getattr(item, "fixturenames", ()))
        if asked:  # a matcher test that needs a database runs in both passes
            continue
        item.add_marker(pytest.mark.no_database)


def entry(
    id: str,
    name: str,
    producer: str | None,
    appellation: str | None,
    colour: str | None,
    vintage: int | None,
    format_cl: str = "75",
    category: str = "vin",
) -> LibraryEntry:
    return LibraryEntry(
        id=id,
        name=name,
        producer=producer,
        appellation=appellation,
        region=None,
        country="France",
        colour=colour,
        category=category,
        vintage=vintage,
        format_cl=Decimal(format_cl),
    )


@pytest.fixture
def library() -> list[LibraryEntry]:
    return [
        entry("bc16", "Château Belle-Croix", "Château Belle-Croix", "Saint-Julien", "rouge", 2016),
        entry("bc18", "Château Belle-Croix", "Château Belle-Croix", "Saint-Julien", "rouge", 2018),
        entry(
            "bc16m",
            "Château Belle-Croix",
            "Château Belle-Croix",
            "Saint-Julien",
            "rouge",
            2016,
            "150",
        ),
        entry(
            "lcb19",
            "Les Tourelles de Belle-Croix",
            "Château Belle-Croix",
            "Saint-Julien",
            "rouge",
            2019,
        ),
        entry("mb21", "Sancerre Blanc", "Domaine Marchand", "Sancerre", "blanc", 2021),
        entry("mb22", "Sancerre Blanc", "Domaine Marchand", "Sancerre", "blanc", 2022),
        entry("mb22h", "Sancerre Blanc", "Domaine Marchand", "Sancerre", "blanc", 2022, "37.5"),
        entry("mr20", "Sancerre Rouge", "Domaine Marchand", "Sancerre", "rouge", 2020),
        entry(
            "rg20", "Crozes-Hermitage Les Galets", "Domaine Roux", "Crozes-Hermitage", "rouge", 2020
        ),
        entry(
            "dl",
            "Delorme Brut Réserve",
            "Delorme",
            "Champagne",
            "effervescent",
            None,
            category="champagne",
        ),
        entry("dlr", "Delorme Rosé", "Delorme", "Champagne", "rosé", None, category="champagne"),
        entry("fx", "Fargeot XO", "Fargeot", "Cognac", None, None, "70", "spiritueux"),
        entry("ev", "Evian", "Evian", "Eau minérale naturelle", None, None, "100", "soft"),
    ]
