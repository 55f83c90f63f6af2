"""Tastevin's own import format (``docs/import-format.md``): JSON Lines or CSV, mapping 1:1
to canonical records. How tests, benchmarks and any POS without a connector feed data."""

from tastevin.connectors.base import ConnectorSpec, Vendor
from tastevin.connectors.generic.parser import parse
from tastevin.connectors.registry import CAPABILITIES

SPEC = ConnectorSpec(
    vendor=Vendor.GENERIC,
    title="Import file",
    capabilities=CAPABILITIES[Vendor.GENERIC],
    parse=parse,
)

__all__ = ["SPEC", "parse"]
