"""The demo's connection pages of Jalia and Bizzon, in a real browser (Chromium): each shows
the night that just closed reconciled with the POS's own totals (Pragma's Z report, Mews'
invoice totals): "Rapproché ✓", the POS's total and ours (issue 10)."""

from __future__ import annotations

from contextlib import ExitStack
from typing import Any

import pytest

from tastevin.config import Settings
from tastevin.demo.run import _feed_pull, _prepare, _start_pull_simulators
from tests.web.browser import LiveServer, shot_taker

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_demo_connection_pages_show_the_reconciliation(
    settings: Settings, browser: Any
) -> None:
    owner, _secrets, day = _prepare(settings)
    with ExitStack() as stack:
        _feed_pull(_start_pull_simulators(stack), day)
    shot = shot_taker("demo-reconciliation")
    with LiveServer() as base_url:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(f"{base_url}/login")
        page.fill("#email", owner.email)
        page.fill("#password", owner.password)
        page.click("button[type=submit]:has-text('Se connecter')")
        page.wait_for_url(f"{base_url}/")
        for vendor in ("jalia", "bizzon"):
            page.goto(f"{base_url}/connections/{vendor}")
            section = page.locator("#reconciliation")
            section.wait_for()
            shot(page, vendor)  # type: ignore[operator]
            text = section.inner_text().replace("\u202f", " ").replace("\xa0", " ")
            assert "Rapprochement avec la caisse" in text, (vendor, text)
            assert page.locator("#reconciled").inner_text() == "Rapproché ✓", (vendor, text)
            pos, ours = page.locator("#pos-total").inner_text(), page.locator("#our-total")
            assert pos == ours.inner_text() and "€" in pos, (vendor, text)
            assert page.locator("#reconciliation-gap").count() == 0
        context.close()
