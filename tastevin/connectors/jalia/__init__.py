"""Jalia through the Pragma API (S-5): pulled every night; POS prices update Tastevin.
See ``docs/connectors/jalia.md``."""

from tastevin.connectors.base import ConnectorSpec, Vendor
from tastevin.connectors.jalia.parser import parse
from tastevin.connectors.registry import CAPABILITIES

SPEC = ConnectorSpec(
    vendor=Vendor.JALIA,
    title="Jalia (Pragma)",
    capabilities=CAPABILITIES[Vendor.JALIA],
    parse=parse,
)

__all__ = ["SPEC", "parse"]
