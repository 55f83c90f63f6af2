"""Pointex (S-3): sales journals uploaded by FTP over TLS into ``/sales``."""

from tastevin.connectors.base import N_, Capabilities, Channel, ConnectorSpec, Vendor
from tastevin.connectors.pointex.parser import parse

SPEC = ConnectorSpec(
    vendor=Vendor.POINTEX,
    title=N_("Pointex"),
    capabilities=Capabilities(Channel.FTPS, sends_catalogue=False, updates_prices=False),
    parse=parse,
    position=3,
    setup=N_(
        "Give Pointex the FTPS account below and ask them to upload each night's sales "
        "journal into the folder shown."
    ),
)

__all__ = ["SPEC", "parse"]
