"""A count's variance as CSV and XLSX, through the one export writer (formula-safe cells,
French number format), with headers in the user's language."""

from __future__ import annotations

from collections.abc import Callable

from tastevin.exports import Column, Kind, Table, Value, to_csv, to_xlsx
from tastevin.stock.variance import Variance


def variance_table(result: Variance, gettext: Callable[[str], str]) -> Table:
    columns = [
        Column(gettext("Drink number"), Kind.INTEGER),
        Column(gettext("Drink"), Kind.TEXT),
        Column(gettext("Vintage"), Kind.INTEGER),
        Column(gettext("Expected"), Kind.QUANTITY),
        Column(gettext("Counted"), Kind.QUANTITY),
        Column(gettext("Difference (bottles)"), Kind.QUANTITY),
        Column(gettext("Difference at cost (€)"), Kind.MONEY),
        Column(gettext("Difference at selling price (€)"), Kind.MONEY),
    ]
    rows: list[list[Value]] = [
        [
            line.beverage_id,
            line.name,
            line.vintage,
            line.expected,
            line.counted,
            line.difference,
            line.difference_cost,
            line.difference_retail,
        ]
        for line in result.lines
    ]
    rows.append(
        [
            None,
            gettext("Total"),
            None,
            None,
            None,
            result.total_difference,
            result.total_cost,
            result.total_retail,
        ]
    )
    return Table(gettext("Variance"), columns, rows)


def variance_csv(result: Variance, gettext: Callable[[str], str]) -> bytes:
    return to_csv([variance_table(result, gettext)])


def variance_xlsx(result: Variance, gettext: Callable[[str], str]) -> bytes:
    return to_xlsx([variance_table(result, gettext)])
