"""Hypothesis strategies for fuzzing the push parsers: realistic bodies, then mutated."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import strategies as st

from tastevin.simulators.pi_sender import elyx_document, monora_ticket
from tastevin.simulators.pointex_uploader import render_journal
from tastevin.simulators.restaurant import night

_TICKETS = night(date(2026, 11, 21), lines=40)

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["", "0", "-1", "1,5", "21/11/2026", "2026-11-21", "NaN", "1e999", "\x00"]),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)


def _mutate(data: Any, draw: Any) -> Any:
    """Replace, drop or add one field somewhere in a realistic document."""
    if isinstance(data, dict) and data:
        key = draw(st.sampled_from(sorted(data)))
        action = draw(st.sampled_from(["replace", "drop", "recurse", "add"]))
        copy = dict(data)
        if action == "drop":
            del copy[key]
        elif action == "replace":
            copy[key] = draw(json_values)
        elif action == "add":
            copy[draw(st.text(max_size=10))] = draw(json_values)
        else:
            copy[key] = _mutate(copy[key], draw)
        return copy
    if isinstance(data, list) and data:
        index = draw(st.integers(0, len(data) - 1))
        copy = list(data)
        copy[index] = _mutate(copy[index], draw)
        return copy
    return draw(json_values)


@st.composite
def elyx_bodies(draw: Any) -> bytes:
    document: Any = elyx_document(draw(st.sampled_from(_TICKETS)))
    for _ in range(draw(st.integers(0, 3))):
        document = _mutate(document, draw)
    return json.dumps(document, ensure_ascii=draw(st.booleans())).encode()


@st.composite
def monora_bodies(draw: Any) -> bytes:
    body: Any = {"tickets": [monora_ticket(draw(st.sampled_from(_TICKETS)))]}
    for _ in range(draw(st.integers(0, 3))):
        body = _mutate(body, draw)
    return json.dumps(body).encode()


_JOURNAL_LINES = render_journal(_TICKETS).split(b"\r\n")


@st.composite
def pointex_journals(draw: Any) -> bytes:
    lines = list(_JOURNAL_LINES[: draw(st.integers(0, len(_JOURNAL_LINES)))])
    for _ in range(draw(st.integers(0, 3))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        cells = lines[index].split(b";")
        cell = draw(st.integers(0, len(cells) - 1))
        cells[cell] = draw(st.binary(max_size=12) | st.text(max_size=12).map(str.encode))
        lines[index] = b";".join(cells)
    return b"\r\n".join(lines)


def any_body(realistic: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    return st.one_of(realistic, realistic, st.binary(max_size=300))
