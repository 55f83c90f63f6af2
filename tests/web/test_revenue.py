"""Revenue: totals equal the POS's (linked or not), per drink, chart, CSV and XLSX."""

from __future__ import annotations

import io
from decimal import Decimal

from fastapi.testclient import TestClient
from openpyxl import load_workbook

from tests.web.world import DAY, World


def test_revenue_totals_equal_the_pos(client: TestClient, world: World, owner: str) -> None:
    report = client.get(f"/api/revenue?start={DAY}&end={DAY}").json()
    # Every sale line counts, linked or not: 116 + 60 + 105 + 66 + 34.
    assert report["total"] == "381.00"
    assert report["days"] == [{"day": DAY.isoformat(), "amount": "381.00"}]
    assert report["linked_total"] == "66.00"
    [drink] = report["drinks"]
    assert (drink["beverage_id"], drink["amount"]) == (world.chablis, "66.00")


def test_revenue_page_formats_money_per_locale(
    client: TestClient, world: World, owner: str
) -> None:
    page = client.get(f"/revenue?start={DAY}&end={DAY}").text
    assert "381,00\xa0€" in page
    assert "<svg" in page and "<rect" in page
    client.post("/language", data={"lang": "en", "csrf_token": owner})
    assert "€381.00" in client.get(f"/revenue?start={DAY}&end={DAY}").text


def test_csv_and_xlsx_exports(client: TestClient, world: World, owner: str) -> None:
    csv = client.get(f"/revenue.csv?start={DAY}&end={DAY}")
    assert csv.headers["content-type"].startswith("text/csv")
    text = csv.content.decode("utf-8-sig")
    assert "Journée;Chiffre d'affaires (EUR)" in text
    assert f"{DAY.strftime('%d/%m/%Y')};381,00" in text
    assert f"{world.chablis};Chablis Premier Cru Fourchaume;2019;0,96;66,00" in text
    xlsx = client.get(f"/revenue.xlsx?start={DAY}&end={DAY}")
    book = load_workbook(io.BytesIO(xlsx.content))
    rows = list(book["Par journée"].iter_rows(values_only=True))
    assert rows[-1][0] == "Total"
    assert Decimal(str(rows[-1][1])) == Decimal("381")


def test_a_drink_named_like_a_formula_is_exported_as_text(
    client: TestClient, world: World, owner: str
) -> None:
    renamed = client.patch(
        f"/api/drinks/{world.chablis}", json={"name": "=1+1"}, headers={"X-CSRF-Token": owner}
    )
    assert renamed.status_code == 200, renamed.text
    text = client.get(f"/revenue.csv?start={DAY}&end={DAY}").content.decode("utf-8-sig")
    assert f"{world.chablis};'=1+1;2019;0,96;66,00" in text
    xlsx = client.get(f"/revenue.xlsx?start={DAY}&end={DAY}")
    cell = load_workbook(io.BytesIO(xlsx.content))["Par boisson"]["B2"]
    assert (cell.value, cell.data_type) == ("=1+1", "s")


def test_exports_need_a_session(client: TestClient, world: World) -> None:
    assert client.get("/revenue.csv", follow_redirects=False).status_code == 303
    assert client.get("/api/revenue").status_code == 401
