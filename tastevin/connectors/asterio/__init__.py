"""Astério "Generic Data" (S-6): pulled every night on a documented assumption (no public
spec, see ``docs/connectors/asterio.md``); POS prices never update Tastevin."""

from tastevin.connectors.asterio.client import AsterioSource
from tastevin.connectors.asterio.parser import parse
from tastevin.connectors.asterio.settings import AsterioCredentials, default_login
from tastevin.connectors.base import N_, Capabilities, Channel, ConnectorSpec, Vendor

SPEC = ConnectorSpec(
    vendor=Vendor.ASTERIO,
    title=N_("Astério (Generic Data)"),
    capabilities=Capabilities(Channel.PULL, sends_catalogue=True, updates_prices=False),
    parse=parse,
    position=6,
    credentials=AsterioCredentials,
    source=AsterioSource,
    setup=N_(
        'Ask Astério to open "Generic Data" access for this restaurant: they give a domain, '
        "a KML code, a site code, a login and a password. Tastevin only reads with them."
    ),
    form_defaults=default_login,
)

__all__ = ["SPEC", "parse"]
