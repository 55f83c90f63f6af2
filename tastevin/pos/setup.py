"""Setting up a restaurant's POS channels, shared by the pages, the API and the CLI: what each
channel shows (webhook address, FTPS account, credential form), activating, rotating the
issued secret, saving a pull vendor's keys. Everything vendor-specific is read from the
vendor's ``SPEC``; the plain secret is returned once and never stored."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from tastevin.config import get_settings
from tastevin.connectors.base import ConnectorSpec
from tastevin.connectors.forms import clean_credentials, form_fields
from tastevin.connectors.registry import file_vendor, get_spec, listed, on_channel
from tastevin.errors import BadInput, NotFound
from tastevin.models import PosConnection, Restaurant
from tastevin.models.enums import Channel
from tastevin.pos.connections import (
    IssuedSecret,
    create_connection,
    credentials_of,
    get_connection,
    rotate_ftp_password,
    rotate_token,
    set_credentials,
)
from tastevin.repositories import PosConnectionRepository

SALES_FOLDER = "/sales"


def channel(vendor: str) -> ConnectorSpec:
    """A POS channel a restaurant can connect (its vendor code, with ``-`` or ``_`` as the
    CLI and the API spell it), or 404."""
    spec = get_spec(vendor.replace("-", "_"))
    if not spec.listed:
        raise NotFound(f"no channel {vendor!r}")
    return spec


def with_page(vendor: str) -> ConnectorSpec:
    """A connection that has its page (``/connections/<vendor>``), or 404: every POS channel,
    and the file import, whose page has nothing to set up but shows what matters once files
    arrive: its status, failed imports, set-aside rows and the replay buttons."""
    spec = get_spec(vendor.replace("-", "_"))
    if not spec.listed and spec.channel != Channel.FILE:
        raise NotFound(f"no connection page {vendor!r}")
    return spec


def channels() -> list[ConnectorSpec]:
    return listed()


def file_channel() -> ConnectorSpec:
    """The file import (Tastevin's own format): not a POS, but a connection with a page."""
    return file_vendor()


def vendor_title(vendor: str) -> str:
    """How a connection is named on screen (a message id; the caller translates it)."""
    try:
        return get_spec(vendor).title
    except NotFound:
        return vendor


def webhook_url(spec: ConnectorSpec, restaurant_id: int) -> str:
    base = get_settings().effective_public_url.rstrip("/")
    return base + spec.ingress_path.format(restaurant_id=restaurant_id)


def ftps_address() -> tuple[str, int]:
    settings = get_settings()
    host = settings.ftps_public_host or settings.ftps_host
    # What the POS must type: the public address, and the port really served (2121 in the
    # demo) unless a proxy in front maps another one (``TASTEVIN_FTPS_PUBLIC_PORT``).
    return host, settings.ftps_public_port or settings.ftps_port


def connections_by_vendor(session: Session, restaurant_id: int) -> dict[str, PosConnection]:
    return {c.vendor: c for c in PosConnectionRepository(session, restaurant_id).all()}


def find_connection(session: Session, restaurant_id: int, vendor: str) -> PosConnection | None:
    return connections_by_vendor(session, restaurant_id).get(vendor)


def connection_ids_on(session: Session, restaurant_id: int, channel: Channel) -> list[int]:
    """The restaurant's connections to vendors on ``channel`` (e.g. every pull to run now)."""
    vendors = [spec.vendor for spec in on_channel(channel)]
    return PosConnectionRepository(session, restaurant_id).ids_of_vendors(vendors)


def shown_settings(
    spec: ConnectorSpec, connection: PosConnection | None, restaurant: Restaurant | None = None
) -> dict[str, str]:
    """The non-secret fields saved for the connection (secrets were shown once, when typed),
    completed by the vendor's proposals for the restaurant when ``restaurant`` is given."""
    saved = credentials_of(connection) if connection is not None else {}
    shown = {
        f.name: str(saved[f.name])
        for f in form_fields(spec)
        if not f.secret and saved.get(f.name) not in (None, "")
    }
    if restaurant is not None and spec.form_defaults is not None:
        for name, value in spec.form_defaults(restaurant.name).items():
            shown.setdefault(name, value)
    return shown


def activate(
    session: Session,
    restaurant: Restaurant,
    spec: ConnectorSpec,
    values: dict[str, str],
    user_id: int | None,
) -> tuple[PosConnection, IssuedSecret]:
    credentials = clean_credentials(spec, values) if spec.credentials is not None else None
    return create_connection(session, restaurant, spec.vendor, credentials, user_id=user_id)


def rotate(
    session: Session, restaurant: Restaurant, spec: ConnectorSpec, user_id: int
) -> IssuedSecret:
    connection = get_connection(session, restaurant.id, spec.vendor)
    if connection.ftp_login is not None or spec.channel == Channel.FTPS:
        return rotate_ftp_password(session, connection, restaurant, user_id=user_id)
    if spec.channel == Channel.WEBHOOK:
        return rotate_token(session, connection, user_id=user_id)
    raise BadInput("this channel uses the vendor's key: enter a new one instead")


def save_credentials(
    session: Session, restaurant_id: int, spec: ConnectorSpec, values: dict[str, str], user_id: int
) -> PosConnection:
    connection = get_connection(session, restaurant_id, spec.vendor)
    set_credentials(session, connection, clean_credentials(spec, values), user_id=user_id)
    return connection


@dataclass(frozen=True, slots=True)
class ChannelView:
    """What a channel's page or JSON shows, computed once for both."""

    spec: ConnectorSpec
    connection: PosConnection | None
    webhook_url: str | None
    ftps_host: str | None
    ftps_port: int | None
    folder: str | None


def channel_view(spec: ConnectorSpec, connection: PosConnection | None, rid: int) -> ChannelView:
    host, port = ftps_address() if spec.channel == Channel.FTPS else (None, None)
    return ChannelView(
        spec,
        connection,
        webhook_url(spec, rid) if spec.channel == Channel.WEBHOOK else None,
        host,
        port,
        SALES_FOLDER if spec.channel == Channel.FTPS else None,
    )
