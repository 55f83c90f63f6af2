from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from tastevin.cli import app
from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.models import PosProduct, RawImport, SaleLine
from tastevin.restaurants.service import create_restaurant
from tests import factories as f

runner = CliRunner()

GOOD_CSV = (
    "type,key,product_id,label,price,quantity,amount,tax,sold_at,kind\n"
    "product,,W1,CH MARGAUX 15,890.00,,,,,\n"
    "sale,T1-1,W1,CH MARGAUX 15,,1,890.00,148.33,2026-11-21T21:10:00,sale\n"
    "sale,T1-2,G7,VRE CHABLIS,,2,22.00,,2026-11-22T01:30:00+01:00,\n"
)


@pytest.fixture
def restaurant_id(settings: Settings) -> int:
    with transaction() as session:
        return create_restaurant(session, "Le Tastevin", restaurant_id=12230).id


def _count(model: type) -> int:
    with transaction() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _run(path: Path, restaurant: int) -> tuple[int, str]:
    result = runner.invoke(app, ["import", str(path), "--restaurant", str(restaurant)])
    return result.exit_code, result.output


def test_csv_import_then_resend_adds_nothing(restaurant_id: int, tmp_path: Path) -> None:
    path = tmp_path / "night.csv"
    path.write_text(GOOD_CSV, encoding="utf-8")

    code, output = _run(path, restaurant_id)
    assert code == 0, output
    assert "2 added" in output
    code, output = _run(path, restaurant_id)
    assert code == 0, output

    assert _count(SaleLine) == 2
    assert _count(PosProduct) == 2
    assert _count(RawImport) == 1


def test_jsonl_import(restaurant_id: int, tmp_path: Path) -> None:
    path = tmp_path / "night.jsonl"
    path.write_bytes(
        f.jsonl(
            {"type": "product", "product_id": "B2", "label": "SANCERRE BL VACHERON", "price": 48},
            {
                "type": "sale",
                "product_id": "B2",
                "label": "SANCERRE BL VACHERON",
                "quantity": 1,
                "amount": 48.0,
                "sold_at": "2026-11-21T20:00:00+01:00",
            },
        )
    )
    code, output = _run(path, restaurant_id)
    assert code == 0, output
    assert _count(SaleLine) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            GOOD_CSV.encode("utf-8")
            + "sale,T9,W9,CÔTES,,1,1.00,,2026-11-21T20:00:00,\n".encode("cp1252"),
            "line 5: the file is not UTF-8",
        ),
        (b"type,product_id,quantity\nsale,W1,1\n", "missing column(s) label"),
        (
            GOOD_CSV.replace(",2,22.00,", ",deux,22.00,").encode(),
            "line 4: quantity must be a number",
        ),
        (GOOD_CSV.replace("2026-11-22T01:30:00+01:00", "22/11/2026").encode(), "line 4: sold_at"),
    ],
    ids=["wrong-encoding", "missing-column", "non-numeric-quantity", "bad-date"],
)
def test_bad_input_names_the_line_and_applies_nothing(
    restaurant_id: int, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)

    code, output = _run(path, restaurant_id)

    assert code == 1
    assert message in " ".join(output.split())
    assert _count(SaleLine) == 0
    assert _count(PosProduct) == 0
    with transaction() as session:
        kept = session.scalars(select(RawImport)).one()
        assert (kept.status, kept.body) == ("failed", content)


def test_unknown_restaurant_is_refused(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "night.csv"
    path.write_text(GOOD_CSV, encoding="utf-8")
    code, output = _run(path, 99999)
    assert code == 1
    assert "restaurant 99999 not found" in output
    assert _count(RawImport) == 0


def test_replay_applies_a_stored_import_again_idempotently(
    restaurant_id: int, tmp_path: Path, session: Session
) -> None:
    path = tmp_path / "night.csv"
    path.write_text(GOOD_CSV, encoding="utf-8")
    _run(path, restaurant_id)
    import_id = session.scalars(select(RawImport.id)).one()
    session.rollback()  # SQLite: release the lock before the command writes

    result = runner.invoke(app, ["imports", "replay", str(import_id)])

    assert result.exit_code == 0, result.output
    assert "0 lines added" in result.output
    assert _count(SaleLine) == 2
