"""Astério "Generic Data" (S-6): pulled every night on a documented assumption (no public
spec, see ``docs/connectors/asterio.md``); POS prices never update Tastevin."""

from tastevin.connectors.asterio.parser import parse
from tastevin.connectors.base import ConnectorSpec, Vendor
from tastevin.connectors.registry import CAPABILITIES

SPEC = ConnectorSpec(
    vendor=Vendor.ASTERIO,
    title="Astério (Generic Data)",
    capabilities=CAPABILITIES[Vendor.ASTERIO],
    parse=parse,
)

__all__ = ["SPEC", "parse"]
