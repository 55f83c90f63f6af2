"""The HTML pages and their form posts (what the browser tests drive, checked here fast)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import sign_in
from tests.web.world import LABEL_ALMOST, LABEL_FOOD, LABEL_GLASS, LABEL_NO, LABEL_YES, World


def test_drinks_page_shows_badge_with_labels_count_link_and_french_numbers(
    client: TestClient, world: World, owner: str
) -> None:
    page = client.get("/drinks").text
    assert "5 boissons à synchroniser" in page
    assert 'href="/sync"' in page
    assert 'class="pos-badge' in page and 'tabindex="0"' in page
    assert "Références caisse liées :" in page
    assert f'<span class="tip-label">{LABEL_GLASS}</span>' in page
    assert "58,00\xa0€" in page
    assert "23,04" in page  # 24 − 0.96, with a decimal comma


def test_htmx_search_returns_only_the_table(client: TestClient, world: World, owner: str) -> None:
    part = client.get(
        "/drinks?q=palmer", headers={"HX-Request": "true", "HX-Target": "drink-table"}
    )
    assert "<html" not in part.text
    assert "Château Palmer" in part.text and "Sancerre" not in part.text


def test_add_and_edit_a_drink_with_forms(client: TestClient, world: World, owner: str) -> None:
    made = client.post(
        "/drinks",
        data={"name": "Morgon", "vintage": "2022", "selling_price": "32,50", "csrf_token": owner},
        follow_redirects=False,
    )
    assert made.status_code == 303
    url = made.headers["location"]
    assert "32,50\xa0€" in client.get(url).text
    invalid = client.post("/drinks", data={"name": "", "vintage": "12", "csrf_token": owner})
    assert invalid.status_code == 422
    assert 'aria-invalid="true"' in invalid.text


def test_match_dialog_and_the_three_answers(client: TestClient, world: World, owner: str) -> None:
    dialog = client.get(f"/sync/{world.products[LABEL_YES]}/match").text
    assert "<dialog" in dialog and "Oui" in dialog and "Presque" in dialog and "Non" in dialog
    assert f'value="{world.chablis}" checked' in dialog
    glass = client.get(f"/sync/{world.products[LABEL_FOOD]}/match").text
    assert "Aucune boisson de votre bibliothèque" in glass
    yes = client.post(
        f"/sync/{world.products[LABEL_YES]}/yes",
        data={"beverage_id": world.chablis, "units_per_sale": "1", "csrf_token": owner},
    )
    assert "Lié." in yes.text
    client.post(
        f"/sync/{world.products[LABEL_ALMOST]}/almost",
        data={
            "beverage_id": world.chablis,
            "vintage": "2021",
            "units_per_sale": "1",
            "csrf_token": owner,
        },
    )
    no = client.post(
        f"/sync/{world.products[LABEL_NO]}/no",
        data={
            "name": "Côtes du Rhône Guigal",
            "format_cl": "75",
            "units_per_sale": "1",
            "csrf_token": owner,
        },
    )
    assert no.status_code == 200
    assert "2 boissons à synchroniser" in no.text
    refused = client.post(
        f"/sync/{world.products[LABEL_FOOD]}/no",
        data={"name": "", "units_per_sale": "1", "csrf_token": owner},
    )
    assert refused.status_code == 422


def test_glass_label_defaults_to_a_fraction_of_a_bottle(
    client: TestClient, world: World, owner: str
) -> None:
    token = owner
    client.delete(
        f"/api/drinks/{world.chablis}/links/{world.products[LABEL_GLASS]}",
        headers={"X-CSRF-Token": token},
    )
    dialog = client.get(f"/sync/{world.products[LABEL_GLASS]}/match").text
    assert 'id="units-yes" name="units_per_sale" value="0.1667"' in dialog


def test_ignore_with_htmx_says_so_updates_the_counters_and_can_be_undone(
    client: TestClient, world: World, owner: str
) -> None:
    food = world.products[LABEL_FOOD]
    before = client.get("/sync").text
    assert "5 boissons à synchroniser" in before
    headers = {"HX-Request": "true", "X-CSRF-Token": owner}
    gone = client.post(f"/sync/{food}/ignore", headers=headers)
    assert gone.status_code == 200
    assert f"/sync/{food}/unignore?back=list" in gone.text  # the undo button on the row
    assert 'id="pending-title" hx-swap-oob="true"' in gone.text
    assert "4 boissons à synchroniser" in gone.text
    assert '<span id="nav-pending" hx-swap-oob="true">4</span>' in gone.text
    assert LABEL_FOOD in client.get("/sync?show=ignored").text
    assert LABEL_FOOD not in client.get("/sync").text
    back = client.post(f"/sync/{food}/unignore?back=list", headers=headers)
    assert f'id="pp-{food}"' in back.text and "5 boissons à synchroniser" in back.text
    assert LABEL_FOOD in client.get("/sync").text


def test_unlink_warning_in_french_and_english(client: TestClient, world: World, owner: str) -> None:
    page = client.get(f"/drinks/{world.chablis}?tab=sales").text
    assert "Délier ne change rien dans la caisse." in page
    assert "Toutes les ventes passées et futures de la référence caisse" in page
    client.post("/language", data={"lang": "en", "csrf_token": owner})
    english = client.get(f"/drinks/{world.chablis}?tab=sales").text
    assert "Unlinking changes nothing in the POS." in english
    assert "All past and future sales of the POS product" in english
    done = client.post(
        f"/drinks/{world.chablis}/unlink/{world.products[LABEL_GLASS]}",
        data={"csrf_token": owner},
    )
    assert "The POS product was unlinked." in done.text


def test_staff_has_no_unlink_button_and_cannot_post_it(client: TestClient, world: World) -> None:
    token = sign_in(client, world.staff)
    page = client.get(f"/drinks/{world.chablis}?tab=sales").text
    assert LABEL_GLASS in page and "gold-button" not in page
    refused = client.post(
        f"/drinks/{world.chablis}/unlink/{world.products[LABEL_GLASS]}",
        data={"csrf_token": token},
        headers={"Accept": "text/html"},
    )
    assert refused.status_code == 403
    assert "Non autorisé" in refused.text


def test_count_form_updates_the_stock(client: TestClient, world: World, owner: str) -> None:
    client.post(f"/drinks/{world.chablis}/count", data={"quantity": "12,5", "csrf_token": owner})
    page = client.get(f"/drinks/{world.chablis}?tab=stock").text
    assert '<span id="stock">12,5</span>' in page
    assert "Inventaire" in page


def test_another_restaurants_pages_are_404(client: TestClient, world: World, owner: str) -> None:
    for url in (
        f"/drinks/{world.b_drink}",
        f"/drinks/{world.b_drink}/edit",
        f"/sync/{world.b_product}/match",
    ):
        assert client.get(url).status_code == 404, url
    assert (
        client.post(f"/sync/{world.b_product}/ignore", data={"csrf_token": owner}).status_code
        == 404
    )
