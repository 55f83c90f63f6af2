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
    steps=(
        N_("Subscribe to the Elyx option of Pi Electronique."),
        N_('Activate Pi Electronique as your "Cash register".'),
        N_(
            "Ask Pi Electronique to set up the daily sending of your sales to Tastevin: by "
            "webhook, verb POST, to the address below, with the token below."
        ),
    ),
)

__all__ = ["SPEC", "parse"]
