"""Vendor → connector. The capabilities are the product's rules (S-1 … S-6), declared here
once; each vendor package exposes a module-level ``SPEC`` built with them."""

from __future__ import annotations

from importlib import import_module

from tastevin.connectors.base import Capabilities, ConnectorSpec
from tastevin.models.enums import Channel, Vendor

CAPABILITIES: dict[Vendor, Capabilities] = {
    Vendor.PI_ELYX: Capabilities(Channel.WEBHOOK, sends_catalogue=True, updates_prices=False),
    Vendor.PI_MONORA: Capabilities(Channel.WEBHOOK, sends_catalogue=True, updates_prices=False),
    Vendor.POINTEX: Capabilities(Channel.FTPS, sends_catalogue=False, updates_prices=False),
    Vendor.BIZZON: Capabilities(Channel.PULL, sends_catalogue=True, updates_prices=True),
    Vendor.JALIA: Capabilities(Channel.PULL, sends_catalogue=True, updates_prices=True),
    Vendor.ASTERIO: Capabilities(Channel.PULL, sends_catalogue=True, updates_prices=False),
    Vendor.GENERIC: Capabilities(Channel.FILE, sends_catalogue=False, updates_prices=False),
}

_MODULES: dict[Vendor, str] = {
    Vendor.PI_ELYX: "tastevin.connectors.pi_elyx",
    Vendor.PI_MONORA: "tastevin.connectors.pi_monora",
    Vendor.POINTEX: "tastevin.connectors.pointex",
    Vendor.BIZZON: "tastevin.connectors.bizzon",
    Vendor.JALIA: "tastevin.connectors.jalia",
    Vendor.ASTERIO: "tastevin.connectors.asterio",
    Vendor.GENERIC: "tastevin.connectors.generic",
}


def capabilities(vendor: Vendor | str) -> Capabilities:
    return CAPABILITIES[Vendor(vendor)]


def get_spec(vendor: Vendor | str) -> ConnectorSpec:
    module = import_module(_MODULES[Vendor(vendor)])
    spec: ConnectorSpec = module.SPEC
    return spec


def available() -> dict[Vendor, ConnectorSpec]:
    """The vendors whose connector is installed."""
    specs: dict[Vendor, ConnectorSpec] = {}
    for vendor in _MODULES:
        try:
            specs[vendor] = get_spec(vendor)
        except ModuleNotFoundError:
            continue
    return specs
