"""Pi Electronique via Monora (S-2). The body format is an assumption: see ``parser``."""

from tastevin.connectors.base import N_, Capabilities, Channel, ConnectorSpec, Vendor
from tastevin.connectors.pi_monora.parser import parse

SPEC = ConnectorSpec(
    vendor=Vendor.PI_MONORA,
    title=N_("Pi Electronique (Monora)"),
    capabilities=Capabilities(Channel.WEBHOOK, sends_catalogue=True, updates_prices=False),
    parse=parse,
    position=2,
    ingress_path="/monora/restaurants/{restaurant_id}/sales",
    setup=N_(
        "Give Pi Electronique the webhook address and the token below, and ask them to send "
        "this restaurant's sales through Monora to that address."
    ),
    steps=(
        N_(
            "Contact Pi and ask for the activation of the integration of Pi with Tastevin "
            "via Monora."
        ),
        N_("Hand over the address and the token below when you ask."),
    ),
)

__all__ = ["SPEC", "parse"]
