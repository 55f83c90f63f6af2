"""Serving the app on 127.0.0.1 (port 0) and driving Debian's Chromium with Playwright."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from tastevin.web.app import create_app
from tests.conftest import service_missing

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


class LiveServer:
    def __init__(self) -> None:
        config = uvicorn.Config(create_app(), host="127.0.0.1", port=0, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the web app did not start")
            time.sleep(0.02)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


UI_LANGUAGES = {"fr": "fr_FR", "en": "en_US"}
"""Chromium draws native date and time inputs in its own interface language (taken from the
environment at launch, with Debian's chromium-l10n installed), not the page's: a French
owner's browser is French, so French pages are tested in a French Chromium."""


def launch_options(language: str = "fr") -> dict[str, object]:
    ui = UI_LANGUAGES[language]
    env = {**os.environ, "LANGUAGE": ui, "LANG": f"{ui}.UTF-8"}
    return {"executable_path": str(CHROMIUM), "args": ARGS, "env": env}


def launch_browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        service_missing("Chromium (/usr/bin/chromium)", FileNotFoundError(str(CHROMIUM)))
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**launch_options("fr"))  # type: ignore[arg-type]
        yield browser
        browser.close()


def shot_taker(name: str) -> object:
    folder = ARTIFACTS / name
    folder.mkdir(parents=True, exist_ok=True)
    counter = iter(range(1, 100))

    def shot(page: object, step: str) -> None:
        page.screenshot(path=str(folder / f"{next(counter):02d}-{step}.png"), full_page=True)  # type: ignore[attr-defined]

    return shot


__all__ = ["LiveServer", "launch_browser", "launch_options", "pytest", "shot_taker"]
