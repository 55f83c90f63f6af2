"""Repositories of the aggregates with no queries of their own beyond the base statement."""

from __future__ import annotations

from tastevin.models import AuditEvent, Membership, RawImport, SetAsideItem
from tastevin.repositories.base import TenantRepository


class AuditEventRepository(TenantRepository[AuditEvent]):
    model = AuditEvent


class MembershipRepository(TenantRepository[Membership]):
    model = Membership

    def role_of(self, user_id: int) -> str | None:
        """The user's role in this restaurant, if any."""
        role: str | None = self.session.scalar(
            self.readable_columns(Membership.role).where(Membership.user_id == user_id)
        )
        return role


class RawImportRepository(TenantRepository[RawImport]):
    model = RawImport


class SetAsideItemRepository(TenantRepository[SetAsideItem]):
    model = SetAsideItem
