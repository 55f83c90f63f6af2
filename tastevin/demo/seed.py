"""Demo data, created once and found again on later runs (never duplicated)."""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tastevin.models import Beverage, PosConnection, Restaurant, User
from tastevin.models.enums import Role, Vendor
from tastevin.pos.connections import create_connection
from tastevin.repositories import BeverageRepository, PosConnectionRepository
from tastevin.restaurants.service import add_member, create_restaurant, create_user
from tastevin.security.secrets import hash_password
from tastevin.simulators.restaurant import library_rows
from tastevin.stock.service import record_opening

DEMO_ID = 12230
DEMO_NAME = "Le Tastevin"
OWNER_EMAIL = "patron@tastevin.demo"
CENT = Decimal("0.01")
ZONES = {"bière": "Bar", "spiritueux": "Bar", "soft": "Bar", "champagne": "Frigo"}


@dataclass(frozen=True, slots=True)
class Owner:
    email: str
    password: str


def owner_account(session: Session, restaurant: Restaurant, data_dir: Path) -> Owner:
    """The owner's password is kept in ``data_dir`` (mode 600) so every run prints one that
    works; it is hashed in the database like any other."""
    secret_file = data_dir / "demo-owner-password.txt"
    password = secret_file.read_text().strip() if secret_file.exists() else ""
    if not password:
        password = secrets.token_urlsafe(9)
        secret_file.parent.mkdir(parents=True, exist_ok=True)
        secret_file.write_text(password)
        secret_file.chmod(0o600)
    user = session.scalar(select(User).where(User.email == OWNER_EMAIL))
    if user is None:
        user = create_user(session, OWNER_EMAIL, password, display_name="Camille Martin")
        add_member(session, user, restaurant, Role.OWNER)
    else:
        user.password_hash = hash_password(password)
    return Owner(OWNER_EMAIL, password)


def restaurant(session: Session) -> Restaurant:
    found = session.get(Restaurant, DEMO_ID)
    return found or create_restaurant(session, DEMO_NAME, restaurant_id=DEMO_ID)


def _prices(
    rng: random.Random, category: str | None, format_cl: Decimal
) -> tuple[Decimal, Decimal]:
    base = {"vin": 14, "champagne": 32, "spiritueux": 28, "bière": 2, "soft": 1}.get(
        category or "", 10
    )
    purchase = Decimal(base + rng.randint(0, base * 3)) * format_cl / 75
    selling = purchase * Decimal("2.8")
    return purchase.quantize(CENT), selling.quantize(Decimal(1))


def library(session: Session, rest: Restaurant, now: datetime) -> int:
    """The wine library, entered a week ago with its stock on hand and unit costs (opening
    counts, S-24), zones and a few par levels; created only once."""
    existing = session.scalar(
        select(func.count()).select_from(BeverageRepository(session, rest.id).readable().subquery())
    )
    if existing:
        return 0
    rng = random.Random(DEMO_ID)
    counted_at = now - timedelta(days=7)
    for row in library_rows():
        format_cl = Decimal(str(row["format_cl"]))
        purchase, selling = _prices(rng, str(row["category"]), format_cl)
        beverage = Beverage(
            restaurant_id=rest.id,
            name=str(row["name"]),
            producer=row.get("producer"),
            appellation=row.get("appellation"),
            region=row.get("region"),
            country=row.get("country"),
            colour=row.get("colour"),
            category=row.get("category"),
            vintage=row.get("vintage"),
            format_cl=format_cl,
            purchase_price=purchase,
            selling_price=selling,
            zone=ZONES.get(str(row.get("category") or ""), "Cave"),
            par_level=Decimal(rng.choice((6, 12))) if rng.random() < 0.15 else None,
        )
        session.add(beverage)
        session.flush()
        record_opening(
            session, rest.id, beverage.id, Decimal(rng.randint(3, 36)), purchase, at=counted_at
        )
    return len(library_rows())


def connection(session: Session, rest: Restaurant, vendor: Vendor) -> PosConnection:
    found = PosConnectionRepository(session, rest.id).for_vendor(vendor)
    if found is not None:
        return found
    created, _ = create_connection(session, rest, vendor)
    return created


def now_utc() -> datetime:
    return datetime.now(UTC)
