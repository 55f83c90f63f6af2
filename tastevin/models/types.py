"""Column types that behave the same on SQLite and PostgreSQL.

Money and quantities are stored as scaled integers (cents, ten-thousandths), so sums
computed by the database are exact on both engines and no float ever touches the ledger.
Times are stored in UTC and always come back timezone-aware.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale

    def process_bind_param(self, value: Any, dialect: Dialect | None) -> int | None:
        if value is None:
            return None
        scaled = (value if isinstance(value, Decimal) else Decimal(value)).scaleb(self.scale)
        integer = int(scaled)
        if integer != scaled:
            raise ValueError(f"{value} has more than {self.scale} decimals")
        return integer

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.scale)

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal


Money = ScaledDecimal(2)
Quantity = ScaledDecimal(4)
Product8 = ScaledDecimal(8)
"""A quantity (4 decimals) times units per sale (4 decimals)."""


class UTCDateTime(TypeDecorator[datetime]):
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError("naive datetimes are not stored: give a timezone")
        moment: datetime = value if value.tzinfo is UTC else value.astimezone(UTC)
        return moment.replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        return moment.replace(tzinfo=UTC)

    @property
    def python_type(self) -> type[datetime]:
        return datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
