"""The revenue exports as tables: headers in the user's language; cells are formatted and
neutralised by ``tastevin.exports``, the one writer every export uses."""

from __future__ import annotations

from collections.abc import Callable

from tastevin.exports import Column, Kind, Table, Value
from tastevin.sales.report import RevenueReport


def revenue_tables(report: RevenueReport, _: Callable[[str], str]) -> list[Table]:
    days_rows: list[list[Value]] = [[day, amount] for day, amount in report.days]
    days = Table(
        _("Per business day"),
        [Column(_("Business day"), Kind.DATE), Column(_("Revenue (EUR)"), Kind.MONEY)],
        [*days_rows, [_("Total"), report.total]],
    )
    drinks = Table(
        _("Per drink"),
        [
            Column(_("Drink number"), Kind.INTEGER),
            Column(_("Drink"), Kind.TEXT),
            Column(_("Vintage"), Kind.INTEGER),
            Column(_("Bottles"), Kind.QUANTITY),
            Column(_("Revenue (EUR)"), Kind.MONEY),
        ],
        [[d.beverage_id, d.name, d.vintage, d.units, d.amount] for d in report.drinks],
    )
    return [days, drinks]
