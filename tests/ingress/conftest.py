from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tastevin.config import Settings
from tastevin.ingress.webhooks import install
from tastevin.models.enums import Vendor
from tastevin.pos.connections import create_connection
from tests import factories as f


@dataclass(frozen=True)
class Tenant:
    restaurant_id: int
    connection_id: int
    token: str


def make_tenant(session: Session, restaurant_id: int, vendor: Vendor = Vendor.PI_ELYX) -> Tenant:
    rest = f.restaurant(session, restaurant_id)
    connection, issued = create_connection(session, rest, vendor)
    assert issued.token is not None
    session.commit()
    return Tenant(rest.id, connection.id, issued.token)


def webhook_app() -> FastAPI:
    """Only this area's routes: the tests do not depend on the other areas' routers."""
    app = FastAPI()
    install(app)
    return app


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(webhook_app()) as test_client:
        yield test_client


@pytest.fixture
def tenant(session: Session) -> Tenant:
    return make_tenant(session, 12230)
