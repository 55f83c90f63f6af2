"""Settings: one pydantic-settings class, every variable prefixed with ``TASTEVIN_``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="TASTEVIN_", env_file=".env", extra="ignore", use_attribute_docstrings=True
    )
    # Each setting's docstring is its entry in docs/settings.md (`make settings-doc`).

    data_dir: Path = Path("var")
    """This process's own files: the SQLite database and queue when they are the defaults,
    the generated secret key and FTPS certificate, FTPS uploads while they arrive."""
    database_url: str = ""
    """SQLAlchemy URL; empty means the embedded SQLite database in ``data_dir``."""
    queue_url: str = ""
    """``redis://…`` for a Redis-backed job queue; empty means SQLite in ``data_dir``."""
    queue_immediate: bool = False
    """Run jobs inline, in the caller's thread (tests and one-shot commands)."""
    secret_key: SecretStr = Field(default=SecretStr(""))
    """Fernet key for tenant secrets; generated into ``data_dir`` when empty."""
    host: str = "127.0.0.1"
    """Address ``tastevin serve`` binds (behind a reverse proxy: a private address)."""
    port: int = 8000
    """Port ``tastevin serve`` listens on."""
    public_url: str = ""
    """How POS vendors reach this service (webhook URLs shown to restaurants)."""
    max_body_bytes: int = 5 * 1024 * 1024
    """Largest webhook body accepted (larger: 413)."""

    ftps_host: str = "127.0.0.1"
    """Address the FTPS drop box binds."""
    ftps_port: int = 2121
    """FTPS control port (21 in production)."""
    ftps_public_host: str = ""
    """Address the FTPS box announces for passive data connections (its public IP behind
    NAT); empty: the address the client connected to."""
    ftps_public_port: int | None = None
    """The port the POS connects to when a proxy maps it to ours (default: ``ftps_port``)."""
    ftps_passive_ports: str = "60000-60100"
    """Passive data ports, ``first-last``; open them in the firewall."""
    ftps_certfile: Path | None = None
    """TLS certificate (PEM, with its chain) of the FTPS box; empty: a self-signed one is
    generated into ``data_dir``."""
    ftps_keyfile: Path | None = None
    """Private key of ``ftps_certfile`` (empty: in the certificate file)."""
    ftps_max_file_bytes: int = 20 * 1024 * 1024
    """Largest upload accepted."""

    metrics_token: SecretStr = Field(default=SecretStr(""))
    """When set, ``/metrics`` answers only requests with ``Authorization: Bearer <token>``."""
    log_format: str = "text"
    """``text`` or ``json`` (one JSON object per line, with the request id)."""
    log_level: str = "INFO"
    """Python logging level of the long-running commands."""

    import_lease_s: float = 300.0
    """How long a worker may hold an import before it is presumed dead and the import is
    handed to another worker (a restarted worker reclaims its dead predecessor's at once)."""
    import_max_attempts: int = 5
    """Attempts (crashes and errors alike) before an import is ``failed`` with its reason."""
    import_retry_base_s: float = 10.0
    """Backoff after a failed attempt: base × 2^(attempt − 1)."""
    sweep_grace_s: float = 30.0
    """A ``received`` import older than this, never started, is re-enqueued by the sweeper
    (its job was lost: queue store down, process killed between commit and enqueue)."""
    worker_threads: int = 0
    """Jobs each ``tastevin worker`` process runs at once (``--workers``); 0: by database,
    PostgreSQL 8, SQLite 4. A pull mostly waits on the vendor's API, which threads overlap;
    SQLite has one writer at a time. Measured (``night.py``, 300 restaurants, vendors that
    answer in 0 / 30 / 100 ms): SQLite at 2 threads 10.4 / 12.4 / 24.5 s, at 4 9.9 / 12.6 /
    14.2 s, at 8 11.6 / 13.2 / 14.3 s; PostgreSQL at 4 11.0 / 13.7 / 14.7 s, at 8 12.2 /
    12.2 / 13.3 s."""
    worker_synchronous_commit: bool = False
    """PostgreSQL: whether a worker's commits wait for the server's disk flush. Off by
    default, as the embedded SQLite default (``synchronous=NORMAL``): a commit survives any
    crash of a Tastevin process; a crash of the database server's machine may lose its
    last fraction of a second, in commit order, which is then done again from what was
    durable (a worker only applies what the web and FTPS roles stored, synchronously,
    before they acknowledged it, and pulls what the vendor still has from the cursor that
    survived). The web and FTPS roles always wait. Measured (``night.py``, 300
    restaurants): waiting costs about 0.17 ms a commit here."""
    pull_lease_s: float = 300.0
    """The per-connection pull lock expires this long after its last renewal."""

    night_hour: int = 6
    """Local hour after which the previous business day is pulled."""
    http_timeout_s: float = 20.0
    """Timeout of each request to a vendor's API."""
    pull_retry_attempts: int = 5
    """How hard a pull insists on a vendor that fails (``TASTEVIN_PULL_RETRY_ATTEMPTS``)."""
    pull_retry_base_delay_s: float = 0.5
    """First back-off delay between a pull's tries; doubled each time."""
    pull_retry_max_delay_s: float = 60.0
    """Also caps a vendor's ``Retry-After``: beyond it, the next hourly run will catch up."""
    corrections_window_days: int = 7
    """How many recent days each pull re-asks the vendor about, for late corrections and
    cancellations (what was updated since the last pull where the vendor can filter on it,
    otherwise those days read again). Only tickets already imported are changed."""
    allow_private_endpoints: bool = False
    """Let pull clients call ``http://`` and loopback/private addresses (simulators, a
    staging server on the local network). Off in production: an owner-typed API address
    could otherwise make the server fetch internal services."""

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'tastevin.db').resolve()}"

    @property
    def effective_public_url(self) -> str:
        return self.public_url or f"http://{self.host}:{self.port}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
