"""/health, /ready and /metrics of the whole app, fed by real work (webhook deliveries
applied through the inline queue, a pull connection behind on its days)."""

from __future__ import annotations

import json
import logging
import socket
from datetime import UTC, date, datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.orm import Session

from tastevin import config
from tastevin.models.enums import Vendor
from tastevin.observability.logs import configure_logging
from tastevin.pos.connections import create_connection
from tastevin.pull.days import last_closed_day
from tastevin.simulators.pi_sender import body_for
from tastevin.simulators.restaurant import night
from tastevin.web.app import create_app
from tests import factories as f
from tests.ingress.conftest import make_tenant

URL = "/pi-electronique/restaurants/{}/sales-webhook"


def metric(text: str, name: str, **labels: str) -> float:
    """The value of one sample (0 when absent: a counter never incremented)."""
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return float(sample.value)
    return 0.0


@pytest.fixture
def unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def app_client(settings: config.Settings) -> TestClient:
    return TestClient(create_app(), base_url="http://testserver")


def test_health_and_ready_answer_when_everything_is_up(app_client: TestClient) -> None:
    assert app_client.get("/health").json() == {"status": "ok"}
    ready = app_client.get("/ready")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok", "database": "ok", "queue": "ok"}


def test_ready_answers_503_when_the_database_is_unreachable(
    settings: config.Settings, monkeypatch: pytest.MonkeyPatch, unused_port: int
) -> None:
    client = TestClient(create_app())
    monkeypatch.setenv(
        "TASTEVIN_DATABASE_URL", f"postgresql+psycopg://nobody@127.0.0.1:{unused_port}/none"
    )
    config.get_settings.cache_clear()
    response = client.get("/ready")
    assert response.status_code == 503
    assert response.json()["database"].startswith("unreachable (")
    assert response.json()["queue"] == "ok"
    assert client.get("/health").status_code == 200


def test_metrics_count_deliveries_imports_lines_and_latencies(
    app_client: TestClient, session: Session
) -> None:
    tenant = make_tenant(session, 12230)
    tickets = [t for t in night(date(2026, 11, 21)) if not t.cancelled][:3]
    before = app_client.get("/metrics").text
    url = URL.format(tenant.restaurant_id)
    auth = {"Authorization": f"Bearer {tenant.token}"}
    for ticket in tickets:
        assert app_client.post(url, content=body_for(ticket), headers=auth).status_code == 202
    assert (
        app_client.post(url, content=b"{}", headers={"Authorization": "Bearer no"}).status_code
        == 401
    )
    assert app_client.post(url, content=b"not json", headers=auth).status_code == 400

    response = app_client.get("/metrics")
    after = response.text

    assert response.headers["content-type"].startswith("text/plain")

    def delta(name: str, **labels: str) -> float:
        return metric(after, name, **labels) - metric(before, name, **labels)

    route = "pi-electronique"
    assert delta("tastevin_webhook_requests_total", route=route, status="202") == 3
    assert delta("tastevin_webhook_requests_total", route=route, status="401") == 1
    assert delta("tastevin_webhook_requests_total", route=route, status="400") == 1
    lines = sum(len(t.lines) for t in tickets)
    assert delta("tastevin_sale_lines_applied_total", vendor="pi_elyx") == lines
    # Three good bodies and the broken one were parsed; only the good ones were applied.
    assert delta("tastevin_import_parse_seconds_count", vendor="pi_elyx") == 4
    assert delta("tastevin_import_apply_seconds_count", vendor="pi_elyx") == 3
    assert metric(after, "tastevin_imports", state="applied", vendor="pi_elyx") == 3
    assert metric(after, "tastevin_imports", state="failed", vendor="pi_elyx") == 1
    assert metric(after, "tastevin_queue_depth") == 0


def test_metrics_show_each_pull_connection_lag(app_client: TestClient, session: Session) -> None:
    restaurant = f.restaurant(session, 7)
    credentials = {"api_key": "k", "base_url": "http://127.0.0.1:9"}
    behind, _ = create_connection(session, restaurant, Vendor.JALIA, credentials)
    current, _ = create_connection(session, restaurant, Vendor.BIZZON, credentials)
    closed = last_closed_day(
        datetime.now(UTC), ZoneInfo(restaurant.timezone), restaurant.day_cutoff
    )
    behind.last_complete_day = closed - timedelta(days=10)
    current.last_complete_day = closed
    session.commit()

    text = app_client.get("/metrics").text

    assert metric(text, "tastevin_pull_lag_days", connection_id=str(behind.id)) == 10
    assert metric(text, "tastevin_pull_lag_days", connection_id=str(current.id)) == 0
    assert f'tastevin_pull_lag_days{{connection_id="{behind.id}",vendor="jalia"}}' in text


def test_metrics_token_is_required_when_configured(
    settings: config.Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TASTEVIN_METRICS_TOKEN", "s3cret-scrape")
    config.get_settings.cache_clear()
    client = TestClient(create_app())
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = client.get("/metrics", headers={"Authorization": "Bearer s3cret-scrape"})
    assert ok.status_code == 200
    assert "tastevin_queue_depth" in ok.text


def test_json_logs_carry_the_request_id(app_client: TestClient) -> None:
    configure_logging("json")
    stream = StringIO()
    handler = logging.getLogger().handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(stream)
    try:
        given = app_client.get("/health", headers={"X-Request-ID": "abc-123"})
        fresh = app_client.get("/health")
    finally:
        logging.getLogger().handlers.clear()
    assert given.headers["x-request-id"] == "abc-123"
    assert len(fresh.headers["x-request-id"]) == 32
    records = [json.loads(line) for line in stream.getvalue().splitlines()]
    access = [r for r in records if r["logger"] == "tastevin.access"]
    assert [r["request_id"] for r in access] == ["abc-123", fresh.headers["x-request-id"]]
    assert access[0]["status"] == 200
    assert access[0]["path"] == "/health"
