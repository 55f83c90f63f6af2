"""Repositories of the smaller aggregates: members, raw imports, audit events, what was set
aside."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Select, func, select
from sqlalchemy.orm import defer

from tastevin.models import AuditEvent, Membership, RawImport, SetAsideItem, User
from tastevin.repositories.base import TenantRepository


class AuditEventRepository(TenantRepository[AuditEvent]):
    model = AuditEvent

    def of_subject(
        self, subject_type: str, subject_id: int, actions: Iterable[str], limit: int
    ) -> list[AuditEvent]:
        """A subject's recent events among ``actions``, newest first."""
        return self.all(
            self.readable()
            .where(
                AuditEvent.subject_type == subject_type,
                AuditEvent.subject_id == subject_id,
                AuditEvent.action.in_(list(actions)),
            )
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            .limit(limit)
        )


class MembershipRepository(TenantRepository[Membership]):
    model = Membership

    def members(self) -> list[tuple[User, str]]:
        """(user, role) of each member, by e-mail."""
        statement = (
            select(User, Membership.role)
            .join(Membership, Membership.user_id == User.id)
            .where(self.owned())
            .order_by(User.email)
        )
        return [(user, role) for user, role in self.session.execute(statement)]

    def of_user(self, user_id: int) -> Membership | None:
        return self.first(self.readable().where(Membership.user_id == user_id))

    def role_of(self, user_id: int) -> str | None:
        """The user's role in this restaurant, if any."""
        role: str | None = self.session.scalar(
            self.readable_columns(Membership.role).where(Membership.user_id == user_id)
        )
        return role


class RawImportRepository(TenantRepository[RawImport]):
    model = RawImport

    def of_connection(self, connection_id: int, *statuses: str) -> Select[RawImport]:
        """The connection's imports (in one of ``statuses`` if any are given), newest first,
        without their bodies."""
        statement = self.readable().where(RawImport.connection_id == connection_id)
        if statuses:
            statement = statement.where(RawImport.status.in_(statuses))
        return statement.options(defer(RawImport.body)).order_by(
            RawImport.received_at.desc(), RawImport.id.desc()
        )

    def per_status(self, connection_id: int) -> dict[str, int]:
        """How many of the connection's imports are in each state (absent: none)."""
        statement = (
            self.readable_columns(RawImport.status, func.count())
            .where(RawImport.connection_id == connection_id)
            .group_by(RawImport.status)
        )
        return {status: int(count) for status, count in self.session.execute(statement)}


class SetAsideItemRepository(TenantRepository[SetAsideItem]):
    model = SetAsideItem
