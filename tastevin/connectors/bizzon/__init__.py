"""Bizzon, now the Mews POS API (S-4): pulled every night; POS prices update Tastevin.
See ``docs/connectors/bizzon.md``."""

from tastevin.connectors.base import N_, Capabilities, Channel, ConnectorSpec, Vendor
from tastevin.connectors.bizzon.client import BizzonSource
from tastevin.connectors.bizzon.parser import parse
from tastevin.connectors.bizzon.settings import BizzonCredentials

SPEC = ConnectorSpec(
    vendor=Vendor.BIZZON,
    title=N_("Bizzon (Mews POS)"),
    capabilities=Capabilities(Channel.PULL, sends_catalogue=True, updates_prices=True),
    parse=parse,
    position=4,
    credentials=BizzonCredentials,
    source=BizzonSource,
    setup=N_(
        "Ask Bizzon (Mews) for a Mews POS API key for this restaurant: a read-only key that "
        "starts with sk_live_. Tastevin reads your catalogue and each night's invoices with it "
        "and never writes to your POS."
    ),
    steps=(
        N_("Contact Bizzon (or your reseller) and ask for the activation of the API option."),
        N_("Ask for a token like sk_live_1234564."),
        N_("Type the token below, save it, then test the connection."),
    ),
)

__all__ = ["SPEC", "parse"]
