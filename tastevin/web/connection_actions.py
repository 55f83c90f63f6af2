"""Connection actions shared by the pages and the API: create, rotate, save credentials.
Owner-only; the plain secret is returned once and never stored. (Replaying imports is the
imports service's: ``tastevin.sales.imports``.)"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from tastevin.errors import BadInput
from tastevin.models import PosConnection, Restaurant
from tastevin.models.enums import Vendor
from tastevin.pos.connections import (
    IssuedSecret,
    create_connection,
    get_connection,
    rotate_ftp_password,
    rotate_token,
    set_credentials,
)
from tastevin.web.channels import ChannelSpec


def clean_credentials(spec: ChannelSpec, values: dict[str, str]) -> dict[str, Any]:
    missing = [f.name for f in spec.fields if f.required and not values.get(f.name, "").strip()]
    if missing:
        raise BadInput("missing: " + ", ".join(missing))
    found = {f.name: values[f.name].strip() for f in spec.fields if values.get(f.name, "").strip()}
    key = found.get("api_key")
    if (
        spec.vendor == Vendor.BIZZON
        and key is not None
        and not key.startswith(("sk_live_", "sk_test_"))
    ):
        raise BadInput("a Bizzon key starts with sk_live_ (or sk_test_ for tests)")
    return found


def activate(
    session: Session,
    restaurant: Restaurant,
    spec: ChannelSpec,
    values: dict[str, str],
    user_id: int | None,
) -> tuple[PosConnection, IssuedSecret]:
    credentials = clean_credentials(spec, values) if spec.kind == "pull" else None
    return create_connection(session, restaurant, spec.vendor, credentials, user_id=user_id)


def rotate(session: Session, restaurant: Restaurant, vendor: Vendor, user_id: int) -> IssuedSecret:
    connection = get_connection(session, restaurant.id, vendor)
    if connection.ftp_login is not None or connection.vendor == Vendor.POINTEX:
        return rotate_ftp_password(session, connection, restaurant, user_id=user_id)
    if connection.vendor in (Vendor.PI_ELYX, Vendor.PI_MONORA):
        return rotate_token(session, connection, user_id=user_id)
    raise BadInput("this channel uses the vendor's key: enter a new one instead")


def save_credentials(
    session: Session, restaurant_id: int, spec: ChannelSpec, values: dict[str, str], user_id: int
) -> PosConnection:
    connection = get_connection(session, restaurant_id, spec.vendor)
    set_credentials(session, connection, clean_credentials(spec, values), user_id=user_id)
    return connection
