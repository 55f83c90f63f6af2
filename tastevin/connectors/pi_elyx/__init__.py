"""Pi Electronique via Elyx (S-1): sale documents pushed to Tastevin's webhook."""

from tastevin.connectors.base import ConnectorSpec, Vendor
from tastevin.connectors.pi_elyx.parser import parse
from tastevin.connectors.registry import CAPABILITIES

SPEC = ConnectorSpec(
    vendor=Vendor.PI_ELYX,
    title="Pi Electronique (Elyx)",
    capabilities=CAPABILITIES[Vendor.PI_ELYX],
    parse=parse,
)

__all__ = ["SPEC", "parse"]
