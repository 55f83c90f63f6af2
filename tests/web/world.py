"""A small restaurant world for the web tests: two restaurants, an owner, a staff member,
a user of both, a library, POS products with sales, one of them already linked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from tastevin.connectors.registry import capabilities
from tastevin.models import PosProduct, User
from tastevin.models.enums import Role, Vendor
from tastevin.pos.links import link
from tastevin.restaurants.service import add_member
from tastevin.sales.ingestion import apply_batch
from tastevin.security.secrets import hash_password
from tastevin.stock.service import record_count
from tests import factories as f

PASSWORD = "correct horse battery"
AT = datetime(2026, 11, 20, 20, 30, tzinfo=UTC)
DAY = AT.date()
CAPS = capabilities(Vendor.GENERIC)

LABEL_YES = "CHABLIS 1ER CRU FOURCHAUME FEVRE 2019 75CL"
LABEL_ALMOST = "CHABLIS 1ER CRU FOURCHAUME FEVRE 2021 75CL"
LABEL_NO = "COTES DU RHONE GUIGAL 2020"
LABEL_GLASS = "VERRE CHABLIS FOURCHAUME 2019"
LABEL_FOOD = "CAFE GOURMAND"
LABEL_CATALOGUE = "POUILLY FUME DAGUENEAU 2018"


@lru_cache(maxsize=1)
def _hash() -> str:
    return hash_password(PASSWORD)


@dataclass
class World:
    a: int
    b: int
    owner: str
    staff: str
    multi: str
    other: str
    chablis: int
    palmer: int
    b_drink: int
    products: dict[str, int]
    b_product: int
    b_connection_vendor: str = "generic"


def seed(session: Session) -> World:
    a = f.restaurant(session, name="Le Bistrot")
    b = f.restaurant(session, name="Chez Autrui")
    users = {}
    for email, memberships in (
        ("owner@a.test", [(a, Role.OWNER)]),
        ("staff@a.test", [(a, Role.STAFF)]),
        ("multi@ab.test", [(a, Role.OWNER), (b, Role.OWNER)]),
        ("other@b.test", [(b, Role.OWNER)]),
    ):
        # One argon2 hash for every test (it costs a quarter of a second each time).
        user = User(email=email, display_name=email.split("@")[0], password_hash=_hash())
        session.add(user)
        session.flush()
        for rest, role in memberships:
            add_member(session, user, rest, role)
        users[email] = user
    chablis = f.beverage(session, a)
    palmer = f.beverage(
        session,
        a,
        name="Château Palmer",
        producer="Château Palmer",
        appellation="Margaux",
        colour="rouge",
        vintage=2015,
        selling_price=Decimal("420.00"),
    )
    f.beverage(
        session,
        a,
        name="Sancerre Les Romains",
        producer="Domaine Vacheron",
        appellation="Sancerre",
        vintage=2022,
        selling_price=Decimal("48.00"),
    )
    record_count(session, a.id, chablis.id, Decimal(24), at=datetime(2026, 11, 1, tzinfo=UTC))
    conn = f.connection(session, a)
    apply_batch(
        session,
        conn,
        f.batch(
            f.product("CAT1", LABEL_CATALOGUE, "95.00"),
            f.sale("s1", "BTL19", AT, "2", "116.00", label=LABEL_YES),
            f.sale("s2", "BTL21", AT, "1", "60.00", label=LABEL_ALMOST),
            f.sale("s3", "CDR", AT, "3", "105.00", label=LABEL_NO),
            f.sale("s4", "VRE", AT, "6", "66.00", label=LABEL_GLASS),
            f.sale("s5", "CAFE", AT, "4", "34.00", label=LABEL_FOOD),
        ),
        CAPS,
    )
    products = {
        p.label: p.id
        for p in session.scalars(select(PosProduct).where(PosProduct.restaurant_id == a.id))
    }
    link(session, a.id, products[LABEL_GLASS], chablis.id, units_per_sale=Decimal("0.16"))
    b_drink = f.beverage(session, b, name="Vin de l'autre")
    b_conn = f.connection(session, b)
    apply_batch(session, b_conn, f.batch(f.sale("x1", "B1", AT, label="AUTRE VIN")), CAPS)
    b_product = session.scalars(select(PosProduct.id).where(PosProduct.restaurant_id == b.id)).one()
    session.flush()
    return World(
        a=a.id,
        b=b.id,
        owner="owner@a.test",
        staff="staff@a.test",
        multi="multi@ab.test",
        other="other@b.test",
        chablis=chablis.id,
        palmer=palmer.id,
        b_drink=b_drink.id,
        products=products,
        b_product=b_product,
    )
