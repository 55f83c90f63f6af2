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
    steps=(
        N_(
            "Contact Pointex (or your reseller) and ask for the automatic sending of the "
            "sales journals by FTP."
        ),
        N_(
            "When you ask, give Pointex the connection details below: protocol FTP with "
            "TLS, host, port, login, password and the folder where the files go."
        ),
    ),
)

__all__ = ["SPEC", "parse"]
