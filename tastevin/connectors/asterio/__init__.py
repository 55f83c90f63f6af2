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
    steps=(
        N_("Contact Astério and ask for the activation of the Generic Data interface."),
        N_(
            "Astério gives you what connects to Generic Data: a domain name "
            "(https://monresto-70001.myasterio.com), a KML code (monresto-70001), a site "
            "code (often SID), a login (MONRESTO_GENERICDATA by default) and a password."
        ),
        N_("Type them below, save, then test the connection."),
    ),
    form_defaults=default_login,
)

__all__ = ["SPEC", "parse"]
