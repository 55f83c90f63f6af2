"""How the first held-out set's cases are written: y(label, alias, …) a label that means
the wine, al(…) one that almost does (its vintage not held), n(label) one that means none."""

from __future__ import annotations

from collections.abc import Callable

# (label, expect, alias, vintage on label, bottle format (None: ordinary), served volume)
Y, AL, N = "yes", "almost", "none"
Case = tuple[str, str, str | None, int | None, float | None, float | None]
GLASS = 12.5


def collector(
    cases: list[Case],
) -> tuple[Callable[..., None], Callable[..., None], Callable[..., None]]:
    """(y, al, n) appending to ``cases``, in the order they are written."""

    def y(
        label: str,
        alias: str,
        vintage: int | None = None,
        fmt: float | None = None,
        cl: float | None = None,
    ) -> None:
        cases.append((label, Y, alias, vintage, fmt, cl))

    def al(
        label: str, alias: str, vintage: int, fmt: float | None = None, cl: float | None = None
    ) -> None:
        cases.append((label, AL, alias, vintage, fmt, cl))

    def n(label: str, vintage: int | None = None) -> None:
        cases.append((label, N, None, vintage, None, None))

    return y, al, n
