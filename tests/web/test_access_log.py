"""Webhook tokens sent as ``?token=`` never reach the access log in clear."""

from __future__ import annotations

import logging

import pytest

from tastevin.web.access_log import RedactSecrets, install, redact


def test_tokens_in_query_strings_are_redacted() -> None:
    line = "/pi-electronique/restaurants/12/sales-webhook?token=tv_secret123&x=1"
    assert redact(line) == "/pi-electronique/restaurants/12/sales-webhook?token=[redacted]&x=1"
    assert redact("/a?x=1&TOKEN=abc") == "/a?x=1&TOKEN=[redacted]"
    assert redact("/a?tokens=1") == "/a?tokens=1"


def test_uvicorn_access_records_are_rewritten(caplog: pytest.LogCaptureFixture) -> None:
    install()
    install()  # idempotent
    logger = logging.getLogger("uvicorn.access")
    assert sum(isinstance(f, RedactSecrets) for f in logger.filters) == 1
    with caplog.at_level(logging.INFO, logger="uvicorn.access"):
        # The exact call uvicorn makes for each request.
        logger.info(
            '%s - "%s %s HTTP/%s" %d',
            "127.0.0.1:5000",
            "POST",
            "/pi-electronique/restaurants/12/sales-webhook?token=tv_SeCrEt",
            "1.1",
            202,
        )
    assert "tv_SeCrEt" not in caplog.text
    assert "token=[redacted]" in caplog.text
