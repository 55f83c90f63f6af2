"""Recording a delivery on a phone (390 × 844) in Chromium: the form starts with one line,
"Ajouter une ligne" brings another, the page never scrolls sideways, and the saved delivery
holds both lines. Without JavaScript the same form shows several blank lines and still
saves. Screenshots under test-artifacts/pages/phone/."""

from __future__ import annotations

from typing import Any

import pytest

from tests.web.browser import ARTIFACTS
from tests.web.world import PASSWORD, World

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}
PAGES = ARTIFACTS.parent / "pages" / "phone"


def _phone(browser: Any, base_url: str, world: World, *, javascript: bool = True) -> Any:
    context = browser.new_context(
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        locale="fr-FR",
        java_script_enabled=javascript,
    )
    page = context.new_page()
    page.goto(f"{base_url}/login")
    page.fill("#email", world.owner)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]:has-text('Se connecter')")
    page.wait_for_url(f"{base_url}/")
    return context, page


def _fits(page: Any) -> None:
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at 390 px"


def _shot(page: Any, name: str) -> None:
    PAGES.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(PAGES / f"{name}.png"), full_page=True)


def _fill_line(page: Any, index: int, drink: str, bottles: str, cost: str) -> None:
    line = page.locator("fieldset.delivery-line").nth(index)
    line.locator("select[name=beverage_id]").select_option(label=drink)
    line.locator("input[name=quantity]").fill(bottles)
    line.locator("input[name=unit_cost]").fill(cost)


def test_a_delivery_on_a_phone_starts_with_one_line_and_adds_another(
    browser: Any, base_url: str, world: World
) -> None:
    context, page = _phone(browser, base_url, world)
    page.goto(f"{base_url}/deliveries/new")
    lines = page.locator("fieldset.delivery-line")
    assert lines.count() == 1 and lines.first.is_visible()
    add = page.get_by_role("button", name="+ Ajouter une ligne")
    assert add.is_visible()
    box = add.bounding_box()
    assert box is not None and box["height"] >= 44 and box["width"] >= 300  # thumb-sized
    _fits(page)
    _shot(page, "fr-delivery-new-one-line")

    page.fill("#supplier", "Cave Dupont")
    _fill_line(page, 0, "Château Palmer 2015", "6", "210,00")
    add.click()
    assert lines.count() == 2
    focused = page.evaluate("document.activeElement.name")
    assert focused == "beverage_id"  # the new line is ready to be filled
    _fill_line(page, 1, "Sancerre Les Romains 2022", "12", "14,50")
    _fits(page)
    _shot(page, "fr-delivery-new-two-lines")

    page.click("#save-delivery")
    page.wait_for_url(f"{base_url}/deliveries/*")
    saved = page.locator("main").inner_text()
    assert "Cave Dupont" in saved and "Château Palmer" in saved and "Sancerre" in saved
    context.close()


def test_a_refused_delivery_keeps_its_lines_and_can_still_add_one(
    browser: Any, base_url: str, world: World
) -> None:
    context, page = _phone(browser, base_url, world)
    page.goto(f"{base_url}/deliveries/new")
    page.fill("#supplier", "Cave Dupont")
    _fill_line(page, 0, "Château Palmer 2015", "douze", "")
    page.click("#save-delivery")
    page.wait_for_selector("#delivery-error")
    lines = page.locator("fieldset.delivery-line")
    assert lines.count() == 1  # what was typed, and no blank line under it
    assert lines.first.locator("input[name=quantity]").input_value() == "douze"
    page.get_by_role("button", name="+ Ajouter une ligne").click()
    assert lines.count() == 2
    _fits(page)
    _shot(page, "fr-delivery-refused")
    context.close()


def test_without_javascript_the_form_shows_blank_lines_and_still_saves(
    browser: Any, base_url: str, world: World
) -> None:
    context, page = _phone(browser, base_url, world, javascript=False)
    page.goto(f"{base_url}/deliveries/new")
    assert page.locator("fieldset.delivery-line").count() == 5
    assert not page.locator("#add-line").is_visible()
    page.fill("#supplier", "Cave Dupont")
    page.fill("#day", "2026-11-20")
    _fill_line(page, 0, "Château Palmer 2015", "6", "210,00")
    _fill_line(page, 2, "Sancerre Les Romains 2022", "12", "14,50")  # a blank line between
    page.click("#save-delivery")
    page.wait_for_url(f"{base_url}/deliveries/*")
    saved = page.locator("main").inner_text()
    assert "Château Palmer" in saved and "Sancerre" in saved
    context.close()
