"""The owner's cockpit in a real browser (Chromium), at desktop and phone sizes.

- the home page: its tiles, and that each one leads to the page that acts;
- every page (found from the routes and their links, no cap), in French and in English: no
  text of the other language's catalog, French colons, no horizontal scrolling at 390 × 844,
  and a screenshot of each under test-artifacts/pages/<size>/; then the same checks on what
  only a click shows: the match dialog (HTMX), the unlink and rotate confirmations, and forms
  sent with wrong values (a negative count, an impossible vintage, a drink without a name);
- the browser speaks the page's language (a French Chromium for French pages, an English one
  for English pages, and the context locale fr-FR / en-US), so native date and time inputs
  read 20/11/2026 and 17:05 in French;
- the "Caisse" badge of a drink sold by two POS: its hover names each label and its POS;
  the unlink dialog names both."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tastevin import db
from tastevin.connectors.registry import capabilities
from tastevin.models import Restaurant
from tastevin.models.enums import Vendor
from tastevin.pos.connections import create_connection
from tastevin.pos.links import link
from tastevin.sales.ingestion import apply_batch
from tastevin.web.app import create_app
from tests import factories as f
from tests.pull.support import simulator
from tests.web.browser import ARTIFACTS
from tests.web.pages import crawl, french_colon_faults, slug, untranslated
from tests.web.world import LABEL_GLASS, PASSWORD, World

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
BROWSER_LOCALE = {"fr": "fr-FR", "en": "en-US"}
"""Intl and Accept-Language of each language's context. Native date and time inputs follow
the browser's interface language (the ``browsers`` fixture). Babel's "en" writes dates the
American way, so English is en-US."""
PAGES = ARTIFACTS.parent / "pages"
SECOND_LABEL = "CHABLIS FOURCHAUME W.FEVRE BTL"
UI_TEXT = "els => els.map(e => e.innerText || '')"
INTERFACE = (
    "nav, h2, h3, th, label:not(.candidate label), button, summary, legend, dt, .empty, .flash"
)
"""The interface's own words; a candidate drink's label in the match dialog is data (a producer
called "Domaine …")."""


@pytest.fixture
def two_pos(world: World) -> int:
    """The Chablis is also sold by a second POS (Pointex): returns that product's id."""
    with db.transaction() as session:
        restaurant = session.get_one(Restaurant, world.a)
        pointex = f.connection(session, restaurant, Vendor.POINTEX)
        at = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)
        sale = f.sale("p1", "CHF", at, "1", "58.00", label=SECOND_LABEL)
        apply_batch(session, pointex, f.batch(sale), capabilities(Vendor.POINTEX))
        from sqlalchemy import select

        from tastevin.models import PosProduct

        product = session.scalars(
            select(PosProduct).where(
                PosProduct.connection_id == pointex.id, PosProduct.label == SECOND_LABEL
            )
        ).one()
        link(session, world.a, product.id, world.chablis, units_per_sale=Decimal(1))
        return product.id


def _signed_in(
    browser: Any, base_url: str, email: str, size: str, locale: str, password: str = PASSWORD
) -> Any:
    context = browser.new_context(
        viewport=SIZES[size], is_mobile=size == "phone", locale=BROWSER_LOCALE[locale]
    )
    page = context.new_page()
    page.goto(f"{base_url}/login")
    page.fill("#email", email)
    page.fill("#password", password)
    page.click("button[type=submit]:has-text('Se connecter')")
    page.wait_for_url(f"{base_url}/")
    if locale == "en":
        page.click("button[lang=en]")
        page.wait_for_selector("html[lang=en]")
    return context, page


def _shot(page: Any, size: str, name: str) -> None:
    folder = PAGES / size
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("size", list(SIZES))
def test_home_page_says_what_needs_doing(
    browser: Any, base_url: str, world: World, size: str
) -> None:
    context, page = _signed_in(browser, base_url, world.owner, size, "fr")
    assert page.locator("h1").inner_text() == "Tableau de bord"
    for tile in ("nights", "pending", "stock", "revenue", "top", "count"):
        assert page.locator(f"#tile-{tile}").is_visible(), tile
    pending = page.locator("#tile-pending")
    assert "5 boissons à synchroniser" in pending.inner_text()
    assert "315,00\xa0€ de chiffre d'affaires en jeu" in pending.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"]
    _shot(page, size, "home-tiles")
    pending.get_by_role("link", name="Synchroniser", exact=True).click()
    page.wait_for_url(f"{base_url}/sync")
    page.goto(f"{base_url}/")
    page.locator("#tile-nights h2 a").click()
    page.wait_for_url(f"{base_url}/connections")
    context.close()


def _check(page: Any, size: str, locale: str, name: str, problems: list[str]) -> None:
    """What the page shows now (a dialog included): one language, French colons, no
    sideways scrolling; and its screenshot."""
    width = SIZES[size]["width"]
    text = page.locator("body").inner_text()
    interface = page.eval_on_selector_all(INTERFACE, UI_TEXT)
    for hit in untranslated(text, locale, "\n".join(interface)):
        problems.append(f"{locale} {name}: {hit!r} not translated")
    if locale == "fr":
        for fault in french_colon_faults(text):
            problems.append(f"fr {name}: no space before ':' in {fault!r}")
    scroll = page.evaluate("document.documentElement.scrollWidth")
    if scroll > width:
        problems.append(f"{locale} {name}: {scroll}px wide at {width}px")
    _shot(page, size, f"{locale}-{slug(name)}")


@pytest.fixture
def troubles(world: World, two_pos: int) -> None:
    """The Pointex connection has a failed import (an unreadable journal) and an order set
    aside: their messages are shown, translated, on its page."""
    from sqlalchemy import select

    from tastevin.connectors.base import CanonicalBatch, SetAside
    from tastevin.models import PosConnection
    from tastevin.sales.inbox import process_import, store_raw

    with db.transaction() as session:
        pointex = session.scalars(
            select(PosConnection).where(
                PosConnection.restaurant_id == world.a, PosConnection.vendor == "pointex"
            )
        ).one()
        broken = store_raw(session, pointex, b"ticket;code\n1;A;x;y\n", channel="ftps")
        process_import(session, broken.import_id)
        aside = store_raw(session, pointex, b"aside", channel="ftps")
        batch = CanonicalBatch(set_aside=(SetAside("order without id", 3),))
        apply_batch(
            session,
            pointex,
            batch,
            capabilities(Vendor.POINTEX),
            import_id=aside.import_id,
            received_at=datetime(2026, 11, 21, 6, 0, tzinfo=UTC),
        )


@pytest.mark.parametrize("size", list(SIZES))
def test_every_page_in_both_languages_fits_and_speaks_one_language(
    browsers: Any, base_url: str, world: World, two_pos: int, troubles: None, size: str
) -> None:
    app = create_app()
    problems: list[str] = []
    visited: dict[str, list[str]] = {}
    for locale in ("fr", "en"):
        context, page = _signed_in(browsers[locale], base_url, world.owner, size, locale)

        def visit(url: str, page: Any = page, locale: str = locale) -> list[str]:
            response = page.goto(f"{base_url}{url}")
            assert response is not None and response.status < 400, (url, response.status)
            _check(page, size, locale, url, problems)
            # Absolute addresses: "?tab=sales" resolves against the page it is on.
            hrefs: list[str] = page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)")
            return [h[len(base_url) :] for h in hrefs if h.startswith(base_url + "/")]

        found = crawl(app, visit)
        visited[locale] = [p.url for p in found]
        context.close()
    routes = set(visited["fr"])
    # The crawl reached every kind of page: home, lists, a drink's three tabs, a connection.
    for expected in ("/", "/drinks", "/sync", "/connections", "/revenue", "/drinks/new"):
        assert expected in routes, (expected, sorted(routes))
    assert any(u.startswith(f"/drinks/{world.chablis}") for u in routes)
    assert any(u.startswith("/connections/") for u in routes)
    assert len(visited["fr"]) >= 12, visited["fr"]
    assert not problems, "\n".join(problems)
    assert len(list((PAGES / size).glob("*.png"))) >= 2 * len(visited["fr"])


@pytest.mark.parametrize("size", list(SIZES))
def test_caisse_badge_names_each_label_with_its_pos(
    browser: Any, base_url: str, world: World, two_pos: int, size: str
) -> None:
    context, page = _signed_in(browser, base_url, world.owner, size, "fr")
    page.goto(f"{base_url}/drinks?q=fourchaume")
    row = page.locator("tr", has=page.locator(f"a[href='/drinks/{world.chablis}']"))
    badge = row.locator(".pos-badge")
    assert badge.inner_text().startswith("Caisse")
    tooltip = badge.locator(".tooltip")
    assert not tooltip.is_visible()
    badge.hover() if size == "desktop" else badge.focus()
    tooltip.wait_for(state="visible")
    lines = tooltip.locator(".tip-line")
    assert lines.count() == 2
    by_label = {}
    for i in range(2):
        line = lines.nth(i)
        by_label[line.locator(".tip-label").inner_text()] = line.locator(".tip-pos").inner_text()
    assert set(by_label) == {LABEL_GLASS, SECOND_LABEL}
    assert by_label[SECOND_LABEL] == "Pointex" and by_label[LABEL_GLASS] != "Pointex"
    color = badge.evaluate("b => getComputedStyle(b).backgroundColor")
    assert color == "rgb(242, 194, 48)"  # the seed's yellow
    _shot(page, size, "badge-two-pos")

    page.goto(f"{base_url}/drinks/{world.chablis}?tab=sales")
    button = page.locator(f"button[data-dialog='unlink-{two_pos}']")
    box = button.bounding_box()
    assert box is not None and box["x"] + box["width"] <= SIZES[size]["width"]  # reachable
    button.click()
    dialog = page.locator(f"dialog#unlink-{two_pos}")
    dialog.wait_for(state="visible")
    title = dialog.locator("h2").inner_text()
    assert SECOND_LABEL in title and "Pointex" in title
    _shot(page, size, "unlink-names-pos")
    dialog.get_by_role("button", name="Annuler").click()
    # closed, and the focus it gives back to its opener given back, before the chart
    # takes it (CI once saw the tip hidden: the focus moved after chart.focus())
    dialog.wait_for(state="hidden")
    daily = page.locator("#daily-sales tbody tr")
    assert daily.count() == 2  # 20 November: the glasses (generic) and the bottle (Pointex)
    assert page.locator("#daily-amount").inner_text() == "124,00\xa0€"  # 66 + 58
    # the focused bar shows its tip; focused again if the chart was redrawn meanwhile (CI
    # saw the tip never show: the bar focused was replaced), five tries, then it fails
    tip = page.locator("#drink-chart .bar:focus .tip")
    for _ in range(5):
        page.locator("#drink-chart .bar").first.focus()
        try:
            tip.wait_for(state="visible", timeout=2000)
            break
        except PlaywrightTimeout:
            continue
    else:
        raise AssertionError("the focused bar's tip never showed")
    _shot(page, size, "drink-sales-tab")
    context.close()


@pytest.mark.parametrize("size", list(SIZES))
def test_testing_a_pull_vendor_against_its_simulator(
    browser: Any, base_url: str, world: World, size: str
) -> None:
    key = "sk_test_demo_4243"
    with simulator(Vendor.BIZZON) as (state, url):
        with db.transaction() as session:
            restaurant = session.get_one(Restaurant, world.a)
            create_connection(session, restaurant, Vendor.BIZZON, {"api_key": key, "base_url": url})
        context, page = _signed_in(browser, base_url, world.owner, size, "fr")
        page.goto(f"{base_url}/connections/bizzon")
        steps = page.locator("#setup-steps li")
        assert steps.count() == 3 and "sk_live_1234564" in steps.nth(1).inner_text()
        page.click("#test-connection")
        result = page.locator("#probe-result")
        result.wait_for()
        assert result.inner_text() == (
            "La connexion fonctionne\xa0: Bizzon (Mews POS) a répondu avec vos identifiants."
        )
        assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"]
        _shot(page, size, "connection-test-ok")
        state.revoked.add(key)
        page.click("#test-connection")
        page.locator("#probe-result.error").wait_for()
        assert "a refusé les identifiants" in page.locator("#probe-result").inner_text()
        _shot(page, size, "connection-test-refused")
        assert state.methods() == {"GET"}
        context.close()


def test_a_token_is_copied_and_rotating_asks_first(
    browser: Any, base_url: str, world: World
) -> None:
    context, page = _signed_in(browser, base_url, world.owner, "desktop", "fr")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page.goto(f"{base_url}/connections/pi_elyx")
    page.click("#activate")
    token = page.locator("#issued-token").inner_text()
    page.click("button[data-copy='issued-token']")
    page.wait_for_selector("button[data-copy='issued-token'][data-done='true']")
    assert page.evaluate("navigator.clipboard.readText()") == token
    _shot(page, "desktop", "token-copied")
    page.click("#rotate")
    dialog = page.locator("dialog#rotate-dialog")
    dialog.wait_for(state="visible")
    assert "cesse de fonctionner immédiatement" in dialog.inner_text()
    _shot(page, "desktop", "rotate-confirmation")
    dialog.get_by_role("button", name="Annuler").click()
    dialog.wait_for(state="hidden")
    page.click("#rotate")
    page.click("#rotate-confirm")
    page.wait_for_selector("#issued-token")
    assert page.locator("#issued-token").inner_text() != token
    context.close()


def _no_validation(page: Any, selector: str) -> None:
    """Send a form as typed, past the browser's own checks: the server's answer is tested."""
    page.eval_on_selector(selector, "form => { form.noValidate = true; }")


@pytest.mark.parametrize("size", list(SIZES))
def test_dialogs_and_form_errors_speak_one_language(
    browsers: Any, base_url: str, world: World, two_pos: int, size: str
) -> None:
    """What only a click shows, in both languages and at both sizes: the match dialog
    (loaded by HTMX), the unlink and rotate confirmations, and forms sent with wrong values
    answered on the same page, in the reader's language, with what was typed."""
    problems: list[str] = []
    for locale in ("fr", "en"):
        context, page = _signed_in(browsers[locale], base_url, world.owner, size, locale)

        def check(name: str, page: Any = page, locale: str = locale) -> None:
            _check(page, size, locale, name, problems)

        page.goto(f"{base_url}/sync")
        page.locator("button.plus").first.click()
        page.locator("dialog[open] #match-title").wait_for()
        check("dialog-match")
        page.locator("dialog[open] [data-close]").first.click()

        page.goto(f"{base_url}/drinks/{world.chablis}?tab=sales")
        page.click(f"button[data-dialog='unlink-{two_pos}']")
        page.locator(f"dialog#unlink-{two_pos}").wait_for(state="visible")
        check("dialog-unlink")

        page.goto(f"{base_url}/connections/pointex")
        page.click("#rotate")
        page.locator("dialog#rotate-dialog").wait_for(state="visible")
        check("dialog-rotate")

        page.goto(f"{base_url}/drinks/{world.chablis}?tab=stock")
        page.fill("#count-quantity", "-3")
        page.locator("#count-quantity").press("Enter")
        page.locator("#count-error").wait_for()
        assert page.input_value("#count-quantity") == "-3"  # the form is kept
        check("error-negative-count")

        page.goto(f"{base_url}/drinks/new")
        _no_validation(page, "form[method=post]:has(#f-name)")
        page.fill("#f-vintage", "12")
        page.click("form[method=post]:has(#f-name) button[type=submit]")
        page.locator(".flash.error").wait_for()
        assert page.locator(".field-error #f-name").count() == 1
        check("error-drink-form")

        page.goto(f"{base_url}/deliveries/new")
        _no_validation(page, "form[method=post]:has(#supplier)")
        page.fill("#supplier", "Cave Dupont")
        page.locator("input[name=quantity]").first.fill("6")
        page.click("#save-delivery")
        page.locator("#delivery-error").wait_for()
        assert page.input_value("#supplier") == "Cave Dupont"
        check("error-delivery-form")
        context.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("locale", ["fr", "en"])
def test_native_date_inputs_follow_the_pages_language(
    browsers: Any, base_url: str, world: World, locale: str
) -> None:
    """The browser's language is the page's, so a native date input reads 20/11/2026 in
    French (11/20/2026 in English); the period is also written out in words by the server."""
    context, page = _signed_in(browsers[locale], base_url, world.owner, "phone", locale)
    page.goto(f"{base_url}/revenue?start=2026-11-20&end=2026-11-20")
    shown = page.evaluate(
        "new Intl.DateTimeFormat(undefined, {day: '2-digit', month: '2-digit', year: 'numeric'})"
        ".format(new Date(2026, 10, 20))"
    )
    assert shown == ("20/11/2026" if locale == "fr" else "11/20/2026")
    words = page.locator("#revenue-period").inner_text()
    assert words == (
        "Du vendredi 20 novembre 2026 au vendredi 20 novembre 2026"
        if locale == "fr"
        else "From Friday, November 20, 2026 to Friday, November 20, 2026"
    )
    _shot(page, "phone", f"{locale}-date-inputs")
    context.close()


@pytest.mark.parametrize("size", list(SIZES))
def test_testing_each_pull_vendor_of_the_demo(
    browser: Any, base_url: str, settings: Any, size: str
) -> None:
    """The demo as `make run` prepares it (its restaurant, its owner, its pull simulators
    and the credentials it saves): "Tester la connexion" answers in plain French for
    Bizzon, Jalia and Astério, and the page shows what was fetched."""
    from contextlib import ExitStack

    from tastevin.demo.run import _feed_pull, _prepare, _start_pull_simulators

    owner, _secrets, day = _prepare(settings)
    with ExitStack() as stack:
        _feed_pull(_start_pull_simulators(stack), day)
        context, page = _signed_in(
            browser, base_url, owner.email, size, "fr", password=owner.password
        )
        for vendor in ("bizzon", "jalia", "asterio"):
            page.goto(f"{base_url}/connections/{vendor}")
            assert page.locator(f"#status-{vendor}").inner_text() == "Active"
            page.click("#test-connection")
            result = page.locator("#probe-result")
            result.wait_for()
            assert result.inner_text().startswith("La connexion fonctionne\xa0: "), vendor
            assert page.locator("#import-history tbody tr").count() >= 1
            assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"]
            _shot(page, size, f"demo-{vendor}-test")
        context.close()
