"""Small builders for test data. Tests say what matters to them and nothing more."""

from __future__ import annotations

import itertools
import json
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from tastevin.connectors.base import CanonicalBatch, PosProductRecord, SaleKind, SaleRecord
from tastevin.models import Beverage, PosConnection, Restaurant
from tastevin.models.enums import ConnectionStatus, Vendor

_ids = itertools.count(1)


def restaurant(session: Session, restaurant_id: int | None = None, **kw: Any) -> Restaurant:
    row = Restaurant(
        id=restaurant_id or 10000 + next(_ids),
        name=kw.pop("name", "Le Bistrot"),
        timezone=kw.pop("timezone", "Europe/Paris"),
        **kw,
    )
    session.add(row)
    session.flush()
    return row


def beverage(session: Session, rest: Restaurant, **kw: Any) -> Beverage:
    values: dict[str, Any] = {
        "name": "Chablis Premier Cru Fourchaume",
        "producer": "Domaine William Fèvre",
        "appellation": "Chablis Premier Cru",
        "region": "Bourgogne",
        "country": "France",
        "colour": "blanc",
        "category": "vin",
        "vintage": 2019,
        "format_cl": Decimal(75),
        "selling_price": Decimal("58.00"),
    }
    values.update(kw)
    row = Beverage(restaurant_id=rest.id, **values)
    session.add(row)
    session.flush()
    return row


def connection(
    session: Session, rest: Restaurant, vendor: Vendor = Vendor.GENERIC
) -> PosConnection:
    row = PosConnection(
        restaurant_id=rest.id, vendor=str(vendor), status=str(ConnectionStatus.PENDING)
    )
    session.add(row)
    session.flush()
    return row


def sale(
    key: str,
    product_id: str,
    at: datetime,
    quantity: str = "1",
    amount: str = "10.00",
    kind: SaleKind = SaleKind.SALE,
    label: str | None = None,
) -> SaleRecord:
    return SaleRecord(
        key=key,
        vendor_product_id=product_id,
        label=label or f"PRODUCT {product_id}",
        quantity=Decimal(quantity),
        amount=Decimal(amount),
        sold_at=at,
        kind=kind,
    )


def product(product_id: str, label: str, price: str | None = None) -> PosProductRecord:
    return PosProductRecord(
        vendor_product_id=product_id,
        label=label,
        price=None if price is None else Decimal(price),
        from_catalogue=True,
    )


def batch(*records: SaleRecord | PosProductRecord) -> CanonicalBatch:
    return CanonicalBatch(
        products=tuple(r for r in records if isinstance(r, PosProductRecord)),
        sales=tuple(r for r in records if isinstance(r, SaleRecord)),
    )


def jsonl(*rows: dict[str, Any]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode()
