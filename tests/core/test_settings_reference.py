"""docs/settings.md is generated from the settings classes and must be current."""

from __future__ import annotations

from pathlib import Path

from tastevin.config import Settings
from tastevin.settings_reference import reference

DOC = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def test_the_committed_reference_is_what_the_code_generates() -> None:
    assert DOC.read_text(encoding="utf-8") == reference(), (
        "docs/settings.md is out of date: run `make settings-doc` and commit it"
    )


def test_every_core_setting_is_listed_with_its_variable() -> None:
    text = reference()
    for name in Settings.model_fields:
        assert f"`TASTEVIN_{name.upper()}`" in text
