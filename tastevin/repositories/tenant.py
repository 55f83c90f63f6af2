"""One repository per tenant aggregate. Each is a ``TenantRepository`` bound to its model;
queries particular to an area stay in that area's service, built on these statements."""

from __future__ import annotations

from tastevin.models import (
    Beverage,
    Link,
    MatchConfirmation,
    Membership,
    PosConnection,
    PosProduct,
    RawImport,
    SaleLine,
    StockCount,
    StockMovement,
)
from tastevin.repositories.base import TenantRepository


class BeverageRepository(TenantRepository[Beverage]):
    model = Beverage


class LinkRepository(TenantRepository[Link]):
    model = Link


class MatchConfirmationRepository(TenantRepository[MatchConfirmation]):
    model = MatchConfirmation


class MembershipRepository(TenantRepository[Membership]):
    model = Membership

    def role_of(self, user_id: int) -> str | None:
        """The user's role in this restaurant, if any."""
        role: str | None = self.session.scalar(
            self.readable_columns(Membership.role).where(Membership.user_id == user_id)
        )
        return role


class PosConnectionRepository(TenantRepository[PosConnection]):
    model = PosConnection


class PosProductRepository(TenantRepository[PosProduct]):
    model = PosProduct


class RawImportRepository(TenantRepository[RawImport]):
    model = RawImport


class SaleLineRepository(TenantRepository[SaleLine]):
    model = SaleLine


class StockCountRepository(TenantRepository[StockCount]):
    model = StockCount


class StockMovementRepository(TenantRepository[StockMovement]):
    model = StockMovement
