"""What the Mews POS docs require of a client: the JSON:API Content-Type on every request,
408 retried, 403 told apart from a bad key, the demo environment's rate limit paced, and
late corrections asked for through updatedAt."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from tastevin.connectors.bizzon.client import STAGING_URL, BizzonSource
from tastevin.connectors.http import PermissionMissing, RateLimit, RetryPolicy
from tastevin.errors import CredentialsNeedRenewing

EMPTY = {"data": [], "links": {"prev": None, "next": None}}


def _source(handler: httpx.MockTransport, **extra: str) -> BizzonSource:
    sleeps: list[float] = []
    retry = RetryPolicy(attempts=3, sleep=sleeps.append)
    return BizzonSource({"api_key": "sk_test_1", **extra}, retry=retry, transport=handler)


def test_every_request_carries_the_json_api_content_type() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=EMPTY)

    source = _source(httpx.MockTransport(answer))
    list(source.catalogue())
    assert seen[0].headers["content-type"] == "application/vnd.api+json"
    assert seen[0].headers["authorization"] == "Bearer sk_test_1"


def test_a_408_is_retried() -> None:
    answers = iter([httpx.Response(408), httpx.Response(200, json=EMPTY)])
    source = _source(httpx.MockTransport(lambda request: next(answers)))
    pages = list(source.catalogue())
    assert len(pages) == 1


def test_a_403_is_a_missing_permission_not_a_key_to_renew() -> None:
    source = _source(httpx.MockTransport(lambda request: httpx.Response(403)))
    with pytest.raises(PermissionMissing) as raised:
        list(source.catalogue())
    assert not isinstance(raised.value, CredentialsNeedRenewing)
    assert "permission" in raised.value.message


def test_the_demo_environment_is_paced_to_200_requests_per_15_minutes() -> None:
    source = _source(
        httpx.MockTransport(lambda request: httpx.Response(200, json=EMPTY)),
        base_url=STAGING_URL,
    )
    limit = source.client.rate_limit
    assert limit is not None and (limit.requests, limit.per_s) == (200, 900.0)
    assert _source(httpx.MockTransport(lambda r: httpx.Response(200))).client.rate_limit is None


def test_the_rate_limit_waits_for_the_window_to_free_a_place() -> None:
    now = [0.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    limit = RateLimit(3, 60.0, clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        assert limit.wait() == 0.0
        now[0] += 1.0
    assert limit.wait() == pytest.approx(57.0)  # the first request leaves the window at 60 s
    assert waits == [pytest.approx(57.0)]


def test_changes_ask_for_invoices_updated_since_the_last_pull() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=EMPTY)

    source = _source(httpx.MockTransport(answer))
    since = datetime(2026, 3, 11, 5, 0, tzinfo=UTC)
    window = (datetime(2026, 3, 4, 4, 0, tzinfo=UTC), datetime(2026, 3, 10, 4, 0, tzinfo=UTC))
    pages = list(source.changes(since, window))
    params = seen[0].url.params
    assert params["filter[updatedAtGteq]"] == "2026-03-11T05:00:00Z"
    assert params["filter[createdAtGteq]"] == "2026-03-04T04:00:00Z"
    assert params["filter[createdAtLt]"] == "2026-03-10T04:00:00Z"
    assert pages[0].meta["changes"] is True


def test_changes_fall_back_to_created_dates_if_updated_filters_are_refused() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if "filter[updatedAtGteq]" in request.url.params:
            return httpx.Response(400, json={"errors": [{"status": "400"}]})
        return httpx.Response(200, json=EMPTY)

    source = _source(httpx.MockTransport(answer))
    window = (datetime(2026, 3, 4, tzinfo=UTC), datetime(2026, 3, 10, tzinfo=UTC))
    pages = list(source.changes(datetime(2026, 3, 11, tzinfo=UTC), window))
    assert len(seen) == 2 and "filter[updatedAtGteq]" not in seen[1].url.params
    assert pages[0].meta["fallback"] == "createdAt"
