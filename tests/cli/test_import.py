from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from tastevin.cli import app
from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.models import PosProduct, RawImport, SaleLine, SetAsideItem
from tastevin.restaurants.service import create_restaurant
from tastevin.sales.set_aside import describe, resolve
from tastevin.web.messages import translate_stored
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
            GOOD_CSV.replace(",1,890.00,", ",un,890.00,")
            .replace(",2,22.00,", ",deux,22.00,")
            .replace(",890.00,,,,,", ",8,90,,,,,")
            .encode(),
            "not one row of the file could be read; the first: line 2: more values than columns",
        ),
    ],
    ids=["wrong-encoding", "missing-column", "no-readable-row"],
)
def test_an_unreadable_file_names_the_line_and_applies_nothing(
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


FIVE = (
    "type,key,product_id,label,quantity,amount,sold_at\n"
    "sale,T1,W1,CH MARGAUX 15,1,890.00,2026-11-21T21:10:00\n"
    "sale,T2,G7,VRE CHABLIS,2,22.00,2026-11-21T21:15:00\n"
    "sale,T3,G7,VRE CHABLIS,deux,22.00,2026-11-21T21:20:00\n"
    "sale,T4,K1,KIR,1,6.50,2026-11-21T21:30:00\n"
    "sale,,K1,KIR,1,6.50,2026-11-21T21:40:00\n"
)


def _items() -> list[tuple[int | None, str, str | None]]:
    with transaction() as session:
        rows = session.scalars(select(SetAsideItem).order_by(SetAsideItem.id))
        return [(i.line, i.ref, i.resolution) for i in rows]


def test_one_bad_row_of_five_is_set_aside_the_four_others_apply(
    restaurant_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "night.csv"
    path.write_text(FIVE, encoding="utf-8")

    code, output = _run(path, restaurant_id)

    assert code == 3, output  # applied, but a row waits: not the 0 of a clean import
    said = " ".join(output.split())
    assert "Import 1: 4 sale lines read, 4 added" in said
    assert "1 row set aside, not counted: line 4: quantity must be a number, not 'deux'" in said
    assert _count(SaleLine) == 4
    assert _items() == [(4, "T3", None)]
    with transaction() as session:
        raw = session.scalars(select(RawImport)).one()
        assert raw.status == "applied"
        (item,) = session.scalars(select(SetAsideItem))
        # The page says it in the reader's language, line and field named.
        shown = describe(item).shown
        assert translate_stored(shown, "fr") == (
            "ligne 4\xa0: «\xa0quantité\xa0» devrait être un nombre, pas 'deux'"
        )
        assert translate_stored(shown, "en") == "line 4: quantity must be a number, not 'deux'"
        assert item.business_day is not None  # its sold_at still places it on its night

    # The same file again adds nothing, and sets nothing aside twice.
    code, output = _run(path, restaurant_id)
    assert code == 3, output
    assert "0 added" in output
    assert (_count(SaleLine), _count(RawImport), _items()) == (4, 1, [(4, "T3", None)])


def test_a_replay_that_leaves_a_row_set_aside_exits_3_like_the_import(
    restaurant_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "night.csv"
    path.write_text(FIVE, encoding="utf-8")
    assert _run(path, restaurant_id)[0] == 3
    with transaction() as session:
        import_id = session.scalars(select(RawImport.id)).one()

    result = runner.invoke(app, ["imports", "replay", str(import_id)])

    assert result.exit_code == 3, result.output
    said = " ".join(result.output.split())
    assert "0 lines added" in said
    assert "1 row set aside, not counted: line 4: quantity must be a number, not 'deux'" in said
    replayed = runner.invoke(app, ["imports", "replay", str(import_id), "--json"])
    assert replayed.exit_code == 3
    assert '"set_aside": ["line 4: quantity must be a number, not \'deux\'"]' in replayed.output
    assert _count(SaleLine) == 4  # nothing counted twice


def test_the_corrected_row_imported_again_settles_what_was_set_aside_counted_once(
    restaurant_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "night.csv"
    path.write_text(FIVE, encoding="utf-8")
    assert _run(path, restaurant_id)[0] == 3
    fixed = tmp_path / "night-fixed.csv"
    fixed.write_text(FIVE.replace(",deux,", ",2,"), encoding="utf-8")

    code, output = _run(fixed, restaurant_id)

    assert code == 0, output
    assert "5 sale lines read, 1 added" in " ".join(output.split())
    assert _count(SaleLine) == 5
    assert _items() == [(4, "T3", "replayed")]
    # Either file again: nothing more.
    assert _run(fixed, restaurant_id)[0] == 0
    assert _run(path, restaurant_id)[0] == 0  # its row is settled: no longer waiting
    assert (_count(SaleLine), len(_items())) == (5, 1)


def test_a_row_without_key_is_read_again_after_a_parser_fix_and_counted_once(
    restaurant_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tastevin.connectors.generic import parser

    path = tmp_path / "night.csv"
    path.write_text(FIVE.replace("sale,,K1,KIR,1,", "sale,,K1,KIR,1/1,"), encoding="utf-8")
    assert _run(path, restaurant_id)[0] == 3
    assert _count(SaleLine) == 3  # T3 and the keyless line 6 set aside
    assert [(line, ref) for line, ref, _ in _items()] == [(4, "T3"), (6, "")]
    # The parser learns to read "1/1"; the owner has the rows read again ("Relire").
    original = parser._quantity
    monkeypatch.setattr(
        parser, "_quantity", lambda value, number: original(str(value).split("/")[0], number)
    )
    with transaction() as session:
        (t3, line6) = session.scalars(select(SetAsideItem).order_by(SetAsideItem.id))
        assert resolve(session, restaurant_id, line6.id, "replay").resolution == "replayed"
        assert resolve(session, restaurant_id, t3.id, "replay").resolution is None
    assert _count(SaleLine) == 4
    assert _run(path, restaurant_id)[0] == 3  # T3 still waits; line 6 is not counted twice
    assert _count(SaleLine) == 4


def test_a_json_line_that_is_no_json_is_set_aside_alone(restaurant_id: int, tmp_path: Path) -> None:
    sale = {
        "type": "sale",
        "key": "J1",
        "product_id": "B2",
        "label": "SANCERRE",
        "quantity": 1,
        "amount": 48.0,
        "sold_at": "2026-11-21T20:00:00+01:00",
    }
    path = tmp_path / "night.jsonl"
    path.write_bytes(f.jsonl(sale) + b'{"type": "sale", "key": \n' + b"[1, 2]\n")
    code, output = _run(path, restaurant_id)
    assert code == 3, output
    said = " ".join(output.split())
    assert "line 2: this line is not readable JSON" in said
    assert "line 3: each line must be a JSON object" in said
    assert _count(SaleLine) == 1
