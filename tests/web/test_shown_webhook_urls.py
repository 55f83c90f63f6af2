"""The URL the connections page shows a restaurant is the one its POS can post to."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from tastevin.config import Settings
from tastevin.connectors.registry import get_spec
from tastevin.db import transaction
from tastevin.models.enums import Vendor
from tastevin.pos.connections import create_connection
from tastevin.pos.setup import webhook_url
from tastevin.simulators.pi_sender import body_for
from tastevin.simulators.restaurant import night
from tastevin.web.app import create_app
from tests import factories as f


@pytest.mark.parametrize(
    ("vendor", "route"), [(Vendor.PI_ELYX, "elyx"), (Vendor.PI_MONORA, "monora")]
)
def test_the_shown_url_accepts_the_pos_sales(
    settings: Settings, vendor: Vendor, route: str
) -> None:
    with transaction() as session:
        rest = f.restaurant(session)
        _, issued = create_connection(session, rest, vendor)
        url = webhook_url(get_spec(vendor), rest.id)
    ticket = night(date(2026, 11, 21), lines=5)[0]

    with TestClient(create_app()) as client:
        response = client.post(
            urlsplit(url).path,
            content=body_for(ticket, route),  # type: ignore[arg-type]
            headers={"Authorization": f"Bearer {issued.token}"},
        )

    assert response.status_code == 202, response.text
