"""The owner's cockpit through HTTP: the home page, errors in the app's layout and language,
a refused count that keeps its form, translated colours, French typography."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tastevin.sales.file_import import import_file
from tests.web.conftest import sign_in
from tests.web.world import LABEL_GLASS, World

HTML = {"Accept": "text/html"}


def test_sign_in_lands_on_the_dashboard_whose_tiles_link_to_the_pages_that_act(
    client: TestClient, world: World, owner: str
) -> None:
    page = client.get("/").text
    assert "<h1>Tableau de bord</h1>" in page
    for tile, target in (
        ("tile-nights", 'href="/connections"'),
        ("tile-pending", 'href="/sync"'),
        ("tile-stock", 'href="/drinks"'),
        ("tile-revenue", 'href="/revenue"'),
        ("tile-top", 'href="/revenue?start='),
    ):
        section = page.split(f'id="{tile}"')[1].split("</section>")[0]
        assert target in section, tile
    pending = page.split('id="tile-pending"')[1].split("</section>")[0]
    assert "5 boissons à synchroniser" in pending
    assert "315,00\xa0€ de chiffre d'affaires en jeu" in pending  # 116 + 60 + 105 + 34
    assert "Aucun inventaire pour l'instant." in page  # an empty tile explains itself


def test_the_file_import_row_of_last_night_links_to_its_page_where_imports_are_acted_on(
    client: TestClient, world: World, owner: str
) -> None:
    nights = client.get("/").text.split('id="tile-nights"')[1].split("</section>")[0]
    assert '<a href="/connections/generic">Fichier d\'import</a>' in nights
    page = client.get("/connections/generic")
    assert page.status_code == 200
    assert "<h1>Fichier d'import</h1>" in page.text
    assert 'id="file-import-how"' in page.text and 'id="import-history"' in page.text
    assert 'id="activate"' not in page.text  # a file import has nothing to set up
    listed = client.get("/connections").text  # after the POS cards, once files arrived
    assert '<a href="/connections/generic">Fichier d\'import</a></h2>' in listed
    assert client.get("/connections/no-such-vendor", headers=HTML).status_code == 404


def test_unknown_pages_answer_a_page_of_the_app_in_french(
    client: TestClient, world: World, owner: str
) -> None:
    missing = client.get("/no-such-page", headers=HTML)
    assert missing.status_code == 404
    assert "Page introuvable" in missing.text and '<nav class="main"' in missing.text
    assert "Not Found" not in missing.text
    assert client.get("/no-such-page").json() == {"detail": "Not Found"}  # programs
    assert client.get("/api/no-such-thing", headers=HTML).json() == {"detail": "Not Found"}
    drink = client.get("/drinks/999999", headers=HTML)
    assert drink.status_code == 404 and "Boisson n°999999 introuvable" in drink.text
    assert "Beverage" not in drink.text
    client.post("/language", data={"lang": "en", "csrf_token": owner})
    english = client.get("/drinks/999999", headers=HTML).text
    assert "Beverage 999999 not found" in english and "Page not found" in english


def test_a_negative_count_keeps_the_form_with_a_translated_message(
    client: TestClient, world: World, owner: str
) -> None:
    refused = client.post(
        f"/drinks/{world.chablis}/count",
        data={"quantity": "-3", "note": "cave du bas", "csrf_token": owner},
        headers=HTML,
    )
    assert refused.status_code == 422
    assert "Un stock compté ne peut pas être négatif." in refused.text
    assert 'value="-3"' in refused.text and 'value="cave du bas"' in refused.text
    assert 'aria-invalid="true"' in refused.text
    assert '<span id="stock">23,04</span>' in refused.text  # nothing was recorded
    words = client.post(
        f"/drinks/{world.chablis}/count", data={"quantity": "douze", "csrf_token": owner}
    )
    assert words.status_code == 422 and "&#39;douze&#39; n&#39;est pas un nombre" in words.text


def test_colours_follow_the_language(client: TestClient, world: World, owner: str) -> None:
    assert '<option value="rouge" >rouge</option>' in client.get("/drinks").text
    client.post("/language", data={"lang": "en", "csrf_token": owner})
    english = client.get("/drinks").text
    assert '<option value="rouge" >red</option>' in english
    assert '<option value="effervescent" >sparkling</option>' in english
    palmer = client.get(f"/drinks/{world.palmer}").text
    assert "<dd>red</dd>" in palmer


def test_french_typography_and_english_numbers(
    client: TestClient, world: World, owner: str
) -> None:
    french = client.get(f"/drinks/{world.chablis}").text
    assert "<strong>Stock\xa0:</strong>" in french
    client.post("/language", data={"lang": "en", "csrf_token": owner})
    english = client.get(f"/drinks/{world.chablis}").text
    assert "<strong>Stock:</strong>" in english and "23.04" in english


def test_the_sales_tab_lists_each_business_day_with_its_pos_and_totals(
    client: TestClient, world: World, owner: str
) -> None:
    page = client.get(f"/drinks/{world.chablis}?tab=sales").text
    table = page.split('id="daily-sales"')[1].split("</table>")[0]
    assert "20/11/2026" in table and LABEL_GLASS in table
    assert "66,00\xa0€" in table and "0,96 btl." in table  # 6 glasses × 0.16
    assert 'id="daily-amount">66,00\xa0€' in table
    chart = page.split('id="drink-chart"')[1].split("</svg>")[0]
    assert "vendredi 20 novembre 2026\xa0: 66,00\xa0€" in chart  # the tooltip
    unlink = page.split(f'id="unlink-{world.products[LABEL_GLASS]}"')[1].split("</dialog>")[0]
    assert f"Délier « {LABEL_GLASS} » de la caisse" in unlink


def test_a_crash_is_a_page_of_the_app_and_the_favicon_is_served(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tastevin.web.app import create_app
    from tastevin.web.pages import home

    def broken(*_args: object) -> None:
        raise RuntimeError("boom: an internal detail nobody should read")

    monkeypatch.setattr(home, "home_summary", broken)
    with TestClient(create_app(), raise_server_exceptions=False) as client:
        sign_in(client, world.owner)
        crash = client.get("/", headers=HTML)
        assert crash.status_code == 500
        assert "Une erreur inattendue s&#39;est produite" not in crash.text  # trusted text
        assert "Une erreur inattendue s'est produite de notre côté" in crash.text
        assert "boom" not in crash.text and "Traceback" not in crash.text
        api = client.get("/api/no-such-thing")
        assert api.status_code == 404
        icon = client.get("/favicon.ico")
        assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg")


def test_a_file_row_set_aside_shows_on_the_file_import_page_until_accepted(
    client: TestClient, world: World, owner: str, tmp_path: Path
) -> None:
    path = tmp_path / "night.csv"
    path.write_text(
        "type,key,product_id,label,quantity,amount,sold_at\n"
        "sale,T1,W1,CH MARGAUX 15,1,890.00,2026-11-21T21:10:00\n"
        "sale,T2,G7,VRE CHABLIS,deux,22.00,2026-11-21T21:20:00\n",
        encoding="utf-8",
    )
    outcome = import_file(path, world.a)
    assert (outcome.lines_added, len(outcome.set_aside)) == (1, 1)
    page = client.get("/connections/generic").text
    status = page.split('<span class="status')[1].split("</p>")[0]
    assert 'id="status-generic">Active —' in status
    assert '#set-aside" id="status-set-aside-generic">1 ligne mise de côté</a>' in status
    aside = page.split('<ul id="set-aside">')[1].split("</ul>")[0]
    assert "<code>T2</code>" in aside
    assert "ligne 3\xa0: «\xa0quantité\xa0» devrait être un nombre, pas &#39;deux&#39;" in aside
    (item_id,) = re.findall(r"/connections/generic/set-aside/(\d+)/replay", aside)
    (api_item,) = client.get("/api/connections/generic/set-aside").json()  # programs too
    assert (api_item["id"], api_item["line"], api_item["ref"]) == (int(item_id), 3, "T2")
    client.post(f"/connections/generic/set-aside/{item_id}/accept", data={"csrf_token": owner})
    after = client.get("/connections/generic").text
    assert 'id="status-generic">Active<' in after and 'id="set-aside"' not in after
    assert 'id="reconciliation"' not in after  # a file has no POS total to reconcile with
