"""The whole flow in a real browser (Chromium), with a screenshot of every step saved under
test-artifacts/browser/: sign in, synchronise three products (Oui, Presque, Non), ignore
one, see the badge and its labels on hover and on keyboard focus, unlink one of two POS
products and see only its sales and stock leave, switch to English; on a phone too."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.web.browser import shot_taker
from tests.web.world import (
    LABEL_ALMOST,
    LABEL_FOOD,
    LABEL_GLASS,
    LABEL_NO,
    LABEL_YES,
    PASSWORD,
    World,
)

pytestmark = pytest.mark.browser


def _sign_in(page: Any, base_url: str, email: str) -> None:
    page.goto(f"{base_url}/drinks")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]:has-text('Se connecter')")
    page.wait_for_url(f"{base_url}/drinks")


def _open_match(page: Any, label: str) -> Any:
    page.get_by_role("button", name=f"Synchroniser « {label} »").click()
    dialog = page.locator("dialog#match-dialog")
    dialog.wait_for(state="visible")
    return dialog


def test_the_whole_flow(browser: Any, base_url: str, world: World) -> None:
    shot = shot_taker("flow")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{base_url}/drinks")
    assert "/login" in page.url
    shot(page, "sign-in")
    _sign_in(page, base_url, world.owner)
    assert page.locator("#pending-link").inner_text() == "5 boissons à synchroniser"
    shot(page, "drinks")

    page.click("#pending-link")
    page.wait_for_url(f"{base_url}/sync")
    assert page.locator("#sync-table tbody tr").count() == 5
    shot(page, "to-synchronise")

    dialog = _open_match(page, LABEL_YES)
    assert "Chablis Premier Cru Fourchaume 2019" in dialog.inner_text()
    shot(page, "match-dialog-yes")
    dialog.locator("#answer-yes").click()
    page.wait_for_selector(".flash.ok")
    assert page.locator("#sync-table tbody tr").count() == 4

    dialog = _open_match(page, LABEL_ALMOST)
    dialog.locator("#answer-almost").click()
    assert dialog.locator("#almost-vintage").input_value() == "2021"
    shot(page, "match-dialog-almost")
    dialog.locator("#submit-almost").click()
    page.wait_for_selector(".flash.ok")

    dialog = _open_match(page, LABEL_NO)
    assert dialog.locator("#f-vintage").input_value() == "2020"
    dialog.locator("#f-name").fill("Côtes du Rhône")
    dialog.locator("#f-producer").fill("E. Guigal")
    shot(page, "match-dialog-no")
    dialog.locator("#submit-no").click()
    page.wait_for_selector(".flash.ok")

    page.get_by_role("button", name=f"Ignorer « {LABEL_FOOD} » (pas une boisson)").click()
    page.wait_for_selector(f"#pp-{world.products[LABEL_FOOD]}.ignored-row")  # with its undo
    assert page.locator("#pending-title").inner_text() == "1 boisson à synchroniser"
    shot(page, "after-three-answers-and-ignore")

    page.goto(f"{base_url}/drinks?q=fourchaume")
    row = page.locator("tr", has=page.locator(f"a[href='/drinks/{world.chablis}']"))
    badge = row.locator(".pos-badge")
    tooltip = badge.locator(".tooltip")
    assert not tooltip.is_visible()
    badge.hover()
    tooltip.wait_for(state="visible")
    assert LABEL_YES in tooltip.inner_text() and LABEL_GLASS in tooltip.inner_text()
    shot(page, "badge-hover")
    assert page.locator("text=Chablis Premier Cru Fourchaume").count() >= 2  # 2019 and 2021

    page.goto(f"{base_url}/drinks/{world.chablis}?tab=sales")
    assert page.locator("#stock").inner_text() == "21,04"  # 24 − 2 bottles − 6 × 0.16
    golden = page.locator("h1 .pos-badge")
    golden.focus()  # keyboard users see the labels too
    golden.locator(".tooltip").wait_for(state="visible")
    shot(page, "golden-badge-focus")
    glass = world.products[LABEL_GLASS]
    page.click(f"button[data-dialog='unlink-{glass}']")
    warning = page.locator(f"dialog#unlink-{glass}")
    warning.wait_for(state="visible")
    assert "Délier ne change rien dans la caisse." in warning.inner_text()
    assert "Toutes les ventes passées et futures" in warning.inner_text()
    shot(page, "unlink-confirmation")
    warning.get_by_role("button", name="Délier", exact=True).click()
    page.wait_for_selector(".flash.ok")
    assert page.locator("#stock").inner_text() == "22"  # only the glasses' 0.96 came back
    assert page.locator(f"#linked-{glass}").count() == 0
    assert page.locator(f"#linked-{world.products[LABEL_YES]}").count() == 1
    shot(page, "after-unlink")

    page.click("button[lang=en]")
    page.wait_for_selector("html[lang=en]")
    assert page.get_by_role("link", name=re.compile(r"^Sales")).is_visible()
    shot(page, "english")
    page.goto(f"{base_url}/drinks")
    # The unlinked glass product is back in the list, next to the catalogue-only one.
    assert page.locator("#pending-link").inner_text() == "2 drinks to synchronise"
    shot(page, "english-drinks")
    context.close()


def test_dialogs_work_by_keyboard_on_a_phone(browser: Any, base_url: str, world: World) -> None:
    shot = shot_taker("phone")
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    _sign_in(page, base_url, world.owner)
    shot(page, "drinks-phone")
    page.goto(f"{base_url}/sync")
    plus = page.get_by_role("button", name=f"Synchroniser « {LABEL_YES} »")
    plus.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog#match-dialog")
    dialog.wait_for(state="visible")
    shot(page, "match-dialog-phone")
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == (
        f"Synchroniser « {LABEL_YES} »"
    )
    context.close()


def test_htmx_works_under_the_content_security_policy(
    browser: Any, base_url: str, world: World
) -> None:
    """No inline script is allowed: the vendored HTMX must still load and swap."""
    page = browser.new_page()
    violations: list[str] = []
    page.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
    )
    _sign_in(page, base_url, world.owner)
    assert page.evaluate("typeof window.htmx") == "object"
    with page.expect_response(lambda r: "/drinks?" in r.url and r.status == 200):
        page.fill("#q", "Palmer")
    page.wait_for_function("!document.querySelector('#drink-table').innerText.includes('Chablis')")
    assert "Palmer" in page.locator("#drink-table").inner_text()
    page.close()
    assert violations == []
