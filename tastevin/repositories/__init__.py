"""Tenant repositories: one per aggregate, each built for one restaurant, whose base
statement already carries the restaurant (as polar's ``RepositoryBase`` /
``get_readable_statement``), with pagination. Every read of tenant data goes through one:
no module outside this package and ``models/`` writes a ``restaurant_id`` filter or
imports ``owned_by`` (``tests/core/test_layers.py`` checks it).

``library`` (drinks, price history), ``pos`` (connections, POS products, confirmed labels),
``sales`` (the ledger and the link periods over it), ``stock`` (counts, movements,
deliveries, count sessions, the derived level), ``tenant`` (the rest)."""

from tastevin.repositories.base import Page, PageOf, TenantRepository
from tastevin.repositories.library import BeverageRepository, PriceChangeRepository
from tastevin.repositories.pos import (
    MatchConfirmationRepository,
    PosConnectionRepository,
    PosProductRepository,
)
from tastevin.repositories.sales import LinkRepository, SaleLineRepository
from tastevin.repositories.stock import (
    CountLineRepository,
    CountSessionRepository,
    DeliveryRepository,
    StockCountRepository,
    StockMovementRepository,
)
from tastevin.repositories.tenant import (
    AuditEventRepository,
    MembershipRepository,
    RawImportRepository,
    SetAsideItemRepository,
)

__all__ = [
    "AuditEventRepository",
    "BeverageRepository",
    "CountLineRepository",
    "CountSessionRepository",
    "DeliveryRepository",
    "LinkRepository",
    "MatchConfirmationRepository",
    "MembershipRepository",
    "Page",
    "PageOf",
    "PosConnectionRepository",
    "PosProductRepository",
    "PriceChangeRepository",
    "RawImportRepository",
    "SaleLineRepository",
    "SetAsideItemRepository",
    "StockCountRepository",
    "StockMovementRepository",
    "TenantRepository",
]
