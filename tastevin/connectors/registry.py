"""The vendor registry: every package under ``tastevin.connectors`` that exposes a ``SPEC``
(a ``ConnectorSpec``) is a vendor. Nothing here names one: adding a vendor is adding its
package. Packages outside the tree (a plugin, a test's fake vendor) join with
``register_package``."""

from __future__ import annotations

import pkgutil
from importlib import import_module
from threading import Lock

from tastevin.connectors.base import Capabilities, ConnectorSpec
from tastevin.errors import NotFound
from tastevin.models.enums import Channel

_ROOT = "tastevin.connectors"
_specs: dict[str, ConnectorSpec] = {}
_discovered = False
_lock = Lock()


def _spec_of(package: str) -> ConnectorSpec | None:
    spec = getattr(import_module(package), "SPEC", None)
    return spec if isinstance(spec, ConnectorSpec) else None


def _discover() -> dict[str, ConnectorSpec]:
    global _discovered
    if _discovered:
        return _specs
    with _lock:
        if not _discovered:
            root = import_module(_ROOT)
            for info in pkgutil.iter_modules(root.__path__):
                spec = _spec_of(f"{_ROOT}.{info.name}") if info.ispkg else None
                if spec is not None:
                    _specs.setdefault(spec.vendor, spec)
            _discovered = True
    return _specs


def register(spec: ConnectorSpec) -> ConnectorSpec:
    """Adds (or replaces) a vendor at run time."""
    _discover()
    _specs[spec.vendor] = spec
    return spec


def register_package(package: str) -> ConnectorSpec:
    """Adds the vendor declared by ``package``'s ``SPEC`` (an importable module name)."""
    spec = _spec_of(package)
    if spec is None:
        raise ValueError(f"{package} declares no SPEC")
    return register(spec)


def unregister(vendor: str) -> None:
    _discover().pop(vendor, None)


def specs() -> list[ConnectorSpec]:
    """Every vendor, in the order of the connections page."""
    return sorted(_discover().values(), key=lambda s: (s.position, s.vendor))


def listed() -> list[ConnectorSpec]:
    """The POS channels a restaurant can connect (the connections page, API and CLI)."""
    return [s for s in specs() if s.listed]


def on_channel(channel: Channel) -> list[ConnectorSpec]:
    return [s for s in specs() if s.channel == channel]


def pull_vendors() -> tuple[str, ...]:
    return tuple(s.vendor for s in on_channel(Channel.PULL))


def file_vendor() -> ConnectorSpec:
    """The format of imported files (Tastevin's own)."""
    return on_channel(Channel.FILE)[0]


def get_spec(vendor: str) -> ConnectorSpec:
    try:
        return _discover()[str(vendor)]
    except KeyError as error:
        raise NotFound("no vendor %(vendor)s", vendor=repr(vendor)) from error


def capabilities(vendor: str) -> Capabilities:
    return get_spec(vendor).capabilities
