"""Server time of the two heaviest pages: "Boissons" with 5,000 drinks and "N boissons à
synchroniser" with 2,000 pending POS products (target: under 300 ms each).

Builds a restaurant in a fresh database (SQLite in a temporary folder by default): 5,000
drinks, 4,000 POS products of which 2,000 are linked (units 1 or a glass) and 2,000 pending,
60,000 sale lines over 30 business days, a stock count on every drink. Then renders each
page in-process (the ASGI app called directly, no network) after a warm-up and prints the
median and worst of N renders, plus the JSON twins.

    python benchmarks/render.py [--database-url URL] [--runs N]

Last line: ``drinks_ms=<median> sync_ms=<median> target_ms=300``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DRINKS = 5000
PENDING = 2000
LINKED = 2000
LINES = 60_000
DAYS = 30
START = datetime(2026, 10, 1, 19, 0, tzinfo=UTC)
PASSWORD = "cellar-render-measure"


def build(url: str) -> None:
    from cryptography.fernet import Fernet

    os.environ["TASTEVIN_DATABASE_URL"] = url
    os.environ.setdefault("TASTEVIN_SECRET_KEY", Fernet.generate_key().decode())
    from tastevin.config import get_settings

    get_settings.cache_clear()
    from tastevin.connectors.base import CanonicalBatch, SaleKind, SaleRecord
    from tastevin.connectors.registry import capabilities
    from tastevin.db import transaction
    from tastevin.migrate import upgrade
    from tastevin.models import Beverage, Link, PosConnection, PosProduct, StockCount
    from tastevin.models.enums import Role, Vendor
    from tastevin.restaurants.service import add_member, create_restaurant, create_user
    from tastevin.sales.ingestion import apply_batch

    upgrade(url)
    with transaction() as session:
        restaurant = create_restaurant(session, "Banc d'essai", restaurant_id=12230)
        add_member(
            session, create_user(session, "bench@tastevin.test", PASSWORD), restaurant, Role.OWNER
        )
        session.add_all(
            Beverage(
                restaurant_id=restaurant.id,
                name=f"Domaine {i % 700:03d} cuvée {i // 700}",
                producer=f"Producteur {i % 300}",
                appellation=("Chablis", "Margaux", "Sancerre", "Pauillac", "Bandol")[i % 5],
                colour=("blanc", "rouge", "blanc", "rouge", "rosé")[i % 5],
                vintage=2010 + i % 14,
                selling_price=Decimal(f"{20 + i % 200}.50"),
            )
            for i in range(DRINKS)
        )
        connection = PosConnection(restaurant_id=restaurant.id, vendor=str(Vendor.GENERIC))
        session.add(connection)
        session.flush()
        step = timedelta(minutes=DAYS * 24 * 60 // (LINES // 100))
        for first in range(0, LINES, 10_000):
            sales = tuple(
                SaleRecord(
                    key=f"k{i}",
                    vendor_product_id=f"P{i % (LINKED + PENDING)}",
                    label=f"VIN {i % (LINKED + PENDING)} {2010 + i % 14} 75CL",
                    quantity=Decimal(1),
                    amount=Decimal(f"{10 + i % 90}.00"),
                    sold_at=START + step * (i // 100),
                    kind=SaleKind.SALE,
                )
                for i in range(first, min(LINES, first + 10_000))
            )
            apply_batch(
                session, connection, CanonicalBatch((), sales), capabilities(Vendor.GENERIC)
            )
        products = session.query(PosProduct.id).order_by(PosProduct.id).all()
        drinks = session.query(Beverage.id).order_by(Beverage.id).all()
        session.add_all(
            Link(
                restaurant_id=restaurant.id,
                pos_product_id=products[i][0],
                beverage_id=drinks[i % DRINKS][0],
                units_per_sale=Decimal(1) if i % 3 else Decimal("0.1667"),
                how="yes",
            )
            for i in range(LINKED)
        )
        session.add_all(
            StockCount(
                restaurant_id=restaurant.id,
                beverage_id=d[0],
                quantity=Decimal(24),
                counted_at=START + timedelta(days=10),
            )
            for d in drinks
        )


def analyze(url: str) -> None:
    """What autovacuum does minutes after a bulk load; without statistics PostgreSQL plans
    the freshly filled tables as if they were empty."""
    if url.startswith("postgresql"):
        from sqlalchemy import text

        from tastevin.db import get_engine

        with get_engine().connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()


def measure(runs: int) -> tuple[float, float]:
    from fastapi.testclient import TestClient

    from tastevin.web.app import create_app

    client = TestClient(create_app())
    token = client.get("/api/csrf").json()["csrf_token"]
    signed = client.post(
        "/api/session",
        json={"email": "bench@tastevin.test", "password": PASSWORD},
        headers={"X-CSRF-Token": token},
    )
    assert signed.status_code == 200, signed.text
    pages = {
        "drinks page (5,000 drinks, 100 per page)": "/drinks",
        "drinks page, last page": "/drinks?page=50",
        "drinks search 'chablis'": "/drinks?q=chablis",
        "to-synchronise page (2,000 pending)": "/sync",
        "to-synchronise, page 20": "/sync?page=20",
        "GET /api/drinks": "/api/drinks",
        "GET /api/sync": "/api/sync",
        "revenue (30 days)": "/revenue?start=2026-10-01&end=2026-10-30",
    }
    first = client.get("/api/sync").json()["items"][0]["id"]
    began = time.perf_counter()
    assert client.get(f"/sync/{first}/match").status_code == 200
    cold_ms = (time.perf_counter() - began) * 1000
    print(f"{'match dialog, matcher built (cold)':45s} once   {cold_ms:7.1f} ms")
    pages["match dialog (matcher cached)"] = f"/sync/{first}/match"
    medians: dict[str, float] = {}
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code == 200, (url, response.text[:300])
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - began) * 1000)
        medians[url] = statistics.median(times)
        print(f"{name:45s} median {medians[url]:7.1f} ms   worst {max(times):7.1f} ms")
    pending = client.get("/api/sync").json()["count"]
    total = client.get("/api/drinks").json()["total"]
    print(f"(library: {total} drinks; to synchronise: {pending} POS products)")
    return medians["/drinks"], medians["/sync"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["TASTEVIN_DATA_DIR"] = folder
        url = args.database_url or f"sqlite:///{folder}/render.db"
        began = time.perf_counter()
        build(url)
        analyze(url)
        print(f"built the restaurant in {time.perf_counter() - began:.1f} s on {url.split(':')[0]}")
        drinks_ms, sync_ms = measure(args.runs)
    print(f"drinks_ms={drinks_ms:.1f} sync_ms={sync_ms:.1f} target_ms=300")


if __name__ == "__main__":
    main()
