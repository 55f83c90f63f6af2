"""What each of the six POS channels needs on its setup page (S-1 … S-6): the fields the
restaurant types in, and what Tastevin hands the POS vendor (URL, token, FTPS account)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from tastevin.config import get_settings
from tastevin.models import PosConnection, Restaurant
from tastevin.models.enums import Vendor
from tastevin.tenancy import scoped


def N_(message: str) -> str:
    """Marks a message for extraction; it is translated where it is shown."""
    return message


SALES_FOLDER = "/sales"
FTPS_PORT = 21


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    label: str
    secret: bool = False
    required: bool = True
    placeholder: str = ""


@dataclass(frozen=True, slots=True)
class ChannelSpec:
    vendor: Vendor
    title: str
    kind: str
    """"webhook" (Tastevin issues a URL and token), "ftps" (an account), "pull" (vendor keys)."""
    fields: tuple[Field, ...] = ()
    path: str = ""
    """Webhook channels: the route the POS posts to (``{rid}``: the restaurant id)."""


CHANNELS: dict[Vendor, ChannelSpec] = {
    Vendor.PI_ELYX: ChannelSpec(
        Vendor.PI_ELYX,
        "Pi Electronique · Elyx",
        "webhook",
        path="/pi-electronique/restaurants/{rid}/sales-webhook",
    ),
    Vendor.PI_MONORA: ChannelSpec(
        Vendor.PI_MONORA,
        "Pi Electronique · Monora",
        "webhook",
        path="/monora/restaurants/{rid}/sales",
    ),
    Vendor.POINTEX: ChannelSpec(Vendor.POINTEX, "Pointex", "ftps"),
    Vendor.BIZZON: ChannelSpec(
        Vendor.BIZZON,
        "Bizzon",
        "pull",
        (
            Field("api_key", N_("API key"), secret=True, placeholder="sk_live_…"),
            Field(
                "base_url",
                N_("API address (staging or simulator only)"),
                required=False,
                placeholder="https://api.mews.com/pos",
            ),
        ),
    ),
    Vendor.JALIA: ChannelSpec(
        Vendor.JALIA,
        "Jalia",
        "pull",
        (
            Field("api_key", N_("API token"), secret=True),
            Field(
                "base_url",
                N_("API address (staging or simulator only)"),
                required=False,
                placeholder="https://api.pragma-project.dev/",
            ),
        ),
    ),
    Vendor.ASTERIO: ChannelSpec(
        Vendor.ASTERIO,
        "Astério",
        "pull",
        (
            Field("domain", N_("Domain"), placeholder="https://<kml>.myasterio.com"),
            Field("kml", N_("KML code")),
            Field("site", N_("Site code")),
            Field("login", N_("Login")),
            Field("password", N_("Password"), secret=True),
        ),
    ),
}


def vendor_title(vendor: str) -> str:
    """How a connection is named on screen (the six channels, or the import file)."""
    try:
        return CHANNELS[Vendor(vendor)].title
    except (KeyError, ValueError):
        from tastevin.connectors.registry import get_spec

        try:
            return get_spec(vendor).title
        except (KeyError, ValueError, ModuleNotFoundError):
            return vendor


def channel(vendor: str) -> ChannelSpec:
    try:
        return CHANNELS[Vendor(vendor)]
    except ValueError as error:
        from tastevin.errors import NotFound

        raise NotFound(f"no channel {vendor!r}") from error


def webhook_url(spec: ChannelSpec, restaurant_id: int) -> str:
    base = get_settings().effective_public_url.rstrip("/")
    return base + spec.path.format(rid=restaurant_id)


def ftps_address() -> tuple[str, int]:
    settings = get_settings()
    host = settings.ftps_public_host or settings.ftps_host
    # Vendors' POS software only speaks FTPS on the standard port (a proxy maps it to ours).
    return host, FTPS_PORT


def default_login(restaurant: Restaurant) -> str:
    """Astério's default Generic Data login: ``<NAME>_GENERICDATA``."""
    name = re.sub(r"[^A-Z0-9]+", "", restaurant.name.upper()) or "RESTAURANT"
    return f"{name}_GENERICDATA"


def connections_by_vendor(session: Session, restaurant_id: int) -> dict[str, PosConnection]:
    return {c.vendor: c for c in session.scalars(scoped(PosConnection, restaurant_id))}
