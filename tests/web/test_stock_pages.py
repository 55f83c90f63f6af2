"""The stock pages and their form posts, in French: counting one drink after another with
tenths, the variance page and its exports (formula-safe, French numbers), deliveries with
correction and CSV import matched by the label matcher, stock value, reorder, highlights,
histories and the vintage roll-over."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from decimal import Decimal

from fastapi.testclient import TestClient
from openpyxl import load_workbook

from tastevin import db
from tastevin.models import Beverage
from tastevin.models.types import utcnow
from tastevin.stock.service import record_opening
from tests.web.world import LABEL_GLASS, World


def _post(client: TestClient, url: str, token: str, **data: str) -> str:
    response = client.post(url, data={**data, "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303, response.text
    return str(response.headers["location"])


def test_count_session_one_drink_after_another_then_variance_and_exports(
    client: TestClient, world: World, owner: str
) -> None:
    with db.transaction() as session:
        wicked = session.get_one(Beverage, world.palmer)
        wicked.name = '=HYPERLINK("http://x")'  # a name that would be a live formula
        record_opening(session, world.a, world.palmer, Decimal(6), Decimal("150.00"))
    url = _post(client, "/counts", owner, scope="all")
    page = client.get(url).text
    assert "Inventaire" in page or "Toute la cave" in page
    first = re.search(r'name="beverage_id" value="(\d+)"', page)
    assert first is not None
    # 4 full bottles and an open one at 0.3.
    _post(client, url + "/lines", owner, beverage_id=first.group(1), bottles="4", tenths="3")
    page = client.get(url).text
    assert "4,3" in page
    second = re.search(r'name="beverage_id" value="(\d+)"', page)
    assert second is not None and second.group(1) != first.group(1)  # the next drink
    _post(client, url + "/lines", owner, beverage_id=str(world.palmer), bottles="5", tenths="0")
    found = client.get(url, params={"q": "sancerre"}).text
    assert "Sancerre Les Romains" in found
    closed = _post(client, url + "/close", owner)
    variance = client.get(closed).text
    assert "Écarts" in variance and "Attendu" in variance
    assert "-150,00\xa0€" in variance or "−150,00\xa0€" in variance  # 1 Palmer missing at cost

    count_id = closed.split("/")[2]
    listed = client.get("/counts").text
    assert f'href="/counts/{count_id}/variance"' in listed
    # The formula-named Palmer sorts first and was counted twice (the second replaces it).
    assert re.search(r'class="num">1 / 3<', listed)
    csv_text = client.get(f"/counts/{count_id}/variance.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_text  # neutralised
    assert ";-1;-150,00;-420,00" in csv_text  # French numbers, still numbers
    book = load_workbook(io.BytesIO(client.get(f"/counts/{count_id}/variance.xlsx").content))
    cells = [c.value for row in book.active.iter_rows() for c in row]  # type: ignore[union-attr]
    assert '=HYPERLINK("http://x")' in cells and -150.0 in cells
    assert book.active.cell(2, 2).data_type == "s"  # type: ignore[union-attr]


def test_blind_count_hides_the_expected_stock(client: TestClient, world: World, owner: str) -> None:
    seen = client.get(_post(client, "/counts", owner, scope="all")).text
    assert 'id="expected"' in seen
    blind = client.get(_post(client, "/counts", owner, scope="all", blind="1")).text
    assert 'id="expected"' not in blind and "aveugle" in blind


def test_delivery_form_correction_cancel_and_history(
    client: TestClient, world: World, owner: str
) -> None:
    day = (utcnow() - timedelta(days=1)).date().isoformat()
    url = _post(
        client,
        "/deliveries",
        owner,
        supplier="Cave Dupont",
        day=day,
        reference="F-1",
        beverage_id=str(world.palmer),
        quantity="6",
        unit_cost="150,00",
    )
    page = client.get(url).text
    assert "Cave Dupont" in page and "900,00\xa0€" in page
    assert "Cave Dupont" in client.get("/deliveries").text
    response = client.post(
        url,
        data={
            "csrf_token": owner,
            "supplier": "Cave Dupont",
            "day": day,
            "reference": "F-1",
            "beverage_id": str(world.palmer),
            "quantity": "5",
            "unit_cost": "150",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert "750,00\xa0€" in client.get(url).text
    _post(client, url + "/cancel", owner)
    assert "annulée" in client.get(url).text
    history = client.get(f"/drinks/{world.palmer}?tab=stock").text
    assert history.count("Livraison corrigée ou annulée") == 2 and "Solde" in history


def test_delivery_csv_import_matches_labels_to_drinks(
    client: TestClient, world: World, owner: str
) -> None:
    body = "label;quantity;unit_cost\nCH PALMER 2015 MARGAUX;6;150,00\nZZZ INCONNU;2;3\n"
    page = client.post(
        "/deliveries/import",
        data={"csrf_token": owner, "supplier": "Cave Dupont", "day": "2026-11-20"},
        files={"file": ("bl.csv", body.encode(), "text/csv")},
    ).text
    assert "Ligne 3 : « ZZZ INCONNU »" in page and "à vérifier" in page
    assert re.search(rf'<option value="{world.palmer}" selected>', page)


def test_value_reorder_and_highlights(client: TestClient, world: World, owner: str) -> None:
    with db.transaction() as session:
        record_opening(session, world.a, world.palmer, Decimal(2), Decimal("150.00"))
        session.get_one(Beverage, world.palmer).par_level = Decimal(6)
    value = client.get("/stock/value").text
    assert "300,00\xa0€" in value
    reorder = client.get("/reorder").text
    assert "Château Palmer" in reorder and "<strong>4</strong>" in reorder
    drinks = client.get("/drinks").text
    assert "sous le seuil" in drinks


def test_vintage_roll_over_from_the_sales_tab(client: TestClient, world: World, owner: str) -> None:
    glass = world.products[LABEL_GLASS]
    target = _post(
        client, f"/drinks/{world.chablis}/rollover/{glass}", owner, vintage="2020", day=""
    )
    new_page = client.get(target).text
    assert "2020" in new_page and LABEL_GLASS in new_page
    old_page = client.get(f"/drinks/{world.chablis}?tab=sales").text
    assert LABEL_GLASS in old_page and ("jusqu&#39;au" in old_page or "jusqu'au" in old_page)
    assert "Changement de millésime" in client.get(f"/drinks/{world.chablis}?tab=stock").text
    prices = client.get(f"/drinks/{world.chablis}?tab=prices").text
    assert "Historique du prix de vente" in prices


def test_a_wrong_delivery_comes_back_as_typed_with_the_reason_in_french(
    client: TestClient, world: World, owner: str
) -> None:
    form = {
        "csrf_token": owner,
        "supplier": "Cave Dupont",
        "day": "20/11/2026",
        "reference": "F-2",
        "beverage_id": ["", str(world.palmer)],
        "quantity": ["6", "douze"],
        "unit_cost": ["", ""],
    }
    response = client.post("/deliveries", data=form)
    assert response.status_code == 400
    page = response.text
    assert 'id="delivery-error"' in page and "Ligne 1\xa0: choisissez la boisson" in page
    assert 'value="Cave Dupont"' in page and 'value="douze"' in page and 'value="6"' in page
    assert "Cave Dupont" not in client.get("/deliveries").text  # nothing was recorded
