"""Pi Electronique via Monora (S-2). The body format is an assumption: see ``parser``."""

from tastevin.connectors.base import ConnectorSpec, Vendor
from tastevin.connectors.pi_monora.parser import parse
from tastevin.connectors.registry import CAPABILITIES

SPEC = ConnectorSpec(
    vendor=Vendor.PI_MONORA,
    title="Pi Electronique (Monora)",
    capabilities=CAPABILITIES[Vendor.PI_MONORA],
    parse=parse,
)

__all__ = ["SPEC", "parse"]
