"""A printed report's padded columns: the item's column, cut at its width.

A Z report or a journal prints each sale on one line of fixed columns: a quantity or an
article number, the item padded with spaces to its column's width, then the unit, the
quantity and the amount (``2x MUSC SL COING 2022   BT      82,50``). An item longer than
its column is cut at the column's width, mid-word or mid-vintage, and the next column
follows it with one space (``2x MUSC ECU GRANITE 202 BT      60,00``): its cut is inside
the line, not at its end. The column is learnt per connection from where its lines' next
column starts, after the padding; a line whose item fills the column was cut there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

MIN_COLUMN = 12  # the item's column ends this far into the line at least
MIN_PADDED_SHARE = 0.3  # the next column starts after padding at one place on this share
MIN_PADDED_LINES = 5  # ...and on this many lines at least
MIN_FULL_LINES = 3  # lines whose item fills its column: a cut, not chance


def learn_column(labels: Sequence[str]) -> tuple[int, int] | None:
    """Where the column after the item starts, and the item's width before it (counted
    from the line's start), when the connection prints padded columns; else None."""
    starts: Counter[int] = Counter()
    for label in labels:
        starts.update(
            at
            for at in range(MIN_COLUMN, len(label))
            if label[at - 2 : at] == "  " and label[at] != " "
        )
    needed = max(MIN_PADDED_LINES, MIN_PADDED_SHARE * len(labels))
    # (the first column after the item: the columns after it are padded more often)
    column = min((at for at, count in starts.items() if count >= needed), default=None)
    if column is None:
        return None
    lengths = Counter(len(label[:column].rstrip()) for label in labels if len(label) > column)
    width = max(lengths, default=0)
    if width >= column or lengths[width] < MIN_FULL_LINES or len(lengths) < 2:
        return None
    return column, width


def column_cut(label: str, column: tuple[int, int] | None) -> tuple[str, str] | None:
    """(the item, the columns after it) when the line's item fills its column, which cut
    it; else None."""
    if column is None:
        return None
    start, width = column
    if len(label) <= start or len(label[:start].rstrip()) != width:
        return None
    return label[:start].rstrip(), label[start:]
