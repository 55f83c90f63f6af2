"""``tastevin demo``: seed the demo restaurant, start every simulator, feed one night of
sales through each of the six channels, then serve the web app until Ctrl-C.

Everything runs on the embedded default (SQLite data and job queue). The job worker runs
beside the web server as its own process (``tastevin worker``), as in production."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date
from importlib import import_module
from types import FrameType
from zoneinfo import ZoneInfo

import httpx
import uvicorn
from rich.console import Console

from tastevin.config import Settings
from tastevin.db import transaction
from tastevin.demo import seed
from tastevin.demo.stock_story import stock_story
from tastevin.models.enums import Vendor
from tastevin.pos.connections import (
    rotate_ftp_password,
    rotate_token,
    set_credentials,
)
from tastevin.pull.days import last_closed_day
from tastevin.pull.service import pull_connection
from tastevin.simulators.server import RunningServer, SimState
from tastevin.web.runtime import tune_for_serving

console = Console()

PULL_SIMULATORS = {
    Vendor.BIZZON: ("bizzon", {"api_key": "sk_test_demo_{seed}"}),
    Vendor.JALIA: ("jalia", {"api_key": "jalia_demo_{seed}"}),
    Vendor.ASTERIO: (
        "asterio",
        {
            "domain": "https://letastevin-70001.myasterio.com",
            "kml": "letastevin-70001",
            "site": "1",
            "login": "LETASTEVIN_GENERICDATA",
            "password": "demo_{seed}",
        },
    ),
}
SEEDS = {
    Vendor.PI_ELYX: 12230,
    Vendor.PI_MONORA: 12231,
    Vendor.POINTEX: 12232,
    Vendor.BIZZON: 12233,
    Vendor.JALIA: 12234,
    Vendor.ASTERIO: 12235,
}


@dataclass
class Secrets:
    tokens: dict[Vendor, str]
    ftp_login: str
    ftp_password: str


class WebServer:
    def __init__(self, settings: Settings) -> None:
        config = uvicorn.Config(
            "tastevin.web.app:create_app",
            factory=True,
            host=settings.host,
            port=settings.port,
            log_level="warning",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="web", daemon=True)

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the web server did not start (is the port free?)")
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@contextmanager
def worker_process() -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen([sys.executable, "-m", "tastevin", "worker"])
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()


def _prepare(settings: Settings) -> tuple[seed.Owner, Secrets, date]:
    with transaction() as session:
        rest = seed.restaurant(session)
        owner = seed.owner_account(session, rest, settings.data_dir)
        added = seed.library(session, rest, seed.now_utc())
        if added:
            console.print(f"Library: {added} drinks, entered a week ago with their stock.")
        if stock_story(session, rest, seed.now_utc()):
            console.print("Stock: two deliveries and a closed count session with its variance.")
        tokens = {}
        for vendor in (Vendor.PI_ELYX, Vendor.PI_MONORA):
            issued = rotate_token(session, seed.connection(session, rest, vendor))
            assert issued.token is not None
            tokens[vendor] = issued.token
        pointex = seed.connection(session, rest, Vendor.POINTEX)
        ftp = rotate_ftp_password(session, pointex, rest)
        assert ftp.ftp_login is not None
        assert ftp.ftp_password is not None
        day = last_closed_day(seed.now_utc(), ZoneInfo(rest.timezone), rest.day_cutoff)
    return owner, Secrets(tokens, ftp.ftp_login, ftp.ftp_password), day


def _start_pull_simulators(stack: ExitStack) -> dict[Vendor, str]:
    urls = {}
    for vendor, (module, _) in PULL_SIMULATORS.items():
        app = import_module(f"tastevin.simulators.{module}").create_app(SimState())
        urls[vendor] = stack.enter_context(RunningServer(app)).url
    return urls


def _feed_pull(urls: dict[Vendor, str], day: date) -> None:
    with transaction() as session:
        rest = seed.restaurant(session)
        ids = {}
        for vendor, (_, template) in PULL_SIMULATORS.items():
            credentials = {k: v.format(seed=SEEDS[vendor]) for k, v in template.items()}
            credentials["base_url"] = urls[vendor]
            found = seed.connection(session, rest, vendor)
            set_credentials(session, found, credentials, user_id=None)
            ids[vendor] = found.id
    for vendor, connection_id in ids.items():
        outcome = pull_connection(connection_id, day=day)
        note = f" ({outcome.error})" if outcome.error else ""
        console.print(f"{vendor}: {outcome.lines_added} sale lines pulled for {day}{note}")


def _feed_push(settings: Settings, secrets: Secrets, day: date) -> None:
    from tastevin.ingress.ftps.certs import ensure_certificate
    from tastevin.simulators.pi_sender import send_night
    from tastevin.simulators.pointex_uploader import upload_night

    base = f"http://{settings.host}:{settings.port}"
    with httpx.Client(base_url=base, timeout=30) as client:
        for vendor, route in ((Vendor.PI_ELYX, "elyx"), (Vendor.PI_MONORA, "monora")):
            report = send_night(
                client,
                seed.DEMO_ID,
                secrets.tokens[vendor],
                day,
                route=route,  # type: ignore[arg-type]
                seed=SEEDS[vendor],
            )
            console.print(
                f"{vendor}: {report.sent} webhook bodies sent, {report.accepted} accepted"
            )
    cert, _key = ensure_certificate(settings)
    name = upload_night(
        settings.ftps_host,
        settings.ftps_port,
        secrets.ftp_login,
        secrets.ftp_password,
        day,
        cafile=cert,
        seed=SEEDS[Vendor.POINTEX],
    )
    console.print(f"pointex: journal {name} uploaded over FTPS")


def _start_ftps(settings: Settings, stack: ExitStack) -> None:
    from tastevin.ingress.ftps.server import BackgroundServer, build_server

    server = BackgroundServer(build_server(settings)).start()
    stack.callback(server.stop)


def _stop_on_terminate() -> None:
    """SIGTERM (``kill``, ``docker stop``, systemd) stops the demo as Ctrl-C does, through
    the same way out: the worker process, the web server and the FTPS box are stopped.
    The web server runs in a thread, so uvicorn installs no handler of its own. A second
    signal while stopping takes the default action (stops at once)."""

    def stop(signum: int, _frame: FrameType | None) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        raise KeyboardInterrupt(signal.Signals(signum).name)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)


def run(settings: Settings) -> None:
    _stop_on_terminate()
    tune_for_serving()
    try:
        _serve(settings)
    except KeyboardInterrupt:
        console.print("Stopped.")


def _serve(settings: Settings) -> None:
    owner, secrets, day = _prepare(settings)
    with ExitStack() as stack:
        stack.enter_context(worker_process())
        web = WebServer(settings)
        web.start()
        stack.callback(web.stop)
        _start_ftps(settings, stack)
        _feed_push(settings, secrets, day)
        _feed_pull(_start_pull_simulators(stack), day)
        url = f"http://{settings.host}:{settings.port}"
        console.rule("[bold]Tastevin demo")
        console.print(f"Open [bold]{url}[/bold] and sign in as [bold]{owner.email}[/bold]")
        console.print(f"Password: [bold]{owner.password}[/bold]")
        console.print(f"Restaurant {seed.DEMO_ID} ({seed.DEMO_NAME}); business day {day}.")
        console.print(f"FTPS drop box: {settings.ftps_host}:{settings.ftps_port}. Ctrl-C stops.")
        while web.thread.is_alive():
            time.sleep(0.5)
        console.print("Stopping…")
