"""Pointex (S-3): sales journals uploaded by FTP over TLS into ``/sales``."""

from tastevin.connectors.base import ConnectorSpec, Vendor
from tastevin.connectors.pointex.parser import parse
from tastevin.connectors.registry import CAPABILITIES

SPEC = ConnectorSpec(
    vendor=Vendor.POINTEX,
    title="Pointex",
    capabilities=CAPABILITIES[Vendor.POINTEX],
    parse=parse,
)

__all__ = ["SPEC", "parse"]
