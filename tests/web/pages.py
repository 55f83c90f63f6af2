"""Every page of the app, found rather than listed: the GET page routes without parameters
(from the app's own routing table), then the links they show, followed breadth-first; so
a page another area adds is covered as soon as it is routed or linked.

And the two catalogs turned into detectors of untranslated text: English source strings
that must not appear on a French page, French translations that must not appear on an
English one."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from babel.messages.pofile import read_po
from fastapi import FastAPI
from starlette.routing import Match

from tastevin.web.i18n import DIRECTORY
from tastevin.web.routes import page_routes

NOT_LINKS = (".csv", ".xlsx", "/logout")
PER_PATH = 6
"""Query-string variants visited per path (tabs, filters, pages of one page): a period's
"previous" link leads on forever. Distinct paths (each drink, each connection) are all
visited: there is no cap on the number of pages."""


@dataclass(frozen=True, slots=True)
class Found:
    url: str
    route: str


def route_of(app: FastAPI, url: str) -> str | None:
    parts = urlsplit(url)
    scope = {"type": "http", "path": parts.path, "method": "GET", "root_path": ""}
    for route, path in page_routes(app):
        if route.matches(scope)[0] == Match.FULL:
            return path
    return None


def starting_points(app: FastAPI) -> list[str]:
    return [path for _, path in page_routes(app) if "{" not in path and path != "/login"]


def crawl(app: FastAPI, fetch: object, per_path: int = PER_PATH) -> list[Found]:
    """``fetch(url) -> list of hrefs`` loads a page and returns its links."""
    queue = starting_points(app)
    seen: set[str] = set()
    variants: dict[str, int] = {}
    found: list[Found] = []
    while queue:
        url = queue.pop(0)
        path = urlsplit(url).path
        if url in seen or path.endswith(NOT_LINKS):
            continue
        seen.add(url)
        route = route_of(app, url)
        if route is None or variants.get(path, 0) >= per_path:
            continue
        variants[path] = variants.get(path, 0) + 1
        found.append(Found(url, route))
        for href in fetch(url):  # type: ignore[operator]
            local = href.startswith("/") and not href.startswith("//")
            if local and not href.split("?")[0].endswith(NOT_LINKS):
                queue.append(href.split("#")[0])
    return found


def _literal_pieces(message: str) -> list[str]:
    return [p.strip() for p in re.split(r"%\(\w+\)[sdr]|%[sd]", message) if p.strip()]


def _phrase(text: str) -> bool:
    return " " in text and len(text) >= 8


def _word(text: str) -> bool:
    # A lone word ("Domaine") may be data (a producer's name): words are looked for in the
    # interface's own text only (navigation, headings, labels, buttons), phrases anywhere.
    return " " not in text and len(text) >= 5


@lru_cache(maxsize=1)
def _pairs() -> list[tuple[str, str]]:
    with (DIRECTORY / "fr" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle)
    pairs = []
    for message in catalog:
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for english, french in zip(ids, strings, strict=False):
            pairs.append((english, french))
    return pairs


@lru_cache(maxsize=2)
def foreign_phrases(locale: str) -> tuple[str, ...]:
    """Text of the other language that must not be seen on a ``locale`` page."""
    english = {p for e, f in _pairs() for p in _literal_pieces(e) if e != f}
    french = {p for e, f in _pairs() for p in _literal_pieces(f) if e != f}
    shared = english & french
    wanted = english if locale == "fr" else french
    return tuple(sorted(p for p in wanted - shared if _phrase(p) or _word(p)))


def untranslated(text: str, locale: str, interface: str = "") -> list[str]:
    """The other language's catalog phrases found in a page's visible text (``interface``:
    the text of its navigation, headings, labels and buttons, for single words)."""
    hits = [
        phrase
        for phrase in foreign_phrases(locale)
        if re.search(
            rf"(?<![\w]){re.escape(phrase)}(?![\w])", text if _phrase(phrase) else interface
        )
    ]
    hits += [m for m in ("%(", "{{", "{%", "Not Found", "Internal Server Error") if m in text]
    return hits


def french_colon_faults(text: str) -> list[str]:
    """French wants a (non-breaking) space before ':' — "Stock :" — except in times and URLs;
    after a word or a closing bracket ("(HT): 3 €")."""
    return re.findall(r"(?:\b[^\W\d_]+|[)»\]]):(?=\s)", text)


def slug(url: str) -> str:
    cleaned = re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-")
    return cleaned or "home"


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
