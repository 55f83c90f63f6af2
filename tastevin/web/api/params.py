"""Bounded path and query parameters of the API (see ``tastevin.bounds``)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Path, Query

from tastevin.bounds import FIRST_DAY, LAST_DAY, MAX_ID, MAX_PAGE

PathId = Annotated[int, Path(ge=1, le=MAX_ID, description="A row id (1 … 2⁶³−1)")]
VendorName = Annotated[str, Path(min_length=1, max_length=32, pattern="^[a-z][a-z_-]*$")]
PageQuery = Annotated[int, Query(ge=1, le=MAX_PAGE)]
DayQuery = Annotated[date | None, Query(ge=FIRST_DAY, le=LAST_DAY)]
SearchText = Annotated[str, Query(max_length=200)]
