"""Tastevin's own import format (``docs/import-format.md``): JSON Lines or CSV, mapping 1:1
to canonical records. How tests, benchmarks and any POS without a connector feed data."""

from tastevin.connectors.base import N_, Capabilities, Channel, ConnectorSpec, Vendor
from tastevin.connectors.generic.parser import parse

SPEC = ConnectorSpec(
    vendor=Vendor.GENERIC,
    title=N_("Import file"),
    capabilities=Capabilities(Channel.FILE, sends_catalogue=False, updates_prices=False),
    parse=parse,
    position=1000,
)

__all__ = ["SPEC", "parse"]
