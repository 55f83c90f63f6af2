"""A count session done on a phone (390 × 844) in Chromium: start it, count one drink after
another with full bottles and tenths, find one by search, close it and read the variance;
at every step the page fits the screen (no horizontal scrolling). Screenshots are saved
under test-artifacts/browser/counts/."""

from __future__ import annotations

from typing import Any

import pytest

from tests.web.browser import shot_taker
from tests.web.world import PASSWORD, World

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def _fits(page: Any) -> None:
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at 390 px"


def test_a_count_session_on_a_phone(browser: Any, base_url: str, world: World) -> None:
    shot = shot_taker("counts")
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{base_url}/counts")
    page.fill("#email", world.owner)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]:has-text('Se connecter')")
    page.wait_for_url(f"{base_url}/counts")
    _fits(page)
    shot(page, "counts")

    page.click("#start-count")
    page.wait_for_selector("#count-form")
    _fits(page)
    shot(page, "first-drink")
    counted: dict[str, str] = {}
    for bottles, tenths in (("4", "3"), ("11", "0")):
        name = page.locator("#current-drink").inner_text()
        box = page.locator("#bottles").bounding_box()
        assert box is not None and box["height"] >= 44  # a thumb-sized input
        page.fill("#bottles", bottles)
        page.select_option("#tenths", tenths)
        page.click("#save-next")
        page.wait_for_load_state()
        counted[name] = f"{bottles},{tenths}" if tenths != "0" else bottles
        assert page.locator("#current-drink").inner_text() != name  # on to the next one
        _fits(page)
    shot(page, "after-two")

    page.fill("#count-q", "sancerre")
    page.press("#count-q", "Enter")
    page.wait_for_load_state()
    page.click("ul.count-list >> text=Sancerre Les Romains")
    page.wait_for_load_state()
    assert "Sancerre Les Romains" in page.locator("#current-drink").inner_text()
    page.fill("#bottles", "2")
    page.select_option("#tenths", "5")
    page.click("#save-next")
    page.wait_for_load_state()
    assert "3 boissons comptées sur 3" in page.locator("#progress").inner_text()
    _fits(page)
    shot(page, "all-counted")

    page.click("#close-count")
    page.wait_for_url(f"{base_url}/counts/*/variance")
    _fits(page)
    text = page.locator("main").inner_text()
    assert "Écarts" in text and "2,5" in text and "4,3" in text
    shot(page, "variance")
    context.close()
