"""Bizzon, now the Mews POS API (S-4): pulled every night; POS prices update Tastevin.
See ``docs/connectors/bizzon.md``."""

from tastevin.connectors.base import ConnectorSpec, Vendor
from tastevin.connectors.bizzon.parser import parse
from tastevin.connectors.registry import CAPABILITIES

SPEC = ConnectorSpec(
    vendor=Vendor.BIZZON,
    title="Bizzon (Mews POS)",
    capabilities=CAPABILITIES[Vendor.BIZZON],
    parse=parse,
)

__all__ = ["SPEC", "parse"]
