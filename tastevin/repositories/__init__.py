"""Tenant repositories: one per aggregate, each built for one restaurant, whose base
statement already carries the restaurant (as polar's ``RepositoryBase`` /
``get_readable_statement``). Services ask a repository for their statements; no module
outside this package, ``models/`` and ``tenancy.py`` writes a ``restaurant_id`` filter
(``tests/core/test_layers.py`` checks it)."""

from tastevin.repositories.base import Page, PageOf, TenantRepository, owned_by
from tastevin.repositories.tenant import (
    BeverageRepository,
    LinkRepository,
    MatchConfirmationRepository,
    MembershipRepository,
    PosConnectionRepository,
    PosProductRepository,
    RawImportRepository,
    SaleLineRepository,
    StockCountRepository,
    StockMovementRepository,
)

__all__ = [
    "BeverageRepository",
    "LinkRepository",
    "MatchConfirmationRepository",
    "MembershipRepository",
    "Page",
    "PageOf",
    "PosConnectionRepository",
    "PosProductRepository",
    "RawImportRepository",
    "SaleLineRepository",
    "StockCountRepository",
    "StockMovementRepository",
    "TenantRepository",
    "owned_by",
]
