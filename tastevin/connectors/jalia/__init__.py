"""Jalia through the Pragma API (S-5): pulled every night; POS prices update Tastevin.
See ``docs/connectors/jalia.md``."""

from tastevin.connectors.base import N_, Capabilities, Channel, ConnectorSpec, Vendor
from tastevin.connectors.jalia.client import JaliaSource
from tastevin.connectors.jalia.parser import parse
from tastevin.connectors.jalia.settings import JaliaCredentials

SPEC = ConnectorSpec(
    vendor=Vendor.JALIA,
    title=N_("Jalia (Pragma)"),
    capabilities=Capabilities(Channel.PULL, sends_catalogue=True, updates_prices=True),
    parse=parse,
    position=5,
    credentials=JaliaCredentials,
    source=JaliaSource,
    setup=N_(
        "Ask Jalia for a Pragma API key for this location (one key per location). Tastevin "
        "reads your catalogue and each night's orders with it and never writes to your POS."
    ),
    steps=(
        N_("Contact Jalia and ask for a token for the Tastevin API."),
        N_("Type the token below, save it, then test the connection."),
    ),
)

__all__ = ["SPEC", "parse"]
