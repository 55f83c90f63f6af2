"""Pi Electronique via Elyx (S-1): sale documents pushed to Tastevin's webhook."""

from tastevin.connectors.base import N_, Capabilities, Channel, ConnectorSpec, Vendor
from tastevin.connectors.pi_elyx.parser import parse

SPEC = ConnectorSpec(
    vendor=Vendor.PI_ELYX,
    title=N_("Pi Electronique (Elyx)"),
    capabilities=Capabilities(Channel.WEBHOOK, sends_catalogue=True, updates_prices=False),
    parse=parse,
    position=1,
    ingress_path="/pi-electronique/restaurants/{restaurant_id}/sales-webhook",
    setup=N_(
        "Give Pi Electronique the webhook address and the token below, and ask them to send "
        "this restaurant's sales through Elyx to that address."
    ),
)

__all__ = ["SPEC", "parse"]
