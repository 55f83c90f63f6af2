"""Building and running the FTPS server (``tastevin ftps``, the demo and the tests)."""

from __future__ import annotations

import threading
from pathlib import Path

from pyftpdlib.servers import ThreadedFTPServer

from tastevin.config import Settings
from tastevin.ingress.ftps.authorizer import DatabaseAuthorizer
from tastevin.ingress.ftps.certs import ensure_certificate
from tastevin.ingress.ftps.handler import DropBoxHandler
from tastevin.ingress.ftps.lockout import Lockout


def passive_range(text: str) -> list[int] | None:
    """``"60000-60100"`` → those ports; empty → any port the kernel gives."""
    if not text.strip():
        return None
    low, _, high = text.partition("-")
    first, last = int(low), int(high or low)
    if not 0 < first <= last < 65536:
        raise ValueError(f"invalid passive port range {text!r}")
    return list(range(first, last + 1))


def build_server(
    settings: Settings,
    *,
    host: str | None = None,
    port: int | None = None,
    lockout: Lockout | None = None,
) -> ThreadedFTPServer:
    """A server bound to ``host:port`` (port 0: any free port), one thread per client.
    Each call gets its own handler class, so two servers never share configuration."""
    certfile, keyfile = ensure_certificate(settings)
    root: Path = settings.data_dir / "ftps"
    root.mkdir(parents=True, exist_ok=True)
    handler = type(
        "TastevinDropBoxHandler",
        (DropBoxHandler,),
        {
            "authorizer": DatabaseAuthorizer(root, lockout or Lockout()),
            "certfile": str(certfile),
            "keyfile": str(keyfile),
            "passive_ports": passive_range(settings.ftps_passive_ports),
            "masquerade_address": settings.ftps_public_host or None,
            "max_file_bytes": settings.ftps_max_file_bytes,
            "ssl_context": None,
        },
    )
    server = ThreadedFTPServer(
        (host or settings.ftps_host, settings.ftps_port if port is None else port), handler
    )
    server.max_cons = 256
    server.max_cons_per_ip = 32
    return server


class BackgroundServer:
    """Runs a server's loop in a thread until ``stop()`` (tests and the demo)."""

    def __init__(self, server: ThreadedFTPServer) -> None:
        self.server = server
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="ftps", daemon=True)

    @property
    def address(self) -> tuple[str, int]:
        host, port = self.server.address[:2]
        return str(host), int(port)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.server.serve_forever(timeout=0.05, blocking=False, handle_exit=False)
        self.server.close_all()

    def start(self) -> BackgroundServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
