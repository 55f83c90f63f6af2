"""Bounded types for everything that comes in through the API and the forms.

Each bound keeps a value inside what the database and the arithmetic can hold (ids are
64-bit, money is stored in integer cents, quantities in ten-thousandths), so an absurd
value is refused at the edge with a message, never turned into a 500 deep inside."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import Field

MAX_ID = 2**63 - 1
MAX_PAGE = 1_000_000
FIRST_DAY = date(2000, 1, 1)
LAST_DAY = date(2099, 12, 31)

RowId = Annotated[int, Field(ge=1, le=MAX_ID)]
"""A row's id: positive and within a 64-bit integer."""
Quantity = Annotated[
    Decimal, Field(ge=0, le=Decimal(1_000_000), decimal_places=4, allow_inf_nan=False)
]
"""Bottles counted, at most four decimals (the ledger's precision)."""
UnitsPerSale = Annotated[
    Decimal, Field(gt=0, le=Decimal(1000), decimal_places=4, allow_inf_nan=False)
]
Money = Annotated[
    Decimal, Field(ge=0, le=Decimal(10_000_000), decimal_places=2, allow_inf_nan=False)
]
"""Euros and cents."""
FormatCl = Annotated[
    Decimal, Field(gt=0, le=Decimal(10_000), decimal_places=4, allow_inf_nan=False)
]
Vintage = Annotated[int, Field(ge=1800, le=2200)]
Note = Annotated[str, Field(max_length=1000)]
