"""The ledger's fast path: insert many sale lines, skipping those already there.

PostgreSQL: a batch of fewer than ``COPY_FROM`` lines (an API page) is one ``INSERT …
SELECT FROM unnest(…) ON CONFLICT DO NOTHING`` (one round trip). A bigger one is copied
with binary ``COPY`` straight into the ledger under a savepoint; if a key is already
there, back to the savepoint and ``COPY`` into a temporary stage, then one ``INSERT …
SELECT … ON CONFLICT DO NOTHING``. SQLite: ``INSERT OR IGNORE`` with ``executemany``.
Both report how many rows were really added. Values are converted exactly as the ORM column
types would (scaled integers for money and quantities, naive UTC for times).

The column lists, the COPY types and the scales all come from the SQLAlchemy ``Table``
(``columns_of``, ``copy_types``): a schema change is made once, in the model.
``tests/sales/test_fast_path_schema.py`` fails if the fast path and the ORM disagree.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import psycopg
from sqlalchemy import BigInteger, Boolean, Date, DateTime, Dialect, Integer, String, Table
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator, TypeEngine

from tastevin.connectors.base import SaleKind, SaleRecord
from tastevin.models import SaleLine
from tastevin.models.types import ScaledDecimal

_TABLE: Table = SaleLine.__table__  # type: ignore[assignment]


def columns_of(table: Table) -> tuple[str, ...]:
    """The columns a bulk insert writes: every column but the generated primary key, in the
    model's order."""
    return tuple(c.name for c in table.columns if not (c.primary_key and c.autoincrement))


_POSTGRES: Dialect = postgresql.dialect()  # type: ignore[no-untyped-call]


def _storage_type(column_type: TypeEngine[Any]) -> TypeEngine[Any]:
    """What the database stores (a ``TypeDecorator``'s implementation type)."""
    impl = column_type.dialect_impl(_POSTGRES)
    return impl.impl_instance if isinstance(impl, TypeDecorator) else impl


def _copy_type(column_type: TypeEngine[Any]) -> str:
    stored = _storage_type(column_type)
    # Most specific first: BigInteger is an Integer.
    for kind, name in (
        (BigInteger, "int8"),
        (Integer, "int4"),
        (String, "varchar"),
        (Boolean, "bool"),
        (DateTime, "timestamptz" if getattr(stored, "timezone", False) else "timestamp"),
        (Date, "date"),
    ):
        if isinstance(stored, kind):
            return name
    raise TypeError(f"no binary COPY type for {column_type!r}")


def copy_types(table: Table, columns: Sequence[str]) -> tuple[str, ...]:
    """The PostgreSQL binary COPY types of ``columns``, from their column types."""
    return tuple(_copy_type(table.c[name].type) for name in columns)


def scale_of(table: Table, column: str) -> int:
    column_type = table.c[column].type
    assert isinstance(column_type, ScaledDecimal), column
    return column_type.scale


COLUMNS = columns_of(_TABLE)
_ROW = (
    "restaurant_id",
    "connection_id",
    "pos_product_id",
    "import_id",
    "idempotency_key",
    "quantity",
    "amount",
    "tax",
    "sold_at",
    "business_day",
    "kind",
    "ticket",
    "version",
    "superseded_at",
    "superseded_by",
)
"""The order ``sale_rows`` writes (its loop is flat for speed). Checked against the table
when this module loads: a column added to the model and not here stops the import."""
if _ROW != COLUMNS:
    raise RuntimeError(f"sales.bulk writes {_ROW} but sale_line has {COLUMNS}")
_QUANTITY_SCALE = scale_of(_TABLE, "quantity")
_MONEY_SCALE = scale_of(_TABLE, "amount")
_TAX_SCALE = scale_of(_TABLE, "tax")


@dataclass(frozen=True, slots=True)
class LedgerContext:
    """What every line of one batch shares."""

    restaurant_id: int
    connection_id: int
    import_id: int | None
    product_ids: Mapping[str, int]
    day_of: Callable[[datetime], date]
    versions: Mapping[str, str] = field(default_factory=dict)
    """Ticket → content version of the lines being written."""
    renewed: frozenset[str] = frozenset()
    """Tickets arriving as a new version of lines already in the ledger: their lines are
    keyed ``<key>~<version>`` so both versions are kept (the earlier one superseded)."""


def ledger_key(sale: SaleRecord, context: LedgerContext) -> str:
    if sale.ticket is None or sale.ticket not in context.renewed:
        return sale.key
    key = f"{sale.key}~{context.versions[sale.ticket]}"
    return key if len(key) <= 200 else "h:" + hashlib.sha256(key.encode()).hexdigest()


def _scaled(value: Decimal, exponent: int) -> int:
    scaled = value.scaleb(exponent)
    integer = int(scaled)
    if integer != scaled:
        raise ValueError(f"{value} has more than {exponent} decimals")
    return integer


def _same(value: Any) -> Any:
    return value


def _column_processor(table: Table, column: str, dialect: Dialect) -> Callable[[Any], Any]:
    """The column's own bind processor for this database (dialect-specific, as the ORM's)."""
    column_type = table.c[column].type.dialect_impl(dialect)
    return column_type.bind_processor(dialect) or _same


def _naive_time_processor(dialect: Dialect) -> Callable[[datetime], Any]:
    """A naive UTC datetime as the ``DateTime`` column stores it. On SQLite that is the
    text SQLAlchemy writes (``YYYY-MM-DD HH:MM:SS.ffffff``, compared as text, so the
    format must be identical everywhere); ``isoformat`` makes it in C."""
    if dialect.name == "sqlite":
        return lambda moment: moment.isoformat(" ", "microseconds")
    return _same


_KIND_TEXT = {kind: kind.value for kind in SaleKind}


def sale_rows(
    sales: Iterable[SaleRecord], context: LedgerContext, dialect: Dialect
) -> Iterator[tuple[Any, ...]]:
    """Sale records as the ledger's columns store them, in one pass and without the ORM's
    per-value overhead. This is the hot loop of every import: it is written flat on
    purpose (each call saved here is ~5 % of a night's ingestion)."""
    day_to_db = _column_processor(_TABLE, "business_day", dialect)
    time_to_db = _naive_time_processor(dialect)
    restaurant_id, connection_id, import_id = (
        context.restaurant_id,
        context.connection_id,
        context.import_id,
    )
    product_ids, day_of, kinds = context.product_ids, context.day_of, _KIND_TEXT
    versions, renewed = context.versions, context.renewed
    quantity_scale, money_scale, tax_scale = _QUANTITY_SCALE, _MONEY_SCALE, _TAX_SCALE
    for sale in sales:
        moment = sale.sold_at
        utc = moment if moment.tzinfo is UTC else moment.astimezone(UTC)
        quantity = sale.quantity.scaleb(quantity_scale)
        amount = sale.amount.scaleb(money_scale)
        quantity_int, amount_int = int(quantity), int(amount)
        if quantity_int != quantity or amount_int != amount:
            raise ValueError(
                f"line {sale.key}: at most {quantity_scale} decimals of quantity, "
                f"{money_scale} of money"
            )
        yield (
            restaurant_id,
            connection_id,
            product_ids[sale.vendor_product_id],
            import_id,
            ledger_key(sale, context) if renewed else sale.key,
            quantity_int,
            amount_int,
            None if sale.tax is None else _scaled(sale.tax, tax_scale),
            time_to_db(utc.replace(tzinfo=None)),
            day_to_db(day_of(moment)),
            kinds[sale.kind],
            sale.ticket,
            None if sale.ticket is None else versions.get(sale.ticket),
            None,  # superseded_at: a new line counts
            None,  # superseded_by
        )


def row_writer(
    session: Session, table: Table, columns: Sequence[str]
) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """Named values → a row in database form, each converted by its column's own type (for
    the small bulk writes; the ledger's hot loop is ``sale_rows``)."""
    dialect = session.get_bind().dialect
    convert = [(name, _column_processor(table, name, dialect)) for name in columns]
    return lambda values: tuple(to_db(values[name]) for name, to_db in convert)


def _array_types(session: Session, table: Table, columns: Sequence[str]) -> list[str]:
    """Each column's PostgreSQL type, as an array (``unnest`` needs them spelled out)."""
    dialect = session.get_bind().dialect
    return [f"{table.c[c].type.compile(dialect=dialect)}[]" for c in columns]


def _unnest(session: Session, table: Table, columns: Sequence[str]) -> str:
    # %b: each array is sent in binary (see ``_as_columns``).
    casts = ", ".join(f"%b::{kind}" for kind in _array_types(session, table, columns))
    return f"unnest({casts})"


def _as_columns(rows: list[tuple[Any, ...]]) -> list[list[Any]]:
    """The rows as one list per column, for ``unnest``. Sent in binary (``%b``):
    psycopg's text form of an array quotes every element with a regular expression, which
    cost more than the statement itself for a catalogue's thousand products."""
    return [list(column) for column in zip(*rows, strict=True)]


def update_by_id(
    session: Session, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Set ``columns`` of many rows, each tuple being the new values followed by the row's id,
    in database form.

    PostgreSQL: one ``UPDATE … FROM unnest(…)`` (one statement and one round trip for the
    whole batch; ``executemany`` ran one statement per row, which was most of a pull's time
    on PostgreSQL). The rows are locked in id order first, in the same statement, so
    concurrent writers of the same products queue instead of deadlocking. SQLite:
    ``executemany`` (in-process, no round trips to save)."""
    if not rows:
        return
    dbapi = session.connection().connection.driver_connection
    assert dbapi is not None
    sets = ", ".join(f"{c} = ?" for c in columns)
    if session.get_bind().dialect.name != "postgresql":
        dbapi.executemany(f"UPDATE {table.name} SET {sets} WHERE id = ?", rows)
        return
    ids = sorted(row[-1] for row in rows)
    names = ", ".join(columns)
    assignments = ", ".join(f"{c} = u.{c}" for c in columns)
    with dbapi.cursor() as cursor:
        # One statement: the rows are locked in id order by the CTE (joined, so it runs),
        # then updated. Never prepared: a plan cached while the table was small (the
        # first restaurants of a night on a new database, before any ANALYZE) joined it
        # by a sequential scan, kept for every later page while the table grew (measured
        # at 300 restaurants: a quarter of these updates each read up to 128,000 rows).
        # Planned each time, the index on ``id`` is used whatever the statistics say.
        cursor.execute(
            f"WITH locked AS (SELECT id FROM {table.name} WHERE id = ANY(%b) "
            "ORDER BY id FOR UPDATE) "
            f"UPDATE {table.name} AS t SET {assignments} "
            f"FROM {_unnest(session, table, (*columns, 'id'))} AS u({names}, id) "
            "JOIN locked ON locked.id = u.id "
            "WHERE t.id = u.id",
            [ids, *_as_columns(rows)],
            prepare=False,
        )


def insert_ignore(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: list[tuple[Any, ...]],
    key: Sequence[str],
) -> None:
    """Many rows already in database form; rows whose ``key`` (a unique constraint's
    columns) exists are skipped. PostgreSQL: one ``INSERT … SELECT FROM unnest(…)`` for the
    whole batch (see ``update_by_id``). The key is named: without it, PostgreSQL checks
    every unique index of each row for a conflict (the primary key's too), which was a
    tenth of a catalogue insert's server time."""
    _insert_many(session, table, columns, rows, f"ON CONFLICT ({', '.join(key)}) DO NOTHING")


def _insert_many(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: list[tuple[Any, ...]],
    conflict: str,
) -> None:
    """``INSERT … {conflict}`` of many rows in database form: from ``unnest`` in one
    statement on PostgreSQL, ``executemany`` on SQLite (in-process: no round trips)."""
    if not rows:
        return
    dbapi = session.connection().connection.driver_connection
    assert dbapi is not None
    names = ", ".join(columns)
    if session.get_bind().dialect.name == "postgresql":
        with dbapi.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table.name} ({names}) "
                f"SELECT * FROM {_unnest(session, table, columns)} {conflict}",
                _as_columns(rows),
            )
        return
    marks = ", ".join("?" for _ in columns)
    dbapi.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({marks}) {conflict}", rows)


def upsert(
    session: Session,
    table: Table,
    columns: Sequence[str],
    key: Sequence[str],
    rows: list[tuple[Any, ...]],
) -> None:
    """Many rows already in database form (at most one per ``key``); a row whose ``key``
    exists takes the new values of its other columns. One ``INSERT … ON CONFLICT (key) DO
    UPDATE`` for the whole batch on PostgreSQL (from ``unnest``), ``executemany`` of it on
    SQLite: atomic, where a select then an insert lost to a concurrent writer."""
    changes = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
    conflict = f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {changes}"
    _insert_many(session, table, columns, rows, conflict)


def insert_ignore_sale_lines(
    session: Session, sales: Sequence[SaleRecord], context: LedgerContext
) -> int:
    dialect = session.get_bind().dialect
    values = sale_rows(sales, context, dialect)
    dbapi = session.connection().connection.driver_connection
    assert dbapi is not None
    if dialect.name == "postgresql":
        if len(sales) < COPY_FROM:
            return _postgres_small(session, dbapi, values)
        return _postgres(dbapi, values)
    return _sqlite(dbapi, values)


COPY_FROM = 1000
"""Below this many lines (an API page, a webhook), one ``INSERT … SELECT FROM unnest(…)``
is one round trip where ``COPY`` under a savepoint is three; above it, ``COPY``'s cheaper
encoding wins."""


def _postgres_small(session: Session, dbapi: Any, values: Iterator[tuple[Any, ...]]) -> int:
    rows = list(values)
    with dbapi.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_TABLE.name} ({', '.join(COLUMNS)}) "
            f"SELECT * FROM {_unnest(session, _TABLE, COLUMNS)} "
            "ON CONFLICT (connection_id, idempotency_key) DO NOTHING",
            _as_columns(rows),
        )
        return int(cursor.rowcount)


def _sqlite(dbapi: Any, values: Iterator[tuple[Any, ...]]) -> int:
    placeholders = ", ".join("?" for _ in COLUMNS)
    cursor = dbapi.executemany(
        f"INSERT OR IGNORE INTO {_TABLE.name} ({', '.join(COLUMNS)}) VALUES ({placeholders})",
        values,
    )
    return int(cursor.rowcount)


_STAGE = "sale_line_stage"
_COPY_TYPES = copy_types(_TABLE, COLUMNS)
"""Binary COPY: psycopg packs each value in C (measured: 0.8 µs a row, 3.4 µs as text)."""


def _postgres(dbapi: Any, values: Iterator[tuple[Any, ...]]) -> int:
    """Optimistic first: a night's lines are new, so COPY them straight into the ledger
    inside a savepoint. If any key is already there (a resend, a concurrent worker), the
    unique index refuses the COPY; roll back to the savepoint and take the careful path."""
    rows: list[tuple[Any, ...]] = []
    columns = ", ".join(COLUMNS)
    with dbapi.cursor() as cursor:
        cursor.execute("SAVEPOINT sale_line_copy")
        try:
            with cursor.copy(f"COPY {_TABLE.name} ({columns}) FROM STDIN (FORMAT BINARY)") as copy:
                copy.set_types(_COPY_TYPES)
                for row in values:
                    rows.append(row)
                    copy.write_row(row)
        except psycopg.errors.UniqueViolation:
            cursor.execute("ROLLBACK TO SAVEPOINT sale_line_copy")
            rows.extend(values)
            return _postgres_ignoring_duplicates(cursor, rows)
        cursor.execute("RELEASE SAVEPOINT sale_line_copy")
        return len(rows)


def _postgres_ignoring_duplicates(cursor: Any, rows: list[tuple[Any, ...]]) -> int:
    columns = ", ".join(COLUMNS)
    cursor.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {_STAGE} ON COMMIT DELETE ROWS "
        f"AS SELECT {columns} FROM {_TABLE.name} WITH NO DATA"
    )
    with cursor.copy(f"COPY {_STAGE} ({columns}) FROM STDIN (FORMAT BINARY)") as copy:
        copy.set_types(_COPY_TYPES)
        for row in rows:
            copy.write_row(row)
    cursor.execute(
        f"INSERT INTO {_TABLE.name} ({columns}) SELECT {columns} FROM {_STAGE} "
        "ON CONFLICT (connection_id, idempotency_key) DO NOTHING"
    )
    added = cursor.rowcount
    cursor.execute(f"TRUNCATE {_STAGE}")
    return int(added)
