"""The schema is built by Alembic; the models and the migrations must never drift apart."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tastevin.db import make_engine
from tastevin.migrate import upgrade
from tastevin.models import Base, Link, PosProduct
from tests import factories


def test_migrations_match_the_models(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_dropping_the_products_foreign_keys_keeps_every_link_on_sqlite(tmp_path: Path) -> None:
    """SQLite rebuilds ``pos_product`` to drop its foreign keys: with them on, dropping the
    old table would have cascaded to the links of every product (``env.py`` turns them off
    for the migration and checks them after)."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "s4_pg16_ingest_cost")
    engine = make_engine(url)
    with Session(engine) as session, session.begin():
        rest = factories.restaurant(session)
        conn = factories.connection(session, rest)
        drink = factories.beverage(session, rest)
        product = PosProduct(
            restaurant_id=rest.id, connection_id=conn.id, vendor_product_id="42", label="CHABLIS"
        )
        session.add(product)
        session.flush()
        session.add(
            Link(
                restaurant_id=rest.id, pos_product_id=product.id, beverage_id=drink.id, how="manual"
            )
        )
    engine.dispose()
    upgrade(url)
    engine = make_engine(url)
    with engine.connect() as conn_:
        assert conn_.exec_driver_sql("SELECT count(*) FROM link").scalar() == 1
        assert conn_.exec_driver_sql("SELECT count(*) FROM pos_product").scalar() == 1
        assert conn_.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # on again
        keys = conn_.exec_driver_sql("PRAGMA foreign_key_list(pos_product)").fetchall()
        assert keys == []
        # the products' dependants keep theirs: a link still cascades from its product
        conn_.exec_driver_sql("DELETE FROM pos_product")
        assert conn_.exec_driver_sql("SELECT count(*) FROM link").scalar() == 0
    engine.dispose()
